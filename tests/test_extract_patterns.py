"""The patterns.v1 extractor on short sentences: what it must find and what it must not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import triples
from kg.errors import LexiconInvalid
from kg.extract.lexicon import load_lexicon
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France condemned Russia over the attack.", ("France", "criticizes", "Russia")),
        ("Chile severed diplomatic relations with Peru last week.", ("Chile", "sanctions", "Peru")),
        ("Russia was condemned by Germany.", ("Germany", "criticizes", "Russia")),
        ("The occupation of the islands of Peru by Chile lasted a year.", ("Chile", "occupies", "Peru")),
        ("Japan urged China to release the detained sailors.", ("Japan", "demands", "China")),
        ("Norway lodged a strong protest with Chile.", ("Norway", "protests", "Chile")),
        ("Kenya thanked China for its support.", ("Kenya", "praises", "China")),
    ],
)
def test_finds_relation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_symmetric_pair_once_in_canonical_order(run: Run) -> None:
    result = run("Cooperation between Chile and Norway has deepened this year.")
    coop = [s for s in result.statements if s.predicate.name == "cooperatesWith"]
    assert len(coop) == 1 and (coop[0].subject.key, coop[0].object.key) == ("country/CHL", "country/NOR")


def test_topic_object_gets_clean_label(run: Run) -> None:
    result = run("We appreciate the support given by Norway in the modernisation of our port facilities.")
    labels = {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}
    assert ("Norway", "supports", "modernisation of port facilities") in labels


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The United States can contribute to peace in the region.", Modality.POSSIBLE),
        ("Japan will invest in India.", Modality.INTENDED),
        ("China did not criticize Russia.", Modality.NEGATED),
        ("China criticized Russia.", Modality.ASSERTED),
    ],
)
def test_modality(run: Run, text: str, modality: Modality) -> None:
    statements = [s for s in run(text).statements if s.predicate.category != "STRUCTURAL"]
    assert statements and statements[0].modality is modality


def test_quote_is_attributed_to_speaker_and_we_is_their_country(run: Run) -> None:
    text = '"We support Georgia\'s sovereignty," Ukraine\'s Foreign Minister Dmytro Kuleba said.'
    result = run(text)
    [st] = [s for s in result.statements if s.predicate.name == "supports"]
    assert st.subject.label == "Ukraine" and st.attributed_to is not None and st.attributed_to.label == "Dmytro Kuleba"


def test_event_date_from_text(run: Run) -> None:
    result = run("Last year, France criticized Russia.", published="2021-07-03")
    [st] = result.statements
    assert st.date is not None and st.date.isoformat() == "2020-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Chile is the longest country in the Americas, and Peru exports copper.",
        "Rugby fans in both Chile and Peru are already planning trips to the final.",
        "Rainfall in Lima is expected to double as Peru heads into its wet season.",
    ],
)
def test_distractors_yield_nothing(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.category != "STRUCTURAL"]


def test_user_lexicon_adds_triggers(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("entries:\n  - predicate: criticizes\n    verbs: [lambast]\n", encoding="utf-8")
    assert "lambast" in load_lexicon([extra]).verbs


def test_bad_user_lexicon_names_file_and_problem(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("entries:\n  - predicate: loves\n    verbs: [adore]\n", encoding="utf-8")
    with pytest.raises(LexiconInvalid, match=r"bad.yaml: entry 1: Unknown predicate 'loves'"):
        load_lexicon([extra])


def test_every_predicate_has_a_trigger() -> None:
    from kg.vocab import predicates

    lexicon = load_lexicon()
    covered = {t.predicate.name for table in (lexicon.verbs, lexicon.nouns, lexicon.adjectives) for ts in table.values() for t in ts}
    assert set(predicates()) - covered <= {"leaderOf", "officialOf"}


def test_no_relations_is_negated(run: Run) -> None:
    result = run("Chile and Bolivia have had no diplomatic ties since 1978.")
    st = [s for s in result.statements if s.predicate.name == "diplomaticRelationsWith"]
    assert st and all(s.modality is Modality.NEGATED for s in st)


def test_headline_form_attributes_to_the_person_before_the_colon(run: Run) -> None:
    result = run("Gabriel Boric: Norway can contribute to a lasting settlement in the region\n\nThe President of Chile spoke.")
    [st] = [s for s in result.statements if s.predicate.name == "contributesTo"]
    assert st.subject.label == "Norway" and st.modality is Modality.POSSIBLE
    assert st.attributed_to is not None and st.attributed_to.label == "Gabriel Boric"


def test_agrees_to_takes_a_topic_not_a_bystander(run: Run) -> None:
    result = run("Uzbekistan and Kazakhstan agreed to build the new canal together with Kyrgyzstan.")
    agreed = [s for s in result.statements if s.predicate.name == "agreesTo"]
    assert all(s.object.type.value == "Topic" for s in agreed)
    # building "together with" Kyrgyzstan is the act agreed to: cooperation intended with it, no agreement reached with it
    joint = {(s.subject.label, s.object.label, s.modality) for s in result.statements if s.predicate.name == "cooperatesWith"}
    assert {frozenset(("Uzbekistan", "Kyrgyzstan")), frozenset(("Kazakhstan", "Kyrgyzstan"))} <= {frozenset((a, b)) for a, b, _ in joint}, joint
    assert all(m is Modality.INTENDED for _, _, m in joint), joint
    assert not [s for s in result.statements if s.predicate.name == "signsAgreementWith" and "Kyrgyzstan" in (s.subject.label, s.object.label)]


def test_threat_takes_the_target_of_its_complement(run: Run) -> None:
    found = triples(run("Norway threatened to cut off diplomatic relations with Chile."))
    assert ("Norway", "threatens", "Chile") in found


def test_partnership_between_hyphenated_adjectives(run: Run) -> None:
    result = run("The ministers said that the Uzbek-Kazakh ties of strategic partnership keep growing.")
    [st] = [s for s in result.statements if s.predicate.name == "strategicPartnerOf"]
    assert {st.subject.label, st.object.label} == {"Uzbekistan", "Kazakhstan"}
