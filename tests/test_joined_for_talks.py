"""Joining another for talks is meeting them (PETRARCH2's ASSEMBLE block, synonyms JOIN and CONVENE: "* (FOR
MEETING)" 040, "* (FOR TALKS)" 046; kg/data/lexicon.yaml, the meetsWith entries "join for|at|in talks ...").

"X joined Y's president for talks in Z" gave a garbled participatesIn ("Y's president for talks in Z" as a topic) and
"X joined Y and W for talks on Z" only X's part in the talks: the one joined for talks, a meeting, a summit or a
meal, or at the table, is met. Only a state, a person or a state's group joined: an organisation joined at a summit
is a membership, and "joined the talks" names no partner. The parse may hang the phrase of the meeting on the
direct object when that object names an actor ("joined [his Y counterpart for talks]"): a three-word verb trigger is
completed by it as well; an act's phrase stays its own ("suffered [a defeat at the hands of Y]").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner's title, the phrase of the talks hung on it
        ("The Estonian prime minister joined his Latvian counterpart for talks in Riga.", {("EST", "LVA")}),
        # coordinated partners, at a summit
        ("Egypt joined Jordan and Iraq at a summit in Amman.", {("EGY", "JOR"), ("EGY", "IRQ")}),
        # the passive: the agent joins the subject
        ("The Zambian president was joined by the Malawian president for talks on the railway.", {("MWI", "ZMB")}),
        # at the table
        ("Nepal joined Bhutan at the negotiating table.", {("NPL", "BTN")}),
        # a state's group, for a meal
        ("The Thai foreign minister joined Vietnamese officials for dinner in Hanoi.", {("THA", "VNM")}),
    ],
)
def test_joined_for_talks_is_a_meeting(run: Run, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, p, o in country_triples(run(text)) if p == "meetsWith"}
    assert expected <= found, found


def test_joining_for_talks_keeps_the_modality(run: Run) -> None:
    result = run("Paraguay will join Bolivia for consultations next month.")
    modality = {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == "meetsWith"}
    assert modality == {("PRY", "BOL"): Modality.INTENDED}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an organisation joined at a summit: its membership, no meeting
        ("Croatia joined NATO at the summit in Bucharest.", ("HRV", "memberOf")),
        # joining in an act: no meeting (the act's own reading is kept)
        ("Denmark joined the coalition against the Islamic State.", ("DNK", "fightsWith")),
        ("Slovakia joined Hungary in criticising the European Commission.", None),
        # no partner named
        ("Serbia joined the talks.", None),
        # no state, person of state or state's group joined
        ("The Danish coach joined the Swedish players for lunch.", None),
    ],
)
def test_joining_without_a_partner_for_talks_is_no_meeting(run: Run, text: str, kept: tuple[str, str] | None) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] == "meetsWith"], found
    if kept is not None:
        assert kept in {(s, p) for s, p, _ in found}, found


def test_a_phrase_of_an_act_object_stays_its_own(run: Run) -> None:
    """Only an object that names an actor lends the verb its phrase: "suffered [a defeat at the hands of Y]" is the
    defeat's, so the act's doer is Y (not the three-word "suffer at the hands" read off the verb with Y as target)."""
    found = {(s, o) for s, p, o in country_triples(run("Ethiopian troops suffered a heavy defeat at the hands of Eritrean forces.")) if p == "attacks"}
    assert found == {("ERI", "ETH")}, found
