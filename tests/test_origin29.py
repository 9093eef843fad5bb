"""Acts of force whose doer is named by where they come from or by a country's adjective on the act (session 29,
helper origin29). All sentences are invented.

* A country's adjective on an act noun the tagger reads as a gerund ("Yish shelling killed ...", "Yish shelling hit
  ...", where the parse may make the noun the clause's head): ``kg.extract._arguments.misparsed_act`` and the gerund
  subject of ``_actor``.
* A munition fired or launched from a state's own name or ground, no launcher named ("shells fired from Y landed in
  Z", "hit by rockets fired from Y's territory"): the launching state attacks, as event coders code it
  (``kg.extract._arguments.launch_countries``, ``kg.extract._ground.launchers``); a city or region names where, not who.
* Fire and shelling from a state ("fire from Y wounded ...", "shelling from Y hit ..."): ``fired_from``.
* Armed groups named by their origin ("gunmen from Y killed ...", "killed by militants from Y"): Y's armed group, as
  "Yish gunmen" is (``origin_sectors`` of ``kg/data/origin_groups.yaml``); "an attack by gunmen from Y" stays silent
  (session 27).
* Looting by armed forces ("Y's troops looted towns in Z"): ``attacks`` 190 (PETRARCH2 RANSACK block), in an armed
  contest only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


def _attacks(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, p, o in country_triples(result) if p == "attacks"}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # an adjective on a gerund-tagged act noun, the noun the clause's subject
        ("Ethiopian shelling killed four farmers in Eritrea.", "ETH", "ERI"),
        ("Thai shelling destroyed a school in Cambodia.", "THA", "KHM"),
        # the parse makes the act noun the clause's head and the verb its complement
        ("Armenian shelling hit villages in Azerbaijan.", "ARM", "AZE"),
        # the parse makes the adjective the sentence's head, the act noun its participle, the verb an adjective
        ("Armenian shelling damaged homes in Azerbaijan.", "ARM", "AZE"),
        ("Sudanese bombing damaged bridges in Chad.", "SDN", "TCD"),
    ],
)
def test_a_country_adjective_on_an_act_noun_names_its_doer(run: Run, text: str, doer: str, target: str) -> None:
    assert (doer, target) in _attacks(run(text))


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # active, a verb of coming down
        ("Shells fired from Sudan landed in Chad.", "SDN", "TCD"),
        # the state's own ground by its owner or its adjective
        ("Missiles launched from Iran's territory struck Iraq.", "IRN", "IRQ"),
        ("Rockets fired from Libyan soil hit a Tunisian border post.", "LBY", "TUN"),
        # passive, the munition the agent
        ("A Chadian village was hit by mortar shells fired from Sudan.", "SDN", "TCD"),
        # headline
        ("Rockets fired from Syria hit Jordanian border town", "SYR", "JOR"),
    ],
)
def test_the_launching_state_attacks_when_no_launcher_is_named(run: Run, text: str, doer: str, target: str) -> None:
    assert (doer, target) in _attacks(run(text))


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # passive agent
        ("Two Kenyan guards were wounded by fire from Somalia.", "SOM", "KEN"),
        # active subject, fire named by its weapon
        ("Artillery fire from Ethiopia killed three farmers in Sudan.", "ETH", "SDN"),
        # an act noun opening the sentence, read by the parse as a participle
        ("Shelling from Azerbaijan damaged a church in Armenia.", "AZE", "ARM"),
        ("Shelling from Azerbaijan killed two shepherds in Armenia.", "AZE", "ARM"),
    ],
)
def test_fire_from_a_state_is_that_state_s(run: Run, text: str, doer: str, target: str) -> None:
    assert (doer, target) in _attacks(run(text))


@pytest.mark.parametrize(
    ("text", "doer", "target", "label"),
    [
        ("Gunmen from Niger killed five soldiers in Nigeria.", "NER", "NGA", "Gunmen from Niger"),
        # passive agent, a country of two words kept whole in the label
        ("Three Beninese policemen were killed by militants from Burkina Faso.", "BFA", "BEN", "militants from Burkina Faso"),
        ("Rebels from Sudan raided camps in Chad.", "SDN", "TCD", "Rebels from Sudan"),
    ],
)
def test_armed_groups_named_by_their_origin_are_that_state_s_groups(run: Run, text: str, doer: str, target: str, label: str) -> None:
    result = run(text)
    found = [s for s in result.statements if s.predicate.name == "attacks" and s.subject.country == doer]
    assert found, result.statements
    assert found[0].subject.label == label
    assert found[0].subject.type.value == "SectorActor"
    assert (doer, target) in {(s.subject.country, s.object.country) for s in found}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Ugandan troops looted villages in South Sudan.", "UGA", "SSD"),
        # passive
        ("Shops in Mozambique were looted by Tanzanian soldiers.", "TZA", "MOZ"),
        # origin by "from"
        ("Soldiers from Eritrea looted border towns in Ethiopia.", "ERI", "ETH"),
        # headline
        ("Eritrean troops loot border towns in Ethiopia", "ERI", "ETH"),
    ],
)
def test_looting_by_armed_forces_is_an_attack(run: Run, text: str, doer: str, target: str) -> None:
    assert (doer, target) in _attacks(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no act of force, a people from a country
        "Refugees from Sudan arrived in Chad.",
        "Musicians from Senegal performed in Mali.",
        "Athletes from Kenya beat Ethiopia in the relay.",
        # no weapon, no state as the site
        "Fireworks fired from the old bridge lit up the Hungarian capital.",
        "Rockets fired from Benghazi hit a Tunisian border post.",
        "Fire from the ridge wounded two Kenyan guards.",
        "Moroccan dancing delighted audiences in Spain.",
        "Italian cooking impressed diners in France.",
        # the agent of an act noun named by origin (session 27)
        "Benin condemned a raid by militants from Burkina Faso.",
        # looting by crowds, no foreign side
        "Rioters looted shops in the Kenyan capital.",
        "Looters ransacked shops in the capital.",
        "Protesters looted a French supermarket in Dakar.",
    ],
)
def test_distractors_yield_no_attack(run: Run, text: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.predicate.name == "attacks"], result.statements
