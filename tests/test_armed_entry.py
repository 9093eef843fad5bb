"""An armed force entering another's country is an incursion (PETRARCH2 "ENTER" with a force, CAMEO 190), and where
a force came or fired from is no second target.

"Y's troops entered Z" was read as nothing. "Enter" is the verb of any traveller and of talks ("entered talks with
Z", "entered into a deal"), so, as "cross into", it is an attack only when a side is an armed force and its object
itself names a country or a place of one. "Crossed into Z from W", "fired rockets at Z from W": W is where the force
came or fired from, not attacked.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _attacks(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "attacks"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish troops entered northern Iraq on Tuesday in pursuit of Kurdish militants.", ("TUR", "IRQ")),
        ("Eritrean soldiers entered the Tigray region of Ethiopia.", ("ERI", "ETH")),
        ("Sudanese army units entered Chad while chasing rebels.", ("SDN", "TCD")),
        ("Ethiopian troops entered Somalia's Gedo region last week.", ("ETH", "SOM")),
    ],
)
def test_an_armed_force_entering_a_country_attacks_it(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _attacks(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkish diplomats entered Iraq on Tuesday.",
        "Thousands of refugees entered Poland from Ukraine.",
        "The Sudanese army entered into talks with the rebels.",
        "The Nigerian army entered the barracks.",
    ],
)
def test_no_force_or_no_country_is_no_incursion(run: Run, text: str) -> None:
    assert not _attacks(run(text))


@pytest.mark.parametrize(
    ("text", "target", "origin"),
    [
        ("Russian troops crossed into Ukraine from Belarus at dawn.", "UKR", "BLR"),
        ("Russian tanks entered Ukraine from Belarus at dawn.", "UKR", "BLR"),
        ("Israeli jets struck targets in Syria from Lebanese airspace.", "SYR", "LBN"),
    ],
)
def test_where_a_force_came_from_is_no_target(run: Run, text: str, target: str, origin: str) -> None:
    targets = {o for _, o in _attacks(run(text))}
    assert target in targets and origin not in targets, targets


def test_ground_taken_from_a_force_still_names_it(run: Run) -> None:
    # "retook the town from Y": Y is the adversary (kg/extract/_ground.py)
    result = run("Iraqi forces retook the town from ISIL.")
    assert any(s.predicate.name == "attacks" and s.object.label.startswith("Islamic State") for s in result.statements)
