"""A person of two nationalities written with a hyphen ("a French-Iranian academic", "a British-Iranian dual
national"): the person stands for each country, so a state acting on its own dual national acts on the other
country's national (kg/extract/_arguments.py _hyphened_nationals). A hyphen on a border or an act ("the
Russian-Ukrainian border", "US-Israeli strikes") names a line or two sides, not one person's nationalities."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt jailed a Canadian-Egyptian blogger.", ("EGY", "coerces", "CAN")),
        ("Vietnam detained an American-Vietnamese activist.", ("VNM", "coerces", "USA")),
        ("Iran hanged a Swedish-Iranian dual national.", ("IRN", "attacks", "SWE")),
        ("Russia arrested a German-Russian journalist.", ("RUS", "coerces", "DEU")),
    ],
)
def test_a_dual_national_stands_for_the_other_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_a_hyphen_on_a_border_names_no_second_target(run: Run) -> None:
    triples = country_triples(run("Belarus massed troops on the Russian-Ukrainian border."))
    assert ("BLR", "mobilizes", "RUS") not in triples


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian-Egyptian blogger spoke in Cairo.",  # nobody acts on the person
        "Egypt jailed an Egyptian blogger.",  # one nationality, the acting state's own
    ],
)
def test_no_foreign_state_no_statement(run: Run, text: str) -> None:
    assert not country_triples(run(text))
