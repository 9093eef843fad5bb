"""A go-between (CAMEO 045 "mediate"; WordNet go-between n.1): carrying messages or proposals between two others
("X passed messages between Y and Z", "relayed proposals between Y and Z") or acting as an intermediary or go-between
for them mediates between them (kg/data/lexicon.yaml, third_party). A message passed to one side is the carrier's
own word; people who are no actors mediate nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "broker", "sides"),
    [
        ("Kuwait passed messages between Riyadh and Doha during the blockade.", "KWT", ("SAU", "QAT")),
        ("Turkey has relayed proposals between Moscow and Kyiv.", "TUR", ("RUS", "UKR")),
        ("Algeria acted as an intermediary between Mali and Niger.", "DZA", ("MLI", "NER")),
        ("Brazil served as a go-between for Venezuela and Guyana.", "BRA", ("VEN", "GUY")),
    ],
)
def test_a_go_between_mediates(run: Run, text: str, broker: str, sides: tuple[str, str]) -> None:
    triples = country_triples(run(text))
    for side in sides:
        assert (broker, "mediates", side) in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait passed a message to Qatar.",  # one side: its own word
        "The postman passed messages between neighbours.",  # no actors
        "Kuwait is an experienced intermediary.",  # no sides named
    ],
)
def test_no_two_sides_no_mediation(run: Run, text: str) -> None:
    assert not any(p == "mediates" for _, p, _ in country_triples(run(text)))
