"""A weapon's launch site named by "from" ("rockets fired from Y positions hit Z", "a drone launched from Y-held
territory struck Z"): the site's holder, a state's forces or an armed group named on the site's noun, or the holder of
ground named by its holder, attacks the one hit (kg/extract/_ground.py launchers). When no one who launched it is
named, a country's own name or its own ground ("fired from Y", "from Y's territory") names the launching state, as
event coders code it (session 29, kg/extract/_arguments.launch_countries); a city or region names where, not who."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym on a noun of emplacements, the parse hanging the verb of attack on the participle
        ("Shells fired from Armenian positions hit the Azerbaijani village.", ("ARM", "attacks", "AZE")),
        # a force named on the site
        ("Mortars launched from Ethiopian army bases struck Eritrean towns.", ("ETH", "attacks", "ERI")),
        # ground named by its holder, a participle on the subject
        ("A missile launched from Russian-occupied territory struck the Moldovan port.", ("RUS", "attacks", "MDA")),
        # the participle's agent
        ("Drones launched by Iranian forces hit the Iraqi border town.", ("IRN", "attacks", "IRQ")),
    ],
)
def test_the_holder_of_a_launch_site_attacks(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no launcher named: the state whose own name or ground the weapon is fired from (session 29)
        ("Rockets fired from Syria hit the Jordanian border town.", ("SYR", "attacks", "JOR")),
        ("Shells fired from Malian territory hit the Burkinabe village.", ("MLI", "attacks", "BFA")),
    ],
)
def test_the_launching_state_attacks_when_no_launcher_is_named(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a city or a region of a state: where, not who (a group of no state may hold it)
        "Rockets fired from Aleppo hit the Jordanian border town.",
        "Drones launched from Crimea struck the Moldovan port.",
        # no weapon, no attack
        "Relief convoys from Egypt reached Sudanese towns.",
        "A plane from Oman landed in Yemen.",
    ],
)
def test_a_launch_site_of_no_named_holder_names_no_attacker(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] == "attacks" and t[0] is not None], found
