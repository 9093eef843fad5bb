"""Talks held in the passive name their sides in their noun; speaking by telephone is consultation (CAMEO 041).

"Negotiations between X and Y were held in Z" gave nothing: the verb + object trigger "hold talks", which relates
its subjects to each other, decided over the noun, and a passive without an agent has no subject. Only a verb with a
subject or an agent decides so now; otherwise the noun's "between" names the sides. "The leaders of X and Y spoke
by phone", "X's prime minister spoke by telephone with Y's president": X meets with Y.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Negotiations between Bolivia and Paraguay were held in Asuncion.", "BOL", "PRY"),
        ("Talks between Laos and Cambodia were held last week.", "LAO", "KHM"),
        ("The presidents of Ghana and Nigeria spoke by phone on Sunday.", "GHA", "NGA"),
        ("The Danish prime minister spoke by telephone with the Icelandic president.", "DNK", "ISL"),
        ("Austria and Hungary held talks in Vienna.", "AUT", "HUN"),  # the active shape still pairs its subjects
    ],
)
def test_held_talks_and_phone_calls(run: Run, text: str, a: str, b: str) -> None:
    found = country_triples(run(text))
    assert (a, "meetsWith", b) in found or (b, "meetsWith", a) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Consultations were held in Geneva.",
        "The president spoke by phone to reporters.",
    ],
)
def test_no_sides_no_meeting(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "meetsWith"]
