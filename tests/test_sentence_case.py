"""Title-case headlines read as their sentence-case copy (kg/_sentence_case.py), and a present-tense verb tag in a
noun's slot read as a noun (kg/nlp.py, ``_noun_slot``).

A title-case headline capitalises every word, and the tagger takes its verb and the nouns after it for words of one
name, whether or not the verb is one of the featurised forms of kg/data/headline_verbs.tsv. The component parses a
copy whose common words are lowered, lays that parse over the line, and the headline's act is read with its
evidence the headline as written. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult
from kg.nlp import parse
from kg.read.text import article_from_text

Run = Callable[..., ArticleResult]

#: A body that states no event: only the headline says what happened.
BODY = "The foreign ministry gave no further details on Monday."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a verb that is mostly a noun ("Masses", "Protests", "Lodges"), with a place, an object noun, a "with" phrase
        ("Kenya Masses Troops On Somali Border", ("Kenya", "mobilizes", "Somalia")),
        ("Chile Protests Peruvian Fishing Boats In Its Waters", ("Chile", "protests", "Peru")),
        ("Ghana Lodges Protest With Togo Over Border Post", ("Ghana", "protests", "Togo")),
        # a subject of two words, and a preposition's object
        ("Greek Navy Seizes Turkish Trawler Near Crete", ("Greek Navy", "coerces", "Türkiye")),
        ("Norway Pledges Aid To Yemen", ("Norway", "providesAidTo", "Yemen")),
    ],
)
def test_a_title_case_headline_reads_as_its_sentence_case_form(run: Run, headline: str, expected: tuple[str, str, str]) -> None:
    result = run(f"{headline}\n\n{BODY}")
    expect(events(result), expected)
    found = [s for s in result.statements if s.predicate.category != "STRUCTURAL"]
    assert all(s.evidence.text == headline and s.evidence.start == 0 for s in found), [(s.evidence.text, s.evidence.start) for s in found]


@pytest.mark.parametrize(
    "headline",
    [
        # distractors: a win, a contest, a review: title case without an act between states
        "Norway Wins Eurovision Song Contest",
        "Kenyan Runners Dominate Boston Marathon",
        "The Art Of Diplomacy: A Review Of New Books",
    ],
)
def test_a_title_case_headline_without_an_act_states_nothing(run: Run, headline: str) -> None:
    expect(events(run(f"{headline}\n\n{BODY}")), None)


def test_the_line_keeps_its_text_and_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya Masses Troops On Somali Border\n\nKenyan troops moved north on Monday."
    _, doc = next(parse([article_from_text(text, "t.txt")], nlp))
    assert doc.text == text
    masses = doc[1]
    assert (masses.text, masses.pos_, masses.lemma_) == ("Masses", "VERB", "mass")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.end <= 6] == [("Kenya", "country/KEN"), ("Somali", "country/SOM")]
    assert [s.text for s in doc.sents][:1] == ["Kenya Masses Troops On Somali Border"]


@pytest.mark.parametrize(
    ("headline", "lowered"),
    [
        # a leader's name, a name the lemmatizer does not know, a place WordNet writes only with a capital
        ("Trump Meets Ruto In Nairobi", ["Meets", "In"]),
        ("Theresa May Visits Crete", ["Visits"]),
        ("Kenya May Send Troops To Somalia", ["May", "Send", "Troops", "To"]),
    ],
)
def test_names_stay_capitalised(nlp, headline: str, lowered: list[str]) -> None:  # type: ignore[no-untyped-def]
    from kg._sentence_case import _lowered

    lookups = nlp.get_pipe("lemmatizer_table").lemmatizer.lookups
    with nlp.select_pipes(disable=["title_case_headlines"]):
        doc = nlp(headline)
    assert [t.text for t in _lowered(doc[:], lookups)] == lowered


def test_a_sentence_case_line_is_not_parsed_again(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg._sentence_case import _title_case

    doc = nlp("Kenya masses troops on Somali border\n\nBody.")
    assert not _title_case(doc[0:6])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "drills" tagged a present-tense verb where only a noun can stand: an object, after modifiers, in a list
        ("Kenya held air force drills near Somalia.", ("Kenya", "mobilizes", "Somalia")),
        ("Greece staged air force drills near Turkey on Monday.", ("Greece", "mobilizes", "Türkiye")),
        ("Peru and Chile began joint air force drills on Sunday.", ("Chile", "cooperatesWith", "Peru")),
    ],
)
def test_a_verb_tag_in_a_nouns_slot_is_a_noun(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a verb that heads its clause stays a verb
        "A Kenyan firm drills for oil near the coast.",
        "The air force drills its pilots every spring.",
    ],
)
def test_a_verb_heading_its_clause_stays_a_verb(run: Run, text: str) -> None:
    expect(events(run(text)), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed force that drills or exercises near another's ground: a verb, a verbless sentence's plural noun
        # root (the tagger's slip), a past form with "off"
        ("Kenya's army drills near the Somali border.", ("Kenya army", "mobilizes", "Somalia")),
        ("The Greek navy exercises near Turkish islands every summer.", ("Greek navy", "mobilizes", "Türkiye")),
        ("Chilean warships drilled off Peru's coast on Monday.", ("Chilean warships", "mobilizes", "Peru")),
        ("Kenyan Navy Drills Near Somali Coast", ("Kenyan Navy", "mobilizes", "Somalia")),
    ],
)
def test_a_force_that_drills_near_another_mobilizes(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        # distractors: no armed force, no place after the verb, no country naming the force, a transitive "exercise"
        "Kenyan students drill near the Somali border.",
        "Joint navy exercises near Somalia.",
        "The Kenyan army exercised restraint near the border with Somalia.",
        "Kenya's troop movements near Somalia.",
    ],
)
def test_drills_without_a_force_or_a_place_state_nothing(run: Run, text: str) -> None:
    expect(events(run(text)), None)
