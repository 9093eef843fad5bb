"""An answer that names no target ("Y imposed sanctions on X. X vowed to retaliate."): it answers the nearest earlier
attack, coercion or sanction done to its subject in the two previous sentences (kg/extract/_discourse.py
answered_doers, used by kg/extract/patterns.py). An answer still to come is a threat (CAMEO 13); a retaliation for
a sanction or an expulsion is no attack; two doers in that sentence, or no hostile act done to the subject, leave the
answer without a target."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow after a sanction, the subject named by its capital
        ("Canada imposed tariffs on Chinese steel on Monday. Beijing vowed to retaliate.", ("CHN", "threatens", "CAN")),
        # a phrasal verb of answering after an attack, one sentence between
        ("Sudanese jets bombed a market in South Sudan. Dozens were killed. Juba promised to hit back.", ("SSD", "threatens", "SDN")),
        # an answer said to come ("said it would")
        ("Norway expelled three Russian diplomats. Russia said it would retaliate.", ("RUS", "threatens", "NOR")),
        # an answer that happened, after an attack
        ("Armenian troops shelled an Azerbaijani village. Azerbaijan retaliated with artillery fire.", ("AZE", "attacks", "ARM")),
    ],
)
def test_an_answer_answers_the_last_hostile_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to retaliate.",  # nothing to answer
        "China and Japan signed a trade deal. Japan vowed to retaliate.",  # no hostile act done to the subject
        "Peru and Chile expelled Bolivian diplomats. Bolivia vowed to retaliate.",  # two doers compete
    ],
)
def test_no_single_doer_no_target(run: Run, text: str) -> None:
    assert not any(p == "threatens" for _, p, _ in country_triples(run(text)))


def test_a_retaliation_for_an_expulsion_is_no_attack(run: Run) -> None:
    triples = country_triples(run("Norway expelled three Russian diplomats. Russia retaliated on Friday."))
    assert ("RUS", "attacks", "NOR") not in triples
