"""The article's pair of countries, which "the two sides" stands for with no meeting before it, counts no country named
only for a person or body that does not act for its state (issue 16): "the two sides held talks ... the French
striker attacked the Spanish defence" names no pair of states.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        "Although the two sides had held talks this year, the Italian striker beat the Dutch goalkeeper twice.",
        "The two sides held several rounds of talks before the Danish bank bought the Swedish insurer.",
    ],
)
def test_countries_named_for_private_people_make_no_pair(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "meetsWith"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia disagree over the lake. The two sides held talks on Monday.",
        "Peruvian and Bolivian ministers met in La Paz. The two sides held several rounds of talks this year.",
    ],
)
def test_countries_of_states_make_the_pair(run: Run, text: str) -> None:
    pairs = {frozenset((s.subject.label, s.object.label)) for s in run(text).statements if s.predicate.name == "meetsWith"}
    assert frozenset(("Peru", "Bolivia")) in pairs, pairs
