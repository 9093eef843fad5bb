"""Aiming an attack at another state's computer systems is a hack (CAMEO 176), whatever the verb of aiming.

PETRARCH2 codes HACK * COMPUTER / WEBSITE as 176; its verb TARGET is an act of force (190), which the lexicon reads
only with an armed side. With a word of computing as the object ("targeted Y's government websites", "attacked the
servers of Y's parliament", "infiltrated Y-ian bank computers") the act is the hack. Campaigns that target voters and
storms that hit coasts stay out.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China targeted Taiwan's government websites.", ("CHN", "TWN")),
        ("Russia's military intelligence attacked the servers of Estonia's parliament.", ("RUS", "EST")),
        ("North Korea infiltrated South Korean bank computers.", ("PRK", "KOR")),
        ("Iran targeted the email accounts of Israeli officials.", ("IRN", "ISR")),
    ],
)
def test_an_attack_aimed_at_computers_is_a_hack(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(s.subject.country, s.object.country) for s in run(text).statements if s.predicate.name == "coerces"}


@pytest.mark.parametrize("text", ["The campaign targeted young voters.", "The storm attacked the coast.", "Spam targeted users' emails."])
def test_no_computers_or_no_state_is_no_hack(run: Run, text: str) -> None:
    assert not run(text).statements
