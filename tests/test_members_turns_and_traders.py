"""Members named by their organisation, turns in an office, removal from a body, and buyers and sellers (issue 16,
session 22).

* "Y became O's 31st member", "A and B are O's newest members": membership (kg/extract/_structural.py).
* "X took over the G20 presidency from Y": a turn in an office, no seizure (CAMEO 1711 stays for things seized).
* "Y was suspended (expelled) from O": a passive without its agent whose "from" body is an international
  organisation: the body did it.
* "X is the biggest buyer of Y's crude", "X is Y's main supplier of gas" (CAMEO 061): trade with the goods' owner,
  the noun's owner or the one sold to.

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
        ("Montenegro became NATO's 29th member in 2017.", {("Montenegro", "memberOf", "North Atlantic Treaty Organization")}),
        ("Bulgaria and Romania are the EU's newest member states.", {("Bulgaria", "memberOf", "European Union"), ("Romania", "memberOf", "European Union")}),
        ("East Timor became ASEAN's newest member.", {("Timor-Leste", "memberOf", "Association of Southeast Asian Nations")}),
    ],
)
def test_a_member_named_by_its_organisation(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    said = triples(run(text))
    assert expected <= said, said


def test_an_organisations_critic_is_no_member(run: Run) -> None:
    said = triples(run("Hungary became the EU's loudest critic."))
    assert not [t for t in said if t[1] == "memberOf"], said


@pytest.mark.parametrize(
    "text",
    [
        "Chile took over the rotating presidency of Mercosur from Brazil.",
        "Japan takes over the G7 chairmanship from Italy in January.",
        "Turkey assumed command of the NATO mission from Italy.",
    ],
)
def test_a_turn_in_an_office_is_no_seizure(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "coerces"]


def test_a_thing_taken_over_is_still_seized(run: Run) -> None:
    assert ("RUS", "coerces", "UKR") in country_triples(run("Russia took over the Ukrainian port."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guinea was suspended from the African Union after the coup.", ("African Union", "sanctions", "Guinea")),
        ("Russia was expelled from the Council of Europe in 2022.", ("Council of Europe", "coerces", "Russia")),
        ("Niger was suspended from ECOWAS.", ("Economic Community of West African States", "sanctions", "Niger")),
    ],
)
def test_removal_from_a_body_is_the_bodys_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey has become the biggest buyer of Azerbaijani gas.", {"TUR", "AZE"}),
        ("Algeria is Italy's largest supplier of natural gas.", {"DZA", "ITA"}),
        ("Ukraine was the main exporter of sunflower oil to Egypt.", {"UKR", "EGY"}),
    ],
)
def test_a_buyer_or_seller_of_anothers_goods_trades_with_it(run: Run, text: str, pair: set[str]) -> None:
    said = country_triples(run(text))
    assert any(p == "tradesWith" and {s, o} == pair for s, p, o in said), said


@pytest.mark.parametrize(
    "text",
    ["Kenya is a major exporter of tea.", "The supplier of the turbines was not named.", "The Korean shipyard sued its Italian supplier over late deliveries."],
)
def test_no_trade_without_another_side(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "tradesWith"]
