"""A name before a noun of stance names whom the person backs or opposes, not the person (issue 16, helper topic12).

"Germany expelled a Kremlin critic", "X jailed a Y opponent", "X arrested two Z loyalists": the critic, opponent or
loyalist is no organ of the state or leader named before the noun, so nothing is done to that state or leader
(``followers`` of ``kg/data/followers.yaml``, read in ``kg/extract/_arguments._actor``). The noun's own relation
stays: "Y, a Z ally, ..." and "Y is a close ally of Z" still state the alliance; a demonym's people ("Russian
diplomats") are untouched.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    "text",
    [
        # direct object, an organ's name as the compound
        "Norway expelled a Kremlin critic.",
        # direct object, a leader's name as the compound
        "Latvia jailed a Lukashenko opponent.",
        "Spain deported an Erdogan supporter.",
        # a possessive
        "Estonia arrested Putin's allies.",
        # the object of a preposition
        "Finland granted asylum to a Maduro opponent.",
        # a passive with the state as its agent
        "An Assad loyalist was detained by Austria.",
    ],
)
def test_the_named_one_is_not_the_follower(run: Run, text: str) -> None:
    assert not _triples(run(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("South Korea, a US ally, protested.", ("South Korea", "strategicPartnerOf", "United States")),
        ("Japan is a close ally of the United States.", ("Japan", "strategicPartnerOf", "United States")),
        ("Norway expelled two Russian diplomats.", ("Norway", "sanctions", "Russia")),
    ],
)
def test_the_nouns_own_relations_stay(run: Run, text: str, kept: tuple[str, str, str]) -> None:
    found = _triples(run(text))
    assert kept in found, found
