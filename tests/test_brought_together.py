"""A third party that brings two others together mediates between them (CAMEO 045).

"X brought together Y and Z", "X brought Y and Z together for talks", "X will bring together Y and Z": X mediates Y and
Z, through the lexicon's ``third_party`` trigger "bring together" (:func:`kg.extract._arranged.gathered_sides`). Only
coordinated sides apart from X count: "the forum brought together 30 leaders", "X brought together its ministers" and
"X brought together Y's officials" name no two sides. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        ("Austria brought together Serbia and Kosovo for talks in Vienna.", "AUT", ("SRB", "XKX")),  # particle first
        ("Angola brought Rwanda and Burundi together on Monday.", "AGO", ("RWA", "BDI")),  # particle after the object
        ("South Africa brought Lesotho and Eswatini together for negotiations on water.", "ZAF", ("LSO", "SWZ")),
    ],
)
def test_bringing_two_sides_together_is_mediating(run: Run, text: str, mediator: str, sides: tuple[str, str]) -> None:
    found = country_triples(run(text))
    assert {(mediator, "mediates", sides[0]), (mediator, "mediates", sides[1])} <= found, found


def test_a_future_gathering_is_intended(run: Run) -> None:
    result = run("Turkey will bring together Ukraine and Moldova next month.")
    found = {(s.subject.country, s.predicate.name, s.object.country, s.modality.value) for s in result.statements}
    assert ("TUR", "mediates", "UKR", "intended") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The forum brought together 30 leaders.",  # no sides named
        "Portugal brought together its ministers.",  # its own people
        "Norway brought together Colombian officials.",  # one side only
    ],
)
def test_a_gathering_of_no_two_sides_mediates_nothing(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "mediates"]
