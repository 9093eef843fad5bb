"""What is agreed in a copular clause is what the copula says, not the clause's subject.

"X and Y agreed their main aim would be Z": the parse takes "their main aim" for the object of "agreed"
and the topic was "main aim"; "agreed the main goal should be Z" gave "be Z". The topic is Z. A clause's
subject that the parse took for the verb's object is no topic.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _topics(result: ArticleResult) -> set[str]:
    return {s.object.label for s in result.statements if s.predicate.name == "agreesTo"}


@pytest.mark.parametrize(
    ("text", "topic", "not_topic"),
    [
        ("Ghana and Togo agreed their main aim would be the reopening of the border.", "reopening of border", "main aim"),
        ("Japan and India agreed the main goal should be a free Indo-Pacific.", "free Indo Pacific", "be free Indo Pacific"),
        ("Chile agreed its top concern would be the safety of fishermen.", "safety of fishermen", "top concern"),
    ],
)
def test_the_copula_says_what_is_agreed(run: Run, text: str, topic: str, not_topic: str) -> None:
    topics = _topics(run(text))
    assert topic in topics and not_topic not in topics, topics


def test_a_plain_object_is_still_the_topic(run: Run) -> None:
    assert "peace treaty" in _topics(run("Armenia and Azerbaijan agreed on a peace treaty."))


@pytest.mark.parametrize(
    "text",
    ["Turkey and Greece agreed to hold talks.", "Egypt and Sudan agreed to resume talks on the dam.", "Chile and Peru agreed to open negotiations."],
)
def test_talks_agreed_are_read_alike_for_both_sides(run: Run, text: str) -> None:
    # the talks agreed are coded for both sides (meetsWith, intended); neither keeps a pledge topic that restates them
    result = run(text)
    assert any(s.predicate.name == "meetsWith" for s in result.statements)
    assert not _topics(result), _topics(result)
