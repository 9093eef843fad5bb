"""Sides taken from a complement of an outer act (helper argfp27).

An outer act (warn, condemn, criticise, accuse, blame, protest, praise, thank, welcome, reject, call for) often takes a
complement that names another act with its own parties: "X warned Y against the forced transfer of Z-ians", "X thanked
Y for its aid to Z". The parties of the nested act are not parties of the outer one:

* a verb with a direct target (its object, or a passive's subject) takes no second target from its reason phrase
  ("of / for / against / over / about": what the target is warned, blamed or praised for), nor from a gerund the parse
  took for an adjective ("accused Y of arming rebels in Z"); a name the phrase is made of still is a target ("warned Y
  against Z"; :func:`kg.extract._arguments._reason_phrases`). The victim of the warned-against act ("the annexation of
  Z's land", "the transfer of Z-ians") is no target either: the construction warns Y, not Z;
* a "to" phrase the parse hangs on the verb right after a noun the target owns or after the reason noun is the noun's:
  "protested Y's arms sales to Z", "thanked Y for its aid to Z" (Y gives Z aid, not the thanker;
  :func:`kg.extract._arguments.borrowed_to`); "sent aid to Z", "moved its troops to Z" keep their "to";
* a verb of judging or asking without a direct target takes no target from an act named by the people it is done to
  ("condemned the treatment of Z-ian prisoners", "welcomed the release of Z-ian hostages"): they do not act for their
  state; an owner or a "by" agent of the act still is the target ("condemned the killing of Z-ian aid workers by Y's
  troops": the troops; :func:`kg.extract._arguments._undergone_doers`)
  (:func:`kg.extract._arguments._undergone_phrases`); so for a complaint made to an addressee ("lodged a complaint
  with Y over the deportation of Z-ian refugees": Y; :func:`kg.extract._arguments.addressed_targets`).

Coordinated subjects ("both X and Y", "neither X nor Y") each act once and are never paired with each other.
All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reason phrases beside a direct target: the nested act's people are no target
        ("Finland warned Serbia against the forced removal of Albanian villagers.", {("Finland", "threatens", "Serbia")}),
        ("Portugal criticised Spain over its treatment of Moroccan migrants.", {("Portugal", "criticizes", "Spain")}),
        ("Estonia condemned Latvia for the killing of Lithuanian fishermen.", {("Estonia", "criticizes", "Latvia")}),
        ("Uganda blamed Rwanda for the abduction of Congolese refugees.", {("Uganda", "accuses", "Rwanda")}),
        ("Nigeria accused Cameroon of supporting rebels in Chad.", {("Nigeria", "accuses", "Cameroon")}),
        # a passive's subject is the direct target
        ("Peru was criticised by Chile for its treatment of Bolivian workers.", {("Chile", "criticizes", "Peru")}),
        # coordinated subjects: each warns the target once, and they are not paired
        ("Both Norway and Iceland warned Denmark against the mass expulsion of Polish workers.",
         {("Norway", "threatens", "Denmark"), ("Iceland", "threatens", "Denmark")}),
        # a "to" phrase hung on the verb after the reason noun or an owned noun is the noun's
        ("Italy thanked Greece for its help to Cyprus.", {("Italy", "praises", "Greece"), ("Greece", "providesAidTo", "Cyprus")}),
        ("Australia thanked Japan for its loan to Fiji.", {("Australia", "praises", "Japan"), ("Japan", "providesAidTo", "Fiji")}),
        ("Argentina rejected Britain's claims to the Falklands.", {("Argentina", "rejects", "United Kingdom")}),
        # an act's owner or "by" agent is still the target
        ("Ghana condemned the arrest of its citizens by Togolese police.",
         {("Ghana", "criticizes", "Togolese police"), ("Togolese police", "coerces", "Ghana")}),
        ("Norway condemned the actions of Swedish troops.", {("Norway", "criticizes", "Swedish troops")}),
        # the act's own "by" doer is judged, not the people it was done to
        ("Norway condemned the killing of Swedish aid workers by Danish troops.",
         {("Norway", "criticizes", "Danish troops"), ("Danish troops", "attacks", "Swedish aid workers")}),
        ("Chile denounced the abuse of Peruvian migrants by Bolivian guards.", {("Chile", "criticizes", "Bolivian guards")}),
        # a complaint to an addressee over an act done to people: the addressee is the target, not the people
        ("Kenya lodged a complaint with Uganda over the deportation of Rwandan refugees.", {("Kenya", "criticizes", "Uganda")}),
        ("Ghana filed a protest with Togo over the detention of Beninese fishermen.", {("Ghana", "protests", "Togo")}),
        ("Chile appealed to the UN over the expulsion of Peruvian migrants.", {("Chile", "demands", "United Nations")}),
        # "to" phrases of the verb's own act, and names of the reason phrase, stay
        ("Russia sent its troops to Syria.", {("Russia", "mobilizes", "Syria")}),
        ("Norway sent aid to Sudan.", {("Norway", "providesAidTo", "Sudan")}),
        ("Lithuania protested to Russia.", {("Lithuania", "protests", "Russia")}),
        # coordination: "neither X nor Y", "both X and Y"
        ("Neither Chile nor Peru supported Bolivia's bid.", {("Chile", "supports", "Bolivia"), ("Peru", "supports", "Bolivia")}),
        ("Both Norway and Sweden condemned Russia.", {("Norway", "criticizes", "Russia"), ("Sweden", "criticizes", "Russia")}),
    ],
)
def test_complement_sides(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(run(text)) == expected


def test_arms_sales_go_to_the_buyer(run: Run) -> None:
    """"protested Y's arms sales to Z": the protest goes to Y only; the sale is between Y and Z."""
    found = events(run("Lithuania protested Russia's arms sales to Belarus."))
    assert ("Lithuania", "protests", "Russia") in found
    assert not any(s == "Lithuania" and o == "Belarus" for s, _, o in found), found
    assert any({s, o} == {"Russia", "Belarus"} for s, _, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an act named by the people it is done to: no target at all
        "Sweden condemned the treatment of Bolivian prisoners.",
        "Kenya welcomed the release of Somali hostages.",
        "Egypt warned against the mass expulsion of Sudanese refugees.",
        "Chile called for the release of Peruvian detainees.",
    ],
)
def test_undergone_acts_name_no_target(run: Run, text: str) -> None:
    assert not events(run(text))


def test_negated_coordination_keeps_modality(run: Run) -> None:
    """"Neither X nor Y criticised Z": each member's act is negated, and the members are not paired."""
    result = run("Neither Ghana nor Togo criticised Benin.")
    found = {(s.subject.label, s.object.label, s.modality.value) for s in result.statements if s.predicate.category != "STRUCTURAL"}
    assert found == {("Ghana", "Benin", "negated"), ("Togo", "Benin", "negated")}
