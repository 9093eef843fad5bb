"""A group noun that names no one acts through the members it lists, and a state's backers are not the state
(session 26).

"Ukraine's backers condemned Z" is not Ukraine condemning Z: the holders of a tie or of help (backer, partner, friend,
donor, creditor...) join the nouns of a stance whose owner is whom they back (``kg/data/followers.yaml``). A plural
noun that names no actor acts through the members it lists: "several countries, including X and Y, condemned Z",
"donors such as X and Y pledged aid to Z", "Y's backers, including X, ...". A list of people who are no state's
("many people, including tourists from Y") gives nothing. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _acts(result: ArticleResult, predicate: str) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.label) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "predicate", "acts"),
    [
        ("Several countries, including Britain and Canada, condemned Russia.", "criticizes",
         {("United Kingdom", "Russia"), ("Canada", "Russia")}),
        ("Donors such as Japan and Norway pledged aid to Haiti.", "providesAidTo", {("Japan", "Haiti"), ("Norway", "Haiti")}),
        ("Ukraine's backers, including Poland, imposed new sanctions on Belarus.", "sanctions", {("Poland", "Belarus")}),
    ],
)
def test_the_listed_members_act(run: Run, text: str, predicate: str, acts: set[tuple[str, str]]) -> None:
    assert _acts(run(text), predicate) == acts, run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's backers condemned Russia.",  # the backers are not Ukraine
        "Israel's friends criticised Iran.",
        "Haiti's donors pledged more aid.",
    ],
)
def test_a_states_backers_are_not_the_state(run: Run, text: str) -> None:
    statements = run(text).statements
    owner = text.split("'")[0]
    assert not [s for s in statements if s.subject.label == owner], statements


def test_people_listed_are_no_state(run: Run) -> None:
    assert not run("Many people, including tourists from Spain, visited Morocco.").statements
