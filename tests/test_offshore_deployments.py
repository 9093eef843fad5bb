"""Forces sent or stationed off a state's coast are a show of force near it (CAMEO 15x), as "near Y" is.

"Y's warships were deployed off the coast of Z", "stationed a warship off the Z-ian coast", "deployed a carrier group
off Z" gave nothing: the state off whose coast (or off which) forces go is the object of the deployment; not the
doer's own coast, and no one else's act off a coast ("fishermen gathered off the coast of Z").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _shows(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "mobilizes"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran stationed a warship off the Bahraini coast.", ("IRN", "BHR")),
        ("Russia deployed warships off the coast of Norway.", ("RUS", "NOR")),
        ("The US deployed a carrier group off North Korea.", ("USA", "PRK")),
    ],
)
def test_forces_off_a_states_coast_are_a_show_of_force(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _shows(run(text))


@pytest.mark.parametrize("text", ["Japan stationed destroyers off its own coast.", "Fishermen gathered off the coast of Norway."])
def test_ones_own_coast_or_no_force_is_none(run: Run, text: str) -> None:
    assert not _shows(run(text))
