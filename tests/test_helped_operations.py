"""An armed operation a party is helped in is its own (issue 16, helper seize11, after fight10's "X supported Y in its
fight against Z"): "X is assisting Y's troops in operations against Z", "X helped Y's soldiers in the
counteroffensive against Z's forces" mean Y fights Z (``kg/extract/_constructions.helped_contest``, ``operations``
of ``kg/data/contests.yaml``), without the possessive pronoun that "the fight", "the war" need. Guards: no one else
owns the operation, its adversary is named (a name or an armed force), the helped party is a state, its armed force
or an armed group, and an armed side makes it a war (no backed contest of two states without the pronoun).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from conftest import ISIL

Run = Callable[..., ArticleResult]


def _assaults(result: ArticleResult) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.label) for s in result.statements if s.predicate.category == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "fighter", "adversary", "helper"),
    [
        # a plural operation noun with an adversary named by its name, a participle of help
        ("French special forces are assisting Iraqi troops in operations against ISIS.", "Iraqi troops", ISIL, "French special forces"),
        # "in" hung on the helped party by the parse, the adversary an armed force
        ("Turkey is helping Azerbaijani forces in the operation against Armenian troops.", "Azerbaijani forces", "Armenian troops", "Türkiye"),
        # a past tense of help, a counteroffensive
        ("Canada helped Ukrainian soldiers in the counteroffensive against Russian forces.", "Ukrainian soldiers", "Russian forces", "Canada"),
        # a verb of support, an offensive against an armed group
        ("American advisers are supporting the Kenyan army in the offensive against al-Shabaab.", "Kenyan army", "al-Shabaab", "United States"),
    ],
)
def test_the_helped_party_fights_in_the_operation(run: Run, text: str, fighter: str, adversary: str, helper: str) -> None:
    found = _assaults(run(text))
    assert (fighter, adversary) in found, found
    assert not [f for f in found if f[0] == helper]  # the helper's help is read by its own trigger, not as a fight


@pytest.mark.parametrize(
    "text",
    [
        # two states and a campaign: a match as likely as a war without an armed side or the pronoun
        "Brazil helped Argentina in the campaign against Chile.",
        # the helped party is no state nor force
        "The consultants helped Chinese firms in the campaign against Japan.",
        # no adversary named
        "France helped Mali in the campaign against corruption.",
        "Germany supported Poland in the campaign against Russia's tariffs.",
    ],
)
def test_no_fight_without_an_armed_operation_and_its_sides(run: Run, text: str) -> None:
    assert not _assaults(run(text))


def test_an_operation_owned_by_another_is_its_owners(run: Run) -> None:
    found = _assaults(run("Britain backed Estonian troops in Russia's offensive against Ukraine."))
    assert ("Estonian troops", "Ukraine") not in found
