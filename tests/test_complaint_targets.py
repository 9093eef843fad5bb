"""The target of a complaint over its addressee (issue 16): "filed a complaint with the Council against Y" is a
complaint against Y, made to the Council.

The "with" or "to" party of a complaint (or of "complained", "protested") is its addressee once another target is
named by "against", "about" or "over" (the actor itself, or the owner of the act complained of), wherever the parse
hangs that phrase: on the complaint, on its light verb or on the addressee. Alone, the "with" party stays the
target ("lodged a complaint with Y"). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected", "addressee"),
    [
        # "against Y" hung on the addressee
        ("Somalia lodged a complaint with the African Union against Kenya.", ("Somalia", "criticizes", "Kenya"), "African Union"),
        # "about Y" hung on the light verb
        ("Moldova filed a complaint with the Council of Europe about Russia.", ("Moldova", "criticizes", "Russia"), "Council of Europe"),
        # the owner of the act complained of
        ("Lithuania lodged a complaint with the WTO over China's trade curbs.", ("Lithuania", "criticizes", "China"), "World Trade Organization"),
        # a verb of complaining with its "to" addressee
        ("Sudan complained to the Arab League about Egypt.", ("Sudan", "criticizes", "Egypt"), "Arab League"),
    ],
)
def test_the_target_is_not_the_addressee(run: Run, text: str, expected: tuple[str, str, str], addressee: str) -> None:
    found = _triples(run(text))
    assert expected in found
    assert (expected[0], expected[1], addressee) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nicaragua lodged a complaint with Honduras.", ("Nicaragua", "criticizes", "Honduras")),
        ("Peru filed a complaint with the WTO.", ("Peru", "criticizes", "World Trade Organization")),
        ("Benin lodged a complaint with Nigeria over the weekend.", ("Benin", "criticizes", "Nigeria")),  # "over" names no actor
    ],
)
def test_the_only_party_stays_the_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))
