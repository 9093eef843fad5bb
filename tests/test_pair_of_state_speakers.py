"""The two heads of state, both delegations: a pair of those who speak for states is the article's pair
(kg/extract/_discourse.py, _pair and _speaks_for_state).

"X's president visited Y. The two heads of state met" gave the visit only: "the two countries", "both sides", "the two
leaders" named the pair, but not the other nouns of those who act for a state, titles and government organs
(``acts_for_state``, sector government: "heads of state", "delegations", "premiers", "envoys", "chancellors"). They
now do, with "two" or "both" only ("the authorities said" are one state's), not a state's forces ("the two armies"),
and not with an "of" phrase that names no state ("the two heads of the companies").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "predicate", "a", "b"),
    [
        # subject with an "of" phrase that names a state
        ("The prime minister of Armenia visited Georgia. The two heads of state met in Tbilisi.", "meetsWith", "ARM", "GEO"),
        # "both" with a government organ
        ("Hungary's president flew to Austria on Tuesday. Both delegations held talks in Vienna.", "meetsWith", "HUN", "AUT"),
        # a passive's agent
        ("Slovakia's prime minister visited Czechia. Talks were held by the two delegations in Prague.", "meetsWith", "SVK", "CZE"),
        # a title, and another act of the pair
        ("Slovakia's prime minister visited Czechia. The two chancellors signed a treaty.", "signsAgreementWith", "SVK", "CZE"),
    ],
)
def test_two_speakers_for_states_are_the_pair(run: Run, text: str, predicate: str, a: str, b: str) -> None:
    found = country_triples(run(text))
    assert (a, predicate, b) in found or (b, predicate, a) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Malta's president arrived in Tunisia. The authorities said the visit went well.",
        "Chile's president travelled to Argentina. The two armies held exercises.",
        "Norway's foreign minister visited Iceland. The two heads of the companies met in Oslo.",
    ],
)
def test_no_pair_of_state_speakers(run: Run, text: str) -> None:
    assert [p for _, p, _ in country_triples(run(text))] == ["visits"]
