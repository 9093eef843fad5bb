"""Discussing is consulting (PETRARCH2 "DISCUSS", CAMEO 040; kg/data/lexicon.yaml, ``partner_preps``).

The partner is named after "with" (the parse may hang it on the direct object: "discussed fishing quotas with Y"),
or coordinated subjects discuss with each other ("X and Y discussed Z"). What is discussed is never a party: a
country named as the direct object ("discussed Y"), the other side of a relation talked about ("discussed relations
with Y", "the dispute with Y"), an act weighed ("discussed imposing tariffs on Y": possible, not done).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects: each other's partners
        ("Vietnam and the Philippines discussed fishing rights around the Spratly Islands.", ("Philippines", "meetsWith", "Vietnam")),
        ("Chilean President Gabriel Boric and Argentine President Alberto Fernandez discussed lithium exports.", ("Gabriel Boric", "meetsWith", "Alberto Fernández")),
        ("Ghana and Togo discussed the fishing dispute.", ("Ghana", "meetsWith", "Togo")),
        # the partner after "with", on the verb or hung on its object
        ("The Greek foreign minister discussed the migration crisis with his Italian counterpart.", ("Greece", "meetsWith", "Italy")),
        ("Chile discussed lithium mining with Argentina on Tuesday.", ("Chile", "meetsWith", "Argentina")),
        ("Norway discussed its fishing quotas with the European Union.", ("Norway", "meetsWith", "European Union")),
        ("Indonesian President Joko Widodo discussed palm oil tariffs with Malaysian Prime Minister Anwar Ibrahim.", ("Joko Widodo", "meetsWith", "Anwar Ibrahim")),
        # the noun after the light verb "hold", as "held talks"
        ("Malta and Libya held discussions on migration.", ("Libya", "meetsWith", "Malta")),
        ("Malta held discussions with Libya on migration.", ("Malta", "meetsWith", "Libya")),
        # what is discussed names no partner; no side named: nothing
        ("Malta's discussion of Libya lasted an hour.", None),
        ("Ghana discussed Nigeria.", None),
        ("Ghana discussed relations with Nigeria.", None),
        ("Ghana discussed the dispute with Togo.", None),
        ("The two presidents discussed regional security.", None),
        ("The cabinet discussed the budget on Monday.", None),
        ("Economists discussed whether Ghana would devalue its currency.", None),
        ("The students discussed the novel with their teacher.", None),
    ],
)
def test_discussed_with(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    found = events(run(text))
    if expected is None:
        expect(found, None)
    else:  # one meeting, in either direction for a coordinated pair
        assert {e for e in found if e[1] == "meetsWith"} in ({expected}, {(expected[2], expected[1], expected[0])}), found


def test_a_discussion_to_come_is_intended(run: Run) -> None:
    result = run("Poland will discuss energy security with Lithuania next month.")
    assert {(s.subject.label, s.predicate.name, s.object.label, s.modality) for s in result.statements} == {
        ("Poland", "meetsWith", "Lithuania", Modality.INTENDED)
    }


def test_a_discussion_names_its_code(run: Run) -> None:
    result = run("Chile discussed lithium mining with Argentina on Tuesday.")
    assert {s.cameo for s in result.statements if s.predicate.name == "meetsWith"} == {"040"}


@pytest.mark.parametrize(
    "text",
    ["Ghana discussed imposing tariffs on Nigeria.", "The ministers discussed sending troops to Mali."],
)
def test_an_act_discussed_is_weighed_not_done(run: Run, text: str) -> None:
    """"discussed imposing tariffs on Y" is weighed like "considered imposing" (_modality._WEIGHING): no meeting with Y,
    and the act, if read, is only possible."""
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "meetsWith"]
    assert all(s.modality is Modality.POSSIBLE for s in result.statements if s.predicate.category != "STRUCTURAL")
