"""Public works built for another state or its people are aid (CAMEO 070; kg/data/lexicon.yaml, every verb of building
with every name of a public work a donor gives). All sentences are invented.
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
        ("China built a new parliament building for Zimbabwe.", ("China", "providesAidTo", "Zimbabwe")),
        ("Turkey is building a hospital for Somalia in Mogadishu.", ("Türkiye", "providesAidTo", "Somalia")),
        ("Japan constructed a bridge for Cambodia over the Mekong.", ("Japan", "providesAidTo", "Cambodia")),
        ("India rebuilt 300 homes for Nepalese earthquake victims.", ("India", "providesAidTo", "Nepal")),
        ("A hospital for Somali refugees was built by Turkey.", ("Türkiye", "providesAidTo", "Somali refugees")),
        # no state receives, or a firm builds
        ("The council built a new school for the village.", None),
        ("Portugal built a stadium for the final.", None),
        ("A Chinese firm will build a new airport for Senegal.", None),
        # built together with another: nothing given to it
        ("Chile and Peru built a bridge over the river with Bolivia.", None),
    ],
)
def test_works_built_for_a_state_are_aid(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)
