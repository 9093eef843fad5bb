"""Acting alongside another force is cooperation with it (issue 16).

Every verb of fighting, serving, operating, patrolling or being deployed with "alongside" names a partner on the same
side (CAMEO 062, PETRARCH2 "FIGHT * ALONGSIDE"), in an armed contest only; "X and Y fought together" makes them
partners, not foes (kg/data/lexicon.yaml; ``_arguments._fought_together``); a fight against a third party is read
besides the cooperation. A building opened or a race run alongside something is no cooperation.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Entity, EntityType

Run = Callable[..., ArticleResult]


def _side(entity: Entity) -> str:
    """A state's force or the state itself as its country code; any other actor as itself."""
    return (entity.country or entity.key) if entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR) else entity.key


def _pairs(result: ArticleResult, name: str) -> set[frozenset[str]]:
    return {frozenset((_side(s.subject), _side(s.object))) for s in result.statements if s.predicate.name == name}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # active verb with "alongside"
        ("Kenyan troops fought alongside Somali soldiers against al-Shabaab.", [("KEN", "SOM")]),
        # present tense, another verb of service
        ("Nepalese peacekeepers serve alongside Indian troops in Lebanon.", [("NPL", "IND")]),
        # passive: the force placed is the one on the other's side
        ("Rwandan troops are deployed alongside Mozambican forces.", [("RWA", "MOZ")]),
        # coordinated subjects, each with the partner
        ("Belgian and Dutch soldiers patrolled alongside German troops.", [("BEL", "DEU"), ("NLD", "DEU")]),
        # "together": the coordinated subjects are partners
        ("Nigerien and Malian soldiers fought together against JNIM.", [("NER", "MLI")]),
        # perfect tense with "trained"
        ("Polish special forces have trained alongside Lithuanian units.", [("POL", "LTU")]),
    ],
)
def test_acting_alongside_another_force_is_cooperation(run: Run, text: str, pairs: list[tuple[str, str]]) -> None:
    result = run(text)
    found = _pairs(result, "cooperatesWith")
    for pair in pairs:
        assert frozenset(pair) in found, found
    cooperating = {c for pair in pairs for c in pair}
    assert not any(p <= cooperating for p in _pairs(result, "fightsWith")), "partners read as foes"


def test_fighting_alongside_keeps_the_fight_against_the_enemy(run: Run) -> None:
    result = run("Kenyan troops fought alongside Somali soldiers against al-Shabaab.")
    assert any(s.predicate.name == "fightsWith" and "al-Shabaab" in (s.subject.label, s.object.label) for s in result.statements)


def test_foes_who_fought_each_other_stay_foes(run: Run) -> None:
    result = run("Eritrean and Ethiopian troops fought each other.")
    assert frozenset(("ERI", "ETH")) in _pairs(result, "fightsWith")
    assert not _pairs(result, "cooperatesWith")


@pytest.mark.parametrize(
    "text",
    [
        "The new bridge opened alongside the old ferry terminal.",
        "Kenya raced alongside Ethiopia in the marathon.",
        "Ghanaian and Nigerian fans sang together in the stadium.",
        "Swedish diplomats worked alongside Norwegian officials.",
    ],
)
def test_no_armed_side_no_cooperation(run: Run, text: str) -> None:
    assert not run(text).statements


def test_missions_flown_together_are_no_threat_to_the_country_flown_over(run: Run) -> None:
    # "flew missions together": the pilots' countries act jointly (their pairing, when both are read); the country
    # the missions fly over is no target when nothing hostile to it is said
    result = run("Norwegian and Finnish pilots flew missions together over Syria.")
    assert not [s for s in result.statements if s.predicate.name == "threatens"]
