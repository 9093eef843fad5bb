"""Protest acts without a protest verb (CAMEO 141, PLOVER PROTEST), and crowds counted without a group.

Burning or defiling another state's emblems ("burned Y flags", "effigies of Y's president") and voicing slogans
against it ("chanted slogans against Y", "shouted anti-Y slogans") are protests against that state. A subject that
only counts a crowd ("Thousands marched in X against Y", "Crowds in X ...", "hundreds of people rallied ...") is a
crowd of protesters of the country the protest is held in, as "protesters" there are; a protest of its own
government by a crowd states nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples, events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands marched in Caracas against Colombia's decision.", ("VEN", "protests", "COL")),
        ("Crowds in Islamabad burned Indian flags.", ("PAK", "protests", "IND")),
        ("Hundreds of people rallied in Athens against Turkey.", ("GRC", "protests", "TUR")),
        ("Demonstrators in Kyiv shouted anti-Russian slogans.", ("UKR", "protests", "RUS")),
        ("Students in Beirut chanted slogans against Israel.", ("LBN", "protests", "ISR")),
        ("Protesters in Baghdad tore up portraits of the Iranian president.", ("IRQ", "protests", "IRN")),
    ],
)
def test_protest_acts(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in Madrid against the Spanish government.",
        "Crowds waved flags in Rome to greet the team.",
        "The soldiers burned the old documents.",
        "Thousands gathered in Nairobi for the marathon.",
        "Fans burned flares during the match in Buenos Aires.",
    ],
)
def test_no_protest(run: Run, text: str) -> None:
    expect(events(run(text)), None)
