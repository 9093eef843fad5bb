"""The spaCy pipeline: paragraph-aware sentences and the gazetteer entity ruler."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from kg.model import ArticleResult
from conftest import triples

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def test_headline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("William Ruto: Japan can help build roads\n\nPresident of Kenya William Ruto wrote a letter.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "William Ruto: Japan can help build roads"


def test_ruler_runs_before_ner_and_tags_countries(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    doc = nlp("The blockade of the ports of Chile by Peru was lifted. Peru agreed.")
    peru = [e for e in doc.ents if e.text == "Peru"]
    assert len(peru) == 2 and {e.label_ for e in peru} == {"GPE"} and {e.ent_id_ for e in peru} == {"country/PER"}


def test_demonyms_metonyms_and_prefixes(nlp: Language) -> None:
    doc = nlp("The Kremlin rejected Sino-American talks, Azerbaijani officials said.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Kremlin"] == "country/RUS" and ids["Azerbaijani"] == "country/AZE" and ids["Sino-"] == "country/CHN"


def test_abbreviated_country_before_a_hyphen_is_its_own_token(nlp: Language) -> None:
    doc = nlp("Ghana restored ties with Togo in a U.S.-backed deal under a U.S.-Kenya accord.")
    assert [e.ent_id_ for e in doc.ents if e.text == "U.S."] == ["country/USA", "country/USA"]


def test_tables_give_the_models_annotations(nlp: Language) -> None:
    """The tables that replace the model's attribute_ruler and lemmatizer set the same tags, POS,
    morphology, lemmas and labels on every token, contractions and two-token patterns included; only
    the verb forms of kg/data/lemma_exceptions.tsv get their own verb ("staging": "stage", not "stag"), and a word
    tagged a present-tense verb in a noun's slot is a noun ("held air force drills": kg.nlp._noun_slot). The
    title-case headline component, which parses a line again, is left out."""
    from kg.nlp import _verb_exceptions

    exceptions = _verb_exceptions()
    assert {"attribute_table", "lemmatizer_table"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)
    stock = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    stock.tokenizer.infix_finditer = nlp.tokenizer.infix_finditer  # type: ignore[union-attr]
    stock.add_pipe("paragraph_sentences", before="parser")
    assert {"attribute_ruler", "lemmatizer"} <= set(stock.pipe_names)
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts.append(
        "Y'all ain't gonna believe it: let's go, c'mon, I gotta say there is no way. We've been had, didn't we? "
        "He'd've said so, wouldn't he? 'Em folks doin' fine, goin' home. It's hers, not theirs; she gets what she got."
    )
    compared = 0
    with nlp.select_pipes(disable=["title_case_headlines"]):
        parsed = list(nlp.pipe(texts))
    for ours, theirs in zip(parsed, stock.pipe(texts), strict=True):
        assert [t.text for t in ours] == [t.text for t in theirs]
        for a, b in zip(ours, theirs, strict=True):
            if a.pos_ == "NOUN" and b.tag_ in ("VBZ", "VBP"):
                continue  # a noun's slip mended
            lemma = exceptions.get(b.lower_, b.lemma_) if b.pos_ == "VERB" else b.lemma_
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_, a.dep_, a.head.i) == (b.tag_, b.pos_, str(b.morph), lemma, b.dep_, b.head.i), a.text
            compared += 1
    assert compared > 4000
    last = [(t.text, t.lemma_, t.pos_) for t in ours]
    assert ("na", "to", "PART") in last and ("ai", "be", "AUX") in last and ("is", "be", "VERB") in last


def test_attribute_table_follows_the_rulers_semantics_for_every_kind_of_pattern() -> None:
    """Equality, IN, NOT_IN, REGEX and flag tests, two-token patterns with an index, operators (left to a
    Matcher), several alternatives, and later patterns overriding earlier ones: the same as spaCy's ruler."""
    from spacy.lang.en import English

    from kg.nlp import TableAttributeRuler

    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET", "LEMMA": "the"}},
        {"patterns": [[{"LOWER": {"IN": ["a", "an"]}}]], "attrs": {"POS": "DET", "LEMMA": "a"}},
        {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT", "MORPH": "PunctType=Peri"}},
        {"patterns": [[{"LOWER": {"REGEX": "^[0-9]+$"}}]], "attrs": {"POS": "NUM"}},
        {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"POS": "PROPN", "LEMMA": "NYC"}, "index": 1},
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], "attrs": {"LEMMA": "large"}, "index": -1},
        {"patterns": [[{"LOWER": "the"}], [{"ORTH": "This"}]], "attrs": {"POS": "PRON"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a", "new"]}, "IS_ALPHA": True}]], "attrs": {"MORPH": "Foo=Bar"}},
    ])
    texts = ["The very very big city of New York has 8000000 people.", "This is a new york, an apple; the end!", ""]
    stock = [ruler(nlp.make_doc(t)) for t in texts]
    table = TableAttributeRuler(ruler)  # type: ignore[arg-type]
    assert len(table.matcher) == 1  # only the pattern with an operator needs a Matcher
    ours = [table(nlp.make_doc(t)) for t in texts] + [table(nlp.make_doc(t)) for t in texts]  # the second pass reads the table
    for a, b in zip(ours, stock + stock, strict=True):
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in a] == [(t.pos_, t.lemma_, str(t.morph)) for t in b]
    assert [(t.text, t.pos_, t.lemma_) for t in ours[0] if t.lower_ in ("the", "york", "big", "8000000")] == [
        ("The", "PRON", "the"), ("big", "", "large"), ("York", "PROPN", "NYC"), ("8000000", "NUM", "")]


HEADLINE_CASES = [
    ("Analysis", "Armenia signed a trade agreement with Georgia on Monday.", ("Armenia", "signsAgreementWith", "Georgia")),
    ("BREAKING", "Egypt accused Sudan of backing the rebels.", ("Egypt", "accuses", "Sudan")),
    ("Update", "Chile criticized Peru over the fishing dispute.", ("Chile", "criticizes", "Peru")),
    ("Opinion", "Norway signed a fisheries agreement with Iceland.", ("Norway", "signsAgreementWith", "Iceland")),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINE_CASES)
def test_a_one_word_headline_does_not_take_the_first_word_of_the_body(nlp: Language, run: Callable[..., ArticleResult], headline: str, body: str, expected: tuple[str, str, str]) -> None:
    doc = nlp(f"{headline}\n\n{body}\n")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [headline, body]
    assert expected in triples(run(f"{headline}\n\n{body}\n"))


def test_a_one_word_headline_over_a_body_without_a_relation_yields_nothing(run: Callable[..., ArticleResult]) -> None:
    assert not run("Analysis\n\nThe weather in the capital was mild on Monday.\n").statements
