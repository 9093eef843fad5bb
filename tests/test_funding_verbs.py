"""Paying for another actor is aid to it (issue 16).

* PETRARCH2's block of funding verbs (fund, finance, bankroll, sponsor, underwrite) coded as "financed the rebels" is
  (providesAidTo, CAMEO 070); "sponsor" and "underwrite", also said of events, texts and debts, only with an
  organisation or a state's group named as the object; active, passive and the noun "sponsorship of";
* the parse may hang the name before a verb in -s on it as a compound ("X funds Y" read as the noun phrase "X
  funds"): the name is the verb's subject (``_arguments._subjects_of_verb``);
* the parties of a thing paid for ("sponsored talks between Y and Z") are given nothing;
* an accusation of funding is the accuser's act, as for every accused act: "X accused Y of funding Z" is X accuses Y,
  not an asserted aid from Y to Z.

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
        # present tense, an organisation as the object
        ("Iran sponsors Kataib Hezbollah.", ("Iran", "providesAidTo", "Kataib Hezbollah")),
        # passive with an agent
        ("The Houthis are sponsored by Iran.", ("Iran", "providesAidTo", "Houthis")),
        ("The Taliban is funded by Pakistan.", ("Pakistan", "providesAidTo", "Taliban")),
        # a state's force as the object
        ("Saudi Arabia underwrites the Lebanese army.", ("Saudi Arabia", "providesAidTo", "Lebanese army")),
        # the noun with its owner and its "of" object
        ("Iran's sponsorship of Hezbollah worries Israel.", ("Iran", "providesAidTo", "Hezbollah")),
        # the name before a verb in -s parsed as its compound
        ("Turkey funds the Syrian rebels.", ("Türkiye", "providesAidTo", "Syrian rebels")),
    ],
)
def test_paying_for_an_actor_is_aid(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert found.get(expected) is Modality.ASSERTED, found


def test_an_accusation_of_funding_is_the_accusers_act(run: Run) -> None:
    found = modalities(run("India accused Pakistan of funding Lashkar-e-Taiba."))
    assert found.get(("India", "accuses", "Pakistan")) is Modality.ASSERTED, found
    assert ("Pakistan", "providesAidTo", "Lashkar-e-Taiba") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The foundation funds studies of coral reefs.",
        "The marathon is sponsored by a bank.",
        "Brazil sponsored a resolution on climate.",
        "Norway sponsored talks between Colombia and the FARC.",
        "Kenya funds its own schools.",
    ],
)
def test_paying_for_a_thing_is_no_aid_to_an_actor(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "providesAidTo"]
