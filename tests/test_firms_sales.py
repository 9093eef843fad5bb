"""A firm's goods delivered to another country's firm are a sale, not aid (kg/extract/patterns.py): a body of no known
kind gives aid to a state or its people, not to its businesses. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        # an aircraft maker to two airlines; a verb of delivering and one of handing
        "Airbus delivered 20 planes to Qatar Airways last year.",
        "Boeing delivered ten jets to Turkish Airlines.",
    ],
)
def test_a_firms_delivery_to_a_foreign_firm_is_no_aid(run: Run, text: str) -> None:
    assert not events(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distractors of the rule: a state lending to firms, a foundation giving to a state, a bank lending to farmers
        ("China lent two billion dollars to Kenyan firms.", ("China", "providesAidTo", "Kenyan firms")),
        ("The Gates Foundation donated vaccines to Nigeria.", ("Gates Foundation", "providesAidTo", "Nigeria")),
        ("The World Bank provided loans to Kenyan farmers.", ("World Bank", "providesAidTo", "Kenyan farmers")),
    ],
)
def test_aid_from_a_state_or_to_a_state_stays(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(run(text))
