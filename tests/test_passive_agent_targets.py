"""A target the parse hangs on a passive's agent is the act's target: "sanctions were imposed by the EU on Y".

The parse reads "on Y" after "by the EU" as a phrase of the EU. A noun's own "by" agent already kept such a phrase
("the sanctions imposed by X on Y"); the passive light verb ("sanctions were imposed by X on Y", "tariffs were slapped
by X on Y") now does too. A date after the agent ("by the EU on Monday") is no target.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Sanctions were imposed by the EU on Iran.", ("European Union", "sanctions", "IRN")),
        ("Tariffs were slapped by Washington on Beijing.", ("USA", "sanctions", "CHN")),
        ("A ban was imposed by India on Chinese apps.", ("IND", "sanctions", "CHN")),
        ("Sanctions were lifted by the United States on Venezuela.", ("USA", "concedes", "VEN")),
    ],
)
def test_a_target_hung_on_the_agent_is_the_target(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    found = {(s.subject.country or s.subject.label, s.predicate.name, s.object.country) for s in run(text).statements}
    assert triple in found, found


def test_a_date_after_the_agent_is_no_target(run: Run) -> None:
    assert not run("Sanctions were imposed by the EU on Monday.").statements


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The sanctions, which were imposed by the EU on Iran last year, were extended.", ("European Union", "IRN")),
        ("The tariffs, which were levied by Washington on Chinese steel, stay in force.", ("USA", "CHN")),
    ],
)
def test_a_passive_relative_clause_reads_as_the_participle(run: Run, text: str, pair: tuple[str, str]) -> None:
    # "the sanctions, which were imposed by X on Y," is "the sanctions imposed by X on Y"
    found = {(s.subject.country or s.subject.label, s.object.country) for s in run(text).statements if s.predicate.name == "sanctions"}
    assert pair in found, found
