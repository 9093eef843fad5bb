"""A verb form the tagger took for a noun that heads a clause (a subject and a direct object, which only a verb has) is
a verb: "The Armenian army retook Y from Z" where "retook" is tagged as a noun (kg.nlp.TableLemmatizer, for the
irregular forms of kg/data/lemma_exceptions.tsv). Then it is lemmatised and read as the verb it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples
from spacy.language import Language

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym + army subject, the place from the gazetteer's cities
        ("The Armenian army retook Shusha from Azerbaijan.", ("ARM", "attacks", "AZE")),
        # with a date adjunct
        ("The Ethiopian army retook Gondar from Eritrea on Monday.", ("ETH", "attacks", "ERI")),
        # a participial apposition on the subject
        ("Thai forces, backed by US air power, retook Hat Yai from Malaysia.", ("THA", "attacks", "MYS")),
    ],
)
def test_a_clause_head_tagged_as_a_noun_is_read_as_its_verb(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_the_repaired_word_is_a_verb_with_its_lemma(nlp: Language) -> None:
    doc = nlp("The Armenian army retook Shusha from Azerbaijan.")
    word = next(t for t in doc if t.lower_ == "retook")
    assert (word.pos_, word.lemma_) == ("VERB", "retake")


def test_a_noun_of_the_same_form_stays_a_noun(nlp: Language) -> None:
    doc = nlp("Georgian workers' wages rose sharply last year.")
    assert next(t for t in doc if t.lower_ == "wages").pos_ == "NOUN"
