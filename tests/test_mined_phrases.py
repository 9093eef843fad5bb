"""A PETRARCH2 pattern that needs words after its object is left out (issue 16, scripts/mine_petrarch.py
``_words_after_object``).

"* &SOLUTION OF + TRADE OFFICE" (1621, close a trade office) had been mined as "report / describe / announce
result|solution|closure" with any object, so "X reported the results to Y" was a sanction; "* MACHINE GUN"-like and
"* BOLSTER TIES (WITH +)"-like rows had likewise lost their second word. The miner now leaves such a pattern out (it
is counted under "phrases left out" by benchmarks/lexicon_coverage.py). All sentences are invented for these tests.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "mine_petrarch.py"


def _miner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mine_petrarch", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mine_petrarch"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("pattern", "tail"),
    [
        ("* RESULT OF + TRADE OFFICE", ""),  # words after the object: left out
        ("* AID (TO)", "aid"),  # a preposition in parentheses is no extra word
        ("* UP PRESSURE", "up pressure"),  # a particle with its object
        ("* SANCTIONS", "sanction"),
    ],
)
def test_a_pattern_needing_more_words_is_left_out(pattern: str, tail: str) -> None:
    assert _miner().pattern_words(pattern, {}) == tail


@pytest.mark.parametrize(
    "text",
    [
        "India reported the results to Nepal.",
        "Chile announced the result of its talks with Peru.",
        "Norway described the solution to Sweden.",
    ],
)
def test_reporting_a_result_is_no_sanction(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "sanctions"]


def test_a_pattern_filed_under_two_kinds_of_act_is_left_out() -> None:
    """PETRARCH2 files "SEND * &AIRCRAFT" under 072 (military aid) and 166 (expulsion) alike: which one a sentence
    means is not in the pattern, so the miner leaves the trigger out instead of picking the larger code."""
    text = (Path(__file__).resolve().parents[1] / "kg" / "data" / "lexicon_petrarch.yaml").read_text(encoding="utf-8")
    assert "- send aircraft|" not in text
    assert "- vote against\n" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent jets to Azerbaijan.",
        "Two helicopters were sent to Moldova by Romania.",
        "Egypt will send aircraft to Sudan next week.",
    ],
)
def test_aircraft_sent_are_no_sanction(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "sanctions"]


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Bulgaria voted against Serbia's bid to join the council.", "Serbia"),  # a bid: its bidder
        ("Peru will vote against the resolution on Venezuela.", "resolution on Venezuela"),
        ("Fiji voted against the motion tabled by Australia.", "motion"),
    ],
)
def test_a_vote_against_is_a_rejection(run: Run, text: str, rejected: str) -> None:
    """The hand lexicon reads "vote against" (CAMEO 120), which the miner leaves out as filed under 110 and 120."""
    statements = run(text).statements
    assert [s for s in statements if s.predicate.name == "rejects" and s.object.label == rejected], statements


def test_a_vote_for_is_no_rejection(run: Run) -> None:
    assert not [s for s in run("Chile voted for the resolution on Bolivia.").statements if s.predicate.name == "rejects"]
