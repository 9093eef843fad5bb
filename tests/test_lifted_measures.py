"""Ending a measure taken against another state is easing it (CAMEO 085 for a trade measure, 081 for an
administrative one; kg/data/lexicon.yaml, every verb of ending with every name of the measure), never a
new imposition of the measure named. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade measure (085) under several verbs of ending, active, passive, headline and nominal
        ("Japan lifted its export curbs on South Korea.", ("Japan", "concedes", "South Korea")),
        ("Japan ended its export controls on South Korea.", ("Japan", "concedes", "South Korea")),
        ("Canada rolled back its tariffs on Chinese steel.", ("Canada", "concedes", "China")),
        ("Mexico repealed the import quotas on Guatemalan sugar.", ("Mexico", "concedes", "Guatemala")),
        ("Kenya suspended its levies on Ugandan milk.", ("Kenya", "concedes", "Uganda")),
        ("The export curbs on South Korea were lifted by Japan in March.", ("Japan", "concedes", "South Korea")),
        ("Chile lifts export curbs on Peru", ("Chile", "concedes", "Peru")),
        ("Mexico announced the repeal of its tariffs on Guatemalan sugar.", ("Mexico", "concedes", "Guatemala")),
        # an administrative measure (081)
        ("Egypt ended its blockade of Gaza.", ("Egypt", "concedes", "Palestine")),
        ("Australia revoked its ban on Indonesian beef.", ("Australia", "concedes", "Indonesia")),
        # no state on the other side: nothing
        ("The central bank eased capital controls.", None),
        ("Ghana lifted the ban on plastic bags.", None),
        ("The referee cancelled the goal after a review.", None),
    ],
)
def test_a_measure_ended_is_eased(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Japan lifted its export curbs on South Korea.",
        "Canada rolled back its tariffs on Chinese steel.",
        "Brazil ended its boycott of Venezuelan products.",
    ],
)
def test_the_measure_ended_is_not_imposed(run: Run, text: str) -> None:
    assert not any(s.predicate.name == "sanctions" for s in run(text).statements)
