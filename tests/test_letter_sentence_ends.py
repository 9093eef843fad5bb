"""A capital letter with a full stop ends a sentence after a label noun or a regnal name (``kg.nlp.letter_sentence_ends``)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The envoy visited Section B. Peter Jones welcomed him.", "The envoy visited Section B."),
        ("Norway chose Plan B. Sweden did not.", "Norway chose Plan B."),
        ("Talks reached Phase C. Officials from Chile were pleased.", "Talks reached Phase C."),
        ("The president of Kenya met King Omar I. Ruto said the talks went well.", "The president of Kenya met King Omar I."),
    ],
)
def test_a_label_letter_or_regnal_number_ends_the_sentence(nlp: Language, text: str, first: str) -> None:
    doc = nlp(text)
    sentences = [s.text for s in doc.sents]
    assert sentences[0] == first and len(sentences) == 2
    assert not [e for e in doc.ents if e.start_char < len(first) < e.end_char], doc.ents  # no name across the full stop
    assert doc.text == text  # offsets of the evidence unchanged


@pytest.mark.parametrize(
    "text",
    [
        "Officials met with John F. Kennedy in Boston.",
        "They met Ana B. Sol in Lima.",
        "Delegates from Peru met Maria T. Lopez of Chile.",
    ],
)
def test_an_initial_stays_inside_its_name(nlp: Language, text: str) -> None:
    """Distractor: an initial between a given name and a surname is no sentence end."""
    assert len(list(nlp(text).sents)) == 1


def test_the_regnal_number_person_does_not_take_the_next_sentence_subject(run) -> None:  # type: ignore[no-untyped-def]
    result = run("The president of Kenya met King Omar I. Ruto said the talks went well.")
    assert not [m for m in result.mentions if "Ruto" in m.entity.label and "Omar" in m.entity.label]
