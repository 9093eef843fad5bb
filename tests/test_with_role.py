"""A third party named by an absolute "with" phrase with its role is no party: "with X as mediator" mediates.

"With X as mediator, Y and Z signed a truce", "Y and Z signed a deal with X as mediator", "Y and Z resumed talks with
X as the mediator", "Y held talks with Z, with X acting as mediator": X mediates Y and Z (CAMEO 045), and Y and Z
still meet or agree with each other. A guarantor, a host, an observer so named is no partner either ("Y and Z signed
an accord with X as guarantor": no agreement with X). A partner named so is one ("Y signed a deal with Z as its
partner"). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "mediator", "sides", "between"),
    [
        ("With Angola as mediator, Rwanda and Burundi signed a ceasefire.", "AGO", ("RWA", "BDI"), "signsAgreementWith"),
        ("Armenia and Georgia signed a transit deal with France as mediator.", "FRA", ("ARM", "GEO"), "signsAgreementWith"),
        ("Laos and Thailand resumed negotiations with Japan as the mediator.", "JPN", ("LAO", "THA"), "meetsWith"),
        ("Bolivia held talks with Paraguay, with Uruguay acting as mediator.", "URY", ("BOL", "PRY"), "meetsWith"),
    ],
)
def test_a_mediator_in_a_with_phrase_mediates_the_sides(run: Run, text: str, mediator: str, sides: tuple[str, str], between: str) -> None:
    found = country_triples(run(text))
    assert {(mediator, "mediates", sides[0]), (mediator, "mediates", sides[1])} <= found, found
    assert (sides[0], between, sides[1]) in found or (sides[1], between, sides[0]) in found, found
    assert not [t for t in found if t[1] != "mediates" and mediator in (t[0], t[2])], found


@pytest.mark.parametrize(
    ("text", "kept", "third"),
    [
        ("Ghana and Togo signed a border accord with Nigeria as guarantor.", ("GHA", "signsAgreementWith", "TGO"), "NGA"),
        ("Sudan and Chad met in Doha, with Qatar as host.", ("SDN", "meetsWith", "TCD"), "QAT"),
        ("Sudan signed a deal with Chad, with Qatar as an observer.", ("SDN", "signsAgreementWith", "TCD"), "QAT"),
    ],
)
def test_a_third_party_in_a_with_phrase_is_no_partner(run: Run, text: str, kept: tuple[str, str, str], third: str) -> None:
    found = country_triples(run(text))
    assert kept in found or (kept[2], kept[1], kept[0]) in found, found
    assert not [t for t in found if third in (t[0], t[2])], found


@pytest.mark.parametrize(
    "text",
    [
        "Sudan signed a deal with Chad as its partner.",  # a partner is a party
        "With Brazil as chair, the summit opened on Monday.",  # no sides
    ],
)
def test_a_role_of_no_third_party_mediates_no_one(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "mediates"]
