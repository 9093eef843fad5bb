"""Disapproval expressed as a feeling, and joining a coalition another leads (issue 16, session 22).

* CAMEO 111 through its feeling nouns and adjectives (PETRARCH2 "* DISMAY", "* DISAPPOINTMENT", "* DISPLEASURE"):
  "expressed its dismay at Y's decision", "conveyed its displeasure to Y", "was disappointed by Y's move".
  Concern is no criticism (PETRARCH2 codes it 012, a pessimistic comment) and stays out.
* "X joined the Y-led coalition against Z": the joiner fights Z beside the leader.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway expressed its dismay at Iceland's decision to resume whaling.", ("Norway", "criticizes", "Iceland")),
        ("Thailand conveyed its displeasure to Myanmar over the shelling.", ("Thailand", "criticizes", "Myanmar")),
        ("Uruguay was disappointed by Argentina's new import rules.", ("Uruguay", "criticizes", "Argentina")),
        ("Malaysia voiced indignation over Singapore's water price.", ("Malaysia", "criticizes", "Singapore")),
    ],
)
def test_disapproval_felt_and_expressed_is_criticism(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Supporters expressed their dismay at the team's defeat.",  # no actor, no act of a state
        "Norway expressed concern over Iceland's decision to resume whaling.",  # concern: a comment, no criticism
    ],
)
def test_no_criticism_without_a_party_or_with_concern(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] == "criticizes"], said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahrain joined the US-led coalition against the Houthis.", {("Bahrain", "fightsWith", "Houthis"), ("United States", "fightsWith", "Houthis")}),
        ("Senegal has joined the French-led coalition against al-Shabaab.", {("Senegal", "fightsWith", "al-Shabaab"), ("France", "fightsWith", "al-Shabaab")}),
    ],
)
def test_who_joins_a_led_coalition_fights_beside_the_leader(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    said = triples(run(text))
    assert expected <= said, said
