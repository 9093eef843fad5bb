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
        ("Algeria severed diplomatic relations with Morocco.", ("Algeria", "sanctions", "Morocco")),
        ("Russia was condemned by Germany.", ("Germany", "criticizes", "Russia")),
        ("The occupation of the territories of Azerbaijan by Armenia ended.", ("Armenia", "occupies", "Azerbaijan")),
        ("Japan urged China to release the detained sailors.", ("Japan", "demands", "China")),
        ("Georgia lodged a formal protest with Russia.", ("Georgia", "protests", "Russia")),
        ("Kenya thanked China for its support.", ("Kenya", "praises", "China")),
    ],
)
def test_finds_relation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_symmetric_pair_once_in_canonical_order(run: Run) -> None:
    result = run("Cooperation between Azerbaijan and the United States is growing.")
    coop = [s for s in result.statements if s.predicate.name == "cooperatesWith"]
    assert len(coop) == 1 and (coop[0].subject.key, coop[0].object.key) == ("country/AZE", "country/USA")


def test_topic_object_gets_clean_label(run: Run) -> None:
    result = run("We highly appreciate the support provided by the United States in the diversification of energy supply routes.")
    labels = {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}
    assert ("United States", "supports", "diversification of energy supply routes") in labels


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
        "Algeria is Africa's largest country by area, and Morocco exports phosphates.",
        "Football fans in both Algeria and Morocco are looking ahead to the World Cup.",
        "Temperatures in Manila are forecast to reach 35 degrees as the Philippines enters its dry season.",
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
    result = run("The two countries have had no diplomatic relations with each other since 2008, and Georgia has no ties with Russia.")
    st = [s for s in result.statements if s.predicate.name == "diplomaticRelationsWith"]
    assert st and all(s.modality is Modality.NEGATED for s in st)


def test_headline_form_attributes_to_the_person_before_the_colon(run: Run) -> None:
    result = run("Ilham Aliyev: US can contribute to establishing sustainable peace\n\nThe President of Azerbaijan spoke.")
    [st] = [s for s in result.statements if s.predicate.name == "contributesTo"]
    assert st.subject.label == "United States" and st.modality is Modality.POSSIBLE
    assert st.attributed_to is not None and st.attributed_to.label == "Ilham Aliyev"


def test_agrees_to_takes_a_topic_not_a_bystander(run: Run) -> None:
    result = run("Uzbekistan and Kazakhstan agreed to implement the hydropower project together with Kyrgyzstan.")
    agreed = [s for s in result.statements if s.predicate.name == "agreesTo"]
    assert {s.subject.label for s in agreed} == {"Uzbekistan", "Kazakhstan"}
    assert all(s.object.type.value == "Topic" for s in agreed)


def test_threat_takes_the_target_of_its_complement(run: Run) -> None:
    found = triples(run("Pakistan threatened to break off diplomatic relations with Costa Rica."))
    assert ("Pakistan", "threatens", "Costa Rica") in found


def test_partnership_between_hyphenated_adjectives(run: Run) -> None:
    result = run("The leaders noted that the Uzbek-Kazakh relations of strategic partnership are developing dynamically.")
    [st] = [s for s in result.statements if s.predicate.name == "strategicPartnerOf"]
    assert {st.subject.label, st.object.label} == {"Uzbekistan", "Kazakhstan"}
