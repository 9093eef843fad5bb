"""A titled person's country from the discourse (kg/_office_country.py): a ruler's possessive ("his Prime
Minister X") and the one country of a document about one country. Both abstain when the source is not the
only one.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import people_by_label, triples
from kg.model import ArticleResult


@pytest.mark.parametrize(
    ("text", "name", "country", "predicate"),
    [
        # "his"/"her": the person named last before it, a ruler of a country
        ("Tomas Varga reigned as King of Hungary from 1930 until 1940. In 1938 his Prime Minister Jan Kowalczyk "
         "made him abdicate.", "Jan Kowalczyk", "HUN", "leaderOf"),
        ("Queen Maria Varga of Hungary dismissed her chancellor, Jan Kowalczyk, in the spring.", "Jan Kowalczyk", "HUN", "leaderOf"),
        # the last person named, two sentences before the pronoun
        ("Tomas Varga reigned as King of Hungary until 1940. Riots spread in the capital. He was exiled in 1940 by his "
         "own prime minister, Jan Kowalczyk.", "Jan Kowalczyk", "HUN", "leaderOf"),
        ("President Tomas Varga of Hungary and his foreign minister Jan Kowalczyk visited Vienna.", "Jan Kowalczyk", "HUN",
         "officialOf"),
        # a ruler's name with the possessive
        ("The policies of Hungary's President Tomas Varga were drafted by Varga's prime minister Jan Kowalczyk.",
         "Jan Kowalczyk", "HUN", "leaderOf"),
    ],
)
def test_a_rulers_possessive_gives_the_office_its_country(
    run: Callable[..., ArticleResult], text: str, name: str, country: str, predicate: str
) -> None:
    result = run(text)
    assert people_by_label(result)[name].country == country
    assert (name, predicate, {"HUN": "Hungary"}[country]) in triples(result)


@pytest.mark.parametrize(
    "text",
    [
        # "her" is the writer named last, not the president: no ruler, no country
        "President Tomas Varga of Hungary met the writer Anna Novak. Her minister Jan Kowalczyk was not present.",
        # a writer is no ruler: "his prime minister" is not Hungary's because he is Hungarian
        "Tomas Varga, a Hungarian writer, thanked his prime minister Jan Kowalczyk.",
        # the ruler is named three sentences before: too far for "his" (and the document names two countries)
        "President Tomas Varga of Hungary opened the session. The Austrian delegation was late. The hall was cold. "
        "Later his prime minister Jan Kowalczyk spoke.",
    ],
)
def test_no_possessive_country_without_a_ruler_just_before(run: Callable[..., ArticleResult], text: str) -> None:
    assert people_by_label(run(text))["Jan Kowalczyk"].country is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Varga Bridge is a bridge over the Danube in Budapest, Hungary. It was opened in 1931 by King Tomas Varga.",
         "Tomas Varga"),
        ("Lake Balaton is the largest lake of Hungary. Its shore was a favourite retreat of President Tomas Varga, who "
         "built a villa there.", "Tomas Varga"),
        ("The National Gallery of Hungary holds paintings of the nineteenth century. Prime Minister Tomas Varga opened "
         "its new wing in 1975.", "Tomas Varga"),
        # the biography of a national of the country
        ("Tomas Varga is a Hungarian engineer. In 1975 he met President Arpad Kiss at a trade fair.", "Arpad Kiss"),
        # a country named only after the title's sentence does not compete
        ("The Varga Bridge is a bridge over the Danube in Budapest, Hungary. It was opened in 1931 by King Tomas Varga. "
         "Austria paid for its repair.", "Tomas Varga"),
    ],
)
def test_a_document_about_one_country_gives_its_heads_that_country(
    run: Callable[..., ArticleResult], text: str, name: str
) -> None:
    result = run(text)
    assert people_by_label(result)[name].country == "HUN"
    assert (name, "leaderOf", "Hungary") in triples(result)
    assert len([t for t in triples(result) if t[1] == "leaderOf"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a second country named before or in the title's sentence: whose president, the document does not say
        "The Varga Bridge is a bridge over the Danube in Budapest, Hungary. Austria paid for it. It was opened in 1931 "
        "by President Tomas Varga.",
        "The Varga Bridge is a bridge over the Danube in Budapest, Hungary. It was opened in 1931 by President Tomas "
        "Varga and an Austrian delegation.",
        # the first sentence names no country
        "The Varga Bridge is a long bridge. It stands in Hungary and was opened in 1931 by President Tomas Varga.",
        # an organisation in the sentence may hold the office
        "The Varga Bridge is a bridge over the Danube in Budapest, Hungary. It was opened in 1931 by the Danube Rowing "
        "Association, led by President Tomas Varga.",
        # the first sentence names the country only by an adjective of something else: a Hungarian club
        "The Hungarian Rowing Club was founded in 1890. The crew rowed for King Tomas Varga.",
        # a title organisations have too, after an organisation: the club's president, maybe
        "The Varga Bridge is a bridge in Budapest, Hungary, built by the Danube Rowing Association. It was opened in "
        "1931 by President Tomas Varga.",
        # a title that is no head of a country
        "The Varga Bridge is a bridge over the Danube in Budapest, Hungary. It was opened in 1931 by Ambassador Tomas Varga.",
    ],
)
def test_no_document_country_when_it_is_not_the_only_one(run: Callable[..., ArticleResult], text: str) -> None:
    result = run(text)
    assert people_by_label(result)["Tomas Varga"].country is None
    assert not [t for t in triples(result) if t[0] == "Tomas Varga" and t[1] == "leaderOf"]
