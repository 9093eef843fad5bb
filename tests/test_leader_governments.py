"""A government named by its leader is that leader's country's government (issue 16).

"the <leader> government / administration / junta", "<leader>'s government", "the government of <leader>" (the
three shapes of "the <leader> regime", kg/_regime.py) name the government of the leader's country, the same sector
actor as "the <country> government", when the name is a head of state or of government of kg/data/leaders.tsv. A
name the table does not hold, or a leader's name before another noun, is read as before.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "side", "country"),
    [
        # compound, as the object
        ("Canada condemned the Lukashenko government.", "object", "BLR"),
        ("Japan praised the Modi administration.", "object", "IND"),
        # possessive
        ("Germany criticized Orbán's government.", "object", "HUN"),
        # "of" phrase
        ("Australia condemned the government of Kim Jong Un.", "object", "PRK"),
        # as the subject
        ("The Netanyahu government rejected the proposal from Egypt.", "subject", "ISR"),
    ],
)
def test_a_government_named_by_its_leader_is_the_countrys_government(run: Run, text: str, side: str, country: str) -> None:
    statements = run(text).statements
    actors = [getattr(s, side) for s in statements]
    assert any(a.type is EntityType.SECTOR_ACTOR and a.role == "government" and a.country == country for a in actors), actors
    assert not any(a.type is EntityType.PERSON for a in actors), actors


@pytest.mark.parametrize(
    "text",
    [
        "Norway condemned the Jones government.",
        "The Sisi biography was published in Cairo.",
        "The Marshall Plan helped rebuild Austria.",
    ],
)
def test_no_leader_of_the_table_no_government(run: Run, text: str) -> None:
    assert not [m for m in run(text).mentions if m.entity.type is EntityType.SECTOR_ACTOR and m.entity.role == "government"]
