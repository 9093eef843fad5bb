"""Fights named by a noun whose sides a phrase of help or of joining gives (issue 16, helper fight10).

* a contest between two states that a third backs is a war: "X supported Y in its fight against Z", "X backs Y's
  struggle against Z", "X's support for Y's battle against Z" (Y fights Z; ``fight``, ``struggle`` and ``battle``
  are ``armed`` lexicon nouns, an act of force only in an armed contest; the adversary must be named as a state, and
  a contest "for" a prize or "over" a trade matter stays out; ``_constructions.backed_contest``);
* joining another in a fight names both as its sides: "X joined Y in the fight against Z", "X and W joined Y in the
  war on Z" (X, W and Y fight Z; ``joining`` of ``kg/data/contests.yaml``; ``_arguments._joined_in``).

A state's own fight against another state without a phrase of help ("Y's fight against Z continued") is still not
read: countries are the names of teams too. A fight of a state against an armed group based in it ("Y's war on the
Y-ian rebels") is a domestic event, left out by ``patterns._plausible``.

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


# ---------------------------------------------------------------- a backed contest between states
@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        # a possessive pronoun in the "in" phrase of a verb of help
        ("Latvia will keep backing Moldova in its struggle against Russia.", "Moldova", "Russia"),
        ("Estonia stood by Armenia in its battle against Azerbaijan.", "Armenia", "Azerbaijan"),
        # the noun as the object of a verb of help, with a possessor
        ("Japan backs Taiwan's battle against China.", "Taiwan", "China"),
        # the noun as the "for" object of a noun of help
        ("Sweden pledged support for Georgia's fight against Russia.", "Georgia", "Russia"),
    ],
)
def test_a_backed_contest_between_states_is_a_fight(run: Run, text: str, fighter: str, enemy: str) -> None:
    found = _assaults(run(text))
    assert _fights(found, fighter, enemy) is not None, found
    helpers = {s for s, _, _ in found} - {fighter, enemy}
    assert not helpers, found  # the helper takes no side of the fight


def test_a_backed_contest_is_asserted_whatever_the_help(run: Run) -> None:
    found = _assaults(run("Lithuania will continue to support Georgia in its fight against Russia."))
    assert _fights(found, "Georgia", "Russia") is Modality.ASSERTED, found


@pytest.mark.parametrize(
    "text",
    [
        # a topic or a thing of a state is no adversary
        "Poland supports Moldova in its fight against corruption.",
        "Finland backs Estonia in its struggle against Russian disinformation.",
        # a prize or a trade matter: no war
        "Uruguay backed Chile in its fight for the title against Peru.",
        "Canada supported Mexico in its fight against the United States over steel tariffs.",
        # the helped party is no state (a people, a topic): the helper is not taken for the fighter
        "Austria backed the Kurds in their struggle against Syria.",
        # no phrase of help: a state's contest may be a match
        "Argentina's battle against Uruguay in the final was tense.",
        "Finland's fight against Sweden continued.",
    ],
)
def test_no_fight_without_a_backed_state_adversary(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not found, found


# ---------------------------------------------------------------- joining another in a fight
@pytest.mark.parametrize(
    ("text", "fighters", "enemy"),
    [
        ("New Zealand joined Australia in the fight against the Islamic State.", ("New Zealand", "Australia"), ISIL),
        ("Belgium has joined the Netherlands in the war against Iraq.", ("Belgium", "Netherlands"), "Iraq"),
        ("Qatar and Bahrain joined Saudi Arabia in the campaign against the Houthis.", ("Qatar", "Bahrain", "Saudi Arabia"), "Houthis"),
    ],
)
def test_who_joins_another_in_a_fight_and_the_one_joined_both_fight(run: Run, text: str, fighters: tuple[str, ...], enemy: str) -> None:
    found = _assaults(run(text))
    for fighter in fighters:
        assert _fights(found, fighter, enemy) is not None, (fighter, found)


@pytest.mark.parametrize(
    "text",
    [
        "Canada joined Italy in the fight against inflation.",
        "Spain joined Portugal in the battle for the cup against France.",
        # help is not joining: the helped fights, the helper does not
        "Ireland backed Denmark in the war against Iraq.",
    ],
)
def test_joining_names_no_fight_of_a_topic_or_a_match(run: Run, text: str) -> None:
    found = _assaults(run(text))
    assert not any(s in ("Canada", "Italy", "Spain", "Portugal", "Ireland") for s, _, _ in found), found
