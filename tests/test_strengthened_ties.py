"""Strengthening the ties between two states ("X deepened its ties with Y", "X and Y strengthened their relationship",
"X will step up cooperation with Y"): every verb of strengthening or widening with every name of the tie is
cooperation (kg/data/lexicon.yaml; CAMEO 05x/06x, PETRARCH2 "BOOST / DEEPEN * RELATION"). A tie's compound ("security
ties") no longer completes a mined verb + word ("deepen security": a raised alert). Ties with a firm, or one's own
defences, are no cooperation between states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


def _cooperate(triples: set[tuple[str | None, str, str | None]], a: str, b: str) -> bool:
    return (a, "cooperatesWith", b) in triples or (b, "cooperatesWith", a) in triples


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya strengthened its ties with Ethiopia on Friday.", ("KEN", "ETH")),
        ("Chile and Peru have deepened their security ties.", ("CHL", "PER")),
        ("Vietnam will expand its relationship with India.", ("VNM", "IND")),
        ("Ghana and Nigeria agreed to cement their friendship.", ("GHA", "NGA")),
        ("Poland is stepping up cooperation with Lithuania.", ("POL", "LTU")),
    ],
)
def test_strengthened_ties_are_cooperation(run: Run, text: str, pair: tuple[str, str]) -> None:
    triples = country_triples(run(text))
    assert _cooperate(triples, *pair), triples
    assert not any(p == "mobilizes" for _, p, _ in triples)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya strengthened its defences along the coast.",
        "The airline expanded its links with suppliers in Ethiopia.",
        "Chile deepened its ties to the mining company.",
    ],
)
def test_no_two_states_no_cooperation(run: Run, text: str) -> None:
    assert not any(p == "cooperatesWith" for _, p, _ in country_triples(run(text)))
