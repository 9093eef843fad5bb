"""A "by" agent the parse hangs on an actor named inside an act noun's phrase is the act noun's agent:
"the cutting of ties with Y by X" (an actor is no act and has no agent of its own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cutting of diplomatic ties with Athens by Poland came as no surprise.", ("Poland", "sanctions", "Greece")),
        ("The severing of ties with Chile by Peru was condemned.", ("Peru", "sanctions", "Chile")),
        ("Analysts expected the suspension of relations with Ghana by Togo.", ("Togo", "sanctions", "Ghana")),
    ],
)
def test_an_agent_hung_on_the_named_actor(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        "The talks with Athens by video link were useful.",  # "by" on no actor: a means
        "The cutting of ties with Athens came as no surprise.",  # no agent named
    ],
)
def test_no_agent_without_an_actor_after_by(run: Run, text: str) -> None:
    assert not any(s in ("Poland", "video link") for s, _, _ in events(run(text))), events(run(text))
