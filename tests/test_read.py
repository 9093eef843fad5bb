"""Reading articles: titles, metadata, JSON Lines, and bad input that never sinks a batch."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ArticleUnreadable
from kg.model import Article, Skipped
from kg.read import read_articles

EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"
SEED = EXAMPLES / "azerbaijan-us-independence-day-2021.txt"


def test_seed_article_metadata_from_trailer() -> None:
    [article] = list(read_articles([SEED]))
    assert isinstance(article, Article)
    assert article.title == SEED.read_text(encoding="utf-8").splitlines()[0]  # the headline, without the trailer
    assert article.published == dt.date(2021, 7, 3)
    assert article.source == "Turan Informasiya Agentliyi"
    assert article.url and article.url.startswith("file://")


def test_article_id_is_content_derived(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Title\n\nSame text.", encoding="utf-8")
    b.write_text("Title\n\nSame text.", encoding="utf-8")
    ids = [x.id for x in read_articles([a, b], dedupe=False) if isinstance(x, Article)]
    assert ids[0] == ids[1] and len(ids[0]) == 12


def test_folder_is_read_recursively_and_sorted() -> None:
    items = list(read_articles([EXAMPLES]))
    assert len(items) == 13 and all(isinstance(i, Article) for i in items)


def test_dateline_gives_date(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Leaders meet\n\nTashkent, 16 May 2024 - The presidents met.", encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, Article) and article.published == dt.date(2024, 5, 16)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        (b"  \n\t\n", "empty file"),
    ],
)
def test_bad_files_are_skipped_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nFrance praised Germany.", encoding="utf-8")
    items = list(read_articles([bad, good]))
    assert isinstance(items[0], Skipped) and items[0].origin == str(bad) and reason in items[0].reason
    assert isinstance(items[1], Article)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    [item] = list(read_articles([tmp_path / "nope.txt"]))
    assert isinstance(item, Skipped) and item.reason == "no such file or folder"


def test_strict_raises_on_first_bad_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleUnreadable, match="nope.txt: no such file"):
        list(read_articles([tmp_path / "nope.txt"], strict=True))


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "France praised Germany.", "title": "T", "date": "2020-05-01", "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"id": "a4", "text": "Spain met Italy.", "published": "yesterday"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_articles([path]))
    article = items[0]
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published, article.source) == ("a1", "T", dt.date(2020, 5, 1), "Wire")
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.origin for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in skipped[0].reason and "'text'" in skipped[1].reason and "date" in skipped[2].reason


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.txt"
    path.write_bytes(data)
    for item in read_articles([path]):
        assert isinstance(item, Article | Skipped)


NEWS_IN_OTHER_LANGUAGES = {
    "fr": "Le gouvernement français a annoncé mardi que le ministre des affaires étrangères se rendrait au Maroc la semaine "
    "prochaine pour des entretiens sur la coopération économique. On a dit que la visite est importante pour les relations "
    "entre les deux pays, qui ont signé un accord en 2020.",
    "de": "Die Bundesregierung hat am Dienstag angekündigt, dass der Außenminister in der kommenden Woche nach Marokko reisen "
    "wird, um Gespräche über die wirtschaftliche Zusammenarbeit zu führen. Was an diesem Besuch wichtig ist, sagte ein "
    "Sprecher in Berlin.",
    "nl": "De Nederlandse regering heeft dinsdag aangekondigd dat de minister van Buitenlandse Zaken volgende week naar Marokko "
    "gaat voor gesprekken over economische samenwerking. Het bezoek is belangrijk, zei een woordvoerder in Den Haag, want "
    "het was lang geleden.",
    "da": "Den danske regering meddelte tirsdag, at udenrigsministeren i næste uge rejser til Marokko for at drøfte økonomisk "
    "samarbejde. Besøget er vigtigt for forbindelserne mellem de to lande, sagde en talsmand i København, og det var "
    "planlagt for længe siden.",
    "pt": "O governo português anunciou na terça-feira que o ministro dos Negócios Estrangeiros vai a Marrocos na próxima "
    "semana para conversações sobre a cooperação económica. A visita é importante para as relações entre os dois países, "
    "disse um porta-voz a jornalistas em Lisboa.",
}


@pytest.mark.parametrize("language", sorted(NEWS_IN_OTHER_LANGUAGES))
def test_news_in_another_language_is_not_read_as_english(language: str) -> None:
    """The shortcut for plainly English texts lets no other language through: the identifier still decides them."""
    from kg.read.language import foreign_language, plainly_english

    text = NEWS_IN_OTHER_LANGUAGES[language]
    assert not plainly_english(re.findall(r"\w+", text))
    assert foreign_language(text) == f"not English (detected {language!r}, confidence 1.00)"


def test_english_articles_are_plainly_english() -> None:
    """Every example article is English at a glance, without the identifier."""
    from kg.read.language import plainly_english

    for path in sorted(EXAMPLES.glob("*.txt")):
        assert plainly_english(re.findall(r"\w+", path.read_text(encoding="utf-8")[:1000])), path.name
