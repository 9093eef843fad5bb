"""A participial clause that opens a sentence ("Accusing Y of espionage, X said ...") is tagged and parsed as one.

The tagger takes a capitalised -ing form at the head of a sentence for a proper noun; kg.nlp featurises the
-ing forms of the extractor's verbs (kg/data/participle_openers.tsv) in lower case, so the clause is read
with the main clause's subject as its doer.
"""

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
    ("text", "word"),
    [
        ("Bombing Morocco, the army said the matter was closed.", "Bombing"),
        ("Accusing Peru of spying, Chile recalled its envoy.", "Accusing"),
        ("Backing Ghana's bid, Togo voted yes.", "Backing"),
    ],
)
def test_a_capitalised_opener_is_a_participle(nlp: Language, text: str, word: str) -> None:
    token = nlp(text)[0]
    assert (token.text, token.tag_, token.dep_) == (word, "VBG", "advcl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accusing Peru of espionage, Chile said the matter was closed.", ("Chile", "accuses", "Peru")),
        ("Bombing Morocco, the Algerian government said the matter was closed.", ("Algerian government", "attacks", "Morocco")),
        ("Backing Ghana's bid to host the summit, Togo said it would vote.", ("Togo", "supports", "Ghana")),
        ("Warning Ukraine of retaliation, Belarus closed the border.", ("Belarus", "threatens", "Ukraine")),
        ("Criticizing Romania, Hungary said the matter was closed.", ("Hungary", "criticizes", "Romania")),
    ],
)
def test_the_openers_act_is_the_main_subjects(run: Callable[..., ArticleResult], text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Reading the statement, the Chilean minister smiled.",  # no verb of ours
        "Meeting rooms in Lima were closed.",  # a noun compound, not a participle with an object
    ],
)
def test_no_event_without_an_act_of_ours(run: Callable[..., ArticleResult], text: str) -> None:
    expect(events(run(text)), None)


def test_the_table_regenerates() -> None:
    spec = importlib.util.spec_from_file_location("build_participle_openers", ROOT / "scripts" / "build_participle_openers.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert "\n".join(builder.table_lines()) + "\n" == (ROOT / "kg" / "data" / "participle_openers.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the subject, with its relative clause or apposition, on the participle's object
        ("Dismissing Peru's demands, Chile, which holds the presidency of the bloc this year, said the matter was closed.", ("Chile", "rejects", "Peru")),
        ("Bombing Morocco, Algeria, which has long disputed the border, said the raids would go on.", ("Algeria", "attacks", "Morocco")),
        ("Accusing Peru of spying, Chile, the region's largest exporter, recalled its envoy.", ("Chile", "accuses", "Peru")),
    ],
)
def test_an_openers_subject_set_off_by_commas(run: Callable[..., ArticleResult], text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


def test_a_list_of_objects_is_no_subject(run: Callable[..., ArticleResult]) -> None:
    """"Criticizing Peru, Bolivia and Ecuador, the Chilean minister said ...": the minister, not Bolivia, criticizes."""
    found = events(run("Criticizing Peru, Bolivia and Ecuador, the Chilean foreign minister said the matter was closed."))
    assert not any(s in ("Bolivia", "Ecuador") for s, _, _ in found), found
