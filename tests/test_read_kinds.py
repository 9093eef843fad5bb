"""Each input kind, read from the examples written for the project: HTML, RSS/Atom, JSON Lines, JSON, CSV, folders, globs, stdin."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from kg.errors import UnknownField
from kg.model import Article, Duplicate, Skipped
from kg.read import input_kind, read_articles

EXAMPLES = Path(__file__).parent.parent / "examples"
HTML = EXAMPLES / "html" / "kazakhstan-mongolia-transit-2024.html"
RSS = EXAMPLES / "feeds" / "caspian-wire.xml"
ATOM = EXAMPLES / "feeds" / "gulf-desk.atom"
JSONL = EXAMPLES / "corpora" / "south-asia-briefs.jsonl"
CSV = EXAMPLES / "corpora" / "andes-wire.csv"


def articles(items: list[Article | Skipped | Duplicate]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_html_page_main_text_and_metadata() -> None:
    [article] = list(read_articles([HTML]))
    assert isinstance(article, Article)
    assert article.title == "Kazakhstan and Mongolia agree to expand rail transit"
    assert article.published == dt.date(2024, 4, 18)
    assert article.source == "Steppe Herald"
    assert article.author == "Aigerim Sadykova"
    assert article.url == "https://steppe-herald.example/2024/04/18/kazakhstan-mongolia-transit"
    assert article.text.startswith(article.title + "\n\n")
    assert "Kazakhstan supports the efforts of Mongolia" in article.text
    # navigation, scripts, related links, reader comments and the footer are not article text
    for boilerplate in ("Subscribe", "analytics", "Grain exports", "posted by a reader", "All rights reserved"):
        assert boilerplate not in article.text
    assert "\n\n" in article.text.split("\n\n", 1)[1]  # paragraphs stay paragraphs


def test_rss_feed_read_by_sniffing_an_xml_file() -> None:
    items = list(read_articles([RSS], dedupe=False))
    feed = articles(items)
    assert [a.origin for a in feed] == [f"{RSS}#1", f"{RSS}#2", f"{RSS}#3"]
    first = feed[0]
    assert first.title == "Azerbaijan and Georgia open new rail freight link"
    assert first.published == dt.date(2024, 5, 2)
    assert first.source == "Caspian Wire"
    assert first.url == "https://caspian-wire.example/2024/05/02/azerbaijan-georgia-rail"
    assert first.text.startswith(first.title + "\n\n") and "<p>" not in first.text
    assert "Georgia thanked Azerbaijan" in first.text
    assert "gas swap arrangement" in feed[1].text  # summary-only entry


def test_atom_feed() -> None:
    feed = articles(list(read_articles([ATOM])))
    assert [a.title for a in feed] == ["Oman hosts talks between Qatar and Bahrain on maritime border", "Kuwait condemns attack on tanker"]
    assert feed[0].published == dt.date(2024, 6, 11) and feed[0].source == "Gulf Desk"
    assert "joint technical committee" in feed[0].text


def test_jsonl_corpus_with_default_names() -> None:
    feed = articles(list(read_articles([JSONL])))
    assert [a.id for a in feed] == ["brief-2024-001", "brief-2024-002", "brief-2024-003"]
    assert feed[0].published == dt.date(2024, 2, 14) and feed[0].source == "South Asia Briefs"
    assert feed[2].url is None


def test_csv_corpus_with_field_mapping_language_and_duplicates() -> None:
    items = list(read_articles([CSV], fields={"id": "story_id", "source": "outlet"}))
    kept = articles(items)
    assert [a.id for a in kept] == ["w-101", "w-102"]
    assert kept[0].title == "Chile and Argentina sign energy agreement"  # 'headline' is a default name
    assert kept[0].source == "Andes Wire" and kept[0].url == "https://andes-wire.example/w-101"
    [duplicate] = [i for i in items if isinstance(i, Duplicate)]
    assert duplicate.of == "w-101" and duplicate.source == "Pacific Coast Daily" and 0.6 <= duplicate.similarity < 1
    [skipped] = [i for i in items if isinstance(i, Skipped)]
    assert skipped.origin == f"{CSV}:11" and skipped.reason.startswith("not English (detected 'fr'")


def test_unknown_field_is_an_error() -> None:
    with pytest.raises(UnknownField, match="Unknown field 'txt'.*Available: id, text"):
        list(read_articles([CSV], fields={"txt": "body"}))


def test_csv_without_the_text_column_names_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("story,when\nSpain met Italy.,2020-01-01\n", encoding="utf-8")
    [item] = list(read_articles([path]))
    assert isinstance(item, Skipped) and "columns: story, when" in item.reason and "--field text=COLUMN" in item.reason
    [article] = list(read_articles([path], fields={"text": "story", "published": "when"}))
    assert isinstance(article, Article) and article.published == dt.date(2020, 1, 1)


def test_tsv_and_semicolon_csv(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("id\ttext\nx1\tSpain met Italy.\n", encoding="utf-8")
    semi = tmp_path / "b.csv"
    semi.write_text("id;text;date\ny1;France praised Germany.;3 July 2021\n", encoding="utf-8")
    got = articles(list(read_articles([tsv, semi])))
    assert [(a.id, a.text) for a in got] == [("x1", "Spain met Italy."), ("y1", "France praised Germany.")]
    assert got[1].published == dt.date(2021, 7, 3)


def test_json_array_and_nested_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": 7, "body": {"text": "Spain met Italy."}, "meta": {"date": "Tue, 05 Mar 2024 10:00:00 GMT"}}]), encoding="utf-8")
    [article] = list(read_articles([path], fields={"text": "body.text", "published": "meta.date"}))
    assert isinstance(article, Article) and (article.id, article.published) == ("7", dt.date(2024, 3, 5))


def test_folder_mixes_kinds_and_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "sub" / "feed.xml").write_bytes(RSS.read_bytes())
    (tmp_path / "page.htm").write_bytes(HTML.read_bytes())
    (tmp_path / "briefs.jsonl").write_bytes(JSONL.read_bytes())
    (tmp_path / ".cache" / "old.txt").write_text("Hidden\n\nNot read.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    items = list(read_articles([tmp_path]))
    origins = [i.origin for i in items]
    assert all(".cache" not in o and "photo" not in o and "settings" not in o for o in origins)
    assert len(articles(items)) == 3 + 1 + 2  # briefs, the page, two new feed entries
    [duplicate] = [i for i in items if isinstance(i, Duplicate)]  # the feed repeats the page's story
    assert duplicate.origin.endswith("feed.xml#3") and duplicate.of_origin.endswith("page.htm")


def test_glob_pattern_expanded_when_the_shell_did_not(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Title {name}\n\nSpain met Italy in {name}.", encoding="utf-8")
    items = list(read_articles([str(tmp_path / "*.txt")]))
    assert [Path(i.origin).name for i in items] == ["a.txt", "b.txt"]
    [nothing] = list(read_articles([str(tmp_path / "*.csv")]))
    assert isinstance(nothing, Skipped) and nothing.reason == "no file matches this pattern"


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.read_bytes())))
    feed = articles(list(read_articles(["-"])))
    assert len(feed) == 2 and feed[0].origin == "-#1"


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("x.xml", b"<?xml version='1.0'?><!-- c --><rdf:RDF xmlns:rdf='x'>", "feed"),
        ("x.xml", b"<?xml version='1.0'?><catalog/>", "xml"),
        ("x.xml", b"not markup at all", "xml"),
        ("page", b"<!DOCTYPE html>\n<html>", "html"),
        ("notes.txt", b"Plain {text}", "text"),
        ("notes.txt", b"<html><body>saved as txt", "html"),
        ("data.json", b"[{}]", "json"),
        ("-", b'{"text": "x"}', "jsonl"),
        ("https://example.org/feed", b"<rss version='2.0'>", "feed"),
    ],
)
def test_input_kind(name: str, head: bytes, kind: str) -> None:
    assert input_kind(name, head) == kind


def test_non_english_text_file_is_skipped_but_short_texts_are_kept(tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Titre\n\nLe gouvernement français a annoncé mardi que le ministre des affaires étrangères se rendrait "
        "au Maroc la semaine prochaine pour des entretiens sur la coopération économique entre les deux pays.",
        encoding="utf-8",
    )
    short = tmp_path / "short.txt"
    short.write_text("Baku and Yerevan: Aliyev, Pashinyan talks", encoding="utf-8")
    items = list(read_articles([french, short]))
    assert isinstance(items[0], Skipped) and "not English (detected 'fr'" in items[0].reason
    assert isinstance(items[1], Article)


def test_example_articles_are_all_english() -> None:
    items = list(read_articles([EXAMPLES / "articles"]))
    assert len(items) == 13 and all(isinstance(i, Article) for i in items)
