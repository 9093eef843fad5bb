"""Extract stage: statements from a parsed article, by a registered extractor.

Entry point: :func:`extract`. Extractors are registered by ``name.vN`` in
:func:`register_builtins`; third parties add theirs through the
``bilateral_kg.extractors`` entry-point group (the entry point is a factory
taking ``lexicon_files`` and returning an :class:`Extractor`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.errors import UnknownExtractor
from kg.model import Article, EntityType, Mention, Statement

if TYPE_CHECKING:  # spaCy is imported where articles are parsed, not by a client that only names the extractor
    from spacy.tokens import Doc

DEFAULT_EXTRACTOR = "patterns.v1"


class Extractor(Protocol):
    """Something that reads statements off a parsed article."""

    name: str

    def __call__(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Statement]: ...


Factory = Callable[..., Extractor]
_REGISTRY: dict[str, Factory] = {}


def register_extractor(name: str, factory: Factory) -> None:
    """Register an extractor factory under ``name`` (``family.vN``)."""
    _REGISTRY[name] = factory


def register_builtins() -> None:
    """Register the extractors that ship with bilateral-kg, then those of installed plugins."""
    from kg.extract.patterns import PatternExtractor

    register_extractor("patterns.v1", PatternExtractor)
    for ep in entry_points(group="bilateral_kg.extractors"):
        register_extractor(ep.name, ep.load())


def available_extractors() -> list[str]:
    """Names of the registered extractors."""
    if not _REGISTRY:
        register_builtins()
    return sorted(_REGISTRY)


def get_extractor(name: str = DEFAULT_EXTRACTOR, lexicon_files: Sequence[Path] = ()) -> Extractor:
    """Create the extractor registered under ``name``.

    Raises:
        UnknownExtractor: no such extractor; the message lists the available ones.
    """
    choices = available_extractors()
    if name not in _REGISTRY:
        raise UnknownExtractor(f"Unknown extractor {name!r}. Available: {', '.join(choices)}")
    return _REGISTRY[name](lexicon_files=lexicon_files)


def check_extractor(name: str = DEFAULT_EXTRACTOR, lexicon_files: Sequence[Path] = ()) -> None:
    """Raise what :func:`get_extractor` would for an unknown name or a broken user lexicon file, without
    creating the extractor (or importing spaCy): for a client whose cluster workers create it.

    Raises:
        UnknownExtractor: no such extractor.
        LexiconInvalid: a lexicon file cannot be read or is malformed.
    """
    from kg.extract.lexicon import check_lexicon_files

    choices = sorted({*_REGISTRY, DEFAULT_EXTRACTOR, *(ep.name for ep in entry_points(group="bilateral_kg.extractors"))})
    if name not in choices:
        raise UnknownExtractor(f"Unknown extractor {name!r}. Available: {', '.join(choices)}")
    check_lexicon_files(lexicon_files)


def run_name(extractor: Extractor, name: str = DEFAULT_EXTRACTOR) -> tuple[str, str]:
    """The extractor's name (``name`` if it has none) and its lexicon's digest ("" without one): what names a
    run of it (:func:`kg.rdf.run_iri`)."""
    return getattr(extractor, "name", name), getattr(getattr(extractor, "lexicon", None), "digest", "")


def extract(doc: Doc, article: Article, mentions: Sequence[Mention], extractor: Extractor | None = None) -> Iterator[Statement]:
    """Read statements off one parsed article with ``extractor`` (default ``patterns.v1``).

    A statement whose subject is a person while the vocabulary declares its predicate of countries only
    (``memberOf``: "Y joined O" is membership for a country, a job for a person) is left out, whichever
    extractor made it.
    """
    for statement in (extractor or get_extractor())(doc, article, mentions):
        if statement.subject.type is EntityType.PERSON and statement.predicate.domain == "Country":
            continue
        yield statement
