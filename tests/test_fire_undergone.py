"""Fire undergone ("X came under fire from Y", "X was under fire from Y", "X took / drew fire from Y"): an attack by Y
when a side is an armed force, else Y's criticism of X (WordNet "under fire" n.2 "being criticized"; CAMEO 111);
kg/extract/_constructions.py fire_undergone. "Fire" alone is no trigger."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "come under fire from": the subject is the target
        ("Ethiopian troops came under fire from Eritrean soldiers near the border.", ("ERI", "attacks", "ETH")),
        # "be under fire from" with an adjective on "fire"
        ("A Lebanese army post was under heavy fire from Israeli forces overnight.", ("ISR", "attacks", "LBN")),
        # "remain under fire by"
        ("The Malian garrison remained under fire by Nigerien rebels for two days.", ("NER", "attacks", "MLI")),
        # "take fire from": the fire is the object
        ("A Thai patrol took fire from Cambodian troops on Sunday.", ("KHM", "attacks", "THA")),
        # "draw fire from" an armed force
        ("The Colombian convoy drew fire from Venezuelan soldiers at the crossing.", ("VEN", "attacks", "COL")),
    ],
)
def test_fire_undergone_from_an_armed_side_is_an_attack(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hungarian government came under fire from Austria over its asylum law.", ("AUT", "criticizes", "HUN")),
        ("Chile was under fire from Peru for its new maritime map.", ("PER", "criticizes", "CHL")),
        ("The Danish prime minister drew fire from Norway's foreign minister over the fishing quotas.", ("NOR", "criticizes", "DNK")),
    ],
)
def test_fire_undergone_from_no_armed_side_is_a_criticism(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found
    assert not [t for t in found if t[1] == "attacks"], found


def test_a_criticism_under_fire_is_coded_as_one(run: Run) -> None:
    statements = [s for s in run("Slovakia came under fire from Czechia over the dam project.").statements if s.predicate.name == "criticizes"]
    assert statements and all(s.cameo == "111" for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        # no doer named
        "The Estonian consulate came under fire late on Friday.",
        # a doer that is no actor
        "Customs officers came under fire from critics over the delays.",
        # "fire" alone is no attack
        "A fire broke out near the Latvian embassy.",
        "Smoke from the fire drifted over the Uruguayan border town.",
        # "fired" an employee
        "The Bolivian minister was fired by the president.",
    ],
)
def test_fire_with_no_doer_or_of_no_shooting_states_nothing(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in ("attacks", "criticizes")], found
