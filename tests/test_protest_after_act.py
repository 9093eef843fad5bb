"""A protest or complaint with no target of its own answers the act it follows (issue 16, PLOVER PROTEST/ACCUSE).

"X lodged a protest after Y's official visited the islands" and "X protested when Y's jets flew over its
islands" gave nothing: the protest names no target, and the act it answers is in a clause of time ("after",
"when", "as"). The doer of that act (the clause's subject, or a passive's "by" agent) is now the target, as the
doer of a hostile act already was for a show of force (``_constructions._provoked_by``). Here any act counts,
since a protest says the act was unwelcome. A protest with a target of its own keeps it; a clause with no
actor, or with the protester's own people as the doers, gives nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> list[tuple[str, str, str | None]]:
    return [(s.subject.label, s.predicate.name, s.object.country) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb's noun, "after", the doer an official of the other country
        ("Lithuania lodged a formal protest after a Belarusian minister visited the border zone.", ("Lithuania", "protests", "BLR")),
        # a bare verb, "when" (parsed as an adverb), the doer a force of the other country
        ("Cyprus protested when Turkish drones flew over its territory.", ("Cyprus", "protests", "TUR")),
        # "as", the doer a country named bare
        ("Guyana protested as Venezuela moved troops to the border.", ("Guyana", "protests", "VEN")),
        # a complaint, the act a passive with its "by" agent
        ("Senegal complained after Senegalese fishermen were arrested by the Mauritanian coast guard.", ("Senegal", "criticizes", "MRT")),
    ],
)
def test_a_protest_answers_the_act_it_follows(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = _said(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Cuba protested after the hurricane hit its coast.",  # no actor did the act
        "Fiji protested after Fijian students were expelled from the games.",  # the doer is not named
        "Morocco celebrated after its team beat Spain.",  # no protest
    ],
)
def test_no_actor_no_target(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.category in ("PROTEST", "ACCUSE")], _said(result)


def test_a_protest_with_its_own_target_keeps_it(run: Run) -> None:
    said = _said(run("Peru protested to Chile after Bolivian officials visited the border."))
    assert ("Peru", "protests", "CHL") in said and ("Peru", "protests", "BOL") not in said, said
