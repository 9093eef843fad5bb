"""Pausing relations, talks, aid or trade with another is reducing relations (issue 16, CAMEO 16x).

"Pause" is a verb of halting (WordNet pause v.1 "cease an action temporarily"): with every name of a tie, of a
process or of the goods' movement, as "halt", "suspend" and "freeze" are. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru paused diplomatic relations with Honduras.", ("PER", "sanctions", "HND")),
        ("Sweden has paused development aid to Mali.", ("SWE", "sanctions", "MLI")),
        ("Colombia paused coal exports to Israel.", ("COL", "sanctions", "ISR")),
        ("Egypt paused talks with Ethiopia over the dam.", ("EGY", "sanctions", "ETH")),
    ],
)
def test_pausing_a_tie_or_a_process_reduces_relations(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize("text", ["The orchestra paused the concert.", "Kenya paused for a minute of silence."])
def test_other_pauses_are_no_sanction(run: Run, text: str) -> None:
    assert not country_triples(run(text))
