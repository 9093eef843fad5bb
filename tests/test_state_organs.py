"""A state's named legislatures act for it; a legislature's acts; envoys declared persona non grata (session 23, organs23).

* "the Knesset", "the Bundestag", "the Lok Sabha", "Congress" are sector actors (legislature) of their state
  (kg/data/state_organs.tsv, read with state_forces.tsv by kg.gazetteer). Names that other bodies share are weighed
  in their context (kg/data/ambiguous.yaml): "Congress" is the US Congress unless the context is India's or another
  country's; "the Diet" is Japan's, not food; a country before the name names that country's body
  (kg.resolve._qualified_organ: "Canada's House of Commons", "Peru's Congress").
* A bill, law or resolution passed, approved, adopted or enacted is its issuer's act (kg/data/issued_documents.yaml):
  "X passed a bill imposing sanctions on Y" (CAMEO 163), "a resolution condemning Y" (111); "pass" and "enact" are
  light verbs, as "approve" and "adopt" are: "X passed sanctions against Y".
* An act voted for is the voter's: "X voted for sanctions against Y", "X voted in favour of sanctions on Y" (the
  "against" the parse hangs on the verb is no "vote against" Y); "voted against sanctions on Y" stays a rejection.
* Declaring an envoy persona non grata expels him (kg/extract/_unwelcome.py; CAMEO 161 as "expel ambassador").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult, EntityType, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Knesset", "ISR"), ("Bundestag", "DEU"), ("Lok Sabha", "IND"), ("National People's Congress", "CHN"),
     ("Storting", "NOR"), ("State Duma", "RUS"), ("Grand National Assembly of Turkey", "TUR"), ("Federation Council", "RUS")],
)
def test_named_legislatures_are_sector_actors_of_their_state(name: str, country: str) -> None:
    entity = load_gazetteer().lookup(name)
    assert entity is not None and entity.type is EntityType.SECTOR_ACTOR
    assert (entity.country, entity.role) == (country, "legislature")
    assert load_gazetteer().entity(entity.key) == entity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb with the measure itself
        ("Congress passed new sanctions against Nicaragua last week.", ("USA", "sanctions", "NIC")),
        ("The Duma approved sanctions against Georgia.", ("RUS", "sanctions", "GEO")),
        # a law's participle clause, and a relative clause
        ("The State Duma approved a law imposing sanctions on Moldova.", ("RUS", "sanctions", "MDA")),
        ("The Sejm has adopted a bill that imposes sanctions on Belarus.", ("POL", "sanctions", "BLR")),
        # a passive with the legislature as agent
        ("New sanctions on Belarus were approved by the Sejm on Friday.", ("POL", "sanctions", "BLR")),
        # a resolution condemning, a bill recognising
        ("The Lok Sabha unanimously passed a resolution condemning Pakistan.", ("IND", "criticizes", "PAK")),
        ("The Verkhovna Rada passed a resolution denouncing Hungary's veto.", ("UKR", "criticizes", "HUN")),
        ("The Storting approved a bill recognising Palestine as a state.", ("NOR", "supports", "PSE")),
        ("The House of Lords approved a bill imposing sanctions on Iran.", ("GBR", "sanctions", "IRN")),
        ("The Diet enacted a law imposing sanctions on Russia.", ("JPN", "sanctions", "RUS")),
    ],
)
def test_a_named_legislature_acts_for_its_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congress imposed sanctions on Venezuela.", ("USA", "sanctions", "VEN")),
        ("The US Congress passed a resolution condemning Iran.", ("USA", "criticizes", "IRN")),
        ("Canada's House of Commons passed a motion condemning China.", ("CAN", "criticizes", "CHN")),
        ("Peru's Congress passed a motion condemning Chile.", ("PER", "criticizes", "CHL")),
        ("The Diet passed a resolution condemning North Korea's missile launches.", ("JPN", "criticizes", "PRK")),
        ("Japan's Diet passed a resolution condemning North Korea.", ("JPN", "criticizes", "PRK")),
        ("Iranian lawmakers met in Tehran. The Majlis passed a resolution condemning Britain.", ("IRN", "criticizes", "GBR")),
    ],
)
def test_a_shared_name_is_read_in_its_context(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "The Congress party accused Prime Minister Modi of bowing to Pakistan.",  # India's party, not the US Congress
        "In New Delhi, Congress accused the government of yielding to China.",
        "The Indian National Congress criticized Pakistan.",
    ],
)
def test_congress_in_indian_politics_is_no_us_organ(run: Run, text: str) -> None:
    said = country_triples(run(text))
    assert not [t for t in said if t[0] == "USA"], said


@pytest.mark.parametrize(
    "text",
    [
        "The Knesset passed the budget for next year.",  # a domestic act
        "The Duma adopted a law on regional elections.",
        "The Sejm adopted a resolution condemning Poland's former government.",  # its own state
        "The diet of the Russian troops was poor, a Ukrainian officer said.",  # food
        "Diet Coke sales rose in France and Germany.",
        "The Majlis passed a resolution condemning Britain.",  # whose Majlis: no context, no state
    ],
)
def test_domestic_acts_and_other_senses_give_nothing(run: Run, text: str) -> None:
    said = [t for t in country_triples(run(text)) if t[1] not in ("leaderOf", "officialOf")]
    assert not said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru declared the Mexican ambassador persona non grata.", ("PER", "sanctions", "MEX")),
        # an indefinite envoy: the parse hangs the noun on the phrase's first word ("[a Y diplomat persona] non grata")
        ("Zambia declared a Chinese diplomat persona non grata.", ("ZMB", "sanctions", "CHN")),
        ("Peru declared a Mexican consul persona non grata on Monday.", ("PER", "sanctions", "MEX")),
        ("Estonia declared two Russian diplomats personae non gratae on Monday.", ("EST", "sanctions", "RUS")),
        ("The Mexican ambassador was declared persona non grata by Peru.", ("PER", "sanctions", "MEX")),
        ("Ghana has declared Togo's consul a persona non grata.", ("GHA", "sanctions", "TGO")),
        ("Russia's consul in Estonia was declared persona non grata.", ("EST", "sanctions", "RUS")),
        ("The Kenyan government declared the Ugandan high commissioner persona non grata.", ("KEN", "sanctions", "UGA")),
        ("Chile's envoy, who was declared persona non grata by Bolivia, left La Paz on Friday.", ("BOL", "sanctions", "CHL")),
    ],
)
def test_an_envoy_declared_persona_non_grata_is_expelled(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


def test_a_declaration_is_coded_as_an_expulsion_with_its_modality(run: Run) -> None:
    found = [s for s in run("Moldova will declare three Russian embassy officials persona non grata.").statements if s.predicate.name == "sanctions"]
    assert found and all(s.cameo == "161" and s.modality is Modality.INTENDED for s in found), found
    denied = [s for s in run("Latvia did not declare the Belarusian ambassador persona non grata.").statements if s.predicate.name == "sanctions"]
    assert denied and all(s.modality is Modality.NEGATED for s in denied), denied


@pytest.mark.parametrize(
    "text",
    [
        "Peru declared the Mexican singer persona non grata.",  # no envoy: a ban on entry
        "Peru declared a Mexican singer persona non grata.",
        "Peru declared its own ambassador persona non grata.",
        "The rapper was declared persona non grata in Azerbaijan.",
        "Peru declared the Mexican ambassador a guest of honour.",
    ],
)
def test_no_envoy_or_no_declaration_gives_no_expulsion(run: Run, text: str) -> None:
    said = [t for t in country_triples(run(text)) if t[1] == "sanctions"]
    assert not said, said


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [("BND", "DEU", "intelligence"), ("DGSE", "FRA", "intelligence"), ("Carabinieri", "ITA", "police"), ("Guardia Civil", "ESP", "police")],
)
def test_more_services_by_their_own_name(name: str, country: str, sector: str) -> None:
    entity = load_gazetteer().lookup(name)
    assert entity is not None and (entity.type, entity.country, entity.role) == (EntityType.SECTOR_ACTOR, country, sector)


def test_a_city_duma_is_not_the_state_duma(run: Run) -> None:
    result = run("The Moscow City Duma condemned Latvia.")
    assert not [s for s in result.statements if s.subject.key == "actor/RUS-state-duma"], result.statements
    said = country_triples(run("Russia's Duma condemned Latvia."))
    assert ("RUS", "criticizes", "LVA") in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sejm voted in favour of sanctions against Belarus.", ("POL", "sanctions", "BLR")),
        ("Congress voted overwhelmingly for new sanctions on Russia.", ("USA", "sanctions", "RUS")),
        ("Slovakia voted in favor of the sanctions against Iran on Monday.", ("SVK", "sanctions", "IRN")),
    ],
)
def test_an_act_voted_for_is_the_voters(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said
    assert not [t for t in said if t[1] == "rejects"], said


def test_voting_against_an_act_stays_a_rejection(run: Run) -> None:
    said = country_triples(run("Hungary voted against new sanctions on Russia."))
    assert not [t for t in said if t[1] == "sanctions"], said
    assert [t for t in said if t[1] == "rejects"], said


def test_a_title_case_headline_names_the_envoy_not_the_phrase(run: Run) -> None:
    result = run("Chile Declares Bolivian Consul Persona Non Grata")
    found = [s for s in result.statements if s.predicate.name == "sanctions"]
    assert ("CHL", "sanctions", "BOL") in {(s.subject.country, "sanctions", s.object.country) for s in found}, found
    assert not [s for s in found if s.object.type is EntityType.PERSON], found
