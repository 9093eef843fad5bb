"""A title before the single surname of a known office-holder names that office-holder ("President Ruto").

The tagger may leave a one-word surname after a title untagged, and a title alone needs two name words to vouch for
a name (``kg._names.titled_names``). One word is enough when it is the surname of exactly one office-holder of
``kg/data/leaders.tsv`` and the title names that person's office: "Chancellor X", "President X met Prime Minister
Y", "President X and President Y". Not an unknown name ("President Smith"), a surname two office-holders share, a
title of another office, nor a common word after a title. All sentences are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from kg.gazetteer import OfficeHolder, OfficeHolders, load_office_holders
from kg.model import ArticleResult
from tests.conftest import triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a president meets a prime minister
        ("President Stubb met Prime Minister Frederiksen during the summit.", {
            ("Alexander Stubb", "leaderOf", "Finland"), ("Mette Frederiksen", "leaderOf", "Denmark"), ("Alexander Stubb", "meetsWith", "Mette Frederiksen")}),
        # a chancellor, the object of a verb and its subject
        ("President Zelensky thanked Chancellor Merz for the support.", {
            ("Friedrich Merz", "leaderOf", "Germany"), ("Volodymyr Zelensky", "praises", "Friedrich Merz")}),
        ("Chancellor Merz held talks with President Nawrocki.", {
            ("Friedrich Merz", "leaderOf", "Germany"), ("Friedrich Merz", "meetsWith", "Karol Nawrocki")}),
        # coordinated titled surnames
        ("Chancellor Scholz and President Ramaphosa signed a climate agreement.", {
            ("Olaf Scholz", "leaderOf", "Germany"), ("Olaf Scholz", "signsAgreementWith", "Cyril Ramaphosa")}),
        ("President Erdogan and Chancellor Scholz discussed migration.", {
            ("Olaf Scholz", "leaderOf", "Germany"), ("Recep Tayyip Erdoğan", "meetsWith", "Olaf Scholz")}),
    ],
)
def test_a_title_before_a_known_surname_names_the_office_holder(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(run(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "President Smith welcomed the Kenyan president to the summit.",  # no office-holder of that name
        "President Street was closed for the parade.",  # a title before a common word
        "President Hopes were high in the capital.",
    ],
)
def test_a_title_before_an_unknown_word_names_no_leader(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name in ("leaderOf", "officialOf")], triples(result)


def test_one_word_after_a_title_is_read_as_a_name_only_for_a_known_office_holder(nlp: Language) -> None:
    from kg._names import titled_names
    from kg._titles import country_tokens
    from kg.ambiguity import gazetteer_keys
    from kg.gazetteer import title_pattern
    from kg.nlp import text_of

    doc = nlp("Chancellor Scholz spoke for an hour with President Smith and Chancellor Ramaphosa.")
    matches = list(title_pattern().finditer(text_of(doc).lower()))
    names = [span.text for span in titled_names(doc, country_tokens(doc, gazetteer_keys(doc)), matches)]
    # "Smith": no one of the table; "Ramaphosa": a president, not a chancellor
    assert "Scholz" in names and "Smith" not in names and "Ramaphosa" not in names


def test_the_title_must_name_the_office_holders_office() -> None:
    holders = load_office_holders()
    assert holders.titled_surname("Merz", "chancellor").name == "Friedrich Merz"
    assert holders.titled_surname("Merz", "Prime  Minister") is None
    assert holders.titled_surname("Kishida", "prime minister").name == "Fumio Kishida"  # his offices: foreign minister, then prime minister
    assert holders.titled_surname("Kishida", "foreign minister").name == "Fumio Kishida"
    assert holders.titled_surname("Smith", "president") is None


def test_a_surname_two_office_holders_share_names_no_one() -> None:
    def row(name: str, entity: str) -> OfficeHolder:
        return OfficeHolder(entity, "head_of_state", "president", name, (name.split()[-1],), dt.date(2020, 1, 1), None, True, None, "curated")

    rows = (row("Ana Sol", "country/AAA"), row("Rufus Sol", "country/BBB"), row("Ines Mar", "country/CCC"))
    holders = OfficeHolders(rows, {key: tuple(r for r in rows if key in (r.name.lower(), r.aliases[0].lower())) for key in ("sol", "mar")})
    assert holders.titled_surname("Sol", "president") is None
    assert holders.titled_surname("Mar", "president").name == "Ines Mar"
