"""Going to war is a fight, not a journey (issue 16, helper topic12).

"X and Y went to war over Z", "X went to war with Y", "X went to war against Y": the two sides fight (PETRARCH2 "GO *
WAR", CAMEO 190, with its "to": the ``fightsWith`` entry "go to war|battle|warfare|arms" of ``kg/data/lexicon.yaml``),
not the visit of PETRARCH2's "GO * TO" (CAMEO 042), which matched first and gave a meetsWith of the two. A journey
to a place or an event stays a visit.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # coordinated subjects, the matter after "over"
        ("Bolivia and Paraguay went to war over the Chaco.", {"Bolivia", "Paraguay"}),
        # the other side after "with", a date after it
        ("Peru went to war with Ecuador in 1941.", {"Peru", "Ecuador"}),
        # the other side after "against"
        ("Chad went to war against Libya.", {"Chad", "Libya"}),
    ],
)
def test_going_to_war_is_a_fight_of_the_two(run: Run, text: str, sides: set[str]) -> None:
    found = _triples(run(text))
    assert [t for t in found if t[1] == "fightsWith" and {t[0], t[2]} == sides], found
    assert not [t for t in found if t[1] == "meetsWith"], found


def test_a_journey_stays_a_visit(run: Run) -> None:
    assert ("Peru", "meetsWith", "Ecuador") in _triples(run("The Peruvian minister went to Ecuador for talks."))


@pytest.mark.parametrize("text", ["The two companies went to war over the patent.", "Bolivia went to the war memorial in Paraguay."])
def test_no_fight_without_two_states(run: Run, text: str) -> None:
    assert not [t for t in _triples(run(text)) if t[1] == "fightsWith"]
