"""A "by" phrase the parse hangs on an active verb names the doer of its object's act (issue 16).

"X is investigating war crimes by Y's forces" gave nothing: the parse hung "by Y's forces" on the verb, which has
its own subject and so no "by" agent; the object ("war crimes") names no actor. Such a "by" phrase after the
object now names the object's doer, the one investigated, condemned or accused. A "by" of measure, means or time
("by ten percent", "by road", "by 2030") names no actor and gives nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> list[tuple[str, str, str | None]]:
    return [(s.subject.label, s.predicate.name, s.object.country) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations is investigating war crimes by Ethiopian troops.", ("United Nations", "investigates", "ETH")),
        ("Canada condemned war crimes by Russian soldiers in Bucha.", ("Canada", "criticizes", "RUS")),
        ("The ICC is examining possible abuses by Burmese forces.", ("International Criminal Court", "investigates", "MMR")),
    ],
)
def test_a_by_phrase_on_the_verb_names_the_objects_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = _said(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Chile cut its tariffs on Peruvian wine by ten percent.",  # measure: the tariff cut stays what it is
        "Peru reached the Bolivian border by road.",  # means
        "Kenya will double its exports by 2030.",  # time
    ],
)
def test_a_by_of_measure_means_or_time_names_no_doer(run: Run, text: str) -> None:
    said = _said(run(text))
    assert not [t for t in said if t[1] in ("investigates", "criticizes", "accuses")], said
