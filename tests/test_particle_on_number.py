"""A particle the parse reads as a bound of the object's number still completes its verb (issue 16, CAMEO 084).

"X handed over 90 Y prisoners" may be parsed with "over" as a bound of "90" ("over 90" = more than 90), so the
two-word trigger "hand over" found no particle and the release gave nothing. The word right after the verb,
hung on the number of the verb's object, now completes the verb as a particle. A number bound elsewhere in
a clause of another verb stays a number.

All sentences are invented for these tests (each was checked to get that parse).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a numeral, the captives named with "of war"
        ("Russia handed over 90 Ukrainian prisoners of war.", "UKR"),
        # a number written as a word
        ("Azerbaijan handed over ten Armenian soldiers.", "ARM"),
        # a modal future
        ("Egypt will hand over 25 Libyan fishermen.", "LBY"),
    ],
)
def test_handed_over_with_a_number_is_a_release(run: Run, text: str, target: str) -> None:
    statements = run(text).statements
    found = [s for s in statements if s.predicate.name == "concedes" and s.object.country == target]
    assert found, [(s.subject.label, s.predicate.name, s.object.label) for s in statements]


@pytest.mark.parametrize(
    "text",
    [
        "The two armies fought over ten villages.",  # "over" bounds a number of another verb's phrase
        "Prices in Ghana rose over 20 percent.",
    ],
)
def test_a_bound_of_another_verb_is_no_release(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.name == "concedes"], statements
