"""Conditional threats (issue 16): an act of retaliation or force promised if another party acts is a threat to it.

"X said it would take countermeasures if Y continues its patrols", "X warned that it would retaliate should Y deploy
troops", "X vowed to strike back if Y holds the drills": X threatens Y, the subject of the condition. The acts of
retaliation are in kg/data/conditional_threats.yaml; the lexicon's own acts that are threats under a condition
(sanctions, attacks) find their target in the condition when they name none. A conditional offer, an act without a
condition and a condition without an actor are no threat. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _countries(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of retaliation taken, an "if" condition
        ("Azerbaijan said it would take retaliatory measures if Armenia shells its villages again.", ("AZE", "threatens", "ARM")),
        # an "unless" condition
        ("Greece said it will adopt countermeasures unless Turkey withdraws its survey ship.", ("GRC", "threatens", "TUR")),
        # a verb of answering with a forceful manner, a condition opened by an inverted "should"
        ("Pakistan warned it could respond militarily should India cross the line.", ("PAK", "threatens", "IND")),
        # a phrasal verb of retaliation under a vow, the condition hung on the vow
        ("North Korea vowed to strike back if South Korea holds the drills.", ("PRK", "threatens", "KOR")),
        # a warning of an act of retaliation
        ("Turkey warned of a firm response if Greece extends its waters.", ("TUR", "threatens", "GRC")),
        ("Iran threatened retaliation if the United States imposes new sanctions.", ("IRN", "threatens", "USA")),
        # a passive condition: its agent is the one it is put to
        ("Britain said it would retaliate if British ships are seized by Iran.", ("GBR", "threatens", "IRN")),
        # a lexicon act under a condition, with no target of its own
        ("Morocco said it would impose sanctions unless Algeria reopens the border.", ("MAR", "threatens", "DZA")),
    ],
)
def test_the_party_of_the_condition_is_threatened(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would sign the deal if Peru agrees.",  # a conditional offer
        "Japan said it would respond positively if South Korea makes an offer.",  # no forceful manner
        "Kenya said it would retaliate.",  # no condition
        "Brazil will take countermeasures if the prices fall.",  # no actor in the condition
        "Serbia retaliated after Kosovo banned its goods.",  # done, not promised under a condition
        "Chile warned of a sharp rise in prices if Peru closes the border.",  # a warning of no act of retaliation
        "The United States would respond forcefully if its troops were attacked.",  # no other party in the condition
    ],
)
def test_no_threat_without_a_hostile_act_under_an_actor_s_condition(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "threatens"], _countries(run(text))


def test_an_inverted_should_is_a_condition_not_a_demand(run: Run) -> None:
    found = _countries(run("Pakistan warned it could respond militarily should India cross the line."))
    assert ("PAK", "demands", "IND") not in found
