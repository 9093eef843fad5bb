"""Articles longer than spaCy's max_length (E088) are parsed in paragraph windows, not lost with their batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from kg.model import Skipped
from kg.nlp import parse, windows
from kg.pipeline import build, process

FILLER = "The ministers spoke about weather, sport and the price of bread for a long while that afternoon.\n\n"


def _long_text(chars: int, ending: str) -> str:
    """A headline, filler paragraphs up to ``chars`` characters, then a paragraph that holds a relation."""
    return "Long report\n\n" + FILLER * (chars // len(FILLER) + 1) + ending


@pytest.fixture
def small_limit(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> int:
    """spaCy's limit lowered to 6,000 characters, so that an article over it stays quick to parse."""
    monkeypatch.setattr(nlp, "max_length", 6_000)
    return 6_000


def test_windows_cut_at_paragraphs_and_join_back() -> None:
    text = _long_text(50_000, "Norway signed a fisheries agreement with Chile.\n")
    parts = windows(text, 6_000)
    assert "".join(parts) == text
    assert all(len(p) <= 6_000 for p in parts) and len(parts) >= 9
    assert all(p.endswith("\n\n") for p in parts[:-1])  # never inside a paragraph when one fits
    assert windows("short", 6_000) == ["short"]


def test_an_article_over_the_limit_in_the_middle_of_a_batch_is_analysed_and_the_batch_written(small_limit: int, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-first.txt").write_text("Short one\n\nPeru criticized Ecuador over the border.\n", encoding="utf-8")
    long_text = _long_text(5 * small_limit, "Norway signed a fisheries agreement with Chile on Monday.\n")
    (folder / "b-long.txt").write_text(long_text, encoding="utf-8")
    records = [
        {"id": "long-record", "text": _long_text(3 * small_limit, "Kenya condemned Uganda over the raid.\n")},
        {"id": "short-record", "text": "Fiji praised Samoa for its help."},
    ]
    (folder / "c-corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "d-last.txt").write_text("Last one\n\nSpain signed a trade agreement with Morocco.\n", encoding="utf-8")

    skipped: list[Skipped] = []
    summary = build([folder], tmp_path / "store", on_skip=skipped.append)
    assert not skipped and summary.articles == 5

    results = {Path(r.article.origin).name if r.article.origin.endswith(".txt") else r.article.id: r for r in process([folder])}
    assert set(results) == {"a-first.txt", "b-long.txt", "long-record", "short-record", "d-last.txt"}
    found = {(s.subject.label, s.predicate.name, s.object.label) for r in results.values() for s in r.statements}
    assert ("Norway", "signsAgreementWith", "Chile") in found  # in the last window of the long file
    assert ("Spain", "signsAgreementWith", "Morocco") in found  # the article after it
    assert any(s == "Kenya" and o == "Uganda" for s, _, o in found)  # the long JSON Lines record
    for result in results.values():  # evidence offsets are the article's, across windows
        for statement in result.statements:
            assert result.article.text[statement.evidence.start : statement.evidence.end].strip() == statement.evidence.text.strip()
    long_result = results["b-long.txt"]
    norway = next(s for s in long_result.statements if s.subject.label == "Norway")
    assert norway.evidence.start > 4 * small_limit


def test_a_parsed_long_article_is_one_doc_of_its_whole_text(nlp: Language, small_limit: int) -> None:
    from kg.read import article_from_text

    article = article_from_text(_long_text(3 * small_limit, "Norway met Chile.\n"), "long.txt")
    [(parsed, doc)] = list(parse([article], nlp))
    assert parsed is article and doc.text == article.text
    assert any(t.is_sent_start for t in doc[1:])
