"""A raid by those who enforce a state's law (its police, prosecutors, tax or intelligence officials) is a search,
coercion (CAMEO 170, as an arrest is), not an act of force (kg/extract/patterns.py, ``_LAW_ENFORCING``); a raid by
armed forces, or one on another state's ground, stays an attack. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brazil's federal police raided the offices of a Chinese firm suspected of bribery.", "Chinese firm"),
        ("Indian tax officials raided the offices of a Chinese phone maker.", "China"),
        ("The offices of a Turkish bank were raided by Dutch police on Monday.", None),
    ],
)
def test_a_raid_by_law_enforcement_is_coercion(run: Run, text: str, target: str | None) -> None:
    found = events(run(text))
    assert not any(p == "attacks" for _, p, _ in found), found
    if target is not None:
        assert any(p == "coerces" and o == target for _, p, o in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israeli forces raided a village in Lebanon.", "Lebanon"),
        # police raiding on another state's ground use force there
        ("Slovenian police raided a smugglers' hideout inside Croatia.", "Croatia"),
    ],
)
def test_a_raid_by_armed_forces_or_on_anothers_ground_stays_an_attack(run: Run, text: str, target: str) -> None:
    found = events(run(text))
    assert any(p == "attacks" and o == target for _, p, o in found), found
