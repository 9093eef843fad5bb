"""An object added with "as well as" that the parse hangs on the verb ("met with Y's prime minister, as well as Z's
officials"): another object of the verb, through the same preposition (kg/extract/_arguments.py
_as_well_as_objects). An added object that names no actor adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president met with the Ugandan president, as well as Rwandan officials.", ("KEN", "meetsWith", "RWA")),
        ("The Turkish president met the Greek prime minister, as well as Cypriot leaders.", ("TUR", "meetsWith", "CYP")),
        ("The Chilean minister held talks with the Peruvian foreign minister, as well as Bolivian diplomats.", ("CHL", "meetsWith", "BOL")),
    ],
)
def test_an_object_added_with_as_well_as_is_an_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(run(text))
    assert expected in triples or (expected[2], expected[1], expected[0]) in triples, triples


def test_an_added_object_that_names_no_actor_adds_nothing(run: Run) -> None:
    triples = country_triples(run("The Kenyan president met with the Ugandan president, as well as business leaders."))
    assert {o for _, p, o in triples if p == "meetsWith"} <= {"UGA", "KEN"}
