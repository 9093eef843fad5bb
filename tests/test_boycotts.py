"""A boycott by people who are no state is their protest, not a sanction (issue 16, CAMEO 143).

"Pakistani traders boycotted Afghan goods": traders, farmers or students named after a country or placed in one
protest against the country whose goods they boycott (PLOVER PROTEST, CAMEO 143 "conduct strike or boycott"); a
state's boycott stays a sanction (CAMEO 162). Consumers, shoppers and customers named after a country do not act
for it ("Kenyan consumers boycotted ..." is no sanction by Kenya).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "doer_country", "target"),
    [
        # a group named after its country, goods named by a demonym
        ("Egyptian merchants boycotted Turkish textiles.", "EGY", "Türkiye"),
        # a group placed in a country
        ("Farmers in Manila boycotted Chinese fertiliser.", "PHL", "China"),
        # placed with "across", the goods owned through a possessive
        ("Students across Jakarta boycotted the Netherlands' products.", "IDN", "Netherlands"),
    ],
)
def test_a_private_groups_boycott_is_its_protest(run: Run, text: str, doer_country: str, target: str) -> None:
    statements = run(text).statements
    found = [s for s in statements if s.predicate.name == "protests" and s.object.label == target and s.subject.country == doer_country]
    assert found and found[0].cameo == "143", [(s.subject.label, s.predicate.name, s.object.label, s.cameo) for s in statements]
    assert not [s for s in statements if s.predicate.name == "sanctions"]


def test_a_states_boycott_stays_a_sanction(run: Run) -> None:
    statements = run("Algeria boycotted Moroccan goods.").statements
    assert [(s.subject.label, s.predicate.name, s.object.label) for s in statements] == [("Algeria", "sanctions", "Morocco")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan consumers boycotted Ugandan sugar.",  # consumers do not act for their country, and make no protest group
        "Swiss shoppers boycotted the new store.",
        "Fans boycotted the final in Doha.",
    ],
)
def test_consumers_and_fans_make_no_sanction(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not statements, [(s.subject.label, s.predicate.name, s.object.label) for s in statements]
