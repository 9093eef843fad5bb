"""Settling a strife is read; the strife is no topic anyone supports.

PETRARCH2 codes "RESOLVE * &DISPUTE" as diplomatic cooperation (050), read here as supports; with no party named the
topic fallback made the dispute itself the thing supported ("X supports 'old quarrel'"). A topic whose head
is a noun of strife (dispute, conflict, crisis, deadlock, war ...) is no object of support; one that only names a
strife in its "of" phrase ("a peaceful resolution of the conflict") still is.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg said:\n\nI thank both sides for their efforts to resolve the decades-old quarrel.",
        "Austria helped resolve the long dispute.",
        "The envoy worked to settle the deadlock.",
    ],
)
def test_a_strife_is_no_topic_of_support(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "supports"], [(s.subject.label, s.object.label) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Japan supports a peaceful resolution of the conflict.", "peaceful resolution of conflict"),
        ("Germany supports dialogue.", "dialogue"),
    ],
)
def test_other_topics_of_support_stay(run: Run, text: str, topic: str) -> None:
    assert topic in {s.object.label for s in run(text).statements if s.predicate.name == "supports"}


def test_the_parties_of_a_strife_settled_are_supported(run: Run) -> None:
    found = {s.object.country for s in run("Norway helped resolve the dispute between Peru and Chile.").statements if s.predicate.name == "supports"}
    assert {"PER", "CHL"} <= found
