"""What every scorer shares: system statement records as compared, entity and topic matching
(rules a-d of :mod:`kg.evaluate`), and the counts and ratios that scores sum."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.evaluate.gold import GoldArticle, GoldItem, GoldStatement, GoldTopic
from kg.evaluate.normalize import (
    _ISO3,
    COUNTRY_LEVEL_TYPES,
    SYMMETRIC_PREDICATES,
    TOPIC_THRESHOLD,
    _category,
    _normalize_text,
    normalize_label,
    topic_overlap,
)


@dataclass(frozen=True)
class _SysEntity:
    label: str
    norm: str
    type: str
    country: str | None
    wikidata: str | None


@dataclass(frozen=True)
class _SysStatement:
    subject: _SysEntity | None
    predicate: str
    category: str  # the event coding's PLOVER category (AGREE for an intended cooperative act)
    predicate_category: str  # the predicate's category in the vocabulary (what the dev gold's `category` is)
    object: _SysEntity | None
    modality: str
    attributed_to: _SysEntity | None
    evidence: str
    evidence_norm: str
    confidence: float


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _sys_entity(value: object) -> _SysEntity | None:
    if not isinstance(value, Mapping):
        return None
    label = _text(value.get("label"))
    country = _text(value.get("country")).strip().upper() or None
    wikidata = _text(value.get("wikidata")).strip().upper() or None
    return _SysEntity(label, normalize_label(label), _text(value.get("type")), country, wikidata)


def _sys_statement(record: Mapping[str, object]) -> _SysStatement:
    evidence = record.get("evidence")
    text = _text(evidence.get("text")) if isinstance(evidence, Mapping) else _text(evidence)
    confidence = record.get("confidence")
    return _SysStatement(
        subject=_sys_entity(record.get("subject")),
        predicate=_text(record.get("predicate")),
        category=_category(record.get("category")),
        predicate_category=_category(record.get("predicate_category") or record.get("category")),
        object=_sys_entity(record.get("object")),
        modality=_text(record.get("modality")),
        attributed_to=_sys_entity(record.get("attributed_to")),
        evidence=text,
        evidence_norm=_normalize_text(text),
        confidence=float(confidence) if isinstance(confidence, int | float) else 0.0,
    )


def _show(entity: _SysEntity | None) -> str:
    return entity.label if entity is not None and entity.label else "?"




class _Matcher:
    """Entity and topic matching against one gold article's entities."""

    def __init__(self, gold: GoldArticle) -> None:
        self.entities = gold.entities
        self.names = {
            eid: frozenset(n for n in map(normalize_label, (e.label, *e.aliases)) if n)
            for eid, e in gold.entities.items()
        }
        self.parts: dict[str, list[str]] = {}
        for eid, entity in gold.entities.items():
            if entity.part_of:
                self.parts.setdefault(entity.part_of, []).append(eid)

    def _direct(self, sys: _SysEntity, gid: str) -> bool:
        entity = self.entities.get(gid)
        if entity is None:
            return False
        if sys.wikidata and entity.wikidata and sys.wikidata == entity.wikidata.upper():
            return True
        return bool(sys.norm) and sys.norm in self.names[gid]

    def entity(self, sys: _SysEntity | None, gid: str) -> bool:
        """Does the system entity resolve to gold id ``gid`` (rules a-d)?"""
        if sys is None:
            return False
        if self._direct(sys, gid):
            return True
        entity = self.entities.get(gid)
        if (entity is not None and entity.type == "Country" and _ISO3.fullmatch(gid)
                and sys.type in COUNTRY_LEVEL_TYPES and sys.country == gid):
            return True
        return any(self._direct(sys, part) for part in self.parts.get(gid, ()))

    def item(self, sys: _SysEntity | None, item: GoldItem) -> bool:
        if sys is None:
            return False
        if isinstance(item, GoldTopic):
            return topic_overlap(item.topic, sys.label) >= TOPIC_THRESHOLD
        return self.entity(sys, item)

    def items(self, sys: _SysEntity | None, items: Sequence[GoldItem]) -> bool:
        return any(self.item(sys, item) for item in items)

    def typed(self, g: GoldStatement, s: _SysStatement) -> bool:
        # The gold's category is its predicate's (gold/README.md vocabulary table), with the modality
        # apart: "will release the prisoners" is CONCEDE, intended. PLOVER records code the same
        # sentence as an expressed intent (AGREE), which the event scorer compares instead.
        if s.predicate_category != g.category:
            return False
        return self._pair(g, s, swap=g.predicate in SYMMETRIC_PREDICATES)

    def dyad(self, g: GoldStatement, s: _SysStatement) -> bool:
        return self._pair(g, s, swap=True)

    def _pair(self, g: GoldStatement, s: _SysStatement, *, swap: bool) -> bool:
        if self.items(s.subject, g.subject) and self.items(s.object, g.object):
            return True
        return swap and self.items(s.subject, g.object) and self.items(s.object, g.subject)

    def show(self, items: Sequence[GoldItem]) -> str:
        parts = []
        for item in items:
            if isinstance(item, GoldTopic):
                parts.append(f"topic:{item.topic}")
            else:
                entity = self.entities.get(item)
                parts.append(entity.label if entity is not None else item)
        return " | ".join(parts)




@dataclass(frozen=True)
class Counts:
    """Counts behind precision and recall.

    Attributes:
        correct: system statements that match a gold statement.
        system: system statements.
        recalled: required gold statements matched by some system statement.
        gold: required gold statements.
    """

    correct: int = 0
    system: int = 0
    recalled: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """correct / system, 0.0 without system statements."""
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        """recalled / gold, 0.0 without required gold statements."""
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.correct + other.correct, self.system + other.system,
                      self.recalled + other.recalled, self.gold + other.gold)


@dataclass(frozen=True)
class Ratio:
    """A share of successes: ``hits`` out of ``total``."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """hits / total, or None when nothing was counted."""
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)
