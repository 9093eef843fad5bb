"""Forces withdrawn from where they had been sent ("X demobilised the troops it had massed on Y's border", "X withdrew
the forces it sent to Y"): the place in the relative clause of a verb of deploying on the direct object is the place
left (CAMEO 087 de-escalate, PLOVER RETREAT): kg/extract/_constructions.py _withdrawn_from. The subject's own forces,
which the relative pronoun refers back to, are no place left."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad demobilised the soldiers it had massed on the Sudanese border.", ("TCD", "withdrawsFrom", "SDN")),
        ("Armenia withdrew the forces that it had moved to the Azerbaijani border.", ("ARM", "withdrawsFrom", "AZE")),
        ("Vietnam pulled back the tanks it had deployed along the Cambodian frontier.", ("VNM", "withdrawsFrom", "KHM")),
        ("Britain will withdraw the troops it stationed in Estonia.", ("GBR", "withdrawsFrom", "EST")),
    ],
)
def test_the_place_forces_were_sent_to_is_left(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chad withdrew the bill it had sent to parliament.",  # no forces, no state
        "Chad demobilised the soldiers it had recruited in the north.",  # recruited, not deployed; no other state
    ],
)
def test_no_place_left(run: Run, text: str) -> None:
    assert not any(p == "withdrawsFrom" for _, p, _ in country_triples(run(text)))
