"""A noun of a state's people in office with coordinated country adjectives stands for each country (issue 16):
"met the Norlandic and Sudian leaders", "the Norlandic and Sudian foreign ministers visited Y", as "Norlandic and
Sudian troops" stands for each country's force. Nouns of no state ("Turkish and UK organisations", "Japanese and
Korean fans") stay out.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _pairs(result: ArticleResult, predicate: str) -> set[frozenset[str]]:
    return {frozenset((s.subject.label, s.object.label)) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "predicate", "pairs"),
    [
        ("Turkey's president held separate talks with the Serbian and Croatian leaders.", "meetsWith", [{"Türkiye", "Serbia"}, {"Türkiye", "Croatia"}]),
        ("The Danish and Swedish foreign ministers visited Tallinn.", "visits", [{"Denmark", "Estonia"}, {"Sweden", "Estonia"}]),
        ("Chile's president met the Peruvian and Bolivian ministers in Arica.", "meetsWith", [{"Chile", "Peru"}, {"Chile", "Bolivia"}]),
    ],
)
def test_each_country_of_a_coordinated_state_noun_takes_part(run: Run, text: str, predicate: str, pairs: list[set[str]]) -> None:
    found = _pairs(run(text), predicate)
    for pair in pairs:
        assert frozenset(pair) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Japanese and Korean fans celebrated together in Doha.",
        "Local Turkish and British charities met in Ankara to discuss refugees.",
    ],
)
def test_nouns_of_no_state_stay_out(run: Run, text: str) -> None:
    assert not run(text).statements
