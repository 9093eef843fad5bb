"""An armed advance into a country ("X's tanks rolled into Y", "X's troops pushed into northern Y", "marched / advanced
/ stormed into Y"): an incursion, as "crossed into Y" is (PETRARCH2 "CROSS INTO" 190; kg/data/lexicon.yaml, armed:
only when a side is an armed force). Refugees, firms or a deployment "moved into" an ally are no attack."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenian tanks rolled into Azerbaijan at dawn.", ("ARM", "attacks", "AZE")),
        ("Rwandan troops have pushed into northern Burundi.", ("RWA", "attacks", "BDI")),
        ("Sudanese soldiers marched into Chad on Sunday.", ("SDN", "attacks", "TCD")),
        ("Ugandan forces advanced into South Sudan.", ("UGA", "attacks", "SSD")),
    ],
)
def test_an_armed_advance_into_a_country_is_an_incursion(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Sudanese refugees pushed into Chad.",  # no armed force
        "The Armenian carmaker rolled into the Azerbaijani market.",  # a firm
        "Russian troops moved into Belarus for joint exercises.",  # not one of the verbs: a deployment to an ally
    ],
)
def test_no_armed_advance_no_attack(run: Run, text: str) -> None:
    assert not any(p == "attacks" for _, p, _ in country_triples(run(text)))
