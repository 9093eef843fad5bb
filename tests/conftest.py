"""Shared fixtures: the real spaCy pipeline, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from kg.extract import get_extractor
from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult, Entity, EntityType, Modality
from kg.nlp import load_nlp
from kg.pipeline import analyse
from kg.read import article_from_text


#: The Islamic State's label in the gazetteer (its UN designation), for tests that name the group as the data does.
ISIL = load_gazetteer().lookup("ISIL").label  # type: ignore[union-attr]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[..., ArticleResult]:
    """Run resolve + extract on a text (with an optional publication date)."""
    extractor = get_extractor()

    def _run(text: str, published: str | None = None) -> ArticleResult:
        import datetime as dt

        article = article_from_text(text, "test.txt", published=dt.date.fromisoformat(published) if published else None)
        return analyse(nlp(article.text), article, extractor)

    return _run


def people_by_label(result: ArticleResult) -> dict[str, Entity]:
    """The persons a result mentions, by label."""
    return {m.entity.label: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}


def triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of a result's statements."""
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


def modalities(result: ArticleResult) -> dict[tuple[str, str, str], Modality]:
    """The modality of each (subject label, predicate, object label) of a result's statements."""
    return {(s.subject.label, s.predicate.name, s.object.label): s.modality for s in result.statements}


def country_triples(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    """(subject country, predicate, object country or label) of a result's statements."""
    return {(s.subject.country, s.predicate.name, s.object.country or s.object.label) for s in result.statements}


def events(result: ArticleResult) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of a result's non-structural statements."""
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements if s.predicate.category != "STRUCTURAL"}


def expect(found: set[tuple[str, str, str]], expected: tuple[str, str, str] | None) -> None:
    """``expected`` is among the events found; ``None`` marks a distractor, which must yield no event at all."""
    if expected is None:
        assert not found, found
    else:
        assert expected in found, found


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files (tests/data/*.nq) from the current code")
