"""A verb done again ("re-established", "re-imposed") stays one token with its stem's lemma, and is read as that act."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect
from spacy.language import Language

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Chile re-established ties with Peru.", "re-established", "establish"),
        ("Chile has re-imposed sanctions on Peru.", "re-imposed", "impose"),
        ("Chile is re-opening its embassy.", "re-opening", "open"),
        ("Chile re-staged the drill.", "re-staged", "stage"),  # the stem's own lemma exception
    ],
)
def test_a_verb_done_again_is_one_token_with_its_stems_lemma(nlp: Language, text: str, word: str, lemma: str) -> None:
    doc = nlp(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma], [(t.text, t.lemma_) for t in doc]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The anti-Russian protest grew.", ["anti", "-", "Russian"]),  # other prefixes split as before
        ("Chile and Peru co-operate on fishing.", ["co", "-", "operate"]),
        ("Its re-election was welcomed.", ["re-election"]),  # a noun keeps its form
    ],
)
def test_other_hyphens_split_as_before(nlp: Language, text: str, words: list[str]) -> None:
    tokens = [t.text for t in nlp(text)]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens))), tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar and Egypt re-established diplomatic relations.", ("Egypt", "diplomaticRelationsWith", "Qatar")),
        ("Chile re-imposed sanctions on Peru.", ("Chile", "sanctions", "Peru")),
        ("Chile has re-deployed troops to the border with Peru.", ("Chile", "mobilizes", "Peru")),
        ("Re-establishing ties with Peru, Chile said the matter was closed.", ("Chile", "diplomaticRelationsWith", "Peru")),
    ],
)
def test_the_act_done_again(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text)) | {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert expected in found or (expected[2], expected[1], expected[0]) in found, found


def test_a_redone_act_of_no_state_is_nothing(run: Run) -> None:
    expect(events(run("The museum re-opened its doors in Lima.")), None)
