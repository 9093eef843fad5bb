"""Stopping another's ships, convoys or trucks restricts its movement (CAMEO 191), and a traveller's verb with an
object carries others rather than visiting.

PETRARCH2 codes BLOCK 170 and leaves the bare verb to its patterns, since states also block plans, roads and sales:
only with a noun of craft or convoy ("blocked Y's ships", "turned back a Y-ian vessel", "stopped aid convoys to Y")
is it coercion of their owner or destination. "Flew the hostages to Y" is no visit to Y: "fly / travel to" are
visits only without a direct object.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _pairs(result: ArticleResult, predicate: str) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey blocked Swedish ships from entering the strait.", ("TUR", "SWE")),
        ("Chinese coast guard vessels blocked a Philippine resupply mission.", ("CHN", "PHL")),
        ("Egypt blocked Sudanese trucks at the border crossing.", ("EGY", "SDN")),
        ("The Greek navy turned back a Turkish research vessel.", ("GRC", "TUR")),
        ("Italian authorities stopped a Libyan fishing boat near Lampedusa.", ("ITA", "LBY")),
    ],
)
def test_stopping_anothers_craft_coerces_it(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(run(text), "coerces")


@pytest.mark.parametrize(
    "text",
    ["Protesters blocked trucks on the highway.", "The storm blocked ships in the port."],
)
def test_no_owner_or_no_actor_is_no_coercion(run: Run, text: str) -> None:
    assert not run(text).statements


def test_blocking_a_bid_stays_a_rejection(run: Run) -> None:
    assert ("TUR", "SWE") in _pairs(run("Turkey blocked Sweden's bid to join NATO."), "rejects")


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua released 222 political prisoners and flew them to the United States.",
        "Iran flew the hostages to Qatar.",
        "Germany flew 300 evacuees to Jordan.",
    ],
)
def test_carrying_others_is_no_visit(run: Run, text: str) -> None:
    assert not _pairs(run(text), "visits")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Emmanuel Macron flew to Beijing on Tuesday.", ("FRA", "CHN")),
        ("The Indian prime minister travelled to Moscow for talks.", ("IND", "RUS")),
    ],
)
def test_a_traveller_still_visits(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(run(text), "visits")
