"""A "pro-Y" adjective says what a group is for, not whose it is (kg.resolve._against, as for "anti-Y"): "pro-Palestinian
demonstrators in London" are Britain's, "pro-Russian separatists" are no Russian forces (PETRARCH2 and PLOVER code such
groups by where they are, not by the side they favour)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of pro-Palestinian demonstrators marched in Madrid against Israel.", ("ESP", "protests", "ISR")),
        ("Pro-Russian protesters in Georgia rallied against the EU.", ("GEO", "protests", None)),
        ("Pro-Ukrainian protesters in Berlin rallied against Russia on Sunday.", ("DEU", "protests", "RUS")),
    ],
)
def test_a_crowd_for_a_side_is_of_where_it_protests(run: Run, text: str, expected: tuple[str, str, str | None]) -> None:
    found = country_triples(run(text))
    assert any(s == expected[0] and p == expected[1] and (expected[2] is None or o == expected[2]) for s, p, o in found), found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Pro-Russian separatists shelled Ukrainian positions near Donetsk.", "RUS"),
        ("Pro-Iranian militias attacked a US base in Syria.", "IRN"),
        ("Pro-Chinese hackers attacked Taiwanese government websites.", "CHN"),
    ],
)
def test_a_group_for_a_side_does_not_act_for_it(run: Run, text: str, side: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[0] == side], run(text).statements
