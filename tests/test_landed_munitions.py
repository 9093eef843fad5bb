"""Munitions that come down on another's ground ("two shells landed in Y", "a Z missile fell on a Y village"): a strike
on where they landed (CAMEO 194 / 195), read as "hit" is; kg/extract/_ground.py landed_munitions. The munition's owner
is its demonym or its launcher ("shells fired from Z positions", "rockets fired by Z"). A drone or an aircraft that
comes down may have crashed or been downed, a stray munition struck no one on purpose, and one that lands in open
water is a test or a show of force: nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the munition's demonym, "landed in" a place named by a demonym
        ("An Azerbaijani missile landed in an Armenian village on Tuesday.", ("AZE", "attacks", "ARM")),
        # "fell on" a town, a count of shells
        ("Two Eritrean mortar shells fell on an Ethiopian border town.", ("ERI", "attacks", "ETH")),
        # the launch site's holder, the parse making the participle the verb
        ("Shells fired from Pakistani army positions landed in India.", ("PAK", "attacks", "IND")),
        # the launcher's by-agent, rounds of a munition, "inside" a country
        ("Two mortar rounds fired by Sudanese troops landed inside Chad.", ("SDN", "attacks", "TCD")),
        # present perfect, "near" a mission
        ("Iranian rockets have fallen near the Iraqi consulate in Erbil.", ("IRN", "attacks", "IRQ")),
    ],
)
def test_munitions_that_land_on_anothers_ground_are_a_strike(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a leader's plane landing is no strike
        "The Polish president's plane landed in Lithuania on Monday.",
        # a drone that fell may have crashed or been downed
        "A Russian drone fell on a Romanian village overnight.",
        # a stray munition
        "A stray Ukrainian air defence missile landed in Moldova.",
        # open water: a test or a show of force
        "Three North Korean missiles landed in Japan's exclusive economic zone.",
        # exports falling
        "Missile exports fell in Russia last year.",
        # a space rocket
        "The Indian rocket landed on the Moon in August.",
    ],
)
def test_other_landings_are_no_strike(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "attacks"]
