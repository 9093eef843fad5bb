"""Who did an act named by its noun, said by a participle clause, and "target" as an armed verb (issue 16, CAMEO 19x).

"A drone strike carried out by Y killed ..." and "a strike blamed on Y" gave nothing, while "a strike by Y" named Y:
a clause of doing ("carried out", "launched", "conducted", "staged" by Y) or of blaming ("blamed on Y",
"attributed to Y") on an act's noun now names its doer. A clause describing people ("refugees displaced by Y")
names no doer of the act.

PETRARCH2 codes the verb TARGET as 190; in news it also targets voters and banks, so, as "hit" and "pound", it is
an attack only when a side is an armed force or a weapon.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _attacks(result: ArticleResult) -> list[tuple[str | None, str | None]]:
    return [(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "attacks"]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("An airstrike carried out by Egypt destroyed a depot in eastern Libya.", "EGY", "LBY"),
        ("The raid, launched by Russian special forces, hit a base in Georgia.", "RUS", "GEO"),
        ("A missile strike blamed on Iran damaged a port in Oman.", "IRN", "OMN"),
        ("Artillery fire attributed to Armenia wounded two soldiers in Azerbaijan.", "ARM", "AZE"),
    ],
)
def test_a_clause_of_doing_or_blaming_names_the_doer(run: Run, text: str, doer: str, target: str) -> None:
    found = _attacks(run(text))
    assert (doer, target) in found, found


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Israeli jets targeted militia positions in Syria.", "ISR", "SYR"),  # an armed force
        ("Ukrainian drones targeted a fuel depot in southern Russia.", "UKR", "RUS"),  # a weapon
        ("Russian missiles targeted Ukraine's power grid overnight.", "RUS", "UKR"),
    ],
)
def test_targeted_by_an_armed_side_is_an_attack(run: Run, text: str, doer: str, target: str) -> None:
    found = _attacks(run(text))
    assert (doer, target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The campaign targeted young voters in Kenya.",  # no armed side
        "Refugees displaced by Sudanese shelling crossed into Chad.",  # a clause on people, not on the act
        "A tourism drive launched by Portugal targeted travellers from Brazil.",  # no act of force
    ],
)
def test_no_armed_act_no_attack(run: Run, text: str) -> None:
    found = _attacks(run(text))
    assert not found, found


def test_targeted_with_sanctions_stays_a_sanction(run: Run) -> None:
    statements = run("Britain targeted Iranian banks with new sanctions.").statements
    assert [s.predicate.name for s in statements] == ["sanctions"], statements
