"""Mobilisation light verbs and their target (CAMEO 15, PLOVER MOBILIZE).

Calling up the reserves ("called up its reservists", "recalled reservists") is a show of force, as putting forces
on alert and declaring a mobilisation are. mobilizes is Actor -> Actor: the target comes from a border phrase
("along the border with Y") or, here, from a strain the act is set against ("amid tensions with Y", "during
the standoff with Y", "amid the dispute between X and Y" when X is the subject). Without a target nothing is stated.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia called up its reservists amid growing tensions with Russia.", ("Georgia", "mobilizes", "Russia")),
        ("Kyrgyzstan placed its border troops on full alert during the standoff with Tajikistan.", ("Kyrgyzstan", "mobilizes", "Tajikistan")),
        ("Chad declared a general mobilisation amid the crisis with Sudan.", ("Chad", "mobilizes", "Sudan")),
        ("Thailand raised the alert level of its navy amid the dispute with Cambodia.", ("Thailand", "mobilizes", "Cambodia")),
        ("Eritrea recalled thousands of reservists following clashes with Ethiopia.", ("Eritrea", "mobilizes", "Ethiopia")),
        ("Serbia mobilised troops amid the row between Serbia and Kosovo.", ("Serbia", "mobilizes", "Kosovo")),
        # no target, or no force
        ("Ecuador called up reservists.", None),
        ("Mali placed its troops on alert amid tensions between Niger and Benin.", None),
        ("The coach called up two reserves amid the row with Spain.", None),
        ("The hospital put its staff on alert during the heatwave.", None),
    ],
)
def test_mobilization_against_a_strain(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)
