"""A partner backed in its fight against a third party (class fight24; CAMEO 19 FIGHT, PLOVER ASSAULT).

"X supports Y in its fight against Z": Y fights Z (``fightsWith``), X supports Y (read by the help's own trigger).
This class extends the helped fights of helper fight13 (``kg/extract/_constructions.helped_contest`` and
``_helped_fighters``, ``helping`` of ``kg/data/contests.yaml``):

* the noun of help in another "in" phrase of the clause ("X remains firm in its backing of Y in its war against Z"), with
  "of" naming the helped after an owner ("its support of Y"); the fight hung by the parse on the helped party or the
  last of coordinated ones ("X stands by Y and the Y-ian army in their war on Z"); the helped named by a
  verb's dative ("provided help to Y in its struggle") or by "behind" ("stands behind Y", "rallied behind Y"); the
  subject of the clause a phrase of help goes with ("With X's support in its war on Z, Y retook the town", "Backed by
  X in its fight against Z, Y ..."; the participle's help is the subject's too: "Assisted by X, Y retook the town");
* the fight's adversary the parse of a headline hangs on the word of help ("UK backs Kenya in war on Z": Z is fought,
  not supported; ``_refined.split_adversaries``);
* "their" of one helped state after one helper is the helped party's ("X stands with Y in their fight against Z");
* "combat against" is a noun of fighting in an armed contest (``kg/data/lexicon.yaml``);
* a state adversary of a backed contest named by its armed act ("X backs Y in its war against Z-ian aggression":
  ``aggressions`` of ``kg/data/contests.yaml``, ``_constructions.backed_contest``);
* an abstract adversary narrowed down to an armed group ("in its war on terror, notably against Z", "against terrorist
  groups such as Z": ``kg/extract/_refined.py``, ``refined_*`` of ``kg/data/contests.yaml``);
* an armed group of the helped party's own country is fought by it, though a relation of two actors of one country is
  otherwise domestic ("X backs Y in its war against Z", Z an armed group of Y's: ``patterns._home_insurgency``).

Nothing is read for a fight against an abstraction only, a fight for something, a fight whose adversary is the helper
itself, or one party alone. The fight is asserted; the help keeps its own modality. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult, Entity, EntityType, Modality

Run = Callable[..., ArticleResult]


def _key(name: str) -> str:
    known = load_gazetteer().lookup(name)
    assert known is not None, name
    return known.key


def _of(entity: Entity) -> str:
    """A side of a fight: a state or a force by its country, an organisation (an armed group) by itself."""
    return entity.key if entity.type is EntityType.ORGANIZATION else entity.country or entity.key


def _fights(result: ArticleResult) -> dict[frozenset[str], Modality]:
    """The fights found, keyed by their two sides."""
    return {frozenset((_of(s.subject), _of(s.object))): s.modality for s in result.statements if s.predicate.name == "fightsWith"}


def _side(name: str) -> str:
    known = load_gazetteer().lookup(name)
    assert known is not None, name
    return _of(known)


def _helps(result: ArticleResult, helper: str) -> list[Modality]:
    code = load_gazetteer().lookup(helper)
    assert code is not None, helper
    return [s.modality for s in result.statements if s.subject.country == code.country and s.predicate.category in ("SUPPORT", "AID")]


# ---------------------------------------------------------------- the helped party's fight, reached in more shapes
@pytest.mark.parametrize(
    ("text", "helper", "fighter", "enemy"),
    [
        # the noun of help in the verb's (or its adjective's) other "in" phrase; "of" after an owner names the helped
        ("Japan remains firm in its backing of Chad in its war against Boko Haram.", "Japan", "Chad", "Boko Haram"),
        ("Norway is unwavering in its support for Iraq in its battle against the Islamic State.", "Norway", "Iraq", "Islamic State"),
        # a demonym + noun on both sides
        ("The Italian government remains steadfast in its backing of the Nigerien army in its war against al-Qaeda.", "Italy", "Niger", "al-Qaeda"),
        # the fight hung on the last of coordinated helped parties; "their" agrees with them
        ("Denmark has long supported the Nigerien government and the Nigerien army in their struggle against Boko Haram.", "Denmark", "Niger", "Boko Haram"),
        ("President Macron said France stands by Chad and the Chadian people in their war against Boko Haram.", "France", "Chad", "Boko Haram"),
        # "their" of one state helped by one helper
        ("Portugal stands with Mozambique in their fight against the Islamic State.", "Portugal", "Mozambique", "Islamic State"),
        # the noun of help's "to" read by the parse as the verb's dative
        ("Belgium provided assistance to Niger in its war against al-Qaeda.", "Belgium", "Niger", "al-Qaeda"),
        # "behind" names the helped
        ("Greece stands firmly behind Iraq in its fight against the Islamic State.", "Greece", "Iraq", "Islamic State"),
        ("Cyprus rallied behind Jordan in its struggle against the Islamic State.", "Cyprus", "Jordan", "Islamic State"),
        # combat against an armed group; a titled official's statement of solidarity
        ("Austria supports Kenya in its combat against al-Shabaab.", "Austria", "Kenya", "al-Shabaab"),
        ("The Dutch foreign minister reaffirmed the Netherlands' solidarity with Iraq in its struggle against the Islamic State.", "Netherlands", "Iraq", "Islamic State"),
    ],
)
def test_the_helped_party_fights(run: Run, text: str, helper: str, fighter: str, enemy: str) -> None:
    result = run(text)
    fights = _fights(result)
    assert fights.get(frozenset((_side(fighter), _key(enemy)))) is Modality.ASSERTED, fights
    assert frozenset((_side(helper), _key(enemy))) not in fights, fights  # the helper gets no fight
    assert _helps(result, helper), result.statements


@pytest.mark.parametrize(
    ("text", "helper", "fighter", "enemy"),
    [
        # a noun of help after "with" and a participle of help set on the clause: its subject is helped
        ("With the support of Spain in its war against al-Qaeda, Mali retook the town.", "Spain", "Mali", "al-Qaeda"),
        ("Backed by Chad in its fight against Boko Haram, Niger has made gains.", "Chad", "Niger", "Boko Haram"),
    ],
)
def test_the_clause_subject_a_phrase_of_help_goes_with_fights(run: Run, text: str, helper: str, fighter: str, enemy: str) -> None:
    result = run(text)
    fights = _fights(result)
    assert frozenset((_side(fighter), _key(enemy))) in fights, fights
    assert frozenset((_side(helper), _key(enemy))) not in fights, fights
    helped = {s.object.country for s in result.statements if s.predicate.category in ("SUPPORT", "AID")}
    assert helped == {_side(fighter)}, result.statements  # the fight is no thing supported


@pytest.mark.parametrize(
    "text",
    [
        # the one who asks for help fights
        "Kenya asked Britain for help in its fight against al-Shabaab.",
        "Kenya requested British assistance in its war against al-Shabaab.",
    ],
)
def test_the_one_who_asks_for_help_fights(run: Run, text: str) -> None:
    fights = _fights(run(text))
    assert frozenset(("KEN", _key("al-Shabaab"))) in fights, fights
    assert frozenset(("GBR", _key("al-Shabaab"))) not in fights, fights


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assisted by France, Mali retook the town.", ("FRA", "providesAidTo", "MLI")),
        ("Backed by Russia, Syrian troops attacked the rebels.", ("RUS", "supports", "SYR")),
    ],
)
def test_a_participle_of_help_helps_the_clause_subject(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s.subject.country, s.predicate.name, s.object.country) for s in run(text).statements}


def test_a_participle_of_help_on_a_thing_helps_no_one(run: Run) -> None:
    assert not run("Supported by the EU, the project was completed.").statements


@pytest.mark.parametrize(
    ("text", "helper", "fighter", "enemy"),
    [
        # headlines whose parse hangs the fight's "on Z" on the word of help: Z is fought, not supported
        ("Italy Backs Niger In War On Boko Haram", "Italy", "Niger", "Boko Haram"),
        ("UK pledges support to Kenya in war on al-Shabaab", "United Kingdom", "Kenya", "al-Shabaab"),
    ],
)
def test_a_split_adversary_is_fought_not_supported(run: Run, text: str, helper: str, fighter: str, enemy: str) -> None:
    result = run(text)
    assert frozenset((_side(fighter), _key(enemy))) in _fights(result), result.statements
    assert not [s for s in result.statements if s.predicate.category in ("SUPPORT", "AID") and s.object.key == _key(enemy)], result.statements


def test_combat_against_an_armed_group_is_a_fight(run: Run) -> None:
    fights = _fights(run("Uganda's combat against the Allied Democratic Forces has intensified."))
    assert frozenset(("UGA", _key("Allied Democratic Forces"))) in fights, fights


# ---------------------------------------------------------------- an abstract adversary narrowed down to a group
@pytest.mark.parametrize(
    ("text", "fighter", "enemies"),
    [
        # a focusing word before "against Z", after "war on terror" and after "extremism"
        ("Germany backs Iraq in its war on terror, notably against the Islamic State.", "Iraq", ["Islamic State"]),
        ("Italy supported Niger in the struggle against extremism, above all against Boko Haram.", "Niger", ["Boko Haram"]),
        # coordinated abstractions, a future help
        ("Ghana will help Togo in its fight against extremism and crime, in particular against the Islamic State.", "Togo", ["Islamic State"]),
        # examples of a group noun an armed kind qualifies
        ("Egypt assists Libya in its fight against terrorist groups such as the Islamic State.", "Libya", ["Islamic State"]),
        ("Britain backs Kenya in its fight against terrorist groups like al-Shabaab and the Islamic State.", "Kenya", ["al-Shabaab", "Islamic State"]),
        ("Canada backs Mali in its battle against jihadist groups, including al-Qaeda.", "Mali", ["al-Qaeda"]),
        # the group named without "against"
        ("Kenya's army backs Uganda in the war on insurgents, especially the Allied Democratic Forces.", "Uganda", ["Allied Democratic Forces"]),
        # a noun of its kinds names the abstraction; a phrase between the abstraction and the focusing word
        ("Jordan supports Libya in its fight against all forms of terrorism, including the Islamic State.", "Libya", ["Islamic State"]),
        ("Jordan supports Libya in its battle against extremism in all its forms, notably the Islamic State.", "Libya", ["Islamic State"]),
        # two groups, one of which the parse makes the object of the help: neither is helped
        ("Egypt supports Libya in its fight against terrorist organizations, in particular the Islamic State and al-Qaeda.", "Libya", ["Islamic State", "al-Qaeda"]),
        # no help: the owner's own fight, a noun and a verb
        ("Mali's fight against jihadism, especially against al-Qaeda, goes on.", "Mali", ["al-Qaeda"]),
        ("Niger is fighting terrorism, notably Boko Haram.", "Niger", ["Boko Haram"]),
    ],
)
def test_an_abstract_adversary_narrowed_to_a_group_is_fought(run: Run, text: str, fighter: str, enemies: list[str]) -> None:
    result = run(text)
    fights = _fights(result)
    for enemy in enemies:
        assert frozenset((_side(fighter), _key(enemy))) in fights, fights
    # the abstraction itself is no adversary, and no group named is helped
    assert all(s.object.type.name != "TOPIC" for s in result.statements if s.predicate.name == "fightsWith"), result.statements
    keys = {_key(e) for e in enemies}
    assert not [s for s in result.statements if s.predicate.category in ("SUPPORT", "AID") and s.object.key in keys], result.statements


# ---------------------------------------------------------------- a state adversary named by its armed act
@pytest.mark.parametrize(
    "text",
    [
        "Estonia backs Ukraine in its war against Russian aggression.",
        "Latvia supports Ukraine's struggle against the Russian invasion.",
        "Finland stands by Ukraine in its fight against Russia's offensive.",
    ],
)
def test_an_adversary_named_by_its_armed_act_is_fought(run: Run, text: str) -> None:
    assert frozenset(("UKR", "RUS")) in _fights(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # another thing of the state, or a standing state of things
        "Estonia backs Ukraine in its fight against Russian disinformation.",
        "Lithuania backs Georgia in its struggle against the Russian occupation of its territory.",
        # no help: the owner's own struggle against an act is no war said
        "Ukraine's fight against Russian aggression continues.",
    ],
)
def test_no_war_with_a_state_named_by_another_thing(run: Run, text: str) -> None:
    assert not [f for f in _fights(run(text)) if "RUS" in f]


# ---------------------------------------------------------------- modality: the fight is there, the help keeps its own
@pytest.mark.parametrize(
    ("text", "help_modality"),
    [
        ("Spain will back Mali in its struggle against al-Qaeda.", Modality.INTENDED),
        ("Spain may support Mali in its war against al-Qaeda.", Modality.POSSIBLE),
        ("Spain did not support Mali in its war against al-Qaeda.", Modality.NEGATED),
    ],
)
def test_the_fight_is_asserted_and_the_help_keeps_its_modality(run: Run, text: str, help_modality: Modality) -> None:
    result = run(text)
    assert _fights(result).get(frozenset(("MLI", _key("al-Qaeda")))) is Modality.ASSERTED, result.statements
    assert help_modality in _helps(result, "Spain"), result.statements


# ---------------------------------------------------------------- an armed group of the helped party's own country
@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        ("Sweden backs Nigeria in its war against Boko Haram.", "NGA", "Boko Haram"),
        ("Turkey stands with Somalia in its struggle against al-Shabaab.", "SOM", "al-Shabaab"),
        ("Qatar has backed the Somali government in their fight against al-Shabaab.", "SOM", "al-Shabaab"),
    ],
)
def test_a_fight_at_home_stays_out_and_the_help_stays(run: Run, text: str, fighter: str, enemy: str) -> None:
    # a state fighting an armed group of its own country is a domestic event (issue 16: both sides one country, not
    # emitted); the foreign help is stated
    result = run(text)
    assert frozenset((fighter, _key(enemy))) not in _fights(result)
    assert any(s.predicate.name == "supports" and s.object.country == fighter for s in result.statements), result.statements


def test_an_armed_groups_own_country_as_the_place_of_its_attack_is_no_side(run: Run) -> None:
    result = run("Boko Haram fired rockets from Nigeria at Chad.")
    assert any(s.object.key == "country/TCD" for s in result.statements), result.statements
    assert not [s for s in result.statements if s.object.key == "country/NGA"], result.statements


# ---------------------------------------------------------------- distractors: no fight
@pytest.mark.parametrize(
    "text",
    [
        # a fight against an abstraction only
        "Ireland supports Kenya in its fight against corruption.",
        "Ireland supports Kenya in its fight against climate change.",
        "Ireland supports Kenya in its struggle against the pandemic.",
        "Ireland backs Kenya in its fight against terrorism, particularly in the north.",
        # a narrowing that names no armed group, or an abstraction that is no armed violence
        "Ireland backs Kenya in its fight against terrorism, especially against money laundering.",
        "Ireland backs Kenya in its fight against graft, notably against al-Shabaab.",
        # a fight for something
        "Ireland supports Kenya in its fight for independence.",
        # the helper itself named as the enemy
        "Ireland supports Kenya in its fight against Ireland.",
        "Ireland's army backs Kenya in its war against Ireland.",
        # efforts against a state: no noun of fighting
        "Poland supports Ukraine in its efforts against Russia.",
        # one party only; no state at all
        "Kenya is resolute in its fight against poverty.",
        "The charity supports farmers in their fight against locusts.",
        "The club stands behind its coach in his fight against the league.",
    ],
)
def test_no_fight(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.category == "ASSAULT"], result.statements
