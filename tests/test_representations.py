"""Representations lodged with or made to a state are a formal protest (CAMEO 140).

"X lodged stern representations with Y", "made solemn representations to Y" is the diplomatic idiom of a protest
(WordNet 3.0 representation n.10, "a statement of facts and reasons made in appealing or protesting"). Only with a
verb of lodging or making: a state's representation abroad is its mission ("downgraded its representation in Y" is a
cut in relations), and "proportional representation" is no act.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Beijing lodged stern representations with Washington over the arms sale.", ("CHN", "USA")),
        ("China made solemn representations to Japan over the visit.", ("CHN", "JPN")),
        ("Britain made representations to Iran about the detained sailors.", ("GBR", "IRN")),
    ],
)
def test_representations_lodged_are_a_protest(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(s.subject.country, s.object.country) for s in run(text).statements if s.predicate.name == "protests"}


@pytest.mark.parametrize(
    "text", ["The party won proportional representation in parliament.", "Kenya downgraded its representation in Somalia."]
)
def test_other_representations_are_no_protest(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "protests"]
