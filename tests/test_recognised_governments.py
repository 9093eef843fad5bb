"""Recognising a state or a government named by its demonym (CAMEO 054 "grant diplomatic recognition"): "recognised
the Palestinian state", "recognised the new Syrian government". The noun "state" names a state's government
(kg/data/sectors.tsv), and the recognising verbs also hold for such an actor as their object (kg/data/lexicon.yaml,
supports 054 with object_type SectorActor). Refused, it is a rejection, as for a country named."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named by its demonym, future
        ("Slovenia will recognise a Palestinian state next month.", ("SVN", "supports", "PSE")),
        # a government named by its demonym, past, with an adjective
        ("Jordan recognised the new Libyan government on Monday.", ("JOR", "supports", "LBY")),
        # a titled official as the doer, present perfect
        ("Kazakhstan's foreign minister has formally recognized the Afghan government.", ("KAZ", "supports", "AFG")),
        # a refusal is a rejection
        ("Colombia refused to recognise the Venezuelan government.", ("COL", "rejects", "VEN")),
    ],
)
def test_recognising_a_state_or_government_named_by_its_demonym(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a court recognises a standing, not a state
        "The court recognised the Palestinian state's standing in the case.",
        # people recognised for their work
        "The Olympic committee recognised Kenyan athletes for their fair play.",
        # "state" as a province, no recognition
        "Floods hit the Indian state of Assam on Tuesday.",
    ],
)
def test_other_recognitions_state_nothing(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("supports", "rejects")]
