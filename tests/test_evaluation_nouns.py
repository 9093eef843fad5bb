"""Nouns of a failure, a fraud or an affront label an evaluation a criticism; nouns of an achievement label it praise.

"X called Y's vote a sham", "X described the deal with Y as a betrayal", "X regards Y as a rival" criticise Y (CAMEO
111); "X hailed its accord with Y as a breakthrough", "X called Y's reform a milestone" praise Y (051), as "a threat"
and "a partner" already did. A label on no actor's act evaluates no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania called Belarus's presidential vote a sham.", ("LTU", "criticizes", "BLR")),
        ("Ecuador described Colombia's decision as a betrayal.", ("ECU", "criticizes", "COL")),
        ("Vietnam regards China as a rival in the region.", ("VNM", "criticizes", "CHN")),
        ("Morocco labelled Algeria's proposal a farce.", ("MAR", "criticizes", "DZA")),
        ("Ghana hailed Togo's reform as a breakthrough.", ("GHA", "praises", "TGO")),
        ("Peru called Ecuador's ratification of the treaty a milestone.", ("PER", "praises", "ECU")),
    ],
)
def test_evaluation_nouns(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The coach called the match a disaster.",
        "Critics described the film as a farce.",
    ],
)
def test_an_evaluation_of_no_actors_act(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("criticizes", "praises")]
