"""A word read as joining an organisation has no other reading between the same sides (session 26).

"X acceded to O" is X's membership (kg/extract/_structural.py), not also a concession to O (the lexicon's "accede
to" of giving in); "O admitted X as a member" is no diplomatic relation between X and O. Another word of the sentence
keeps its reading, and "accede to" with another's demands stays a concession. All sentences are invented for these
tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "member", "body"),
    [
        ("Croatia acceded to the European Union in 2013.", "Croatia", "European Union"),
        ("The African Union admitted Somalia as a member in 1963.", "Somalia", "African Union"),
        ("Montenegro formally acceded to NATO on Monday, officials said.", "Montenegro", "North Atlantic Treaty Organization"),
    ],
)
def test_joining_is_only_membership(run: Run, text: str, member: str, body: str) -> None:
    statements = run(text).statements
    pair = [s.predicate.name for s in statements if {s.subject.label, s.object.label} == {member, body}]
    assert pair == ["memberOf"], [(s.subject.label, s.predicate.name, s.object.label) for s in statements]


def test_demands_acceded_to_stay_a_concession(run: Run) -> None:
    names = {s.predicate.name for s in run("Egypt acceded to the demands of the IMF.").statements}
    assert names == {"concedes"}, names


def test_another_word_keeps_its_reading(run: Run) -> None:
    names = {s.predicate.name for s in run("Finland joined NATO and criticised Russia.").statements}
    assert names == {"memberOf", "criticizes"}, names
