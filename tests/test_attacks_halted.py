"""Ending one's attacks is a de-escalation (CAMEO 087, 0871; PETRARCH2 "CANCEL * ATTACKS", "* {AIR RAIDS}", "* SHELL").

Every verb of halting (halt, stop, end, cease, suspend, pause, discontinue, abandon) with every name of an attack:
"halted its offensive against Y", "will end its airstrikes on Y" and "ceased its bombing of Y" asserted the attack.
A workers' strike ended is no attack ended, nor is a sports team's attack.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia halted its shelling of Azerbaijani positions on Sunday.", ("ARM", "withdrawsFrom", "AZE")),
        ("Sudan has suspended airstrikes on South Sudan.", ("SDN", "withdrawsFrom", "SSD")),
        ("Israel ceased its bombardment of Lebanon after the truce.", ("ISR", "withdrawsFrom", "LBN")),
        ("India stopped the raids into Myanmar last week.", ("IND", "withdrawsFrom", "MMR")),
        ("Russia paused its offensive against Ukraine for the holiday.", ("RUS", "withdrawsFrom", "UKR")),
    ],
)
def test_attacks_halted_are_a_de_escalation(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert (expected[0], "attacks", expected[2]) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Italian rail workers ended their strike on Monday.",
        "Greek dockers suspended a strike at the port of Piraeus.",
        "The Brazilian team halted its attack after the break.",
    ],
)
def test_no_attack_is_halted(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "withdrawsFrom"]
