"""Regime metonymy (kg/_regime.py): "the X regime" is the government of X's country, on invented texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's surname as a compound
        ("Colombia condemned the Maduro regime on Monday.", ("Colombia", "criticizes", "Maduro regime")),
        # a possessive, with an adjective between
        ("Brazil criticized Maduro's brutal regime over the election.", ("Brazil", "criticizes", "Maduro regime")),
        # an "of" phrase with the full name
        ("Peru accused the regime of Nicolas Maduro of rigging the vote.", ("Peru", "accuses", "Nicolas Maduro regime")),
        # a leader whose family name comes first
        ("Japan condemned the Kim Jong Un regime on Monday.", ("Japan", "criticizes", "Kim Jong Un regime")),
        # the regime as the one who acts
        ("The Maduro regime expelled the Colombian ambassador.", ("Maduro regime", "sanctions", "Colombia")),
        # bare "the regime" after one regime was named
        ("Colombia condemned the Maduro regime on Monday. Two days later, Peru also criticized the regime.", ("Peru", "criticizes", "Maduro regime")),
    ],
)
def test_regime_is_the_government_of_its_leaders_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_regime_is_a_government_actor_of_the_country(run: Run) -> None:
    result = run("Colombia condemned the Maduro regime on Monday.")
    regime = next(s.object for s in result.statements if s.object.label == "Maduro regime")
    assert (regime.type, regime.country, regime.role) == (EntityType.SECTOR_ACTOR, "VEN", "government")
    # the leader's name inside the phrase is no separate participant
    assert not [s for s in result.statements if EntityType.PERSON in (s.subject.type, s.object.type)]


@pytest.mark.parametrize(
    "text",
    [
        # no regime named before "the regime"
        "Peru criticized the regime on Monday.",
        # two regimes named before: they compete
        "Colombia condemned the Maduro regime and the Ortega regime. Peru criticized the regime on Monday.",
        # a regime of rules names no government
        "Peru criticized the sanctions regime on Monday.",
    ],
)
def test_regime_without_one_government_stays_unresolved(run: Run, text: str) -> None:
    found = triples(run(text))
    assert not [t for t in found if t[0] == "Peru"], found
