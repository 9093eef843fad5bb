"""Joint statements ("we" stands for each author) and actors listed in an act noun's "of" phrase (session 29, joint29).

All sentences are invented: :mod:`kg.extract._joint` and ``_coordinated_owners`` of :mod:`kg.extract._arguments`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import get_extractor
from kg.extract._joint import joint_author_keys
from kg.pipeline import analyse
from kg.read import article_from_text

from tests.conftest import triples


def _run(nlp, text: str, source: str | None = None) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    article = article_from_text(text, "joint.txt", published=dt.date(2025, 3, 2), source=source)
    return triples(analyse(nlp(article.text), article, get_extractor()))


@pytest.mark.parametrize(
    ("title", "first", "keys"),
    [
        ("Joint statement by the foreign ministers of Chile and Finland on Myanmar", "", ("country/CHL", "country/FIN")),
        ("Joint Communique of the Governments of Peru, Ghana and Vietnam", "", ("country/PER", "country/GHA", "country/VNM")),
        ("Peru-Ghana joint statement", "", ("country/PER", "country/GHA")),
        ("Joint statement on the protection of fisheries by the Governments of Iceland and Namibia", "", ("country/ISL", "country/NAM")),
        ("Joint declaration between Mexico and Portugal", "", ("country/MEX", "country/PRT")),
        ("Chile and Finland joint statement on the Arctic", "", ("country/CHL", "country/FIN")),
        ("", "Today, the Republic of Chile, the Kingdom of Norway and the European Union issued the following joint statement.",
         ("country/CHL", "country/NOR", "org/EU")),
        ("", "The following is the joint statement by Trinidad and Tobago and Guinea-Bissau:", ("country/TTO", "country/GNB")),
        # a firm among the authors: the "we" is nobody's alone
        ("Joint statement of Chile and Northwind Mining Corporation", "", ()),
        # no joint statement: one author, a story about a statement, a headline of something else
        ("Statement by the Government of Chile", "We condemn Belarus.", None),
        ("Joint statement by the ministries of Chile", "", None),
        ("Ghana and Uruguay issue joint statement on Belarus", "Ghana and Uruguay on Monday condemned Belarus.", None),
        ("Joint exercises of Chile and Peru begin", "", None),
        # one body of several states is one author; a bare "by" after a topic may name its doers
        ("Joint Statement of the Foreign Ministers of the G7", "", None),
        ("Joint statement on attacks by Iceland and Namibia on shipping", "", None),
    ],
)
def test_joint_author_keys(title: str, first: str, keys: tuple[str, ...] | None) -> None:
    assert joint_author_keys(title, first) == keys


def test_joint_statement_headline_we_is_each_author(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Joint statement by the foreign ministers of Chile and Finland\n\nWe condemn Belarus's missile test. "
            "We welcome the mediation efforts of Indonesia and Thailand.")
    found = _run(nlp, text, source="Ministry of Foreign Affairs of Chile")
    assert {("Chile", "criticizes", "Belarus"), ("Finland", "criticizes", "Belarus")} <= found
    assert {("Chile", "praises", "Indonesia"), ("Chile", "praises", "Thailand"),
            ("Finland", "praises", "Indonesia"), ("Finland", "praises", "Thailand")} <= found


def test_joint_statement_issued_sentence_with_international_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Today, the Republic of Chile, the Kingdom of Norway and the European Union issued the following joint statement.\n\n"
            "We thank Brazil for hosting the talks.")
    found = _run(nlp, text, source="Government of Norway")
    assert {("Chile", "praises", "Brazil"), ("Norway", "praises", "Brazil"), ("European Union", "praises", "Brazil")} <= found


def test_joint_statement_hyphen_headline_and_our(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peru-Ghana joint statement\n\nWe support Kenya's bid for a seat on the council. Our governments will send envoys to Oslo."
    found = _run(nlp, text)
    assert {("Peru", "supports", "Kenya"), ("Ghana", "supports", "Kenya")} <= found
    assert {("Peru", "visits", "Norway"), ("Ghana", "visits", "Norway")} <= found


def test_quotation_inside_joint_statement_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Joint statement by Chile and Finland\n\nWe condemn Belarus's missile test. "
            "\"We condemn the sanctions of Chile,\" Belarusian Foreign Minister Ivo Brand said on Tuesday.")
    found = _run(nlp, text)
    assert ("Finland", "criticizes", "Belarus") in found
    assert not {t for t in found if t[0] in ("Chile", "Finland") and t[2] == "Chile"}


def test_single_author_statement_stays_single(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Statement by the Government of Chile\n\nWe condemn Belarus's missile test.")
    assert found == {("Chile", "criticizes", "Belarus")}


def test_joint_statement_with_a_firm_gives_nothing_for_we(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Joint statement of Chile and Northwind Mining Corporation\n\nWe praise the decision of Argentina to reopen the mines."
    assert _run(nlp, text, source="Government of Chile") == set()


def test_we_in_a_news_story_quoting_nobody_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ghana and Uruguay issue joint statement on Belarus\n\nWe understand that Brazil will support Kenya, a fisherman "
            "told reporters. We condemn Belarus, he added.")
    found = _run(nlp, text, source="Coastal Herald")
    assert not {t for t in found if t[0] in ("Ghana", "Uruguay")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile welcomed the mediation efforts of Indonesia and Thailand.", {("Chile", "praises", "Thailand")}),
        ("Peru praised the contributions of Kenya, Ghana and the African Union.",
         {("Peru", "praises", "Ghana"), ("Peru", "praises", "African Union")}),
        ("Sweden condemned the actions of Iceland and Denmark in the fishing dispute.", {("Sweden", "criticizes", "Denmark")}),
        ("The mediation efforts of Indonesia and Thailand were welcomed by Chile.", {("Chile", "praises", "Thailand")}),
        ("Peru welcomed the support provided by Kenya and Ghana.", {("Peru", "praises", "Ghana")}),
    ],
)
def test_coordinated_actors_of_an_act_noun(run, sentence: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= triples(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru welcomed the efforts of local groups and charities.",
        "The mediation efforts of Indonesia and Thailand were discussed at a forum in Geneva.",
    ],
)
def test_coordinated_owner_distractors(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triples(run(sentence)) == set()


def test_only_actors_of_the_list_are_added(run) -> None:  # type: ignore[no-untyped-def]
    found = triples(run("Peru condemned the actions of Kenya and local militias."))
    assert found == {("Peru", "criticizes", "Kenya")}
