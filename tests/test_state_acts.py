"""Acts only a state performs, said in the passive without an agent (issue 16, CAMEO 172-174 and 090; PLOVER COERCE, INVESTIGATE).

"A Canadian citizen was arrested in Iran" names no one who arrested, but only Iran's authorities arrest in Iran:
event coders (PETRARCH2, PLOVER) code Iran's act on Canada's citizen. The verbs and their prepositions are in
``kg/data/state_acts.yaml``: arrest, detention, imprisonment, sentencing, prosecution and investigation "in Y";
deportation, expulsion and extradition "from Y". An act anyone may do ("kidnapped in Y") names no doer; a place that
is no country names none either; a participle's noun is its patient, never its doer.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finite passive, the place on the verb
        ("A Canadian citizen was arrested in Iran on spying charges.", ("Iran", "coerces", "Canadian citizen")),
        ("Two Kenyan journalists were detained in Ethiopia last week.", ("Ethiopia", "coerces", "Kenyan journalists")),
        # a capital stands for its country
        ("A Swiss national was arrested in Tehran.", ("Iran", "coerces", "Swiss national")),
        # the place hung on the noun of the act's own phrase
        ("A Chilean national was placed under investigation in Peru for fraud.", ("Peru", "investigates", "Chilean national")),
        ("A Kenyan activist was sentenced to death in Uganda.", ("Uganda", "coerces", "Kenyan activist")),
        # removal: the country left
        ("A British tourist was deported from Thailand on Monday.", ("Thailand", "coerces", "British tourist")),
        # a reduced relative: the participle's noun is the patient
        ("A Canadian citizen arrested in Iran last week was released on Friday.", ("Iran", "coerces", "Canadian citizen")),
    ],
)
def test_the_state_of_the_place_performs_the_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "A Canadian citizen was kidnapped in Iran.",  # anyone may kidnap
        "The suspects were arrested in the capital.",  # no country named
        "The Iranian dissident was arrested in Iran.",  # domestic
        "Talks were held in Iran on Monday.",  # no act of a state on a person
        "A Canadian citizen arrested last week was released on Friday.",  # no place: no doer, and never the citizen
    ],
)
def test_no_state_is_named_without_a_country_or_for_acts_anyone_does(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.category in ("COERCE", "INVESTIGATE", "ACCUSE", "CONSULT")], _triples(run(text))


def test_an_agent_named_is_the_doer(run: Run) -> None:
    assert ("Iranian police", "coerces", "Canadian citizen") in _triples(run("A Canadian citizen was arrested by Iranian police in Iran."))
