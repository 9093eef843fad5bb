"""Goods supplied to another state with "supply Y with Z" are trade (CAMEO 061), and the "with" phrase of a verb of
handing is the thing handed, never a side (session 26).

"Sold / supplied / shipped gas to Y" was trade; "supplies Y with gas" names the partner as the direct object and the
goods after "with" (as "supplied Y with missiles" is military aid). A name the NER finds in the "with" phrase ("with
LNG", "with Leopard tanks") is no partner. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Argentina will supply Brazil with gas.", {"Argentina", "Brazil"}),
        ("Qatar supplies Pakistan with LNG under a long-term contract.", {"Qatar", "Pakistan"}),
        ("Kazakhstan has supplied China with uranium since 2010, officials said.", {"Kazakhstan", "China"}),
    ],
)
def test_goods_supplied_are_trade(run: Run, text: str, sides: set[str]) -> None:
    trades = [{s.subject.label, s.object.label} for s in run(text).statements if s.predicate.name == "tradesWith"]
    assert trades == [sides], trades


def test_a_name_in_the_with_phrase_is_no_side(run: Run) -> None:
    objects = {s.object.label for s in run("Germany provided Ukraine with Leopard tanks.").statements}
    assert objects == {"Ukraine"}, objects


def test_a_shop_supplying_customers_is_no_trade(run: Run) -> None:
    assert not run("The shop supplies customers with rice.").statements
