"""Acts answered with, and fights without arms between armed sides (issue 16, session 22).

* "X retaliated with airstrikes on Y", "X responded with sanctions against Y", "X hit back with artillery fire at Y's
  posts": the act of the "with" noun of a verb of answering (kg/data/event_doers.yaml, ``responding``) is the
  subject's, its target the noun's or the verb's own.
* "X and Y soldiers were hurt in a brawl on the border" (WordNet brawl, scuffle, melee, fistfight): a fight between
  armed sides only; fans' or lawmakers' brawls are no act of their states.
* "Kyrgyz border guards": a demonym the parse hangs on the first word of a compound head names the force.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tajikistan retaliated with artillery strikes on Kyrgyz villages.", ("TJK", "attacks", "KGZ")),
        ("Eritrea responded with missile strikes on Ethiopian positions.", ("ERI", "attacks", "ETH")),
        ("Armenia hit back with mortar fire at Azerbaijani posts.", ("ARM", "attacks", "AZE")),
        ("Canada answered with tariffs on Chinese steel.", ("CAN", "sanctions", "CHN")),
        ("Pakistan retaliated against India with drone strikes.", ("PAK", "attacks", "IND")),
    ],
)
def test_the_act_answered_with_is_the_subjects(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize("text", ["Chile responded with a smile.", "Japan reacted with caution to the Chinese proposal."])
def test_answering_with_no_act_states_nothing(run: Run, text: str) -> None:
    assert not run(text).statements


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thai and Cambodian soldiers were hurt in a brawl near the temple.", {"THA", "KHM"}),
        ("A scuffle broke out between Armenian and Azerbaijani soldiers near the village.", {"ARM", "AZE"}),
        ("Eritrean troops were hurt in a fistfight with Ethiopian soldiers.", {"ERI", "ETH"}),
    ],
)
def test_a_brawl_of_armed_sides_is_a_fight(run: Run, text: str, pair: set[str]) -> None:
    said = country_triples(run(text))
    assert any(p == "fightsWith" and {s, o} == pair for s, p, o in said), said


@pytest.mark.parametrize(
    "text",
    ["Dutch and German fans were injured in a brawl at the stadium.", "A scuffle broke out between Greek and Turkish lawmakers at the assembly."],
)
def test_a_brawl_of_people_is_no_act_of_their_states(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "fightsWith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyz border guards clashed with Uzbek troops.", ("KGZ", "fightsWith", "UZB")),  # the parse: Kyrgyz -> border
        ("Serbian riot police clashed with Albanian troops.", ("SRB", "fightsWith", "ALB")),
        ("Uzbek border guards clashed with Afghan troops.", ("UZB", "fightsWith", "AFG")),
    ],
)
def test_a_demonym_on_the_first_word_of_a_compound_head_names_the_force(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said or (expected[2], expected[1], expected[0]) in said, said
