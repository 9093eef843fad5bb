"""Applying to join is no membership yet (issue 16): a verb of asking to be admitted or of striving
(``_words._STRIVING``: apply, aspire, bid, lobby, campaign, strive) with an infinitive makes that infinitive's act
intended, as "seeks to join" and "hopes to join" do ("applied to join Y": Y's membership is sought, not held).
Only the infinitive complement is read so: "applied pressure to force Y to ..." is no application.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _memberships(result: ArticleResult) -> set[tuple[str, str, Modality]]:
    return {(s.subject.label, s.object.label, s.modality) for s in result.statements if s.predicate.name == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albania applied to join the World Trade Organization in 1992.", {("Albania", "World Trade Organization", Modality.INTENDED)}),
        ("North Macedonia and Montenegro applied to join NATO in 2004.", {
            ("North Macedonia", "North Atlantic Treaty Organization", Modality.INTENDED),
            ("Montenegro", "North Atlantic Treaty Organization", Modality.INTENDED),
        }),
        ("Kosovo has long aspired to join NATO.", {("Kosovo", "North Atlantic Treaty Organization", Modality.INTENDED)}),
        ("Montenegro campaigned to join the European Union.", {("Montenegro", "European Union", Modality.INTENDED)}),
        ("Iceland, which applied to join the European Union in 2009, later withdrew its application.", {("Iceland", "European Union", Modality.INTENDED)}),
        # as "seeks to join", "hopes to join"
        ("Georgia is seeking to join NATO.", {("Georgia", "North Atlantic Treaty Organization", Modality.INTENDED)}),
        # joined is joined; not applied is negated
        ("Albania joined the World Trade Organization in 2000.", {("Albania", "World Trade Organization", Modality.ASSERTED)}),
        ("Kosovo did not apply to join NATO.", {("Kosovo", "North Atlantic Treaty Organization", Modality.NEGATED)}),
    ],
)
def test_membership_applied_for_is_intended(run: Run, text: str, expected: set[tuple[str, str, Modality]]) -> None:
    assert _memberships(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of an attempt or a request for admission (kg/data/contests.yaml ``intentions``) owned by the member
        ("Bosnia's bid to join the European Union stalled again.", {("Bosnia and Herzegovina", "European Union", Modality.INTENDED)}),
        ("Ukraine renewed its bid to join NATO.", {("Ukraine", "North Atlantic Treaty Organization", Modality.INTENDED)}),
        ("Albania submitted an application to join the European Union.", {("Albania", "European Union", Modality.INTENDED)}),
        # dropped or denied: negated
        ("Armenia abandoned its bid to join the Eurasian Economic Union.", {("Armenia", "Eurasian Economic Union", Modality.NEGATED)}),
        # no owner: nothing
        ("The bid to join NATO failed.", set()),
        # membership asked for (_modality.sought_standing): the one who asks is the member to be
        ("Moldova applied for membership of the Council of Europe.", {("Moldova", "Council of Europe", Modality.INTENDED)}),
        ("Georgia has long sought NATO membership.", {("Georgia", "North Atlantic Treaty Organization", Modality.INTENDED)}),
        ("Serbia pressed for membership in the World Trade Organization.", {("Serbia", "World Trade Organization", Modality.INTENDED)}),
        ("Belarus did not apply for membership of the Council of Europe.", {("Belarus", "Council of Europe", Modality.NEGATED)}),
        # held, not asked for
        ("Poland's NATO membership dates from 1999.", {("Poland", "North Atlantic Treaty Organization", Modality.ASSERTED)}),
    ],
)
def test_membership_bid_is_intended(run: Run, text: str, expected: set[tuple[str, str, Modality]]) -> None:
    assert _memberships(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["The company applied to join the stock exchange.", "The club sought membership of the league.", "The new rules apply to all members of the union."],
)
def test_no_membership_without_an_organisation(run: Run, text: str) -> None:
    assert not _memberships(run(text))
