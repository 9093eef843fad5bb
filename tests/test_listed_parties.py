"""A list whose nameless middle item the parse takes for an apposition ("Norland, the host nation and Sudia ..."):
the named items after it are listed with the first (kg/extract/_arguments.py _listed_countries); the nameless item
and an apposition that only describes the first item ("Norland, Sudia's neighbour and ally") add no actor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governing body after the nameless item, an intended act
        ("Kenya, the regional bloc and the Government of Uganda are determined to defeat al-Shabaab.", ("UGA", "attacks", "SOM")),
        # a country after it, another verb and object
        ("Norway, the host nation and Sweden signed the declaration with Finland.", ("SWE", "signsAgreementWith", "FIN")),
        # an international body after it
        ("Japan, the largest donor and the World Bank pledged aid to Nepal.", (None, "providesAidTo", "NPL")),
        # "or" and a criticism
        ("Chile, the regional body or Peru condemned Bolivia.", ("PER", "criticizes", "BOL")),
    ],
)
def test_named_items_after_a_nameless_one_act_too(run: Run, text: str, expected: tuple) -> None:
    assert expected in country_triples(run(text))


def test_the_first_item_still_acts(run: Run) -> None:
    assert ("NOR", "signsAgreementWith", "FIN") in country_triples(run("Norway, the host nation and Sweden signed the declaration with Finland."))


@pytest.mark.parametrize(
    "text",
    [
        # the apposition describes the first item: its conjunct is no new party
        "Germany, Poland's neighbour and ally, condemned Russia.",
        "France, the president's home country and a NATO member, criticised Iran.",
        # nameless items only
        "Canada, the wider alliance and its partners condemned Iran.",
    ],
)
def test_a_description_of_the_first_item_adds_no_party(run: Run, text: str) -> None:
    subjects = {s for s, p, _ in country_triples(run(text)) if p == "criticizes"}
    assert len(subjects) == 1
