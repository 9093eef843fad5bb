"""Presences wound down, one's own people pulled out, and persons questioned (issue 16, session 22).

* "wound down its military presence in Y", "scaled back its embassy staff in Y" (CAMEO 087; WordNet wind down v.1,
  scale back v.1): a withdrawal from Y.
* "pulled its negotiators out of the talks": the doer's own people move, they are no place left.
* "questioned two Y suspects", "interrogated the Y crew" (PETRARCH2 INTERROGATE, 090): an investigation of Y's people.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples, triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark wound down its naval presence in Libya.", ("DNK", "withdrawsFrom", "LBY")),
        ("Canada scaled back its embassy staff in Sudan.", ("CAN", "withdrawsFrom", "SDN")),
        ("Italy drew down its troops in Iraq.", ("ITA", "withdrawsFrom", "IRQ")),
        ("Malaysian police questioned three Thai suspects over the smuggling.", ("MYS", "investigates", "THA")),
        ("Greek officers interrogated the Turkish crew of the tanker.", ("GRC", "investigates", "TUR")),
    ],
)
def test_drawdowns_and_questioning(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Egypt pulled its negotiators out of the talks in Doha.", "negotiators"),
        ("Chile withdrew its delegation from the summit.", "delegation"),
    ],
)
def test_ones_own_people_are_no_place_left(run: Run, text: str, own: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] == "withdrawsFrom" and t[2] == own], said


@pytest.mark.parametrize("text", ["The senator questioned the cost of the programme.", "Pakistan raised the question of Kashmir at the UN."])
def test_questioning_a_thing_is_no_investigation(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "investigates"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji downgraded its embassy in Canberra.", ("FJI", "sanctions", "AUS")),
        ("Estonia closed its consulate in Saint Petersburg.", ("EST", "sanctions", "RUS")),
        ("Austria evacuated its embassy in Tripoli.", ("AUT", "sanctions", "LBY")),
        ("Panama shut its embassy in Caracas after the vote.", ("PAN", "sanctions", "VEN")),
    ],
)
def test_a_mission_lowered_or_shut_in_anothers_land(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """CAMEO 161; PETRARCH2 "CANCEL * EMBASSY", "EVACUATE * EMBASSY", "* CLOSING (OF EMBASSY)"."""
    said = country_triples(run(text))
    assert expected in said, said


def test_a_firms_office_closed_is_no_sanction(run: Run) -> None:
    assert not [t for t in country_triples(run("The bank closed its office in Lagos.")) if t[1] == "sanctions"]
