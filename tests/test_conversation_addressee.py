"""A conversation named as the occasion of a clause ("In a phone call, X told Y that ...", "During talks in Z, X urged
Y to ..."): when the conversation names no partner of its own, it is held with the one the clause's subject speaks to
(the direct object of a verb of telling, urging, assuring or warning; CAMEO 040/041 consult, PLOVER CONSULT):
kg/extract/_arguments.py _addressees. A statement, a letter, an interview or a speech is no conversation, and a
conversation with someone else ("with reporters") keeps its own partner."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a telephone call on Friday, the Kenyan president told his Tanzanian counterpart that the border would reopen.", ("KEN", "meetsWith", "TZA")),
        ("During a phone conversation, Peru's foreign minister urged Chile's foreign minister to resume the talks.", ("PER", "meetsWith", "CHL")),
        ("At a meeting in Vienna, the Austrian chancellor warned the Hungarian prime minister about the dam.", ("AUT", "meetsWith", "HUN")),
        ("In talks in Accra, Ghana's president assured the Togolese president of his help.", ("GHA", "meetsWith", "TGO")),
    ],
)
def test_a_conversation_is_held_with_the_one_spoken_to(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(run(text))
    assert expected in triples or (expected[2], expected[1], expected[0]) in triples


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the Kenyan foreign ministry urged Tanzania to reopen the border.",
        "In a letter, the Polish president asked Germany for reparations.",
        "In an interview, the Iranian foreign minister warned Israel against an attack.",
        "In a phone call with reporters, the Chinese foreign minister criticised Australia.",
        "In a speech, the Chinese foreign minister said trade with Australia would resume.",
    ],
)
def test_no_conversation_no_meeting(run: Run, text: str) -> None:
    assert not any(p == "meetsWith" for _, p, _ in country_triples(run(text)))
