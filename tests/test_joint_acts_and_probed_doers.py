"""Acts done jointly are cooperation (CAMEO 06); the doer named after an investigation's act is the one investigated.

"X and Y will jointly develop the field", "X will operate the base jointly with Y": every verb of making, running or
doing with "jointly" or "together" relates its coordinated subjects (or its "with" partner) as cooperating. "X opened
an investigation into war crimes by Y's army": the parse hangs "by Y" on the noun, and the general rules took Y for
the investigator; after the act it names the act's doer, and X (the light verb's subject) investigates.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _pair(found: set[tuple[str | None, str, str | None]], a: str, predicate: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Nigeria and Ghana will jointly build a gas pipeline.", "NGA", "GHA"),
        ("Turkey and Azerbaijan jointly manufacture armoured vehicles.", "TUR", "AZE"),
        ("Kenya will jointly run the port with Djibouti.", "KEN", "DJI"),
        ("Austria and Slovenia explored the cave system together.", "AUT", "SVN"),
        ("Portugal designed the satellite jointly with Brazil.", "PRT", "BRA"),  # the adverb hung on "with"
    ],
)
def test_acts_done_jointly_are_cooperation(run: Run, text: str, a: str, b: str) -> None:
    found = country_triples(run(text))
    assert _pair(found, a, "cooperatesWith", b), found


@pytest.mark.parametrize(
    "text",
    [
        "Two Dutch firms will jointly develop a vaccine.",  # no state
        "Colombia will develop the oil field on its own.",  # no partner
    ],
)
def test_no_joint_act_between_states(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "cooperatesWith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada opened an investigation into torture by Iran's police.", ("CAN", "investigates", "IRN")),
        ("The ICC launched an inquiry into killings by Sudan's army.", ("International Criminal Court", "investigates", "SDN")),
        ("Belgium began a probe into espionage by China's embassy.", ("BEL", "investigates", "CHN")),
    ],
)
def test_the_doer_after_an_investigated_act_is_investigated(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    found = {(s.subject.country or s.subject.label, s.predicate.name, s.object.country or s.object.label) for s in result.statements}
    assert expected in found, found
    assert not [s for s in result.statements if s.predicate.name == "investigates" and s.subject.key == s.object.key]
