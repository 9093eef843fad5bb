"""Offices that do not speak for the state, and titles read as another's (session 28, office28).

* A shadow minister, secretary or chancellor is the opposition's, in every position and with any title word the
  parse hangs "shadow" on: "Y's shadow foreign secretary", "the shadow defence secretary of Y", "criticised Y's shadow
  trade minister", "Y's shadow foreign minister said he would ..." (sector ``opposition``, as "Y's opposition
  leader"; ``kg.extract._out_of_office``).
* One who has not taken an office up yet ("Y's president-elect", "the prime minister-designate of Y", "the incoming
  president of Y") holds no office of Y's: never a current leaderOf, not even by the office-holders table for the
  article's date. Unnamed, he acts for the government he will form (sector ``incoming government``, which keeps Y's
  dyad as the opposition does); named, the person acts ("President-elect X will travel to Z"), as any person of Y.
* A party's office is not the state's: "Y's Labour Party leader X", "X, Y's Green Party chairwoman,", "Y's
  Conservative leader X" give no leaderOf Y (``party_words`` / ``party_titles`` of ``kg/data/structural.yaml``,
  ``kg._titles.party_office``); unnamed, the party named acts, else no one. A head of government who also leads a
  party stays the state's leader ("Y-ian Prime Minister X, who also leads the Z Party", "Y's Labour prime minister X").
* A body of sport or the arts speaks for no state, named ("the Football Association", "the National Chess
  Federation") or as a common noun with its country ("Y's football federation president", "Y's cricket board
  chief"): no party of an event between states (``kg/data/pastime_words.tsv``, ``kg.gazetteer.pastime_body``); a
  state's minister of sport or culture still acts for it.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


def _events(result: ArticleResult) -> list[object]:
    return [s for s in result.statements if s.predicate.name not in ("leaderOf", "officialOf")]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Australia's shadow defence minister condemned China's naval drills.", "Australia shadow defence minister", "China"),
        ("The shadow foreign secretary of Canada denounced Russia's annexation plans.", "shadow foreign secretary of Canada", "Russia"),
        ("Canada's shadow foreign minister said he would visit Kyiv.", "Canada shadow foreign minister", "Ukraine"),
        ("Japan criticised Australia's shadow trade minister.", "Japan", "Australia shadow trade minister"),
    ],
)
def test_a_shadow_minister_is_the_opposition(run: Run, text: str, doer: str, target: str) -> None:
    events = _events(run(text))
    assert [(s.subject.label, s.object.label) for s in events] == [(doer, target)], events
    shadow = events[0].subject if events[0].subject.label == doer and doer != "Japan" else events[0].object
    assert shadow.role == "opposition" and shadow.country, shadow


@pytest.mark.parametrize(
    ("text", "doer", "predicate", "target"),
    [
        ("Colombia's president-elect will visit Ecuador next month.", "Colombia president-elect", "visits", "Ecuador"),
        ("The prime minister-designate of Lebanon met France's ambassador.", "prime minister-designate of Lebanon", "meetsWith", "France"),
        ("The incoming president of Ghana praised Nigeria's mediation.", "incoming president of Ghana", "praises", "Nigeria"),
        ("Argentina's president-elect said he would visit Washington.", "Argentina president-elect", "visits", "United States"),
    ],
)
def test_an_office_not_yet_taken_up_acts_for_the_incoming_government(run: Run, text: str, doer: str, predicate: str, target: str) -> None:
    result = run(text, "2025-06-01")
    assert (doer, predicate, target) in _triples(result)
    assert all(s.subject.role == "incoming government" for s in _events(result))
    assert not [s for s in result.statements if s.predicate.name == "leaderOf"], result.statements


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Vela, Peru's president-elect, met Chile's foreign minister.",
        "Peru's president-elect Tomas Vela met Chile's foreign minister.",
        "President-elect Tomas Vela will travel to Mexico on Friday.",
        # the office-holders table knows Argentina's president on this date: the title with "-elect" is not his
        "Argentina's president-elect met Brazil's ambassador.",
    ],
)
def test_an_elect_holds_no_office(run: Run, text: str) -> None:
    result = run(text, "2025-06-01")
    assert not [s for s in result.statements if s.predicate.name == "leaderOf"], result.statements
    assert _events(result), result.statements


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Norway's Labour Party leader Kari Lund visited Kyiv.", "Kari Lund", "Labour Party"),
        ("Britain's Conservative leader Anna Vole criticised China.", "Anna Vole", None),
        ("Anna Vole, Britain's Conservative Party leader, criticised China.", "Anna Vole", None),
        ("Conservative leader Anna Vole criticised China.", "Anna Vole", None),
    ],
)
def test_a_party_leader_leads_the_party_not_the_state(run: Run, text: str, person: str, party: str | None) -> None:
    offices = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "leaderOf"}
    assert offices == ({(person, party)} if party else set()), offices


@pytest.mark.parametrize(
    ("text", "leader", "country"),
    [
        ("Swedish Prime Minister Kari Lund, who also leads the Social Democrats, visited Kyiv.", "Kari Lund", "Sweden"),
        ("Denmark's Liberal prime minister Jens Holm visited Ukraine.", "Jens Holm", "Denmark"),
    ],
)
def test_a_head_of_government_who_leads_a_party_still_leads_the_state(run: Run, text: str, leader: str, country: str) -> None:
    assert (leader, "leaderOf", country) in _triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden's Social Democratic Party chairman criticised Turkey.", {("Social Democratic Party", "criticizes", "Türkiye")}),
        ("Britain's Conservative leader criticised China.", set()),
        ("Britain's Labour Party leader said he would visit Kyiv.", set()),
    ],
)
def test_an_unnamed_party_officer_is_the_party_or_no_one(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _triples(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Football Association chairman met Qatar's sports minister.",
        "The National Chess Federation condemned Russia.",
        "Qatar's sports minister met the head of the Rugby Union.",
        "Brazil's football federation president criticised Argentina.",
        "The Kenyan Athletics Federation accused Ethiopia of poaching runners.",
        "India's cricket board chief met Pakistan's ambassador.",
        "Argentina criticised Brazil's football federation.",
    ],
)
def test_a_body_of_sport_speaks_for_no_state(run: Run, text: str) -> None:
    assert not _events(run(text)), run(text).statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar's sports minister criticised Britain.", ("Qatar", "criticizes", "United Kingdom")),
        ("The French culture minister visited Mali.", ("France", "visits", "Mali")),
        ("Japan's Olympic minister met China's ambassador.", ("Japan", "meetsWith", "China")),
        # a sport's word on a thing, not a body: the boats are still the state's concern
        ("Chile seized two Peruvian fishing boats.", ("Chile", "coerces", "Peru")),
    ],
)
def test_a_minister_of_sport_or_culture_acts_for_the_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's former president said he would visit Washington.",
        "The former Kenyan foreign secretary criticised Israel.",
    ],
)
def test_a_former_holder_speaks_for_himself(run: Run, text: str) -> None:
    assert not _events(run(text)), run(text).statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Canada's opposition leader said he would visit Kyiv.", "Canada opposition leader"),
        ("Argentina's president-elect said he would visit Washington.", "Argentina president-elect"),
        ("Australia's shadow trade minister said he would travel to Jakarta.", "Australia shadow trade minister"),
        # an office of the state in office: the state's words, as before
        ("Argentina's president said he would visit Washington.", "Argentina"),
    ],
)
def test_words_said_by_an_office_out_of_office_are_not_the_states(run: Run, text: str, speaker: str) -> None:
    events = _events(run(text))
    assert events and all(s.attributed_to is not None and s.attributed_to.label == speaker for s in events), events
