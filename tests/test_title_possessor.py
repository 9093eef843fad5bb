"""A title owned by a country names that country's office-holder: "Buenos Aires' foreign minister" after "Canada's
foreign minister, Daniel Okafor" is Argentina's minister, not Okafor (the bare apostrophe of a name ending in s)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada's foreign minister, Daniel Okafor, hosted Buenos Aires' foreign minister.", ("Canada", "meetsWith", "Argentina")),
        ("Foreign Minister Daniel Okafor of Canada met Athens' foreign minister in Ottawa.", ("Canada", "meetsWith", "Greece")),
        ("Daniel Okafor, Canada's foreign minister, met Paris' foreign minister on Monday.", ("Canada", "meetsWith", "France")),
    ],
)
def test_a_title_owned_with_a_bare_apostrophe_is_that_countrys(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found or (expected[2], expected[1], expected[0]) in found or any(
        p == expected[1] and o == expected[2] for _, p, o in found
    ), found


def test_a_title_owned_by_no_country_names_no_country(run: Run) -> None:
    """"the rebels' foreign minister" is no country's: no meeting of Canada with anyone."""
    expect(events(run("Canada's foreign minister, Daniel Okafor, hosted the rebels' foreign minister.")), None)
