"""Predicate choice by sense (issue 16, item 3): "hit Y with tariffs" is a sanction, "welcomed refugees" no praise."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States hit China with new tariffs.", ("United States", "sanctions", "China")),
        ("The EU slapped Belarus with fresh sanctions.", ("European Union", "sanctions", "Belarus")),
        ("Canada targeted Russia with export bans.", ("Canada", "sanctions", "Russia")),
        # with a weapon it is an attack, with weather nothing
        ("Russian drones hit Ukraine with missiles.", ("Russian drones", "attacks", "Ukraine")),
        ("The storm hit Japan with heavy rain.", None),
    ],
)
def test_hitting_with_a_measure_is_a_sanction(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya welcomed the decision by Uganda.", ("Kenya", "praises", "Uganda")),
        ("Japan welcomed Chinese investment.", ("Japan", "praises", "China")),
        # taking refugees in is no praise but asylum given to their country's people (CAMEO 075; PETRARCH2 "EMBRACE * &REFUGEE"):
        # "refugees from Syria" are Syria's refugees, the sector actor "Syrian refugees" names (session 14)
        ("Germany welcomed refugees from Syria.", ("Germany", "providesAidTo", "refugees from Syria")),
        ("Poland welcomed Ukrainian refugees.", ("Poland", "providesAidTo", "Ukrainian refugees")),
        ("Canada received migrants from Haiti.", None),
        ("Japan welcomed Chinese tourists.", None),
    ],
)
def test_welcoming_people_who_arrive_is_no_praise(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)
