"""Handing over with a "with" phrase (CAMEO 07): "X supplied/provided/furnished Y with Z".

The recipient is the direct object and the thing is after "with", possibly inside a quantity ("with
dozens of drones") or a coordination ("with grain and fuel"). A weapon, a warship or a warplane is
military aid (072); goods and money are aid (070).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected", "cameo"),
    [
        ("Poland supplied Moldova with anti-aircraft missiles.", ("Poland", "providesAidTo", "Moldova"), "072"),
        ("Pakistan has supplied Sudan with dozens of combat drones.", ("Pakistan", "providesAidTo", "Sudan"), "072"),
        ("South Korea furnished Peru with two frigates.", ("South Korea", "providesAidTo", "Peru"), "072"),
        ("Italy provided Tunisia with a batch of coastal patrol vessels.", ("Italy", "providesAidTo", "Tunisia"), "072"),
        ("Moldova was supplied with artillery shells by Romania.", ("Romania", "providesAidTo", "Moldova"), "072"),
        ("India provided Sri Lanka with fuel and medicines.", ("India", "providesAidTo", "Sri Lanka"), "070"),
        ("Kuwait supplied Jordan with thousands of tonnes of wheat.", ("Kuwait", "providesAidTo", "Jordan"), "070"),
        # goods supplied are trade, as "supplied natural gas to Y" is (session 26)
        ("Norway supplied Germany with natural gas.", ("Germany", "tradesWith", "Norway"), "061"),
        # the thing is no aid, or the parties are no actors
        ("The bakery supplied the school with bread rolls.", None, None),
        ("Chile provided Bolivia with a list of candidates.", None, None),
    ],
)
def test_supplied_with(run: Run, text: str, expected: tuple[str, str, str] | None, cameo: str | None) -> None:
    result = run(text)
    expect(events(result), expected)
    if expected is not None:
        assert {s.cameo for s in result.statements if (s.subject.label, s.predicate.name, s.object.label) == expected} == {cameo}
