"""Speaking or talking to one's counterpart, or to another's leader named by an office, is consulting them (CAMEO 040;
kg/data/lexicon.yaml, "speak to counterpart|president|minister..."). "Speaking to" an audience (reporters, an
assembly, students) names no partner."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish foreign minister spoke to his Swedish counterpart about the bridge.", ("DNK", "meetsWith", "SWE")),
        ("Egypt's president talked to the Israeli prime minister on Sunday.", ("EGY", "meetsWith", "ISR")),
        ("The Dutch king has spoken to the Belgian king about the floods.", ("NLD", "meetsWith", "BEL")),
    ],
)
def test_speaking_to_a_counterpart_or_leader_is_consulting(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found or expected[::-1] in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters in Ankara, the Turkish foreign minister praised Qatar.",
        "The Kenyan minister spoke to students about Chinese loans.",
        "Speaking to the UN General Assembly, the Iranian president criticised Israel.",
    ],
)
def test_speaking_to_an_audience_is_no_meeting(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "meetsWith"]
