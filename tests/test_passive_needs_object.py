"""A verb trigger that needs a direct object ("helped Y", not "helped support a cause") has one in the passive:
its subject ("Y was helped by X")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile was helped by Peru after the floods.", ("Peru", "providesAidTo", "Chile")),
        ("The Russian government was helped after the earthquake by Saudi Arabia.", ("Saudi Arabia", "providesAidTo", "Russian government")),
        ("Chile has been helped to rebuild its ports by Japan.", ("Japan", "providesAidTo", "Chile")),
    ],
)
def test_the_passive_subject_is_the_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


def test_a_passive_helped_by_no_actor_is_nothing(run: Run) -> None:
    expect(events(run("The economy was helped by strong exports.")), None)
