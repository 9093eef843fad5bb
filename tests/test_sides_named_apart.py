"""Sides that a sentence names apart from what the words around them suggest (session 27, lead).

* Natural features named by the NER as organisations: a name ending on the word of a natural feature ("X Reef", "Y
  Shoal", "the Z Islands", ``landform`` of ``kg/data/place_nouns.tsv``) is a place, no party protested at or accused
  (``kg._places.names_landform``).
* Sets of states by their name: "the Baltic states", "the Gulf countries" are not the article's pair ("the two
  countries" are: ``kg.extract._discourse._pair``).
* The doers' origin: "an attack by gunmen from Y" is no act of Y's (``kg.extract._arguments._agent_origin``).
* Border places of an act of force: "killed militants near the Y border" names no target
  (``kg.extract.patterns._by_a_border``).
* States that were parts of another are not it: "the two former Soviet republics", "ex-Yugoslav states"
  (``kg.extract._arguments._PART_STATES``); "the two ..." with a capitalised modifier may still be the pair.
* A former holder of a state's office is no longer the state: "the former Y-ian president criticised X" is no act of
  Y's; "X arrested a former Y-ian minister" coerces a Y-ian, not Y (``kg.extract._arguments._out_of_office``; PLOVER
  codes them as elites).
* What a text is about is no party to what is done with the text: "vetoed the resolution on Y", "rejected the report
  on Y" (``kg.extract.patterns._document_topics``).
* The host of an event one side attends, snubs or boycotts mediates nothing: a host mediates between two or more
  sides of what it hosts (``kg.extract._arranged._held``).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _named(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected", "place"),
    [
        ("Vietnam protested the presence of Chinese ships at Whitsun Reef.", ("Vietnam", "protests", "China"), "Whitsun Reef"),
        ("Japan lodged a protest with China over ships near the Senkaku Islands.", ("Japan", "protests", "China"), "Senkaku Islands"),
        ("Malaysia accused China of harassing its vessels at Luconia Shoal.", ("Malaysia", "accuses", "China"), "Luconia Shoal"),
    ],
)
def test_natural_features_are_places_not_parties(run: Run, text: str, expected: tuple[str, str, str], place: str) -> None:
    found = _named(run(text))
    assert expected in found, found
    assert not [f for f in found if place in (f[0], f[2])], found


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Germany met in Tallinn. The Baltic states called on Berlin to deploy a brigade permanently in Estonia.",
        "Qatar and Egypt met in Doha. The Gulf countries urged Cairo to reopen the crossing into Qatar.",
    ],
)
def test_named_sets_of_states_are_not_the_pair(run: Run, text: str) -> None:
    demands = [s for s in run(text).statements if s.predicate.name == "demands"]
    assert not demands, demands


def test_the_two_countries_are_still_the_pair(run: Run) -> None:
    found = _named(run("Egypt and Sudan met in Cairo. The two countries agreed to share data on the river."))
    assert ("Egypt", "signsAgreementWith", "Sudan") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso repelled an attack by gunmen from Mali.",
        "Chad condemned an attack by rebels from Sudan.",
        "Benin denounced a raid by bandits from Nigeria on a village in its north.",
    ],
)
def test_gunmen_from_a_state_are_not_the_state(run: Run, text: str) -> None:
    assert not run(text).statements, run(text).statements


def test_troops_from_a_state_are_the_state(run: Run) -> None:
    assert ("Chad", "criticizes", "Sudan") in _named(run("Chad condemned an attack by troops from Sudan."))


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops killed eight militants near the Afghan border.",
        "Indian soldiers killed three infiltrators along the border with Pakistan.",
        "Iraqi forces shelled hideouts near the Syrian border overnight.",
    ],
)
def test_a_border_names_no_target(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "attacks"], run(text).statements


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkish jets bombed Syrian villages near the Iraqi border.", "Syria"),
        ("Russian jets bombed targets near the Georgian town of Gori.", "Georgia"),
    ],
)
def test_a_target_named_beside_a_border_stays(run: Run, text: str, target: str) -> None:
    targets = {s.object.label for s in run(text).statements if s.predicate.name == "attacks"}
    assert targets == {target}, targets


@pytest.mark.parametrize(
    "text",
    [
        "India snubbed the summit hosted by Pakistan.",
        "Chile attended the forum hosted by Peru on fisheries.",
        "France boycotted the talks hosted by Russia.",
    ],
)
def test_a_host_of_one_side_mediates_nothing(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "mediates"], run(text).statements


def test_a_host_of_two_sides_mediates(run: Run) -> None:
    found = _named(run("Egypt and Sudan resumed talks hosted by Ethiopia."))
    assert {("Ethiopia", "mediates", "Egypt"), ("Ethiopia", "mediates", "Sudan")} <= found, found


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Russia vetoed the Security Council resolution on Mali.", "Mali"),
        ("France rejected the report on Chad.", "Chad"),
        ("Britain welcomed the UN report on Sudan.", "Sudan"),
    ],
)
def test_what_a_text_is_about_is_no_party(run: Run, text: str, topic: str) -> None:
    found = _named(run(text))
    assert found and not [f for f in found if topic in (f[0], f[2])], found


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Moscow has long sought to mediate between the two former Soviet republics.", "Soviet Union"),
        ("The two former Yugoslav republics signed a border deal.", "Yugoslavia"),
        ("Serbia criticised the ex-Yugoslav states that recognised Kosovo.", "Yugoslavia"),
    ],
)
def test_former_parts_of_a_state_are_not_it(run: Run, text: str, whole: str) -> None:
    assert not [f for f in _named(run(text)) if whole in (f[0], f[2])], run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "The former Brazilian president criticised Argentina's government.",
        "Chile's former foreign minister accused Bolivia of bad faith.",
        "The former president of Peru praised Ecuador.",
    ],
)
def test_a_former_office_holder_does_not_act_for_the_state(run: Run, text: str) -> None:
    assert not run(text).statements, run(text).statements


def test_a_former_office_holder_undergoes_as_a_person_of_the_state(run: Run) -> None:
    found = [s for s in run("Russia arrested a former Ukrainian defence minister.").statements if s.predicate.name == "coerces"]
    assert [(s.object.type.value, s.object.country, s.object.role) for s in found] == [("SectorActor", "UKR", "former officials")], found


def test_credentials_presented_support_no_topic(run: Run) -> None:
    assert not run("Japan's new ambassador to the United Nations presented his credentials.").statements
    found = _named(run("The new Kenyan ambassador presented his credentials to President Xi Jinping."))
    assert ("Kenya", "supports", "Xi Jinping") in found, found  # PETRARCH2 "EXHIBIT * CREDENTIALS" 050, to the host


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("South Africa's opposition leader criticised Russia.", "South Africa opposition leader"),
        ("The Kenyan opposition leader met the US ambassador.", "Kenyan opposition leader"),
    ],
)
def test_an_opposition_leader_acts_for_the_opposition(run: Run, text: str, doer: str) -> None:
    found = run(text).statements
    assert found and all(s.subject.label == doer and s.subject.role == "opposition" for s in found), found
