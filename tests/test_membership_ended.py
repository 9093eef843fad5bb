"""A membership or a part in a body that is ended, left or suspended is no longer held (issue 16).

* leaving an organisation by sense: "X quit ECOWAS", "X left the bloc", "X will exit OPEC" are memberships ended
  (memberOf, negated; "withdrew from Y" is also a withdrawal); leaving a country or a meeting is not;
* a standing part stopped by its verb: "X froze its participation in the bloc", "suspended its membership in Y",
  "ended its participation in the mission" (negated); one renewed is held.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import modalities
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eritrea quit the African Union last year.", ("Eritrea", "memberOf", "African Union")),
        ("Venezuela left the Organization of American States.", ("Venezuela", "memberOf", "Organization of American States")),
        ("Angola will exit OPEC in January.", ("Angola", "memberOf", "Organization of the Petroleum Exporting Countries")),
        ("Belarus suspended its membership in the Council of Europe.", ("Belarus", "memberOf", "Council of Europe")),
        ("Georgia froze its participation in the joint mission.", ("Georgia", "participatesIn", "joint mission")),
    ],
)
def test_an_ended_membership_or_part_is_negated(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert found.get(expected) is Modality.NEGATED, found


@pytest.mark.parametrize(
    "text",
    [
        "The French ambassador left Niger on Wednesday.",
        "The minister left the meeting early.",
    ],
)
def test_leaving_a_country_or_a_meeting_is_no_membership(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "memberOf"]


def test_a_renewed_part_is_held(run: Run) -> None:
    found = modalities(run("Finland renewed its participation in the joint mission."))
    assert found.get(("Finland", "participatesIn", "joint mission")) is Modality.ASSERTED, found
