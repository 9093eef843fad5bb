"""A show of force ended (drills, exercises, patrols, a buildup or a deployment halted, stopped, ended, suspended) is a
de-escalation (CAMEO 087), as ending one's attacks is (kg/data/lexicon.yaml, withdrawsFrom 087); before, "halted its
exercises near Y's border" asserted the show of force. A joint act ended ("suspended its joint drills with Y") is no
pulling back from the partner (kg/extract/_constructions.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan halted its military exercises near the Indian border.", ("PAK", "withdrawsFrom", "IND")),
        ("Russia ended its naval drills around Japan on Thursday.", ("RUS", "withdrawsFrom", "JPN")),
        ("Azerbaijan has stopped its troop buildup along the Armenian frontier.", ("AZE", "withdrawsFrom", "ARM")),
    ],
)
def test_a_show_of_force_ended_is_a_de_escalation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found and not [t for t in found if t[1] == "mobilizes"], found


@pytest.mark.parametrize(
    "text",
    [
        "South Korea suspended its joint drills with the United States.",
        "Japan ended its joint naval exercises with India early.",
        "The Brazilian football team ended its drills early on Monday.",
    ],
)
def test_a_joint_act_or_a_team_drill_ended_is_no_retreat(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("withdrawsFrom", "mobilizes", "sanctions")]
