"""A fact denied is the denier's own act, negated; it is no refusal of the act's target (issue 16, CAMEO 12 REJECT).

"Ghana denied launching an offensive against Togo" says that Ghana did not attack Togo; it does not say that
Ghana rejected Togo, nor that Ghana rejected "launching an offensive". A refusal keeps its target: "denied Togo
access to its ports", "denied Togo's request", "refused to meet Togo".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana denied launching an offensive against Togo.",  # a gerund
        "Ghana has denied having attacked Togo.",  # a perfect gerund
        "The Ghanaian army denies sending troops to attack Togo.",  # a gerund with its own complement
        "Ghana refuted shelling Togo.",  # another verb of denial
    ],
)
def test_a_denied_act_is_no_rejection(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.name == "rejects"], [(s.predicate.name, s.object.label) for s in statements]
    assert all(s.modality is Modality.NEGATED for s in statements if s.predicate.name == "attacks"), statements


@pytest.mark.parametrize(
    "text",
    [
        "Ghana denied Togo access to its ports.",  # a thing withheld from Togo
        "Ghana denied Togo's request for extradition.",  # Togo's own act refused
        "Ghana refused to meet Togo.",  # a refusal, not a denial of fact
    ],
)
def test_a_refusal_keeps_its_target(run: Run, text: str) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert ("Ghana", "rejects", "Togo") in found, found


@pytest.mark.parametrize(
    ("text", "predicate", "target"),
    [
        ("Uganda denied attacking Kenya.", "attacks", "Kenya"),
        ("Belarus denied supplying drones to Russia.", "providesAidTo", "Russia"),
        ("Rwanda denies sending troops to Burundi.", "mobilizes", "Burundi"),
    ],
)
def test_a_denied_act_is_read_negated(run: Run, text: str, predicate: str, target: str) -> None:
    statements = run(text).statements
    found = [s for s in statements if s.predicate.name == predicate and s.object.label == target]
    assert found and all(s.modality is Modality.NEGATED for s in found), [(s.predicate.name, s.object.label, s.modality) for s in statements]


def test_a_refused_act_stays_unread(run: Run) -> None:
    statements = run("Uganda refused to attack Kenya.").statements
    assert not [s for s in statements if s.predicate.name == "attacks"], statements
