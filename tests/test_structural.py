"""Structural relations as the text states them (offices, leadership of organisations, memberships), with their time.

Every sentence here is invented; each construction has at least three shapes and a distractor.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.model import ArticleResult, Statement
from kg.pipeline import statement_record
from kg.rdf import BI, entity_iri, to_dataset
from kg.validate import validate


def _found(result: ArticleResult, predicate: str) -> dict[tuple[str, str], Statement]:
    return {(s.subject.label, s.object.label): s for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "pair", "former", "start", "until"),
    [
        ("Joseph Mwale served as Head of Government of Kenya from 1990 to 1995.", ("Joseph Mwale", "Kenya"), True, "1990", "1995"),
        ("Joseph Mwale, who was prime minister of Kenya until 2001, opened the school.", ("Joseph Mwale", "Kenya"), True, None, "2001"),
        ("The former Ghanaian president Tomas Berg attended the ceremony.", ("Tomas Berg", "Ghana"), True, None, None),
        ("Tomas Berg (1823 – 1899) was the elected President of Peru between 1884 and 1888.", ("Tomas Berg", "Peru"), True, "1884", "1888"),
        ("Pedro Alvarez was the ceremonial president of Chile until 1990.", ("Pedro Alvarez", "Chile"), True, None, "1990"),
        ("Joseph Mwale was a Zambian lawyer who was the third Head of State of Zambia from 1993 to 2004.", ("Joseph Mwale", "Zambia"), True, "1993", "2004"),
        ("The Peruvian ex-president Tomas Berg died on Sunday.", ("Tomas Berg", "Peru"), True, None, None),
    ],
)
def test_a_past_office_is_recorded_as_former_with_its_dates(
    run: Callable[..., ArticleResult], text: str, pair: tuple[str, str], former: bool, start: str | None, until: str | None
) -> None:
    statement = _found(run(text, "2024-05-01"), "leaderOf")[pair]
    assert (statement.former, statement.valid_from, statement.valid_until) == (former, start, until)


@pytest.mark.parametrize(
    ("text", "pair", "start"),
    [
        ("Chile's head of state, Rosa Varela, visited Peru.", ("Rosa Varela", "Chile"), None),
        ("Tomas Berg became president of Chile in March 2022.", ("Tomas Berg", "Chile"), "2022-03"),
        ("The assembly elected Joseph Mwale the president of Malawi.", ("Joseph Mwale", "Malawi"), None),
        ("King Hassan of Morocco said he would host the talks.", ("Hassan", "Morocco"), None),
    ],
)
def test_a_current_office_is_not_former(run: Callable[..., ArticleResult], text: str, pair: tuple[str, str], start: str | None) -> None:
    statement = _found(run(text, "2024-05-01"), "leaderOf")[pair]
    assert statement.former is False and statement.valid_from == start


@pytest.mark.parametrize(
    "text",
    [
        "Joseph Mwale praised the prime minister of Kenya.",  # someone else's office
        "Tomas Berg is the Kenyan president's envoy.",  # the office of the man he works for
        "Pedro Alvarez was the deputy prime minister of Spain.",  # another office (officialOf)
        "The future president of Chile, Tomas Berg, spoke.",  # not held yet
    ],
)
def test_no_leadership_where_the_text_gives_none(run: Callable[..., ArticleResult], text: str) -> None:
    leaders = _found(run(text, "2024-05-01"), "leaderOf")
    assert not [pair for pair in leaders if pair[0] in ("Joseph Mwale", "Tomas Berg", "Pedro Alvarez")]


@pytest.mark.parametrize(
    ("text", "pair", "former"),
    [
        ("Pedro Alvarez chairs the African Union.", ("Pedro Alvarez", "African Union"), False),
        ("Maria Gonzalez, the former Mexican ambassador to Peru, was named chairman of the World Trade Organization.",
         ("Maria Gonzalez", "World Trade Organization"), False),
        ("Pedro Alvarez headed the African Union from 2008 to 2012.", ("Pedro Alvarez", "African Union"), True),
        ("The Secretary-General of NATO, Joseph Mwale, arrived in Riga.", ("Joseph Mwale", "North Atlantic Treaty Organization"), False),
    ],
)
def test_leader_of_an_organisation(run: Callable[..., ArticleResult], text: str, pair: tuple[str, str], former: bool) -> None:
    assert _found(run(text, "2024-05-01"), "leaderOf")[pair].former is former


def test_no_organisation_leader_from_a_name_that_only_looks_like_a_title(run: Callable[..., ArticleResult]) -> None:
    result = run("Pedro Alvarez criticised the African Union. The show King of the Hill, with John Smith, ran for years.")
    assert _found(result, "leaderOf") == {}


@pytest.mark.parametrize(
    ("text", "pairs", "start"),
    [
        ("Lithuania joined NATO and the European Union in 2004.",
         {("Lithuania", "North Atlantic Treaty Organization"), ("Lithuania", "European Union")}, "2004"),
        ("Kenya and Uganda are founding members of the East African Community.",
         {("Kenya", "East African Community"), ("Uganda", "East African Community")}, None),
        ("The founding members of Mercosur were Argentina, Brazil, the Republic of Paraguay and Uruguay.",
         {(c, "Mercosur") for c in ("Argentina", "Brazil", "Paraguay", "Uruguay")}, None),
        ("NATO member Türkiye objected to the plan.", {("Türkiye", "North Atlantic Treaty Organization")}, None),
        ("Norway, which joined the United Nations in 1945, voted for the text.", {("Norway", "United Nations")}, "1945"),
    ],
)
def test_membership(run: Callable[..., ArticleResult], text: str, pairs: set[tuple[str, str]], start: str | None) -> None:
    members = _found(run(text, "2024-05-01"), "memberOf")
    assert pairs <= set(members)
    assert {members[p].valid_from for p in pairs} == {start} and not any(members[p].former for p in pairs)


def test_a_past_membership_is_former(run: Callable[..., ArticleResult]) -> None:
    members = _found(run("Greenland was a member of the European Economic Community until 1985.", "2024-05-01"), "memberOf")
    statement = next(s for (subject, _), s in members.items() if subject == "Greenland") if members else None
    if statement is not None:  # Greenland is not a country of the gazetteer: then there is nothing to record
        assert statement.former
    members = _found(run("Malta was a member of the Non-Aligned Movement until 2004.", "2024-05-01"), "memberOf")
    assert members[("Malta", "Non-Aligned Movement")].former is True


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine wants to join NATO.",
        "Norway is not a member of the European Union.",
        "If Serbia joined the European Union, trade would grow.",
        "Hungary was a member of the Warsaw Pact.",  # a pact named after a capital: not that country's government
    ],
)
def test_no_membership_asserted_where_the_text_gives_none(run: Callable[..., ArticleResult], text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "memberOf" and s.modality.value == "asserted"]


def test_time_reaches_json_and_rdf_and_a_former_office_is_not_a_current_triple(run: Callable[..., ArticleResult]) -> None:
    result = run("Joseph Mwale served as Head of Government of Kenya from 1990 to 1995. Lithuania joined NATO in 2004.", "2024-05-01")
    office = _found(result, "leaderOf")[("Joseph Mwale", "Kenya")]
    record = statement_record(office, result.article)
    assert (record["valid_from"], record["valid_until"], record["former"]) == ("1990", "1995", True)
    ds = to_dataset([result])
    person, kenya = URIRef(str(entity_iri(office.subject))), URIRef(str(entity_iri(office.object)))
    asserted = {t for graph in ds.graphs() for t in graph}
    assert (person, BI.memberOf, kenya) not in asserted and (person, BI.leaderOf, kenya) not in asserted  # not current anywhere
    statement = next(ds.subjects(BI.former, Literal(True)))
    assert ds.value(statement, BI.validFrom) == Literal("1990", datatype=XSD.gYear)
    assert ds.value(statement, BI.validUntil) == Literal("1995", datatype=XSD.gYear)
    lithuania = _found(result, "memberOf")[("Lithuania", "North Atlantic Treaty Organization")]
    assert (URIRef(str(entity_iri(lithuania.subject))), BI.memberOf, URIRef(str(entity_iri(lithuania.object)))) in asserted
    report = validate(ds)
    assert report.conforms, report.violations


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Former President Donald Trump spoke at the rally.", ("Donald Trump", "leaderOf", "United States")),
        ("Joseph Mwale is a Zambian economist. Joseph Mwale, a former finance minister, spoke.", ("Joseph Mwale", "officialOf", "Zambia")),
        ("Pedro Alvarez is a Chilean lawyer. The former ambassador Pedro Alvarez wrote a book.", ("Pedro Alvarez", "officialOf", "Chile")),
    ],
)
def test_a_former_title_without_a_country_takes_the_known_country_of_the_person(
    run: Callable[..., ArticleResult], text: str, triple: tuple[str, str, str]
) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label): s for s in run(text, "2024-05-01").statements}
    assert found[triple].former is True


def test_a_former_title_of_something_else_gives_no_office(run: Callable[..., ArticleResult]) -> None:
    result = run("Tomas Berg is a Chilean banker. Berg, the former president of the bank, resigned.", "2024-05-01")
    assert not [s for s in result.statements if s.predicate.name in ("leaderOf", "officialOf")]


# ------------------------------------------------------------ a country before a title, across a verb
@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("President Tomas Berg of Ghana met Prime Minister Joseph Mwale of Kenya.", "Joseph Mwale", "Kenya"),
        ("Foreign Minister Ana Lind of Peru met Foreign Minister Joseph Mwale of Kenya in Lima.", "Joseph Mwale", "Kenya"),
        ("President Tomas Berg of Ghana welcomed Prime Minister Joseph Mwale of Kenya to Accra.", "Joseph Mwale", "Kenya"),
    ],
)
def test_a_titled_name_followed_by_of_a_country_holds_that_countrys_office(
    run: Callable[..., ArticleResult], text: str, person: str, country: str,
) -> None:
    # the first country ends with the clause's verb: it is not the second title's owner
    result = run(text)
    offices = {(s.subject.label, s.object.label) for s in result.statements if s.predicate.name in ("leaderOf", "officialOf")}
    assert {o for p, o in offices if p == person} == {country}, offices
    people = {m.entity.label: m.entity.country for m in result.mentions if m.entity.type.value == "Person"}
    assert people[person] == {"Kenya": "KEN"}[country]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Ghana hosted Prime Minister Joseph Mwale for talks.", None),
        ("Ghana welcomed President Joseph Mwale on Monday.", None),
        # distractors: a country whose modifier or possessive belongs to the title still owns it
        ("Ghana's outgoing Prime Minister Joseph Mwale opened the school.", ("Joseph Mwale", "Ghana")),
        ("The Ghanaian acting President Joseph Mwale opened the school.", ("Joseph Mwale", "Ghana")),
    ],
)
def test_a_country_owns_a_title_only_within_its_phrase(run: Callable[..., ArticleResult], text: str, office: tuple[str, str] | None) -> None:
    found = set(_found(run(text), "leaderOf"))
    assert found == ({office} if office else set()), found


# ------------------------------------------------------------ officials of an international organisation
@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("IAEA chief Tomas Berg visited Peru.", ("Tomas Berg", "leaderOf", "International Atomic Energy Agency")),
        ("Tomas Berg, the head of the IAEA, visited Peru.", ("Tomas Berg", "leaderOf", "International Atomic Energy Agency")),
        ("WHO Director-General Tomas Berg praised Peru.", ("Tomas Berg", "leaderOf", "World Health Organization")),
        ("The EU High Representative Tomas Berg met Peruvian officials.", ("Tomas Berg", "officialOf", "European Union")),
        # a word between the organisation and "chief": one of its officials, not its head
        ("UN refugee chief Tomas Berg visited Peru.", ("Tomas Berg", "officialOf", "United Nations")),
    ],
)
def test_an_organisations_head_or_official_is_linked_to_it(
    run: Callable[..., ArticleResult], text: str, statement: tuple[str, str, str],
) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements if s.predicate.category == "STRUCTURAL"}
    assert found == {statement}, found


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a head of no international body, or of a country's service, is no leader of it
        "Peruvian intelligence chief Tomas Berg accused Chile of spying.",
        "Army chief Tomas Berg visited Chile.",
        "Nordco chief Tomas Berg visited Chile.",
    ],
)
def test_a_chief_of_no_international_body_leads_nothing(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "leaderOf"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of organisations after "a member state of"
        ("Uruguay is a member country of Mercosur, the Organization of American States and the United Nations.",
         {("Uruguay", "United Nations"): None, ("Uruguay", "Organization of American States"): None, ("Uruguay", "Mercosur"): None}),
        # a second membership with its own verb and its own time
        ("Mongolia belongs to the United Nations and has been a full member of the World Trade Organization since 1997.",
         {("Mongolia", "United Nations"): None, ("Mongolia", "World Trade Organization"): "1997"}),
        ("Portugal joined NATO in 1949 and acceded to the European Union in 1986.",
         {("Portugal", "North Atlantic Treaty Organization"): "1949", ("Portugal", "European Union"): "1986"}),
        # "and of", "both ... and"
        ("Ghana is a full member of the AU and of the Commonwealth.",
         {("Ghana", "African Union"): None, ("Ghana", "Commonwealth"): None}),
        ("Kenya is a member of both the African Union and the Commonwealth.",
         {("Kenya", "African Union"): None, ("Kenya", "Commonwealth"): None}),
        # the organisation before the member noun, then more memberships in apposition
        ("Guyana is an OAS member country, a full member of CARICOM and a founding member of the United Nations.",
         {("Guyana", "Organization of American States"): None, ("Guyana", "Caribbean Community"): None,
          ("Guyana", "United Nations"): None}),
        # a rank before the member noun; an admission starts a membership that goes on
        ("Montenegro became the 29th member of NATO in 2017.", {("Montenegro", "North Atlantic Treaty Organization"): "2017"}),
        ("Sweden was admitted to NATO in 2024.", {("Sweden", "North Atlantic Treaty Organization"): "2024"}),
        # "it" / "its" standing for the country of the sentence before
        ("Lithuania regained independence in 1990. It is a full member of the OSCE and a member country of the Council of Europe.",
         {("Lithuania", "Organization for Security and Co-operation in Europe"): None, ("Lithuania", "Council of Europe"): None}),
        ("Tanzania is a country in East Africa. Its membership of the Commonwealth began in 1961.",
         {("Tanzania", "Commonwealth"): "1961"}),
        # an apposition with its time; an entry stated with the organisation as the taker or the country as given it
        ("Slovenia, a member of NATO since 2004, sent observers.", {("Slovenia", "North Atlantic Treaty Organization"): "2004"}),
        ("North Macedonia joined NATO as its 30th member in 2020.", {("North Macedonia", "North Atlantic Treaty Organization"): "2020"}),
        ("Croatia was accepted as a member of NATO in 2009.", {("Croatia", "North Atlantic Treaty Organization"): "2009"}),
        ("Tonga was granted membership of the Commonwealth in 1970.", {("Tonga", "Commonwealth"): "1970"}),
        ("The African Union admitted Morocco as a member in 2017.", {("Morocco", "African Union"): "2017"}),
        ("NATO formally accepted Albania and Croatia as new members in 2009.",
         {("Albania", "North Atlantic Treaty Organization"): "2009", ("Croatia", "North Atlantic Treaty Organization"): "2009"}),
        # an accession the text says was completed
        ("Bulgaria's accession to the European Union was completed in 2007.", {("Bulgaria", "European Union"): "2007"}),
        ("The admission of Albania into NATO took effect on 1 April 2009.",
         {("Albania", "North Atlantic Treaty Organization"): "2009-04"}),
    ],
)
def test_coordinated_and_ranked_memberships(
    run: Callable[..., ArticleResult], text: str, expected: dict[tuple[str, str], str | None]
) -> None:
    members = _found(run(text, "2024-05-01"), "memberOf")
    assert {p: members[p].valid_from for p in expected if p in members} == expected
    assert not any(members[p].former for p in expected) and all(members[p].modality.value == "asserted" for p in expected)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks on Moldova's accession to the European Union were completed in 2010.", ("Moldova", "European Union")),
        ("Georgia's accession to the Council of Europe was delayed.", ("Georgia", "Council of Europe")),
        ("Norway is a member of NATO and the European Union is its largest trading partner.", ("Norway", "European Union")),
        ("Kenya is a founding member of COMESA and an observer at the Arab League.", ("Kenya", "Arab League")),
        ("The EU admitted Turkey was right about the border.", ("Türkiye", "European Union")),
        ("The deal with Peru, members of the Pacific Alliance said, was fair.", ("Peru", "Pacific Alliance")),
        ("Japan belongs to the G7 and applied to join the OECD.", ("Japan", "Organisation for Economic Co-operation and Development")),
    ],
)
def test_no_membership_of_a_neighbouring_phrase(run: Callable[..., ArticleResult], text: str, pair: tuple[str, str]) -> None:
    members = _found(run(text, "2024-05-01"), "memberOf")
    assert pair not in members or members[pair].modality.value != "asserted"


def test_a_pronoun_for_no_country_gives_no_membership(run: Callable[..., ArticleResult]) -> None:
    assert _found(run("The treaty was signed in 1992. It is now a full member of the OSCE."), "memberOf") == {}
