"""Talking by telephone or video is a consultation (issue 16, CAMEO 041 "discuss by telephone").

"X's president telephoned Y's president", "held a telephone conversation with Y", "had a video conference with Y".
The device ("by telephone", "telephone lines") is no call. All sentences are invented for these tests.
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
        ("The Sultan of Oman telephoned the Egyptian president on Monday.", ("OMN", "meetsWith", "EGY")),
        ("Peru's president telephoned his Colombian counterpart.", ("PER", "meetsWith", "COL")),
        ("Poland's prime minister held a telephone conversation with Lithuania's president.", ("POL", "meetsWith", "LTU")),
        ("Ghana's foreign minister had a phone conversation with her Nigerian counterpart.", ("GHA", "meetsWith", "NGA")),
        ("Austria's chancellor held a video conference with the Slovak prime minister.", ("AUT", "meetsWith", "SVK")),
    ],
)
def test_a_call_is_a_consultation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found or (expected[2], expected[1], expected[0]) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya repaired the telephone lines to Uganda.",
        "The embassy telephoned the families of the victims.",
    ],
)
def test_the_device_and_private_calls_are_no_consultation(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "meetsWith"]
