"""Regret expressed at another's act, and a mediation praised by one who is no side of it (session 26).

"Regretted Y's decision" criticises Y (CAMEO 111, PETRARCH2 REGRET 110); so does the noun after a verb of saying
("expressed regret over Y's decision", "voiced regret at Y's veto"), as "dismay" and "disappointment" do. Regret over
a death or for one's own past acts names no one criticised.

"Ukraine welcomed the support of Y" makes Ukraine the one helped; one who praises or welcomes a mediation is not
thereby one of its sides ("X praised Y's mediation efforts": the sides are not said), so no mediation with the praiser
is read. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        ("Canada expressed regret over India's decision to expel its diplomats.", "Canada", "India"),
        ("Germany voiced regret at Poland's veto.", "Germany", "Poland"),
        ("Chile said it regretted Peru's move.", "Chile", "Peru"),
    ],
)
def test_regret_at_anothers_act(run: Run, text: str, critic: str, criticised: str) -> None:
    found = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "criticizes"}
    assert (critic, criticised) in found, run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "Norway expressed regret over the death of the Swedish king.",
        "Japan expressed regret for its wartime actions.",
    ],
)
def test_regret_that_criticises_no_one(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "criticizes"], run(text).statements


@pytest.mark.parametrize(
    ("text", "praiser", "mediator"),
    [
        ("Turkey's president praised Qatar's mediation efforts.", "Türkiye", "Qatar"),
        ("France welcomed Egypt's mediation.", "France", "Egypt"),
        ("Spain thanked Norway for its mediation, the ministry said.", "Spain", "Norway"),
    ],
)
def test_praising_a_mediation_makes_no_side(run: Run, text: str, praiser: str, mediator: str) -> None:
    statements = run(text).statements
    assert [s for s in statements if s.predicate.name == "praises" and s.object.label == mediator], statements
    assert not [s for s in statements if s.predicate.name == "mediates" and praiser in (s.subject.label, s.object.label)], statements


def test_a_mediation_between_named_sides_stays(run: Run) -> None:
    found = {s.object.label for s in run("Egypt praised Oman's mediation between Iran and the United States.").statements
             if s.predicate.name == "mediates"}
    assert found == {"Iran", "United States"}, found
