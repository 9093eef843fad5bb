"""Investigating a claim ("X is probing allegations that Y's troops entered Z", "an inquiry into reports that Y's agents
..."): the subject of the claim's "that" clause did the act investigated (CAMEO 09 investigate, PLOVER INVESTIGATE):
kg/extract/_constructions.py _questioned_doers. A claim denied, a claim with no doer, or a report merely quoted is no
investigation of anyone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of investigating, a present progressive
        ("Estonia is investigating reports that Russian warplanes violated its airspace.", ("EST", "investigates", "RUS")),
        # a noun of inquiry with "into", after a light verb
        ("Sweden opened an inquiry into allegations that Iranian agents spied on dissidents.", ("SWE", "investigates", "IRN")),
        # a phrasal verb, an intended probe
        ("Denmark will look into claims that Chinese officials bribed port workers.", ("DNK", "investigates", "CHN")),
        # another claim noun
        ("Finland is examining accusations that Belarusian guards pushed migrants across the border.", ("FIN", "investigates", "BLR")),
    ],
)
def test_the_doer_of_a_claim_investigated_is_investigated(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Estonia is investigating reports that its tax office was attacked.",  # no doer in the claim
        "Estonia rejected reports that Russian hackers attacked its tax office.",  # denied, not investigated
        "The report says that Estonian hackers attacked the tax office.",  # a report quoted, no investigator
    ],
)
def test_no_investigated_doer(run: Run, text: str) -> None:
    assert not any(p == "investigates" for _, p, _ in country_triples(run(text)))
