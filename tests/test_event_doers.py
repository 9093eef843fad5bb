"""Who does an event named by a noun without a doer of its own (``_takes_part``, ``kg/data/event_doers.yaml``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb hands its subject to the event its object names
        ("Spain launched an attack on Portugal.", ("Spain", "attacks", "Portugal")),
        ("Italy imposed sanctions on Syria.", ("Italy", "sanctions", "Syria")),
        ("Kenya held talks with Uganda.", ("Kenya", "meetsWith", "Uganda")),
        # an occasion one takes part in, named in a time phrase
        ("Norway pledged aid after talks with Sweden.", ("Norway", "meetsWith", "Sweden")),
        ("Chile signed a trade deal during a visit to Peru.", ("Chile", "visits", "Peru")),
    ],
)
def test_the_clause_subject_does_an_event_it_takes_part_in(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an act done to a target, named in a time phrase: what the clause reacts to
        ("Iceland spoke out after the attack on Ecuador.", ("Iceland", "attacks", "Ecuador")),
        ("Mongolia called for calm amid the blockade of Lesotho.", ("Mongolia", "coerces", "Lesotho")),
        ("The minister of Austria expressed concern following the sanctions against Moldova.", ("Austria", "sanctions", "Moldova")),
        ("Fiji remained silent during the invasion of Tonga.", ("Fiji", "attacks", "Tonga")),
        # what a verb of speech or judgement is about
        ("The foreign minister of Ireland commented on the sanctions against Belarus.", ("Ireland", "sanctions", "Belarus")),
        ("Peru reported on the talks with Bolivia.", ("Peru", "meetsWith", "Bolivia")),
        ("Chile complained about the talks with Argentina.", ("Chile", "meetsWith", "Argentina")),
        # not a time phrase at all: a speech verb's object and a reported clause
        ("Norway condemned the attack on Peru.", ("Norway", "attacks", "Peru")),
        ("Germany said the sanctions against Iran were unjust.", ("Germany", "sanctions", "Iran")),
    ],
)
def test_the_clause_subject_does_not_do_an_event_it_reacts_to(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in events(run(text))


def test_a_reaction_alone_yields_nothing(run: Run) -> None:
    """Distractor: a reaction to an attack between no named parties states no event."""
    expect(events(run("The council spoke out after the attack on the village.")), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is condemned or opposed is the act's doer, when the act names it
        ("Chile condemned Argentina's attack on Uruguay.", ("Chile", "criticizes", "Argentina")),
        ("Chile condemned the attack on Uruguay by Argentina.", ("Chile", "criticizes", "Argentina")),
        ("Ghana denounced the Nigerian blockade of Benin.", ("Ghana", "criticizes", "Nigeria")),
        # a light verb's object is its own act
        ("Spain launched an attack on Portugal.", ("Spain", "attacks", "Portugal")),
        # a verb that undoes the act keeps its target
        ("Japan lifted its sanctions on Myanmar.", ("Japan", "concedes", "Myanmar")),
        ("Egypt eased the blockade of Libya.", ("Egypt", "concedes", "Libya")),
    ],
)
def test_a_judged_act_stands_for_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Norway condemned the attack on Peru.", ("Norway", "criticizes", "Peru")),
        ("Japan criticized the invasion of Laos.", ("Japan", "criticizes", "Laos")),
        ("India opposed the sanctions against Nepal.", ("India", "rejects", "Nepal")),
        ("France denounced the blockade of Qatar.", ("France", "criticizes", "Qatar")),
        ("Chile condemned Argentina's attack on Uruguay.", ("Chile", "criticizes", "Uruguay")),
        ("Norway demanded an end to the blockade of Peru.", ("Norway", "demands", "Peru")),
    ],
)
def test_the_target_of_a_judged_act_is_not_judged(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    """"X condemned the attack on Y": Y suffered the attack; X does not criticise Y."""
    assert wrong not in events(run(text))
