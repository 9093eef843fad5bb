"""Blame laid on another, in a reported clause or by an idiom (issue 16, CAMEO 112).

"X said Y bore full responsibility for the crisis", "X said Y was to blame for ...", "X put the blame on Y" and
"X pointed the finger at Y" gave nothing, while "X blamed Y" and "X held Y responsible" were accusations. A
responsibility or a blame said to be borne by another is now an accusation (``_evaluative``), and the idioms of
laying blame are lexicon entries. One's own responsibility, or a duty rather than a fault, accuses no one.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _accused(result: ArticleResult) -> list[tuple[str, str]]:
    return [(s.subject.label, s.object.label) for s in result.statements if s.predicate.name == "accuses"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger said Chad bore full responsibility for the clashes.", ("Niger", "Chad")),  # reported, "bear"
        ("Kosovo said Serbia was to blame for the unrest.", ("Kosovo", "Serbia")),  # reported, "to blame"
        ("Guatemala put the blame on Mexico.", ("Guatemala", "Mexico")),  # an idiom with "on"
        ("Lebanon pointed the finger at Syria over the bombing.", ("Lebanon", "Syria")),  # an idiom with "at"
    ],
)
def test_blame_laid_on_another_is_an_accusation(run: Run, text: str, expected: tuple[str, str]) -> None:
    accused = _accused(run(text))
    assert expected in accused, accused


@pytest.mark.parametrize(
    "text",
    [
        "Sudan said it bore responsibility for the delays.",  # one's own responsibility
        "Kosovo made a point about Serbia's trade.",  # "point" is no act of blame
        "Lebanon said Syria had to take responsibility for its refugees.",  # a duty, not a fault
    ],
)
def test_no_blame_no_accusation(run: Run, text: str) -> None:
    accused = _accused(run(text))
    assert not accused, accused
