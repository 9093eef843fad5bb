"""Putting someone under arrest or investigation, wherever the parse hangs "under ..." (CAMEO 173, 090).

"X put the Y journalist under arrest" is read through the verb trigger "put under arrest"; the parse may hang
the phrase on the object noun, on a relative clause or participle inside the object, or on a second object it
makes a conjunct of the verb. The phrase that ends the object is the verb's all the same.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.patterns import _prep_objects_of
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _events(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.country or s.object.label) for s in result.statements}


def test_under_hung_on_the_object_noun_is_the_verbs(nlp: Language) -> None:
    """A parse that makes "under arrest" a modifier of the object: the verb still has it."""
    words = ["Greece", "put", "the", "Turkish", "journalist", "under", "arrest", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert any(prep == "under" and "arrest" in words for prep, words in _prep_objects_of(doc[1]))


def test_an_under_phrase_inside_the_object_that_does_not_end_it_is_not_the_verbs(nlp: Language) -> None:
    """"Put the reporter under arrest in Athens" hung on the object: the phrase must end the object's phrase."""
    words = ["Greece", "put", "the", "reporter", "under", "arrest", "with", "others", "."]
    heads = [1, 1, 3, 1, 3, 4, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert any(prep == "under" and "arrest" in words for prep, words in _prep_objects_of(doc[1]))  # ends the object ("with others" is the verb's)
    words = ["Greece", "put", "the", "reporter", "under", "arrest", "in", "Athens", "."]
    heads = [1, 1, 3, 1, 3, 4, 3, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert all(prep != "under" for prep, _ in _prep_objects_of(doc[1]))  # "in Athens" ends the object, not "under arrest"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greek police put a Turkish journalist who had filmed the base under arrest.", ("Greek police", "coerces", "TUR")),  # relative clause
        ("Greece put a Turkish journalist working for a news agency under arrest.", ("Greece", "coerces", "TUR")),  # participle
        ("Greece put a Turkish journalist and his driver under arrest.", ("Greece", "coerces", "TUR")),  # conjunct of the verb
        ("Greece placed a Turkish consul who had met the rebels under investigation.", ("Greece", "investigates", "TUR")),
        ("Greece put the Turkish journalist under house arrest.", ("Greece", "coerces", "TUR")),  # attached to the verb
    ],
)
def test_put_under_arrest_or_investigation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(run(text))
    subj, pred, country = expected
    assert any(s == subj and p == pred and (o == country or o.startswith("Turk")) for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Greece put the Turkish ship under pressure.",  # not a captivity
        "Greece put a journalist who had filmed the base under arrest.",  # no country named for the person
        "Greece put a Turkish journalist who had lived under arrest for years on trial.",  # the phrase ends no object
    ],
)
def test_no_arrest_of_a_countrys_national(run: Run, text: str) -> None:
    found = _events(run(text))
    assert not any(p == "coerces" and (o == "TUR" or o.startswith("Turk")) for _, p, o in found), found
