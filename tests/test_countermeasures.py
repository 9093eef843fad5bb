"""Measures taken in answer to another (kg/data/lexicon.yaml, kg/extract/patterns._answered_by_means). All sentences are
invented.

* A countermeasure, a retaliatory, punitive or reciprocal measure against a state is a sanction (CAMEO 160), intended
  when only announced as coming; vowed, threatened or warned of, it is a threat (130).
* A verb of answering or punishing whose means ("with" a measure, "by" an act) gives a statement of its own is that act,
  not the attack or coercion the verb alone is read as.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect, modalities

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China imposed countermeasures on Lithuania.", ("China", "sanctions", "Lithuania")),
        ("Russia adopted retaliatory measures against Moldova.", ("Russia", "sanctions", "Moldova")),
        ("The EU agreed punitive measures against Belarus.", ("European Union", "sanctions", "Belarus")),
        ("Countermeasures against Estonia were announced by Russia on Friday.", ("Russia", "sanctions", "Estonia")),
        # no state on the other side
        ("The army installed countermeasures against drones.", None),
        ("Doctors recommended countermeasures against the virus.", None),
    ],
)
def test_a_countermeasure_is_a_sanction(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


def test_a_countermeasure_announced_as_coming_is_intended(run: Run) -> None:
    found = modalities(run("China said it would take countermeasures against Lithuania."))
    assert found[("China", "sanctions", "Lithuania")] == Modality.INTENDED


@pytest.mark.parametrize(
    "text",
    [
        "China warned of countermeasures against Lithuania.",
        "China warned of retaliation against Lithuania.",
        "China vowed countermeasures against Lithuania.",
        "China threatened countermeasures against Lithuania.",
    ],
)
def test_countermeasures_vowed_or_warned_of_are_a_threat(run: Run, text: str) -> None:
    found = events(run(text))
    assert ("China", "threatens", "Lithuania") in found, found
    assert not any(predicate == "agreesTo" for _, predicate, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("China retaliated against Lithuania with trade curbs.", ("China", "sanctions", "Lithuania"), ("China", "attacks", "Lithuania")),
        ("Kenya retaliated by imposing tariffs on Ugandan sugar.", ("Kenya", "sanctions", "Uganda"), ("Kenya", "attacks", "Uganda")),
        ("Chile punished Peru by expelling two Peruvian diplomats.", ("Chile", "sanctions", "Peru"), ("Chile", "coerces", "Peru")),
    ],
)
def test_an_answer_by_a_measure_is_the_measure(run: Run, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a means that is no act, or none: the verb keeps its own reading
        "Iran retaliated against Israel.",
        "Iran retaliated against Israel with force.",
        "India retaliated against Pakistan with air strikes.",
    ],
)
def test_an_answer_by_force_stays_an_attack(run: Run, text: str) -> None:
    found = events(run(text))
    assert any(p == "attacks" for _, p, _ in found), found
