"""Offices whose country comes from an unambiguous source: a title used by one state, an inverted copula
("the first president of Y was X"), a known office-holder named by the first words of their name, and a
name the NER glued to the words before its title.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import people_by_label, triples
from kg.model import ArticleResult, EntityType


def _countries(result: ArticleResult) -> dict[str, str | None]:
    return {m.entity.label: m.entity.country for m in result.mentions if m.entity.type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Taoiseach Micheal Brennan spoke to reporters in Brussels on Tuesday.", "Micheal Brennan", "Ireland"),
        ("Pope Gregory received the delegation in the morning.", "Gregory", "Holy See"),
        ("The second president of Ghana was John Mensah, who ruled until 1972.", "John Mensah", "Ghana"),
        ("Ghana's first president was John Mensah.", "John Mensah", "Ghana"),
        ("In 1935 the premier of Siam was John Mensah.", "John Mensah", "Thailand"),
        ("The treaty was signed by Tudor King Rufus IV of Spain and his court.", "Rufus IV", "Spain"),
    ],
)
def test_the_office_and_its_country(run: Callable[..., ArticleResult], text: str, person: str, country: str) -> None:
    assert (person, "leaderOf", country) in triples(run(text))


def test_an_inverted_copula_in_the_past_is_a_former_office(run: Callable[..., ArticleResult]) -> None:
    [statement] = [s for s in run("The second president of Ghana was John Mensah.").statements if s.predicate.name == "leaderOf"]
    assert statement.former
    assert _countries(run("The second president of Ghana was John Mensah."))["John Mensah"] == "GHA"


@pytest.mark.parametrize(
    "text",
    [
        "The president of the club was John Mensah.",  # not a country's office
        "The first prime minister was John Mensah.",  # whose, the sentence does not say
        "The Kenyan president's guest was John Mensah.",  # a guest, not an office
    ],
)
def test_no_office_without_a_stated_country(run: Callable[..., ArticleResult], text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "leaderOf"]
    assert _countries(result).get("John Mensah") is None


def test_a_titled_name_of_the_first_two_words_of_a_known_holder(run: Callable[..., ArticleResult]) -> None:
    result = run("The minister flew home with President Adolfo Rodriguez on Monday.")
    assert _countries(result) == {"Adolfo Rodriguez Saa": "ARG"}


def test_an_untitled_two_word_name_is_not_completed_from_the_table(run: Callable[..., ArticleResult]) -> None:
    # without a title of office, two words are too weak a clue to name a known holder
    assert _countries(run("Adolfo Rodriguez opened a bakery in Madrid.")).get("Adolfo Rodriguez") is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("On Monday the President of France promised that talks would resume.", "Emmanuel Macron"),
        ("In 2023 the President of France promised that talks would resume.", "Emmanuel Macron"),
        # the sentence tells a time before today's holder took office: not him
        ("In 1985 the President of France met the Soviet leader in Geneva.", None),
    ],
)
def test_a_title_alone_is_the_holder_of_the_article_date_unless_the_sentence_is_older(
    run: Callable[..., ArticleResult], text: str, holder: str | None
) -> None:
    people = {m.entity.label for m in run(text, "2024-03-01").mentions if m.entity.type is EntityType.PERSON}
    assert people == ({holder} if holder else set())


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. It was built during the premiership "
         "of Harold Jenkins.", "Harold Jenkins", "prime minister"),
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. Harold Jenkins's premiership saw it "
         "rebuilt.", "Harold Jenkins", "prime minister"),
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. Its towers date from the reign of "
         "Edith Jenkins.", "Edith Jenkins", "monarch"),
        # "the post of <title> is held by X"
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. Since 2010 the office of prime "
         "minister has been held by Harold Jenkins.", "Harold Jenkins", "prime minister"),
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. The post of king was then held by "
         "Harold Jenkins.", "Harold Jenkins", "king"),
    ],
)
def test_a_noun_of_office_gives_the_role_and_the_discourse_its_country(
    run: Callable[..., ArticleResult], text: str, person: str, role: str
) -> None:
    result = run(text)
    assert people_by_label(result)[person].role == role
    assert (person, "leaderOf", "United Kingdom") in triples(result)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an office of something named after it
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. Harold Jenkins's presidency of the "
         "rowing club began there.", "Harold Jenkins"),
        # the post held is not an office of a country
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. The post of treasurer is held by "
         "Harold Jenkins.", "Harold Jenkins"),
        # the presidency is someone else's
        ("The Jenkins Bridge is a bridge over the Thames in London, United Kingdom. Harold Jenkins, who served under the "
         "presidency of Edith Moore, built it.", "Harold Jenkins"),
    ],
)
def test_no_office_from_a_noun_of_office_of_something_else(run: Callable[..., ArticleResult], text: str, person: str) -> None:
    result = run(text)
    assert people_by_label(result)[person].role is None
    assert not [t for t in triples(result) if t[0] == person]


def test_a_noun_of_office_alone_gives_no_country(run: Callable[..., ArticleResult]) -> None:
    # two countries in the sentence: whose president, the text does not say
    result = run("During the presidency of Harold Jenkins, Kenya and Uganda signed a treaty.")
    assert people_by_label(result)["Harold Jenkins"].country is None
    assert not [t for t in triples(result) if t[1] == "leaderOf"]
