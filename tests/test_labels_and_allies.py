"""Evaluative labels on a plain noun of a state ("a terrorist state") and an ally or strategic partner "of" Y."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import expect, triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland labelled Russia a terrorist state.", ("Poland", "criticizes", "Russia")),
        ("Ukraine said Belarus is a rogue state.", ("Ukraine", "criticizes", "Belarus")),
        ("Chile described Peru as a reliable neighbour.", ("Chile", "praises", "Peru")),
        ("Japan called Iran a rogue regime.", ("Japan", "criticizes", "Iran")),
        # a plain noun of a state with a modifier that judges nothing
        ("Ghana called Togo a small country.", None),
        ("Israel described Iran as a state.", None),
    ],
)
def test_a_plain_state_noun_takes_its_modifier_s_sense(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(triples(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland is an ally of Germany.", {"Poland", "Germany"}),
        ("Kenya is a strategic partner of Uganda.", {"Kenya", "Uganda"}),
        ("Japan remains the closest ally of Australia in the region.", {"Japan", "Australia"}),
        ("Estonia, an ally of Latvia, sent troops.", {"Estonia", "Latvia"}),
    ],
)
def test_an_ally_of_y(run: Run, text: str, pair: set[str]) -> None:
    found = [s for s in run(text).statements if s.predicate.name == "strategicPartnerOf"]
    assert any({s.subject.label, s.object.label} == pair and s.modality.value == "asserted" for s in found), found


@pytest.mark.parametrize("text", ["Peru is an ally of the left.", "The alliance of farmers and miners held."])
def test_no_ally_without_two_actors(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "strategicPartnerOf"]
