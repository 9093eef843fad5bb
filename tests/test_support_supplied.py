"""Support given through a verb of supplying or giving (CAMEO 05x/07x; kg/data/event_doers.yaml, ``supplying`` and
``giving``; kg/extract/_arguments.py, _noun_args and _receiver_before).

"X will provide Y with security support" gave nothing while "X provided Y with humanitarian assistance" gave aid: the
three-word triggers "provide with aid|assistance|..." list goods, and a noun of help in the "with" phrase had neither
doer nor receiver. It is now read as "X provides support to Y" is: the verb's subject does the act, for the verb's
direct object (or the passive's subject). "X gave Y military aid": the parse may hang the receiver on the noun as a
modifier ("Y's military aid"); a name that opens the object right after a verb of giving is the receiver. Under
"committed to providing Y with ...", the act comes out intended, no longer a commitment to a garbled topic.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "provide Y with N"
        ("New Zealand provided Samoa with budget support.", ("NZL", "supports", "WSM")),
        # the passive, with its agent
        ("Tonga was supplied with financial backing by Japan.", ("JPN", "supports", "TON")),
        # another verb of supplying
        ("Egypt furnished Libya with logistical support.", ("EGY", "supports", "LBY")),
        # the double object the parse hangs on the noun
        ("Italy gave Albania technical help.", ("ITA", "providesAidTo", "ALB")),
        ("Poland gave Lithuania military aid.", ("POL", "providesAidTo", "LTU")),
    ],
)
def test_support_supplied_to_the_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert (expected[2], expected[1], expected[0]) not in found, found  # the receiver gives nothing


def test_committed_to_providing_is_the_act_intended(run: Run) -> None:
    result = run("Singapore is committed to providing Brunei with technical support.")
    said = {(s.subject.country, s.predicate.name, s.object.country): s.modality for s in result.statements}
    assert said.get(("SGP", "supports", "BRN")) is Modality.INTENDED, said
    assert not [s for s in result.statements if s.predicate.name == "agreesTo"], said


@pytest.mark.parametrize(
    "text",
    [
        "The embassy provided visitors with a map.",
        "The Colombian ministry provided Ecuador with a list of names.",
        "The agency gave reporters a briefing.",
    ],
)
def test_no_support_named_gives_nothing(run: Run, text: str) -> None:
    assert not run(text).statements
