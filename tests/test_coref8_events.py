"""A named military operation is no actor: "Operation Desert Shield", "Exercise Cobra Gold" (``kg/data/named_events.yaml``).

The NER tags such a name an organisation (or the words after "Operation" a person); the resolver leaves it out
(:func:`kg._places.names_operation`), so that no actor-to-actor statement has the operation for its party, and a
country that joins one takes part in it (a topic), rather than becoming a member of an organisation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, triples

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


def _actors(result: ArticleResult) -> set[str]:
    return {m.entity.label for m in result.mentions if m.entity.type in (EntityType.PERSON, EntityType.ORGANIZATION)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mali launched Operation Iron Gate against the rebels.", "Operation Iron Gate"),  # object of a verb of launching
        ("Ghana criticized Operation Harmattan.", "Operation Harmattan"),  # object of a criticism
        ("Operation Desert Shield was launched by the United States against Iraq.", "Desert Shield"),  # the NER's person
        ("Togo praised Exercise Cobra Gold.", "Exercise Cobra Gold"),
    ],
)
def test_a_named_operation_is_no_party(run: Run, text: str, name: str) -> None:
    result = run(text)
    assert name not in _actors(result), _actors(result)
    assert not any(name in (s, o) for s, _, o in events(result)), events(result)


def test_a_country_joining_an_operation_takes_part_in_it(run: Run) -> None:
    found = triples(run("France joined Operation Barkhane."))
    assert ("France", "participatesIn", "Operation Barkhane") in found, found
    assert not any(p == "memberOf" for _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distractors: the plural "Operations" of a title, and "the operation" without a name, keep today's reading
        ("The Kenyan army praised Operations Director Jane Wanjiru.", ("Kenyan army", "praises", "Jane Wanjiru")),
        ("Kenya attended the Lisbon Summit.", ("Kenya", "participatesIn", "Lisbon Summit")),
    ],
)
def test_other_names_keep_their_reading(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text)), triples(run(text))


def test_an_operation_ordered_by_a_country_states_nothing(run: Run) -> None:
    text = "Operation Iron Gate was the first large deployment of the new Malian army. The operation was ordered by Mali."
    assert not events(run(text))
