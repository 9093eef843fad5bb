"""Ground taken from an adversary (issue 16, helper seize11): "X recaptured the town from Y", "X wrested control of
the airport from Y", "X drove Y out of the valley", "Y was driven from the hills by X" mean X attacks Y (CAMEO 19
FIGHT): the adversary is the object, not the ground (``kg/extract/_ground.py``, the ``ground`` triggers of
``kg/data/lexicon.yaml``). A thing taken is a seizure ("seized a tanker from Y"), a title a match's, and both sides
are a state or an armed force.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _attacks(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.object.label, s.modality.value) for s in result.statements if s.predicate.name == "attacks"}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # the ground as the direct object, the adversary after "from" (on the verb or on the ground's noun)
        ("Chadian troops captured the town from Boko Haram fighters.", "Chadian troops", "Boko Haram"),
        ("Indian soldiers took the hilltop from Pakistani troops last week.", "Indian soldiers", "Pakistani troops"),
        ("Armenia recaptured two villages from Azerbaijan.", "Armenia", "Azerbaijan"),
        # a noun of holding whose "of" object is the ground
        ("Turkish forces seized control of the airport from Syrian government troops.", "Turkish forces", "Syrian government troops"),
        # a place's name as the ground
        ("Israel seized Gaza City from Hamas.", "Israel", "Hamas"),
        # a passive: the ground its subject, the taker its agent
        ("The airport was retaken from Russian forces by Ukrainian troops.", "Ukrainian troops", "Russian forces"),
        # the adversary as the direct object, the ground after "out of" or "from"
        ("Ethiopian troops pushed Eritrean soldiers out of the border town.", "Ethiopian troops", "Eritrean soldiers"),
        ("The Rwandan army drove Burundian troops from the hills.", "Rwandan army", "Burundian troops"),
        ("Moroccan forces ousted Algerian troops from the oasis town.", "Moroccan forces", "Algerian troops"),
        ("Ugandan troops expelled South Sudanese militias from the border area.", "Ugandan troops", "South Sudanese militias"),
        # a passive expulsion, its agent parsed on the place
        ("Armenian troops were driven out of the villages by Azerbaijani forces.", "Azerbaijani forces", "Armenian troops"),
    ],
)
def test_ground_taken_from_an_adversary_is_an_attack_on_it(run: Run, text: str, doer: str, target: str) -> None:
    result = run(text)
    assert (doer, target, "asserted") in _attacks(result), _attacks(result)
    # the one it was taken from is attacked, not occupied nor coerced
    assert not [s for s in result.statements if s.predicate.name in ("occupies", "coerces") and s.object.label == target]


def test_ground_to_be_taken_keeps_its_modality(run: Run) -> None:
    result = run("The Kenyan army could retake the port from al-Shabaab within days.")
    assert ("Kenyan army", "al-Shabaab", Modality.POSSIBLE.value) in _attacks(result)


@pytest.mark.parametrize(
    "text",
    [
        "The museum acquired a painting from Italy.",
        "Fans seized the moment to celebrate.",
        "Police drove the protesters out of the square.",
        "The team took the title from Spain.",
        "Mexico took the lead from Brazil in the second half.",
        "Labour took the city from the Conservatives.",
        "Chinese firms took market share from Japan.",
        # a thing taken from a state's people is a seizure, not a fight
        "Iran seized a Greek tanker from its crew.",
        # a verb of driving out with an envoy as its object is an expulsion of diplomats
        "Norway expelled Russian diplomats from the country.",
    ],
)
def test_no_fight_without_ground_or_armed_sides(run: Run, text: str) -> None:
    assert not _attacks(run(text))


def test_a_seizure_of_a_thing_stays_coercion(run: Run) -> None:
    result = run("Iran seized a Greek tanker from its crew.")
    assert {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements} == {("Iran", "coerces", "Greece")}


def test_expelled_diplomats_stay_a_sanction(run: Run) -> None:
    result = run("Norway expelled Russian diplomats from the country.")
    assert ("Norway", "sanctions", "Russia") in {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}
