"""False statements noticed by session 27's helpers (branch fpfix27): each construction keeps its right reading
and loses its wrong one. The tests assert exact statement sets.

* "Leave" naming a result, not a departure (``patterns._no_departure``): an act as the subject ("the raid left ...",
  "Y's shelling left Z's capital without power"), a predicative word right after the object ("left ten people dead",
  "left 20 civilians wounded"), a participle after a comma (", leaving a vacuum"), or a thing left in a place ("left its
  mark on Z", "left mines in Z") is no withdrawal.
* A light verb in a relative clause of an act noun, whose object is the relative word, is the noun's verb as after
  it (``_arguments.made_by_relative``): "the raid, which Y's forces carried out inside Z," is Y's raid on Z, not an
  occupation by carrying; "the deal, which X reached with Y," an agreement between X and Y, not X's agreement to
  "deal"; its "on" phrase names the topic ("the deal which X reached on fishing quotas").
* The negation of a clause answering another's act is the answer's (``patterns._anothers_act_met``): "Y did not
  accept X's criticism of Z", "neither Y nor W accepted ...", "Y refused to accept X's accusations against Z",
  "did not respond to X's threats": X's act was done. Only after a verb of answering, judging or heeding
  (``patterns._ANSWERING``): not a light verb ("did not impose sanctions"), a verb of wishing or getting ("did not want
  Y's mediation", "did not receive Y's aid").
* Armed people of no state struck in a country name where they are, not whom (``_constructions._armed_people``):
  "Y's offensive against Kurdish fighters in Z", "Y's jets struck Kurdish fighters in Z" give no attack on Z; an
  offensive in Z's north, strikes on an airport or on positions in Z stay attacks on Z (its territory, its things).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _statements(result: ArticleResult) -> set[tuple[str | None, str, str | None, str]]:
    return {(s.subject.country, s.predicate.name, s.object.country or s.object.label, s.modality.value) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act as the subject of "leave": what it left behind, no leaving
        ("The raid by Turkish forces in Syria left ten people dead.", {("TUR", "attacks", "SYR", "asserted")}),
        ("The Israeli strike on Lebanon left 20 civilians wounded.", {("ISR", "attacks", "LBN", "asserted")}),
        ("The Russian airstrike left Ukraine's capital without power.", set()),
        ("Israeli shelling left the Lebanese village deserted.", set()),
        ("The Ugandan withdrawal left Somalia exposed.", set()),
        # a predicative word right after the object
        ("Russian troops left Georgia devastated.", set()),
        # a participle after a comma names a result; the departure before it stays
        ("French forces left Mali, leaving a vacuum.", {("FRA", "withdrawsFrom", "MLI", "asserted")}),
        # a thing left in a place: no place left
        ("The Russian army left its mark on Georgia.", set()),
        ("Israeli forces left mines in Lebanon.", set()),
        # departures of armed forces stay
        ("Chadian troops left Niger last month.", {("TCD", "withdrawsFrom", "NER", "asserted")}),
        ("Pakistani soldiers left Afghanistan in 2003.", {("PAK", "withdrawsFrom", "AFG", "asserted")}),
        ("Indian troops left Bhutan, angered by the decision.", {("IND", "withdrawsFrom", "BTN", "asserted")}),
        ("Russian troops left the town of Kherson in November.", {("RUS", "withdrawsFrom", "UKR", "asserted")}),
    ],
)
def test_leaving_that_names_a_result(run: Run, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid, which Turkish forces carried out inside Syria, killed three people.", {("TUR", "attacks", "SYR", "asserted")}),
        ("The strike that Israeli jets carried out inside Syria killed five.", {("ISR", "attacks", "SYR", "asserted")}),
        ("The deal, which France reached with Chad, covers troops.", {("FRA", "signsAgreementWith", "TCD", "asserted")}),
        ("The agreement that Kenya struck with Somalia in May was praised.", {("KEN", "signsAgreementWith", "SOM", "asserted")}),
        ("The deal, which Peru reached with Chile and Bolivia, covers water.",
         {("PER", "signsAgreementWith", "CHL", "asserted"), ("PER", "signsAgreementWith", "BOL", "asserted")}),
        ("The deal which Chile reached on fishing quotas expires soon.", {("CHL", "agreesTo", "fishing quotas", "asserted")}),
        ("The talks, which Egypt held with Israel in Cairo, ended.", {("EGY", "meetsWith", "ISR", "asserted")}),
        ("The aid, which Japan provided to Nepal, arrived.", {("JPN", "providesAidTo", "NPL", "asserted")}),
        # carrying things inside a country is read by its own trigger, not touched here; no light verb: no doer
        ("The plan, which Chile called fair, covers water.", set()),
    ],
)
def test_light_verb_in_a_relative_clause(run: Run, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt did not accept Sudan's criticism of Ethiopia.",
         {("EGY", "rejects", "SDN", "asserted"), ("SDN", "criticizes", "ETH", "asserted")}),
        ("Neither Egypt nor Kenya accepted Sudan's criticism of Ethiopia.",
         {("EGY", "rejects", "SDN", "asserted"), ("KEN", "rejects", "SDN", "asserted"), ("SDN", "criticizes", "ETH", "asserted")}),
        ("Chile refused to accept Peru's accusations against Bolivia.",
         {("CHL", "rejects", "PER", "asserted"), ("PER", "accuses", "BOL", "asserted")}),
        ("Norway did not respond to Russia's threats against Finland.", {("RUS", "threatens", "FIN", "asserted")}),
        ("Greece did not condemn Turkey's attack on Cyprus.",
         {("GRC", "criticizes", "TUR", "negated"), ("TUR", "attacks", "CYP", "asserted")}),
        ("Egypt did not heed Sudan's call for Ethiopia to withdraw its troops.", {("SDN", "demands", "ETH", "asserted")}),
        # the negation stays the act's own: a light verb, one's own act, a thing not received, an act not allowed
        ("Egypt did not impose sanctions on Sudan.", {("EGY", "sanctions", "SDN", "negated")}),
        ("Sudan did not make its criticism of Ethiopia public.", {("SDN", "criticizes", "ETH", "negated")}),
        ("Spain did not receive Morocco's aid.", {("MAR", "providesAidTo", "ESP", "negated")}),
        ("Egypt did not welcome Japan's support for Sudan.", {("EGY", "praises", "JPN", "negated"), ("JPN", "supports", "SDN", "negated")}),
        ("Iran's attack on Iraq did not happen.", {("IRN", "attacks", "IRQ", "negated")}),
        ("Egypt did not want Kenya's mediation between Sudan and Ethiopia.",
         {("KEN", "mediates", "SDN", "negated"), ("KEN", "mediates", "ETH", "negated")}),
        ("Egypt did not comment on Sudan's attack on Ethiopia.", {("SDN", "attacks", "ETH", "asserted")}),
        # an answer still to come, or hedged, leaves the act answered done
        ("Egypt will ignore Sudan's threats against Ethiopia.", {("SDN", "threatens", "ETH", "asserted")}),
        ("Egypt plans to respond to Sudan's accusations against Ethiopia.", {("SDN", "accuses", "ETH", "asserted")}),
        ("No country accepted Sudan's criticism of Ethiopia.", {("SDN", "criticizes", "ETH", "asserted")}),
        # an act of giving happens only if taken up
        ("Egypt did not accept Japan's aid.", {("EGY", "rejects", "JPN", "asserted"), ("JPN", "providesAidTo", "EGY", "negated")}),
    ],
)
def test_outer_negation_is_the_answers(run: Run, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany criticised Turkey's offensive against Kurdish fighters in Syria.", {("DEU", "criticizes", "TUR", "asserted")}),
        ("Turkey launched an offensive against Kurdish fighters in Syria.", set()),
        ("Turkish jets struck Kurdish fighters in Syria.", set()),
        ("Turkish jets bombed Kurdish fighters inside Iraq.", set()),
        # the territory, a thing or positions in a country stay that country's
        ("Germany criticised Turkey's offensive in northern Syria.",
         {("DEU", "criticizes", "TUR", "asserted"), ("TUR", "attacks", "SYR", "asserted")}),
        ("Israel carried out air strikes on an airport in Syria.", {("ISR", "attacks", "SYR", "asserted")}),
        ("Turkish jets bombed rebel positions in Iraq.", {("TUR", "attacks", "IRQ", "asserted")}),
    ],
)
def test_armed_people_struck_in_a_country(run: Run, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _statements(run(text)) == expected
