"""Title-case headlines are read as clauses (kg/nlp.py, _lower_capitalised_verbs; kg/data/headline_verbs.tsv).

The tagger takes a capitalised verb of a title-case headline for a word of a name ("Chile Expels Two Peruvian
Diplomats" as one long name); the third-person present forms of the extractor's verbs are featurised in lower
case, so the headline's act is read, with its evidence the headline as written.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import events, expect

from kg.model import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
Run = Callable[..., ArticleResult]

#: A body that states no event: only the headline says what happened.
BODY = "The foreign ministry gave no further details on Monday."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # an object with a nationality, an "of" complement, an infinitive, a "with" phrase, a "from" phrase, an event noun
        ("Chile Expels Two Peruvian Diplomats", ("Chile", "sanctions", "Peru")),
        ("Bolivia Accuses Paraguay Of Spying", ("Bolivia", "accuses", "Paraguay")),
        ("Argentina Urges Uruguay To Reopen Border", ("Argentina", "demands", "Uruguay")),
        ("Ecuador Threatens Colombia With Sanctions", ("Ecuador", "threatens", "Colombia")),
        ("Peru Recalls Ambassador From Chile", ("Peru", "sanctions", "Chile")),
        ("Venezuela Condemns Guyanese Missile Test", ("Venezuela", "criticizes", "Guyana")),
    ],
)
def test_a_title_case_headline_is_a_clause(run: Run, headline: str, expected: tuple[str, str, str]) -> None:
    result = run(f"{headline}\n\n{BODY}")
    expect(events(result), expected)
    found = [s for s in result.statements if s.predicate.category != "STRUCTURAL"]
    assert all(s.evidence.text == headline and s.evidence.start == 0 for s in found), [(s.evidence.text, s.evidence.start) for s in found]


@pytest.mark.parametrize(
    "headline",
    [
        # distractors: no verb of ours, a plural noun that is also a verb form, a name
        "The Art Of Diplomacy: A Review",
        "Trade Talks And Their Discontents",
        "Attacks On Reason: Essays By Maria Burns",
    ],
)
def test_a_headline_without_an_act_states_nothing(run: Run, headline: str) -> None:
    expect(events(run(f"{headline}\n\n{BODY}")), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural noun opening a body sentence is still a noun
        ("Talks between Chile and Peru resumed in Lima on Monday.", ("Chile", "meetsWith", "Peru")),
        ("Attacks by Chilean troops on Peruvian posts continued.", ("Chilean troops", "attacks", "Peru")),
    ],
)
def test_a_capitalised_plural_noun_in_the_body_is_a_noun(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


def test_a_surname_that_is_a_verb_form_stays_a_name(run: Run) -> None:
    # "Burns" is a proper noun in WordNet: its capitalised form keeps its shape, and the NER its name
    result = run("Chilean envoy Maria Burns met Peruvian officials in Lima on Monday.")
    assert any(m.text == "Maria Burns" for m in result.mentions), [m.text for m in result.mentions]


def test_the_table_regenerates() -> None:
    spec = importlib.util.spec_from_file_location("build_headline_verbs", ROOT / "scripts" / "build_headline_verbs.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert "\n".join(builder.table_lines()) + "\n" == (ROOT / "kg" / "data" / "headline_verbs.tsv").read_text(encoding="utf-8")
