"""A sum "in" an act's noun, and an act got "from" its doer (issue 16, CAMEO 07 AID and the acts their nouns name).

"Japan pledged $500 million in reconstruction aid to Ukraine": the sum stands for the aid, so the verb that takes the
sum hands the act to its subject (a pledge makes it intended). "Ukraine received aid from Japan", "Pakistan secured
loans from China", "Chad got a warning from Sudan": the "from" party does the act, to the one who gets it; receiving
a thing is no visit ("received a delegation from Y" still is one).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    "text",
    [
        "Japan gave $500 million in reconstruction aid to Ukraine.",  # "in" on the sum, "to" on the verb
        "Japan announced $500 million in aid for Ukraine.",  # "for" on the sum
        "Japan has provided 2 billion yen in humanitarian assistance to Ukraine.",  # "in" on the verb
    ],
)
def test_a_sum_in_aid_is_aid(run: Run, text: str) -> None:
    assert ("Japan", "providesAidTo", "Ukraine") in _triples(run(text))


def test_a_sum_pledged_is_intended(run: Run) -> None:
    [statement] = [s for s in run("Norway pledged 40 million euros in development aid to Malawi.").statements if s.predicate.name == "providesAidTo"]
    assert statement.modality is Modality.INTENDED


def test_a_sum_spent_at_home_is_no_aid(run: Run) -> None:
    assert not [s for s in run("Japan spent $500 million in aid programmes at home.").statements if s.predicate.category == "AID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received aid from Japan.", ("Japan", "providesAidTo", "Ukraine")),
        ("Pakistan secured $3 billion in loans from China.", ("China", "providesAidTo", "Pakistan")),
        ("Chad received a warning from Sudan over the border raids.", ("Sudan", "threatens", "Chad")),
        ("Kenya got an invitation from China to attend the summit.", ("China", "invites", "Kenya")),
    ],
)
def test_an_act_got_from_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(run(text))
    assert expected in found and not [t for t in found if t[1] == "meetsWith"], found


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Ukraine received $500 million from Japan.", False),  # a sum got is no visit
        ("Kenya received a delegation from Uganda.", True),  # a delegation is
        ("Kenya received the Ugandan foreign minister.", True),
    ],
)
def test_receiving_a_visitor_is_a_meeting_a_thing_is_not(run: Run, text: str, meeting: bool) -> None:
    assert bool([s for s in run(text).statements if s.predicate.name == "meetsWith"]) is meeting
