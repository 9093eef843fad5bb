"""Raising the alert (CAMEO 152, MOBILIZE) said through a measure noun: "raised its alert level", "the level of alert"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea raised its alert level along the border with North Korea.", ("South Korea", "mobilizes", "North Korea")),
        ("Taiwan raised the level of alert near the border with China.", ("Taiwan", "mobilizes", "China")),
        ("Vietnam heightened its state of readiness near the border with China.", ("Vietnam", "mobilizes", "China")),
        ("India raised its alert near the border with Pakistan.", ("India", "mobilizes", "Pakistan")),
        # measures of other things
        ("The airline raised its fare level near the border with Pakistan.", None),
        ("Chile raised the state of its roads near the border with Peru.", None),
    ],
)
def test_raising_the_alert_level(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)
