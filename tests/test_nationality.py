"""A person's country from the words of their own title, ambiguous demonyms by context, names cut by the NER, Wikidata ids.

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import people_by_label
from rdflib import URIRef
from rdflib.namespace import OWL

from kg.model import ArticleResult
from kg.pipeline import statement_record
from kg.rdf import entity_iri, to_dataset


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rwanda closed the border on Monday, Congolese government spokesman Patrick Muyaya said in Kinshasa.", "Patrick Muyaya", "COD"),
        ("Hargeisa rejected the deal, the Kremlin's spokesman Dmitry Peskov said.", "Dmitry Peskov", "RUS"),
        ("Pierre Lemaire, the French ambassador to Mali, was expelled.", "Pierre Lemaire", "FRA"),
        ("Joseph Mwale, adviser to the President of Ghana, met the delegation.", "Joseph Mwale", "GHA"),
        ("The talks ended, the Kenyan trade minister Amina Wekesa Odhiambo said.", "Amina Wekesa Odhiambo", "KEN"),
        ("Uganda's foreign minister Joseph Mwale flew to Kigali.", "Joseph Mwale", "UGA"),
        ("Joseph Mwale is an Irish diplomat.", "Joseph Mwale", "IRL"),
        ("The mayor gave a warm welcome to South African leader Joseph Mwale.", "Joseph Mwale", "ZAF"),
    ],
)
def test_the_title_itself_gives_the_country(run: Callable[..., ArticleResult], text: str, name: str, country: str) -> None:
    assert people_by_label(run(text))[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the sentence is not the minister's country
        "Rwanda closed the border on Monday, Foreign Minister Joseph Mwale said.",
        # "Congolese" with nothing in the article to say which Congo
        "The border stayed closed, Congolese government spokesman Patrick Muyaya said.",
        # where it happened, not whose minister
        "In Uganda Minister Joseph Mwale met the refugees.",
    ],
)
def test_a_title_without_an_unambiguous_country_gives_none(run: Callable[..., ArticleResult], text: str) -> None:
    people = people_by_label(run(text))
    assert [p.country for p in people.values()] == [None]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Congolese troops entered Goma, the army said in Kinshasa.", "Congolese", "COD"),
        ("Congolese officials in Brazzaville welcomed the loan.", "Congolese", "COG"),
        ("Korean negotiators arrived in Pyongyang on Monday.", "Korean", "PRK"),
        ("Korean exporters in Seoul expect growth.", "Korean", "KOR"),
        ("Guinean soldiers guarded the palace in Conakry.", "Guinean", "GIN"),
        ("Sudanese forces shelled Omdurman.", "Sudanese", "SDN"),
        ("Korean food is popular.", "Korean", None),
        ("The Sudanese delegation left early.", "Sudanese", "SDN"),  # South Sudan's demonym is "South Sudanese"
        ("Guinean ministers flew home on Friday.", "Guinean", "GIN"),  # Guinea's own demonym, no cue needed
    ],
)
def test_ambiguous_demonyms_follow_the_article_or_stay_unresolved(
    run: Callable[..., ArticleResult], text: str, word: str, expected: str | None
) -> None:
    start = text.index(word)
    found = [m.entity.country for m in run(text).mentions if m.start <= start < m.end]
    assert (found[0] if found else None) == expected


def _member_demonyms() -> list[tuple[str, str]]:
    """Every UN member's first demonym in the shipped gazetteer, except the ones two members share."""
    import csv

    from kg.ambiguity import ambiguities

    shared = {word for word, a in ambiguities().items() if a.default == "none" and len(a.readings) >= 2}
    path = Path(__file__).resolve().parent.parent / "kg" / "data" / "countries.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["status"] == "member" and r["adjectives"]]
    return [(r["iso3"], adj) for r in rows if (adj := r["adjectives"].split("|")[0]) not in shared]


def test_every_un_members_demonym_names_it(run: Callable[..., ArticleResult]) -> None:
    """"Sudanese officials met ...": each member's own demonym resolves to it without any cue."""
    demonyms = _member_demonyms()
    assert len(demonyms) >= 185  # 193 members; Congo, Dominica and the Central African Republic have none of their own
    wrong = []
    for iso3, adjective in demonyms:
        found = [m.entity.country for m in run(f"{adjective} officials met the delegation on Monday.").mentions if m.start == 0]
        if found[:1] != [iso3]:
            wrong.append((iso3, adjective, found[:1]))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Ngozi Adaeze Okonkwo-Eze met her counterpart.", "Ngozi Adaeze Okonkwo-Eze"),
        ("Nigerian President Bola Ahmed Tinubu spoke on Monday.", "Bola Tinubu"),
        ("Ambassador Jean-Pierre Mbala Kasongo arrived in Luanda.", "Jean-Pierre Mbala Kasongo"),
        ("President Tomas Berg Monday signed the decree.", "Tomas Berg"),  # a date is no part of a name
    ],
)
def test_a_name_after_a_title_runs_to_the_end_of_its_capitalised_words(run: Callable[..., ArticleResult], text: str, name: str) -> None:
    assert name in people_by_label(run(text, "2024-05-01"))


def test_a_country_word_before_a_name_is_not_part_of_it(run: Callable[..., ArticleResult]) -> None:
    people = people_by_label(run("Ghanaian Kofi Mensah Boateng addressed the council."))
    assert not [label for label in people if label.startswith("Ghanaian")]


def test_a_known_office_holder_carries_its_wikidata_id_in_json_and_rdf(run: Callable[..., ArticleResult]) -> None:
    result = run("President Joe Biden met President Xi Jinping in California.", "2023-11-15")
    biden = next(s for s in result.statements if s.subject.label == "Joe Biden")
    assert statement_record(biden, result.article)["subject"]["wikidata"] == "Q6279"  # type: ignore[index]
    ds = to_dataset([result])
    same = {o for g in ds.graphs() for o in g.objects(URIRef(str(entity_iri(biden.subject))), OWL.sameAs)}
    assert URIRef("http://www.wikidata.org/entity/Q6279") in same


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        ("Simon Okello, Uganda's Minister for Trade and Industry, welcomed the deal.", "Simon Okello", "UGA", "trade minister"),
        ("Chilean Minister of Culture Pedro Alvarez opened the museum.", "Pedro Alvarez", "CHL", "minister"),
        ("The Foreign Minister of Italy, Marco Rossi, arrived.", "Marco Rossi", "ITA", "foreign minister"),
        ("Marco Rossi, Secretary of State for Foreign Affairs of Malta, spoke.", "Marco Rossi", "MLT", "foreign minister"),
    ],
)
def test_a_portfolio_title_names_the_office(run: Callable[..., ArticleResult], text: str, name: str, country: str, role: str) -> None:
    person = people_by_label(run(text))[name]
    assert (person.country, person.role) == (country, role)


def test_a_portfolio_word_alone_is_no_title(run: Callable[..., ArticleResult]) -> None:
    people = people_by_label(run("Rosa Varela, a professor of culture and tourism at the university, wrote the report."))
    assert people["Rosa Varela"].role is None and people["Rosa Varela"].country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A letter came from King Constantine II of Greece.", "Constantine II", "GRC"),
        ("The law was approved by President Elpidio Quirino of the Philippines.", "Elpidio Quirino", "PHL"),
        ("The visit was hosted by King Harald V of Norway.", "Harald V", "NOR"),
    ],
)
def test_a_titled_name_the_ner_read_as_an_organisation_is_a_person(
    run: Callable[..., ArticleResult], text: str, name: str, country: str
) -> None:
    assert people_by_label(run(text))[name].country == country


def test_a_building_named_after_a_title_is_no_person(run: Callable[..., ArticleResult]) -> None:
    assert people_by_label(run("Patients waited at the Queen Elizabeth Hospital in Nairobi.")) == {}
