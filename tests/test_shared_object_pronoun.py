"""An object pronoun of a verb that goes on a first clause stands for that clause's object (issue 16).

"X expelled three Y diplomats, accusing them of spying" gave only the expulsion: "them" names no actor, and
object pronouns were not resolved. The object of a participle set on the first clause, or of a coordinated
verb with no subject of its own, is now that clause's direct object when it agrees in number ("them" with a
plural, "him" with a singular). A pronoun of another number, or of a clause with its own subject, is left alone.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> list[tuple[str | None, str, str | None]]:
    return [(s.subject.country, s.predicate.name, s.object.country) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle set on the first clause, "them" for a plural
        ("Moldova expelled two Russian diplomats, accusing them of meddling.", ("MDA", "accuses", "RUS")),
        # a coordinated verb, "him" for a singular
        ("Belarus detained a Lithuanian journalist and accused him of spying.", ("BLR", "accuses", "LTU")),
        # a coordinated verb of praise
        ("Ghana received three Togolese ministers and thanked them for their help.", ("GHA", "praises", "TGO")),
    ],
)
def test_the_object_pronoun_is_the_first_clauses_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = _said(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        # "him" does not agree with a plural object
        "Moldova expelled two Russian diplomats, accusing him of meddling.",
        # the second clause has its own subject: "them" is not resolved by this rule
        "Belarus detained two Lithuanian journalists after Poland accused them of spying.",
    ],
)
def test_a_pronoun_that_does_not_fit_stays_unresolved(run: Run, text: str) -> None:
    said = _said(run(text))
    assert not [t for t in said if t[1] == "accuses"], said
