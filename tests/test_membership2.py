"""Memberships stated in general forms: founding members listed, "A joined O", "O's member states A and B",
"A is one of the N members of O", "A, B and C are among the members of O", "after A's accession to O".

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult


@pytest.mark.parametrize(
    ("text", "members", "organisation"),
    [
        ("The African Union's founding members included Kenya, Uganda and Tanzania.", ["Kenya", "Uganda", "Tanzania"], "African Union"),
        ("Founding members of NATO including Belgium, Norway and Denmark met in Brussels.", ["Belgium", "Norway", "Denmark"],
         "North Atlantic Treaty Organization"),
        ("Lithuania joined NATO in 2004.", ["Lithuania"], "North Atlantic Treaty Organization"),
        ("NATO's member states Norway and Denmark objected.", ["Norway", "Denmark"], "North Atlantic Treaty Organization"),
        ("Norway is one of the 32 members of NATO.", ["Norway"], "North Atlantic Treaty Organization"),
        ("Chile is one of the twelve member states of APEC.", ["Chile"], "Asia-Pacific Economic Cooperation"),
        ("Mexico, Chile and Peru are among the members of APEC.", ["Mexico", "Chile", "Peru"], "Asia-Pacific Economic Cooperation"),
    ],
)
def test_stated_memberships(run: Callable[..., ArticleResult], text: str, members: list[str], organisation: str) -> None:
    found = triples(run(text))
    assert {(m, "memberOf", organisation) for m in members} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Norway is one of the critics of NATO.",
        "Kenya asked whether Norway would join NATO.",
        "Norway and NATO held talks on Monday.",
    ],
)
def test_no_membership_where_none_is_stated(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [t for t in triples(run(text)) if t[1] == "memberOf"]


@pytest.mark.parametrize(
    ("text", "member", "organisation"),
    [
        ("After Hungary's accession to the European Union in 2004, farmers gained subsidies.", "Hungary", "European Union"),
        ("Since the admission of Portugal into NATO, its navy has trained with allied fleets.", "Portugal",
         "North Atlantic Treaty Organization"),
        ("Upon Croatia's accession to the European Union in 2013, border checks moved east.", "Croatia", "European Union"),
        ("Kenya celebrated its independence after the admission of Uganda to the Commonwealth.", "Uganda", "Commonwealth"),
    ],
)
def test_an_accession_the_text_puts_behind_it_is_a_membership(
    run: Callable[..., ArticleResult], text: str, member: str, organisation: str
) -> None:
    assert (member, "memberOf", organisation) in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks on Serbia's accession to the European Union stalled in 2016.",  # a process, not a membership
        "After Serbia's planned accession to the European Union was postponed, the talks ended.",  # a plan
        "Serbia hopes to complete its accession to the European Union by 2030.",  # the future
        "Farmers complained about problems with Serbia's entry into the European Union.",  # no opener: not done
    ],
)
def test_no_membership_from_an_accession_not_yet_done(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [t for t in triples(run(text)) if t[1] == "memberOf"]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia, a non-member of NATO, sent observers.",
        "Serbia is a non-member of NATO and sends only observers.",
        "As a non-member of the European Union, Serbia pays full tariffs.",
    ],
)
def test_a_non_member_is_not_asserted_a_member(run: Callable[..., ArticleResult], text: str) -> None:
    statements = [s for s in run(text).statements if s.predicate.name == "memberOf"]
    assert statements and all(s.modality.name == "NEGATED" for s in statements)


def test_a_member_without_the_prefix_stays_a_member(run: Callable[..., ArticleResult]) -> None:
    statements = [s for s in run("Serbia, a member of NATO, sent observers.").statements if s.predicate.name == "memberOf"]
    assert [s.modality.name for s in statements] == ["ASSERTED"]
