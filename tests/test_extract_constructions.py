"""Argument constructions of classes of acts (kg/extract/_constructions.py), on invented sentences:
each construction with three shapes it must read and a distractor that must yield nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def nothing_but_titles(result: ArticleResult) -> bool:
    return all(s.predicate.name in ("leaderOf", "officialOf") for s in result.statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withdrawing from a place names the country through it
        ("Armenia withdrew its border guards from the frontier with Azerbaijan.", ("ARM", "withdrawsFrom", "AZE")),
        ("Kenya pulled its peacekeepers out of South Sudan.", ("KEN", "withdrawsFrom", "SSD")),
        ("Morocco withdrew its gendarmes from the buffer zone along the frontier with Mauritania.", ("MAR", "withdrawsFrom", "MRT")),
        ("The withdrawal of Turkish forces from the border region with Syria began on Monday.", ("TUR", "withdrawsFrom", "SYR")),
        # an investigation names the doer of the act it is into
        ("Denmark opened an inquiry into cyberattacks by Russia on its ministries.", ("DNK", "investigates", "RUS")),
        ("Canada ordered an audit of Chinese investments in its mining sector.", ("CAN", "investigates", "CHN")),
        ("Lithuania opened an enquiry into smuggling by Belarusian border guards.", ("LTU", "investigates", "BLR")),
        # captives as a secondary predicate
        ("Iran kept three French citizens hostage in Tehran.", ("IRN", "coerces", "FRA")),
        ("Venezuelan soldiers held two Guyanese miners captive.", ("VEN", "coerces", "GUY")),
        ("Russia forced Ukrainian ships to turn back.", ("RUS", "coerces", "UKR")),
        # aid for works in a country
        ("India funded the construction of a dam in Afghanistan.", ("IND", "providesAidTo", "AFG")),
        ("Germany paid for the rebuilding of bridges in Ukraine.", ("DEU", "providesAidTo", "UKR")),
        ("Japan financed three hospitals in Cambodia.", ("JPN", "providesAidTo", "KHM")),
        # roles said through "as", "among", "one of", and member kinds
        ("Poland signed up as a partner in the hydrogen corridor project.", ("POL", "partnerIn", "hydrogen corridor project")),
        ("Chile is among the contributors to the stabilization force.", ("CHL", "participatesIn", "stabilization force")),
        ("Morocco is one of the main partners in the solar power initiative.", ("MAR", "partnerIn", "solar power initiative")),
        ("Mongolia became a member country of the World Trade Organization.", ("MNG", "memberOf", "World Trade Organization")),
        ("Estonia is one of the smallest member states of NATO.", ("EST", "memberOf", "North Atlantic Treaty Organization")),
        # a feeling evaluates its cause
        ("Kenya was outraged at Uganda's decision to close the border.", ("KEN", "criticizes", "UGA")),
        ("Ghana was horrified by the shelling of the village by Togolese troops.", ("GHA", "criticizes", "TGO")),
        ("Chile was heartened by Peru's offer of talks.", ("CHL", "praises", "PER")),
        # sending people to a mission, joining a force
        ("Senegal sent two hundred police officers to the UN mission in Mali.", ("SEN", "participatesIn", "United Nations")),
        ("Brazil joined the multinational naval force.", ("BRA", "participatesIn", "multinational naval force")),
    ],
)
def test_a_class_construction_names_the_other_side(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The storm held the fishing fleet captive in port for days.",
        "The ministry announced a review of school curricula.",
        "Japan announced a review of its relations with Korea.",
        "Russia will pay for its aggression in Ukraine.",
        "Fans were shocked by the defeat.",
        # asked for, not done
        "The opposition urged an inquiry into spying by Russia.",
        "Local farmers were encouraged by the ministry to plant more wheat.",
        "Lena Holm sat on the European Commission as a member.",
        "The athlete withdrew from the race near the border with Spain.",
    ],
)
def test_distractors_of_the_constructions_yield_nothing(run: Run, text: str) -> None:
    assert nothing_but_titles(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police arrested Kenyan opposition leaders in Nairobi.",
        "Mexican troops clashed with Mexican cartel gunmen.",
        "The Spanish government praised Spanish firefighters.",
        "The farmers protested in Paris against French fuel taxes.",
        "Farmers protested in Madrid against Spanish fuel taxes.",
        "Egyptian police dispersed demonstrators in Cairo.",
    ],
)
def test_two_sides_of_one_country_are_not_related(run: Run, text: str) -> None:
    # the graph holds relations between countries: a domestic act is not emitted (issue 16, point 5)
    assert nothing_but_titles(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish navy detained Greek fishermen.", ("TUR", "coerces", "GRC")),
        ("Indian police arrested Nepalese smugglers near the border.", ("IND", "coerces", "NPL")),
        ("Chadian rebels announced that Sudan must close its camps.", ("TCD", "demands", "SDN")),
    ],
)
def test_sector_actors_of_two_countries_are_still_related(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "France recalled its ambassador from Mali.",
        "Peru recalled its envoy to Chile for consultations.",
        "Sweden recalled its ambassador from Iran after the verdict.",
    ],
)
def test_recalling_one_s_ambassador_reduces_relations(run: Run, text: str) -> None:
    # CAMEO 161 "reduce or break diplomatic relations" (PETRARCH2 "RECALL * AMBASSADOR" [161]), PLOVER SANCTION
    statements = [s for s in run(text).statements if s.predicate.name == "sanctions"]
    assert [(s.cameo, s.category) for s in statements] == [("161", "SANCTION")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia insisted on a pullout of Azerbaijani troops from the border with Iran.",
        "Greece called for the withdrawal of Turkish troops from the buffer zone.",
        "Peru opposed the withdrawal of Chilean forces from the frontier with Bolivia.",
    ],
)
def test_a_withdrawal_asked_for_or_refused_is_not_done(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "withdrawsFrom"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt agreed with Sudan on water sharing.", {("Egypt", "signsAgreementWith", "Sudan"), ("Egypt", "agreesTo", "water sharing")}),
        ("Japan agreed with India on a new rail project.", {("Japan", "signsAgreementWith", "India"), ("Japan", "agreesTo", "new rail project")}),
        ("The Japanese government agreed with Seoul to resume flights.", {("Japanese government", "signsAgreementWith", "South Korea")}),
        ("The union agreed with the employers on wages.", set()),
    ],
)
def test_agreeing_with_a_state_is_an_agreement_with_it_and_a_commitment(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    """"X agreed with Y on Z": X and Y reach an agreement (signsAgreementWith, CAMEO 030) and X commits to Z
    (agreesTo, a topic); between parties that are no states, nothing."""
    read = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements if s.predicate.category != "STRUCTURAL"}
    assert expected <= read if expected else not read, read
