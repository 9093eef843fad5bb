"""Hosting another state's forces, and insults (session 27, lead).

* "X hosts Y's troops", "will host a Y brigade", "hosts a NATO battlegroup": military cooperation with the forces'
  owner (CAMEO 062, ``kg/data/lexicon.yaml``), no meeting; hosting a team or a delegation is not it.
* "X called Y's president a liar", "described Y's leader as a dictator": a criticism (CAMEO 111), by the names of a
  wrongdoer of ``insults`` in ``kg/data/judgements.yaml``; said by no state ("the judge called the defendant a liar")
  nothing.
* "X described its relations with Y as a strategic partnership", "President X called Y an ally": a tie between the
  states (``_evaluative._tie_partners``, ``_state_of``); "described relations with Y as excellent" praises no one.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _named(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "host", "owner"),
    [
        ("Poland hosts about 10,000 American troops.", "POL", "USA"),
        ("Lithuania will host a German army brigade from 2027.", "LTU", "DEU"),
        ("Romania hosts a NATO battlegroup near Constanta.", "ROU", "North Atlantic Treaty Organization"),
    ],
)
def test_hosted_forces_are_military_cooperation(run: Run, text: str, host: str, owner: str) -> None:
    statements = run(text).statements
    sides = {frozenset(e.country or e.label for e in (s.subject, s.object)) for s in statements if s.predicate.name == "cooperatesWith"}
    assert frozenset((host, owner)) in sides, statements
    assert not [s for s in statements if s.predicate.name == "meetsWith"], statements


def test_hosting_a_delegation_is_still_a_meeting(run: Run) -> None:
    assert ("Romania", "meetsWith", "Moldova") in _named(run("Romania hosted the defence minister of Moldova."))


@pytest.mark.parametrize(
    ("text", "critic", "target"),
    [
        ("Hungary's prime minister called the Ukrainian president a liar.", "Hungary", "Ukraine"),
        ("Argentina's president described Venezuela's leader as a dictator.", "Argentina", "Venezuela"),
        ("The Polish president called the Belarusian leader a tyrant and a coward.", "Poland", "Belarus"),
    ],
)
def test_insults_are_criticism(run: Run, text: str, critic: str, target: str) -> None:
    assert (critic, "criticizes", target) in _named(run(text))


def test_an_insult_of_no_state_is_nothing(run: Run) -> None:
    assert not run("The judge called the defendant a liar.").statements


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan described its relations with Tajikistan as a strategic partnership.",
        "President Mirziyoyev called ties with Tajikistan a strategic partnership.",
        "Mirziyoyev called Tajikistan an ally.",
    ],
)
def test_a_tie_named_strategic_is_between_the_states(run: Run, text: str) -> None:
    ties = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "strategicPartnerOf"}
    assert ties in ({("Tajikistan", "Uzbekistan")}, {("Uzbekistan", "Tajikistan")}), run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "Chile described its relations with Peru as excellent.",
        "A Polish professor described relations with Ukraine as a strategic partnership.",
    ],
)
def test_no_tie_from_a_mood_or_a_commentator(run: Run, text: str) -> None:
    assert not run(text).statements, run(text).statements
