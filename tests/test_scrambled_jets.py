"""Scrambling warplanes against another's aircraft is a show of force (CAMEO 15, PLOVER MOBILIZE; WordNet scramble v.4
"to make (an aircraft) take off immediately"; kg/data/lexicon.yaml mobilizes). The other side is named after
"against", in "in response to Y's ...", or in a purpose clause ("to warn away Y's aircraft"); with none, nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia scrambled fighter jets against Russian military planes over the Baltic Sea.", ("EST", "mobilizes", "RUS")),
        ("Taiwan scrambled fighters to warn away Chinese aircraft on Tuesday.", ("TWN", "mobilizes", "CHN")),
        ("Romania has scrambled warplanes in response to Russian drone strikes on Ukraine.", ("ROU", "mobilizes", "RUS")),
    ],
)
def test_scrambling_warplanes_against_another_is_a_show_of_force(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The airline scrambled to find new aircraft for its Spanish routes.",
        "Norway scrambled two jets during a training flight.",
        "Rescuers scrambled helicopters to reach the stranded Italian climbers.",
    ],
)
def test_scrambling_with_no_other_side_states_nothing(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "mobilizes"]
