"""A crowd's violence at a state's diplomatic mission is a violent protest against that state (issue 16, CAMEO 145).

"Protesters stormed the Y embassy", "a mob set fire to Y's consulate": the crowd protests (PLOVER PROTEST, CAMEO
145 "protest violently, riot"); it does not wage an attack on Y. The crowd is a noun of protesters, rioters,
students, a mob or a count of people; it belongs to the country it is named after, or else to the country the
mission stands in. Armed doers ("gunmen attacked the Y embassy") keep the attack; a crowd storming another
building names no foreign state (``kg.extract._constructions.rioted_missions``).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "doer_country", "target"),
    [
        # a crowd named after its country, the mission named by a demonym
        ("Pakistani students stormed the Norwegian embassy on Friday.", "PAK", "Norway"),
        # a crowd of no country, the mission's city places it
        ("Rioters attacked the Egyptian consulate in Khartoum.", "SDN", "Egypt"),
        # "set fire to" a mission
        ("A mob set fire to the Indonesian embassy in Canberra.", "AUS", "Indonesia"),
        # a count of a national crowd, the mission owned by a possessive
        ("Hundreds of Turkish demonstrators torched Greece's consulate.", "TUR", "Greece"),
    ],
)
def test_a_crowds_violence_at_a_mission_is_a_violent_protest(run: Run, text: str, doer_country: str, target: str) -> None:
    statements = run(text).statements
    found = [s for s in statements if s.predicate.name == "protests" and s.object.label == target and s.subject.country == doer_country]
    assert found and found[0].cameo == "145", [(s.subject.label, s.predicate.name, s.object.label, s.cameo) for s in statements]
    assert not [s for s in statements if s.predicate.name == "attacks"]


@pytest.mark.parametrize(
    "text",
    [
        # an armed doer attacks
        "Chadian gunmen attacked the Nigerien embassy in N'Djamena.",
        # a crowd storming a building of its own state names no foreign state
        "Protesters stormed the parliament in Nairobi.",
        # not a mission
        "Fans stormed the pitch after the final in Lagos.",
    ],
)
def test_other_doers_and_buildings_make_no_protest(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.name == "protests"], [(s.subject.label, s.predicate.name, s.object.label) for s in statements]
