"""Evaluations with "as" and crimes named, orders given to forces, and investigations of a question (issue 16).

* "X sees / perceives / treats Y as a partner (a threat, a strategic partner)" evaluates Y as "regards Y as" does; only
  the "as" label counts ("X saw Y's troops near the border" is seeing);
* a label that names a crime is an accusation (CAMEO 112): "X called Y's offensive a genocide", "described Y's raid
  as a massacre";
* ordering another state's forces out is expelling them (CAMEO 166): "X ordered Y's troops to leave", "gave Y's
  soldiers a month to leave"; ordering one's own forces is one's own intended act: "X ordered its troops to withdraw
  from Y", "instructed its army to attack Y";
* an investigation of a question investigates the doer it asks about: "X is investigating whether Y's agents
  sabotaged the cable", "an inquiry into whether Y's troops crossed the border" (the act asked about is possible).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import modalities
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tunisia sees Algeria as a reliable partner.", ("Tunisia", "praises", "Algeria")),
        ("Lithuania perceives Belarus as a threat to its security.", ("Lithuania", "criticizes", "Belarus")),
        ("Armenia has long treated India as a strategic partner.", ("Armenia", "strategicPartnerOf", "India")),
        ("The Bolivian president called Chile's blockade a crime.", ("Bolivia", "accuses", "Chile")),
        ("The Iranian foreign minister described the Saudi air strikes as a massacre.", ("Iran", "accuses", "Saudi Arabia")),
        ("Qatar described Israel's siege of the city as genocide.", ("Qatar", "accuses", "Israel")),
    ],
)
def test_a_label_says_what_the_evaluator_holds_of_the_evaluated(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya saw Somalia's troops near the border.",
        "Colombia saw the match as a chance to win the cup.",
        "The historian called the famine a crime of the old empire.",
        "Peru's president called his Chilean counterpart, a longtime friend, on Monday.",
    ],
)
def test_seeing_or_a_label_of_no_actor_is_no_evaluation(run: Run, text: str) -> None:
    found = modalities(run(text))
    assert not [k for k in found if k[1] in ("praises", "criticizes", "accuses")], found


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        ("Gabon ordered French troops to leave within a month.", "Gabon", "French troops"),
        ("The Malian junta told the Danish soldiers to depart.", "Malian junta", "Danish soldiers"),
        ("Chad gave Sudanese forces two weeks to leave the country.", "Chad", "Sudanese forces"),
        ("Somalia instructed the Ethiopian contingent to withdraw by December.", "Somalia", "Ethiopia"),
    ],
)
def test_ordering_another_states_forces_out_is_expelling_them(run: Run, text: str, subject: str, obj: str) -> None:
    found = modalities(run(text))
    assert (subject, "sanctions", obj) in found, found
    assert not [k for k in found if k[1] == "mobilizes"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya ordered its troops to withdraw from Somalia by June.", ("Kenya", "withdrawsFrom", "Somalia")),
        ("Russia ordered its navy to blockade Georgian ports.", ("Russia", "coerces", "Georgia")),
        ("Sudan instructed its army to attack Chadian positions.", ("Sudan", "attacks", "Chad")),
    ],
)
def test_ordering_ones_own_forces_is_ones_own_intended_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert found.get(expected) is Modality.INTENDED, found


def test_ordering_ones_forces_somewhere_stays_a_deployment(run: Run) -> None:
    found = modalities(run("Russia ordered its troops to the border with Ukraine."))
    assert ("Russia", "mobilizes", "Ukraine") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia is investigating whether Russian agents sabotaged the cable.", ("Latvia", "investigates", "Russia")),
        ("Chile opened an inquiry into whether Bolivian troops crossed the border.", ("Chile", "investigates", "Bolivian troops")),
        ("Ghana launched a probe into how Nigerian officials obtained the licences.", ("Ghana", "investigates", "Nigerian officials")),
    ],
)
def test_an_investigation_of_a_question_investigates_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """"investigating whether Y's agents did Z": the doer of the act asked about is investigated (the act itself, if
    the lexicon reads it, is only possible)."""
    found = modalities(run(text))
    assert expected in found, found
    assert not [k for k, m in found.items() if k[1] != "investigates" and m is Modality.ASSERTED], found


def test_an_investigation_of_a_thing_names_no_party(run: Run) -> None:
    assert not run("Norway is investigating whether the storm damaged the cables.").statements
