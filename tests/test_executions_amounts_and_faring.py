"""Executions, a withdrawal's own arms, sums "of" an act, and how a party fares in an act (issue 16, session 22).

* Executing a person is killing them (CAMEO 1823; WordNet execute v.1, a hyponym of kill v.1); carrying out a plan
  or a deal states nothing, and an act ended or carried out "with Y" names no one attacked.
* "withdrew its warships from the mission": the doer's own arms move, the mission is what it leaves.
* A sum "of" an act stands for the act, as "in" does: "announced 40 million euros of aid for Y".
* "Y's progress in the fight against Z": the owner of a noun of faring or of a share takes part in the act.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus executed a Lithuanian citizen convicted of spying.", ("Belarus", "attacks", "Lithuanian citizen")),
        ("Three Nepali workers were executed by Saudi Arabia last year.", ("Saudi Arabia", "attacks", "Nepali workers")),
        ("Al-Shabaab militants executed four Kenyan police officers.", ("al-Shabaab", "attacks", "Kenyan police officers")),
    ],
)
def test_executing_a_person_is_an_attack(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Ghana executed a financing agreement with South Korea.",  # a deed signed
        "Peru executed the plan with help from Chile.",  # a plan carried out
        "Vietnam killed the proposed deal with Laos.",  # an act ended, its partner no one attacked
        "Zambia delayed the execution of the mining contract with China.",  # the noun of carrying out
    ],
)
def test_carrying_out_or_ending_a_deal_is_no_attack(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] == "attacks"], said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway withdrew its frigates from the naval mission.", ("Norway", "withdrawsFrom", "naval mission")),
        ("Belgium is withdrawing its fighter jets from the air campaign.", ("Belgium", "withdrawsFrom", "air campaign")),
        ("The Netherlands withdrew its helicopters from the operation.", ("Netherlands", "withdrawsFrom", "operation")),
    ],
)
def test_a_withdrawal_leaves_the_mission_not_its_own_arms(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said
    assert not [t for t in said if t[1] == "withdrawsFrom" and t[2] in ("frigates", "fighter jets", "helicopters")], said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden announced 40 million euros of humanitarian aid for Yemen.", ("Sweden", "providesAidTo", "Yemen")),
        ("Japan delivered 500 tonnes of food aid to Madagascar.", ("Japan", "providesAidTo", "Madagascar")),
        ("Austria unveiled a new aid package for Lebanon.", ("Austria", "providesAidTo", "Lebanon")),
    ],
)
def test_a_sum_of_an_act_and_an_unveiled_act_are_the_subjects(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


def test_years_of_an_act_are_no_sum(run: Run) -> None:
    said = triples(run("Brazil and Paraguay marked 40 years of cooperation on the dam."))
    assert not [t for t in said if t[1] == "cooperatesWith"], said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy welcomed Kenya's progress in the fight against al-Shabaab.", ("Kenya", "fightsWith", "al-Shabaab")),
        ("Chad's gains in the war against Boko Haram were praised by France.", ("Chad", "fightsWith", "Boko Haram")),
        ("Turkey recognised Qatar's role in the talks with the Taliban.", ("Qatar", "meetsWith", "Taliban")),
    ],
)
def test_the_owner_of_a_noun_of_faring_takes_part(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "The envoy praised the progress in the fight against al-Shabaab.",  # no owner: no fighter
        "Argentina's success in the Copa America pleased Uruguay.",  # a match, no act
    ],
)
def test_faring_without_an_owner_or_an_act_states_no_party(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] in ("fightsWith", "meetsWith")], said
