"""Telephone calls (CAMEO 041 "discuss by telephone"; WordNet call n.1 "a telephone connection", call v.3 "get or try
to get into communication by telephone"): the noun "call" with a partner ("held a call with Y", "a call between X and
Y"; kg/data/lexicon.yaml, after the demands so that a call "for" something stays a demand) and "call" with a leader
or counterpart as its object ("called his Y counterpart"). A verb that names its object something ("called his
counterpart a liar": kg/extract/patterns.py, the naming guard) calls no one on the telephone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "held a call with" a titled official
        ("The Omani sultan held a call with the Egyptian president on Thursday.", ("OMN", "meetsWith", "EGY")),
        # "had a call with his counterpart", present perfect
        ("Greece's foreign minister has had a call with his Cypriot counterpart.", ("GRC", "meetsWith", "CYP")),
        # the noun with "between" as subject
        ("A call between Ghana's and Togo's presidents eased the tension.", ("GHA", "meetsWith", "TGO")),
        # the noun in a fronted adjunct
        ("During a call with Vietnam's leader, the Laotian president discussed the dam.", ("LAO", "meetsWith", "VNM")),
        # the verb with a counterpart object and a purpose clause
        ("The Kenyan president called his Tanzanian counterpart to discuss the border.", ("KEN", "meetsWith", "TZA")),
        # the verb with a leader object and a date
        ("Senegal's president called the Malian president on Sunday.", ("SEN", "meetsWith", "MLI")),
    ],
)
def test_a_telephone_call_is_a_consultation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found or expected[::-1] in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a firm's call with investors
        "The Austrian carmaker held an earnings call with analysts.",
        # a close call in a match
        "It was a close call with Portugal in the semi-final, the Spanish coach said.",
        # naming, not telephoning
        "The French president called his Russian counterpart a hypocrite.",
    ],
)
def test_other_calls_are_no_consultation(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "meetsWith"]
