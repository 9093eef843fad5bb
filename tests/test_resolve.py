"""Entity resolution: countries, titled people and their later mentions, sector actors."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Entity, EntityType

TEXT = (
    "President of Azerbaijan Ilham Aliyev sent a message to President of the United States of America Joseph Biden.\n\n"
    "Aliyev said the U.S. was a partner. We would like to see American companies here, the President of Azerbaijan said."
)


def test_titled_person_gets_role_and_country(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    people = {m.entity.label: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert people["Ilham Aliyev"].role == "president" and people["Ilham Aliyev"].country == "AZE"
    # A known office-holder gets the usual name of the office-holders table; the name seen is an alias.
    assert people["Joe Biden"].country == "USA" and "Joseph Biden" in people["Joe Biden"].aliases


def test_surname_and_title_mentions_resolve_to_the_same_person(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    aliyev = {m.start: m.text for m in result.mentions if m.entity.key == "person/ilham-aliyev"}
    later_title = TEXT.index("President of Azerbaijan said")
    assert {"Ilham Aliyev", "Aliyev"} <= set(aliyev.values()) and aliyev.get(later_title) == "President"


def test_variants_resolve_to_one_country_node(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    usa = {m.text for m in result.mentions if m.entity.key == "country/USA"}
    assert {"the United States of America", "U.S."} <= usa


def test_sector_actor_belongs_to_its_country(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    [actor] = [m.entity for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR]
    assert (actor.label, actor.country, actor.role) == ("American companies", "USA", "business")


def test_possessive_title(run: Callable[..., ArticleResult]) -> None:
    result = run("\"We will not accept that,\" Mali's Foreign Minister Abdoulaye Diop told reporters.")
    [diop] = [m.entity for m in result.mentions if m.entity.type is EntityType.PERSON]
    assert (diop.label, diop.role, diop.country) == ("Abdoulaye Diop", "foreign minister", "MLI")


def _people(result: ArticleResult) -> dict[str, Entity]:
    return {m.entity.key: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}


def _countries_at(result: ArticleResult, text: str, word: str) -> set[str | None]:
    start = text.index(word)
    return {m.entity.country for m in result.mentions if m.start <= start < m.end}


def test_known_office_holder_gets_country_from_the_table(run: Callable[..., ArticleResult]) -> None:
    result = run("Prime Minister Nikol Pashinyan said the border talks would continue.", "2023-12-07")
    [pashinyan] = _people(result).values()
    assert (pashinyan.country, pashinyan.role) == ("ARM", "prime minister")


def test_office_named_without_a_person_resolves_to_its_holder_on_the_article_date(run: Callable[..., ArticleResult]) -> None:
    text = "The Azerbaijani president said the peace treaty was close."
    assert {p.label for p in _people(run(text, "2021-07-03")).values()} == {"Ilham Aliyev"}
    assert {p.label for p in _people(run(text, "2001-05-01")).values()} == {"Heydar Aliyev"}
    assert _people(run(text)) == {}  # no date: the holder is unknown
    later = run("The British prime minister spoke to reporters.", "2024-07-10")
    assert {p.label for p in _people(later).values()} == {"Keir Starmer"}
    assert _people(run("The former British prime minister spoke to reporters.", "2024-07-10")) == {}


def test_the_minister_resolves_to_the_minister_named_before(run: Callable[..., ArticleResult]) -> None:
    text = ("Georgian Foreign Minister David Zalkaliani met the OSCE envoy in Tbilisi. "
            "The minister said the talks were useful.")
    result = run(text, "2019-08-29")
    start = text.index("minister said")
    [mention] = [m for m in result.mentions if m.start == start]
    assert mention.entity.label == "David Zalkaliani" and mention.entity.country == "GEO"


def test_surname_first_then_full_name_is_one_person(run: Callable[..., ArticleResult]) -> None:
    text = "Zakharova rejected the claim. Russian foreign ministry spokeswoman Maria Zakharova said so on Thursday."
    keys = {m.entity.key for m in run(text).mentions if m.entity.type is EntityType.PERSON}
    assert keys == {"person/maria-zakharova"}


def test_first_person_in_a_quote_is_the_speakers_country(run: Callable[..., ArticleResult]) -> None:
    text = '"We will never accept the occupation of our territories," Georgian Foreign Minister David Zalkaliani said.'
    result = run(text, "2019-08-29")
    assert _countries_at(result, text, "We") == {"GEO"} and _countries_at(result, text, "our") == {"GEO"}
    both = '"Our two countries are friends," Aliyev said.'
    assert _countries_at(run(both, "2021-07-03"), both, "Our") == set()  # both sides, not the speaker's


def test_aliases_are_the_names_seen(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    usa = next(m.entity for m in result.mentions if m.entity.key == "country/USA")
    assert set(usa.aliases) == {"United States of America", "U.S."}
    aliyev = next(m.entity for m in result.mentions if m.entity.key == "person/ilham-aliyev")
    assert aliyev.aliases == ("Aliyev",)  # the bare title "President" is not a name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Russia and Georgia traded accusations over South Ossetia, officials in Tbilisi said.", "Georgia", {"GEO"}),
        ("Voters in Atlanta, Georgia, backed the Republican governor on Tuesday.", "Georgia", set()),
        ("Rebels of the M23 advanced on Goma as Congo accused Rwanda of backing them.", "Congo", {"COD"}),
        ("The president of Congo arrived in Brazzaville on Sunday.", "Congo", {"COG"}),
        ("Congo signed a new mining code on Monday.", "Congo", set()),
        ("Michael Jordan visited the city on Monday.", "Jordan", set()),
        ("Egypt and Jordan called for a ceasefire.", "Jordan", {"JOR"}),
        ("Chad Smith, the drummer, said he was ready.", "Chad", set()),
        ("Sudan and Chad agreed to reopen the border.", "Chad", {"TCD"}),
        ("Turkey sandwiches were served at the reception.", "Turkey", set()),
        ("Turkey and Greece held talks in Ankara.", "Turkey", {"TUR"}),
        ("Guinea-Bissau and Equatorial Guinea signed an accord with Guinea.", "Guinea-Bissau", {"GNB"}),
        ("Guinea-Bissau and Equatorial Guinea signed an accord with Guinea.", "Equatorial", {"GNQ"}),
        ("Guinea-Bissau and Equatorial Guinea signed an accord with Guinea.", "Guinea.", {"GIN"}),
        ("Trade with Latin America grew.", "America", set()),
        ("Beijing and Washington agreed to talk.", "Washington", {"USA"}),
        ("Seattle, Washington is rainy.", "Washington", set()),
        ("Denzel Washington starred in it.", "Washington", set()),
        ("The Washington Post reported it.", "Washington", set()),
        ("Indo-Pacific security was discussed.", "Indo-", set()),
        ("Clashes erupted in Tripoli, in northern Lebanon.", "Tripoli", set()),
        ("Britain outlawed a group in Northern Ireland.", "Ireland.", set()),
        ("Britain and Ireland signed a border accord.", "Ireland", {"IRL"}),
        ("Talks on Northern Cyprus resumed.", "Cyprus", {"XNC"}),  # its own entry, not the Republic of Cyprus
    ],
)
def test_ambiguous_names_are_read_in_context(run: Callable[..., ArticleResult], text: str, word: str, expected: set[str]) -> None:
    found = {c for c in _countries_at(run(text), text, word) if c}
    assert found == expected


def test_undecided_names_are_logged_at_debug_level(run: Callable[..., ArticleResult], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="kg.resolve"):
        run("Congo signed a new mining code on Monday.")
    assert any("'Congo'" in r.getMessage() and "unresolved" in r.getMessage() for r in caplog.records)


def test_more_sector_actors(run: Callable[..., ArticleResult]) -> None:
    result = run("Iranian militias attacked the base while Turkish warplanes struck Kurdish rebels.")
    actors = {m.entity.label: m.entity.role for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR}
    assert actors == {"Iranian militias": "armed groups", "Turkish warplanes": "military"}


def test_rdf_alt_labels_are_the_variants_seen(run: Callable[..., ArticleResult]) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import SKOS

    from kg.rdf import DEFAULT_BASE, to_dataset

    dataset = to_dataset([run(TEXT)], base=DEFAULT_BASE)
    usa = URIRef(f"{DEFAULT_BASE}id/country/USA")
    labels = {str(o) for o in dataset.objects(usa, SKOS.altLabel)}
    assert labels == {"United States of America", "U.S."}
    assert (usa, SKOS.altLabel, Literal("USA", lang="en")) not in dataset  # a variant not used by the article


def test_a_title_used_by_one_country_gives_that_country(run: Callable[..., ArticleResult]) -> None:
    text = "External Affairs Minister S. Jaishankar arrived in Tokyo. EAM will also call on the prime minister."
    result = run(text, "2024-03-07")
    jaishankar = {m.text: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert jaishankar["S. Jaishankar"].country == "IND"
    assert jaishankar["EAM"].key == jaishankar["S. Jaishankar"].key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Security Council met on Friday.", {"org/UNSC"}),
        ("Ali Shamkhani, secretary of Iran's Supreme National Security Council, signed it.", set()),
        ("Russia's Security Council discussed the matter.", set()),
    ],
)
def test_bare_un_organ_names_inside_other_names(run: Callable[..., ArticleResult], text: str, expected: set[str]) -> None:
    start = text.index("Security Council")
    found = {m.entity.key for m in run(text).mentions if m.start <= start < m.end and m.entity.type is EntityType.ORGANIZATION}
    assert found & {"org/UNSC"} == expected


def test_national_body_keeps_its_full_name_and_country(run: Callable[..., ArticleResult]) -> None:
    text = "Ali Shamkhani, secretary of Iran's Supreme National Security Council, signed it."
    orgs = {m.entity.label: m.entity.country for m in run(text).mentions if m.entity.type is EntityType.ORGANIZATION}
    assert orgs == {"Supreme National Security Council": "IRN"}


def test_titles_are_not_organisations_and_acronyms_in_brackets_corefer(run: Callable[..., ArticleResult]) -> None:
    text = ("Secretary of State Antony J. Blinken spoke with Prime Cabinet Secretary Musalia Mudavadi about the "
            "Multinational Security Support (MSS) mission. The MSS mission will grow.")
    result = run(text, "2024-07-10")
    orgs = {m.text: m.entity.key for m in result.mentions if m.entity.type is EntityType.ORGANIZATION}
    assert "State" not in orgs and "Cabinet" not in orgs
    assert len(set(orgs.values())) == 1 and "MSS" in orgs
    people = {m.entity.label: m.entity.country for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert people == {"Antony Blinken": "USA", "Musalia Mudavadi": "KEN"}


def test_hyphenated_title_before_a_name(run: Callable[..., ArticleResult]) -> None:
    result = run("Secretary-General António Guterres of the United Nations urged restraint.", "2023-05-14")
    [guterres] = [m.entity for m in result.mentions if m.entity.type is EntityType.PERSON]
    assert (guterres.label, guterres.role) == ("António Guterres", "secretary-general")


def test_definite_descriptions_resolve_to_the_entity_named_before(run: Callable[..., ArticleResult]) -> None:
    text = ("Guyana took the case to the International Court of Justice, and the court ordered Venezuela to wait. "
            "The bloc said nothing.")
    keys = {m.text: m.entity.key for m in run(text).mentions}
    assert keys["the court"] == "org/ICJ"
    assert "The bloc" not in keys  # no bloc named before: unresolved
    later = run("The European Union met ASEAN envoys. The bloc's ministers then met NATO.")
    assert {m.text: m.entity.key for m in later.mentions}["The bloc"] == "org/ASEAN"


def test_former_and_deputy_titles(run: Callable[..., ArticleResult]) -> None:
    result = run("Former US President Barack Obama met Russian Deputy Foreign Minister Sergei Ryabkov.", "2023-05-01")
    people = {m.entity.label: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert (people["Barack Obama"].role, people["Barack Obama"].country) == (None, "USA")
    assert (people["Sergei Ryabkov"].role, people["Sergei Ryabkov"].country) == ("deputy foreign minister", "RUS")
    # a former office is recorded as former, never as the current one
    offices = {(s.subject.label, s.predicate.name, s.object.label): s.former for s in result.statements}
    assert offices[("Barack Obama", "leaderOf", "United States")] is True
    assert offices[("Sergei Ryabkov", "officialOf", "Russia")] is False


def test_two_words_between_country_and_title_and_titled_org_names(run: Callable[..., ArticleResult]) -> None:
    result = run("Russian foreign ministry spokeswoman Maria Zakharova said so, "
                 "and Brazilian presidential adviser Celso Amorim agreed.")
    people = {m.entity.label: m.entity.country for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert people == {"Maria Zakharova": "RUS", "Celso Amorim": "BRA"}


def test_descriptions_and_pronouns_are_not_aliases(run: Callable[..., ArticleResult]) -> None:
    text = 'ASEAN met on Monday. The bloc agreed. "We are united," Vietnamese Foreign Minister Bui Thanh Son said.'
    asean = next(m.entity for m in run(text).mentions if m.entity.key == "org/ASEAN")
    assert "bloc" not in asean.aliases and "The bloc" not in asean.aliases


def test_one_label_per_sector_actor_and_other_phrases_as_aliases(run: Callable[..., ArticleResult]) -> None:
    result = run("Russian troops crossed the line. Later Russian forces withdrew.")
    actors = {m.entity for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR}
    assert len(actors) == 1
    [actor] = actors
    assert (actor.label, actor.aliases) == ("Russian troops", ("Russian forces",))


def test_title_with_a_country_places_the_one_person_in_that_role(run: Callable[..., ArticleResult]) -> None:
    text = "Mali ordered the French ambassador to leave. The authorities summoned Ambassador Joël Meyer."
    result = run(text, "2022-01-31")
    start = text.index("ambassador to leave")
    [mention] = [m for m in result.mentions if m.start == start]
    assert (mention.entity.label, mention.entity.country) == ("Joël Meyer", "FRA")


def test_we_in_quotes_nested_in_an_unpaired_quote_gets_one_country(run: Callable[..., ArticleResult]) -> None:
    """A quotation inside another: "we" belongs to the inner quotation's speaker, once (it used to get both, and crash)."""
    text = (
        "\u201cOur close cooperation with NATO matters. "
        '"We will not accept that our partners dictate our choices," Mali\'s Foreign Minister Abdoulaye Diop told reporters. '
        "China is Kenya's largest source of imports.\n\n"
        "We would like to see American companies as partners in this process,\u201d the President of Azerbaijan said."
    )
    firsts = [(m.start, m.entity.key) for m in run(text).mentions if m.text.lower() in ("we", "our")]
    inner = (text.index('"'), text.index('"', text.index('"') + 1))
    assert len(firsts) == len({start for start, _ in firsts}) == 5  # one country per word
    assert all((key == "country/MLI") == (inner[0] < start < inner[1]) for start, key in firsts)
    assert {key for _, key in firsts} == {"country/MLI", "country/AZE"}


def test_sector_actor_keys_make_valid_iris(run: Callable[..., ArticleResult]) -> None:
    """"Iranian militias" (sector "armed groups") gets a key without spaces, so its IRI serialises."""
    result = run("Iranian militias attacked the base.")
    keys = {m.entity.key for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR}
    assert keys == {"actor/IRN-armed-groups"}
