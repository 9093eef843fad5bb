"""One list of reporting verbs (``kg/data/reporting.yaml``, :func:`kg.gazetteer.reporting_verbs`; session 27).

The extractor's reporting clauses (``kg.extract._words._REPORTING``: "X said that ...", "quoted Y as saying") and the
resolver's quotation speakers (``kg.resolve._QUOTING``: '"...," she explained') read the same verbs, each with the
few only it takes: "quote" and "report" for a clause, "continue", "explain" and "warn" after a quotation. A "we" in
a quotation is its speaker's country, whichever of those verbs names the speaker; a quotation no one is said to
speak gives "we" no country. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg import resolve
from kg.extract import _words
from kg.gazetteer import reporting_verbs
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def test_one_list_with_each_reader_s_own_verbs() -> None:
    clause, quotation = reporting_verbs()
    assert _words._REPORTING == clause and resolve._QUOTING == quotation
    assert clause - quotation == {"quote", "report"}
    assert quotation - clause == {"continue", "explain", "warn"}
    assert {"say", "tell", "add", "write", "claim"} <= clause & quotation


def _events(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements if s.predicate.category != "STRUCTURAL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb only the resolver reads as naming a speaker
        ('"We condemn Niger\'s decision to close the border," Benin\'s foreign minister Paul Houngbo explained.', ("BEN", "criticizes", "NER")),
        ('"We condemn Peru\'s raid on our border post," Chilean Defence Minister Ana Rojas continued.', ("CHL", "criticizes", "PER")),
        # verbs both read
        ('"We reject Sudan\'s claims," Egypt\'s foreign minister Sameh Adel wrote on Monday.', ("EGY", "rejects", "SDN")),
        ('"We will not accept Bolivia\'s demands," Paraguay\'s president Luis Rivas told reporters.', ("PRY", "concedes", "BOL")),
    ],
)
def test_quotation_speaker_named_by_a_reporting_verb(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(run(text))


def test_quotation_no_one_speaks_gives_we_no_country(run: Run) -> None:
    assert _events(run('"We condemn Togo\'s decision to close the border," read a banner carried by students.')) == set()
