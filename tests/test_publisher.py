"""Institutional first person (kg/extract/_publisher.py): "we" in a government's own release, on invented texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from spacy.language import Language

from conftest import triples
from kg.extract import get_extractor
from kg.extract._publisher import government_of_name, government_of_url
from kg.model import ArticleResult
from kg.pipeline import analyse
from kg.read import article_from_text

Publish = Callable[..., ArticleResult]


@pytest.fixture(scope="module")
def publish(nlp: Language) -> Publish:
    """Analyse a text as an article with the given source, byline and web address."""
    extractor = get_extractor()

    def _publish(text: str, source: str | None = None, url: str | None = None, author: str | None = None) -> ArticleResult:
        article = dataclasses.replace(article_from_text(text, "release.txt"), source=source, url=url, author=author)
        return analyse(nlp(article.text), article, extractor)

    return _publish


# ------------------------------------------------------------ who published it
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UK Government", "GBR"),
        ("Ministry of Foreign Affairs of Chile", "CHL"),
        ("Australian Department of Foreign Affairs and Trade", "AUS"),
        ("Embassy of Japan in Peru", None),  # two countries: whose embassy is not for a word count to decide
        ("Foreign and Commonwealth Office", "GBR"),
        ("Reuters", None),
        ("Wikipedia", None),
        ("The Chilean Times", None),  # a country word without a government body is a newspaper
        (None, None),
    ],
)
def test_government_publisher_from_its_name(name: str | None, code: str | None) -> None:
    assert government_of_name(name) == code


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.gov.uk/government/news/statement", "GBR"),
        ("https://www.diplomatie.gouv.fr/en/news", "FRA"),
        ("https://www.mofa.go.jp/press/release", "JPN"),
        ("https://www.gob.cl/noticias/comunicado", "CHL"),
        ("https://www.state.gov/briefings", "USA"),
        ("https://www.example.com/gov/release", None),
        ("https://news.example.co.uk/politics", None),
        ("file:///tmp/release.txt", None),
        (None, None),
    ],
)
def test_government_publisher_from_its_web_address(url: str | None, code: str | None) -> None:
    assert government_of_url(url) == code


# ------------------------------------------------------- "we" is the publisher
@pytest.mark.parametrize(
    ("text", "source", "url", "expected"),
    [
        # a subject "we"
        ("We condemn the shelling of the border post by Peru.", "Ministry of Foreign Affairs of Chile", None, ("Chile", "criticizes", "Peru")),
        # a "we" several words from its verb, publisher from the web address
        ("We will continue to support Bolivia in its dispute with Peru.", None, "https://www.gob.cl/noticias/comunicado", ("Chile", "supports", "Bolivia")),
        # a "we" in reported speech whose reporter is not resolved
        ("The Foreign Secretary said that we would impose sanctions on Peru.", "UK Government", None, ("United Kingdom", "sanctions", "Peru")),
        # a "we" after a sentence about two other countries
        ("Bolivia and Chile held talks. Afterwards, we praised Bolivia for its restraint.", "UK Government", None, ("United Kingdom", "praises", "Bolivia")),
    ],
)
def test_we_in_a_government_release_is_that_government(
    publish: Publish, text: str, source: str | None, url: str | None, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(publish(text, source=source, url=url))


@pytest.mark.parametrize(
    ("text", "source", "url"),
    [
        # the publisher is no government
        ("We condemn the shelling of the border post by Peru.", "Reuters", "https://www.reuters.com/world/story"),
        # the publisher is unknown
        ("We condemn the shelling of the border post by Peru.", None, None),
        # inside quotation marks the "we" is the quoted speaker's, and the speaker is unknown
        ('"We will punish Peru," an unnamed official said.', "Ministry of Foreign Affairs of Chile", None),
        # a journalist's question in a transcript asserts nothing, and its "we" is not the ministry's
        ("Q: Should we not punish Peru for the raid?\nSpokesperson Ana Sol: The ministry has no comment.", "UK Government", None),
    ],
)
def test_we_without_a_government_publisher_stays_unresolved(publish: Publish, text: str, source: str | None, url: str | None) -> None:
    found = triples(publish(text, source=source, url=url))
    assert not [t for t in found if t[2] == "Peru"], found


def test_we_of_a_named_speaker_is_the_speakers_country_not_the_publishers(publish: Publish) -> None:
    # The release is British, but the quoted minister speaks for Chile.
    text = 'Chilean Foreign Minister Alberto van Klaveren said: "We condemn the shelling of the border post by Peru."'
    found = triples(publish(text, source="UK Government"))
    assert ("United Kingdom", "criticizes", "Peru") not in found


# ------------------------------------------------------------ "our" owning an organ
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our forces attacked a Peruvian border post on Monday.", ("Chile", "attacks", "Peru")),
        ("Our ambassador protested to Peru on Monday.", ("Chile", "protests", "Peru")),
    ],
)
def test_our_organ_in_a_government_release_is_that_government(publish: Publish, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(publish(text, source="Ministry of Foreign Affairs of Chile"))


@pytest.mark.parametrize(
    "text",
    [
        "Our joint forces attacked a Bolivian border post on Monday.",
        "Our common troops shelled a Bolivian border post on Monday.",
    ],
)
def test_our_of_several_parties_is_nobodys_alone(publish: Publish, text: str) -> None:
    found = triples(publish(text, source="Ministry of Foreign Affairs of Chile"))
    assert not [t for t in found if t[0] == "Chile" and t[2] == "Bolivia"], found


# ------------------------------------------------- a release that names its own author
@pytest.mark.parametrize(
    "text",
    [
        # the headline names the body and the kind of document
        "Ministry of Foreign Affairs of Chile: statement on the border\n\nWe condemn the shelling of the border post by Peru.",
        "Press release from the Ministry of Foreign Affairs of Chile\n\nWe condemn the shelling of the border post by Peru.",
        # the author named before or after the kind of document, the topic after "on", "about" or "following"
        "Chile statement on the border incident\n\nWe condemn the shelling of the border post by Peru.",
        "Statement by the Chilean Government on Peru\n\nWe condemn the shelling of the border post by Peru.",
        "Chilean Government statement following the border incident\n\nWe condemn the shelling of the border post by Peru.",
        # the first sentence's subject is the government body
        "Border incident\n\nThe Government of Chile condemns the incident at the border. We also condemn the shelling of the border post by Peru.",
        "Border incident\n\nChile's Ministry of Foreign Affairs issued the following statement. We condemn the shelling of the border post by Peru.",
    ],
)
def test_release_naming_its_government_author_speaks_for_it(publish: Publish, text: str) -> None:
    assert ("Chile", "criticizes", "Peru") in triples(publish(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a headline about a statement is a story, not the statement
        ("Chile statement on border clash sparks anger in Peru\n\nWe condemn the shelling of the border post by Peru.", None),
        ("Peru rejects Chile statement on the border\n\nWe condemn the shelling of the border post by Peru.", None),
        # the first sentence's subject is no government body
        ("Border incident\n\nReporters saw the Chilean ministry building. We condemn the shelling of the border post by Peru.", None),
        # a news agency's story that opens with a government's act is the agency's, not the government's
        ("Border incident\n\nThe Government of Chile condemns the incident at the border. We also condemn the shelling of the border post by Peru.", "Reuters"),
    ],
)
def test_self_identification_needs_a_government_author_and_no_other_publisher(publish: Publish, text: str, source: str | None) -> None:
    found = triples(publish(text, source=source))
    assert ("Chile", "criticizes", "Peru") not in found, found
