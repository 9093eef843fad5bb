"""Pressure put on another is a demand (CAMEO 100); soldiers returned to their country are released (CAMEO 084).

PETRARCH2 codes "BOOST * PRESSURE", "INCREASE * PRESSURE" and "STEP * UP PRESSURE" as demands; every verb of putting,
keeping or adding pressure is one, the one pressed named after "on" ("applied pressure on Y", "exerted pressure on
Y"). The act pressed for is asked of Y, not done ("put pressure on Y to recognise Z" is no support of Z). Returning or
handing over another country's soldiers, servicemen or prisoners of war is a release, as returning its prisoners is;
returning one's own soldiers to their barracks is no act between states.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada applied pressure on Venezuela over the election.", ("CAN", "demands", "VEN")),
        ("Turkey is exerting pressure on Sweden to extradite the activists.", ("TUR", "demands", "SWE")),
        ("The United States kept up the pressure on Cuba.", ("USA", "demands", "CUB")),
        ("Pressure was put on Nepal by India to close the border crossing.", ("IND", "demands", "NPL")),
        ("Spain will maintain pressure on Morocco until the fishing dispute is settled.", ("ESP", "demands", "MAR")),
    ],
)
def test_pressure_put_on_another_is_a_demand(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_the_act_pressed_for_is_not_done(run: Run) -> None:
    found = country_triples(run("Russia put pressure on Armenia to leave the bloc and join Russia's union."))
    assert ("RUS", "demands", "ARM") in found, found
    assert not [t for t in found if t[0] in ("RUS", "ARM") and t[1] in ("withdrawsFrom", "memberOf", "supports")], found


@pytest.mark.parametrize(
    "text",
    [
        "The heavy rain put pressure on the dam.",
        "The coach applied pressure on his defenders in the second half.",
        "Rising prices kept pressure on households.",
    ],
)
def test_pressure_on_no_actor_is_no_demand(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "demands"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia returned four Russian soldiers to Russia.", ("GEO", "concedes", "RUS")),
        ("Serbia handed over two Croatian servicemen to Croatia.", ("SRB", "concedes", "HRV")),
        ("Eritrea returned 30 Ethiopian POWs.", ("ERI", "concedes", "ETH")),
    ],
)
def test_soldiers_returned_are_released(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_own_soldiers_returned_home_are_no_release(run: Run) -> None:
    found = country_triples(run("Chile returned its soldiers to their barracks after the floods."))
    assert not [t for t in found if t[1] == "concedes"], found
