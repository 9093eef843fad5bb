"""A reporting verb with no subject of its own, the second of two verbs or a participle clause, reports for its head's
subject (kg/extract/_context._Context._subject_entity): what it reports is attributed to that speaker. All sentences
are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult, predicate: str) -> set[str | None]:
    return {s.attributed_to.label if s.attributed_to else None for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a second verb of the same subject
        ("Cambodia denied the report and said Thai forces had crossed into Cambodian territory.", "Cambodia"),
        # a participle clause
        ("Ghana dismissed the accusation, saying Togolese soldiers had attacked its post first.", "Ghana"),
        # a person speaking, with an adverb between
        ("Chile's foreign minister rejected the charge and later said Peruvian troops had raided a Chilean outpost.", "Chile"),
    ],
)
def test_a_report_without_its_own_subject_is_its_heads_subjects(run: Run, text: str, speaker: str) -> None:
    said = _said(run(text), "attacks")
    assert said and all(s is not None and speaker in s for s in said), said


def test_a_second_clause_with_its_own_subject_is_not_reported(run: Run) -> None:
    # no reporting verb over the attack: the writer asserts it
    said = _said(run("Cambodia denied the report, and Thai forces later shelled a Cambodian border post."), "attacks")
    assert said == {None}, said
