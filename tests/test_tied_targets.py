"""The actor a hostile act's targets are tied to, when they name none themselves (kg/extract/_constructions.py
_tied_targets): "sanctions on individuals linked to Y", "arrested men tied to Y's intelligence", "froze the assets of
businessmen close to Y", "blacklisted firms with ties to Y", "struck sites linked to Y". The doer's own ties name no
target, and ties to no actor name none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of the act, "linked to" a government
        ("New Zealand announced sanctions on nine individuals linked to the Belarusian government.", ("NZL", "sanctions", "BLR")),
        # the verb, "tied to" an owner's programme
        ("Canada sanctioned four companies tied to Iran's missile programme.", ("CAN", "sanctions", "IRN")),
        # "close to", inside an "of" phrase
        ("Switzerland froze the assets of businessmen close to the Belarusian government.", ("CHE", "sanctions", "BLR")),
        # an arrest, "linked to" a state's service
        ("Estonia arrested two men linked to Russian military intelligence.", ("EST", "coerces", "RUS")),
        # "with ties to"
        ("Sweden detained a researcher with ties to the Chinese government.", ("SWE", "coerces", "CHN")),
        # a passive, the targets as its subject
        ("Six firms linked to North Korea's weapons programme were sanctioned by Japan.", ("JPN", "sanctions", "PRK")),
    ],
)
def test_targets_tied_to_an_actor_make_it_the_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # ties to no actor
        "Germany arrested three men linked to the murder.",
        "Poland detained a man with ties to the smuggling ring.",
        # a friendly act
        "Kenya praised officials close to the Ugandan president.",
    ],
)
def test_ties_to_no_actor_or_in_a_friendly_act_name_no_target(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("sanctions", "coerces", "attacks", "praises")]
