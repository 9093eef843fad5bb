"""Calling another's act "an act of X" or a crime (kg/extract/_evaluative.py): "an act of aggression / war / piracy /
sabotage" is a criticism of the act's owner (CAMEO 111) and "an act of genocide" an accusation (112), as "a hostile
act" already was; "called Y's seizure a crime", which the parse reads as a predicative with the label as its object,
is read too. An act of goodwill or love is no criticism, and a label said of no actor states nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia called the Russian cyberattack an act of aggression.", ("EST", "criticizes", "RUS")),
        ("Lithuania described the Belarusian border closure as a deliberate act of war.", ("LTU", "criticizes", "BLR")),
        ("Norway branded the Danish trawler raid an act of piracy.", ("NOR", "criticizes", "DNK")),
        ("Armenia called the Azerbaijani blockade an act of genocide.", ("ARM", "accuses", "AZE")),
        ("Greece called the Turkish seizure a crime.", ("GRC", "accuses", "TUR")),
    ],
)
def test_an_act_of_hostility_is_a_criticism(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Estonia called the Latvian offer an act of goodwill.",
        "The minister called the festival an act of love.",
        "Estonia called the decision an act of aggression.",  # whose decision is not said
    ],
)
def test_no_hostile_label_no_criticism(run: Run, text: str) -> None:
    assert not any(p in ("criticizes", "accuses") for _, p, _ in country_triples(run(text)))
