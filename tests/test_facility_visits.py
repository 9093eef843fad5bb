"""A state's facilities and places carry a visit or an attack to that state (kg.extract._arguments: _owned_place,
places_within; kg.extract.patterns: the "in" phrase of a visit).

"Toured the Y-ian capital's harbour", "hit the Y-ian capital's airport" (a thing of a place of a country's) and
"visited a naval base in Y", "a visit to an air base in Y" (a thing placed in a country by "in") gave no visit or
attack, while "toured Y's ports" and "attacked an airfield in Y" did. Not the doer's own places ("visited its own
bases in X", "toured the X-ian capital's port" for X), nor people the thing is ("visited X-ian troops in Y", whose
troops are the object, and no place of Y's).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _acts(result: ArticleResult, name: str) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == name}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a thing placed by "in", several things, "inside", a noun of visiting, a thing of the capital's
        ("The Norwegian defence minister visited a naval base in Finland.", ("NOR", "FIN")),
        ("The Chilean president toured a shipyard and a school in Peru.", ("CHL", "PER")),
        ("Ghana's foreign minister toured an air base inside Togo on Monday.", ("GHA", "TGO")),
        ("The Kenyan minister's visit to a border post in Uganda ended on Friday.", ("KEN", "UGA")),
        ("The Vietnamese minister began a tour of ports in Laos.", ("VNM", "LAO")),
        ("The Danish minister toured the Estonian capital's harbour.", ("DNK", "EST")),
        ("The Moroccan king toured a solar plant in Senegal.", ("MAR", "SEN")),
    ],
)
def test_a_facility_of_a_state_carries_the_visit(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _acts(run(text), "visits")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norwegian drones hit the Finnish capital's airport.", ("NOR", "FIN")),
        ("Chilean jets bombed the Peruvian capital's power plant.", ("CHL", "PER")),
    ],
)
def test_a_facility_of_a_capital_carries_the_attack(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _acts(run(text), "attacks")


@pytest.mark.parametrize(
    "text",
    [
        # one's own bases and capital, one's own troops abroad, kin, private travellers, a thing that is no place
        "The Norwegian minister visited Norwegian bases in Norway.",
        "The Danish minister toured the Danish capital's harbour.",
        "The Norwegian minister visited Norwegian troops in Finland.",
        "The Norwegian minister visited relatives in Finland.",
        "Norwegian tourists visited a museum in Finland.",
        "The Norwegian minister praised the Finnish capital's port.",
        "The Moroccan king attended a meeting in Senegal.",
    ],
)
def test_ones_own_places_or_no_visit_is_none(run: Run, text: str) -> None:
    found = run(text).statements
    assert not [s for s in found if s.predicate.name in ("visits", "attacks")], [(s.subject.label, s.predicate.name, s.object.label) for s in found]


def test_a_capitals_official_is_no_doer_for_the_state(run: Run) -> None:
    # a thing of a country's place is a place reached, no actor: "the Y-ian capital's mayor" does not act for Y
    assert not run("The Peruvian capital's mayor criticized Chile.").statements
