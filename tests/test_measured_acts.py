"""Acts counted by a measure noun, or carried by a package, keep their doer and target (issue 16): "X imposed a
fresh round of sanctions on Y", "launched a wave of air strikes on Y", "X adopted its 14th package of sanctions
against Y" (the measure or the package is the light verb's object, the act and its target inside its "of" phrase).
Listing another's firms or officials on a blacklist is a sanction (CAMEO 163).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed a fresh round of sanctions on Belarus.", ("Canada", "sanctions", "Belarus")),
        ("Australia announced a new set of sanctions against Myanmar.", ("Australia", "sanctions", "Myanmar")),
        ("Turkey launched a wave of air strikes on Syria.", ("Türkiye", "attacks", "Syria")),
        ("The EU adopted its twelfth package of sanctions against Iran.", ("European Union", "sanctions", "Iran")),
    ],
)
def test_a_measured_or_carried_act_keeps_its_sides(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The second round of the Chilean election was held on Sunday.",
        "A wave of heat swept Spain.",
    ],
)
def test_a_measure_of_no_act_is_nothing(run: Run, text: str) -> None:
    assert not run(text).statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington added 12 Chinese companies to its trade blacklist.", ("United States", "sanctions", "Chinese companies")),
        ("The EU placed Belarusian officials on a blacklist.", ("European Union", "sanctions", "Belarusian officials")),
    ],
)
def test_listing_on_a_blacklist_is_a_sanction(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """PETRARCH2 BLACKLIST, CAMEO 163: only a blacklist ("added Peru to its list of destinations" is nothing)."""
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert expected in found, found


def test_a_list_that_is_no_blacklist_is_nothing(run: Run) -> None:
    assert not run("The club added Peru to its list of destinations.").statements
