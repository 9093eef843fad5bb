"""Where an act is done and who asked for it are no targets (issue 16, session 22).

* "at" a body that meets (the UN, its organs, a regional forum) names where an act is done when the act has
  something done or someone it is done to: "criticized Y at the Security Council", "denounced Y's embargo at the
  General Assembly". Without another object the body stays the target ("lashed out at the UN").
* "at the request of Y", "at the invitation of Y", "on the orders of Y" name who asked: neither target nor topic.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected", "venue"),
    [
        ("Bolivia condemned Chile at the UN Security Council.", ("Bolivia", "criticizes", "Chile"), "United Nations Security Council"),
        ("Serbia denounced Kosovo's customs ban at the United Nations General Assembly.", ("Serbia", "criticizes", "Kosovo"), "United Nations General Assembly"),
        ("Guyana complained at the United Nations about Venezuelan incursions.", ("Guyana", "criticizes", "Venezuela"), "United Nations"),
    ],
)
def test_a_body_that_meets_is_the_venue(run: Run, text: str, expected: tuple[str, str, str], venue: str) -> None:
    said = triples(run(text))
    assert expected in said, said
    assert not [t for t in said if t[2] == venue], said


def test_a_body_alone_after_at_stays_the_target(run: Run) -> None:
    said = triples(run("Belarus lashed out at the European Union over the new border rules."))
    assert ("Belarus", "criticizes", "European Union") in said, said


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Rwanda sent troops to Mozambique at the request of its government.", "Mozambique government"),
        ("Egypt's president visited Sudan at the invitation of the African Union.", "African Union"),
        ("Serbia imposed tariffs on Kosovo at the urging of Russia.", "Russia"),
        ("Syrian troops shelled the town on the orders of Iran.", "Iran"),
    ],
)
def test_who_asked_is_no_target(run: Run, text: str, asker: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[2] == asker or asker in t[2]], said


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will keep working with its partners in the region.",
        "Egypt is an important partner in the wider region.",
        "Korea invested heavily across the continent.",
    ],
)
def test_a_region_is_where_not_what(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[2] in ("region", "wider region", "continent")], said
