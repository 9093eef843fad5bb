"""A third party that hosts, arranges or organises a meeting, summit or conference between two others mediates
(CAMEO 045; PETRARCH2 "HOST * TALKS (BETWEEN)", ARRANGE, ORGANISE).

"X hosted talks between Y and Z" was read; "X hosted a meeting / arranged a summit between Y and Z" gave only the
sides' meeting. The host mediates only when two sides are named apart from it: "X hosted a meeting with Y" is X's own
meeting, "X hosted the summit" names no sides.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _mediated(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "mediates"}


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Qatar hosted a meeting between Israel and Hamas.", "QAT", {"ISR", "PSE"}),
        ("Switzerland arranged a meeting between Armenia and Azerbaijan.", "CHE", {"ARM", "AZE"}),
        ("Kenya organised a summit between Ethiopia and Eritrea.", "KEN", {"ETH", "ERI"}),
        ("Egypt offered to host a summit between Sudan and South Sudan.", "EGY", {"SDN", "SSD"}),
    ],
)
def test_the_host_of_a_meeting_between_two_mediates(run: Run, text: str, host: str, sides: set[str]) -> None:
    found = _mediated(run(text))
    assert {(host, side) for side in sides} <= found, found


@pytest.mark.parametrize(
    "text",
    ["Qatar hosted a meeting with Israel.", "France hosted the summit.", "Egypt arranged a meeting with Sudan's army chief."],
)
def test_no_two_sides_is_no_mediation(run: Run, text: str) -> None:
    assert not _mediated(run(text))
