"""An organisation's name read with its possessive keeps no "'s" in its label.

The NER often takes the possessive into the name of a body it does not know ("the Claims Commission's ruling"),
and the label became "Claims Commission's" (or with a typographic apostrophe), a different node from the body's
other mentions. The possessive is no part of the name.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Britain welcomed the Maritime Claims Board’s ruling on the dispute.", "Maritime Claims Board"),
        ("Norway praised the Truth and Reconciliation Commission's findings.", "Truth and Reconciliation Commission"),
        ("The Grand Council of Elders' statement was welcomed by Kenya.", "Grand Council of Elders"),
        ("Chile welcomed the Commission of Inquiry’s findings on Friday.", "Commission of Inquiry"),
    ],
)
def test_the_possessive_is_no_part_of_the_name(run: Run, text: str, name: str) -> None:
    labels = {s.object.label for s in run(text).statements} | {s.subject.label for s in run(text).statements}
    assert name in labels, labels
    assert not any(label.endswith(("'s", "’s", "'", "’")) for label in labels), labels


def test_a_name_without_a_possessive_is_unchanged(run: Run) -> None:
    labels = {s.object.label for s in run("Britain welcomed the report of the Board of Inquiry.").statements}
    assert "Board of Inquiry" in labels, labels
