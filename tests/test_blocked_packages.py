"""Blocking or vetoing another's plan, initiative or statement is a rejection of its author (CAMEO 129 veto; PETRARCH2
VETO, OBSTRUCT, STALL, STYMIE), as blocking another's bid or proposal already was (kg/data/lexicon.yaml). A package
blocked is the act it holds, negated (tests/test_brokers_and_blocked_acts.py). A road, or one's own plan, names no
author rejected."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovakia blocked the European Commission's plan for Moldova.", ("SVK", "rejects", None)),
        ("Poland vetoed Germany's migration plan.", ("POL", "rejects", "DEU")),
        ("China blocked a Japanese statement on Taiwan at the council.", ("CHN", "rejects", "JPN")),
        ("Russia stalled a Moldovan initiative at the OSCE.", ("RUS", "rejects", "MDA")),
    ],
)
def test_blocking_anothers_package_rejects_its_author(run: Run, text: str, expected: tuple[str, str, str | None]) -> None:
    result = run(text)
    rejected = [s.object for s in result.statements if s.predicate.name == "rejects" and s.subject.country == expected[0]]
    # (None: the author is an organisation, "the EU aid package")
    assert any(o.country == expected[2] if expected[2] else o.type.value == "Organization" for o in rejected), result.statements


@pytest.mark.parametrize(
    "text",
    [
        "The police blocked the road to the border with Moldova.",  # a road, no author
        "Slovakia blocked its own reform plan.",  # one's own plan: no one else rejected
    ],
)
def test_no_author_no_rejection(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "rejects" and s.object.type.value in ("Country", "Organization", "Person")]
