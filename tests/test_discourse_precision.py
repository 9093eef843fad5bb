"""Fewer wrong arguments and modalities (kg/extract/_discourse.py, _modality.py), on invented texts.

The pair a collective word stands for, descriptions that point back to an act, recognition as
support, what is pressed for, and pledges not to act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def events(result: ArticleResult) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) labels of the result's event statements (not people's titles)."""
    return {t for t in triples(result) if t[1] not in ("leaderOf", "officialOf")}


# ------------------------------------------------- the pair at this point
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a bare "the two" after a call, with a third country named most in the article
        (
            "President Gabriel Boric phoned Argentine President Javier Milei on Friday. "
            "The two then went over bilateral cooperation in mining and fisheries. "
            "Bolivia held elections in 2020. Bolivia thanked Argentina. Bolivia praised Chile.",
            {"Chile", "Argentina"},
        ),
        ("President Lula met Argentine President Javier Milei in Brasilia on Monday. The two agreed to expand trade.", {"Brazil", "Argentina"}),
        ("Chinese Foreign Minister Wang Yi held talks with his Japanese counterpart in Beijing. Both condemned the missile test by North Korea.", {"China", "Japan"}),
    ],
)
def test_collective_subject_is_the_last_meetings_sides(run: Run, text: str, pair: set[str]) -> None:
    found = events(run(text))
    acts = [t for t in found if t[1] in ("cooperatesWith", "tradesWith")]
    if acts:
        assert all({s, o} == pair for s, _, o in acts), found
    else:
        assert {s for s, p, _ in found if p == "criticizes"} == pair, found


def test_no_pair_after_a_meeting_with_a_side_of_no_known_country(run: Run) -> None:
    # the resolver knows no country for the second leader: not the two countries named most either
    text = (
        "President Gabriel Boric phoned President Dina Boluarte on Friday. The two then went over bilateral cooperation in mining. "
        "Bolivia held elections in 2020. Bolivia thanked Peru. Bolivia praised Chile."
    )
    assert not [t for t in events(run(text)) if t[1] == "cooperatesWith"]


def test_bare_two_without_the_is_no_pair(run: Run) -> None:
    found = events(run("President Lula met Argentine President Javier Milei in Brasilia on Monday. Two condemned the raid by Chile."))
    assert not [t for t in found if t[1] == "criticizes"], found


# ------------------------------------- descriptions that point back to an act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria accused Morocco of hostile acts on Monday. Rabat rejected the absurd pretexts on which the charge was based.", ("Morocco", "rejects", "Algeria")),
        ("Peru expelled the Chilean consul on Monday. Chile rejected the justification given for the expulsion.", ("Chile", "rejects", "Peru")),
        # "the incident" may look back past three sentences, to the one act of force of the article
        (
            "Russian warplanes bombed a Georgian border post on Sunday. Two guards were hurt. "
            "Tbilisi lodged a protest. Moscow rejected the protest. The ministry said nothing more. The incident drew a rebuke from Canada, which condemned the incident.",
            ("Canada", "criticizes", "Russian warplanes"),
        ),
        ("China seized a Philippine fishing boat near the shoal. Japan condemned the incident.", ("Japan", "criticizes", "China")),
    ],
)
def test_description_stands_for_the_actor_of_the_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # two actors of force: "the incident" is either
        "China seized a Philippine boat on Monday. Vietnam attacked a Chinese ship on Tuesday. Japan condemned the incident.",
        # no act of force before it: a storm is no actor
        "The storm damaged the port on Monday. Chile condemned the incident.",
    ],
)
def test_description_abstains(run: Run, text: str) -> None:
    assert not [t for t in events(run(text)) if t[1] == "criticizes"]


# --------------------------------------------------------- recognition
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland recognized Palestine.", ("Ireland", "supports", "Palestine")),
        ("Nicaragua switched diplomatic recognition to China.", ("Nicaragua", "supports", "China")),
        ("Russia recognised Abkhazia as an independent state in 2008.", ("Russia", "supports", "Abkhazia")),
    ],
)
def test_recognition_is_one_way_support_not_relations(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    assert expected in events(result)
    assert not [s for s in result.statements if s.predicate.name == "diplomaticRelationsWith"]
    assert {s.cameo for s in result.statements if s.predicate.name == "supports"} == {"054"}


@pytest.mark.parametrize(
    "text",
    [
        "The award recognises outstanding work by young engineers.",
        "The court recognised the rights of fishermen in the bay.",
        "Chile was recognised for its work on ocean protection.",
    ],
)
def test_recognising_no_state_is_no_recognition(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.cameo == "054"]


def test_a_relative_is_not_the_person_named_as_owner(run: Run) -> None:
    # "X's ministers" act for X; "X's daughter" is someone else
    daughter = run("The memorial service was attended by President Gabriel Boric and Augusto Pinochet's daughter.")
    assert not [s for s in daughter.statements if s.subject.label == "Augusto Pinochet"]
    ministers = run("The memorial service was attended by President Gabriel Boric and Augusto Pinochet's ministers.")
    assert [s.predicate.name for s in ministers.statements if s.subject.label == "Augusto Pinochet"] == ["participatesIn"]


def test_refused_recognition_is_a_rejection_and_relations_stay_relations(run: Run) -> None:
    assert ("Serbia", "rejects", "Kosovo") in events(run("Serbia would never recognise Kosovo."))
    assert ("Bhutan", "diplomaticRelationsWith", "India") in events(run("India and Bhutan established diplomatic relations in 1968."))


# ------------------------------------------------ what is pressed for, pledges not to act
@pytest.mark.parametrize(
    "text",
    [
        "Britain is lobbying hard for France to support the tariff reform.",
        "Britain pressed for Iran to release the detained sailors.",
        "It is vital for Chile to sign the fisheries accord with Peru.",
    ],
)
def test_a_for_clause_is_not_done(run: Run, text: str) -> None:
    found = events(run(text))
    assert not [t for t in found if t[1] in ("supports", "concedes", "signsAgreementWith")], found


@pytest.mark.parametrize(
    "text",
    [
        "Peru vowed never to sign the accord with Chile.",
        "Chile promised Peru it would not send troops.",
        "Egypt pledged never to sign a border accord with Sudan.",
    ],
)
def test_a_pledge_not_to_act_is_no_agreement(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "agreesTo"]
    assert not [s for s in result.statements if s.predicate.name == "rejects" and s.object.label in ("Peru", "Sudan")]


def test_a_pledge_to_act_is_still_an_agreement(run: Run) -> None:
    result = run("Peru vowed to sign the accord with Chile.")
    assert [s.predicate.name for s in result.statements if s.predicate.name == "agreesTo"] == ["agreesTo"]
