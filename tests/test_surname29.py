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
        ("Kristersson hosted Stubb in Stockholm.", ("Ulf Kristersson", "meetsWith", "Alexander Stubb")),
        ("Meloni hosted Milei in Rome.", ("Giorgia Meloni", "meetsWith", "Javier Milei")),
        # passive
        ("Milei was received by Meloni in Rome.", ("Giorgia Meloni", "meetsWith", "Javier Milei")),
        # possessor of a nominal event
        ("Frederiksen's visit to Iceland was cancelled.", ("Mette Frederiksen", "visits", "Iceland")),
        # an apposition gives the country, the table the full name
        ("Starmer, the British leader, visited Norway.", ("Keir Starmer", "visits", "Norway")),
        # headlines
        ("Meloni to meet Tebboune in Algiers", ("Giorgia Meloni", "meetsWith", "Abdelmadjid Tebboune")),
        ("Meloni Visits Algeria", ("Giorgia Meloni", "visits", "Algeria")),
        ("Kristersson to visit Norway", ("Ulf Kristersson", "visits", "Norway")),
        # a sentence's first word the tagger took for a common noun
        ("Starmer met Merz in Berlin.", ("Keir Starmer", "meetsWith", "Friedrich Merz")),
        # the NER's place that the gazetteer does not know
        ("Araghchi met Fidan in Ankara.", ("Abbas Araghchi", "meetsWith", "Hakan Fidan")),
        ("Bourita met Fidan in Rabat.", ("Nasser Bourita", "meetsWith", "Hakan Fidan")),
        # a conjunct, and a speaker
        ("Mitsotakis and Tusk signed a defence pact.", ("Kyriakos Mitsotakis", "signsAgreementWith", "Donald Tusk")),
        ('"We stand with Ukraine," Frederiksen said.', ("Denmark", "supports", "Ukraine")),
        ("Sunak criticised Iran.", ("Rishi Sunak", "criticizes", "Iran")),
        # an acronym the table gives as the person's name
        ("AMLO met Biden in Mexico City.", ("Andrés Manuel López Obrador", "meetsWith", "Joe Biden")),
        # distractors: an alias no one or two people bear, a name's modifier, a body named for the person
        ("Kim met Lee in Seoul.", None),
        ("A Tusk sculpture was unveiled in Gdansk.", None),
        ("The Borne Institute hosted a concert.", None),
        ("Museveni Holdings opened an office in Lagos.", None),
        # a numeral in capitals is no name written in capitals
        ("Chapter XI criticised Iran.", None),
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
