"""Who acts for a state: a demonym's head noun (kg/data/actor_heads.tsv, kg.gazetteer.acts_for_state) and domestic pairs.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.gazetteer import acts_for_state
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("troop", True), ("minister", True), ("envoy", True), ("embassy", True), ("spokesman", True), ("police", True),
        ("striker", False), ("carmaker", False), ("fan", False), ("supplier", False), ("club", False), ("company", False),
        # PLOVER codes rebels, protesters, students and workers as their country's actors: no verdict here
        ("militant", None), ("rebel", None), ("protester", None), ("student", None), ("partner", None),
        ("drone", True), ("border", None), ("territory", None),
    ],
)
def test_head_noun_classes(noun: str, expected: bool | None) -> None:
    assert acts_for_state(noun) is expected


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean striker attacked the Bolivian defence in the second half.",  # a player, not Chile
        "Korean-born fans aside, Thai carmakers accused Vietnam of dumping.",  # firms
        "Ecuador was criticised by Peruvian footballers on Monday.",  # a "by" agent
        "The Ghanaian striker's attack on the Togolese champion came late.",  # the owner of an act
        "The Zambian coach's criticism of Malawi drew laughter.",  # a coach
    ],
)
def test_a_countrys_people_do_not_act_for_it(run: Run, text: str) -> None:
    assert _triples(run(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean embassy condemned Bolivia.", ("CHL", "criticizes", "BOL")),
        ("A Thai spokesman accused Vietnam of dumping.", ("THA", "accuses", "VNM")),
        ("Ecuador was criticised by Peruvian officials on Monday.", ("PER", "criticizes", "ECU")),
        ("Ghana detained two Togolese fishermen.", ("GHA", "coerces", "TGO")),  # people may be a state act's target
    ],
)
def test_state_organs_still_act_and_people_are_still_targets(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Malian army withdrew from the village after clashes with Malian rebels.",
        "Kenyan troops pulled out of the town on Sunday.",
        "The Peruvian government rejected the Peruvian unions' proposal.",
        "The French cabinet backed the French farmers' protest.",
    ],
)
def test_domestic_events_yield_nothing(run: Run, text: str) -> None:
    assert _triples(run(text)) == set()


def test_a_retreat_from_a_country_or_a_body_still_counts(run: Run) -> None:
    assert ("SDN", "withdrawsFrom", "TCD") in _triples(run("Sudanese troops withdrew from Chad."))
    assert any(s.predicate.name == "withdrawsFrom" for s in run("Hungary withdrew from the International Criminal Court.").statements)
