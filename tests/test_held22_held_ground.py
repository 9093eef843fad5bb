"""Ground named by who holds it is that holder as the target of an attack (issue 16, helper held22): "X shelled
Y-held districts", "X bombed areas controlled by Y", "X struck towns under Y's control" mean X attacks Y (CAMEO 19
FIGHT / 18 ASSAULT), not the ground nor the country it lies in (``kg/extract/_ground.held_targets``; the participles
and nouns of holding are ``holding`` and ``held_under`` of ``kg/data/contests.yaml``). The holder must be named and
be a state or an armed force; ground so named is no target of anything but an attack.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

from tests.conftest import ISIL

Run = Callable[..., ArticleResult]


def _attacks(result: ArticleResult) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.label) for s in result.statements if s.predicate.name == "attacks"}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # a hyphenated participle after the holder's name, its adjective or its acronym
        ("Israeli artillery shelled Hezbollah-run villages.", "Israeli artillery", "Hezbollah"),
        ("Indian troops shelled Pakistani-held areas of Kashmir.", "Indian troops", "Pakistan"),
        # the holder, not the country the ground lies in, nor the place of the act
        ("Egyptian warplanes struck ISIS-held positions in eastern Libya.", "Egyptian warplanes", ISIL),
        # the participle with its agent
        ("Emirati jets bombed districts controlled by the Houthis.", "United Arab Emirates", "Houthis"),
        # a noun of holding in an "under" phrase (the parse hangs it on the verb)
        ("Chadian troops bombarded villages under Boko Haram's control.", "Chadian troops", "Boko Haram"),
        ("Ukrainian rockets hit towns under Russian occupation.", "Ukraine", "Russia"),
        # a passive: the ground its subject
        ("Hamas-run neighbourhoods were shelled by Israeli tanks.", "Israel", "Hamas"),
        # a noun of attack: its "on" object
        ("Saudi airstrikes on Houthi-held ports killed dozens.", "Saudi Arabia", "Houthis"),
        # a part of ground (kg/data/contests.yaml ground_parts)
        ("Turkish jets bombed YPG-controlled swathes of northern Syria.", "Türkiye", "People's Protection Units"),
        ("Armenian artillery hit Azerbaijani-held parts of the valley.", "Armenian artillery", "Azerbaijan"),
    ],
)
def test_ground_named_by_its_holder_is_the_holder_attacked(run: Run, text: str, doer: str, target: str) -> None:
    found = _attacks(run(text))
    assert (doer, target) in found, found
    # the place's country is no target besides the holder
    assert {t for d, t in found if d == doer} == {target}, found


def test_coordinated_grounds_name_each_holder(run: Run) -> None:
    found = _attacks(run("American drones attacked Taliban-held districts and ISIS-controlled villages."))
    assert {("American drones", "Taliban"), ("American drones", ISIL)} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # no holder named: a common noun names no one
        "Turkish jets bombed government-held areas.",
        "Aid convoys reached rebel-held towns.",
        # no attack: a visit or aid to held ground is none to its holder
        "Japan's foreign minister visited Houthi-controlled territory.",
        "Qatar funded hospitals in Taliban-run provinces.",
    ],
)
def test_held_ground_without_an_attack_or_a_holder_names_no_target(run: Run, text: str) -> None:
    result = run(text)
    assert not _attacks(result)
    assert not [s for s in result.statements if s.object.label in ("Houthis", "Taliban")]


def test_aid_to_held_ground_is_not_given_to_its_holder(run: Run) -> None:
    result = run("Egypt delivered food to Hamas-run Gaza.")
    assert not [s for s in result.statements if s.object.label == "Hamas"]
