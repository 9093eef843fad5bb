"""Evaluations the parse reads as small clauses, and plain nouns of an act as labels (issue 16, CAMEO 111/051).

"X called Y's decision unacceptable" gave nothing: the parse made "decision" the subject of the predicative
"unacceptable" (or the adjective an adverb on the object), so the evaluated phrase was not found. A predicative
with a subject of its own, and an adjective hung on the object as an adverb, are now read as the label of their
phrase. "A hostile act", "an unfriendly move" and "a welcome step" take the sense of their modifier, as "a rogue
state" did; a plain noun with no evaluative modifier ("a big step") says nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicative adjective with the possessed act as its subject
        ("Bolivia called Chile's decision unacceptable.", ("Bolivia", "criticizes", "Chile")),
        # an adjective read as an adverb on the object
        ("Panama called Colombia's move unacceptable.", ("Panama", "criticizes", "Colombia")),
        # "as" and a plain noun of an act with a negative modifier
        ("Serbia described Croatia's decision as a hostile act.", ("Serbia", "criticizes", "Croatia")),
        # a plain noun of an act with a positive modifier
        ("Laos called Thailand's offer a welcome step.", ("Laos", "praises", "Thailand")),
    ],
)
def test_small_clause_evaluations(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia described Chile's decision as a big step.",  # no evaluative modifier
        "Panama called the decision unacceptable.",  # no actor evaluated
        "Serbia called Croatia's coach on Monday.",  # a call, no label
    ],
)
def test_no_label_or_no_actor_no_evaluation(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] in ("criticizes", "praises")], said
