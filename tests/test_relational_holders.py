"""A relational noun owned by one country is said of another: "X is Y's closest ally", "X, Y's ally, ...", "Y's
allies, including X", "allies of Y such as X", "X is Y's largest trading partner".

The owner of "ally" or "trading partner" (a possessive or an "of" phrase) is one side; the other is the one the
noun is said of: the subject of "is", the noun an apposition names, or the members listed after "including" or
"such as". An ally named alone ("Y's allies condemned the vote") relates no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _pairs(result: ArticleResult, predicate: str) -> set[frozenset[str | None]]:
    return {frozenset((s.subject.country, s.object.country)) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "predicate", "pairs"),
    [
        ("Serbia is Russia's closest ally in Europe.", "strategicPartnerOf", [("SRB", "RUS")]),  # subject of "is"
        ("Armenia, Iran's closest ally, asked for help.", "strategicPartnerOf", [("ARM", "IRN")]),  # apposition
        ("Nepal, India's neighbour and ally, protested.", "strategicPartnerOf", [("NPL", "IND")]),  # coordinated nouns
        ("Moscow's allies, including Belarus and Kazakhstan, backed the plan.", "strategicPartnerOf", [("BLR", "RUS"), ("KAZ", "RUS")]),
        ("Allies of France such as Senegal sent troops.", "strategicPartnerOf", [("SEN", "FRA")]),  # "such as"
        ("Laos is one of Vietnam's oldest allies.", "strategicPartnerOf", [("LAO", "VNM")]),  # a partitive
        ("Brazil is Argentina's largest trading partner.", "tradesWith", [("BRA", "ARG")]),
        ("Kenya is a key trading partner of Uganda.", "tradesWith", [("KEN", "UGA")]),
    ],
)
def test_a_relational_noun_relates_its_owner_and_its_holder(run: Run, text: str, predicate: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(run(text), predicate)
    assert {frozenset(p) for p in pairs} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia's allies condemned the vote.",  # no holder named
        "The senator is Britain's ally in the trade talks.",  # a person, no state
    ],
)
def test_an_ally_named_alone_relates_no_one(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "strategicPartnerOf"]
