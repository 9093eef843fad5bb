"""'Both sides' after a mediation between two parties are those parties (kg/extract/_discourse.py, ``local_pair``):
the sides mediated between, not the mediator and one of them. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer to mediate, a mediation ended, a mediation by a verb of brokering; a state and an armed group
        ("Egypt offered to mediate between Sudan and Chad. It urged both sides to show restraint.", {("Egypt", "demands", "Sudan"), ("Egypt", "demands", "Chad")}),
        ("Qatar said it would stop mediating between Israel and Hamas. The Gulf state accused both sides of bad faith.", {("Qatar", "accuses", "Israel"), ("Qatar", "accuses", "Hamas")}),
        ("Kenya brokered talks between Ethiopia and Eritrea. Nairobi later criticised both sides for delays.", {("Kenya", "criticizes", "Ethiopia"), ("Kenya", "criticizes", "Eritrea")}),
    ],
)
def test_both_sides_after_a_mediation_are_the_sides_mediated_between(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = events(run(text))
    assert expected <= found, found


def test_a_mediation_between_three_names_no_pair(run: Run) -> None:
    # distractor: three sides mediated between are no "both sides"
    found = events(run("Ghana mediated between Togo, Benin and Niger. Accra urged both sides to talk."))
    assert not any(p == "demands" for _, p, _ in found), found
