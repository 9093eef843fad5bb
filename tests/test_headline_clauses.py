"""Headlines the tagger garbles (kg/_headline_verbs.py, the ``headline_verbs`` pipeline component; kg/data/headline_verbs.tsv,
kg/data/headline_phrases.tsv from scripts/build_headline_verbs.py): a verbless line whose verb was read as a noun
("X sanctions Y firms", "X, Y trade fire") is re-read as a clause; an object noun parsed as a clause of the name before
it ("Y's NATO bid", "Y-ian bid") is a noun; comma-joined subjects of several words (kg/extract/_arguments._headline_pair);
"X-led" weapons act for X (_arguments._LED_WEAPONS); blocking another's bid is a rejection (CAMEO 129, lexicon.yaml)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import country_triples, events

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country name, a plural noun object, a reason after "over"
        ("Canada sanctions Nicaraguan judges over crackdown", ("CAN", "sanctions", "NIC")),
        # an organisation of the gazetteer
        ("EU sanctions Iranian officials over drone deliveries", (None, "sanctions", "IRN")),
        # a capital for its state, a compound object
        ("Washington sanctions Cuban military firms", ("USA", "sanctions", "CUB")),
        # demonym + noun: the adjective the parse hung on the verb is the noun's
        ("Australian government sanctions Myanmar generals", ("AUS", "sanctions", "MMR")),
        # the base form after two actors joined by "and"
        ("Canada and Britain sanction Russian steel firms", ("GBR", "sanctions", "RUS")),
        # title case
        ("Norway Sanctions Belarusian Judges Over Trials", ("NOR", "sanctions", "BLR")),
        # a state's body named after its country
        ("Russian Foreign Ministry summons Danish envoy", ("RUS", "protests", "DNK")),
    ],
)
def test_a_verbless_headline_is_read_as_a_clause(run: Run, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia, Azerbaijan exchange fire on disputed frontier", ("Armenia", "fightsWith", "Azerbaijan")),
        # names of two words on both sides of the comma
        ("North Korea, South Korea trade warning shots", ("North Korea", "threatens", "South Korea")),
        ("Kenya, Somalia trade accusations over border raid", ("Kenya", "accuses", "Somalia")),
        ("Ethiopia, Eritrea swap prisoners", ("Ethiopia", "concedes", "Eritrea")),
        ("Thailand, Cambodia Trade Fire Near Temple", ("Thailand", "fightsWith", "Cambodia")),
    ],
)
def test_a_verb_and_its_object_after_comma_joined_actors(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found or (expected[2], expected[1], expected[0]) in found, found  # a symmetric predicate: one way


def test_the_parse_of_a_reread_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Norway, Sweden trade fire along the fjord")
    verb = doc[3]
    assert (verb.lemma_, verb.pos_, verb.dep_) == ("trade", "VERB", "ROOT")
    # a comma joins the names as "and" would
    assert [(t.text, [c.text for c in t.conjuncts]) for t in verb.children if t.dep_ == "nsubj"] == [("Norway", ["Sweden"])]
    assert [t.text for t in verb.children if t.dep_ == "dobj"] == ["fire"]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an exchange is over is no side of it, in a headline or a sentence
        ("Venezuela, Guyana trade barbs over Essequibo", ("Venezuela", "criticizes", "Guyana")),
        ("Morocco and Algeria traded threats over Western Sahara.", ("Morocco", "threatens", "Algeria")),
    ],
)
def test_the_matter_of_an_exchange_is_no_side(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found and (expected[2], expected[1], expected[0]) in found
    assert all(o in (expected[0], expected[2]) for _, _, o in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi-led jets pound Houthi bases near Hodeidah", ("Saudi Arabia", "attacks", "Houthis")),
        ("The Saudi-led jets struck Houthi depots near the coast on Friday.", ("Saudi Arabia", "attacks", "Houthis")),
        ("US-led warplanes bomb Houthi bunkers near Sanaa", ("United States", "attacks", "Houthis")),
    ],
)
def test_x_led_weapons_act_for_x(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey blocks Finland's EU bid", ("TUR", "rejects", "FIN")),
        ("Greece blocks Albania's accession talks", ("GRC", "rejects", "ALB")),
        ("Hungary stalls Sweden's NATO membership", ("HUN", "rejects", "SWE")),
        # verbless: "stymies" read as a plural noun, "Georgian" as the subject of "bid"
        ("Russia stymies Georgian bid for UN seat", ("RUS", "rejects", "GEO")),
        # verbless, two subjects: "veto" read as a noun; the adjective the parse hung on the verb is the object's
        ("Britain, France veto Syrian bid for council seat", ("GBR", "rejects", "SYR")),
        # past tense, full stop, "the X government"
        ("The Hungarian government obstructed Ukraine's accession bid on Thursday.", ("HUN", "rejects", "UKR")),
    ],
)
def test_blocking_another_s_bid_is_a_rejection(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    assert expected in country_triples(result)
    assert all(s.cameo == "129" for s in result.statements if s.predicate.name == "rejects")


@pytest.mark.parametrize(
    "text",
    [
        # sports: no contest of arms, and goals are no weapon
        "Brazil, Argentina trade goals in draw",
        "Uruguay, Chile trade blows in qualifier",
        # markets
        "Oil prices trade higher on supply fears",
        # companies: no state
        "Apple sanctions employees over leaks",
        "Tesla Sanctions Staff Over Leaks",
        "US firm Boeing sanctions Chinese suppliers",
        "Google, Microsoft trade barbs over AI",
        "Apple, Samsung trade lawsuits",
        # a noun phrase headline
        "Canadian sanctions relief for Iran",
        "Sanctions tracker",
        # a plural noun that is a verb's form, then a label: no actor after it
        "EU pledges tracker",
        "France visits timeline",
        # blocking a road or a march is no rejection of a state
        "Protesters block road to embassy",
        "Police block march in capital",
    ],
)
def test_distractor_headlines_state_nothing(run: Run, text: str) -> None:
    assert not events(run(text))


def test_a_noun_phrase_headline_keeps_its_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    # "talks" is a verb's form, but "Norland-Sudia trade" names no actor: the line stays one noun phrase
    doc = nlp("Japan-Korea trade talks update")
    assert not [t for t in doc if t.pos_ == "VERB"]


def test_a_noun_of_sanctions_in_a_sentence_stays_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("US sanctions on Chinese firms took effect on Monday.")
    assert doc[1].pos_ == "NOUN"
    doc = nlp("Talks on the tariffs resumed\n\nUS sanctions on Chinese firms took effect on Monday.")
    assert all(t.lemma_ != "sanction" or t.pos_ == "NOUN" for t in doc)


def test_a_sentence_that_shares_its_line_is_no_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    # the same words after another sentence on their line are left as parsed
    doc = nlp("Markets were calm. US sanctions Chinese firms over Iran oil")
    assert doc[5].lower_ == "sanctions" and doc[5].pos_ == "NOUN"
    doc = nlp("Markets were calm.\nUS sanctions Chinese firms over Iran oil")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["sanction"]


def test_headline_phrases_table_is_built_from_the_lexicon() -> None:
    spec = importlib.util.spec_from_file_location("build_headline_verbs", ROOT / "scripts" / "build_headline_verbs.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert "\n".join(builder.phrase_lines()) + "\n" == (ROOT / "kg" / "data" / "headline_phrases.tsv").read_text(encoding="utf-8")
