"""Conditional threats of any act a threat verb announces, and of a response vowed or consequences warned of (CAMEO 13).

"X threatened to cut electricity to Y if Z ...", "X threatened to leave the talks unless Y ..." (the parse may hang the
condition on the act threatened), "X vowed a resolute response if Y ...", "X warned of serious consequences if Y ...":
X threatens the party the condition names. A promise of help under a condition is no threat, nor a response vowed to
an event with no party.
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
        ("Bolivia threatened to leave the trade talks unless Peru lifts the tariffs.", ("BOL", "threatens", "PER")),
        ("Algeria vowed a firm response if Morocco moves troops to the border.", ("DZA", "threatens", "MAR")),
        ("Armenia warned of serious consequences if Azerbaijan blocks the corridor.", ("ARM", "threatens", "AZE")),
        ("Qatar threatened to halt gas shipments if Egypt raises the fees.", ("QAT", "threatens", "EGY")),
    ],
)
def test_announced_threat(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil promised more aid if Bolivia asks for it.",
        "The minister vowed a swift response to the floods.",
        "The coach threatened to resign if the club sells its striker.",
    ],
)
def test_no_threat(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "threatens"]
