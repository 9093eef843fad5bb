"""Feelings caused by another's act, and hostile acts vowed (issue 16, session 22).

* "Y's decision angered X", "the shelling by Y outraged X", "Y's offer pleased X": the one who feels evaluates the
  act's doer (CAMEO 111 / 051), as "X was angered by Y's decision" does; "the move angered X" after Y's act names Y
  (the definite event description of kg/extract/_discourse.py).
* "X vowed to retaliate", "X pledged to punish Y": a hostile act vowed is no agreement; with a target it is read by
  the act's own trigger (a threat).
* "EU monitors criticized Azerbaijan.": a name the parse takes for an adverbial right after the verb is its object.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia's decision to close the crossing angered Bosnia.", ("Bosnia and Herzegovina", "criticizes", "Serbia")),
        ("The seizure of the trawler by Russian guards infuriated Norway.", ("Norway", "criticizes", "Russian guards")),
        ("Qatar's offer of talks delighted Egypt.", ("Egypt", "praises", "Qatar")),
        ("India banned rice exports to Nepal. The move angered Kathmandu.", ("Nepal", "criticizes", "India")),
    ],
)
def test_a_feeling_caused_by_an_act_evaluates_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize("text", ["The storm upset the shipping schedule.", "The result angered the fans.", "The news shocked Peru."])
def test_no_evaluation_without_an_act_of_an_actor(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] in ("criticizes", "praises")], said


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("The EU raised duties on Chinese cars. Beijing vowed to retaliate.", "agreesTo", None),
        ("Pakistan vowed to retaliate against India.", "agreesTo", ("Pakistan", "threatens", "India")),
        ("Iran swore to punish Azerbaijan.", "agreesTo", ("Iran", "threatens", "Azerbaijan")),
    ],
)
def test_a_hostile_act_vowed_is_no_agreement(run: Run, text: str, absent: str, present: tuple[str, str, str] | None) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] == absent], said
    assert present is None or present in said, said


def test_a_cooperative_act_pledged_is_still_intended(run: Run) -> None:
    said = triples(run("Ghana pledged to cooperate with Togo on border security."))
    assert ("Ghana", "cooperatesWith", "Togo") in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU monitors criticized Azerbaijan.", ("European Union", "criticizes", "Azerbaijan")),  # the parse: npadvmod
        ("Georgia's offer of talks pleased Armenia.", ("Armenia", "praises", "Georgia")),
    ],
)
def test_a_name_parsed_as_an_adverbial_after_the_verb_is_its_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize("text", ["Kenya said Monday it would leave the talks.", "The two ministers met Friday in Lima."])
def test_a_date_after_the_verb_is_no_object(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[2] in ("Monday", "Friday")], said
