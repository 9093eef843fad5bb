"""A capitalised name of a force with a word of a movement names an armed group, not the country's own force.

"the Free Syrian Army"-like names were read as the country adjective plus "Army", the state's military: a group at war
with the state became the state ("X supports the Free ... Army" supported the state's army). The words of a movement
(``movement_words`` of ``kg/data/names.yaml``: free, liberation, resistance, rebel, ...) make the whole name an
organisation of that country; a state's own force keeps its reading ("the Royal ... Army", "the ... National Army").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType
from tests.conftest import triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rwanda supports the Free Burundian Army, officials said.", "Free Burundian Army", "BDI"),
        ("Fighters of the Chadian Liberation Army attacked Libyan border posts.", "Chadian Liberation Army", "TCD"),
        ("The Malian Resistance Forces clashed with Algerian troops on Sunday.", "Malian Resistance Forces", "MLI"),
        ("Niger accused the Togolese People's Liberation Army of smuggling weapons.", "Togolese People's Liberation Army", "TGO"),
    ],
)
def test_movement_is_an_organisation(run: Run, text: str, name: str, country: str) -> None:
    result = run(text)
    found = {m.entity.label: m.entity for m in result.mentions}
    assert name in found, sorted(found)
    assert found[name].type is EntityType.ORGANIZATION and found[name].country == country


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Royal Danish Army sent troops to Estonia.", "Danish Army"),
        ("The Ghanaian National Army deployed soldiers to the border with Togo.", "Ghanaian National Army"),
        ("Polish forces attacked the camp.", "Polish forces"),
    ],
)
def test_state_force_stays_the_states(run: Run, text: str, label: str) -> None:
    result = run(text)
    found = {m.entity.label: m.entity for m in result.mentions}
    assert label in found and found[label].type is EntityType.SECTOR_ACTOR, sorted(found)


def test_movement_is_not_the_state(run: Run) -> None:
    found = triples(run("Uganda supports the Free Burundian Army."))
    assert not any(o == "Burundi" or o.endswith("Burundian Army") and o != "Free Burundian Army" for _, _, o in found), found


def test_headline_words_are_no_name(run: Run) -> None:
    result = run("Malian Resistance Grows As Talks Stall\n\nBAMAKO - Talks between the government and the rebels stalled on Monday.")
    assert not [m for m in result.mentions if m.entity.type is EntityType.ORGANIZATION and "Resistance" in m.entity.label]
