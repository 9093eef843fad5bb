"""Arms sold or bought are military cooperation (CAMEO 062; PETRARCH2 "SELL * &WEAPON", "PURCHASE * &WEAPON").

"X sold jets to Y", "Y bought submarines from X", "Y acquired missile systems from X", "X's arms sale to Y" gave nothing
(the mined triggers take no partner). The buyer is after "to", the seller after "from"; a weapon's compound names a
weapon too ("missile systems"). Goods that are no weapons ("cars", "computer systems", "toy tanks" sold to children) are
no cooperation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _pair(found: set[tuple[str | None, str, str | None]], a: str, b: str) -> bool:
    return (a, "cooperatesWith", b) in found or (b, "cooperatesWith", a) in found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Sweden sold twelve fighter jets to Thailand.", "SWE", "THA"),
        ("Morocco bought attack helicopters from the United States.", "MAR", "USA"),
        ("India acquired air defence missile systems from Israel.", "IND", "ISR"),
        ("Italy's arms sale to Qatar was approved in May.", "ITA", "QAT"),
        ("Brazil will purchase tanks from Italy.", "BRA", "ITA"),
    ],
)
def test_arms_traded(run: Run, text: str, a: str, b: str) -> None:
    found = country_triples(run(text))
    assert _pair(found, a, b), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Japan sold cars to Mexico.", "JPN", "MEX"),
        ("China sold computer systems to Brazil.", "CHN", "BRA"),
    ],
)
def test_other_goods(run: Run, text: str, a: str, b: str) -> None:
    assert not _pair(country_triples(run(text)), a, b)
