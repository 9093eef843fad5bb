"""Throwing one's weight or support behind another (issue 16, session 22; PETRARCH2 "HURL * SUPPORT (BEHIND)",
"HURL * WEIGHT (BEHIND)", CAMEO 051, with throw, cast, put; rally behind, get behind).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany threw its weight behind Poland's bid to host the summit.", ("DEU", "supports", "POL")),
        ("Senegal put its weight behind Gambia's candidate for the post.", ("SEN", "supports", "GMB")),
        ("Chile rallied behind Peru after the earthquake.", ("CHL", "supports", "PER")),
        ("Canada got behind Mexico's proposal on migration.", ("CAN", "supports", "MEX")),
    ],
)
def test_weight_put_behind_another_is_support(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    ["The two presidents put the border dispute behind them.", "Police put three smugglers behind bars.", "The ball was thrown behind the goal."],
)
def test_things_put_behind_no_one_are_no_support(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "supports"]
