"""An attack (or a kidnapping) claimed by a party is that party's act (issue 16, helper seize11): "Y claimed the rocket
attack on Z", "Y claimed (accepted, took) responsibility for the bombing of Z's bus" mean Y attacks Z, as "Y said it
carried out the strike on Z" does (``kg/extract/_arguments.claimed_by``, the ``claiming``, ``owning`` and ``owned``
words of ``kg/data/event_doers.yaml``; PETRARCH2's CLAIM rows, CAMEO 015).

Modality: the claim is the claimant's own word, read as "said it carried out" is: asserted, attributed to the
claimant (``claim`` is a reporting verb, :data:`kg.extract._words._REPORTING`); a claim denied ("did not claim")
is negated.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]

_DONE_TO = ("attacks", "coerces")


def _acts(result: ArticleResult) -> set[tuple[str, str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label, s.modality.value) for s in result.statements if s.predicate.name in _DONE_TO}


@pytest.mark.parametrize(
    ("text", "doer", "predicate", "target"),
    [
        # responsibility claimed for an act noun with its "of" patient
        ("Boko Haram claimed responsibility for the bombing of a Cameroonian army post.", "Boko Haram", "attacks", "Cameroon"),
        # the act itself claimed
        ("The Houthis claimed the drone attack on Saudi Arabia.", "Houthis", "attacks", "Saudi Arabia"),
        # other verbs of owning, a possessive of time before the act
        ("Hezbollah accepted responsibility for the shelling of Israeli towns.", "Hezbollah", "attacks", "Israel"),
        ("Hezbollah took responsibility for Sunday's attack on Israeli soldiers.", "Hezbollah", "attacks", "Israeli soldiers"),
        # credit claimed for a kidnapping
        ("Al-Qaeda claimed credit for the kidnapping of two French engineers.", "al-Qaeda", "coerces", "France"),
        # in reported speech
        ("Hamas has claimed responsibility for the rocket attacks on Israel, a spokesman said.", "Hamas", "attacks", "Israel"),
    ],
)
def test_a_claimed_act_is_the_claimants(run: Run, text: str, doer: str, predicate: str, target: str) -> None:
    found = _acts(run(text))
    assert (doer, predicate, target, "asserted") in found, found


def test_the_claim_is_attributed_to_the_claimant(run: Run) -> None:
    result = run("Boko Haram claimed responsibility for the bombing of a Cameroonian army post.")
    (statement,) = [s for s in result.statements if s.predicate.name == "attacks"]
    assert statement.attributed_to is not None and statement.attributed_to.label == "Boko Haram"


def test_an_attack_not_claimed_is_negated(run: Run) -> None:
    assert ("Hamas", "attacks", "Israel", "negated") in _acts(run("Hamas did not claim the rocket attack on Israel."))


@pytest.mark.parametrize(
    "text",
    [
        "Nobody claimed responsibility for the attack.",
        "Spain claimed the victory over Italy.",
        "The company claimed responsibility for the oil spill.",
        "Germany claimed credit for the trade deal with Japan.",
        # a claim with no target named
        "The Houthis claimed the attack.",
    ],
)
def test_no_act_without_a_claimed_attack_and_its_sides(run: Run, text: str) -> None:
    assert not _acts(run(text))


def test_a_claim_about_an_attack_is_no_claim_of_it(run: Run) -> None:
    # the attack is the subject of the claimed clause: its doer is the "by" agent, not the one who claims
    found = _acts(run("Russia claimed the attack on its embassy was staged by Ukraine."))
    assert not [a for a in found if a[0] == "Russia"]
