"""A past-tense verb the tagger read as an adjective of its object is read as the clause's verb (kg/_past_verbs.py).

"Norland armed Sudian rebels." was parsed as one noun phrase headed by "rebels" ("armed" an adjective, the name a
modifier of the noun): the sentence had no verb and stated nothing. The ``past_verbs`` component makes such a past
form of a lexicon verb (kg/data/past_verbs.tsv) the verb, the name before it its subject and the noun its object,
only where the phrase stands for a clause (a sentence without a finite verb, or the object of "said"). "Armed forces
of Y attacked Z", "the armed Y-ian soldiers crossed the border" and "Y's armed forces" keep their adjective.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _acts(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements if s.predicate.category != "STRUCTURAL"}


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        ("Canada armed Ukrainian forces.", "arm", "Canada", "forces"),
        ("Last year Iran armed Yemeni rebels.", "arm", "Iran", "rebels"),
        ("Chile armed Peru's navy.", "arm", "Chile", "navy"),
        ("Turkish officials said Ankara armed Azerbaijani forces.", "arm", "Ankara", "forces"),
    ],
)
def test_a_past_form_before_its_object_is_the_verb(nlp: Language, text: str, verb: str, subject: str, obj: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == verb)
    assert token.pos_ == "VERB" and token.tag_ == "VBD"
    assert [c.text for c in token.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in token.children if c.dep_ == "dobj"] == [obj]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a nationality, a possessive, a name as the object; a fronted date, a "with" phrase, a clause of saying
        ("Canada armed Ukrainian forces.", ("CAN", "providesAidTo", "UKR")),
        ("Chile armed Peru's navy.", ("CHL", "providesAidTo", "PER")),
        ("Norway armed Finland.", ("NOR", "providesAidTo", "FIN")),
        ("Last year Iran armed Yemeni rebels with drones.", ("IRN", "providesAidTo", "YEM")),
        ("Turkish officials said Ankara armed Azerbaijani forces.", ("TUR", "providesAidTo", "AZE")),
        ("The United States armed Ukrainian fighters.", ("USA", "providesAidTo", "UKR")),
        # the name parsed as the root, a clause of saying after, a first clause swallowed by the second's subject
        ("Qatar armed Hamas.", ("QAT", "providesAidTo", "PSE")),
        ("Russia armed Belarusian troops, officials said.", ("RUS", "providesAidTo", "BLR")),
        ("Turkey armed Azerbaijan's army and trained its officers.", ("TUR", "providesAidTo", "AZE")),
        # a second verb after "and" hung on the shared object
        ("Norway praised and armed Finnish troops.", ("NOR", "providesAidTo", "FIN")),
        ("Sweden praised and armed Estonian volunteers.", ("SWE", "providesAidTo", "EST")),
    ],
)
def test_the_act_of_a_misread_past_form_is_read(run: Run, text: str, act: tuple[str, str, str]) -> None:
    assert act in _acts(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # the adjective of a force, before or after a determiner or a possessive; the force's own noun alone
        "Armed forces of Peru crossed the river at dawn.",
        "The armed Peruvian soldiers crossed the border.",
        "Peru's armed forces held a parade.",
        "Canada armed forces.",
        "Peruvian armed groups.",
    ],
)
def test_an_adjective_of_a_force_is_no_act_of_arming(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "providesAidTo"]


def test_a_second_past_form_after_and_is_the_shared_objects_verb(nlp: Language) -> None:
    doc = nlp("Norway armed and trained Finnish troops.")
    armed, trained, troops = doc[1], doc[3], doc[5]
    assert (trained.dep_, trained.head.i, trained.pos_) == ("conj", armed.i, "VERB")
    assert (troops.dep_, troops.head.i) == ("dobj", trained.i)


@pytest.mark.parametrize("text", ["Norway sent food and armed guards to Finland.", "Ghana, armed Togolese police and Benin held talks."])
def test_an_armed_noun_in_a_list_is_no_verb(nlp: Language, text: str) -> None:
    assert all(t.pos_ != "VERB" or t.dep_ != "conj" for t in nlp(text) if t.lower_ == "armed")


def test_a_sentence_with_its_verb_is_left_as_parsed(nlp: Language) -> None:
    doc = nlp("Armed forces of Peru attacked Chile.")
    assert doc[0].pos_ == "ADJ" and doc[0].dep_ == "amod"
    assert next(t for t in doc if t.lower_ == "attacked").dep_ == "ROOT"
