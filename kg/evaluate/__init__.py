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

Modules
-------

:mod:`~kg.evaluate.normalize` (names, words, categories), :mod:`~kg.evaluate.gold`
(gold files), :mod:`~kg.evaluate.matching` (system records, entity matching, counts),
the three scorers :mod:`~kg.evaluate.statements`, :mod:`~kg.evaluate.events` and
:mod:`~kg.evaluate.entities`, and :mod:`~kg.evaluate.report` (text and JSON). The
public names are importable from :mod:`kg.evaluate`.
"""

from __future__ import annotations

from kg.evaluate.entities import (
    EntityArticleScore,
    EntityCounts,
    EntityReport,
    score_entities,
    score_entities_article,
)
from kg.evaluate.events import (
    EventOutcome,
    EventRecord,
    EventReport,
    ExpectedEvent,
    load_events,
    score_events,
)
from kg.evaluate.gold import (
    GoldArticle,
    GoldEntity,
    GoldStatement,
    GoldTopic,
    load_gold,
)
from kg.evaluate.matching import (
    Counts,
    Ratio,
)
from kg.evaluate.normalize import (
    SYMMETRIC_PREDICATES,
    content_words,
    lemma,
    normalize_label,
    topic_overlap,
)
from kg.evaluate.report import (
    entity_report_to_json,
    format_entity_report,
    format_event_report,
    format_gold_report,
    report_to_json,
)
from kg.evaluate.statements import (
    ArticleScore,
    FalsePositive,
    GoldReport,
    MatchResult,
    Mismatch,
    Miss,
    score_article,
    score_gold,
)
from kg.vocab import EVENT_CATEGORIES

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
