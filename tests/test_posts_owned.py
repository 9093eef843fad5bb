"""The body that owns a post is no target of an act on a candidate for it.

"Kenya backed Uganda for the AU chair" supports Uganda, not the African Union; "Russia rejected the nominee for the
UN job" rejects the nominee, not the United Nations. A post ("job", "post", "chair", "seat", "presidency", ...) in
a "for" phrase names what the candidate is backed or opposed for.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "target", "body"),
    [
        ("Kenya backed Uganda for the AU chair.", "UGA", "African Union"),
        ("Egypt supported Morocco for the chairmanship of the Arab League.", "MAR", "Arab League"),
        ("Chile endorsed Peru's candidate for the OAS post on Monday.", "PER", "Organization of American States"),
        ("Russia opposed Estonia for a seat on the UN Human Rights Council.", "EST", "United Nations Human Rights Council"),
    ],
)
def test_the_body_of_the_post_is_no_target(run: Run, text: str, target: str, body: str) -> None:
    result = run(text)
    objects = {(s.object.country, s.object.label) for s in result.statements}
    assert any(country == target for country, _ in objects), objects
    assert not any(label == body or "United Nations" in label for _, label in objects), objects


def test_a_body_backed_for_itself_is_still_the_target(run: Run) -> None:
    # support "for" an actor that is no post stays: "support for the African Union"
    result = run("Kenya voiced support for the African Union on Monday.")
    assert "African Union" in {s.object.label for s in result.statements}
