"""The fight of the one helped or praised, and of the owner of an intent to fight (issue 16, helper fight13).

* a noun of fighting (the ``fightsWith`` nouns of the lexicon: fight, struggle, battle, war ...) or of an intent with an
  infinitive of force, owned by no one, in the "in" phrase of a word of help is the helped party's: "X backs Y in the
  fight against Z", "X's assistance to Y in the struggle against Z", "X helped Y in efforts to crush Z" (Y fights Z;
  X only helps). The fight is asserted whatever the help's modality ("X will back Y ..."), and nothing is read when the
  help is denied ("X did not back Y in the fight against Z"): without a pronoun only the help says whose fight it is;
* a verb of praise's "for" phrase names the praised party's fight the same way: "X commended Y for its battle against
  Z", "X hailed Y for the fight against Z" (``praising`` of ``kg/data/contests.yaml``);
* a noun of one's own resolve restated ("X reaffirmed its determination to defeat Y", "reiterated its readiness to
  send troops") is no agreement (``stances`` of ``kg/data/contests.yaml``), nor is an intent noun whose infinitive's
  act is read on its own ("X announced a plan to attack Y": the attack intended); a commitment to a thing stays;
* an owned noun of an intent or attempt with an infinitive of force is its owner's intended act, "campaign" among
  them ("X's campaign to defeat Y is working": X attacks Y, intended), also when the parse makes the infinitive's
  object a second subject of the clause ("Y is working", ``_arguments._garden_path_object``) or the infinitive a
  relative clause ("the X-ian strategy to destroy Y was unveiled"); other acts are not read.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _assaults(result: ArticleResult) -> dict[tuple[str, str, str], Modality]:
    # keyed by the entities' keys, so that a gazetteer name's label ("Islamic State" or its long form) does not matter
    return {(s.subject.key, s.predicate.name, s.object.key): s.modality for s in result.statements if s.predicate.category == "ASSAULT"}


def _key(name: str) -> str:
    known = load_gazetteer().lookup(name)
    assert known is not None, name
    return known.key


def _fights(found: dict[tuple[str, str, str], Modality], a: str, b: str) -> Modality | None:
    a, b = _key(a), _key(b)
    for pred in ("attacks", "fightsWith"):
        for x, y in ((a, b), (b, a)) if pred == "fightsWith" else ((a, b),):
            if (x, pred, y) in found:
                return found[(x, pred, y)]
    return None


# ---------------------------------------------------------------- class 1: the helped or praised party's fight
@pytest.mark.parametrize(
    ("text", "helper", "fighter", "enemy"),
    [
        # a verb of help, the noun without an owner
        ("Italy backs Niger in the fight against Boko Haram.", "Italy", "Niger", "Boko Haram"),
        # a noun of help with its "to" party, the subject of the clause
        ("Spain's assistance to Chad in the struggle against Boko Haram has grown.", "Spain", "Chad", "Boko Haram"),
        # a passive verb of help
        ("Chad was backed by Qatar in the war against Boko Haram.", "Qatar", "Chad", "Boko Haram"),
        # "stands by" with its own "by"
        ("The Netherlands stands by Jordan in the battle against the Islamic State.", "Netherlands", "Jordan", "Islamic State"),
        # a verb of praise and its "for" phrase, with and without the pronoun
        ("Egypt commended Uganda for its battle against the Allied Democratic Forces.", "Egypt", "Uganda", "Allied Democratic Forces"),
        ("Qatar hailed Mali for the fight against al-Qaeda.", "Qatar", "Mali", "al-Qaeda"),
    ],
)
def test_the_helped_or_praised_party_fights(run: Run, text: str, helper: str, fighter: str, enemy: str) -> None:
    result = run(text)
    found = _assaults(result)
    assert _fights(found, fighter, enemy) is Modality.ASSERTED, found
    assert _fights(found, helper, enemy) is None, found  # the helper gets no fight
    assert any(s.subject.key == _key(helper) and s.predicate.category in ("SUPPORT", "AID") for s in result.statements), result.statements


def test_an_intent_to_fight_owned_by_no_one_is_the_helped_partys(run: Run) -> None:
    found = _assaults(run("Belgium assisted Niger in efforts to crush Boko Haram."))
    assert _fights(found, "Niger", "Boko Haram") is Modality.INTENDED, found
    assert _fights(found, "Belgium", "Boko Haram") is None, found


def test_the_helped_fight_is_there_whatever_the_help(run: Run) -> None:
    found = _assaults(run("Portugal will back Mozambique in the fight against the Islamic State."))
    assert _fights(found, "Mozambique", "Islamic State") is Modality.ASSERTED, found


@pytest.mark.parametrize(
    "text",
    [
        # the help denied: without a pronoun, nobody's fight is said (not even the refuser's, negated)
        "Italy did not back Niger in the fight against Boko Haram.",
        "Spain refused to support Chad in the war against Boko Haram.",
        # no armed adversary: a disease, a bid, a price rise, a lack of schooling
        "Austria supports Ghana in the fight against malaria.",
        "Peru backed Bolivia in the bid to host the games.",
        "Sweden praised Ghana for its fight against inflation.",
        "Finland praised Benin for the battle against illiteracy.",
        # a contest for a prize, and two states with no armed side and no pronoun
        "Denmark backed Ethiopia in the battle for the title against Kenya.",
        "Austria backed Serbia in the fight against Croatia.",
    ],
)
def test_no_fight_without_an_armed_contest_of_the_helped(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not found, found


# ---------------------------------------------------------------- class 2: an owned intent with an infinitive of force
@pytest.mark.parametrize(
    ("text", "owner", "enemy"),
    [
        # a campaign, the object parsed as the clause's second subject
        ("Niger's campaign to defeat Boko Haram is succeeding.", "Niger", "Boko Haram"),
        ("Chad's campaign to rout Boko Haram is gaining ground.", "Chad", "Boko Haram"),
        # a strategy, a perfect tense
        ("Mali's strategy to crush al-Qaeda has changed.", "Mali", "al-Qaeda"),
        # an adjective of origin as the owner, a passive clause
        ("The Ugandan plan to destroy al-Shabaab was approved.", "Uganda", "al-Shabaab"),
        # the infinitive parsed as a relative clause
        ("The Chadian strategy to destroy Boko Haram was unveiled on Friday.", "Chad", "Boko Haram"),
        # the same without an owner: the stater's, as "announced a plan to attack Y"
        ("Egypt unveiled a strategy to destroy the Islamic State.", "Egypt", "Islamic State"),
        # a plural noun of attempt, a noun of resolve
        ("Jordan's efforts to defeat the Islamic State continue.", "Jordan", "Islamic State"),
        ("Egypt's determination to crush the Islamic State remains firm.", "Egypt", "Islamic State"),
    ],
)
def test_an_owned_intent_to_fight_is_the_owners_intended_attack(run: Run, text: str, owner: str, enemy: str) -> None:
    found = _assaults(run(text))
    assert _fights(found, owner, enemy) is Modality.INTENDED, found


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive of another act: an election, investment, a visit
        "Niger's campaign to win the vote is succeeding.",
        "Ghana's campaign to attract investors is working.",
        "Mali's plan to visit Niger is working.",
        # winning a match: no armed side
        "Senegal's campaign to defeat Gambia in the final is over.",
    ],
)
def test_an_owned_intent_of_another_act_states_nothing(run: Run, text: str) -> None:
    result = run(text)
    assert not result.statements, result.statements


# ---------------------------------------------------------------- class 3: a restated resolve is no agreement
def _agreed(result: ArticleResult) -> list[str]:
    return [s.object.label for s in result.statements if s.predicate.name == "agreesTo"]


@pytest.mark.parametrize(
    ("text", "owner", "enemy"),
    [
        # a noun of resolve restated, its infinitive an act of force read on its own
        ("Tunisia reaffirmed its determination to defeat al-Qaeda.", "Tunisia", "al-Qaeda"),
        ("Cameroon reiterated its willingness to fight Boko Haram.", "Cameroon", "Boko Haram"),
        # a commitment with an infinitive of force: the act intended says it
        ("Benin reiterated its commitment to crush Boko Haram.", "Benin", "Boko Haram"),
        # a plan announced: the attack intended, not the plan as a thing agreed to
        ("Niger announced a plan to attack al-Qaeda in the Islamic Maghreb.", "Niger", "al-Qaeda in the Islamic Maghreb"),
    ],
)
def test_a_restated_resolve_to_fight_is_the_attack_intended_only(run: Run, text: str, owner: str, enemy: str) -> None:
    result = run(text)
    assert _fights(_assaults(result), owner, enemy) is Modality.INTENDED, result.statements
    assert not _agreed(result), result.statements


@pytest.mark.parametrize(
    "text",
    [
        # a noun of readiness or desire restated, its act not one the extractor reads: nothing agreed
        "Senegal reiterated its readiness to send engineers to Gambia.",
        "Bhutan reiterated its desire to deepen ties with the region.",
        "Malta reaffirmed its intention to host the forum.",
    ],
)
def test_a_restated_resolve_is_no_agreement(run: Run, text: str) -> None:
    result = run(text)
    assert not _agreed(result), result.statements


@pytest.mark.parametrize(
    ("text", "predicate", "obj"),
    [
        # a commitment to a thing, support restated, a commitment to an agreement: kept
        ("Ecuador reaffirmed its commitment to the ceasefire.", "agreesTo", "ceasefire"),
        ("Gabon reiterated its support for Angola.", "supports", "Angola"),
        ("Paraguay is committed to the peace deal.", "agreesTo", "peace deal"),
    ],
)
def test_a_restated_commitment_or_support_stays(run: Run, text: str, predicate: str, obj: str) -> None:
    result = run(text)
    assert any(s.predicate.name == predicate and s.object.label == obj for s in result.statements), result.statements
