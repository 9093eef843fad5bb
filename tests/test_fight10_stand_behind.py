"""Standing behind another, and the idioms of a noun said twice, are support (issue 16, helper fight10; PETRARCH2
STAND "* (BY)", CAMEO 051): "X stands (firmly, squarely, fully) behind Y" as "X stands by / with Y" ("behind" names
the object of the lexicon's own "stand behind", ``patterns._OWN_OBJECT_PREPS``: elsewhere a place), and "X stands
shoulder to shoulder (side by side) with Y" (``patterns._side_by_side``: the partner of the idiom is the one
supported, and nothing else the verb governs).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _support(result: ArticleResult) -> dict[tuple[str, str], Modality]:
    return {(s.subject.label, s.object.label): s.modality for s in result.statements if s.predicate.name == "supports"}


@pytest.mark.parametrize(
    ("text", "subject", "obj", "modality"),
    [
        # "behind" with an adverb of degree, a modal, an "in" phrase after
        ("Australia stands firmly behind the Solomon Islands.", "Australia", "Solomon Islands", Modality.ASSERTED),
        ("Germany will stand squarely behind Moldova.", "Germany", "Moldova", Modality.INTENDED),
        ("Italy stood fully behind Greece in the dispute over the islands.", "Italy", "Greece", Modality.ASSERTED),
        # the idioms: the noun as an object, as an adverb; coordinated partners
        ("Finland stands shoulder to shoulder with Estonia.", "Finland", "Estonia", Modality.ASSERTED),
        ("Portugal stood side by side with Angola.", "Portugal", "Angola", Modality.ASSERTED),
        ("Sweden will stand side by side with Norway and Denmark.", "Sweden", "Denmark", Modality.INTENDED),
        ("Chile stood shoulder to shoulder with Peru and Bolivia.", "Chile", "Bolivia", Modality.ASSERTED),
    ],
)
def test_standing_behind_or_beside_another_is_support(run: Run, text: str, subject: str, obj: str, modality: Modality) -> None:
    found = _support(run(text))
    assert found.get((subject, obj)) is modality, found


@pytest.mark.parametrize(
    "text",
    [
        "The bus stood behind the station.",
        "The president stood behind the lectern during the speech.",
        "The two ministers stood side by side with their spouses.",
        "The guards stood shoulder to shoulder in the cold.",
    ],
)
def test_standing_in_a_place_is_no_support(run: Run, text: str) -> None:
    assert not run(text).statements
