"""The parties of a fight stated indirectly (issue 16, helper agents8).

* a possessive pronoun whose antecedent is the helped party: "X supported Y in its fight against Z", "X stands by
  Y in its struggle against Z", "X's backing for Y's army in their war on Z", "X helped Y in its efforts to crush
  Z" (Y fights Z; X's help stays; ``helping`` of ``kg/data/contests.yaml``);
* an intent named by a noun with the infinitive of an act of force: "X's determination to defeat Y", "its resolve
  to combat Y", "in its efforts to destroy Y" (X attacks Y, intended; ``intentions`` of ``kg/data/contests.yaml``),
  and a resolve named by an adjective: "X is determined to defeat Y" (intended);
* coordinated subjects of such a predicate, each a party: "X, Y and Z are committed to defeating W" (the parse may
  hang the subjects on the auxiliary), "X and Y have vowed to destroy W";
* the victim and the doer of an attack said through the harm suffered: "X's soldiers were captured in an ambush by
  Y", "five X soldiers, killed in a raid by Y, ...", "X lost ten soldiers in an attack by Y", "X's troops suffered
  heavy losses at the hands of Y", "the X garrison fell to Y" (Y attacks X; a town falling is a place, a team
  losing a match no party).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from conftest import ISIL

Run = Callable[..., ArticleResult]


def _assaults(result: ArticleResult) -> dict[tuple[str, str, str], Modality]:
    return {(s.subject.label, s.predicate.name, s.object.label): s.modality for s in result.statements if s.predicate.category == "ASSAULT"}


def _fights(found: dict[tuple[str, str, str], Modality], a: str, b: str) -> Modality | None:
    for pred in ("attacks", "fightsWith"):
        for x, y in ((a, b), (b, a)) if pred == "fightsWith" else ((a, b),):
            if (x, pred, y) in found:
                return found[(x, pred, y)]
    return None


# ---------------------------------------------------------------- intents named by a noun
@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        # a possessor, the noun as the subject
        ("Uganda's determination to defeat al-Shabaab impressed its allies.", "Uganda", "al-Shabaab"),
        ("Chad's resolve to crush Boko Haram has never been stronger.", "Chad", "Boko Haram"),
        ("Ethiopia's efforts to destroy al-Shabaab have cost it dearly.", "Ethiopia", "al-Shabaab"),
        # a possessive pronoun, the noun as a verb's object
        ("Egypt reaffirmed its commitment to defeat the Islamic State.", "Egypt", ISIL),
        ("Rwanda stepped up its efforts to crush the Allied Democratic Forces.", "Rwanda", "Allied Democratic Forces"),
        # the noun without a possessor: the stater's intent
        ("Jordan announced a plan to bomb the Islamic State.", "Jordan", ISIL),
        # an "of" owner
        ("The decision of Kenya to attack al-Shabaab surprised the region.", "Kenya", "al-Shabaab"),
        # set off in an "in" phrase
        ("Niger, in its determination to crush Boko Haram, sent two more battalions.", "Niger", "Boko Haram"),
        # an adjective or participle of resolve
        ("Somalia is determined to defeat the Islamic State.", "Somalia", ISIL),
        ("Cameroon remains resolved to crush Boko Haram.", "Cameroon", "Boko Haram"),
    ],
)
def test_an_intent_to_fight_is_its_owners_intended_act(run: Run, text: str, subject: str, obj: str) -> None:
    found = _assaults(run(text))
    assert _fights(found, subject, obj) is Modality.INTENDED, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya has no plan to attack al-Shabaab.", Modality.NEGATED),
        ("Kenya abandoned its plan to attack al-Shabaab.", Modality.NEGATED),
        ("Kenya did not announce its plan to attack al-Shabaab.", Modality.NEGATED),
        ("Kenya may announce a plan to bomb al-Shabaab.", Modality.POSSIBLE),
    ],
)
def test_the_nouns_verb_gives_the_modality(run: Run, text: str, modality: Modality) -> None:
    found = _assaults(run(text))
    assert _fights(found, "Kenya", "al-Shabaab") is modality, found


@pytest.mark.parametrize(
    "text",
    [
        # a verb of judging or reacting speaks of an intent it does not own
        "The United Nations condemned the plan to bomb the Islamic State.",
        "Kenya criticised the decision to attack al-Shabaab.",
        "Kenya opposes any attempt to attack Uganda.",
        "Ghana welcomed the plan to defeat al-Shabaab.",
    ],
)
def test_an_ownerless_intent_judged_by_another_is_nobodys(run: Run, text: str) -> None:
    result = run(text)
    assert not _assaults(result), _assaults(result)


def test_another_turning_down_an_owned_intent_leaves_it_intended(run: Run) -> None:
    found = _assaults(run("Kenya rejected Uganda's plan to attack al-Shabaab."))
    assert _fights(found, "Uganda", "al-Shabaab") is Modality.INTENDED, found
    assert _fights(found, "Kenya", "al-Shabaab") is None, found


@pytest.mark.parametrize(
    "text",
    [
        # a thing fought: no party
        "Kenya's efforts to defeat inflation have failed.",
        "Ghana's determination to combat malaria impressed the donors.",
        # a match, not a battle
        "Brazil's determination to beat Argentina in the final impressed the fans.",
        # an infinitive on another noun, or of another act, states nothing yet
        "Ghana made a bid to end the dispute with Togo.",
        "Kenya's plan to visit Uganda was postponed.",
    ],
)
def test_an_intent_without_an_armed_side_fights_nobody(run: Run, text: str) -> None:
    result = run(text)
    assert not _assaults(result), _assaults(result)
    if "visit" in text or "dispute" in text:
        assert not [s for s in result.statements if s.predicate.category not in ("STRUCTURAL",)], result.statements


# ---------------------------------------------------------------- coordinated subjects
@pytest.mark.parametrize(
    ("text", "parties", "enemy"),
    [
        # the copula read as a passive's auxiliary, with the subjects hung on it
        ("Kenya, Uganda and Ethiopia are committed to defeating al-Shabaab.", ("Kenya", "Uganda", "Ethiopia"), "al-Shabaab"),
        ("Chad, Niger and Cameroon are resolved to defeat Boko Haram.", ("Chad", "Niger", "Cameroon"), "Boko Haram"),
        # an adjective of resolve
        ("Jordan, Egypt and Bahrain are determined to crush the Islamic State.", ("Jordan", "Egypt", "Bahrain"), ISIL),
    ],
)
def test_each_coordinated_subject_is_a_party(run: Run, text: str, parties: tuple[str, ...], enemy: str) -> None:
    found = _assaults(run(text))
    assert all(_fights(found, p, enemy) is Modality.INTENDED for p in parties), found


@pytest.mark.parametrize(
    ("text", "parties", "enemy"),
    [
        ("Kenya and Burundi have vowed to destroy al-Shabaab.", ("Kenya", "Burundi"), "al-Shabaab"),
        ("Jordan, Egypt, Morocco and Bahrain have pledged to defeat the Islamic State.", ("Jordan", "Egypt", "Morocco", "Bahrain"), ISIL),
    ],
)
def test_each_coordinated_subject_of_a_vow_threatens(run: Run, text: str, parties: tuple[str, ...], enemy: str) -> None:
    """A hostile act vowed is a threat (PETRARCH2 "VOW * ATTACK", "PLEDGE * DEFEAT": CAMEO 13; see
    tests/test_weighed_and_hearsay_acts.py), made by each coordinated subject."""
    threats = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "threatens"}
    assert all((p, enemy) in threats for p in parties), threats


@pytest.mark.parametrize(
    "text",
    [
        "Chad, Niger and Cameroon are committed to fighting corruption.",
        "Kenya, Uganda and Tanzania are determined to defeat malaria.",
    ],
)
def test_coordinated_subjects_against_a_thing_fight_nobody(run: Run, text: str) -> None:
    result = run(text)
    assert not _assaults(result), _assaults(result)


# ---------------------------------------------------------------- the helped party's fight
@pytest.mark.parametrize(
    ("text", "helper", "fighter", "enemy"),
    [
        # a verb of help with its object
        ("Germany supports Nigeria in its war against al-Shabaab.", "Germany", "Nigeria", "al-Shabaab"),
        ("Italy assisted Somalia in its campaign against Boko Haram.", "Italy", "Somalia", "Boko Haram"),
        # a verb of help with its own preposition
        ("Norway stands by Chad in its struggle against the Islamic State.", "Norway", "Chad", ISIL),
        ("France sided with Mali in its war against the Islamic State.", "France", "Mali", ISIL),
        # a passive verb of help
        ("Kenya was supported by Britain in its fight against al-Shabaab.", "United Kingdom", "Kenya", "al-Shabaab"),
        # a noun of help, its "for" object, or its "with" hung on the light verb
        ("Britain reiterated its support for Kenya in its fight against al-Shabaab.", "United Kingdom", "Kenya", "al-Shabaab"),
        ("Britain expressed solidarity with Kenya in its struggle against al-Shabaab.", "United Kingdom", "Kenya", "al-Shabaab"),
        # "their": a body, or several helped
        ("Britain pledged backing for the Afghan army in their war on the Houthis.", None, "Afghan army", "Houthis"),
        ("The United States backs Iraqi troops in their battle with the Islamic State.", "United States", "Iraqi troops", ISIL),
        ("Denmark helped Kenya and Uganda in their war on al-Shabaab.", "Denmark", "Uganda", "al-Shabaab"),
        # the one who receives, welcomes or thanks for the help
        ("Somalia welcomed British assistance in its war on the Islamic State.", None, "Somalia", ISIL),
        ("Chad thanked France for its support in its struggle against the Islamic State.", None, "Chad", ISIL),
        # an intent to fight named by its noun
        ("France helped Mali in its efforts to destroy the Islamic State.", "France", "Mali", ISIL),
    ],
)
def test_the_helped_party_fights(run: Run, text: str, helper: str | None, fighter: str, enemy: str) -> None:
    result = run(text)
    found = _assaults(result)
    assert _fights(found, fighter, enemy) is not None, found
    if helper is not None:
        assert _fights(found, helper, enemy) is None, found
        assert any(s.subject.label == helper and s.predicate.category in ("SUPPORT", "AID") for s in result.statements), result.statements


@pytest.mark.parametrize(
    "text",
    [
        "Germany will provide assistance to Nigeria in its campaign against al-Shabaab.",
        "Britain did not support Kenya in its fight against al-Shabaab.",
        "Britain may back Kenya in its war on al-Shabaab.",
    ],
)
def test_the_fight_is_asserted_whatever_the_help(run: Run, text: str) -> None:
    found = _assaults(run(text))
    fighter = "Nigeria" if "Nigeria" in text else "Kenya"
    assert _fights(found, fighter, "al-Shabaab") is Modality.ASSERTED, found


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        # no armed side: a thing fought, a bid of another kind, a flood
        ("Britain reiterated its support for Kenya in its bid to host the games.", "United Kingdom"),
        ("France helped Mali in its fight against corruption.", "France"),
        ("Germany supports Nigeria in its efforts to curb inflation.", "Germany"),
        ("Japan assisted Indonesia in its struggle against the floods.", "Japan"),
        ("Canada supported Ukraine in its bid to join the European Union.", "Canada"),
        # the pronoun does not agree with the helped: nobody is sure
        ("Denmark helped Kenya and Uganda in its war on al-Shabaab.", "Denmark"),
    ],
)
def test_help_in_no_armed_contest_makes_no_fighter(run: Run, text: str, helper: str) -> None:
    result = run(text)
    assert not _assaults(result), _assaults(result)
    assert any(s.subject.label == helper for s in result.statements), result.statements


def test_a_fight_without_possessive_is_the_helped_partys(run: Run) -> None:
    # no possessive: the fight is still the helped party's (issue 16, helper fight13), and the helper is no side
    found = _assaults(run("Norway backed Kenya in the war against al-Shabaab."))
    assert _fights(found, "Kenya", "al-Shabaab") is Modality.ASSERTED, found
    assert _fights(found, "Norway", "al-Shabaab") is None, found


# ---------------------------------------------------------------- the victim and the doer of harm suffered
@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        # a passive verb of harm or of taking people, in an attack noun's "by" phrase
        ("Three Ugandan soldiers were captured in an ambush by al-Shabaab.", "al-Shabaab", "Ugandan soldiers"),
        ("Two Kenyan police officers were abducted in a raid by al-Shabaab.", "al-Shabaab", "Kenyan police officers"),
        # a participle of harm describing the victim (once read the wrong way round)
        ("Ten Malian soldiers, wounded in a raid by the Islamic State, were flown home.", ISIL, "Malian soldiers"),
        # a loss of forces or men
        ("The Chadian army lost forty men in an ambush by Boko Haram.", "Boko Haram", "Chadian army"),
        ("Kenya lost ten soldiers in an attack by al-Shabaab.", "al-Shabaab", "Kenya"),
        # at the hands of the doer
        ("Kenyan troops suffered heavy losses at the hands of al-Shabaab.", "al-Shabaab", "Kenyan troops"),
        ("Chadian soldiers died at the hands of Boko Haram.", "Boko Haram", "Chadian soldiers"),
        ("Ethiopian soldiers were slain at the hands of al-Shabaab.", "al-Shabaab", "Ethiopian soldiers"),
        ("Ugandan forces took heavy casualties at the hands of the Allied Democratic Forces.", "Allied Democratic Forces", "Ugandan forces"),
        # a noun of harm at the hands of the doer: its "of" object, its owner, or the one who suffers it
        ("The deaths of six Kenyan soldiers at the hands of al-Shabaab were mourned.", "al-Shabaab", "Kenyan soldiers"),
        ("Kenya's crushing defeat at the hands of al-Shabaab in 2016 was a turning point.", "al-Shabaab", "Kenya"),
        ("Kenyan peacekeepers suffered a defeat at the hands of al-Shabaab.", "al-Shabaab", "Kenyan peacekeepers"),
        # a force falling to another
        ("The Syrian garrison fell to the Islamic State.", ISIL, "Syrian garrison"),
        ("Iraqi forces fell to the Islamic State in 2014.", ISIL, "Iraqi forces"),
        # a nominal killing with its "by" agent (read before this branch too)
        ("The killing of Kenyan soldiers by al-Shabaab drew condemnation.", "al-Shabaab", "Kenyan soldiers"),
    ],
)
def test_the_harmed_party_is_the_target(run: Run, text: str, doer: str, victim: str) -> None:
    found = _assaults(run(text))
    assert (doer, "attacks", victim) in found, found
    assert (victim, "attacks", doer) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a place falls, a match is lost, a task falls to someone: no party
        "The town fell to Boko Haram.",
        "Kenya fell to Uganda in the final.",
        "The task fell to Kenyan troops.",
        "The Kenyan team suffered a heavy defeat at the hands of Uganda.",
        "Kenya lost the match at the hands of Uganda.",
        "Kenya's defeat at the polls surprised Uganda.",
        "Kenyan deaths at the border rose last year.",
        "Kenyan traders suffered losses at the hands of Ugandan customs officers.",
        # a thing lost, or harm with no doer
        "Kenya lost the election to Uganda.",
        "Two Kenyan fans were injured in a stampede.",
    ],
)
def test_harm_without_an_armed_doer_states_no_attack(run: Run, text: str) -> None:
    result = run(text)
    assert not _assaults(result), _assaults(result)
