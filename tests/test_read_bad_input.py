"""Nothing lost on bad input: each bad file or record is reported with its reason and the batch goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.read
import kg.read.corpus
from kg.errors import ArticleUnreadable
from kg.model import Article, Duplicate, Skipped
from kg.read import read_articles
from kg.read.corpus import read_csv, read_json, read_jsonl
from kg.read.feed import read_feed
from kg.read.html import read_html
from kg.read.text import decode, read_text

GOOD = "Title\n\nFrance praised Germany for its support of the talks."


def read_with_good(tmp_path: Path, name: str, content: bytes) -> list[Article | Skipped | Duplicate]:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    items = list(read_articles([bad, good]))
    assert isinstance(items[-1], Article) and items[-1].text == GOOD  # the batch went on
    return items[:-1]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.html", b"", "empty file"),
        ("blank.csv", b"\n\n", "empty file"),
        ("photo.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("broken.rss", b"<rss><channel><title>x</title>", "feed could not be parsed: <unknown>"),
        ("empty.rss", b"<rss version='2.0'><channel><title>x</title></channel></rss>", "the feed has no entries"),
        ("garbage.atom", b"this is not a feed at all", "feed could not be parsed"),
        ("catalog.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", "XML, but not an RSS or Atom feed"),
        ("nav-only.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
        ("no-header.csv", b"\x00", "binary file, not text"),
    ],
)
def test_bad_file_is_reported_and_skipped(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    [item] = read_with_good(tmp_path, name, content)
    assert isinstance(item, Skipped) and item.origin == str(tmp_path / name) and reason in item.reason


def test_oversized_file_is_skipped_with_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.read, "MAX_BYTES", 100)
    [item] = read_with_good(tmp_path, "huge.txt", b"Title\n\n" + b"word " * 100)
    assert isinstance(item, Skipped) and "file too large (507 bytes; the limit is 100)" == item.reason


def test_oversized_record_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.read.corpus, "MAX_TEXT_CHARS", 50)
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "%s"}\n{"text": "Spain met Italy."}\n' % ("long " * 20), encoding="utf-8")
    items = list(read_articles([path]))
    assert isinstance(items[0], Skipped) and items[0].reason == "text too large (100 characters; the limit is 50)"
    assert isinstance(items[1], Article)


def test_wrong_and_mixed_encodings_are_decoded(tmp_path: Path) -> None:
    western = tmp_path / "cp1252.txt"
    western.write_bytes("Côte d'Ivoire and Türkiye agreed — officials said.".encode("cp1252"))
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("São Tomé talks\n\n".encode() + "Ministers met in Bogotá.".encode("latin-1"))
    cyrillic = tmp_path / "cp1251.html"
    cyrillic.write_bytes(
        '<html><head><meta charset="windows-1251"></head><body><article><p>Russia and Kazakhstan '
        "signed the accord in Moscow on Tuesday, officials said. Министр заявил.</p></article></body></html>".encode("cp1251")
    )
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Title\n\nSpain met Italy in Córdoba.".encode("utf-16"))
    got = {Path(a.origin).name: a.text for a in read_articles([western, mixed, cyrillic, utf16]) if isinstance(a, Article)}
    assert got["cp1252.txt"] == "Côte d'Ivoire and Türkiye agreed — officials said."
    assert got["mixed.txt"] == "São Tomé talks\n\nMinisters met in Bogotá."
    assert "Министр заявил." in got["cp1251.html"]
    assert got["utf16.txt"].endswith("Córdoba.")


def test_malformed_jsonl_lines_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Spain met Italy."}\n[1, 2]\n{"text": "x", \n\n{"text": ""}\n{"text": "Peru met Chile."}\n', encoding="utf-8")
    items = list(read_articles([path]))
    assert [(i.origin, type(i).__name__) for i in items] == [
        (f"{path}:1", "Article"),
        (f"{path}:2", "Skipped"),
        (f"{path}:3", "Skipped"),
        (f"{path}:5", "Skipped"),
        (f"{path}:6", "Article"),
    ]
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert "a JSON object was expected, not list" in reasons[0] and "not valid JSON" in reasons[1] and "missing or empty" in reasons[2]


def test_csv_row_errors_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('id,text\na,"Spain met Italy."\nb,\nc,"Peru met Chile.",extra\nd,"Multi\nline text."\n', encoding="utf-8")
    items = list(read_articles([path]))
    assert [(i.origin, type(i).__name__) for i in items] == [
        (f"{path}:2", "Article"),
        (f"{path}:3", "Skipped"),
        (f"{path}:4", "Skipped"),
        (f"{path}:5", "Article"),
    ]


def test_feed_entry_without_text_is_skipped_and_the_others_read(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>W</title><item><title>Empty</title></item>"
        "<item><title>Full</title><description>Spain met Italy.</description></item></channel></rss>",
        encoding="utf-8",
    )
    items = list(read_articles([path]))
    assert isinstance(items[0], Skipped) and items[0].origin == f"{path}#1" and "no text" in items[0].reason
    assert isinstance(items[1], Article) and items[1].text == "Full\n\nSpain met Italy."


def test_broken_html_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><article><h1>Talks resume<p>Spain and Italy resumed talks on Tuesday <b>after a pause of two years, "
        "officials said.<p>The ministers agreed to meet again in Rome next month to discuss trade and migration",
        encoding="utf-8",
    )
    [article] = list(read_articles([path]))
    assert isinstance(article, Article) and "Spain and Italy resumed talks" in article.text and "meet again in Rome" in article.text


def test_strict_stops_at_a_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Spain met Italy."}\n{oops\n', encoding="utf-8")
    with pytest.raises(ArticleUnreadable, match=r"c.jsonl:2: not valid JSON"):
        list(read_articles([path], strict=True))


READERS = [
    lambda data: read_text("x", data),
    lambda data: read_html("x", data),
    lambda data: read_feed("x", data),
    lambda data: read_jsonl("x", data),
    lambda data: read_json("x", data),
    lambda data: read_csv("x", data),
]

_markup = st.sampled_from([b"<html>", b"<p>", b"</p>", b"<rss><channel><item><title>", b"<![CDATA[", b'{"text": ', b'"', b",", b"\n", b"\x00", b"\xff\xfe", b"\xe9"])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reader=st.sampled_from(range(len(READERS))), data=st.one_of(st.binary(max_size=400), st.lists(st.one_of(_markup, st.binary(max_size=20)), max_size=30).map(b"".join)))
def test_readers_on_arbitrary_bytes_raise_only_article_unreadable(reader: int, data: bytes) -> None:
    try:
        for item in READERS[reader](data):
            assert isinstance(item, Article | Skipped)
    except ArticleUnreadable as exc:
        assert exc.source == "x" and exc.reason


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_decode_returns_text_or_raises_article_unreadable(data: bytes) -> None:
    try:
        assert isinstance(decode("x", data), str)
    except ArticleUnreadable:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".html", ".xml", ".jsonl", ".json", ".csv", ".tsv", ".atom", ""]))
def test_read_articles_on_arbitrary_files_never_raises(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_articles([path]):
        assert isinstance(item, Article | Skipped | Duplicate)
