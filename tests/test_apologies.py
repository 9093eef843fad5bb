"""Regret and remorse expressed to another state are an apology (CAMEO 055, PLOVER SUPPORT), not dismay at it
(kg/data/lexicon.yaml, "regret to"; the "to" may hang on the noun or on its light verb). Regret at another's act is
still criticism. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "apology"),
    [
        # regret and remorse; the "to" on the noun, on its light verb; a state and its people
        ("Belgium expressed regret to Rwanda for its colonial past.", ("Belgium", "supports", "Rwanda")),
        ("Germany conveyed its deep remorse to Namibia for the massacres.", ("Germany", "supports", "Namibia")),
        ("The Dutch king expressed his regret to the people of Indonesia.", ("Netherlands", "supports", "Indonesia")),
    ],
)
def test_regret_expressed_to_a_state_is_an_apology(run: Run, text: str, apology: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert apology in found, found
    assert not any(p == "criticizes" for _, p, _ in found), found


def test_regret_at_anothers_act_is_criticism(run: Run) -> None:
    # distractor of the apology: regret over another's decision
    found = events(run("Japan expressed regret over China's decision to ban seafood imports."))
    assert ("Japan", "criticizes", "China") in found, found
