"""Headlines (kg/extract/_context.py, kg/extract/patterns.py): the pair a headline names, and no event counted twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]

#: A body where a third country is named most: only the headline says which two the article is about.
BODY = "Bolivia was not invited. Bolivia has long sought access to the sea. Bolivian officials said Bolivia would watch closely. Both sides agreed to expand trade."


@pytest.mark.parametrize(
    "headline",
    [
        "Chile-Peru talks open in Lima",  # "X-Y talks"
        "Chile, Peru sign fisheries pact",  # "X, Y sign pact"
        "Chilean protest over Peruvian fishing fleet",  # "X protest over Y"
    ],
)
def test_headline_names_the_articles_pair(run: Run, headline: str) -> None:
    found = {t for t in triples(run(f"{headline}\n\n{BODY}")) if t[1] == "tradesWith"}
    assert found and all({s, o} == {"Chile", "Peru"} for s, _, o in found), found


def test_headline_with_three_countries_names_no_pair(run: Run) -> None:
    found = {t for t in triples(run(f"Chile, Peru and Ecuador hold talks\n\n{BODY}")) if t[1] == "tradesWith"}
    assert not [t for t in found if "Bolivia" not in t and {t[0], t[2]} == {"Chile", "Peru"}], found


@pytest.mark.parametrize(
    "text",
    [
        "Chile expels Peruvian envoy\n\nChile expelled the Peruvian ambassador on Monday.",
        "Chile condemns Peru over fishing raid\n\nChile on Tuesday condemned Peru over a raid on its fishing fleet.",
        "Chile and Peru sign fisheries accord\n\nChile signed a fisheries accord with Peru on Friday.",
    ],
)
def test_headline_event_the_body_restates_is_counted_once(run: Run, text: str) -> None:
    result = run(text)
    events = [s for s in result.statements if s.predicate.category != "STRUCTURAL"]
    headline_end = text.index("\n")
    assert events, "the body's event is read"
    assert all(s.evidence.start > headline_end for s in events), [(s.predicate.name, s.evidence.text) for s in events]


def test_headline_event_alone_is_kept(run: Run) -> None:
    # the body does not say it again: the headline is the only evidence
    result = run("Chile expels Peruvian envoy\n\nThe foreign ministry gave no reason on Monday.")
    assert [s.predicate.name for s in result.statements if s.predicate.category != "STRUCTURAL"] == ["sanctions"]
