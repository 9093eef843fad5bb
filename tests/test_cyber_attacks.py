"""Attacks on computers and networks (PETRARCH2 HACK * COMPUTER / NETWORK / WEBSITE, CAMEO 176, COERCE), by verb and
by noun: "X hacked the email accounts of Y's lawmakers", "hacked into Y's ministry", "a cyberattack on Y's power grid",
"the cyber attack by X on Y's banks". Hacking by no state ("a teenager hacked his school's website") is nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _coerced(result: ArticleResult) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.country or s.object.label) for s in result.statements if s.predicate.name == "coerces"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran hacked the email accounts of Israeli ministers.", ("Iran", "ISR")),
        ("Vietnam hacked into the computer networks of Cambodia's foreign ministry.", ("Vietnam", "KHM")),
        ("Russia launched a cyberattack on Moldova's electoral commission.", ("Russia", "MDA")),
        ("The cyber attack by Belarus on Polish railways disrupted trains.", ("Belarus", "POL")),
    ],
)
def test_hacking_a_states_systems_coerces_it(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _coerced(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "A teenager hacked his school's website.",
        "The hacking of the football club's servers was reported.",
    ],
)
def test_hacking_by_no_state_is_nothing(run: Run, text: str) -> None:
    assert not run(text).statements
