"""What an attack is made on, when it is no actor, says whose it is by its place (session 26).

"Struck targets in Y" gives an attack on Y (the verb's object is read through its place). The nouns of an attack
read the same way now: "carried out air strikes on targets in Y", "strikes against positions in northern Y", "raids
on camps across Y", "drone strikes on depots inside Y" (``struck_sites`` of ``kg/data/contests.yaml``: military targets and sites; their
"in / inside / across / near" phrase). Talks "on" such things are no attack, and a place with no state names no one.
All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "attacker", "attacked"),
    [
        ("Israel carried out air strikes on targets in Lebanon.", "Israel", "Lebanon"),
        ("Turkey conducted strikes against positions in northern Iraq.", "Türkiye", "Iraq"),
        ("Pakistani jets carried out strikes on camps in Afghanistan.", "Pakistan", "Afghanistan"),
        ("Ukraine's drone strikes on depots inside Russia grew.", "Ukraine", "Russia"),
        ("Sudan launched raids on sites across South Sudan, officials said.", "Sudan", "South Sudan"),
        ("Russia launched raids on military bases in Ukraine.", "Russia", "Ukraine"),
    ],
)
def test_an_attack_on_sites_in_a_state(run: Run, text: str, attacker: str, attacked: str) -> None:
    found = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "attacks"}
    assert (attacker, attacked) in found, run(text).statements


@pytest.mark.parametrize(
    "text",
    [
        "Talks on targets in Syria failed.",  # no attack
        "The strike on a hospital in the capital killed 20.",  # no state named
        "Experts discussed the positions in Iraq.",
    ],
)
def test_no_attack(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "attacks"], run(text).statements


@pytest.mark.parametrize(
    ("text", "attacker", "attacked"),
    [
        ("Syrian air defences intercepted Israeli missiles fired at targets near Damascus.", "Israel", "Syria"),
        ("Kuwait intercepted Iranian missiles launched toward its oil fields.", "Iran", "Kuwait"),
        ("Jordan intercepted Syrian rockets fired across the border.", "Syria", "Jordan"),
    ],
)
def test_missiles_intercepted_with_a_reduced_relative(run: Run, text: str, attacker: str, attacked: str) -> None:
    """"X intercepted Y's missiles fired at Z": the parse may read the participle as a clause whose subject is the
    missiles; they were still fired by their owner at the interceptor (session 26)."""
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert (attacker, "attacks", attacked) in found, found
    assert not [f for f in found if f[1] == "coerces"], found
