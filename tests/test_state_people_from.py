"""Two classes behind the category table's misses: a state's people named with "from" ("a delegation from X"),
and an investment in a country's places ("invested two billion dollars in Y's ports")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A delegation from Senegal travelled to Gambia for talks on fishing.", ("Senegal", "visits", "Gambia")),
        ("Officials from Senegal met Mali's foreign minister in Bamako.", ("Senegal", "meetsWith", "Mali")),
        ("Troops from Senegal shelled positions held by Gambia.", ("Senegal", "attacks", "Gambia")),
        ("Diplomats from Senegal accused Gambia of spying.", ("Senegal", "accuses", "Gambia")),
    ],
)
def test_a_states_people_named_with_from(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert any(s == expected[0] and p == expected[1] and o.startswith(expected[2]) for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from Senegal arrived in Gambia.",  # no state's people: Senegal's refugees, as "Senegalese refugees"
        "Students from Senegal protested in Dakar.",  # civilians in their own country
    ],
)
def test_people_from_a_country_who_do_not_act_for_it(run: Run, text: str) -> None:
    statements = run(text).statements
    # the country never acts: its people are a sector actor of it, as the demonym form gives (kg/data/origin_groups.yaml)
    assert not any(s.subject.label == "Senegal" for s in statements), events(run(text))
    assert all(s.subject.type.value == "SectorActor" for s in statements), events(run(text))
    if text.startswith("Students"):
        expect(events(run(text)), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China invested two billion dollars in Pakistan's ports.", ("China", "investsIn", "Pakistan")),
        ("Qatar has invested heavily in Egypt's coastal cities.", ("Qatar", "investsIn", "Egypt")),
        ("Japan invested billions in the Indonesian port of Surabaya.", ("Japan", "investsIn", "Indonesia")),
    ],
)
def test_an_investment_in_a_countrys_places(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.country or s.object.label) for s in run(text).statements}
    assert any(s == expected[0] and p == expected[1] and o in (expected[2], "PAK", "EGY", "IDN") for s, p, o in found), found


def test_an_investment_at_home_names_no_other_country(run: Run) -> None:
    found = events(run("China invested two billion dollars in its own ports."))
    assert not any(p == "investsIn" and o in ("Pakistan", "India") for _, p, o in found), found
