"""A verb coordinated before another shares its direct object: "X condemned and sanctioned Y".

The parse hangs Y on the last verb only, so "condemned" had no object and its criticism was lost ("X invaded and
annexed Y": only the annexation). The earlier verb takes the later one's actor object when it has no object of its
own and the later verb no subject of its own; "X protested and Y apologised" shares nothing, "X welcomed the plan and
thanked Y" keeps its own object.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country or s.subject.label, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Britain condemned and sanctioned Iran.", ("GBR", "criticizes", "IRN")),
        ("Russia invaded and annexed Crimea.", ("RUS", "attacks", "UKR")),
        ("Poland summoned and rebuked the Russian ambassador.", ("POL", "protests", "RUS")),
        ("Iran detained and later released a British sailor.", ("IRN", "coerces", "GBR")),
        ("The EU criticised and fined Hungary.", ("European Union", "criticizes", "HUN")),
    ],
)
def test_the_earlier_verb_shares_the_object(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(run(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Britain protested and Iran apologised.", ("GBR", "protests", "IRN")),
        ("Japan welcomed the plan and thanked Korea.", ("JPN", "praises", "KOR")),
    ],
)
def test_no_object_is_shared_across_a_new_subject_or_an_own_object(run: Run, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in _triples(run(text))
