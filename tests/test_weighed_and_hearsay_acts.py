"""How firmly an act is stated when another verb governs it (issue 16).

* the subject of a raising passive does the complement's act: "X and Y are expected to sign a pact", "X is set to
  visit Y" (intended);
* hearsay passives make it possible: "X is reported (believed, said) to have sent troops to Y";
* weighing makes it possible: "X is considering imposing sanctions on Y", "X mulls sending troops to Y";
* a hostile act vowed is a threat (CAMEO 13): "X vowed to retaliate against Y", "pledged to impose sanctions on Y";
* ruling out denies it, and not ruling it out makes it possible: "X ruled out sending troops to Y" (negated), "X has
  not ruled out (refused to rule out) sending troops to Y" (possible).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import modalities
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "statement", "modality"),
    [
        ("Ghana and Togo are expected to sign a border pact.", ("Ghana", "signsAgreementWith", "Togo"), Modality.INTENDED),
        ("The Indonesian president is set to visit Australia next week.", ("Indonesia", "visits", "Australia"), Modality.INTENDED),
        ("Iran is reported to have sent drones to Sudan.", ("Iran", "providesAidTo", "Sudan"), Modality.POSSIBLE),
        ("Belarus is believed to have sent troops to Russia.", ("Belarus", "mobilizes", "Russia"), Modality.POSSIBLE),
        ("Canada is considering imposing sanctions on Iran.", ("Canada", "sanctions", "Iran"), Modality.POSSIBLE),
        ("Lithuania mulls sending troops to Ukraine.", ("Lithuania", "mobilizes", "Ukraine"), Modality.POSSIBLE),
        ("Hungary ruled out sending troops to Ukraine.", ("Hungary", "mobilizes", "Ukraine"), Modality.NEGATED),
        ("France has not ruled out sending troops to Ukraine.", ("France", "mobilizes", "Ukraine"), Modality.POSSIBLE),
        ("Poland refused to rule out sending troops to Ukraine.", ("Poland", "mobilizes", "Ukraine"), Modality.POSSIBLE),
    ],
)
def test_the_governing_verb_gives_the_modality(run: Run, text: str, statement: tuple[str, str, str], modality: Modality) -> None:
    found = modalities(run(text))
    assert found.get(statement) is modality, found


def test_an_act_done_after_weighing_is_asserted(run: Run) -> None:
    found = modalities(run("Japan imposed sanctions on Iran after considering the options."))
    assert found.get(("Japan", "sanctions", "Iran")) is Modality.ASSERTED, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia vowed to retaliate against Azerbaijan.", ("Armenia", "threatens", "Azerbaijan")),
        ("Pakistan swore to strike back against India.", ("Pakistan", "threatens", "India")),
        ("The United States pledged to impose sanctions on Cuba.", ("United States", "threatens", "Cuba")),
    ],
)
def test_a_hostile_act_vowed_is_a_threat(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """PETRARCH2 "VOW * ATTACK", "VOW * REVENGE", "PLEDGE * BOYCOTT" (CAMEO 138, 1312): a threat, not an intent to
    cooperate, and no pledge of a topic besides it."""
    result = run(text)
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}
    assert expected in found, found
    assert not [s for s in result.statements if s.predicate.name == "agreesTo"], found


def test_a_cooperative_act_vowed_stays_an_intent(run: Run) -> None:
    found = modalities(run("Japan pledged to send aid to Nepal."))
    assert found.get(("Japan", "providesAidTo", "Nepal")) is Modality.INTENDED, found
