"""Score extracted statements against gold annotations and PLOVER event records.

The scorer is pure: it reads gold JSON / JSON Lines files and compares them with
statement records (plain dicts in the ``kg extract --format jsonl`` contract).
It never runs the extractor itself.

Gold articles (``gold/*.json``)
-------------------------------

*Entity matching.* A system entity matches a gold entity id ``G`` when

(a) both carry a Wikidata id and the ids are equal; or
(b) the normalised system label equals the normalised gold label or one of its
    aliases (normalising casefolds, folds diacritics, unifies curly quotes and
    apostrophes, drops dots so ``U.S.`` equals ``US``, collapses whitespace and
    strips a leading "the "); or
(c) ``G`` is a gold ``Country`` whose id is an ISO 3166 alpha-3 code, and the
    system entity is a ``Country``, or a ``SectorActor`` of that country
    ("Russian border guards", "French officials": the design resolves sector
    actors to their country), whose ``country`` is ``G``; or
(d) a gold entity declared ``part_of: G`` (e.g. "American companies", part of
    USA) matches the system entity by (a) or (b).

A person never matches a country through its ``country`` field: gold lists
both ids when either is acceptable.

*Topic matching.* A gold ``{"topic": ...}`` item matches a system object (of
any type) when at least half of the topic's content words occur in the
object's label. Content words are alphabetic tokens minus English stopwords,
lemmatised crudely (see :func:`lemma`).

*Typed scores.* A system statement is correct when its subject and object match
those of some gold statement (required or not) and its ``predicate_category``
(its predicate's category; ``category`` in records without it) equals the
gold category; for a symmetric gold predicate (cooperatesWith,
diplomaticRelationsWith, strategicPartnerOf, fightsWith) subject and object may
be swapped. A required gold statement is recalled when some system statement
matches it. Gold statements marked ``required: false`` are not counted in
recall, but a system statement matching one is correct, not a false positive.
One system statement may recall several gold statements (gold files hold, for
example, both strategicPartnerOf and diplomaticRelationsWith for the same pair,
both STRUCTURAL).

*Dyad scores.* The same, ignoring predicate and category, and treating every
statement as an unordered pair (subject and object may always be swapped).

*Precision, recall, F1.* precision = correct system statements / system
statements; recall = recalled required gold statements / required gold
statements; F1 is their harmonic mean. Each is 0.0 when its denominator is 0
(so an article with no system statements has precision 0.0), and F1 is 0.0
when precision and recall are both 0. Totals are micro-averaged: counts are
summed over all articles, then P/R/F1 are computed from the sums.

*Diagnostics.* For every recalled required gold statement the best matching
system statement (typed) is chosen: statements whose evidence sentence contains
the gold evidence string (normalised) first, then the highest confidence, then
the earliest. Modality accuracy is the share of those whose modality equals the
gold modality. Attribution accuracy is computed over those whose gold
``attributed_to`` is not null: the system ``attributed_to`` entity must match
the gold id. Both are reported as n/a when nothing is counted.

PLOVER event records (``eval/plover_dev.jsonl``)
-----------------------------------------------

Event names are PLOVER 0.5: DEMAND is read as REQUEST, DISAPPROVE as ACCUSE
and FIGHT as ASSAULT. Actor codes are ISO alpha-3, with the legacy CAMEO codes
JAP, ITL, ROM, ZAR and TMP read as JPN, ITA, ROU, COD and TLS; IGO, NGO, IMG
(militant group), MNC and UAF name no country. A side (source or target) whose
list names no country is free.

A system statement matches an expected event when its category is the event's
category, its subject's ``country`` is one of the source countries (or the
source is free) and its object's ``country`` is one of the target countries
(or the target is free); for a symmetric system predicate the two sides may
be swapped. A record is coded correctly when one of the statements produced
from its sentence matches one of its expected events. Recall = records coded
correctly / records; precision = system statements matching an expected event
of their own record / all system statements produced for the records; F1 as
above. Per-category recall counts expected events by (normalised) category.

*Event precision.* Structural statements (a predicate whose category is not one
of the PLOVER event categories in :data:`EVENT_CATEGORIES`, e.g. ``leaderOf``,
``officialOf``) can never match an event record, yet the precision above counts
them as wrong. The report therefore also gives a second figure, *event
precision* = matching statements / statements of an event category, with the
F1 it gives against the same recall. The first (default) definition stays the
headline number.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EvaluationDataInvalid

__all__ = [
    "ArticleScore",
    "Counts",
    "EntityArticleScore",
    "EntityCounts",
    "EntityReport",
    "EVENT_CATEGORIES",
    "EventOutcome",
    "EventRecord",
    "EventReport",
    "ExpectedEvent",
    "FalsePositive",
    "GoldArticle",
    "GoldEntity",
    "GoldReport",
    "GoldStatement",
    "GoldTopic",
    "MatchResult",
    "Miss",
    "Mismatch",
    "Ratio",
    "SYMMETRIC_PREDICATES",
    "content_words",
    "entity_report_to_json",
    "format_entity_report",
    "format_event_report",
    "format_gold_report",
    "lemma",
    "load_events",
    "load_gold",
    "normalize_label",
    "report_to_json",
    "score_article",
    "score_entities",
    "score_entities_article",
    "score_events",
    "score_gold",
    "topic_overlap",
]

SYMMETRIC_PREDICATES: frozenset[str] = frozenset(
    {"cooperatesWith", "diplomaticRelationsWith", "strategicPartnerOf", "fightsWith"}
)
"""Gold predicates whose subject and object may be swapped when matching."""

MODALITIES: frozenset[str] = frozenset({"asserted", "possible", "intended", "negated"})

TOPIC_THRESHOLD = 0.5
"""Minimum share of a gold topic's content words found in the system label."""

CATEGORY_ALIASES: Mapping[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
"""PLOVER 0.5 event names read as the categories of the bilateral vocabulary."""

#: PLOVER event categories: a statement of any other category (STRUCTURAL) is left out of event precision.
EVENT_CATEGORIES: frozenset[str] = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INVESTIGATE",
})

LEGACY_CODES: Mapping[str, str] = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
"""Non-ISO country codes of CAMEO / PLOVER records with their ISO alpha-3 equivalent."""

NON_COUNTRY_CODES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "MNC", "UAF"})
"""Actor codes of PLOVER records that name no country."""

STOPWORDS: frozenset[str] = frozenset(
    """a an the of in and or to for on with between by at from into onto over under
    about against among across through during towards toward within upon as
    its their his her our your my this that these those it they them we he she
    is are was were be been being has have had will would shall should can could may might
    any each other both all some such""".split()
)
"""English function words left out of a topic's content words ("not" is kept)."""

_ISO3 = re.compile(r"[A-Z]{3}")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


# --------------------------------------------------------------------------- normalisation


COUNTRY_LEVEL_TYPES = frozenset({"Country", "SectorActor"})
"""System entity types that stand for their country in matching rule (c)."""


def _fold(text: str) -> str:
    """Fold diacritics and compatibility forms, unify quotes, casefold and collapse whitespace."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def normalize_label(text: str) -> str:
    """Normalise an entity name for comparison.

    >>> normalize_label("  The U.S. ")
    'us'
    >>> normalize_label("Aleksandar Vučić") == normalize_label("aleksandar  vucic")
    True
    >>> normalize_label("Côte d’Ivoire")
    "cote d'ivoire"
    """
    text = " ".join(_fold(text).replace(".", "").split())
    if text.startswith("the "):
        text = text[4:]
    return text


def _normalize_text(text: str) -> str:
    """Normalise a sentence or evidence snippet (case, quotes, diacritics, spaces)."""
    return _fold(text)


def lemma(word: str) -> str:
    """Lemmatise a lower-case word crudely: possessive first, then plural endings.

    ``ies`` becomes ``y`` (words longer than four letters), ``es`` is dropped
    after ``ss``, ``x``, ``ch``, ``sh`` and ``zz``, otherwise a final ``s`` is
    dropped unless the word ends in ``ss`` or has at most three letters.

    >>> [lemma(w) for w in ["kosovo's", "policies", "ties", "taxes", "approaches"]]
    ['kosovo', 'policy', 'tie', 'tax', 'approach']
    >>> [lemma(w) for w in ["processes", "cases", "projects", "gas", "us", "process", "countries'"]]
    ['process', 'case', 'project', 'gas', 'us', 'process', 'country']
    """
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "x", "ch", "sh", "zz")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """The lemmatised content words of a text (alphabetic tokens minus stopwords).

    >>> sorted(content_words("the fight against terrorism"))
    ['fight', 'terrorism']
    >>> sorted(content_words("Kosovo’s independence"))
    ['independence', 'kosovo']
    """
    words = (lemma(w) for w in _WORD.findall(_fold(text).replace(".", "")))
    return frozenset(w for w in words if w and w not in STOPWORDS)


def topic_overlap(gold_topic: str, label: str) -> float:
    """Share of the gold topic's content words found in a system label.

    >>> topic_overlap("diversification of energy supply routes", "energy supply diversification")
    0.75
    """
    gold = content_words(gold_topic)
    if not gold:
        return 1.0 if normalize_label(gold_topic) == normalize_label(label) else 0.0
    return len(gold & content_words(label)) / len(gold)


def _category(value: object) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    return CATEGORY_ALIASES.get(text, text)


# --------------------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldEntity:
    """An entity of a gold file.

    Attributes:
        id: its key in the gold file (an ISO alpha-3 code for most countries).
        label: preferred name.
        type: Country, Organization, Person, Territory...
        wikidata: Wikidata Q-id, if given.
        aliases: other acceptable names.
        part_of: id of the entity it belongs to (e.g. national companies), if any.
    """

    id: str
    label: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    part_of: str | None = None


@dataclass(frozen=True)
class GoldTopic:
    """A topic item of a gold subject or object list (matched by word overlap)."""

    topic: str


GoldItem = str | GoldTopic
"""An entity id or a topic."""


@dataclass(frozen=True)
class GoldStatement:
    """A statement of a gold file; ``subject`` and ``object`` list acceptable alternatives."""

    subject: tuple[GoldItem, ...]
    predicate: str
    category: str
    object: tuple[GoldItem, ...]
    modality: str
    attributed_to: str | None
    evidence: str
    required: bool


@dataclass(frozen=True)
class GoldArticle:
    """One gold file.

    Attributes:
        article: the annotated article's file name, e.g. ``azerbaijan-us-independence-day-2021.txt``.
        metadata: title, source, published (strings as in the file).
        entities: gold entities by id.
        statements: gold statements in file order.
        path: the gold file it was read from (for messages).
    """

    article: str
    metadata: Mapping[str, str]
    entities: Mapping[str, GoldEntity]
    statements: tuple[GoldStatement, ...]
    path: str = ""


def _fail(where: str, problem: str) -> EvaluationDataInvalid:
    return EvaluationDataInvalid(f"{where}: {problem}")


def _req_str(data: Mapping[str, object], key: str, where: str, *, empty: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise _fail(where, f"{key!r} must be a non-empty string")
    return value


def _opt_str(data: Mapping[str, object], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(where, f"{key!r} must be a string or null")
    return value or None


def _parse_entity(eid: str, raw: object, where: str) -> GoldEntity:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _fail(where, "'aliases' must be a list of strings")
    return GoldEntity(
        id=eid,
        label=_req_str(raw, "label", where),
        type=_req_str(raw, "type", where),
        wikidata=_opt_str(raw, "wikidata", where),
        aliases=tuple(aliases),
        part_of=_opt_str(raw, "part_of", where),
    )


def _parse_items(raw: object, key: str, entities: Mapping[str, GoldEntity], where: str) -> tuple[GoldItem, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(where, f"{key!r} must be a non-empty list")
    items: list[GoldItem] = []
    for item in raw:
        if isinstance(item, str):
            if item not in entities:
                raise _fail(where, f"{key!r} names unknown entity {item!r}")
            items.append(item)
        elif isinstance(item, dict) and isinstance(item.get("topic"), str) and item["topic"].strip():
            items.append(GoldTopic(item["topic"]))
        else:
            raise _fail(where, f"{key!r} items must be entity ids or {{\"topic\": \"...\"}}, got {item!r}")
    return tuple(items)


def _parse_statement(raw: object, entities: Mapping[str, GoldEntity], where: str) -> GoldStatement:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object")
    modality = _req_str(raw, "modality", where)
    if modality not in MODALITIES:
        raise _fail(where, f"unknown modality {modality!r} (expected one of {', '.join(sorted(MODALITIES))})")
    attributed_to = _opt_str(raw, "attributed_to", where)
    if attributed_to is not None and attributed_to not in entities:
        raise _fail(where, f"'attributed_to' names unknown entity {attributed_to!r}")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise _fail(where, "'required' must be true or false")
    return GoldStatement(
        subject=_parse_items(raw.get("subject"), "subject", entities, where),
        predicate=_req_str(raw, "predicate", where),
        category=_category(_req_str(raw, "category", where)),
        object=_parse_items(raw.get("object"), "object", entities, where),
        modality=modality,
        attributed_to=attributed_to,
        evidence=_req_str(raw, "evidence", where, empty=True),
        required=required,
    )


def load_gold(path: Path) -> GoldArticle:
    """Read one gold annotation file (schema in ``gold/README.md``).

    Args:
        path: the ``*.json`` gold file.

    Returns:
        The parsed gold article.

    Raises:
        EvaluationDataInvalid: the file cannot be read, is not valid JSON or does
            not follow the schema; the message names the file and the problem.
    """
    name = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(name, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text: {exc.reason}") from None
    except json.JSONDecodeError as exc:
        raise _fail(name, f"line {exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise _fail(name, "top level must be a JSON object")
    article = _req_str(data, "article", name)
    metadata_raw = data.get("metadata", {})
    if not isinstance(metadata_raw, dict):
        raise _fail(name, "'metadata' must be an object")
    metadata = {str(k): str(v) for k, v in metadata_raw.items() if v is not None}
    entities_raw = data.get("entities")
    if not isinstance(entities_raw, dict):
        raise _fail(name, "'entities' must be an object")
    entities = {eid: _parse_entity(eid, raw, f"{name}: entity {eid!r}") for eid, raw in entities_raw.items()}
    statements_raw = data.get("statements")
    if not isinstance(statements_raw, list):
        raise _fail(name, "'statements' must be a list")
    statements = tuple(
        _parse_statement(raw, entities, f"{name}: statement {i}") for i, raw in enumerate(statements_raw, 1)
    )
    return GoldArticle(article=article, metadata=metadata, entities=entities, statements=statements, path=name)


# --------------------------------------------------------------------------- system records


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


# --------------------------------------------------------------------------- matching


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


# --------------------------------------------------------------------------- gold scores


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


@dataclass(frozen=True)
class Miss:
    """A required gold statement no system statement matched."""

    article: str
    subject: str
    predicate: str
    category: str
    object: str
    modality: str
    evidence: str


@dataclass(frozen=True)
class FalsePositive:
    """A system statement that matches no gold statement."""

    article: str
    subject: str
    predicate: str
    category: str
    object: str
    evidence: str


@dataclass(frozen=True)
class Mismatch:
    """A recalled gold statement whose best system match differs in modality or attribution."""

    article: str
    predicate: str
    evidence: str
    expected: str
    found: str


@dataclass(frozen=True)
class MatchResult:
    """Typed or dyad scores of one article (or of all articles when summed)."""

    counts: Counts
    misses: tuple[Miss, ...] = ()
    false_positives: tuple[FalsePositive, ...] = ()

    def __add__(self, other: MatchResult) -> MatchResult:
        return MatchResult(self.counts + other.counts, self.misses + other.misses,
                           self.false_positives + other.false_positives)


@dataclass(frozen=True)
class ArticleScore:
    """Scores of one gold article.

    Attributes:
        article: the article file name of the gold file.
        typed: matches requiring subject, object and category.
        dyad: matches of the unordered subject/object pair only.
        modality: modality accuracy over recalled required gold statements.
        attribution: attribution accuracy over those with a gold ``attributed_to``.
        modality_mismatches: where the best match had another modality.
        attribution_mismatches: where the best match had another (or no) speaker.
    """

    article: str
    typed: MatchResult
    dyad: MatchResult
    modality: Ratio = Ratio()
    attribution: Ratio = Ratio()
    modality_mismatches: tuple[Mismatch, ...] = ()
    attribution_mismatches: tuple[Mismatch, ...] = ()


@dataclass(frozen=True)
class GoldReport:
    """Scores of a set of gold articles; totals are micro-averaged."""

    articles: tuple[ArticleScore, ...]

    @property
    def typed(self) -> MatchResult:
        """Typed counts, misses and false positives summed over all articles."""
        return sum((a.typed for a in self.articles), MatchResult(Counts()))

    @property
    def dyad(self) -> MatchResult:
        """Dyad counts, misses and false positives summed over all articles."""
        return sum((a.dyad for a in self.articles), MatchResult(Counts()))

    @property
    def modality(self) -> Ratio:
        """Modality accuracy over all articles."""
        return sum((a.modality for a in self.articles), Ratio())

    @property
    def attribution(self) -> Ratio:
        """Attribution accuracy over all articles."""
        return sum((a.attribution for a in self.articles), Ratio())


def _score(
    gold: GoldArticle,
    matcher: _Matcher,
    system: Sequence[_SysStatement],
    match: Callable[[GoldStatement, _SysStatement], bool],
) -> tuple[MatchResult, list[list[int]]]:
    """Match every gold statement with every system statement under ``match``."""
    hits = [[j for j, s in enumerate(system) if match(g, s)] for g in gold.statements]
    matched = {j for found in hits for j in found}
    required = [(g, found) for g, found in zip(gold.statements, hits) if g.required]
    counts = Counts(
        correct=len(matched),
        system=len(system),
        recalled=sum(1 for _, found in required if found),
        gold=len(required),
    )
    misses = tuple(
        Miss(gold.article, matcher.show(g.subject), g.predicate, g.category, matcher.show(g.object),
             g.modality, g.evidence)
        for g, found in required if not found
    )
    false_positives = tuple(
        FalsePositive(gold.article, _show(s.subject), s.predicate, s.predicate_category, _show(s.object), s.evidence)
        for j, s in enumerate(system) if j not in matched
    )
    return MatchResult(counts, misses, false_positives), hits


def _best(gold: GoldStatement, system: Sequence[_SysStatement], found: Sequence[int]) -> _SysStatement:
    evidence = _normalize_text(gold.evidence)
    return min(
        (system[j] for j in found),
        key=lambda s: (not (evidence and evidence in s.evidence_norm), -s.confidence),
    )


def score_article(gold: GoldArticle, records: Sequence[Mapping[str, object]]) -> ArticleScore:
    """Score the statement records extracted from one article against its gold file.

    Args:
        gold: the article's gold annotations.
        records: statement records in the JSON Lines contract of ``kg extract``.

    Returns:
        Typed and dyad counts, misses, false positives and the modality and
        attribution diagnostics (see the module docstring for the rules).
    """
    matcher = _Matcher(gold)
    system = [_sys_statement(r) for r in records]
    typed, typed_hits = _score(gold, matcher, system, matcher.typed)
    dyad, _ = _score(gold, matcher, system, matcher.dyad)
    modality = Ratio()
    attribution = Ratio()
    modality_mismatches: list[Mismatch] = []
    attribution_mismatches: list[Mismatch] = []
    for g, found in zip(gold.statements, typed_hits):
        if not (g.required and found):
            continue
        best = _best(g, system, found)
        ok = best.modality == g.modality
        modality += Ratio(int(ok), 1)
        if not ok:
            modality_mismatches.append(Mismatch(gold.article, g.predicate, g.evidence, g.modality,
                                                best.modality or "?"))
        if g.attributed_to is not None:
            ok = matcher.entity(best.attributed_to, g.attributed_to)
            attribution += Ratio(int(ok), 1)
            if not ok:
                expected = gold.entities[g.attributed_to].label
                found_label = best.attributed_to.label if best.attributed_to else "none"
                attribution_mismatches.append(Mismatch(gold.article, g.predicate, g.evidence, expected,
                                                       found_label or "?"))
    return ArticleScore(
        article=gold.article,
        typed=typed,
        dyad=dyad,
        modality=modality,
        attribution=attribution,
        modality_mismatches=tuple(modality_mismatches),
        attribution_mismatches=tuple(attribution_mismatches),
    )


def score_gold(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping[str, object]]]]) -> GoldReport:
    """Score several articles; totals are micro-averaged over all of them.

    Args:
        pairs: each gold article with the statement records extracted from it.

    Returns:
        Per-article scores; the report's properties give the totals.
    """
    return GoldReport(tuple(score_article(gold, records) for gold, records in pairs))


# --------------------------------------------------------------------------- PLOVER events


@dataclass(frozen=True)
class ExpectedEvent:
    """An expected event of a PLOVER record.

    Attributes:
        event: the event name as written in the record (e.g. DEMAND).
        category: the category it is read as (e.g. REQUEST).
        source: ISO alpha-3 codes of the source countries; empty means free.
        target: ISO alpha-3 codes of the target countries; empty means free.
        source_text: the source actors' text, for display.
        target_text: the target actors' text, for display.
    """

    event: str
    category: str
    source: frozenset[str]
    target: frozenset[str]
    source_text: tuple[str, ...] = ()
    target_text: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRecord:
    """One PLOVER gold-standard sentence with its expected events."""

    id: str
    date: str | None
    text: str
    expected: tuple[ExpectedEvent, ...]


def _country_code(code: str) -> str | None:
    code = code.strip().upper()
    code = LEGACY_CODES.get(code, code)
    return code if _ISO3.fullmatch(code) and code not in NON_COUNTRY_CODES else None


def _parse_actors(raw: object, where: str) -> tuple[frozenset[str], tuple[str, ...]]:
    if not isinstance(raw, list):
        raise _fail(where, "must be a list of actors")
    codes: set[str] = set()
    texts: list[str] = []
    for actor in raw:
        if not isinstance(actor, dict) or not isinstance(actor.get("code"), str):
            raise _fail(where, f"actor must be an object with a 'code' string, got {actor!r}")
        country = _country_code(actor["code"])
        if country:
            codes.add(country)
        texts.append(f"{actor.get('actorText') or '?'} [{actor['code']}]")
    return frozenset(codes), tuple(texts)


def _parse_event(raw: object, where: str) -> ExpectedEvent:
    if not isinstance(raw, dict):
        raise _fail(where, "expected event must be an object")
    event = _req_str(raw, "event", where)
    source, source_text = _parse_actors(raw.get("source"), f"{where}: 'source'")
    target, target_text = _parse_actors(raw.get("target"), f"{where}: 'target'")
    return ExpectedEvent(event, _category(event), source, target, source_text, target_text)


def load_events(path: Path) -> list[EventRecord]:
    """Read PLOVER event records, one JSON object a line (blank lines are skipped).

    Args:
        path: the ``*.jsonl`` file.

    Returns:
        The records in file order.

    Raises:
        EvaluationDataInvalid: the file cannot be read or a line is malformed;
            the message names the file and the line number.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise _fail(name, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text: {exc.reason}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON: {exc.msg}") from None
        if not isinstance(raw, dict):
            raise _fail(where, "must be a JSON object")
        expected = raw.get("expected")
        if not isinstance(expected, list) or not expected:
            raise _fail(where, "'expected' must be a non-empty list")
        date = raw.get("date")
        records.append(EventRecord(
            id=_req_str(raw, "id", where),
            date=date if isinstance(date, str) else None,
            text=_req_str(raw, "text", where),
            expected=tuple(_parse_event(e, where) for e in expected),
        ))
    return records


def _side(entity: _SysEntity | None, codes: frozenset[str]) -> bool:
    if not codes:
        return True
    if entity is None or entity.country is None:
        return False
    return LEGACY_CODES.get(entity.country, entity.country) in codes


def _event_match(expected: ExpectedEvent, s: _SysStatement) -> bool:
    if s.category != expected.category:
        return False
    if _side(s.subject, expected.source) and _side(s.object, expected.target):
        return True
    return (s.predicate in SYMMETRIC_PREDICATES
            and _side(s.object, expected.source) and _side(s.subject, expected.target))


@dataclass(frozen=True)
class EventOutcome:
    """How one PLOVER record was coded.

    Attributes:
        id: record id.
        text: the sentence.
        expected: the expected events, rendered ``CATEGORY: sources -> targets``.
        correct: a produced statement matches an expected event.
        statements: the produced statements, rendered, each with whether it matched.
        recalled: for each expected event, its category and whether it was matched.
        structural: how many produced statements are of no event category (see :data:`EVENT_CATEGORIES`).
    """

    id: str
    text: str
    expected: tuple[str, ...]
    correct: bool
    statements: tuple[tuple[str, bool], ...]
    recalled: tuple[tuple[str, bool], ...]
    structural: int = 0

    @property
    def matched(self) -> int:
        """Produced statements that match an expected event."""
        return sum(1 for _, ok in self.statements if ok)


@dataclass(frozen=True)
class EventReport:
    """Scores of a set of PLOVER records."""

    records: tuple[EventOutcome, ...]

    @property
    def counts(self) -> Counts:
        """correct/system: matching statements; recalled/gold: records coded correctly."""
        return Counts(
            correct=sum(r.matched for r in self.records),
            system=sum(len(r.statements) for r in self.records),
            recalled=sum(1 for r in self.records if r.correct),
            gold=len(self.records),
        )

    @property
    def event_counts(self) -> Counts:
        """As :attr:`counts`, with structural statements left out of the system statements (event precision)."""
        c = self.counts
        return Counts(correct=c.correct, system=c.system - sum(r.structural for r in self.records),
                      recalled=c.recalled, gold=c.gold)

    @property
    def per_category(self) -> dict[str, Ratio]:
        """Recall of expected events by category, sorted by category."""
        result: dict[str, Ratio] = {}
        for record in self.records:
            for category, ok in record.recalled:
                result[category] = result.get(category, Ratio()) + Ratio(int(ok), 1)
        return dict(sorted(result.items()))


def _show_expected(e: ExpectedEvent) -> str:
    def side(codes: frozenset[str]) -> str:
        return ",".join(sorted(codes)) or "*"

    name = e.category if e.event.upper() == e.category else f"{e.category} ({e.event})"
    return f"{name}: {side(e.source)} -> {side(e.target)}"


def _show_statement(s: _SysStatement) -> str:
    def side(entity: _SysEntity | None) -> str:
        return f"{_show(entity)} [{entity.country if entity and entity.country else '-'}]"

    return f"{side(s.subject)} {s.predicate or '?'} {side(s.object)} ({s.category or '?'})"


def score_events(pairs: Iterable[tuple[EventRecord, Sequence[Mapping[str, object]]]]) -> EventReport:
    """Score the statements extracted from each PLOVER sentence against its expected events.

    Args:
        pairs: each record with the statement records produced from its text.

    Returns:
        Per-record outcomes; the report's properties give totals and per-category recall.
    """
    outcomes = []
    for record, records in pairs:
        system = [_sys_statement(r) for r in records]
        statements = tuple(
            (_show_statement(s), any(_event_match(e, s) for e in record.expected)) for s in system
        )
        recalled = tuple((e.category, any(_event_match(e, s) for s in system)) for e in record.expected)
        outcomes.append(EventOutcome(
            id=record.id,
            text=record.text,
            expected=tuple(_show_expected(e) for e in record.expected),
            correct=any(ok for _, ok in recalled),
            statements=statements,
            recalled=recalled,
            structural=sum(1 for s in system if s.category not in EVENT_CATEGORIES),
        ))
    return EventReport(tuple(outcomes))


# --------------------------------------------------------------------------- reports


def _pct(ratio: Ratio) -> str:
    value = ratio.value
    return "n/a" if value is None else f"{ratio.hits}/{ratio.total} ({value:.1%})"


def _prf(counts: Counts) -> str:
    return f"{counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}"


def format_gold_report(report: GoldReport, verbose: bool = False) -> str:
    """Render gold scores as a plain-text table.

    Args:
        report: the scores.
        verbose: also list misses, false positives and modality/attribution mismatches.

    Returns:
        The table, lines joined by newlines (no trailing newline).
    """
    width = max([len("TOTAL (micro)"), *(len(a.article) for a in report.articles)])
    header = (f"{'article':<{width}}  {'sys':>4} {'gold':>4}  "
              f"{'typed P':>7} {'R':>6} {'F1':>6}   {'dyad P':>6} {'R':>6} {'F1':>6}")
    lines = [header, "-" * len(header)]

    def row(name: str, typed: Counts, dyad: Counts) -> str:
        return (f"{name:<{width}}  {typed.system:>4} {typed.gold:>4}  "
                f"{typed.precision:7.3f} {typed.recall:6.3f} {typed.f1:6.3f}   "
                f"{dyad.precision:6.3f} {dyad.recall:6.3f} {dyad.f1:6.3f}")

    for a in report.articles:
        lines.append(row(a.article, a.typed.counts, a.dyad.counts))
    lines.append("-" * len(header))
    typed, dyad = report.typed, report.dyad
    lines.append(row("TOTAL (micro)", typed.counts, dyad.counts))
    lines.append("")
    c = typed.counts
    lines.append(f"typed: {c.correct}/{c.system} system statements correct, "
                 f"{c.recalled}/{c.gold} required gold statements recalled")
    lines.append(f"modality accuracy: {_pct(report.modality)}; attribution accuracy: {_pct(report.attribution)}")
    if verbose:
        for a in report.articles:
            lines.append("")
            lines.append(f"== {a.article}")
            for m in a.typed.misses:
                lines.append(f"  MISS  {m.subject} {m.predicate} {m.object} ({m.category}, {m.modality})")
                lines.append(f"        evidence: {m.evidence}")
            for fp in a.typed.false_positives:
                lines.append(f"  FP    {fp.subject} {fp.predicate} {fp.object} ({fp.category})")
                lines.append(f"        sentence: {fp.evidence}")
            for mm in a.modality_mismatches:
                lines.append(f"  MODALITY  {mm.predicate}: expected {mm.expected}, found {mm.found}  «{mm.evidence}»")
            for mm in a.attribution_mismatches:
                lines.append(f"  ATTRIB    {mm.predicate}: expected {mm.expected}, found {mm.found}  «{mm.evidence}»")
    return "\n".join(lines)


def format_event_report(report: EventReport, verbose: bool = False) -> str:
    """Render PLOVER event scores as plain text.

    Args:
        report: the scores.
        verbose: also list every record with its expected events and produced statements.

    Returns:
        The report, lines joined by newlines (no trailing newline).
    """
    c, e = report.counts, report.event_counts
    lines = [
        f"records: {c.gold}, coded correctly: {c.recalled}",
        f"statements: {c.system}, matching an expected event: {c.correct}",
        f"precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}",
        f"event precision (structural statements left out: {c.system - e.system}, "
        f"{e.system} event statements) {e.precision:.3f}  F1 {e.f1:.3f}",
        "",
        f"{'category':<12} {'recall':>16}",
    ]
    for category, ratio in report.per_category.items():
        lines.append(f"{category:<12} {_pct(ratio):>16}")
    if verbose:
        for r in report.records:
            lines.append("")
            lines.append(f"{'OK  ' if r.correct else 'MISS'} {r.id}: {r.text}")
            for expected in r.expected:
                lines.append(f"     expected {expected}")
            for text, ok in r.statements:
                lines.append(f"     {'+' if ok else '-'} {text}")
            if not r.statements:
                lines.append("     (no statements)")
    return "\n".join(lines)


def _counts_json(counts: Counts) -> dict[str, object]:
    return {
        "correct": counts.correct, "system": counts.system, "recalled": counts.recalled, "gold": counts.gold,
        "precision": round(counts.precision, 4), "recall": round(counts.recall, 4), "f1": round(counts.f1, 4),
    }


def _ratio_json(ratio: Ratio) -> dict[str, object]:
    value = ratio.value
    return {"hits": ratio.hits, "total": ratio.total, "value": None if value is None else round(value, 4)}


def _match_json(result: MatchResult) -> dict[str, object]:
    return {
        **_counts_json(result.counts),
        "misses": [vars(m).copy() for m in result.misses],
        "false_positives": [vars(fp).copy() for fp in result.false_positives],
    }


def report_to_json(report: GoldReport | EventReport) -> dict[str, object]:
    """A JSON-serialisable view of a report (for ``--json``).

    Args:
        report: gold or event scores.

    Returns:
        ``{"kind": "gold", "articles": [...], "total": {...}}`` or
        ``{"kind": "events", "total": {...}, "event_total": {...}, "per_category": {...}, "records": [...]}``
        (``event_total``: structural statements left out, see :attr:`EventReport.event_counts`).
        Precision, recall and F1 are rounded to 4 decimals; the counts are exact.
    """
    if isinstance(report, GoldReport):
        return {
            "kind": "gold",
            "articles": [
                {
                    "article": a.article,
                    "typed": _match_json(a.typed),
                    "dyad": _match_json(a.dyad),
                    "modality": _ratio_json(a.modality),
                    "attribution": _ratio_json(a.attribution),
                    "modality_mismatches": [vars(m).copy() for m in a.modality_mismatches],
                    "attribution_mismatches": [vars(m).copy() for m in a.attribution_mismatches],
                }
                for a in report.articles
            ],
            "total": {
                "typed": _counts_json(report.typed.counts),
                "dyad": _counts_json(report.dyad.counts),
                "modality": _ratio_json(report.modality),
                "attribution": _ratio_json(report.attribution),
            },
        }
    return {
        "kind": "events",
        "total": _counts_json(report.counts),
        "event_total": _counts_json(report.event_counts),
        "per_category": {k: _ratio_json(v) for k, v in report.per_category.items()},
        "records": [
            {
                "id": r.id,
                "text": r.text,
                "expected": list(r.expected),
                "correct": r.correct,
                "statements": [{"statement": text, "matched": ok} for text, ok in r.statements],
            }
            for r in report.records
        ],
    }


# --------------------------------------------------------------------------- entity resolution
#
# Entity resolution is scored per article, separately for two groups:
#
# * gold entities: the entity ids used as subject or object of the gold
#   statements (required or not; topics are not entities). ``Country`` and
#   ``Territory`` ids form the "countries" group, ``Person`` and
#   ``Organization`` ids the "people and organisations" group.
# * system entities: the distinct nodes (by key/IRI) of every resolved mention
#   of an actor type in the article: ``Country`` nodes form the countries group,
#   ``Person``, ``Organization`` and ``SectorActor`` nodes the other.
#
# A system entity matches a gold id by the rules (a)-(d) above (Wikidata id,
# label or alias, a country's or sector actor's ISO code for an ISO-coded gold
# country, ``part_of``); ISO-coded gold ids are read through
# :data:`LEGACY_CODES` and ``KOS`` as Kosovo's ``XKX``.
#
# *Recall*: the share of gold entities that some system entity matches.
# *Precision*: among the *judged* system entities, the share that are right. A
# system entity is judged when it matches an entity of the gold file's
# inventory (``entities``, not only those of the statements) or when one of its
# names (label or aliases) is a gold name of such an entity; it is right when it
# matches and is the first system node (in text order) to match that gold
# entity: a second node for the same person ("Aliyev" beside "Ilham Aliyev") is a
# duplicate and counts as wrong. Sector actors that only match through their
# country (rule c) are not judged (the design resolves them to their country,
# as their own node). System entities the gold file says nothing about are
# *unjudged* and reported as a count: the gold inventory is not exhaustive.
#
# *Person country*: for each gold ``leaderOf``/``officialOf`` statement from a
# person to a country, whether the system node recalled for that person carries
# that country.

ENTITY_GROUPS: Mapping[str, frozenset[str]] = {
    "countries": frozenset({"Country", "Territory"}),
    "people_orgs": frozenset({"Person", "Organization"}),
}
"""Gold entity types scored together."""

SYSTEM_GROUPS: Mapping[str, frozenset[str]] = {
    "countries": frozenset({"Country"}),
    "people_orgs": frozenset({"Person", "Organization", "SectorActor"}),
}
"""System entity types scored against each group."""

_GOLD_CODE_ALIASES: Mapping[str, str] = {**LEGACY_CODES, "KOS": "XKX"}


@dataclass(frozen=True)
class EntityCounts:
    """Entity counts of one group.

    Attributes:
        recalled: gold entities matched by a system entity.
        gold: gold entities (subjects and objects of the gold statements).
        right: judged system entities that are right.
        judged: judged system entities.
        unjudged: system entities the gold file says nothing about.
    """

    recalled: int = 0
    gold: int = 0
    right: int = 0
    judged: int = 0
    unjudged: int = 0

    @property
    def recall(self) -> float:
        """recalled / gold, 0.0 without gold entities."""
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """right / judged, 0.0 without judged system entities."""
        return self.right / self.judged if self.judged else 0.0

    def __add__(self, other: EntityCounts) -> EntityCounts:
        return EntityCounts(self.recalled + other.recalled, self.gold + other.gold, self.right + other.right,
                            self.judged + other.judged, self.unjudged + other.unjudged)


@dataclass(frozen=True)
class EntityArticleScore:
    """Entity-resolution scores of one article.

    Attributes:
        article: the article's file name.
        groups: counts per group (``countries``, ``people_orgs``).
        misses: gold entities no system entity matched ("id (label)").
        wrong: judged system entities that are wrong ("label [type]: why").
        unjudged: labels of unjudged system entities.
        person_country: gold person→country statements whose person node carries that country.
    """

    article: str
    groups: Mapping[str, EntityCounts]
    misses: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    unjudged: tuple[str, ...] = ()
    person_country: Ratio = Ratio()


@dataclass(frozen=True)
class EntityReport:
    """Entity-resolution scores of a set of articles."""

    articles: tuple[EntityArticleScore, ...]

    def group(self, name: str) -> EntityCounts:
        """Counts of one group summed over all articles."""
        return sum((a.groups[name] for a in self.articles), EntityCounts())

    @property
    def person_country(self) -> Ratio:
        """Person-country accuracy over all articles."""
        return sum((a.person_country for a in self.articles), Ratio())


def _entity_names(record: Mapping[str, object]) -> list[str]:
    aliases = record.get("aliases")
    names = [_text(record.get("label"))]
    if isinstance(aliases, list | tuple):
        names += [a for a in aliases if isinstance(a, str)]
    return [n for n in map(normalize_label, names) if n]


def _gold_for_matching(gold: GoldArticle) -> GoldArticle:
    """The gold article with legacy ISO ids (``KOS``) read as the codes the system uses."""
    entities = {}
    for gid, entity in gold.entities.items():
        code = _GOLD_CODE_ALIASES.get(gid)
        entities[gid] = entity if code is None else GoldEntity(code, entity.label, entity.type, entity.wikidata,
                                                               entity.aliases, entity.part_of)
    return GoldArticle(gold.article, gold.metadata, entities, gold.statements, gold.path)


class _EntityMatcher(_Matcher):
    """Rules (a)-(d), with ISO-coded gold countries compared through their (aliased) code."""

    def entity(self, sys: _SysEntity | None, gid: str) -> bool:
        if sys is None:
            return False
        if self._direct(sys, gid):
            return True
        entity = self.entities.get(gid)
        if (entity is not None and entity.type == "Country" and _ISO3.fullmatch(entity.id)
                and sys.type in COUNTRY_LEVEL_TYPES and sys.country == entity.id):
            return True
        return any(self._direct(sys, part) for part in self.parts.get(gid, ()))

    def direct_or_part(self, sys: _SysEntity, gid: str) -> bool:
        """Rules (a), (b) and (d) only: the node itself, not its country."""
        return self._direct(sys, gid) or any(self._direct(sys, part) for part in self.parts.get(gid, ()))


def score_entities_article(gold: GoldArticle, records: Sequence[Mapping[str, object]]) -> EntityArticleScore:
    """Score the entities resolved in one article against its gold file.

    Args:
        gold: the article's gold annotations.
        records: one record per distinct system entity, in order of first
            mention: ``{"key"|"iri", "label", "type", "country", "wikidata", "aliases"}``.

    Returns:
        Recall and precision counts per group, with misses, wrong and unjudged entities.
    """
    matcher = _EntityMatcher(_gold_for_matching(gold))
    system = [(r, _sys_entity(r)) for r in records]
    used = {i for s in gold.statements for side in (s.subject, s.object) for i in side if isinstance(i, str)}
    group_of = {gid: g for gid, e in gold.entities.items() for g, types in ENTITY_GROUPS.items() if e.type in types}

    counts: dict[str, EntityCounts] = {g: EntityCounts() for g in ENTITY_GROUPS}
    misses = []
    recalled_by: dict[str, _SysEntity] = {}
    for gid in sorted(used, key=lambda i: (group_of.get(i, ""), i)):
        group = group_of.get(gid)
        if group is None:
            continue
        hit = next((s for _, s in system if s is not None and matcher.entity(s, gid)), None)
        c = counts[group]
        counts[group] = EntityCounts(c.recalled + (hit is not None), c.gold + 1, c.right, c.judged, c.unjudged)
        if hit is None:
            misses.append(f"{gid} ({gold.entities[gid].label})")
        else:
            recalled_by[gid] = hit

    gold_names = {gid: matcher.names[gid] for gid in gold.entities}
    claimed: set[str] = set()
    wrong, unjudged = [], []
    for record, sys in system:
        if sys is None:
            continue
        group = next((g for g, types in SYSTEM_GROUPS.items() if sys.type in types), None)
        if group is None:
            continue
        if sys.type == "SectorActor":
            matches = [gid for gid in gold.entities if matcher.direct_or_part(sys, gid)]
        else:
            matches = [gid for gid in gold.entities if matcher.entity(sys, gid)]
        names = set(_entity_names(record))
        named = [gid for gid, gnames in gold_names.items() if names & gnames and group_of.get(gid) == group]
        c = counts[group]
        if not matches and (not named or sys.type == "SectorActor"):
            counts[group] = EntityCounts(c.recalled, c.gold, c.right, c.judged, c.unjudged + 1)
            unjudged.append(f"{sys.label} [{sys.type}]")
            continue
        fresh = [gid for gid in matches if gid not in claimed]
        right = bool(fresh)
        claimed.update(fresh)
        counts[group] = EntityCounts(c.recalled, c.gold, c.right + right, c.judged + 1, c.unjudged)
        if not right:
            why = (f"duplicate node for {', '.join(matches)}" if matches
                   else f"named like {', '.join(named)} but resolved elsewhere")
            wrong.append(f"{sys.label} [{sys.type}]: {why}")

    hits = total = 0
    for s in gold.statements:
        if s.predicate not in ("leaderOf", "officialOf"):
            continue
        for pid in (i for i in s.subject if isinstance(i, str) and gold.entities[i].type == "Person"):
            targets = {matcher.entities[o].id for o in s.object if isinstance(o, str)
                       and gold.entities[o].type == "Country"}
            if pid in recalled_by and targets:
                total += 1
                hits += recalled_by[pid].country in targets
    return EntityArticleScore(gold.article, counts, tuple(misses), tuple(wrong), tuple(unjudged), Ratio(hits, total))


def score_entities(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping[str, object]]]]) -> EntityReport:
    """Score entity resolution over (gold article, system entity records) pairs (see :func:`score_entities_article`)."""
    return EntityReport(tuple(score_entities_article(gold, records) for gold, records in pairs))


def format_entity_report(report: EntityReport, verbose: bool = False) -> str:
    """Render entity-resolution scores as a plain-text table.

    Args:
        report: the scores.
        verbose: also list missed gold entities, wrong and unjudged system entities.

    Returns:
        The table, lines joined by newlines (no trailing newline).
    """
    width = max([len("TOTAL (micro)"), *(len(a.article) for a in report.articles)])
    header = (f"{'article':<{width}}  {'countries P':>11} {'R':>6} {'n':>3}   {'people+orgs P':>13} {'R':>6} {'n':>3}")
    lines = [header, "-" * len(header)]

    def row(name: str, countries: EntityCounts, others: EntityCounts) -> str:
        return (f"{name:<{width}}  {countries.precision:11.3f} {countries.recall:6.3f} {countries.gold:>3}   "
                f"{others.precision:13.3f} {others.recall:6.3f} {others.gold:>3}")

    for a in report.articles:
        lines.append(row(a.article, a.groups["countries"], a.groups["people_orgs"]))
    lines.append("-" * len(header))
    countries, others = report.group("countries"), report.group("people_orgs")
    lines.append(row("TOTAL (micro)", countries, others))
    lines.append("")
    for name, c in (("countries", countries), ("people+orgs", others)):
        lines.append(f"{name}: {c.recalled}/{c.gold} gold entities resolved, {c.right}/{c.judged} judged system "
                     f"entities right, {c.unjudged} unjudged")
    lines.append(f"person country: {_pct(report.person_country)}")
    if verbose:
        for a in report.articles:
            lines.append("")
            lines.append(f"== {a.article}")
            lines += [f"  MISS      {m}" for m in a.misses]
            lines += [f"  WRONG     {w}" for w in a.wrong]
            if a.unjudged:
                lines.append(f"  UNJUDGED  {'; '.join(a.unjudged)}")
    return "\n".join(lines)


def _entity_counts_json(c: EntityCounts) -> dict[str, object]:
    return {"recalled": c.recalled, "gold": c.gold, "right": c.right, "judged": c.judged, "unjudged": c.unjudged,
            "precision": round(c.precision, 4), "recall": round(c.recall, 4)}


def entity_report_to_json(report: EntityReport) -> dict[str, object]:
    """A JSON-serialisable view of an entity report (for ``--json``)."""
    return {
        "kind": "entities",
        "articles": [
            {"article": a.article, **{g: _entity_counts_json(c) for g, c in a.groups.items()},
             "misses": list(a.misses), "wrong": list(a.wrong), "unjudged": list(a.unjudged),
             "person_country": _ratio_json(a.person_country)}
            for a in report.articles
        ],
        "total": {**{g: _entity_counts_json(report.group(g)) for g in ENTITY_GROUPS},
                  "person_country": _ratio_json(report.person_country)},
    }
