"""Sieges (issue 16, helper held22, class 3): besieging or blockading ground named by who holds it besieges its
holder, and the noun "siege" is the act of besieging (CAMEO 191 "impose blockade, restrict movement", the code of
PETRARCH2's BESIEGE, read as ``coerces`` as the verb is): "X besieged Y-held villages", "X laid siege to Y
strongholds", "the siege of Y-run villages by X", "X's siege of Y-held towns" mean X coerces Y
(``kg/extract/_ground.held_targets``, the ``siege`` entry of ``kg/data/lexicon.yaml``, "lay" a light verb). Surrounding
an armed adversary is attacking it (PETRARCH2 SURROUND, CAMEO 190, an armed-only trigger: "hills surround the city"
is none).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import ISIL

Run = Callable[..., ArticleResult]


def _coerces(result: ArticleResult) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.label) for s in result.statements if s.predicate.name == "coerces"}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # the verb, with ground named by its holder (a hyphenated participle, a participle with its agent)
        ("Kenyan troops besieged al-Shabaab-held villages.", "Kenyan troops", "al-Shabaab"),
        ("Israeli forces besieged towns controlled by Hamas.", "Israeli forces", "Hamas"),
        ("Saudi warships blockaded Houthi-run ports.", "Saudi warships", "Houthis"),
        # the noun after the light verb "lay", its object after "to"
        ("Ethiopian forces laid siege to al-Shabaab strongholds.", "Ethiopian forces", "al-Shabaab"),
        # the noun with its "of" object and its owner or its "by" agent
        ("The Azerbaijani siege of Armenian-held villages ended in May.", "Azerbaijan", "Armenia"),
        ("The siege of Hezbollah-run villages by Israeli troops continued.", "Israeli troops", "Hezbollah"),
    ],
)
def test_a_siege_of_held_ground_besieges_its_holder(run: Run, text: str, doer: str, target: str) -> None:
    found = _coerces(run(text))
    assert (doer, target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a figure of speech: no armed side, no ground
        "The Italian coach is under siege from fans.",
        "Fans laid siege to the box office.",
        "Reporters besieged the Chilean minister after the vote.",
        # a siege with no doer named
        "The documentary recounts the siege of Carthage.",
        # one country's police on its own ground
        "The Peruvian police laid siege to the house of a drug lord.",
    ],
)
def test_no_siege_without_a_besieger_and_a_besieged_side(run: Run, text: str) -> None:
    assert not run(text).statements


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # PETRARCH2 SURROUND (CAMEO 190), an attack only when a side is an armed force
        ("Nigerien troops surrounded Boko Haram positions near the lake.", "Nigerien troops", "Boko Haram"),
        ("Ethiopian soldiers surrounded the Eritrean garrison.", "Ethiopian soldiers", "Eritrean garrison"),
        ("Georgian troops were surrounded by Russian forces near the pass.", "Russian forces", "Georgian troops"),
        ("Chadian soldiers surrounded ISIS-held villages.", "Chadian soldiers", ISIL),
    ],
)
def test_surrounding_an_armed_adversary_attacks_it(run: Run, text: str, doer: str, target: str) -> None:
    found = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "attacks"}
    assert (doer, target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Mountains surround the Bolivian capital.",
        "Doubts surround the Chinese loan to Zambia.",
        "Photographers surrounded the Spanish minister at the airport.",
        "The Kenyan ambassador was surrounded by his aides.",
    ],
)
def test_surroundings_of_no_armed_side_are_no_attack(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "attacks"]
