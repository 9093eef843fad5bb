"""Verb forms the model's rule lemmatizer sends to another verb ("staged" -> "stag") get their own verb."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import events, expect
from spacy.language import Language

from kg.model import ArticleResult

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The rebels waged a long war.", "waged", "wage"),
        ("The army is waging a campaign.", "waging", "wage"),
        ("The union stages a strike every year.", "stages", "stage"),
        ("She hoped for a deal.", "hoped", "hope"),
        ("The troops spared the town.", "spared", "spare"),
        # nouns keep the lemmatizer's answer
        ("Their wages rose.", "wages", "wage"),
        ("Two stags fought in the park.", "stags", "stag"),
    ],
)
def test_a_verb_form_gets_its_own_verb(nlp: Language, text: str, word: str, lemma: str) -> None:
    doc = nlp(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


def test_the_first_document_is_corrected_too() -> None:
    """The table lemmatizer sends the first document through spaCy's own lemmatizer: it is corrected there as well."""
    from kg.nlp import load_nlp

    load_nlp.cache_clear()
    try:
        doc = load_nlp()("Both sides waged war.")
        assert doc[2].lemma_ == "wage"
    finally:
        load_nlp.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran waged a war against Iraq for eight years.", ("Iran", "fightsWith", "Iraq")),
        ("Iran has waged a proxy war against Saudi Arabia.", ("Iran", "fightsWith", "Saudi Arabia")),
        ("Thousands of Kenyans staged a protest against Uganda outside its embassy in Nairobi.", ("Kenyans", "protests", "Uganda")),  # Kenya's people (a plural demonym), not its state
        ("Ghana staged military exercises near the border with Togo.", ("Ghana", "mobilizes", "Togo")),
        ("The theatre in Lima staged a play about Chile and Peru.", None),
    ],
)
def test_events_of_mis_lemmatised_light_verbs(run: Callable[..., ArticleResult], text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


def test_the_table_is_what_its_script_builds() -> None:
    spec = importlib.util.spec_from_file_location("build_lemma_exceptions", ROOT / "scripts" / "build_lemma_exceptions.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    written = (ROOT / "kg" / "data" / "lemma_exceptions.tsv").read_text(encoding="utf-8").splitlines()
    assert written == script.table_lines()
