"""A title written alone names the person the text gave that same title, not another style of the same office.

"The Foreign Secretary" is not "Secretary of State Mark Dolan" (both are a foreign minister's office, written
the way different countries write it); "the foreign minister" is "Minister of Foreign Affairs Anna Berg" (the
words of the one are words of the other). When nobody in the text holds the title as written, the title
resolves as it does alone: a country's official when a country word qualifies it, nothing otherwise. A
country word on such a title does not give its country to a person of another title
(:func:`kg.resolve._title_mentions`, :func:`kg._titles.same_title`, :func:`kg._titles.other_parties`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, people_by_label

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the person titled so before, with another style of the office beside them
        ("Foreign Secretary Tom Hale met Secretary of State Mark Dolan in Rome. The Foreign Secretary later visited Kenya.",
         ("Tom Hale", "visits", "Kenya"), ("Mark Dolan", "visits", "Kenya")),
        # an apposition gives the title; the nearer person of another style is not the one
        ("Mark Dolan, America's Secretary of State, met Foreign Secretary Tom Hale in Rome. The Secretary of State then visited Kenya.",
         ("Mark Dolan", "visits", "Kenya"), ("Tom Hale", "visits", "Kenya")),
        # the words of the title alone are words of the person's title
        ("Minister of Foreign Affairs Anna Berg arrived in Oslo. The foreign minister then visited Kenya.",
         ("Anna Berg", "visits", "Kenya"), None),
        # a title qualified by a country names the person titled so, who is of no other country
        ("Foreign Minister Anna Berg arrived in Oslo. The Swedish Foreign Minister then visited Kenya.",
         ("Anna Berg", "visits", "Kenya"), None),
    ],
)
def test_a_title_alone_names_the_person_with_that_title(run: Run, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str] | None) -> None:
    found = events(run(text))
    assert expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The British Foreign Secretary held talks in Rome with Secretary of State Mark Dolan of the United States. Afterwards the Foreign Secretary will fly to Kenya.",
        "Secretary of State Mark Dolan held talks in Rome. On Monday the Foreign Secretary visited Kenya.",
        "The Swedish Foreign Secretary met Secretary of State Mark Dolan in Rome. The Foreign Secretary then visited Kenya.",
    ],
)
def test_a_title_nobody_holds_as_written_names_no_person(run: Run, text: str) -> None:
    """Distractors: nobody in the text is titled "Foreign Secretary", so Mark Dolan visits nowhere."""
    result = run(text)
    assert not any(s == "Mark Dolan" and p == "visits" for s, p, _ in events(result)), events(result)
    assert people_by_label(result)["Mark Dolan"].country in (None, "USA")


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Foreign Minister Anna Berg hosted her Chilean counterpart in Oslo. The British Foreign Secretary held talks in Rome "
         "with Secretary of State Mark Dolan of the United States.", "Anna Berg", None),
        ("Foreign Minister Anna Berg received Chile's envoy in Oslo. The British Foreign Secretary later visited Kenya.",
         "Anna Berg", None),
        # kept: the one person of the same title takes the country the title states
        ("The French ambassador spoke on Monday. Ambassador Joël Meyer met officials of Mali.", "Joël Meyer", "FRA"),
        ("Foreign Minister Anna Berg arrived in Oslo. The Swedish Foreign Minister then visited Kenya.", "Anna Berg", "SWE"),
    ],
)
def test_a_person_takes_a_country_only_from_a_title_of_their_own(run: Run, text: str, person: str, country: str | None) -> None:
    assert people_by_label(run(text))[person].country == country


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a pronoun for the person stands beside the title: the title is the other party
        ("Foreign Minister Anna Berg arrived in Oslo. She met the Chilean foreign minister.", ("Anna Berg", "meetsWith", "Chile"), "CHL"),
        # the person's name stands beside the title
        ("Foreign Minister Anna Berg arrived in Oslo. Berg met the Chilean foreign minister on Monday.", ("Anna Berg", "meetsWith", "Chile"), "CHL"),
        # the title is the subject, the name the object
        ("Foreign Minister Anna Berg arrived in Oslo. The Chilean foreign minister hosted Berg on Monday.", ("Chile", "meetsWith", "Anna Berg"), "CHL"),
        # the title of a relative clause's antecedent is not the main clause's subject
        ("Foreign Minister Anna Berg met Chile's foreign minister, who then visited Peru.", ("Chile", "visits", "Peru"), "CHL"),
    ],
)
def test_a_title_beside_a_person_in_one_clause_is_another_person(run: Run, text: str, expected: tuple[str, str, str], wrong: str) -> None:
    result = run(text)
    assert expected in events(result), events(result)
    assert people_by_label(result)["Anna Berg"].country != wrong


def test_a_title_in_apposition_is_the_names(run: Run) -> None:
    """Distractor: "X, the Swedish foreign minister, ..." is X, though X stands in the title's clause."""
    result = run("Anna Berg, the Swedish foreign minister, visited Kenya.")
    assert people_by_label(result)["Anna Berg"].country == "SWE"
    assert ("Anna Berg", "visits", "Kenya") in events(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("External Affairs Minister Raj Mehta met Japan's envoy in Delhi. The foreign minister later visited Kenya.", ("Raj Mehta", "visits", "Kenya")),
        ("Secretary of State Mark Dolan held talks in Rome. The foreign minister later visited Kenya.", ("Mark Dolan", "visits", "Kenya")),
        ("Defence Secretary Ruth Adler spoke in London. The defence minister later visited Kenya.", ("Ruth Adler", "visits", "Kenya")),
    ],
)
def test_the_offices_own_name_names_its_holder_in_any_style(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """Kept: "the foreign minister" (the office's own name, like "the minister") names a foreign minister of any
    style; only another style ("the Foreign Secretary") does not."""
    assert expected in events(run(text)), events(run(text))
