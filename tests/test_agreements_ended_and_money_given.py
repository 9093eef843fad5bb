"""Ending an agreement reduces relations (CAMEO 160); money given or pledged to another is economic aid (CAMEO 071).

Every verb of ending, revoking or suspending with every name of an agreement ("revoked its military agreements with
Y", "tore up its investment treaty with Y") reduces relations with the agreement's partner; it signs nothing. Every
verb of giving, granting or lending with every name of a sum ("lent $3 billion to Y", "allocated 2 billion euros for
Y's reconstruction") is aid; a sum pledged, promised, committed or offered is aid intended. A sum paid, spent or
transferred buys something and is no aid.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burkina Faso revoked its defence accords with France.", ("BFA", "sanctions", "FRA")),
        ("Bolivia has terminated the extradition treaty with Peru.", ("BOL", "sanctions", "PER")),
        ("The fisheries agreement with Senegal was cancelled by Mauritania.", ("MRT", "sanctions", "SEN")),
        ("Venezuela tore up its energy pact with Colombia.", ("VEN", "sanctions", "COL")),
        ("Algeria decided to suspend its friendship treaty with Spain.", ("DZA", "sanctions", "ESP")),
    ],
)
def test_an_agreement_ended_reduces_relations(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert not [t for t in found if t[1] == "signsAgreementWith" and t[0] == expected[0]], found


@pytest.mark.parametrize(
    "text",
    [
        "The club terminated the striker's contract.",
        "The two firms ended their merger talks.",
        "Kenya renewed its trade agreement with Uganda.",  # renewed: no ending
    ],
)
def test_no_agreement_between_states_ended(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "sanctions"]


@pytest.mark.parametrize(
    ("text", "expected", "intended"),
    [
        ("Kuwait pledged $1 billion to Jordan.", ("KWT", "providesAidTo", "JOR"), True),
        ("China lent Pakistan $2 billion.", ("CHN", "providesAidTo", "PAK"), False),
        ("Germany allocated 300 million euros for Moldova's energy grid.", ("DEU", "providesAidTo", "MDA"), False),
        ("The Saudi government committed $500 million to Yemen's central bank.", ("SAU", "providesAidTo", "YEM"), True),
        ("India granted 100 million dollars to the Maldives.", ("IND", "providesAidTo", "MDV"), False),
    ],
)
def test_money_given_is_aid(run: Run, text: str, expected: tuple[str, str, str], intended: bool) -> None:
    result = run(text)
    found = country_triples(result)
    assert expected in found, found
    modality = {s.modality.value for s in result.statements if s.predicate.name == "providesAidTo"}
    assert modality == ({"intended"} if intended else {"asserted"}), modality


@pytest.mark.parametrize(
    "text",
    [
        "Qatar paid $2 billion to Egypt for liquefied gas.",
        "The United States transferred $300 million to Israel for the purchase of aircraft.",
        "The company committed $3 billion to a plant in Ohio.",
    ],
)
def test_money_paid_is_no_aid(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "providesAidTo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar pledged $2 billion to rebuild Beirut.", ("QAT", "providesAidTo", "LBN")),  # a city of the country
        ("Turkey gave $300 million to reconstruct Syria's schools.", ("TUR", "providesAidTo", "SYR")),
        ("Norway will provide 50 million dollars to repair Ukraine's bridges.", ("NOR", "providesAidTo", "UKR")),
    ],
)
def test_money_given_to_rebuild_a_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_money_to_rebuild_ones_own_is_no_aid(run: Run) -> None:
    found = country_triples(run("Egypt pledged $1 billion to rebuild its own ports."))
    assert not [t for t in found if t[1] == "providesAidTo"], found
