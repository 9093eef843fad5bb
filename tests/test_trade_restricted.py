"""Restricting trade with another is a sanction (CAMEO 163): every verb of restricting, limiting, curbing, blocking or
capping with every name of the goods' movement, the partner being the one the goods go to or come from.

"restricted exports of gallium to Y", "curbed imports from Y", "limited palm oil exports to Y" were coercion or
nothing. Trade limited by no one ("the drought limited exports") states nothing.
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
        ("Russia restricted exports of fertiliser to Lithuania.", ("RUS", "sanctions", "LTU")),
        ("Pakistan curbed imports from Afghanistan last month.", ("PAK", "sanctions", "AFG")),
        ("Ukraine has limited its grain exports to Hungary.", ("UKR", "sanctions", "HUN")),
        ("Japan has restricted sales of semiconductor materials to South Korea.", ("JPN", "sanctions", "KOR")),
        # purchases, and the verbs of halting with every name of the goods' movement
        ("Egypt curbed purchases of Ukrainian wheat.", ("EGY", "sanctions", "UKR")),
        ("Vietnam halted purchases of Cambodian rice.", ("VNM", "sanctions", "KHM")),
        ("Norway stopped shipments of salmon to Russia.", ("NOR", "sanctions", "RUS")),
        ("Canada cut sales of drones to Turkey.", ("CAN", "sanctions", "TUR")),
    ],
)
def test_trade_restricted_is_a_sanction(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The floods limited exports of rice.",
        "Port strikes curbed imports for a week.",
        "The retailer halted sales of its phones.",
    ],
)
def test_trade_limited_by_no_one(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "sanctions"]
