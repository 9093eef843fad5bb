"""A claim with a comment of its denial after it stays asserted (session 27, lead).

"X accused Y of arming Z, an allegation Y denies": the parse may make the accusation the complement of "denies", which
would deny it; the claim's noun before the comment's subject says the comment is about a claim that was made
(``kg.extract._modality._claim_comment``). "X denied that it had ...", "rejected claims that ..." still deny. All
sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Sudan accused the UAE of arming the rebels, an allegation Abu Dhabi denies.", "Sudan", "United Arab Emirates"),
        ("Mali has accused Algeria of harbouring militants, claims Algiers has rejected.", "Mali", "Algeria"),
        ("Iraq accused Iran of diverting the river, a charge Tehran rejects.", "Iraq", "Iran"),
    ],
)
def test_a_denied_accusation_was_made(run: Run, text: str, accuser: str, accused: str) -> None:
    found = [s for s in run(text).statements if s.predicate.name == "accuses"]
    assert [(s.subject.label, s.object.label, s.modality) for s in found] == [(accuser, accused, Modality.ASSERTED)], found


def test_a_claim_rejected_is_still_denied(run: Run) -> None:
    found = [s for s in run("Tehran rejected claims that Iran had armed the Houthis.").statements if s.predicate.name == "providesAidTo"]
    assert found and all(s.modality is Modality.NEGATED for s in found), found
