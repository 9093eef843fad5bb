"""Conditional threats, continued (session 23; PLOVER THREATEN, CAMEO 13; PETRARCH2 THREATEN patterns).

A future act of force or retaliation under a condition put to another state threatens that state: the condition
opened by "in case" or "in the event (that)" (``_modality.opened_condition``), by "were Y to" or an inverted "should"
(also where the parse makes the condition the sentence's root), a passive "if attacked by Y", or a hostile act's
noun after "in case of" / "in the event of" whose doer is named ("in case of an invasion by Y"); the act answered
"with force", a passage closed ("would close the strait"), or an act of the lexicon. The threat is coded by the act
threatened (``kg/data/conditional_threats.yaml`` codes: 138 for force, 1381 for a blockade, 1312 for sanctions, 1313
for ties cut). Conditions with no other state, past counterfactuals, forecasts and offers are no threat, and an act
inside an "in case" condition is not asserted. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract._threats import threat_code
from kg.model import ArticleResult

from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _threats(result: ArticleResult) -> set[tuple[str | None, str | None, str | None]]:
    """(subject country, object country, CAMEO code) of a result's threats."""
    return {(s.subject.country, s.object.country, s.cameo) for s in result.statements if s.predicate.name == "threatens"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in case" after the main clause; an answer given with force
        ("Algeria will respond with force in case Morocco moves troops to the frontier.", ("DZA", "MAR", "138")),
        # "in the event that" put first; a noun of military action taken
        ("In the event that Azerbaijan shells the villages, Armenia would take military action.", ("ARM", "AZE", "138")),
        # "in the event that" hung by the parse on the act's noun; an official's country; a demonym + noun condition
        ("Kyrgyz officials warned that Bishkek would respond militarily in the event that Tajik troops enter the enclave.", ("KGZ", "TJK", "138")),
        # "were Y to" (the parse takes Y for an attribute or a complement of "were"); a passage closed
        ("Sudan would close its ports were Eritrea to arm the rebels.", ("SDN", "ERI", "1381")),
        # ... the act of the lexicon names its own target, the threat is coded by it
        ("Lithuania will impose sanctions on Belarus were Minsk to send more migrants.", ("LTU", "BLR", "1312")),
        # an inverted "should" the parse makes the root, with the threat its complement
        ("Egypt threatened military action should Sudan allow the base.", ("EGY", "SDN", "138")),
        # an inverted "should" put first
        ("Should Serbia send troops, Croatia would close the Adriatic ports.", ("HRV", "SRB", "1381")),
        # a passive condition without a subject: its agent is threatened
        ("Iran would close the Strait of Hormuz if attacked by Israel.", ("IRN", "ISR", "1381")),
        # "in case" made the root by the parse
        ("Ukraine will strike back in case Belarus joins the offensive.", ("UKR", "BLR", "130")),
        # a titled official's statement, "unless": the lexicon's attack coded as a threat of force
        ("Prime Minister Modi said India would strike the camps unless Pakistan hands over the suspects.", ("IND", "PAK", "138")),
        # ties cut under "in the event that"
        ("Poland would cut diplomatic ties with Belarus in the event that Minsk expels its consul.", ("POL", "BLR", "1313")),
        # a condition named by a hostile act's noun: its doer after "by", a demonym, a possessive
        ("Cuba will respond with force in case of an invasion by the United States.", ("CUB", "USA", "138")),
        ("Armenia would retaliate in case of an Azerbaijani incursion.", ("ARM", "AZE", "130")),
        ("Latvia vowed to strike back in the event of Russia's attack.", ("LVA", "RUS", "130")),
    ],
)
def test_the_state_of_the_condition_is_threatened(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _threats(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil will close its ports in case the hurricane reaches the coast.",  # no state in the condition
        "The coast guard will close the canal if the storm worsens.",  # no state at all
        "Kosovo police will respond with force in case rioters attack the bridge.",  # one state only
        "Chile would respond with force if the miners strike again.",  # a domestic matter
        "Spain would have blockaded the port if France had refused.",  # a past counterfactual
        "Germany would have attacked Poland earlier if Britain had not intervened.",  # history, not a threat
        "Prices in Japan would rise in the event that China cuts exports.",  # an economic forecast
        "Portugal would welcome investment in case Brazil agrees.",  # an offer, no hostile act
        "In case Canada asks, Mexico will send firefighters.",  # help offered
        "Chile will respond firmly in the event of an earthquake.",  # a nominal condition of no hostile act
        "In case of war, Estonia would call up reservists.",  # a hostile act of no named doer
        "Norway would retaliate in any event.",  # no condition
    ],
)
def test_no_threat(run: Run, text: str) -> None:
    assert not _threats(run(text))


@pytest.mark.parametrize(
    ("text", "unasserted"),
    [
        # the act of an "in case" condition did not happen
        ("Serbia will deploy troops in case Kosovo attacks Serbian villages.", ("XKX", "attacks", "SRB")),
        ("Portugal would welcome investment in case Brazil agrees.", ("BRA", "agreesTo", "welcome investment")),
    ],
)
def test_an_opened_condition_asserts_nothing(run: Run, text: str, unasserted: tuple[str, str, str]) -> None:
    assert unasserted not in country_triples(run(text))


def test_a_relative_clause_on_event_is_no_condition(run: Run) -> None:
    # "the event Sweden organised": a relative clause, its act stays read as before
    assert ("NOR", "participatesIn", "event") in country_triples(run("Norway attended the event Sweden organised."))


@pytest.mark.parametrize(
    ("act", "threat"),
    [("190", "138"), ("1951", "138"), ("150", "138"), ("191", "1381"), ("192", "1382"), ("160", "1312"), ("163", "1312"),
     ("161", "1313"), ("1621", "1311"), ("166", "131"), ("140", "133"), ("120", "130"), ("087", "130"), (None, "130")],
)
def test_threat_code_follows_the_act(act: str | None, threat: str) -> None:
    assert threat_code(act) == threat
