"""A body two states set up and run together is their cooperation (kg/data/lexicon.yaml: "joint commission",
"joint task force", ... with cooperatesWith; "form", "create", "set up", "found", "institute" are light verbs of such
nouns, kg/extract/_words.py). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect, modalities

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _cooperating(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "cooperatesWith", b) in found or (b, "cooperatesWith", a) in found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Canada and Mexico launched a joint task force on migration.", "Canada", "Mexico"),
        ("Canada and Mexico set up a joint commission on water.", "Canada", "Mexico"),
        ("Ghana and Togo formed a joint working group on the border.", "Ghana", "Togo"),
        ("Ghana set up a joint commission with Togo to manage the lagoon.", "Ghana", "Togo"),
        ("Peru and Ecuador created a joint committee to demarcate the border.", "Peru", "Ecuador"),
    ],
)
def test_a_joint_body_set_up_is_cooperation(run: Run, text: str, a: str, b: str) -> None:
    found = events(run(text))
    assert _cooperating(found, a, b), found
    assert not any(p == "agreesTo" for _, p, _ in found), found


def test_a_joint_body_to_be_set_up_is_intended(run: Run) -> None:
    found = modalities(run("Vietnam and Cambodia will establish a joint mechanism to fight smuggling."))
    assert Modality.INTENDED in {m for (s, p, o), m in found.items() if p == "cooperatesWith"}, found


@pytest.mark.parametrize(
    "text",
    [
        # bodies of no two states
        "The university and the hospital set up a joint committee on ethics.",
        "Kenya's parliament formed a joint committee to probe the deal.",
    ],
)
def test_a_joint_body_of_no_two_states_gives_nothing(run: Run, text: str) -> None:
    expect(events(run(text)), None)
