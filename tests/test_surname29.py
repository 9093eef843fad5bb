"""A lone surname the NER left untagged (or took for a place) that is the one-word name of exactly one office-holder of
``kg/data/leaders.tsv`` is that person (kg/_bare_surnames.py). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect, people_by_label

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject and object
        ("Ramaphosa hosted Tinubu in Pretoria on Monday.", ("Cyril Ramaphosa", "meetsWith", "Bola Tinubu")),
        ("Meloni hosted Milei in Rome.", ("Giorgia Meloni", "meetsWith", "Javier Milei")),
        # passive
        ("Tinubu was received by Ramaphosa at the Union Buildings.", ("Cyril Ramaphosa", "meetsWith", "Bola Tinubu")),
        # possessor of a nominal event
        ("Museveni's trip to Tanzania was cancelled.", ("Yoweri Museveni", "visits", "Tanzania")),
        # an apposition gives the country, the table the full name
        ("Museveni, the Ugandan leader, visited Rwanda.", ("Yoweri Museveni", "visits", "Rwanda")),
        # headlines
        ("Tinubu to meet Ramaphosa in Abuja", ("Bola Tinubu", "meetsWith", "Cyril Ramaphosa")),
        ("Museveni Visits Rwanda", ("Yoweri Museveni", "visits", "Rwanda")),
        # a sentence's first word the tagger took for a common noun
        ("Starmer met Merz in Berlin.", ("Keir Starmer", "meetsWith", "Friedrich Merz")),
        # the NER's place that the gazetteer does not know
        ("Sikorski met Fidan in Ankara.", ("Radosław Sikorski", "meetsWith", "Hakan Fidan")),
        ("Sunak criticised Iran.", ("Rishi Sunak", "criticizes", "Iran")),
        # distractors: an alias no one or two people bear, a name's modifier, a body named for the person
        ("Kim met Lee in Seoul.", None),
        ("A Tusk sculpture was unveiled in Gdansk.", None),
        ("The Borne Institute hosted a concert.", None),
        ("Museveni Holdings opened an office in Lagos.", None),
    ],
)
def test_a_lone_office_holder_surname_is_the_person(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


def test_the_person_gets_the_table_country(run: Run) -> None:
    people = people_by_label(run("Tusk accused Lukashenko of provoking a border crisis."))
    assert people["Donald Tusk"].country == "POL"
    assert people["Alexander Lukashenko"].country == "BLR"


def test_a_person_the_article_named_in_full_keeps_the_surname(run: Run) -> None:
    result = run("Anna Museveni, a Kampala painter, opened a gallery. Museveni said the show would travel to Kenya.")
    assert "Yoweri Museveni" not in people_by_label(result)


def test_a_surname_the_article_writes_in_lower_case_is_a_common_word(run: Run) -> None:
    result = run("The roof truss collapsed in the storm. Truss visited Estonia.")
    assert "Liz Truss" not in people_by_label(result)


@pytest.mark.parametrize("text", ["Modi Group signed a deal with Vietnam.", "The Scholz Foundation funded a school in Ghana."])
def test_a_name_of_a_body_keeps_the_body(run: Run, text: str) -> None:
    assert not people_by_label(run(text))
