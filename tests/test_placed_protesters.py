"""Protesters of no named country protest as a group of the country their protest is held in
(``_constructions._protest_countries``), as "anti-Y protests erupted in X" already do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _protests(result: ArticleResult) -> set[tuple[str | None, str]]:
    """(the protesters' country, the target's label) of each protest."""
    return {(s.subject.country, s.object.label) for s in result.statements if s.predicate.name == "protests"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters rallied outside the Chinese embassy in Manila.", ("PHL", "China")),
        ("Hundreds of protesters rallied outside the Turkish consulate in Athens.", ("GRC", "Türkiye")),
        ("Protesters rallied in Hanoi outside the Chinese embassy.", ("VNM", "China")),
        ("Demonstrators marched to the Russian embassy in Tbilisi.", ("GEO", "Russia")),
    ],
)
def test_protesters_take_the_country_their_protest_is_held_in(run: Run, text: str, expected: tuple[str, str]) -> None:
    assert expected in _protests(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rallied outside the Chinese embassy.",  # held nowhere named: no country to give them
        "Protesters rallied outside the city hall in Manila.",  # no foreign target
        "Protesters rallied in Manila and in Hanoi outside the Chinese embassies.",  # two places: abstain
    ],
)
def test_no_protester_country_without_one_place(run: Run, text: str) -> None:
    assert not [p for p in _protests(run(text)) if p[0] is not None]
