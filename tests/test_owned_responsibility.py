"""Responsibility accepted, admitted or denied for an act (issue 16, helper topic12; after seize11's claimed attacks).

"X admitted (accepted, acknowledged, took) responsibility for the strike on Y" reads as "X claimed the strike on Y"
does: X attacks Y, attributed to X, whose word it is. "X denied (rejected) responsibility for the strike on Y" is
the claim denied: negated, as "X did not claim the strike" is (``disowning`` of ``kg/data/event_doers.yaml``,
PETRARCH2 "REFUSE * RESPONSIBILITY", CAMEO 016). Owned or disowned, the responsibility itself is nothing agreed to
or rejected: no ``agreesTo`` and no ``rejects`` with "responsibility for ..." as the object
(``kg.extract._context.owns_responsibility``).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _statements(result: ArticleResult) -> set[tuple[str, str, str, str, str | None]]:
    return {
        (s.subject.label, s.predicate.name, s.object.label, s.modality.value, s.attributed_to.label if s.attributed_to else None)
        for s in result.statements
    }


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # admitted, "on" the target's post
        ("Azerbaijan admitted responsibility for the strike on an Armenian checkpoint.", "Azerbaijan", "Armenia"),
        # acknowledged, the target in the act's "of" patient
        ("Pakistan acknowledged responsibility for the shelling of Indian border posts.", "Pakistan", "India"),
        # accepted, a possessive of time before the act
        ("Eritrea accepted responsibility for Monday's raid on Ethiopian troops.", "Eritrea", "Ethiopian troops"),
    ],
)
def test_responsibility_owned_is_the_act_of_its_owner(run: Run, text: str, doer: str, target: str) -> None:
    found = _statements(run(text))
    assert (doer, "attacks", target, "asserted", doer) in found, found
    assert not [s for s in found if s[1] == "agreesTo"], found


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("India denied responsibility for the shelling of Pakistani villages.", "India", "Pakistan"),
        ("Iran rejected responsibility for the attack on the Saudi tanker.", "Iran", "Saudi Arabia"),
    ],
)
def test_responsibility_denied_is_the_act_negated(run: Run, text: str, doer: str, target: str) -> None:
    found = _statements(run(text))
    assert (doer, "attacks", target, "negated", doer) in found, found
    assert not [s for s in found if s[1] == "rejects"], found


@pytest.mark.parametrize(
    "text",
    [
        # no foreign target: nothing, not "agrees to responsibility for the shelling"
        "Mali accepted responsibility for the shelling of the village.",
        "The minister accepted responsibility for the delays.",
        "The airline admitted responsibility for the crash.",
        "Ecuador accepted responsibility for the collapse of the talks.",
        "Kenya took credit for the peace deal.",
    ],
)
def test_responsibility_for_no_act_on_another_says_nothing(run: Run, text: str) -> None:
    assert not _statements(run(text))
