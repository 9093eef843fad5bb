"""A hyphenated pair of countries before an agreement noun names its parties ("the X-Y accord")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


def _agreements(result: ArticleResult) -> set[tuple[str, str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label, s.modality.value) for s in result.statements if s.predicate.name == "signsAgreementWith"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The India-Pakistan agreement was signed in Delhi.", ("India", "signsAgreementWith", "Pakistan", "asserted")),
        ("Officials praised the Egypt-Sudan deal on water.", ("Egypt", "signsAgreementWith", "Sudan", "asserted")),
        ("Under the Malawi-Zambia accord, traders cross freely.", ("Malawi", "signsAgreementWith", "Zambia", "asserted")),
        # planned or proposed: intended
        ("The proposed Ghana-Togo agreement would cut tariffs.", ("Ghana", "signsAgreementWith", "Togo", "intended")),
        ("A planned Kenya-Ethiopia deal would open the border.", ("Ethiopia", "signsAgreementWith", "Kenya", "intended")),
        # collapsed, failed or scuttled: negated
        ("The Peru-Chile treaty collapsed last year.", ("Chile", "signsAgreementWith", "Peru", "negated")),
        ("The failed Armenia-Georgia accord was never ratified.", ("Armenia", "signsAgreementWith", "Georgia", "negated")),
        ("Laos scuttled the Laos-Vietnam deal.", ("Laos", "signsAgreementWith", "Vietnam", "negated")),
    ],
)
def test_hyphenated_pair_before_an_agreement_noun(run: Run, text: str, expected: tuple[str, str, str, str]) -> None:
    found = _agreements(run(text))
    a, pred, b, modality = expected
    assert (a, pred, b, modality) in found or (b, pred, a, modality) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Paris-Berlin agreement on trains was praised.",  # two capitals name a route
        "The Coca-Cola deal was signed.",  # no countries
        "The talks between Chile and Peru collapsed.",  # talks that failed still took place: no agreement
    ],
)
def test_no_agreement_without_two_countries(run: Run, text: str) -> None:
    assert not _agreements(run(text))


def test_failed_talks_are_still_a_meeting(run: Run) -> None:
    """Only agreements come to nothing when they collapse; the talks themselves were held."""
    expect(events(run("The talks between Chile and Peru collapsed.")), ("Chile", "meetsWith", "Peru"))
