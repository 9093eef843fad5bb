"""Trainers, instructors and advisers sent to another state are military aid (session 26).

Training another's forces is military aid (CAMEO 072; PETRARCH2 "PREPARE * FORCES" 072), and so is sending the people
who do it: "sent 300 military advisers to Y", "provided instructors for Y's army", "instructors were dispatched to Y by
X" (``kg/data/lexicon.yaml``). A trainer is also a sports trainer (``kg/data/actor_heads.tsv``): bare, a state's
trainers sent abroad are left to the other readings; a word of an armed service makes them military
("military trainers", "army trainers": ``service_words`` in ``kg/data/sent_objects.yaml``). Troops sent stay a
deployment. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _aid(result: ArticleResult) -> set[tuple[str, str, str | None]]:
    return {(s.subject.label, s.object.label, s.cameo) for s in result.statements if s.predicate.name == "providesAidTo"}


@pytest.mark.parametrize(
    ("text", "giver", "recipient"),
    [
        ("The United States sent 300 military advisers to Iraq.", "United States", "Iraq"),
        ("Germany provided instructors for the Iraqi army.", "Germany", "Iraqi army"),
        ("Military advisers were sent to Mali by Russia.", "Russia", "Mali"),
        ("Britain dispatched 200 military trainers to Ukraine.", "United Kingdom", "Ukraine"),
        ("Canada has sent army trainers to Latvia, officials said.", "Canada", "Latvia"),
    ],
)
def test_trainers_sent_are_military_aid(run: Run, text: str, giver: str, recipient: str) -> None:
    assert (giver, recipient, "072") in _aid(run(text)), run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "Brazil sent trainers to Qatar for the World Cup.",  # a team's trainers, no word of service
        "The club sent its trainers to Spain.",
        "France sent advisers to its own bases.",  # no other state
        "Kenya sent its instructors home.",
    ],
)
def test_no_aid_without_a_state_helped(run: Run, text: str) -> None:
    assert not _aid(run(text)), run(text).statements


def test_troops_sent_stay_a_deployment(run: Run) -> None:
    names = {s.predicate.name for s in run("Britain sent 800 troops to Estonia.").statements}
    assert "mobilizes" in names and "providesAidTo" not in names
