"""Protest forms by crowds abroad or against a foreign state (PLOVER PROTEST; CAMEO 141, 143, 145), session 23.

* A strike staged, held, called or gone on is a stoppage of work (CAMEO 143; PETRARCH2 "ARRANGE * STRIKE", "CALL *
  STRIKE", "START * STRIKE IN PROTEST"), not an attack; its "against" names the target, also on the noun.
* A protest verb that is the purpose of another act takes its crowd, its place and the mission it is held at from
  that act: "went on strike to protest Y's quotas", "gathered outside the Y embassy in X to protest".
* Protesters gathering at a foreign mission protest (PETRARCH2 "ASSEMBLE DEMONSTRATORS *"); diplomats do not.
* A hyphenated protest noun ("sit-in") is read as head and compound; a mission is its state, not its government too.
* A street protest held by no one named is held by protesters of the one country it is held in ("a rally was held
  outside the Y embassy in X"); a diplomatic note handed to a mission is no crowd's.
* Residents of a place who protest are its civilians.
* A crowd that marches, demonstrates or rallies protests (PETRARCH2 "MARCH", "DEMONSTRATE"); its own "anti-Y" names the
  target and is no nationality ("anti-Y protesters rallied in X" are X's); others who march or demonstrate do not.
* A mission stormed, besieged or ransacked by a crowd, in the passive too, and a high commission, stand for their state.
kg/extract/_constructions.py (_protest_subjects, _served_clause, _gathered_protesters, _unnamed_protesters,
_held_against, _crowd, crowd_protest, _mission), kg/extract/patterns.py (_completing_nouns, a crowd's rally),
kg/extract/lexicon.py (hyphenated nouns), kg/resolve.py (_against),
kg/data/lexicon.yaml (the strike and gathering rows).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples, events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb + "strike", the target on the noun
        ("Cambodian farmers went on strike against Thai border fees.", ("KHM", "protests", "THA")),
        ("Port workers in Durban held a strike against Chinese shipping lines.", ("ZAF", "protests", "CHN")),
        ("Dock workers in Lagos staged a strike against South African firms.", ("NGA", "protests", "ZAF")),
        # the strike's purpose names the target; the crowd is the served clause's subject
        ("Moroccan fishermen went on strike to protest Spanish fishing quotas.", ("MAR", "protests", "ESP")),
        ("Pakistani traders went on strike to protest Afghan border closures.", ("PAK", "protests", "AFG")),
    ],
)
def test_strikes_are_protests(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    found = country_triples(result)
    assert expected in found, found
    assert not [t for t in found if t[1] == "attacks"], found
    assert all(s.cameo == "143" for s in result.statements if s.predicate.name == "protests")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose's place and mission are the served verb's
        ("Residents gathered outside the Turkish embassy in Nicosia to protest the new checkpoints.", ("CYP", "protests", "TUR")),
        ("Crowds gathered outside the US embassy in Baghdad to protest the airstrike.", ("IRQ", "protests", "USA")),
        ("Thousands took to the streets of Tbilisi to protest Russia's troop presence.", ("GEO", "protests", "RUS")),
        # protesters gathering at a mission
        ("Protesters congregated in front of the Saudi embassy in Sanaa.", ("YEM", "protests", "SAU")),
        ("Demonstrators gathered in front of the Danish embassy in Islamabad.", ("PAK", "protests", "DNK")),
        # a hyphenated protest noun after a light verb
        ("Students held a sit-in outside the Japanese embassy in Seoul.", ("KOR", "protests", "JPN")),
        # a street protest held by no one named
        ("A rally was held outside the Ethiopian embassy in Cairo on Monday.", ("EGY", "protests", "ETH")),
        ("A march against the Chinese dam project was staged in Hanoi.", ("VNM", "protests", "CHN")),
        ("Demonstrations broke out outside the Dutch embassy in Ankara.", ("TUR", "protests", "NLD")),
        # residents of a place
        ("Residents in Jaffna rallied against Indian fishing trawlers.", ("LKA", "protests", "IND")),
    ],
)
def test_protests_placed_abroad(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_a_mission_is_its_state_only(run: Run) -> None:
    """"at the French consulate": France, not also the French government."""
    result = run("Students staged a sit-in at the French consulate in Dakar.")
    objects = {s.object.key for s in result.statements if s.predicate.name == "protests"}
    assert objects == {"country/FRA"}, objects
    assert {s.subject.key for s in result.statements} == {"actor/SEN-education"}


def test_a_crowd_with_its_own_demonym_keeps_it(run: Run) -> None:
    found = country_triples(run("Turkish protesters in Berlin marched against the German government."))
    assert ("TUR", "protests", "DEU") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # gatherings of others at a mission
        "Officials gathered at the Italian embassy in Madrid for a reception.",
        "Ambassadors assembled at the Canadian embassy in Oslo.",
        "Fans gathered outside the Brazilian embassy in Tokyo to celebrate.",
        # domestic: the crowd's own state
        "A protest was staged in Rome against Italian austerity.",
        "Workers in Lyon went on strike against the French pension reform.",
        "Protesters in Beijing rallied against the Chinese government.",
        "Students staged a sit-in at the Kenyan ministry in Nairobi.",
        # a strike of no crowd, or another sense
        "Bowlers took a wicket after the strike in Colombo.",
        "The workers went on strike on Monday.",
    ],
)
def test_no_protest(run: Run, text: str) -> None:
    expect(events(run(text)), None)


def test_a_diplomatic_note_is_no_crowds(run: Run) -> None:
    """A protest note handed to a mission in X is not a protest by X's protesters."""
    result = run("A protest note was handed to the Vietnamese embassy in Beijing.")
    assert not [s for s in result.statements if s.subject.role == "opposition"], result.statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Royal Air Force launched a strike against Libyan air defences.", ("GBR", "attacks", "LBY")),
        ("Israeli jets carried out a strike on Syrian positions.", ("ISR", "attacks", "SYR")),
    ],
)
def test_armed_strikes_stay_attacks(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert not [t for t in found if t[1] == "protests"], found


def test_hyphenated_noun_triggers_are_head_and_compound() -> None:
    from kg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert any(t.predicate.name == "protests" and t.extra == ("sit",) for t in lexicon.nouns["in"])
    assert "sit-in" not in lexicon.nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of anti-Turkish demonstrators rallied in Nicosia.", ("CYP", "protests", "TUR")),
        ("Anti-American students demonstrated in Manila.", ("PHL", "protests", "USA")),
        ("Anti-Chinese demonstrators marched in Hanoi.", ("VNM", "protests", "CHN")),
        ("Rioters stormed the Pakistani high commission in Kabul.", ("AFG", "protests", "PAK")),
        ("The Swedish embassy in Tehran was besieged by protesters.", ("IRN", "protests", "SWE")),
        ("The Qatari consulate in Benghazi was ransacked by a mob.", ("LBY", "protests", "QAT")),
    ],
)
def test_crowds_against_a_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert len(found) == 1, found  # no crowd of the "anti-" state, no mission's government besides its state


@pytest.mark.parametrize(
    "text",
    [
        "Egypt demonstrated its new air defences to Saudi Arabia.",
        "Nigerian soldiers marched into the Chadian village.",
        "Hungarian fans marched through Bucharest.",
        "Anti-war protesters marched in London.",
        "Thousands rallied in Taipei in support of the island's president.",
    ],
)
def test_no_crowd_protest(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in ("protests", "mobilizes")], found


def test_a_hunger_strike_is_coded_142(run: Run) -> None:
    """CAMEO 142 "conduct hunger strike" (PETRARCH2 "START * {HUNGER STRIKE}")."""
    result = run("An Eritrean activist started a hunger strike in front of the Ethiopian embassy in Rome.")
    found = [s for s in result.statements if s.predicate.name == "protests"]
    assert found and {s.cameo for s in found} == {"142"}, [(s.subject.label, s.object.label, s.cameo) for s in found]
    assert ("ERI", "protests", "ETH") in country_triples(result)


@pytest.mark.parametrize(
    "text",
    [
        # a display, not a demonstration of feelings (WordNet demonstration n.1)
        "Turkey held a demonstration of its new drones for Azerbaijani officials.",
        "A demonstration of the new Chinese drone was held in Dubai.",
        # a protest whose own holders are named
        "A protest was held outside the Iranian embassy in London by Iranian exiles.",
    ],
)
def test_no_protest_of_the_place(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] == "protests" and t[0] in ("TUR", "ARE", "GBR")], found


def test_crowd_flag_is_validated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``crowd: true`` marks bare verbs only; the shipped march, demonstrate and rally carry it."""
    from kg.errors import LexiconInvalid
    from kg.extract.lexicon import check_lexicon_files, load_lexicon

    lexicon = load_lexicon()
    assert {lemma for lemma in ("march", "demonstrate", "rally") if any(t.crowd and t.predicate.name == "protests" for t in lexicon.verbs[lemma])} \
        == {"march", "demonstrate", "rally"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - predicate: protests\n    verbs: [\"march against\"]\n    crowd: true\n", encoding="utf-8")
    with pytest.raises(LexiconInvalid, match="crowd needs bare verb"):
        check_lexicon_files([bad])
    bad.write_text("entries:\n  - predicate: protests\n    verbs: [march]\n    crowd: maybe\n", encoding="utf-8")
    with pytest.raises(LexiconInvalid, match="crowd must be true or false"):
        check_lexicon_files([bad])


@pytest.mark.parametrize(
    "text",
    [
        # a crowd's verb its own words complete keeps its reading
        "Students demonstrated in solidarity with Palestinians in Amman.",
        "Thousands marched in Nairobi in support of Ukraine.",
    ],
)
def test_a_crowds_completed_verb_is_no_protest(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] == "protests"], found
