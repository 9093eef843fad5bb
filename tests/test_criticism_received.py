"""Criticism received (issue 16): "X drew criticism from Y" is Y's criticism of X.

A verb whose subject draws on itself or meets the act its object names ("draw", "face", "spark", "trigger",
"earn", ...: ``undergoing`` of kg/data/event_doers.yaml; "come under", "meet with": ``undergoing_phrases``) hands that act to its "from" party, done to the subject;
an act as the subject ("X's decision ... drew criticism from Y") stands for its owner. Without a "from" party that
is an actor nothing is read. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _countries(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actor as the subject
        ("Austria drew sharp criticism from Italy for closing the pass.", ("ITA", "criticizes", "AUT")),
        ("Hungary faced condemnation from Poland over the vote.", ("POL", "criticizes", "HUN")),
        ("Senegal earned a sharp rebuke from Gambia.", ("GMB", "criticizes", "SEN")),
        # an act as the subject: its possessor, national modifier or "by" agent
        ("Turkey's decision to buy Russian missiles drew criticism from Washington.", ("USA", "criticizes", "TUR")),
        ("The Ghanaian move sparked angry protests from Togo.", ("TGO", "protests", "GHA")),
        ("The purchase of drones by Armenia drew condemnation from Baku.", ("AZE", "criticizes", "ARM")),
        # the act in a phrase of the verb: "came under", "met with"
        ("Hungary came under sharp criticism from Poland over the vote.", ("POL", "criticizes", "HUN")),
        ("The Slovak plan met with criticism from Austria.", ("AUT", "criticizes", "SVK")),
        # any act so drawn
        ("Iran's nuclear programme has drawn sanctions from the European Union.", (None, "sanctions", "IRN")),
    ],
)
def test_the_from_party_acts_on_the_subject(run: Run, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in _countries(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The documentary drew praise from critics.",  # no actor in "from"
        "The proposal drew criticism.",  # no "from" party
        "The raid sparked protests from Cuba.",  # an act with no owner: no target
        "The sanctions on Chad drew criticism from Niger.",  # Chad is the act's patient, not its owner
        "The coach came under fierce criticism from the fans.",  # no actor in "from"
    ],
)
def test_no_target_without_a_from_actor_and_an_owner(run: Run, text: str) -> None:
    found = [s for s in run(text).statements if s.predicate.category in ("ACCUSE", "PROTEST", "SUPPORT")]
    assert not [s for s in found if s.object.type.value != "Topic"], _countries(run(text))


def test_each_coordinated_critic_acts(run: Run) -> None:
    found = _countries(run("Serbia faced condemnation from Croatia, Bosnia and Montenegro."))
    assert {("HRV", "criticizes", "SRB"), ("BIH", "criticizes", "SRB"), ("MNE", "criticizes", "SRB")} <= found
