"""Economic and partnership relations (session 28, econ28; kg/extract/_economic.py).

* A debt restructured or rescheduled that is the subject's own names its creditor as the giver (CAMEO 071, PETRARCH2
  "RESTRUCTURE * DEBT"): "X restructured its debt with Y" is Y's aid to X. A write-off is the creditor's alone, and
  another's debt or the subject's loans to another keep their order.
* Credit lines and bailouts are aid (071): "extended a line of credit to Y", "a credit line from X", "X's bailout of Y".
* A donor to a bank or a fund of many members takes part in it (participatesIn), no aid to it.
* A partner of a state cooperates with it (cooperatesWith), besides any project it is a partner in.

All sentences are invented for these tests; distractors are a state's own debt, a firm's credit, a bailout at home,
partners in crime, a law firm's partner, a party's coalition partner, partners not named.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _aid(found: set[tuple[str | None, str, str | None]]) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, p, o in found if p == "providesAidTo"}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Zambia restructured its debt with China.", "CHN", "ZMB"),
        ("Officials in Accra said Ghana had rescheduled its debt to France.", "FRA", "GHA"),
        ("Ethiopia agreed with India to restructure its loans.", "IND", "ETH"),
        ("Laos reached a deal with China to reschedule its debt.", "CHN", "LAO"),
        ("Sri Lanka restructured 80 percent of its debt owed to Japan.", "JPN", "LKA"),
        ("Suriname's debt restructuring with India is under way.", "IND", "SUR"),
        # another's debt, loans lent to another, a write-off: the subject gives, as before
        ("China wrote off Zambia's debt.", "CHN", "ZMB"),
        ("Japan restructured its loans to Myanmar.", "JPN", "MMR"),
        ("France wrote off its debt with Mali.", "FRA", "MLI"),
    ],
)
def test_debt_eased_is_the_creditors_aid(run: Run, text: str, giver: str, receiver: str) -> None:
    assert _aid(country_triples(run(text))) == {(giver, receiver)}


@pytest.mark.parametrize(
    "text",
    [
        "Zambia restructured its debt.",  # no creditor named
        "Zambia completed a debt restructuring with China.",  # whose debt it is the noun does not say
        "The airline rescheduled its loans with the bank.",
    ],
)
def test_debt_eased_without_a_known_creditor_gives_no_aid(run: Run, text: str) -> None:
    assert not _aid(country_triples(run(text)))


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("New Delhi extended a $1 billion line of credit to Colombo.", "IND", "LKA"),
        ("Nepal received a $2 billion credit line from China.", "CHN", "NPL"),
        ("Qatar's bailout of Egypt was welcomed in Cairo.", "QAT", "EGY"),
        ("Turkey offered a line of credit to Azerbaijan.", "TUR", "AZE"),
    ],
)
def test_credit_lines_and_bailouts_are_aid(run: Run, text: str, giver: str, receiver: str) -> None:
    assert (giver, receiver) in _aid(country_triples(run(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The airline secured a credit line from Barclays.",
        "Ghana announced a bailout of its national airline.",
        "Local farmers took out loans from a Kenyan bank.",
    ],
)
def test_credit_at_home_states_nothing(run: Run, text: str) -> None:
    assert not run(text).statements


@pytest.mark.parametrize(
    ("text", "body", "modality"),
    [
        ("Japan remains the largest donor to the Asian Development Bank.", "Asian Development Bank", "asserted"),
        ("Germany gave 500 million euros to the Global Fund.", "Global Fund", "asserted"),
        ("China pledged $5 billion to the New Development Bank.", "New Development Bank", "intended"),
    ],
)
def test_donor_to_a_bank_or_fund_takes_part_in_it(run: Run, text: str, body: str, modality: str) -> None:
    said = {(s.predicate.name, s.object.label, s.modality.value) for s in run(text).statements}
    assert said == {("participatesIn", body, modality)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway is the biggest donor to the World Food Programme.", ("NOR", "World Food Programme")),  # an aid agency
        ("Japan is the largest donor to Cambodia.", ("JPN", "KHM")),
        ("The Asian Development Bank approved a loan for Nepal.", (None, "NPL")),  # the bank lends on
    ],
)
def test_aid_to_a_state_or_an_agency_stays_aid(run: Run, text: str, pair: tuple[str | None, str]) -> None:
    assert pair in _aid(country_triples(run(text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland is a key partner of Ukraine in the reconstruction effort.", {"POL", "UKR"}),
        ("Estonia, Finland's closest partner, signed the declaration.", {"EST", "FIN"}),
        ("Kenya's partners, including Uganda, sent observers.", {"KEN", "UGA"}),
        ("Chile and Peru are partners.", {"CHL", "PER"}),
        ("Norway remains a reliable partner for Iceland.", {"NOR", "ISL"}),
        ("Brazil became a partner of Argentina in the space programme.", {"BRA", "ARG"}),
    ],
)
def test_partner_of_a_state_cooperates_with_it(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "cooperatesWith" and {s, o} == pair for s, p, o in found), found


def test_partner_project_and_body(run: Run) -> None:
    found = country_triples(run("Poland is a key partner of Ukraine in the reconstruction effort."))
    assert ("POL", "partnerIn", "reconstruction effort") in found
    found = country_triples(run("Ghana is a partner of the African Union."))
    assert ("GHA", "cooperatesWith", "African Union") in found or ("African Union", "cooperatesWith", "GHA") in found
    negated = [s for s in run("Egypt is not a partner of Sudan.").statements if s.predicate.name == "cooperatesWith"]
    assert negated and all(s.modality.value == "negated" for s in negated)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda are partners in crime, the opposition said.",
        "Smith, a partner at a Nairobi law firm, was arrested.",
        "The Greens are the SPD's coalition partner.",
        "Kenya's partners sent observers.",  # who they are is not said
        "Britain is a partner in the project.",  # a project, no state
        "China is Kenya's largest trading partner.",  # trade, read as such
    ],
)
def test_partners_that_tie_no_states(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "cooperatesWith"], country_triples(result)
    if "crime" in text or "law firm" in text or "coalition" in text:
        assert not result.statements, country_triples(result)
