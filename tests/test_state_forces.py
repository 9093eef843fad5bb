"""A state's forces and services named by a name of their own, and allies owned by a third party (issue 16, session 22).

* "the IDF", "PLA", "the IRGC", "the RAF", "Mossad" are sector actors of their state (kg/data/state_forces.tsv):
  their statements count for the state, as "Israeli troops" do.
* "X and Y are the regime's allies": the owner is their partner, not each other; with an owner that is no actor,
  nothing is said of X and Y.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples, triples

from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [("IDF", "ISR", "military"), ("People's Liberation Army", "CHN", "military"), ("Revolutionary Guards", "IRN", "military"),
     ("Mossad", "ISR", "intelligence"), ("FBI", "USA", "police")],
)
def test_named_forces_are_sector_actors_of_their_state(name: str, country: str, sector: str) -> None:
    entity = load_gazetteer().lookup(name)
    assert entity is not None and entity.type is EntityType.SECTOR_ACTOR
    assert (entity.country, entity.role) == (country, sector)
    assert load_gazetteer().entity(entity.key) == entity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IDF shelled Hezbollah positions near the border on Sunday.", ("ISR", "attacks", "LBN")),
        ("PLA troops clashed with Indian soldiers along the disputed frontier.", ("CHN", "fightsWith", "IND")),
        ("The Islamic Revolutionary Guard Corps seized a Greek tanker in the Gulf.", ("IRN", "coerces", "GRC")),
        ("The Federal Security Service accused Estonia of sheltering saboteurs.", ("RUS", "accuses", "EST")),
    ],
)
def test_a_named_force_acts_for_its_state(run: Run, text: str, expected: tuple[str, str, str | None]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


def test_a_named_force_keeps_its_own_name(run: Run) -> None:
    said = triples(run("The Royal Air Force intercepted two Russian bombers near Scotland."))
    assert any(s == "Royal Air Force" for s, _, _ in said), said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus and Iran are Russia's closest allies.", {("Belarus", "strategicPartnerOf", "Russia"), ("Iran", "strategicPartnerOf", "Russia")}),
        ("Chile and Peru are allies of Brazil.", {("Chile", "strategicPartnerOf", "Brazil"), ("Peru", "strategicPartnerOf", "Brazil")}),
        ("Fiji and Samoa are close allies.", {("Samoa", "strategicPartnerOf", "Fiji")}),
    ],
)
def test_allies_of_an_owner_are_its_partners(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    said = {frozenset((s, o)) for s, p, o in triples(run(text)) if p == "strategicPartnerOf"}  # symmetric: either way
    assert {frozenset((s, o)) for s, _, o in expected} == said, said


@pytest.mark.parametrize(
    "text",
    [
        "Belarus and Iran are the junta's closest allies.",  # the owner is no actor: no partner named
        "Chile and Peru, the cartel's main partners, denied the report.",
    ],
)
def test_allies_of_an_unknown_owner_are_not_each_others(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] == "strategicPartnerOf"], said
