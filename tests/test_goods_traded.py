"""Goods sold, supplied or shipped to another are trade (issue 16, CAMEO 061; PETRARCH2 "SELL * PRODUCTS", SUPPLY,
"EXPORT * (TO)").

Every verb of selling, supplying or shipping with every name of goods and of the energy, food and raw materials
traded in bulk gives tradesWith; food and fuel sent as aid stay aid, and weapons arms sales. An amount's "worth"
does not hide the partner ("sold wheat worth $1 billion to Y"). All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Azerbaijan supplies gas to Italy through the TAP pipeline.", {"AZE", "ITA"}),
        ("Brazil will sell soybeans to China under a new contract.", {"BRA", "CHN"}),
        ("Indonesia shipped 40 million tonnes of coal to India.", {"IDN", "IND"}),
        ("Malaysia sold palm oil worth $3 billion to Pakistan.", {"MYS", "PAK"}),
        ("Namibia sold uranium to France last year.", {"NAM", "FRA"}),
        ("Turkey exported steel worth $2 billion to Iraq.", {"TUR", "IRQ"}),
    ],
)
def test_goods_sold_or_supplied_are_trade(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "tradesWith" and {s, o} == pair for s, p, o in found), found
    assert not [t for t in found if t[1] == "providesAidTo"]


@pytest.mark.parametrize(
    "text",
    [
        "The farmer sold his rice to a local trader.",  # no state on either side
        "The utility supplies electricity to two million homes.",
    ],
)
def test_private_sales_are_no_trade_between_states(run: Run, text: str) -> None:
    assert not country_triples(run(text))


def test_fuel_sent_as_aid_stays_aid(run: Run) -> None:
    found = country_triples(run("Egypt sent fuel and food to Gaza after the ceasefire."))
    assert [t for t in found if t[1] == "providesAidTo"] and not [t for t in found if t[1] == "tradesWith"], found
