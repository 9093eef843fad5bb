"""The second of two titled names joined by "and" after a country's adjective or possessive is that country's too
(kg/_titles.py, ``_coordinated_title``): "Y-ian President A and Prime Minister B". All sentences and names are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective and a possessive; a head of government and a minister
        ("He met Peruvian President Ana Torres and Prime Minister Luis Vela in Lima.", ("Luis Vela", "leaderOf", "Peru")),
        ("She met Peru's President Ana Torres and Foreign Minister Luis Vela in Lima.", ("Luis Vela", "officialOf", "Peru")),
        ("Chilean President Ana Soto and Prime Minister Tomas Reyes visited Quito.", ("Tomas Reyes", "leaderOf", "Chile")),
    ],
)
def test_the_second_titled_name_shares_the_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_a_country_named_after_the_second_title_wins(run: Run) -> None:
    # distractor: the second title names its own country
    found = triples(run("Peruvian President Ana Torres and Prime Minister Luis Vela of Chile met in Lima."))
    assert ("Luis Vela", "leaderOf", "Chile") in found and ("Luis Vela", "leaderOf", "Peru") not in found, found
