"""Bodies of an international organisation, and boarding another's vessel by force (issue 16, session 22).

* "a UN team", "an AU panel", "the EU mission": a body an international organisation names acts for it, though the
  same noun of a country ("the Italian team") names people acting for themselves.
* "the X navy boarded a Y tanker" (CAMEO 1711; PETRARCH2 "INTERCEPT * VESSEL", "SEIZE * VESSEL"): by an armed
  force only; a traveller boarding a ship does nothing to its owner.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples, triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A UN team began investigating reports of torture by Libyan police.", ("United Nations", "investigates", "Libyan police")),
        ("An African Union panel accused Eritrea of arming the rebels.", ("African Union", "accuses", "Eritrea")),
        ("An EU team met Georgian officials in Tbilisi.", ("European Union", "meetsWith", "Georgian officials")),
    ],
)
def test_a_body_of_an_international_organisation_acts_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize("text", ["The Italian team beat Portugal in the final.", "The Mexican team arrived in Lima for the match."])
def test_a_countrys_team_is_no_state(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[0] in ("ITA", "MEX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese coast guard boarded a Vietnamese fishing boat near the islands.", ("CHN", "coerces", "VNM")),
        ("Israeli commandos boarded a Turkish ship bound for Gaza.", ("ISR", "coerces", "TUR")),
        ("Egyptian naval forces boarded a Libyan tanker off the coast.", ("EGY", "coerces", "LBY")),
    ],
)
def test_boarding_anothers_vessel_by_force_is_coercion(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize("text", ["The Greek prime minister boarded a ferry to Rhodes.", "Japanese tourists boarded a Chinese cruise ship in Osaka."])
def test_boarding_as_a_traveller_is_nothing(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "coerces"]
