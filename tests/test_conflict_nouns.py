"""Armed conflict stated by a noun, and membership of a fighting coalition (issue 16, CAMEO 19 FIGHT / PLOVER ASSAULT).

"X's campaign against Y", "the fight against Y by X", "X's war on Y", "the X-led offensive against Y", "X launched an
operation against Y" name X's act of force against Y; "X is part of / joined / leads the coalition against Y" makes X
a side of that fight. The nouns of any contest ("campaign", "fight", "struggle", "battle", "operation", "coalition")
are acts of force only in an armed contest (a side is an armed force or an armed group of
``kg/data/armed_groups.tsv``, or a word of combat qualifies the noun); a thing fought ("corruption", "climate
change", "piracy", "tariffs") gives nothing, nor does the support of someone else's campaign.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from conftest import ISIL

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


def _fights(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any((x, p, y) in found for p in ("attacks", "fightsWith") for x, y in ((a, b), (b, a)))


def _assaults(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements if s.predicate.category == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "subject", "pred", "obj"),
    [
        # a possessor
        ("Kenya's campaign against al-Shabaab intensified in March.", "Kenya", "attacks", "al-Shabaab"),
        ("Jordan's fight against the Islamic State has lasted a decade.", "Jordan", "fightsWith", ISIL),
        ("Lebanon's struggle against ISIS cost the army dozens of soldiers.", "Lebanon", "fightsWith", ISIL),
        # a war waged "on" its enemy
        ("Ethiopia's war on al-Shabaab entered its third year.", "Ethiopia", "fightsWith", "al-Shabaab"),
        # a country adjective
        ("The Ugandan operation against the Allied Democratic Forces ended in May.", "Uganda", "attacks", "Allied Democratic Forces"),
        # "X-led"
        ("A Rwanda-led offensive against the M23 began on Sunday.", "Rwanda", "attacks", "March 23 Movement"),
        ("The Chad-led campaign against Boko Haram drove the fighters out of the islands.", "Chad", "attacks", "Boko Haram"),
        # a "by" agent after the enemy
        ("The fight against Boko Haram by Cameroon has cost thousands of lives.", "Cameroon", "fightsWith", "Boko Haram"),
        ("The battle against the Houthis by Saudi Arabia dragged on.", "Saudi Arabia", "fightsWith", "Houthis"),
        # a light verb's subject
        ("Ecuador launched an operation against the FARC near the border.", "Ecuador", "attacks", "Revolutionary Armed Forces of Colombia"),
        ("Kenya is waging a campaign against al-Shabaab in the south.", "Kenya", "attacks", "al-Shabaab"),
        ("Egypt stepped up its campaign against the Islamic State in Libya.", "Egypt", "attacks", ISIL),
        # a word of combat on the noun makes a contest between states armed
        ("Pakistan launched a ground operation against Afghanistan.", "Pakistan", "attacks", "Afghanistan"),
        # hyponyms of a military attack (WordNet 3.0 attack n.1), armed entries too
        ("Kenya's onslaught against al-Shabaab continued.", "Kenya", "attacks", "al-Shabaab"),
        ("The Kenyan counterattack on al-Shabaab began at dawn.", "Kenya", "attacks", "al-Shabaab"),
        ("The onslaught on Boko Haram by Chadian troops killed hundreds.", "Chadian troops", "attacks", "Boko Haram"),
        # a country's army as the side
        ("The Chadian army began a campaign against Niger's rebels.", "Chadian army", "attacks", "Niger rebels"),
    ],
)
def test_a_conflict_noun_names_the_sides(run: Run, text: str, subject: str, pred: str, obj: str) -> None:
    found = _triples(run(text))
    assert (subject, pred, obj) in found or (pred == "fightsWith" and (obj, pred, subject) in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya will launch a campaign against al-Shabaab.", Modality.INTENDED),
        ("Kenya did not launch a campaign against al-Shabaab.", Modality.NEGATED),
        ("Kenya launched a campaign against al-Shabaab.", Modality.ASSERTED),
        # a verb that schedules the act: the subject's act, still to come
        ("Kenya is planning an offensive against al-Shabaab.", Modality.INTENDED),
        ("Kenya postponed the operation against al-Shabaab until the rains end.", Modality.INTENDED),
        ("Kenya vowed a new campaign against al-Shabaab.", Modality.INTENDED),
    ],
)
def test_the_governing_verb_gives_the_modality(run: Run, text: str, modality: Modality) -> None:
    statements = [s for s in run(text).statements if s.predicate.category == "ASSAULT" and s.subject.label == "Kenya"]
    assert statements and {s.modality for s in statements} == {modality}, statements


@pytest.mark.parametrize(
    "text",
    [
        "Denmark is part of the coalition against the Islamic State.",  # a share: "part of"
        "Denmark is a full member of the coalition against ISIL.",  # a share: "member of"
        "Denmark, a member of the coalition against ISIL, sent six jets.",  # an apposition
        "Denmark joined the coalition against the Islamic State in 2014.",  # joining: a light verb
        "Denmark, which leads the coalition against ISIL, sent six jets.",  # leading, in a relative clause
        "Denmark became part of the alliance against ISIL.",
    ],
)
def test_a_member_of_the_coalition_against_y_fights_y(run: Run, text: str) -> None:
    found = _triples(run(text))
    assert _fights(found, "Denmark", ISIL), found


def test_a_helper_in_the_fight_is_no_side(run: Run) -> None:
    """The subject of a clause whose occasion phrase names the fight takes part in it, unless it helps another in it."""
    assert ("United Kingdom", "fightsWith", ISIL) in _triples(run("Britain lost three soldiers in the fight against the Islamic State."))
    found = _triples(run("Norway backed Iraq in the war against the Islamic State."))
    assert ("Norway", "supports", "Iraq") in found and not _fights(found, "Norway", ISIL), found
    # a time phrase, not "in": the clause's subject fought
    assert _fights(_triples(run("Chad recognised Niger after a short war with Mali.")), "Chad", "Mali")


def test_joining_later_is_intended(run: Run) -> None:
    statements = [s for s in run("Bahrain will join the coalition against the Houthis.").statements if s.predicate.name == "fightsWith"]
    assert statements and {s.modality for s in statements} == {Modality.INTENDED}, statements


@pytest.mark.parametrize(
    "text",
    [
        # a thing fought: no party
        "Kenya's campaign against corruption intensified in March.",
        "Canada leads the fight against climate change.",
        "Mali's fight against terrorism has lasted a decade.",
        "Somalia's war on piracy is far from over.",
        "Brazil launched a campaign against Argentine tariffs.",
        # a contest of states with no armed side and no word of combat: advocacy, courts, votes
        "Chile's battle with Peru over fishing rights went to court.",
        "Japan joined an alliance against China in the trade talks.",
        "Spain launched a campaign against Moroccan olive exports.",
        "Canada joined the coalition against plastic waste.",
        "Brazil's counterattack against Argentina produced the winning goal.",
        "The advertising onslaught against Pepsi continued.",
        # support of someone else's fight, or the end of it, asserts no fighting by the subject
        "Norway supports the campaign against al-Shabaab.",
        "Norway backs the coalition against the Islamic State.",
        "Norway called for an end to the war against the Houthis.",
        "Sweden offered training to Iraqi troops in the struggle with ISIS.",
        # a word the writer disowns, and a named battle whose name gives no sides
        'Analysts say that Syria\'s "war" on the Islamic State is a sham.',
        "Chilean troops won the Battle of Arica against Peru in 1880.",
    ],
)
def test_no_fight_without_an_armed_party(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not found, found


def test_help_pledged_in_a_war_is_no_fighting_by_the_helper(run: Run) -> None:
    # the war is the helped party's (issue 16, helper fight13: a fight owned by no one in a phrase of help), not Sweden's
    found = _assaults(run("Sweden welcomed the vote and pledged help to Kenya in the war on al-Shabaab."))
    assert found == {("Kenya", "fightsWith", "al-Shabaab")}, found


def _country_pairs(result: ArticleResult) -> set[frozenset[str | None]]:
    return {frozenset((s.subject.country, s.object.country)) for s in result.statements if s.predicate.name == "fightsWith"}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a gerund standing as a noun, the tagger's verb with no subject
        ("Fighting between Sudan and South Sudan continued for a week.", "SDN", "SSD"),
        ("There was fighting between Ethiopian troops and al-Shabaab.", "ETH", "SOM"),
        # the subject of a verb of happening, "between" hung on the verb
        ("Heavy fighting broke out between Armenian and Azerbaijani forces.", "ARM", "AZE"),
        ("Clashes erupted between Indian and Chinese soldiers in the valley.", "IND", "CHN"),
        # the noun's own "between", and forces on both sides
        ("The clashes between Kenyan police and Somali militants lasted hours.", "KEN", "SOM"),
        ("India's forces clashed with China's forces in the valley.", "IND", "CHN"),
    ],
)
def test_fighting_between_x_and_y_relates_them(run: Run, text: str, a: str, b: str) -> None:
    found = _country_pairs(run(text))
    assert frozenset((a, b)) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the two teams broke out after the match.",
        "Fighting between Brazilian and Argentine fans broke out after the match.",
        "A dispute broke out between Chile and Peru over fishing.",
        "Fierce fighting raged between Sudanese troops and the Rapid Support Forces.",  # one country's forces: domestic
    ],
)
def test_no_fighting_between_actors_of_one_side_or_none(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Canada's tariff war with Mexico ended in June.",  # a compound
        "The price war between Nigeria and Angola hurt oil producers.",
        "A war of words between Chile and Peru escalated after the vote.",  # an "of" object
        "A diplomatic battle between Morocco and Algeria flared at the summit.",  # an adjective
        "The propaganda campaign against Ukraine by Russian media intensified.",
        "Kenya and Tanzania fought a trade war over sugar imports.",  # the object of a verb of fighting
    ],
)
def test_a_contest_of_another_kind_is_no_fight(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "The war between Ethiopia and Eritrea lasted two years.",
        "The air war between Ethiopia and Eritrea intensified.",
        "Ethiopia's ground war against Eritrea began in May.",
    ],
)
def test_a_war_of_arms_is_still_one(run: Run, text: str) -> None:
    assert _fights(_triples(run(text)), "Ethiopia", "Eritrea"), _triples(run(text))
