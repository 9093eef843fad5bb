"""A part of an organisation is one of its members, and allegiance sworn to one joins it (issue 16).

* a noun of a part (affiliate, branch, wing, offshoot, faction, franchise, subsidiary; an arm with the word of its
  kind, "the military arm") said of an organisation: "X is a branch of O", "X, an affiliate of O,", "X is O's
  offshoot", "O's affiliate, X,", "the O affiliate X" (X memberOf O; kg/data/lexicon.yaml and
  ``_constructions._parts_of``); a part of a thing no name makes an organisation gives nothing;
* allegiance pledged or sworn: to an organisation named itself it is membership ("X pledged allegiance to O"); to a
  state or a person it is support (CAMEO 051), not a commitment to a phrase ("agreesTo allegiance to ...").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import modalities
from kg.model import ArticleResult, Modality
from conftest import ISIL

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copula with "of"
        ("Islamic State Khorasan Province is a branch of the Islamic State.", ("Islamic State Khorasan Province", "memberOf", ISIL)),
        # apposition with "of"
        ("JNIM, an affiliate of al-Qaeda, claimed the ambush.", ("Jama'at Nusrat al-Islam wal-Muslimin", "memberOf", "al-Qaeda")),
        # possessive owner, the part named in apposition after it
        ("The Taliban's affiliate, Tehrik-i-Taliban Pakistan, claimed the bombing.", ("Tehrik-i-Taliban Pakistan", "memberOf", "Taliban")),
        # copula with a possessive owner
        ("Kataib Hezbollah is Hezbollah's Iraqi offshoot.", ("Kataib Hezbollah", "memberOf", "Hezbollah")),
        # the owner as a compound, the part's name right after the noun
        ("The Islamic State affiliate ISWAP attacked a base.", ("Islamic State West Africa Province", "memberOf", ISIL)),
    ],
)
def test_a_part_of_an_organisation_is_its_member(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert found.get(expected) is Modality.ASSERTED, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abu Sayyaf pledged allegiance to the Islamic State.", ("Abu Sayyaf", "memberOf", ISIL)),
        ("Lashkar-e-Taiba renewed its allegiance to the Taliban.", ("Lashkar-e-Taiba", "memberOf", "Taliban")),
        ("Syrian rebels pledged allegiance to Turkey.", ("Syrian rebels", "supports", "Türkiye")),
    ],
)
def test_allegiance_to_an_organisation_joins_it_and_to_a_state_supports_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    found = modalities(result)
    assert found.get(expected) is Modality.ASSERTED, found
    assert not [s for s in result.statements if s.predicate.name == "agreesTo"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank opened a branch of its office in Lima.",
        "The east wing of the museum was closed.",
        "Supporters pledged loyalty to the team.",
        "The Houthis have a political wing.",
        # a clause's subject after the comma is no apposition of the part
        "At the request of the Taliban's branch, ISKP completed a review.",
        # a capitalised unit's name, not a part said of the name beside it
        "At the request of NATO's Southern Branch, the ICRC has completed a review.",
    ],
)
def test_a_part_of_a_thing_or_loyalty_to_a_club_is_no_membership(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name in ("memberOf", "supports", "agreesTo")]
