"""Physical assault named by a phrasal verb (issue 16, CAMEO 182; PETRARCH2 BEAT, "HACK * (TO DEATH)"; WordNet
beat up v.1, rough up v.1).

"X's police beat up Y's nationals" came out only through a mined trigger that matched "beat up" with any
object by chance (it came from "* UP DEMONSTRATION"). The phrasal verbs of physical assault are now listed in
``kg/data/lexicon.yaml``; the bare "beat" stays out, as it is as often a win in sport.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Russian soldiers beat up a Georgian farmer.", "RUS", "GEO"),  # active, particle before the object
        ("Two Kenyan traders were beaten up by Ugandan police.", "UGA", "KEN"),  # passive with its agent
        ("Greek police roughed up Turkish migrants near the border.", "GRC", "TUR"),
        ("Indian police beat two Nepali traders to death.", "IND", "NPL"),  # the result phrase after the object
    ],
)
def test_a_phrasal_verb_of_assault_is_an_attack(run: Run, text: str, doer: str, target: str) -> None:
    statements = run(text).statements
    found = [s for s in statements if s.predicate.name == "attacks" and s.subject.country == doer and s.object.country == target]
    assert found and found[0].cameo == "182", [(s.subject.label, s.predicate.name, s.object.label, s.cameo) for s in statements]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya beat Uganda in the final.",  # a win in sport
        "Chile beat Peru 3-1 on Tuesday.",
        "India beat the deadline set by Nepal.",
    ],
)
def test_a_bare_beat_is_no_attack(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.name == "attacks"], statements
