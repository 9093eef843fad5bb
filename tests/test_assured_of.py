"""Assuring a state of an act ("X assured Y of its support", "X reassured Y of continued aid"): a promise of the act
in the "of" phrase, done by the subject for the one assured (PETRARCH2 ASSURE 030, REASSURE 051; the act keeps its own
predicate and is intended): kg/extract/_words.py assuring_verb, used by _arguments._noun_args and
_modality.noun_modality. The parse may hang the "of" phrase on the one assured."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway assured Iceland of its full support.", ("NOR", "supports", "ISL")),
        ("Japan reassured the Philippines of its backing in the dispute.", ("JPN", "supports", "PHL")),
        ("The Saudi crown prince assured the Egyptian president of continued financial aid.", ("SAU", "providesAidTo", "EGY")),
        ("The Irish premier has assured the Belgian prime minister of his cooperation.", ("IRL", "cooperatesWith", "BEL")),
    ],
)
def test_an_act_assured_is_promised(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.subject.country, s.predicate.name, s.object.country, s.modality) for s in run(text).statements}
    subject, predicate, obj = expected
    # a symmetric act (cooperation) may be stated either way round
    assert (subject, predicate, obj, Modality.INTENDED) in found or (obj, predicate, subject, Modality.INTENDED) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Norway assured Iceland of its neutrality.",  # no act of help assured
        "The minister assured Parliament of the safety of the vaccine.",  # no state assured
        "Canada assured the people of Ukraine that the embassy would stay open.",  # "of Ukraine" names no act
    ],
)
def test_nothing_assured_no_support(run: Run, text: str) -> None:
    assert not any(s.predicate.name in ("supports", "providesAidTo", "cooperatesWith") for s in run(text).statements)
