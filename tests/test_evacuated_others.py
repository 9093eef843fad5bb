"""Evacuating people is a withdrawal from where they are only when they are the evacuator's own.

"Egypt evacuated its citizens from Sudan" pulls Egypt's people out of Sudan (087), but "Poland evacuated Ukrainian
refugees from the border town" gave Poland withdrawsFrom the refugees: what a verb of taking out moves (its direct
object) is never what is left, and another country's people taken to safety are no retreat of the one who moves them.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _withdrawals(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "withdrawsFrom"}


@pytest.mark.parametrize(
    "text",
    [
        "Poland evacuated Ukrainian refugees from the border town.",
        "Turkey evacuated Syrian civilians from the border area.",
        "Italy evacuated Libyan students from Tripoli.",
    ],
)
def test_anothers_people_evacuated_are_no_retreat(run: Run, text: str) -> None:
    assert not _withdrawals(run(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt evacuated its citizens from Sudan.", ("EGY", "SDN")),
        ("Russia withdrew its troops from Georgia.", ("RUS", "GEO")),
        ("France pulled its soldiers out of Niger.", ("FRA", "NER")),
        # the parse may read "troops from Y" as Y's troops; "its" says whose they are
        ("Chile has withdrawn its troops from Bolivia (a first since 1990).", ("CHL", "BOL")),
    ],
)
def test_ones_own_people_or_forces_taken_out_withdraw(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _withdrawals(run(text))
