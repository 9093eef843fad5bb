"""Recognition given with a light verb, and asylum granted (session 26).

"Recognised Y" is support (CAMEO 054); so are the light verbs of the noun: "extended its recognition to Y", "granted
recognition to Y", "accorded recognition to Y's new government" (a state, an organisation or a state's government:
"gave recognition to a film" is another sense). Granting asylum is CAMEO 075 (was filed under 070), to a state's
nationals coded by their state. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "recogniser", "recognised"),
    [
        ("Ireland extended its recognition to Palestine.", "Ireland", "Palestine"),
        ("Recognition was granted to Kosovo by Spain in May.", "Spain", "Kosovo"),
        ("Mexico accorded recognition to the new Bolivian government.", "Mexico", "Bolivian government"),
    ],
)
def test_recognition_given(run: Run, text: str, recogniser: str, recognised: str) -> None:
    found = {(s.subject.label, s.object.label, s.cameo) for s in run(text).statements if s.predicate.name == "supports"}
    assert (recogniser, recognised, "054") in found, run(text).statements


@pytest.mark.parametrize("text", ["The jury gave recognition to the Chilean film.", "The award extended recognition to Peruvian poets."])
def test_recognition_of_no_state(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "supports"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Germany gave asylum to the Russian dissident.", "Russian dissident"),
        ("Asylum was granted to two Eritrean pilots by Italy.", "Eritrea"),  # a number of nationals: their state
        ("Ecuador granted political asylum to the Swedish activist, officials said.", "Swedish activist"),
    ],
)
def test_asylum_granted(run: Run, text: str, recipient: str) -> None:
    found = [(s.object.label, s.cameo) for s in run(text).statements if s.predicate.name == "providesAidTo"]
    assert (recipient, "075") in found and all(code == "075" for _, code in found), found
