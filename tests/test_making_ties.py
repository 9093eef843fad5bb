"""A standing tie named as the object of a verb that makes it is its subject's: "X signed a strategic partnership
with Y", "X formed an alliance with Y" (strategicPartnerOf, besides the signing itself)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _partners(result: ArticleResult) -> set[frozenset[str]]:
    return {frozenset((s.subject.label, s.object.label)) for s in result.statements if s.predicate.name == "strategicPartnerOf"}


@pytest.mark.parametrize(
    "text",
    [
        "Japan signed a strategic partnership with Australia.",
        "Japan formed an alliance with Australia in 1951.",
        "Japan and Australia signed a strategic partnership on Monday.",
        "Japan ratified the alliance with Australia.",
    ],
)
def test_a_tie_made_by_the_verbs_subject(run: Run, text: str) -> None:
    assert frozenset(("Japan", "Australia")) in _partners(run(text)), _partners(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Japan criticized the alliance with Australia.",  # judged, not made
        "Japan signed a partnership agreement with Australia.",  # an agreement, no strategic partnership
    ],
)
def test_no_tie_without_a_verb_that_makes_it(run: Run, text: str) -> None:
    assert not _partners(run(text)), _partners(run(text))
