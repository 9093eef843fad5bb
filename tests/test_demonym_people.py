"""Plural demonyms name people, not their state (kg/resolve.py, _people), and private people travel, not visit
(kg/extract/patterns.py, the ``visits`` filter)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


def _entity(result: ArticleResult, text: str) -> tuple[EntityType, str | None, str | None]:
    mention = next(m for m in result.mentions if m.text == text)
    return mention.entity.type, mention.entity.country, mention.entity.role


@pytest.mark.parametrize(
    ("text", "demonym", "country"),
    [
        # a bare plural subject, a counted "of" object, a subject with a participle, a number, an object
        ("Chileans crossed into Peru on foot.", "Chileans", "CHL"),
        ("Thousands of Bolivians fled to Argentina.", "Bolivians", "BOL"),
        ("Peruvians living in Chile marched on Sunday.", "Peruvians", "PER"),
        ("Some 3,000 Paraguayans reached Brazil last month.", "Paraguayans", "PRY"),
        ("Argentina deported Uruguayans.", "Uruguayans", "URY"),
    ],
)
def test_a_plural_demonym_names_the_people(run: Run, text: str, demonym: str, country: str) -> None:
    kind, code, role = _entity(run(text), demonym)
    assert (kind, code, role) == (EntityType.SECTOR_ACTOR, country, "civilians")


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        # distractors: "the" plural (a side in talks or war), an adjective, a sector noun of its own
        ("The Chileans rejected the Peruvian proposal.", "Chileans"),
        ("Chilean troops crossed into Peru.", "Chilean troops"),
    ],
)
def test_a_definite_or_modifying_demonym_is_not_its_people(run: Run, text: str, demonym: str) -> None:
    kind, _, role = _entity(run(text), demonym)
    assert role != "civilians" or kind is not EntityType.SECTOR_ACTOR


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural, a group from a country, tourists, a counted plural with "reached"
        "Chileans arrived in Peru.",
        "Refugees from Bolivia arrived in Argentina.",
        "Paraguayan tourists visited Brazil in record numbers.",
        "Hundreds of Uruguayans reached Argentina by boat.",
    ],
)
def test_private_people_arriving_is_no_visit(run: Run, text: str) -> None:
    assert not [t for t in triples(run(text)) if t[1] == "visits"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a delegation, officials and a minister still visit
        ("A Chilean delegation arrived in Peru.", ("Chilean delegation", "visits", "Peru")),
        ("Bolivian officials visited Argentina.", ("Bolivian officials", "visits", "Argentina")),
    ],
)
def test_officials_arriving_still_visit(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(run(text))
