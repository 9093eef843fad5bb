"""Weapons sent to a state are military aid (PETRARCH2 "SEND * &WEAPON", CAMEO 072), not a show of force:
kg/extract/patterns.py _arms_handed. Tanks sent to a border or a place stay a deployment (CAMEO 154), and so do
troops, warships and warplanes sent anywhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise, a number of tanks
        ("Norway will send 8 tanks to Lithuania next spring.", ("NOR", "providesAidTo", "LTU")),
        # a named model as a compound: the model is no party
        ("Sweden sent its Stridsvagn tanks to Estonia in March.", ("SWE", "providesAidTo", "EST")),
        # another verb of sending, a present perfect
        ("Canada has dispatched more tanks to Latvia.", ("CAN", "providesAidTo", "LVA")),
        # a passive with the sender as agent
        ("Thirty tanks were sent to Georgia by Turkey.", ("TUR", "providesAidTo", "GEO")),
    ],
)
def test_tanks_sent_to_a_state_are_aid(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(run(text))
    assert expected in triples
    assert (expected[0], "mobilizes", expected[2]) not in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tanks sent to a border or a frontier are a show of force towards its state
        ("Armenia sent tanks to the border with Azerbaijan.", ("ARM", "mobilizes", "AZE")),
        ("India sent more tanks to the Chinese frontier.", ("IND", "mobilizes", "CHN")),
        # troops sent to a state are deployed
        ("Russia sent troops to Belarus.", ("RUS", "mobilizes", "BLR")),
    ],
)
def test_deployments_stay_shows_of_force(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(run(text))
    assert expected in triples
    assert not any(p == "providesAidTo" for _, p, _ in triples)


@pytest.mark.parametrize(
    "text",
    [
        "The factory sent tanks to the army depot.",  # no state at either end
        "Germany sent water tanks to the village.",  # a sense of "tank" that is no weapon, and no state sent to
    ],
)
def test_no_state_no_aid(run: Run, text: str) -> None:
    assert not any(p == "providesAidTo" for _, p, _ in country_triples(run(text)))
