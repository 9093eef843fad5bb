"""A state ranked among the doers of an act did it: "X became the latest country to recognise Y", "X, the first Gulf
state to restore ties with Y,", "X was the only member to vote against Y". An infinitive on a noun is otherwise an aim
("a bid to end the dispute", "the right to board vessels"), and its act was not read; a state noun (``nouns`` of
``kg/data/state_kinds.yaml``) or "member" with a word of rank (first, latest, only...) says it was done, by whoever the
noun is said of (a linking verb's subject or the apposition's head).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malawi became the latest country to recognise Kosovo.", ("MWI", "supports", "XKX")),
        ("Bahrain, the first Gulf state to restore ties with Iraq, hosted the summit.", ("BHR", "diplomaticRelationsWith", "IRQ")),
        ("Peru was the only nation to condemn Venezuela.", ("PER", "criticizes", "VEN")),
        ("Ghana is the second African country to send troops to Haiti.", ("GHA", "mobilizes", "HTI")),
    ],
)
def test_ranked_state_did_the_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Malawi made a bid to recognise Kosovo.",
        "Peru has the right to condemn Venezuela.",
        "The first person to criticise Iran was a student.",
    ],
)
def test_aim_is_not_done(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in ("supports", "criticizes") and t[2] in ("XKX", "VEN", "IRN")], found
