"""Taking people into custody (CAMEO 173; PETRARCH2 ROUND_UP and LOCK_UP blocks, WordNet intern v.1): "took Y nationals
into custody", "rounded up Y migrants", "locked up Y's activists", "interned Y's sailors" are coercion (kg/data/
lexicon.yaml), read before the taking in of refugees ("took Y refugees into custody" is no asylum). An object that
names no actor states nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "subject", "object_country"),
    [
        ("Greek police took 40 Afghan refugees into custody on Lesbos.", "GRC", "AFG"),
        ("Thai authorities rounded up dozens of Cambodian migrants.", "THA", "KHM"),
        ("Chinese police locked up three Taiwanese activists.", "CHN", "TWN"),
        ("Sweden interned the crew of a Russian freighter.", "SWE", "RUS"),
    ],
)
def test_people_taken_into_custody_are_coerced(run: Run, text: str, subject: str, object_country: str) -> None:
    result = run(text)
    found = {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}
    assert (subject, "coerces", object_country) in found, result.statements
    assert not any(s.predicate.name == "providesAidTo" for s in result.statements)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers rounded up their cattle before the storm.",
        "Greek officials rounded up support for the plan.",
        "The owner locked up the shop at night.",
    ],
)
def test_nothing_taken_no_coercion(run: Run, text: str) -> None:
    assert not any(p == "coerces" for _, p, _ in country_triples(run(text)))
