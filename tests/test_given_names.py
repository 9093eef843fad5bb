"""A person named later by the first word of the full name seen before (kg/_names.py, ``surname_mentions``): the
name some people go by is the first, a given name ("Abiy Ahmed ... Abiy said") or a surname written first. The
sentences are invented; the names are real ones the NER does not tag as a person when they stand alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject of praise or thanks, an object of a meeting
        ("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi. Abiy thanked Kenya for its help.", ("Abiy Ahmed", "praises", "Kenya")),
        ("Thai Prime Minister Srettha Thavisin flew to Tokyo on Monday. Srettha praised Japan.", ("Srettha Thavisin", "praises", "Japan")),
        ("Eritrean President Isaias Afwerki landed in Cairo. Egypt's president received Isaias on Monday.", ("Egypt", "meetsWith", "Isaias Afwerki")),
    ],
)
def test_a_first_name_after_the_full_name_is_the_same_person(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found, found


def test_a_first_name_two_people_share_names_no_one(run: Run) -> None:
    # distractor: two people of the article go by the same first word
    found = events(run("Nigeria's Foreign Minister Ahmed Shehu met Ghana's Ahmed Bello. Ahmed praised Ghana."))
    assert not any(p == "praises" for _, p, _ in found), found
