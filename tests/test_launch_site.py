"""A weapon's launch site named by "from" ("rockets fired from Y positions hit Z", "a drone launched from Y-held
territory struck Z"): the site's holder, a state's forces or an armed group named on the site's noun, or the holder of
ground named by its holder, attacks the one hit (kg/extract/_ground.py launchers). A bare country names where the
weapon was launched, not who launched it: nothing is read of it."""

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
    "text",
    [
        # a bare country or its ground: where, not who
        "Rockets fired from Syria hit the Jordanian border town.",
        "Shells fired from Malian territory hit the Burkinabe village.",
        # no weapon, no attack
        "Relief convoys from Egypt reached Sudanese towns.",
        "A plane from Oman landed in Yemen.",
    ],
)
def test_a_launch_site_of_no_named_holder_names_no_attacker(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] == "attacks" and t[0] is not None], found
