"""Defying what another asks, letting another act, and waivers granted (issue 16, session 22).

* "ignored Y's demands", "defied calls from Y", "flouted Y's ultimatum" (CAMEO 12; PETRARCH2 IGNORE/DEFY * APPEAL,
  * ORDER): a rejection of the one who asked.
* "X allowed Y's vessels to resupply the outpost", "X permitted Y's jets to use its airspace" (CAMEO 080; PETRARCH2
  ALLOW): a concession to the one let; "will not allow Y to ..." is a rejection.
* "X granted Y a sanctions waiver", "an exemption for Y from X's duties" (CAMEO 085): easing one's own measures.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea ignored China's calls for restraint.", ("PRK", "rejects", "CHN")),
        ("Eritrea defied the African Union's demands to withdraw its troops.", ("ERI", "rejects", "African Union")),
        ("Belarus flouted Poland's ultimatum on the border crossings.", ("BLR", "rejects", "POL")),
        ("Russia allowed Moldova to import gas through the pipeline.", ("RUS", "concedes", "MDA")),
        ("Jordan permitted Saudi jets to cross its airspace.", ("JOR", "concedes", "SAU")),
        ("Greece will not allow Turkey to drill in its waters.", ("GRC", "rejects", "TUR")),
        ("The US granted Iraq a waiver to buy Iranian electricity.", ("USA", "concedes", "IRQ")),
        ("The EU granted Serbia an exemption from the steel quotas.", (None, "concedes", "SRB")),  # an organisation: no country
    ],
)
def test_defiance_permission_and_waivers(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "The minister ignored the question from the reporter.",  # no one's demand
        "The new rules allow companies to hire foreign workers.",  # no actor lets another
        "The government granted a tax exemption to small firms.",  # no other side
    ],
)
def test_no_rejection_or_concession_without_another_side(run: Run, text: str) -> None:
    said = country_triples(run(text))
    assert not [t for t in said if t[1] in ("rejects", "concedes")], said
