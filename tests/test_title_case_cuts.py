"""A title-case headline cut by the NER at a preposition is no organisation (session 26).

The NER reads a capitalised run of a title-case headline as a name: "Turkey Sends Troops To Syrian Border" gave the
organisation "Troops To" (labelled "Troops To Syrian"), which took the place of the border's country as the object;
"Sweden Launches Inquiry Into Iranian Spying" gave "Inquiry Into". A name that ends on a capitalised preposition, or
holds one before a country's word that ends it, is such a cut (``kg.resolve._cut_title_case_phrase``). Bodies keep
their names ("The Commission On Human Rights"). All headlines are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "predicate", "target"),
    [
        ("Turkey Sends Troops To Syrian Border\n\nAnkara sent more soldiers on Monday.", "mobilizes", "Syria"),
        ("Sweden Launches Inquiry Into Iranian Spying\n\nThe probe began on Friday.", "investigates", "Iran"),
        ("Poland Moves Tanks Toward Belarusian Frontier\n\nThe army confirmed the move.", "mobilizes", "Belarus"),
    ],
)
def test_a_headline_cut_is_no_organisation(run: Run, text: str, predicate: str, target: str) -> None:
    statements = run(text).statements
    assert [s for s in statements if s.predicate.name == predicate and s.object.label == target], statements
    assert not [s for s in statements if s.object.type is EntityType.ORGANIZATION], statements


def test_a_body_keeps_its_name(run: Run) -> None:
    subjects = {s.subject.label for s in run("The Commission On Human Rights criticised Iran.").statements}
    assert "Commission On Human Rights" in subjects, subjects
