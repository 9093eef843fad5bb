"""The sides of a fight said through the harm one side suffered, and a target placed "inside" a country (issue 16).

* the harmed of a fight who bear arms are one of its sides: "two X soldiers were killed in a clash with Y's
  troops", "died during fighting with Y", "were wounded in a gunfight / shootout / gun battle with Y" (X fights Y).
  A bystander harmed ("a Z journalist was killed in clashes with Y") and a fight whose two sides are named ("Z
  soldiers died in clashes between X and Y") take no third side;
* nouns of a brief armed exchange (skirmish, firefight, gunfight, shootout, gun battle) are fights of two sides;
* "inside" places a target or an arrest as "in" does: "drones hit a refinery deep inside Y", "was detained inside Y";
* a show of force "around" a country is aimed at it ("drills around Y"), as one "near" it is.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


def _fight(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "fightsWith", b) in found or (b, "fightsWith", a) in found


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        # passive harm, a noun of fight with "with"
        ("Two Nepali soldiers were killed in clashes with Bhutanese troops.", "Nepali soldiers", "Bhutanese troops"),
        # intransitive harm, a noun of a brief armed exchange
        ("Three Malian soldiers died in a firefight with Nigerien troops near the border.", "Malian soldiers", "Nigerien troops"),
        # a gerund after "during"
        ("A Peruvian policeman was wounded during fighting with Bolivian soldiers.", "Peruvian policeman", "Bolivian soldiers"),
        # a compound noun of fight
        ("Four Laotian border guards were injured in a gun battle with Thai troops.", "Laotian border guards", "Thai troops"),
        # a shootout, plural harmed
        ("Five Chadian troops died in a shootout with Sudanese forces on Friday.", "Chadian troops", "Sudanese forces"),
    ],
)
def test_the_armed_harmed_in_a_fight_are_one_of_its_sides(run: Run, text: str, side: str, other: str) -> None:
    found = _triples(run(text))
    assert _fight(found, side, other), found


@pytest.mark.parametrize(
    "text",
    [
        "A Norwegian journalist was killed in clashes with Bhutanese troops.",  # a bystander
        "Two Turkish civilians died during fighting with Syrian forces.",
        "Two Nepali soldiers were killed in a firefight.",  # no other side
        "The film ends with a shootout between two rival gangs.",
    ],
)
def test_a_bystander_or_a_fight_without_a_named_other_side_gives_no_fight(run: Run, text: str) -> None:
    found = _triples(run(text))
    assert not [t for t in found if t[1] in ("fightsWith", "attacks")], found


@pytest.mark.parametrize(
    "text",
    [
        "A Norwegian journalist died in clashes between Malian and Nigerien troops.",
        "Three Chadian soldiers were killed in clashes between Malian and Nigerien troops.",
    ],
)
def test_the_harmed_take_no_side_in_a_fight_between_two_named_sides(run: Run, text: str) -> None:
    found = _triples(run(text))
    fights = {t for t in found if t[1] in ("fightsWith", "attacks")}
    assert _fight(fights, "Malian troops", "Nigerien troops"), found
    assert len(fights) == 1, found


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        ("Moldovan drones hit a fuel depot deep inside Transnistria's neighbour Ukraine.", "Moldovan drones", "attacks", "Ukraine"),
        ("Israeli jets bombed an arms depot inside Syria.", "Israel", "attacks", "Syria"),
        ("Turkish artillery shelled positions inside northern Iraq.", "Turkish artillery", "attacks", "Iraq"),
        ("A Latvian citizen was detained inside Belarus on Monday.", "Belarus", "coerces", "Latvian citizen"),
    ],
)
def test_inside_places_a_target_as_in_does(run: Run, text: str, subject: str, predicate: str, obj: str) -> None:
    found = _triples(run(text))
    assert (subject, predicate, obj) in found, found


def test_inside_a_country_alone_is_no_act(run: Run) -> None:
    assert not run("French troops remained inside Mali for a decade.").statements


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        ("North Korea held artillery drills around South Korea's border islands.", "North Korea", "South Korea"),
        ("Russia staged naval war games around Norway.", "Russia", "Norway"),
        ("China launched military exercises around the Philippines.", "China", "Philippines"),
    ],
)
def test_a_show_of_force_around_a_country_is_aimed_at_it(run: Run, subject: str, obj: str, text: str) -> None:
    found = _triples(run(text))
    assert (subject, "mobilizes", obj) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The debate around Brexit divided Britain.",
        "Pakistan criticised the secrecy around the nuclear programme.",
    ],
)
def test_around_names_no_target_of_other_acts(run: Run, text: str) -> None:
    found = _triples(run(text))
    assert not [t for t in found if t[1] not in ("criticizes",)], found
