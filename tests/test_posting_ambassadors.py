"""Posting an ambassador to a country, or posting one back, is a diplomatic tie (PETRARCH2 "APPOINT / NAME / RETURN *
AMBASSADOR", CAMEO 050): "X restored / returned its ambassador to Y", "X appointed a new ambassador to Y", "X named
an ambassador to Y". A special envoy appointed by an organisation is no tie, and the nouns "post" and "name" are no
posting ("held the post of ambassador to Y").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _ties(result: ArticleResult) -> set[frozenset[str]]:
    return {frozenset((s.subject.label, s.object.label)) for s in result.statements if s.predicate.name == "diplomaticRelationsWith"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kuwait restored its ambassador to Iraq after a long rift.", {"Kuwait", "Iraq"}),
        ("Morocco returned its ambassador to Algiers on Tuesday.", {"Morocco", "Algeria"}),
        ("Jordan appointed a new ambassador to Syria.", {"Jordan", "Syria"}),
        ("Oman named an ambassador to Yemen for the first time in a decade.", {"Oman", "Yemen"}),
    ],
)
def test_posting_an_ambassador_is_a_diplomatic_tie(run: Run, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _ties(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN appointed a new envoy to Libya.",
        "She held the post of ambassador to Norway for years.",
        "The ambassador returned to Lisbon after the holiday.",
    ],
)
def test_a_special_envoy_or_the_noun_post_is_no_tie(run: Run, text: str) -> None:
    assert not _ties(run(text))
