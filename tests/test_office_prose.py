"""Offices in encyclopaedic and biographical prose (kg/extract/_structural.py): a "he" or "she" that opens a
biography's later sentences, "its" for the body a sentence before named, a successor and a predecessor, "the
then-president", an adverb inside an office verb, an apposed title after a comma, and a nationality after a
birthplace ("a Kenyan-born Irish writer").

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult, Statement


def _offices(result: ArticleResult) -> dict[tuple[str, str, str], Statement]:
    return {(s.subject.label, s.predicate.name, s.object.label): s for s in result.statements
            if s.predicate.name in ("leaderOf", "officialOf")}


@pytest.mark.parametrize(
    ("text", "person", "predicate", "owner"),
    [
        ("Rosa Quispe is a Peruvian lawyer. She served as President of Peru from 2001 to 2006.", "Rosa Quispe", "leaderOf", "Peru"),
        ("Tomas Berger is an Austrian economist. In 2011 he was appointed Finance Minister of Austria.", "Tomas Berger",
         "officialOf", "Austria"),
        ("Lukas Meier (born 1961) is a Swiss engineer. He was later elected President of Switzerland.", "Lukas Meier",
         "leaderOf", "Switzerland"),
        ("Irena Novak studied law in Prague. She subsequently served as Croatia's prime minister.", "Irena Novak",
         "leaderOf", "Croatia"),
    ],
)
def test_a_biography_pronoun_holds_the_office(run: Callable[..., ArticleResult], text: str, person: str, predicate: str,
                                              owner: str) -> None:
    assert (person, predicate, owner) in triples(run(text))


def test_a_pronoun_office_keeps_its_time(run: Callable[..., ArticleResult]) -> None:
    offices = _offices(run("Rosa Quispe is a Peruvian lawyer. She served as President of Peru from 2001 to 2006."))
    statement = offices[("Rosa Quispe", "leaderOf", "Peru")]
    assert statement.former and (statement.valid_from, statement.valid_until) == ("2001", "2006")


@pytest.mark.parametrize(
    "text",
    [
        "Paolo Greco met Franco Ricci in Rome. He was later elected President of Italy.",  # two men: whose "he"?
        "Jean Morel is a French diplomat. He met the president of Senegal in Dakar.",  # met a holder, holds nothing
        "Anna Lund is a Danish writer. She admired the prime minister of Norway.",
    ],
)
def test_no_office_for_an_unsure_pronoun_or_a_person_near_a_title(run: Callable[..., ArticleResult], text: str) -> None:
    offices = _offices(run(text))
    assert not [k for k in offices if k[2] in ("Italy", "Senegal", "Norway")]


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "owner", "year"),
    [
        ("Pavel Horak succeeded Ivan Sedlak as President of Slovakia in 2004.", "Pavel Horak", "Ivan Sedlak", "Slovakia", "2004"),
        ("Ivan Sedlak was succeeded as prime minister of Slovenia by Andrej Kos in 2006.", "Andrej Kos", "Ivan Sedlak",
         "Slovenia", "2006"),
        ("Grace Wanjiru, who replaced Daniel Otieno as chairman of the African Union, arrived on Monday.", "Grace Wanjiru",
         "Daniel Otieno", "African Union", None),
    ],
)
def test_a_successor_holds_the_office_and_the_predecessor_held_it(run: Callable[..., ArticleResult], text: str, successor: str,
                                                                   predecessor: str, owner: str, year: str | None) -> None:
    offices = _offices(run(text))
    now = offices[(successor, "leaderOf", owner)]
    before = offices[(predecessor, "leaderOf", owner)]
    assert not now.former and now.valid_from == year
    assert before.former and before.valid_until == year


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Horak succeeded Ivan Sedlak, who had died in office.",  # no office named
        "Anna Berg replaced Karl Holm in the team.",
        "Pavel Horak met Ivan Sedlak as president of Slovakia.",  # not a succession
    ],
)
def test_no_office_without_a_succession_to_a_named_office(run: Callable[..., ArticleResult], text: str) -> None:
    assert not _offices(run(text))


def test_the_then_president_is_a_former_office(run: Callable[..., ArticleResult]) -> None:
    offices = _offices(run("The then-president of Chile, Rodrigo Fuentes, signed the treaty."))
    assert offices[("Rodrigo Fuentes", "leaderOf", "Chile")].former


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        ("The Alliance for Renewal is a Zambian opposition party. Its chairman, Joseph Mulenga, resigned in 2010.",
         "Joseph Mulenga", "Alliance for Renewal"),
        ("The Alliance for Renewal is a Zambian opposition party. Its leader is Joseph Mulenga.", "Joseph Mulenga",
         "Alliance for Renewal"),
        ("The Alliance for Renewal is a Zambian opposition party. It is led by Joseph Mulenga.", "Joseph Mulenga",
         "Alliance for Renewal"),
        ("NATO's secretary general, Hilde Strand, spoke in Brussels.", "Hilde Strand", "North Atlantic Treaty Organization"),
    ],
)
def test_the_head_of_a_body_named_before(run: Callable[..., ArticleResult], text: str, person: str, organisation: str) -> None:
    assert (person, "leaderOf", organisation) in triples(run(text))


def test_a_statement_of_office_gives_the_holder_a_country(run: Callable[..., ArticleResult]) -> None:
    [statement] = [s for s in run("Pavel Horak succeeded Ivan Sedlak as President of Slovakia in 2004.").statements
                   if s.subject.label == "Pavel Horak"]
    assert statement.subject.country == "SVK"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Amira Khoury is a Lebanese-born Canadian journalist. She met the president of Kenya.", "CAN"),
        ("Amira Khoury is a Lebanese-born journalist. She met the president of Kenya.", "LBN"),
        ("Amira Khoury, a Canadian journalist, met the president of Kenya.", "CAN"),
        ("The Lebanese-born Canadian writer Amira Khoury met the president of Kenya.", "CAN"),
        ("Syrian-born French novelist Amira Khoury met the president of Kenya.", "FRA"),
        ("The Lebanon-born writer Amira Khoury met the president of Kenya.", "LBN"),  # no other: the birthplace, as before
    ],
)
def test_nationality_not_birthplace(run: Callable[..., ArticleResult], text: str, country: str) -> None:
    result = run(text)
    [statement] = [s for s in result.statements if s.subject.label == "Amira Khoury"]
    assert statement.subject.country == country
    assert not _offices(result)


@pytest.mark.parametrize(
    "text",
    [
        "Milan Kovac was president of the Slovak Chess Federation.",
        "Milan Kovac was president of the Kenyan chess club.",
        "Milan Kovac is a Slovak teacher. He was chairman of the Slovak Rowing Union.",
    ],
)
def test_no_office_of_a_country_that_qualifies_a_body(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [k for k in _offices(run(text)) if k[0] == "Milan Kovac"]


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("The Popular Renewal Party won the vote. Lars Holm became the party's leader in 2009.", "Lars Holm", "Popular Renewal Party"),
        ("The Popular Renewal Party won the vote. The party's chairman, Lars Holm, thanked voters.", "Lars Holm",
         "Popular Renewal Party"),
        ("The Green Party of Ireland met on Sunday. The party is chaired by Ciara Walsh.", "Ciara Walsh", "Green Party of Ireland"),
        ("The Nordic Rowing Federation met in Oslo. Its president, Lars Holm, opened the meeting.", "Lars Holm",
         "Nordic Rowing Federation"),
    ],
)
def test_the_party_named_before(run: Callable[..., ArticleResult], text: str, person: str, owner: str) -> None:
    assert (person, "leaderOf", owner) in triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Popular Renewal Party and the Labour Party won seats. The party's chairman, Lars Holm, thanked voters.",  # which?
        "Lars Holm joined the ruling party. The party is chaired by Anna Berg.",  # no party named
        "The Popular Renewal Party won seats. Lars Holm praised the party's president.",  # praised a holder
    ],
)
def test_no_party_office_when_the_party_is_unsure(run: Callable[..., ArticleResult], text: str) -> None:
    assert not _offices(run(text))


@pytest.mark.parametrize(
    ("text", "person", "owner", "former"),
    [
        ("Bruno Keller held the post of head of government of Malta from 1990 to 1994.", "Bruno Keller", "Malta", True),
        ("Bruno Keller held the office of President of Switzerland in 2010.", "Bruno Keller", "Switzerland", True),
        ("Bruno Keller holds the position of Foreign Minister of Chile.", "Bruno Keller", "Chile", False),
    ],
)
def test_held_the_post_of(run: Callable[..., ArticleResult], text: str, person: str, owner: str, former: bool) -> None:
    [statement] = [s for k, s in _offices(run(text)).items() if k[0] == person and k[2] == owner]
    assert statement.former is former


def test_no_office_held_of_a_team(run: Callable[..., ArticleResult]) -> None:
    assert not _offices(run("Bruno Keller held the post of coach of the Chilean team."))


@pytest.mark.parametrize(
    ("text", "person", "owner", "former"),
    [
        ("Under President Kofi Asante, Ghana joined the African Union.", "Kofi Asante", "Ghana", False),
        ("During the presidency of Kofi Asante, Ghana built new roads.", "Kofi Asante", "Ghana", False),
        ("Under Kofi Asante's premiership, Ghana signed a trade deal with Togo.", "Kofi Asante", "Ghana", False),
        ("Under former President Kofi Asante, Ghana left the Commonwealth.", "Kofi Asante", "Ghana", True),
    ],
)
def test_under_a_head_the_clause_subject_is_the_country(run: Callable[..., ArticleResult], text: str, person: str, owner: str,
                                                        former: bool) -> None:
    assert _offices(run(text))[(person, "leaderOf", owner)].former is former


@pytest.mark.parametrize(
    "text",
    [
        "Under President Kofi Asante, Ghana and Togo signed a deal.",  # which of the two?
        "During talks with President Kofi Asante, Ghana agreed to a deal.",  # talks with a head, not under one
        "Under coach Kofi Asante, Ghana won the cup.",  # no office of a state
        "Under Secretary-General Kofi Asante, Ghana joined the committee.",  # an office of an organisation
    ],
)
def test_no_office_under_a_name_that_heads_nothing_of_the_clause(run: Callable[..., ArticleResult], text: str) -> None:
    assert ("Kofi Asante", "leaderOf", "Ghana") not in triples(run(text))


@pytest.mark.parametrize(
    ("text", "person", "dates", "former"),
    [
        ("In 2003, Pavel Horak succeeded Ivan Sedlak as head of state of Slovakia.", "Pavel Horak", ("2003", None), False),
        ("Sara Nasser is a Jordanian economist. In 2011 she was appointed Finance Minister of Jordan.", "Sara Nasser",
         ("2011", None), False),
        ("Kwame Boateng was Prime Minister of Ghana twice, from 1990 to 1992.", "Kwame Boateng", ("1990", "1992"), True),
        ("In 1990 Kwame Boateng was president of Ghana.", "Kwame Boateng", (None, None), True),  # a past office: no start
    ],
)
def test_the_time_of_an_office_before_or_after_it(run: Callable[..., ArticleResult], text: str, person: str,
                                                  dates: tuple[str | None, str | None], former: bool) -> None:
    [statement] = [s for k, s in _offices(run(text)).items() if k[0] == person]
    assert (statement.valid_from, statement.valid_until) == dates and statement.former is former


def test_a_date_of_a_later_clause_is_not_the_office_s(run: Callable[..., ArticleResult]) -> None:
    [statement] = _offices(run("Kwame Boateng became president of Ghana, and in 2010 he visited Togo.")).values()
    assert statement.valid_from is None


def test_an_opening_date_of_another_act_is_not_the_office_s(run: Callable[..., ArticleResult]) -> None:
    offices = _offices(run("In 2015, Ghanaian President Kwame Boateng appointed a new envoy."))
    assert offices[("Kwame Boateng", "leaderOf", "Ghana")].valid_from is None


@pytest.mark.parametrize(
    ("text", "owner", "former"),
    [
        ("Kwame Boateng was the founder and first chairman of the People's Progressive Party.", "People's Progressive Party", True),
        ("Kwame Boateng is the co-founder and president of the Green Alliance.", "Green Alliance", False),
        ("Kwame Boateng was the founder and first secretary-general of the African Union.", "African Union", True),
    ],
)
def test_a_founder_and_a_title(run: Callable[..., ArticleResult], text: str, owner: str, former: bool) -> None:
    assert _offices(run(text))[("Kwame Boateng", "leaderOf", owner)].former is former


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Boateng was the founder of the Green Alliance.",  # founding is no office
        "Kwame Boateng was the son and heir of the president of Ghana.",  # kin of a holder
    ],
)
def test_no_office_for_a_founder_or_kin(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [k for k in _offices(run(text)) if k[0] == "Kwame Boateng"]


@pytest.mark.parametrize(
    "text",
    [
        "Kwame Boateng arrived in Lome. President of Ghana Kwame Boateng opened the summit.",
        "Kwame Boateng arrived in Lome. The President of Ghana, Kwame Boateng, opened the summit.",
        "Kwame Boateng arrived in Lome. On Monday, President of Ghana Kwame Boateng opened the summit.",
    ],
)
def test_a_title_of_a_country_before_a_name_is_read_where_it_stands(run: Callable[..., ArticleResult], text: str) -> None:
    statement = _offices(run(text))[("Kwame Boateng", "leaderOf", "Ghana")]
    assert "opened the summit" in statement.evidence.text
