"""Summary stage: per-dyad and per-country statement totals, kept up to date at write time.

The corpus-wide named queries (``central-countries``, ``dyad-balance`` without
parameters) aggregate every statement of the store: seconds at a million
triples. The store therefore keeps their aggregates in one named graph,
:data:`SUMMARY_GRAPH`:

* one ``bi:DyadMonthSummary`` per unordered pair of countries and month
  (``bi:countryA`` < ``bi:countryB`` by IRI; ``bi:month`` ``"YYYY-MM"``, absent
  when neither the statement nor its article has a date);
* one ``bi:DyadSummary`` per pair of countries (every month together);
* one ``bi:CountrySummary`` per country (``bi:summaryOf``): its partner count
  and the totals of its dyads;
* one ``bi:DyadCategorySummary`` per pair of countries, PLOVER category and
  event date (``bi:ploverCategory``, ``bi:eventDate``, absent for undated
  statements): what ``partners`` adds up (:func:`partner_contributions`);
* indexes for the queries that list statements: one ``bi:DyadMonthListing``
  per pair of countries and month with the number of statements of every
  modality (negated ones too, as ``dyad-timeline`` lists them) and its dyad's
  node (``bi:listingOf``; a ``bi:DyadMonthSummary`` has ``bi:monthOf``: :func:`summary_terms`), each statement
  ``bi:listedIn`` its listings (:func:`listings`), and each article
  ``bi:mentionsCountry`` each country taking part in its statements
  (:func:`mentions`, for ``dyad-topics``);
* one ``bi:DyadCategoryTotal`` per pair of countries and PLOVER category: the
  per-date summaries added up, with the first and last event date
  (``bi:firstDate``, ``bi:lastDate``) and both countries (``bi:totalFor``), so
  that ``partners`` reads one node per partner and category;
* one ``bi:TargetMonthListing`` per country, PLOVER category, predicate and
  event month with the number of statements about the country (its entities
  the object, none of them the subject, negated ones left out), each statement
  ``bi:listedIn`` it (:func:`target_listings`, for ``who-supports``,
  ``who-criticizes`` and ``who-sanctions``; each listing ``bi:listedFor`` the
  queries whose FILTER it meets, :data:`TARGET_KINDS`), and one ``bi:PersonMonthListing``
  per person, role (speaker or subject) and event month (:func:`person_listings`,
  for ``said-by``): a page of those queries reads the newest months' statements
  only (the listings are picked before the query runs: :func:`kg.query.named.page_listings`);
* one ``bi:DyadTopicListing`` per pair of countries and topic, each statement
  that ``dyad-topics`` aggregates for the pair ``bi:listedIn`` it
  (:func:`topic_listings`: on the topic, by an actor of one country, in an
  article where the other takes part), with its statement count and the
  pair's key (``bi:listingOf``, :func:`summary_terms`' ``topics``); and one
  ``bi:DyadTopicBucket`` per pair and statement count, holding the pair's
  topics of that count (``bi:inBucket``) and how many there are
  (``bi:topicCount``). Each topic listing also holds its row of ``dyad-topics``
  (:func:`_put_topic_rows`): ``bi:articleCount``, ``bi:undatedCount``,
  ``bi:firstDate`` and ``bi:lastDate``, and each ``bi:listedPredicate`` and
  ``bi:listedActor`` (whose labels the query reads): a page of ``dyad-topics``
  (the topics with the most statements first) reads one node per topic of
  its buckets, not their statements;
* a name index for ``said-by``, which finds people by any part of a name:
  each person ``bi:nameGram`` every two- and three-letter piece of each of
  their lower-cased labels (:func:`name_grams`), so that the query reads the
  few people holding the pieces of the text searched (:func:`search_grams`)
  instead of every person's name; the name test itself stays in the query.
  The counts of a target listing are exact only if each statement has at
  most one PLOVER category and one predicate, as kg writes them (with more, a
  statement counts in several listings and a page could start too late);
* the graph node itself, ``a bi:SummaryGraph`` with ``bi:summaryVersion``: the
  mark that the summaries are complete for this store.

A summary holds ``bi:statementCount`` (distinct statements; a country
summary has ``bi:partnerCount`` instead), ``bi:pairingCount`` (statement and ordered country pair combinations: the rows
the raw queries aggregate; it exceeds the statement count only when a
statement's subject and object both belong to both countries) and
``bi:goldsteinSum`` (the Goldstein values summed over those pairings, 0 for a
statement without one). The semantics are those of the raw queries in
``kg/queries`` (:func:`contributions` follows ``dyad-balance.rq`` line by
line): a statement counts for the countries of its subject and object (an
entity that is a country, or any entity with ``bi:country``), negated
statements are left out and hedged ones counted, and the month is the event
date's, else the article's publication date's. Both queries' answers equal
the summaries' as long as each statement has at most one Goldstein value and
event date and exactly one article, and each article at most one publication
date, as ``kg build`` writes them and the SHACL shapes require (with several,
``dyad-balance.rq`` counts a row per combination and ``central-countries.rq``
does not); and ``central-countries.rq`` would also count a statement without
``prov:wasDerivedFrom``, which kg never writes.

Why an article's contribution is not a function of the article alone: the
countries of a person or an organisation are the union of what every article
said of them (``bi:country`` triples are shared), so an article that names
"Aliyev" without a country still counts for Azerbaijan once another article
gives him one. That map only grows while an entity is in use (an entity loses
its triples only when no statement names it any more). So a write
(:func:`article_update`) reads, before its transaction, the statements about
to change (those of the replaced or removed articles, and those whose subject
or object gains a country with this write) and the countries of their
entities, subtracts what they contributed, adds what the new article and those
statements contribute now, and puts the new totals in the same SPARQL Update
as the article itself: a build killed at any point leaves articles and
summaries consistent. This relies on one writer at a time, as
:class:`kg.write.ArticleIndex` already does (the store admits one writing
process; a build writes from its main process). A build's index also keeps
what its writes read and wrote (entities' countries, summary totals:
:class:`Known`), so that later writes do not read them again.

Entry points: :func:`article_update` (the summary part of one article's write
or removal), :func:`rebuild_summaries` (from scratch, for a store built before
summaries existed or filled in bulk; ``kg summarize``, ``kg load``),
:func:`ensure_summaries` (what ``kg build`` calls first), :func:`drop_summaries`
and :func:`has_summaries`.

Why one module: a write (:func:`article_update`) and a rebuild from scratch
(:func:`rebuild_summaries`: one write of every statement into an empty summary
graph, :func:`read_every_row`) share one definition of a statement's contribution
in Python (:func:`contributions` and its siblings, :func:`_write_summaries`), which
must follow the raw queries in SPARQL; tests/test_summary.py checks the summary
forms of the named queries against the raw ones, and the totals many small writes
keep against a rebuild, after random writes.

The summary graph is an index of the store, not data: exports
(:func:`kg.export.quads`) and ``kg push`` leave it out, since a file or a
server holding several shards would carry wrong totals; named queries on
graph files and endpoints run their raw form.
"""

from __future__ import annotations

import hashlib
from itertools import islice, product
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TypeVar

import pyoxigraph as ox
from rdflib import RDF, RDFS, Dataset
from rdflib.namespace import PROV

from kg.rdf import BI, SCHEMA, Term, TermQuad, iri, literal, literal_parts
from kg.store import oxigraph_of
from kg.vocab import EVENT_CATEGORIES

SUMMARY_GRAPH = "https://w3id.org/bikg/graph/summary"
"""The named graph that holds the dyad summaries (left out of exports and pushes)."""

SUMMARY_VERSION = 6
"""Version of the summaries' definition: a store marked with another one is summarised again."""

_G = f"<{SUMMARY_GRAPH}>"
_BI = str(BI)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NEGATED = _BI + "Negated"
_COUNTRY_PATH = "/id/country/"

PREFIXES = """PREFIX bi: <https://w3id.org/bikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""

# ------------------------------------------------------------------ the semantics, in Python


@dataclass(frozen=True)
class Row:
    """One solution of the raw query's statement pattern, before countries are looked up.

    Attributes:
        statement: the statement node's IRI.
        subject, object: IRIs of its subject and object.
        modality: IRI of its modality.
        goldstein: its Goldstein value (lexical form and datatype IRI), if any.
        event_date: lexical form of its event date, if any.
        published: lexical form of its article's publication date, if any.
        article: the IRI of its article.
        categories: IRIs of its PLOVER categories.
        event_term: its event date as an N-Triples literal, if any.
        predicate: IRI of its predicate ("" when it has none).
        speakers: IRIs of the people it is attributed to (``bi:attributedTo``).
    """

    statement: str
    subject: str
    object: str
    modality: str
    goldstein: tuple[str, str] | None
    event_date: str | None
    published: str | None
    article: str = ""
    categories: tuple[str, ...] = ()
    event_term: str | None = None
    predicate: str = ""
    speakers: tuple[str, ...] = ()


@dataclass
class Totals:
    """What some statements contribute to one summary."""

    pairings: int = 0
    statements: set[str] = field(default_factory=set)
    goldstein: Decimal = Decimal(0)
    decimal: bool = False
    """Whether the Goldstein sum is an xsd:decimal (SPARQL's SUM of integers stays an integer)."""


Key = tuple[str, str, "str | None"]
"""(country A IRI, country B IRI, month or None)."""


def countries_of(entity: str, links: dict[str, set[str]]) -> list[str]:
    """The countries a statement's subject or object counts for: ``?e bi:country? ?c``, kept
    when the IRI names a country (``/id/country/``).

    >>> countries_of("https://w3id.org/bikg/id/person/x", {"https://w3id.org/bikg/id/person/x": {"https://w3id.org/bikg/id/country/AZE"}})
    ['https://w3id.org/bikg/id/country/AZE']
    """
    return sorted(c for c in {entity} | links.get(entity, set()) if _COUNTRY_PATH in c)


def contributions(rows: Iterable[Row], links: dict[str, set[str]]) -> dict[Key, Totals]:
    """Per (dyad, month) totals of ``rows``, as ``dyad-balance.rq`` groups them.

    Args:
        rows: the statements' rows.
        links: every ``bi:country`` value of each subject and object.
    """
    found: dict[Key, Totals] = defaultdict(Totals)
    for row in rows:
        if row.modality == _NEGATED:
            continue
        if row.goldstein is None:
            g, is_decimal = Decimal(0), False
        else:
            try:
                g = Decimal(row.goldstein[0])
            except InvalidOperation:
                continue  # SUM over a non-number fails in SPARQL too; kg never writes one
            is_decimal = row.goldstein[1] != _XSD + "integer"
        date = row.event_date if row.event_date is not None else row.published
        month = date[:7] if date is not None else None
        for cs in countries_of(row.subject, links):
            for co in countries_of(row.object, links):
                if cs == co:
                    continue
                totals = found[(min(cs, co), max(cs, co), month)]
                totals.pairings += 1
                totals.statements.add(row.statement)
                totals.goldstein += g
                totals.decimal = totals.decimal or is_decimal
    return dict(found)


PartnerKey = tuple[str, str, str, "str | None"]
"""(country A IRI, country B IRI, PLOVER category IRI, event date as an N-Triples literal or None)."""


def partner_contributions(rows: Iterable[Row], links: dict[str, set[str]]) -> dict[PartnerKey, Totals]:
    """Per (dyad, PLOVER category, event date) totals of ``rows``, what ``partners.rq`` aggregates:
    as :func:`contributions`, by category (a statement without one counts for none) and by the
    statement's own event date (not the article's)."""
    found: dict[PartnerKey, Totals] = defaultdict(Totals)
    for row in rows:
        if not row.categories:
            continue
        for (x, y, _), totals in contributions([row], links).items():
            for category in row.categories:
                found[(x, y, category, row.event_term)] = _plus(found[(x, y, category, row.event_term)], totals)
    return dict(found)


def _plus(into: Totals, more: Totals) -> Totals:
    into.pairings += more.pairings
    into.statements |= more.statements
    into.goldstein += more.goldstein
    into.decimal = into.decimal or more.decimal
    return into


def listings(rows: Iterable[Row], links: dict[str, set[str]]) -> dict[Key, set[str]]:
    """Per (dyad, month): the statements of ``rows`` that ``dyad-timeline.rq`` lists for the dyad
    (every modality, negated ones too), the month as in :func:`contributions`."""
    found: dict[Key, set[str]] = defaultdict(set)
    for row in rows:
        date = row.event_date if row.event_date is not None else row.published
        month = date[:7] if date is not None else None
        for cs in countries_of(row.subject, links):
            for co in countries_of(row.object, links):
                if cs != co:
                    found[(min(cs, co), max(cs, co), month)].add(row.statement)
    return dict(found)


TargetKey = tuple[str, str, str, "str | None"]
"""(country IRI, PLOVER category IRI, predicate IRI, event month or None)."""


def target_listings(rows: Iterable[Row], links: dict[str, set[str]]) -> dict[TargetKey, set[str]]:
    """Per (country, PLOVER category, predicate, event month): the statements that ``who-supports``,
    ``who-criticizes`` and ``who-sanctions`` choose their page from, for a country on the receiving
    end: not negated, the object one of the country's entities and the subject none of them. The
    month is the event date's alone (those queries order by it; the article's date plays no part),
    None for a statement without one."""
    found: dict[TargetKey, set[str]] = defaultdict(set)
    for row in rows:
        if row.modality == _NEGATED or not row.predicate:
            continue
        month = row.event_date[:7] if row.event_date is not None else None
        actors = set(countries_of(row.subject, links))
        for country in countries_of(row.object, links):
            if country not in actors:
                for category in row.categories:
                    found[(country, category, row.predicate, month)].add(row.statement)
    return dict(found)


PersonKey = tuple[str, str, "str | None"]
"""(person IRI, role: "speaker" or "subject", event month or None)."""

_PERSON_PATH = "/id/person/"


def person_listings(rows: Iterable[Row]) -> dict[PersonKey, set[str]]:
    """Per (person, role, event month): the statements ``said-by`` lists for a person, as the speaker
    they are attributed to or as their subject (every modality). People are the entities kg mints
    under ``/id/person/`` (the query itself checks ``a bi:Person``); the month is the event date's
    alone, as ``said-by`` orders by it."""
    found: dict[PersonKey, set[str]] = defaultdict(set)
    for row in rows:
        if not row.predicate:
            continue
        month = row.event_date[:7] if row.event_date is not None else None
        for speaker in row.speakers:
            if _PERSON_PATH in speaker:
                found[(speaker, "speaker", month)].add(row.statement)
        if _PERSON_PATH in row.subject:
            found[(row.subject, "subject", month)].add(row.statement)
    return dict(found)


def mentions(rows: Iterable[Row], links: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(article, country) pairs: the countries whose entities are the subject or object of a
    statement of the article (every modality), as ``dyad-topics.rq`` finds where a country takes part."""
    return {(row.article, c) for row in rows for e in (row.subject, row.object) for c in countries_of(e, links)}


_TOPIC_PATH = "/id/topic/"


def topic_listings(rows: Iterable[Row], links: dict[str, set[str]]) -> dict[tuple[str, str, str], set[str]]:
    """Per dyad and topic: the statements ``dyad-topics`` aggregates for it. Not negated, with a predicate, on a
    topic (an entity kg mints under ``/id/topic/``; the query itself checks ``a bi:Topic``), by an
    actor of one country of the dyad, in an article where the other country takes part
    (:func:`mentions`). ``rows`` must hold whole articles: an article's other statements decide
    which countries take part in it."""
    by_article: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_article[row.article].append(row)
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for its in by_article.values():
        taking_part = {c for _, c in mentions(its, links)}
        for row in its:
            if row.modality == _NEGATED or not row.predicate or _TOPIC_PATH not in row.object:
                continue
            for actor in countries_of(row.subject, links):
                for other in taking_part - {actor}:
                    found[(min(actor, other), max(actor, other), row.object)].add(row.statement)
    return dict(found)


def name_grams(label: str) -> set[str]:
    """The pieces of a person's label the name index holds: every two and three letters of it, lower-cased.

    >>> sorted(name_grams("Xi Jin"))
    [' j', ' ji', 'i ', 'i j', 'in', 'ji', 'jin', 'xi', 'xi ']
    """
    text = label.lower()
    return {text[i : i + n] for n in (2, 3) for i in range(len(text) - n + 1)}


def search_grams(text: str, store: ox.Store | None = None) -> list[str]:
    """The pieces of a searched name that every label holding it holds too: the name index's keys for
    ``said-by``. Without a store, the first and last three letters (or both letters of a two-letter
    text); with one, the two three-letter pieces of the text that the fewest people's names hold
    (each counted up to :data:`GRAM_PROBE` in the index), so that the query starts from few people
    even when many names share a beginning ("Minister ...") or an end. None for a text of one letter
    or none, which the query then tests against every name.

    >>> search_grams("Aliyev"), search_grams("Xi"), search_grams("X")
    (['ali', 'yev'], ['xi'], [])
    """
    found = text.lower()
    if len(found) < 2:
        return []
    if len(found) < 3:
        return [found]
    if store is None:
        return list(dict.fromkeys((found[:3], found[-3:])))
    pieces = list(dict.fromkeys(found[i : i + 3] for i in range(len(found) - 2)))
    graph, gram = ox.NamedNode(SUMMARY_GRAPH), ox.NamedNode(_NAME_GRAM)
    held = {piece: sum(1 for _ in islice(store.quads_for_pattern(None, gram, ox.Literal(piece), graph), GRAM_PROBE)) for piece in pieces}
    return sorted(pieces, key=held.__getitem__)[:2]


GRAM_PROBE = 50
"""How many holders of a piece :func:`search_grams` counts at most (beyond that, a piece is as common as any)."""


def _optional(values: list[Term]) -> list[Term | None]:
    """The values of an OPTIONAL pattern: each value, or one unbound row."""
    return list(values) if values else [None]


# The properties rows_of_quads reads, as N-Triples terms.
_TYPE, _SUBJECT, _OBJECT, _DERIVED = (iri(t) for t in (RDF.type, RDF.subject, RDF.object, PROV.wasDerivedFrom))
_STATEMENT, _MODALITY, _GOLDSTEIN, _EVENT_DATE = (iri(t) for t in (BI.Statement, BI.modality, BI.goldstein, BI.eventDate))
_PUBLISHED, _HAS_COUNTRY, _CATEGORY, _PREDICATE = iri(SCHEMA.datePublished), iri(BI.country), iri(BI.ploverCategory), iri(RDF.predicate)
_SPEAKER = iri(BI.attributedTo)
_ROW_PROPERTIES = frozenset((_TYPE, _SUBJECT, _OBJECT, _DERIVED, _MODALITY, _GOLDSTEIN, _EVENT_DATE, _PUBLISHED, _CATEGORY, _PREDICATE, _SPEAKER))


def _plain(term: Term) -> str:
    """An IRI's value or a literal's lexical form."""
    return term[1:-1] if term.startswith("<") else literal_parts(term)[0]


def rows_of_quads(quads: Iterable[TermQuad]) -> list[Row]:
    """The rows of the statements among an article's quads (what the store will hold once they are written)."""
    props: dict[Term, dict[Term, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o, g in quads:
        if g is None and p in _ROW_PROPERTIES:
            props[s][p].append(o)
    rows = []
    for node, values in props.items():
        if _STATEMENT not in values.get(_TYPE, []):
            continue
        for subject in values.get(_SUBJECT, []):
            for obj in values.get(_OBJECT, []):
                for modality in values.get(_MODALITY, []):
                    for article in values.get(_DERIVED, []):
                        for goldstein in _optional(values.get(_GOLDSTEIN, [])):
                            for event in _optional(values.get(_EVENT_DATE, [])):
                                for published, predicate in product(_optional(props.get(article, {}).get(_PUBLISHED, [])),
                                                                    _optional(values.get(_PREDICATE, []))):
                                    rows.append(
                                        Row(
                                            _plain(node), _plain(subject), _plain(obj), _plain(modality),
                                            None if goldstein is None else _lexical_and_datatype(goldstein),
                                            None if event is None else _plain(event),
                                            None if published is None else _plain(published),
                                            _plain(article),
                                            tuple(sorted(_plain(c) for c in values.get(_CATEGORY, []))),
                                            event,
                                            "" if predicate is None else _plain(predicate),
                                            tuple(sorted(_plain(sp) for sp in values.get(_SPEAKER, []))),
                                        )
                                    )
    return rows


def _lexical_and_datatype(term: Term) -> tuple[str, str]:
    lexical, datatype, _ = literal_parts(term) if not term.startswith("<") else (term[1:-1], None, None)
    return lexical, datatype or _XSD + "string"


# ------------------------------------------------------------------ node IRIs

_KINDS = {
    "month": _BI + "DyadMonthSummary",
    "dyad": _BI + "DyadSummary",
    "country": _BI + "CountrySummary",
    "listing": _BI + "DyadMonthListing",
    "partner": _BI + "DyadCategorySummary",
    "target": _BI + "TargetMonthListing",
    "category": _BI + "DyadCategoryTotal",
    "person": _BI + "PersonMonthListing",
    "topics": _BI + "DyadTopicListing",
    "bucket": _BI + "DyadTopicBucket",
}


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def dyad_node(x: str, y: str, month: str | None, kind: str = "month") -> str:
    """The IRI of a dyad (``kind="dyad"``), dyad-month summary or dyad-month listing (``kind="listing"``):
    a hash of kind, countries and month."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS[kind], x, y, '' if month is None else 'm' + month)))}"


def partner_node(x: str, y: str, category: str, date: str | None) -> str:
    """The IRI of a dyad's summary for one PLOVER category and event date (``date``: the
    literal's lexical form, None for statements without one)."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['partner'], x, y, category, date or '')))}"


def category_node(x: str, y: str, category: str) -> str:
    """The IRI of a dyad's totals for one PLOVER category (every event date together)."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['category'], x, y, category)))}"


def topic_node(x: str, y: str, topic: str) -> str:
    """The IRI of a dyad's listing of the statements on one topic (``dyad-topics``)."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['topics'], x, y, topic)))}"


def topic_bucket(x: str, y: str, statements: int) -> str:
    """The IRI of the bucket of a dyad's topics that have ``statements`` statements: a hash of the dyad's
    topics key (:func:`summary_terms`' ``topics``) and the count."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['bucket'], dyad_node(x, y, None, 'topics'), str(statements))))}"


def category_key(country: str, category: str) -> str:
    """The IRI a country's dyad-category totals of one PLOVER category point to (``bi:totalForCategory``):
    a key, with no triples of its own."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_BI + 'totalForCategory', country, category)))}"


def target_node(country: str, category: str, predicate: str, month: str | None) -> str:
    """The IRI of a country's listing of the statements about it of one PLOVER category and predicate
    in one event month (None: undated)."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['target'], country, category, predicate, '' if month is None else 'm' + month)))}"


# The statements each who-* query lists about a country, as their FILTERs in kg/queries/who-*.rq say
# (PLOVER categories, or predicates of any category): a target listing of a category and predicate
# is listed for every kind it meets (bi:listedFor), so that a query's page picks only its own
# listings. tests/test_summary.py compares each summary form with its raw query.
TARGET_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "supports": (frozenset({"SUPPORT", "AID"}), frozenset({"praises", "congratulates", "supports", "contributesTo", "providesAidTo"})),
    "criticizes": (frozenset({"ACCUSE", "PROTEST"}), frozenset()),
    "sanctions": (frozenset({"SANCTION"}), frozenset()),
}


def target_kinds(category: str, predicate: str) -> list[str]:
    """The who-* kinds (:data:`TARGET_KINDS`) of statements of a PLOVER category and predicate (IRIs)."""
    c, p = category.rsplit("#", 1)[-1], predicate.rsplit("#", 1)[-1]
    return [kind for kind, (categories, predicates) in TARGET_KINDS.items() if c in categories or p in predicates]


def target_kind_node(country: str, kind: str) -> str:
    """The IRI a country's target listings of one who-* kind point to (``bi:listedFor``): a key, with no triples of its own."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_BI + 'listedFor', country, kind)))}"


def person_node(person: str, role: str, month: str | None) -> str:
    """The IRI of a person's listing of the statements in one role ("speaker" or "subject") and event month."""
    return f"{SUMMARY_GRAPH}/{_sha1(' '.join((_KINDS['person'], person, role, '' if month is None else 'm' + month)))}"


#: The PLOVER categories a statement may carry (bi:ploverCategory): the event categories and STRUCTURAL.
CATEGORIES = tuple(sorted(EVENT_CATEGORIES | {"STRUCTURAL"}))

SUMMARY_TERMS = frozenset((
    "dyad", "topics", "country_category", "person_gram", "person_gram2",
    *(f"kind_{kind}" for kind in TARGET_KINDS), *(f"category_{category}" for category in CATEGORIES),
))
"""The names :func:`summary_terms` may give: a summary variant may use them as parameters (and test them in ``#if``)."""


def summary_terms(terms: dict[str, str], store: ox.Store | None = None) -> dict[str, str]:
    """The terms (N-Triples) a summary variant of a named query may use beyond its parameters (``terms``: a
    parameter's name and IRI or text): ``dyad``, the summary node of the dyad of the countries ``a`` and
    ``b``, from which ``dyad-timeline`` and ``dyad-balance`` find the dyad's listings and months
    (``bi:listingOf``, ``bi:monthOf``) in one lookup; ``topics``, the key of the dyad's topic listings and buckets
    (:func:`topic_listings`, for ``dyad-topics``); ``kind_supports``, ``kind_criticizes`` and
    ``kind_sanctions``, the keys of the target listings of ``country`` that each who-* query reads
    (``bi:listedFor``); ``country_category``, the key of the country's totals of ``category``
    (``bi:totalForCategory``, for ``partners``), and without ``category`` the same key of each category
    as ``category_NAME`` (``category_ACCUSE``...: ``partners.listings.rq`` counts the rows of each);
    ``person_gram`` and ``person_gram2``, the name index's
    keys of the text ``person`` (:func:`search_grams`, the rarest in ``store`` if given, for ``said-by``;
    absent for a text of one letter).
    Computed here, as SPARQL would compute the same hash for every node it reads."""
    a, b, country = terms.get("a"), terms.get("b"), terms.get("country")
    found = {}
    if a and b and a != b:
        found = {kind: f"<{dyad_node(min(a, b), max(a, b), None, kind)}>" for kind in ("dyad", "topics")}
    if country:
        found.update({f"kind_{kind}": f"<{target_kind_node(country, kind)}>" for kind in TARGET_KINDS})
        if terms.get("category"):
            found["country_category"] = f"<{category_key(country, terms['category'])}>"
        else:
            found.update({f"category_{name}": f"<{category_key(country, _BI + name)}>" for name in CATEGORIES})
    grams = search_grams(terms["person"], store) if terms.get("person") is not None else []
    if grams:
        found.update({"person_gram": literal(grams[0]), "person_gram2": literal(grams[-1])})
    return found


def country_node(country: str) -> str:
    """The IRI of a country's summary."""
    return f"{SUMMARY_GRAPH}/{_sha1(_KINDS['country'] + ' ' + country)}"




# ------------------------------------------------------------------ reading the store before a write


def _iris(values: Iterable[str]) -> str:
    return " ".join(f"<{v}>" for v in values)


def _solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    answer = store.query(PREFIXES + query)
    assert isinstance(answer, ox.QuerySolutions)
    return answer


def _value(term: object) -> str | None:
    return None if term is None else term.value  # type: ignore[attr-defined, no-any-return]


def read_links(store: ox.Store, entities: Iterable[str], ask: Iterable[str] = ()) -> tuple[dict[str, set[str]], set[str]]:
    """The ``bi:country`` values of ``entities`` in the store, and which of ``ask`` (some of
    ``entities``) some statement names."""
    wanted = sorted(set(entities))
    links: dict[str, set[str]] = {e: set() for e in wanted}
    used: set[str] = set()
    if not wanted:
        return links, used
    asked = sorted(set(ask))
    test = (
        f"BIND (?e IN ({', '.join(f'<{e}>' for e in asked)}) && (EXISTS {{ ?st1 rdf:subject ?e }} || EXISTS {{ ?st2 rdf:object ?e }}) AS ?used)"
        if asked
        else ""
    )
    query = f"SELECT ?e ?c ?used WHERE {{ VALUES ?e {{ {_iris(wanted)} }} OPTIONAL {{ ?e bi:country ?c }} {test} }}"
    for row in _solutions(store, query):
        entity = row["e"].value  # type: ignore[union-attr]
        if row["c"] is not None:
            links[entity].add(row["c"].value)  # type: ignore[union-attr]
        if row["used"] is not None and row["used"].value == "true":  # type: ignore[union-attr]
            used.add(entity)
    return links, used


def _read_links(
    store: ox.Store, entities: Iterable[str], added: dict[str, set[str]], known: Known | None
) -> tuple[dict[str, set[str]], set[str]]:
    """:func:`read_links` of ``entities``, asking which of those in ``added`` are used, from what
    ``known`` holds where it can: the store is asked whether an entity is used only when it would
    gain a country."""
    if known is None:
        return read_links(store, entities, added)
    wanted = set(entities)
    unknown = wanted - known.links.keys()
    links, used = read_links(store, unknown, [e for e in added if e in unknown]) if unknown else ({}, set())
    for entity in wanted - unknown:
        links[entity] = set(known.links[entity])
    used |= {e for e in added if e in known.used}
    ask = [e for e, countries in added.items() if e not in unknown and e not in used and countries - links[e]]
    if ask:
        used |= read_links(store, ask, ask)[1]
    return links, used


_ROW_PATTERN = """
    ?statement a bi:Statement ; rdf:subject ?s ; rdf:object ?o ; bi:modality ?m ; prov:wasDerivedFrom ?article .
    OPTIONAL { ?statement bi:goldstein ?goldstein }
    OPTIONAL { ?statement bi:eventDate ?event_date }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?statement rdf:predicate ?p }"""


def read_rows(store: ox.Store, articles: Sequence[str], entities: Sequence[str]) -> tuple[list[Row], list[Row]]:
    """Rows of the statements of ``articles``, and of the other statements whose subject or object is in ``entities``.

    Each UNION branch carries the whole pattern (Oxigraph would scan the
    patterns after a UNION in full), and the branches are disjoint.
    """
    branches = []
    if articles:
        branches.append(f"{{ VALUES ?article {{ {_iris(articles)} }} ?statement prov:wasDerivedFrom ?article . {_ROW_PATTERN} BIND (0 AS ?branch) }}")
    if entities:
        others = f"FILTER (?article NOT IN ({', '.join(f'<{a}>' for a in articles)}))" if articles else ""
        branches.append(f"{{ VALUES ?s {{ {_iris(entities)} }} ?statement rdf:subject ?s . {_ROW_PATTERN} {others} BIND (1 AS ?branch) }}")
        branches.append(
            f"{{ VALUES ?o {{ {_iris(entities)} }} ?statement rdf:object ?o . {_ROW_PATTERN} {others} "
            f"FILTER (?s NOT IN ({', '.join(f'<{e}>' for e in entities)})) BIND (1 AS ?branch) }}"
        )
    found: tuple[list[Row], list[Row]] = ([], [])
    if not branches:
        return found
    query = "SELECT ?branch ?statement ?s ?o ?m ?goldstein ?event_date ?published ?article ?p WHERE { " + " UNION ".join(branches) + " }"
    solutions = list(_solutions(store, query))
    categories: dict[str, list[str]] = defaultdict(list)
    speakers: dict[str, list[str]] = defaultdict(list)
    statements = sorted({row["statement"].value for row in solutions})  # type: ignore[union-attr]
    for start in range(0, len(statements), 5000):
        chunk = _iris(statements[start : start + 5000])
        for row in _solutions(store, f"SELECT ?st ?c WHERE {{ VALUES ?st {{ {chunk} }} ?st bi:ploverCategory ?c }}"):
            categories[row["st"].value].append(row["c"].value)  # type: ignore[union-attr]
        for row in _solutions(store, f"SELECT ?st ?who WHERE {{ VALUES ?st {{ {chunk} }} ?st bi:attributedTo ?who }}"):
            speakers[row["st"].value].append(row["who"].value)  # type: ignore[union-attr]
    for row in solutions:
        found[int(row["branch"].value)].append(_row(row, categories, speakers))  # type: ignore[union-attr]
    return found


def _row(solution: ox.QuerySolution, categories: dict[str, list[str]], speakers: dict[str, list[str]]) -> Row:
    """A :class:`Row` of a solution of :data:`_ROW_PATTERN`, given each statement's categories and speakers."""
    goldstein, event, statement = solution["goldstein"], solution["event_date"], solution["statement"].value  # type: ignore[union-attr]
    return Row(
        statement, solution["s"].value, solution["o"].value, solution["m"].value,  # type: ignore[union-attr]
        None if goldstein is None else (goldstein.value, goldstein.datatype.value),  # type: ignore[union-attr]
        _value(event), _value(solution["published"]), solution["article"].value,  # type: ignore[union-attr]
        tuple(sorted(categories.get(statement, ()))), None if event is None else str(event),
        _value(solution["p"]) or "",
        tuple(sorted(speakers.get(statement, ()))),
    )


def read_every_row(store: ox.Store) -> tuple[list[Row], dict[str, frozenset[str]]]:
    """The rows of every statement of the store, and every entity's ``bi:country`` values (a rebuild's input)."""
    categories: dict[str, list[str]] = defaultdict(list)
    speakers: dict[str, list[str]] = defaultdict(list)
    for row in _solutions(store, "SELECT ?st ?c WHERE { ?st bi:ploverCategory ?c }"):
        categories[row["st"].value].append(row["c"].value)  # type: ignore[union-attr]
    for row in _solutions(store, "SELECT ?st ?who WHERE { ?st bi:attributedTo ?who }"):
        speakers[row["st"].value].append(row["who"].value)  # type: ignore[union-attr]
    query = f"SELECT ?statement ?s ?o ?m ?goldstein ?event_date ?published ?article ?p WHERE {{ {_ROW_PATTERN} }}"
    rows = [_row(row, categories, speakers) for row in _solutions(store, query)]
    links: dict[str, set[str]] = defaultdict(set)
    for row in _solutions(store, "SELECT ?e ?c WHERE { ?e bi:country ?c }"):
        links[row["e"].value].add(row["c"].value)  # type: ignore[union-attr]
    return rows, {e: frozenset(countries) for e, countries in links.items()}


@dataclass
class _Stored:
    """The current counts and sums of the summary nodes a write touches (their other triples
    follow from their key), as N-Triples text."""

    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def count(self, node: str, prop: str) -> int:
        term = self.values.get(node, {}).get(_BI + prop)
        return int(literal_parts(term)[0]) if term is not None else 0

    def number(self, node: str, prop: str) -> tuple[Decimal, bool]:
        term = self.values.get(node, {}).get(_BI + prop)
        if term is None:
            return Decimal(0), False
        lexical, datatype, _ = literal_parts(term)
        return Decimal(lexical), datatype != _XSD + "integer"


def _read_nodes(store: ox.Store, nodes: Iterable[str], known: Known | None = None) -> _Stored:
    """The values of summary nodes: from what the writer knows (``known``), else read from the store."""
    stored = _Stored()
    wanted = set(nodes)
    if known is not None and known.empty:
        return stored
    if known is not None:
        for node in wanted & known.nodes.keys():
            if known.nodes[node]:
                stored.values[node] = known.nodes[node]
        wanted -= known.nodes.keys()
    if not wanted:
        return stored
    counts = "bi:pairingCount, bi:statementCount, bi:goldsteinSum, bi:partnerCount, bi:firstDate, bi:lastDate, bi:topicCount, bi:articleCount, bi:undatedCount"
    query = f"SELECT ?n ?p ?v WHERE {{ VALUES ?n {{ {_iris(sorted(wanted))} }} GRAPH {_G} {{ ?n ?p ?v }} FILTER (?p IN ({counts})) }}"
    for row in _solutions(store, query):
        stored.values.setdefault(row["n"].value, {})[row["p"].value] = str(row["v"])  # type: ignore[union-attr]
    return stored


@dataclass
class Known:
    """What one writer knows of the store from its earlier reads and writes, so that its next writes
    need not read it again (:func:`article_update`).

    Valid only while no one else writes to the store (as for :class:`kg.write.ArticleIndex`, which
    keeps it for a build). Each part holds exactly what the store holds:

    Attributes:
        links: an entity's ``bi:country`` values (empty: none).
        used: entities some statement names (``rdf:subject`` or ``rdf:object``).
        nodes: a summary node's count and sum values as N-Triples text (empty: no such node).
    """

    links: dict[str, frozenset[str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    empty: bool = False
    """The summary graph holds nothing (a rebuild from scratch): no summary node is read."""

    LIMIT = 50_000
    """Entries kept of each kind at most (memory stays bounded; at worst the store is read again)."""

    def learn(self, update: SummaryUpdate) -> None:
        """Take in what a write left in the store, once its transaction has succeeded."""
        if update.removed:
            # The removal's orphan clean-up drops entities with their bi:country links: read them again.
            self.links.clear()
            self.used.clear()
        else:
            self.links.update(update.links)
            self.used.update(update.used)
        self.nodes.update(update.nodes)
        for part in (self.links, self.used, self.nodes):
            if len(part) > self.LIMIT:
                part.clear()


# ------------------------------------------------------------------ the update


def _decimal_text(value: Decimal) -> str:
    """An xsd:decimal lexical form (no exponent)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _number(value: Decimal, is_decimal: bool) -> str:
    return f'"{_decimal_text(value)}"^^<{_XSD}decimal>' if is_decimal else f'"{int(value)}"^^<{_XSD}integer>'


def _integer(value: int) -> str:
    return f'"{value}"^^<{_XSD}integer>'


@dataclass(frozen=True)
class SummaryUpdate:
    """The summary part of one write: SPARQL Update operations to append to the article's own.

    Attributes:
        operations: ``" ;\\n"``-led operations (a ``DELETE DATA`` and an
            ``INSERT DATA`` of the summary graph), or ``""`` when nothing changes.
        removed: whether the write removes articles.
        links, used, nodes: what the store holds once the write is done, for :meth:`Known.learn`
            (links and used: of the entities the write names; nodes: of the summaries it changes).
    """

    operations: str
    removed: bool = False
    links: dict[str, frozenset[str]] = field(default_factory=dict)
    used: frozenset[str] = frozenset()
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class Change:
    """How one summary's totals change with a write."""

    pairings: int = 0
    statements: int = 0
    goldstein: Decimal = Decimal(0)
    decimal: bool = False

    def add(self, other: Change) -> None:
        self.pairings += other.pairings
        self.statements += other.statements
        self.goldstein += other.goldstein
        self.decimal = self.decimal or other.decimal


def changes(before: dict[Key, Totals], after: dict[Key, Totals]) -> dict[Key, Change]:
    """Per (dyad, month): what changes from the contributions ``before`` to those ``after`` (unchanged ones left out)."""
    out = {}
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1], k[2] or "")):
        old, new = before.get(key, Totals()), after.get(key, Totals())
        change = Change(new.pairings - old.pairings, len(new.statements) - len(old.statements), new.goldstein - old.goldstein, old.decimal or new.decimal)
        if (change.pairings, change.statements, change.goldstein) != (0, 0, 0):
            out[key] = change
    return out


class _Writer:
    """The ``DELETE DATA`` / ``INSERT DATA`` lines that move summaries from their stored to their new totals."""

    def __init__(self, stored: _Stored) -> None:
        self.stored = stored
        self.deletes: list[str] = []
        self.inserts: list[str] = []
        self.after: dict[str, dict[str, str]] = {}
        """Each node's values once the write is done (empty: the node is gone)."""

    def put(self, node: str, kind: str, header: dict[str, str], change: Change, partners: int | None = None) -> bool:
        """Apply ``change`` to a summary (creating it with ``header``), or drop it when no pairing is
        left; True when it exists afterwards. ``partners`` changes a country summary's partner count."""
        stored, old = self.stored, self.stored.values.get(node, {})
        pairings = stored.count(node, "pairingCount") + change.pairings
        if pairings <= 0:
            self.deletes.extend(f"<{node}> <{p}> {v} ." for p, v in old.items())
            if old:
                self.deletes.append(f"<{node}> a <{kind}> .")
                self.deletes.extend(f"<{node}> <{p}> {v} ." for p, v in header.items())
            self.after[node] = {}
            return False
        g, was_decimal = stored.number(node, "goldsteinSum")
        counts = {_BI + "pairingCount": _integer(pairings), _BI + "goldsteinSum": _number(g + change.goldstein, was_decimal or change.decimal)}
        if partners is None:
            counts[_BI + "statementCount"] = _integer(stored.count(node, "statementCount") + change.statements)
        else:
            counts[_BI + "partnerCount"] = _integer(stored.count(node, "partnerCount") + partners)
        for prop, value in counts.items():
            if prop in old:
                self.deletes.append(f"<{node}> <{prop}> {old[prop]} .")
            self.inserts.append(f"<{node}> <{prop}> {value} .")
        self.after[node] = {**{p: v for p, v in old.items() if p not in counts}, **counts}
        if not old:
            self.inserts.append(f"<{node}> a <{kind}> .")
            self.inserts.extend(f"<{node}> <{p}> {v} ." for p, v in header.items())
        return True

    def relist(self, node: str, before: set[str], after: set[str]) -> None:
        """List under ``node`` the statements it gains (``bi:listedIn``) and unlist those it loses."""
        self.deletes.extend(f"<{st}> <{_LISTED_IN}> <{node}> ." for st in sorted(before - after))
        self.inserts.extend(f"<{st}> <{_LISTED_IN}> <{node}> ." for st in sorted(after - before))

    def put_listing(self, node: str, header: dict[str, str], change: int, kind: str = _KINDS["listing"], counted: str = "statementCount") -> None:
        """Change a listing's statement count (or another count: ``counted``) by ``change`` (creating it
        with ``header``), or drop it when nothing is left."""
        old = self.stored.values.get(node, {})
        count, prop = self.stored.count(node, counted) + change, _BI + counted
        if prop in old:
            self.deletes.append(f"<{node}> <{prop}> {old[prop]} .")
        if count <= 0:
            if old:
                self.deletes.append(f"<{node}> a <{kind}> .")
                self.deletes.extend(f"<{node}> <{p}> {v} ." for p, v in header.items())
            self.after[node] = {}
            return
        self.inserts.append(f"<{node}> <{prop}> {_integer(count)} .")
        if not old:
            self.inserts.append(f"<{node}> a <{kind}> .")
            self.inserts.extend(f"<{node}> <{p}> {v} ." for p, v in header.items())
        self.after[node] = {**old, prop: _integer(count)}

    def put_values(self, node: str, values: dict[str, str | None]) -> None:
        """Set single values of a node (N-Triples terms; None: none) that :meth:`put` or :meth:`put_listing`
        moved (none are left on a node they dropped)."""
        old = self.stored.values.get(node, {})
        alive = bool(self.after.setdefault(node, dict(old)))
        for prop, value in values.items():
            value = value if alive else None
            if old.get(prop) == value:
                continue
            if prop in old:
                self.deletes.append(f"<{node}> <{prop}> {old[prop]} .")
                self.after[node].pop(prop, None)
            if value is not None:
                self.inserts.append(f"<{node}> <{prop}> {value} .")
                self.after[node][prop] = value

    @property
    def operations(self) -> str:
        text = ""
        if self.deletes:
            text += f" ;\nDELETE DATA {{ GRAPH {_G} {{\n" + "\n".join(self.deletes) + "\n} }"
        if self.inserts:
            text += f" ;\nINSERT DATA {{ GRAPH {_G} {{\n" + "\n".join(self.inserts) + "\n} }"
        return text


def article_update(
    store: ox.Store,
    removed: Sequence[str] = (),
    quads: Sequence[TermQuad] = (),
    known: Known | None = None,
) -> SummaryUpdate:
    """The summary operations for one write: articles ``removed`` (replaced or dropped) and ``quads`` written.

    Reads the store (the state before the write): the rows of the removed
    articles' statements, the countries of every subject and object involved,
    the entities that gain a country with ``quads`` (each other statement about
    them is counted again with it) and the summaries concerned. What ``known``
    holds (the writer's earlier reads and writes) is not read again.

    Args:
        store: the Oxigraph store, before the write.
        removed: IRIs of the articles the write removes.
        quads: the quads the write adds, as N-Triples terms (:func:`kg.rdf.article_terms`).
        known: what the writer knows of the store; give the result to :meth:`Known.learn` once
            the write has succeeded.
    """
    new_rows = rows_of_quads(quads)
    added: dict[str, set[str]] = defaultdict(set)
    for s, p, o, g in quads:
        if g is None and p == _HAS_COUNTRY:
            added[s[1:-1]].add(o[1:-1])
    links, used = _read_links(store, {e for r in new_rows for e in (r.subject, r.object)} | set(added), added, known)
    gained = sorted(e for e, countries in added.items() if e in used and countries - links.get(e, set()))
    removed_rows, touched = read_rows(store, removed, gained)
    # dyad-topics' listings depend on whole articles (the countries an article's statements name): the
    # written and removed articles are whole; the stored articles of the touched statements are read whole
    context_articles = sorted({r.article for r in touched} - set(removed))
    context = read_rows(store, context_articles, [])[0] if context_articles else []
    missing = {e for r in removed_rows + touched + context for e in (r.subject, r.object)} - set(links)
    if missing:
        links.update(_read_links(store, missing, {}, known)[0])
    after_links = {e: frozenset(links.get(e, set()) | added.get(e, set())) for e in set(links) | set(added)}
    # Used once the write is done: the new statements' subjects and objects, and those the store's
    # statements already name (so every entity in links has a known answer).
    used_after = (
        frozenset(o[1:-1] for _, p, o, g in quads if g is None and (p == _SUBJECT or p == _OBJECT))
        | used
        | {e for r in touched for e in (r.subject, r.object)}
    )
    writer = _write_summaries(store, (removed_rows, touched, context, new_rows), links, after_links, known)
    # the name index: the pieces of each person label written (a label already indexed adds nothing)
    people = {s for s, p, o, g in quads if g is None and p == _TYPE and o == _PERSON}
    for s, p, o, g in quads:
        if g is None and p == _LABEL and (s in people or _PERSON_PATH in s):
            writer.inserts.extend(_gram_lines(s, literal_parts(o)[0]))
    operations = writer.operations
    if removed_rows:
        # a person the removal leaves without a name (kg.write drops the entities no statement names,
        # earlier in the same update) leaves the index; the people of the removed statements only
        named = sorted({e for r in removed_rows for e in (r.subject, r.object, *r.speakers)})
        operations += (
            f" ;\nDELETE {{ GRAPH {_G} {{ ?who <{_NAME_GRAM}> ?gram }} }} WHERE {{ VALUES ?who {{ {_iris(named)} }}\n"
            f"  GRAPH {_G} {{ ?who <{_NAME_GRAM}> ?gram }} FILTER NOT EXISTS {{ ?who <{_LABEL[1:-1]}> ?name }} }}"
        )
    return SummaryUpdate(operations, bool(removed), after_links, used_after, writer.after)


def _write_summaries(
    store: ox.Store,
    rows: tuple[list[Row], list[Row], list[Row], list[Row]],
    links: dict[str, set[str]] | dict[str, frozenset[str]],
    after_links: dict[str, frozenset[str]],
    known: Known | None,
) -> _Writer:
    """The summary changes of a write, from the rows it changes: ``rows`` holds those of the removed
    articles' statements, of the stored statements it touches (their entities gain a country), of the
    touched statements' other articles (whole articles, for the topic listings), and of the written
    statements; ``links`` are the entities' countries before the write, ``after_links`` after it.
    Reads the summary nodes concerned (none when ``known`` says the graph is empty)."""
    removed_rows, touched, context, new_rows = rows
    before, after = removed_rows + touched, new_rows + touched
    months = changes(contributions(before, links), contributions(after, after_links))  # type: ignore[arg-type]
    listed_before, listed_after = listings(before, links), listings(after, after_links)  # type: ignore[arg-type]
    listed = _count_changes(listed_before, listed_after)
    targeted_before, targeted_after = target_listings(before, links), target_listings(after, after_links)  # type: ignore[arg-type]
    targeted = _count_changes(targeted_before, targeted_after)
    # (a statement's people do not depend on what entities' countries are: its own rows only)
    voiced_before, voiced_after = person_listings(removed_rows), person_listings(new_rows)
    voiced = _count_changes(voiced_before, voiced_after)
    mentioned_before, mentioned_after = mentions(before, links), mentions(after, after_links)  # type: ignore[arg-type]
    topics_before = topic_listings(removed_rows + context, links)  # type: ignore[arg-type]
    topics_after = topic_listings(new_rows + context, after_links)  # type: ignore[arg-type]
    topics = _count_changes(topics_before, topics_after)
    partner_changes = _partner_changes(partner_contributions(before, links), partner_contributions(after, after_links))  # type: ignore[arg-type]
    dyads: dict[tuple[str, str], Change] = {}
    for (x, y, _), change in months.items():
        dyads.setdefault((x, y), Change()).add(change)
    countries = sorted({c for pair in dyads for c in pair})
    nodes = [dyad_node(x, y, m) for x, y, m in months] + [dyad_node(x, y, None, "dyad") for x, y in dyads]
    nodes += [dyad_node(x, y, m, "listing") for (x, y, m), change in listed.items() if change]
    nodes += [partner_node(x, y, c, _lexical(d)) for x, y, c, d in partner_changes]
    nodes += sorted({category_node(x, y, c) for x, y, c, _ in partner_changes} | {partner_node(x, y, c, None) for x, y, c, _ in partner_changes})
    nodes += [target_node(*key) for key, change in targeted.items() if change]
    nodes += [person_node(*key) for key, change in voiced.items() if change]
    nodes += [topic_node(*key) for key in topics]  # (a listing may keep its count and change its row)
    writer = _Writer(_read_nodes(store, nodes + [country_node(c) for c in countries], known))
    for (x, y, month), change in months.items():
        # bi:monthOf: dyad-balance finds a dyad's months from the dyad node, one index lookup
        header = {**_header(x, y, month), _BI + "monthOf": f"<{dyad_node(x, y, None, 'dyad')}>"}
        writer.put(dyad_node(x, y, month), _KINDS["month"], header, change)
    partners: dict[str, int] = defaultdict(int)
    by_country: dict[str, Change] = defaultdict(Change)
    for (x, y), change in sorted(dyads.items()):
        node = dyad_node(x, y, None, "dyad")
        existed = writer.stored.count(node, "pairingCount") > 0
        alive = writer.put(node, _KINDS["dyad"], _header(x, y, None), change)
        for country in (x, y):
            partners[country] += int(alive) - int(existed)
            by_country[country].add(change)
    for country in countries:
        writer.put(country_node(country), _KINDS["country"], {_BI + "summaryOf": f"<{country}>"}, by_country[country], partners[country])
    for (x, y, category, date), change in partner_changes.items():
        header = {_BI + "countryA": f"<{x}>", _BI + "countryB": f"<{y}>", _BI + "ploverCategory": f"<{category}>"}
        if date is not None:
            header[_BI + "eventDate"] = date
        writer.put(partner_node(x, y, category, _lexical(date)), _KINDS["partner"], header, change)
    _put_category_totals(store, writer, partner_changes)
    # the indexes: each statement listed under its dyad-months, each article's countries
    for (x, y, month), count in sorted(listed.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or "")):
        node = dyad_node(x, y, month, "listing")
        if count:
            # bi:listingOf: dyad-timeline finds a dyad's listings from the dyad node, one index lookup
            writer.put_listing(node, {**_header(x, y, month), _BI + "listingOf": f"<{dyad_node(x, y, None, 'dyad')}>"}, count)
        writer.relist(node, listed_before.get((x, y, month), set()), listed_after.get((x, y, month), set()))
    for (country, category, predicate, month), count in sorted(targeted.items(), key=lambda item: (*item[0][:3], item[0][3] or "")):
        node = target_node(country, category, predicate, month)
        if count:
            header = {_BI + "targetCountry": f"<{country}>", _BI + "ploverCategory": f"<{category}>", _BI + "statementPredicate": f"<{predicate}>"}
            if month is not None:
                header[_BI + "month"] = literal(month)
            kinds = target_kinds(category, predicate)
            if kinds:  # an object list: one triple for each kind
                header[_BI + "listedFor"] = ", ".join(f"<{target_kind_node(country, kind)}>" for kind in kinds)
            writer.put_listing(node, header, count, _KINDS["target"])
        writer.relist(node, targeted_before.get((country, category, predicate, month), set()), targeted_after.get((country, category, predicate, month), set()))
    for (person, role, month), count in sorted(voiced.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or "")):
        node = person_node(person, role, month)
        if count:
            header = {_BI + "listedPerson": f"<{person}>", _BI + "statementRole": literal(role)}
            if month is not None:
                header[_BI + "month"] = literal(month)
            writer.put_listing(node, header, count, _KINDS["person"])
        writer.relist(node, voiced_before.get((person, role, month), set()), voiced_after.get((person, role, month), set()))
    _put_topic_listings(store, writer, topics, (topics_before, topics_after), (removed_rows + context, new_rows + context), known)
    writer.deletes.extend(f"<{a}> <{_MENTIONS}> <{c}> ." for a, c in sorted(mentioned_before - mentioned_after))
    writer.inserts.extend(f"<{a}> <{_MENTIONS}> <{c}> ." for a, c in sorted(mentioned_after - mentioned_before))
    return writer

def _put_topic_listings(
    store: ox.Store,
    writer: _Writer,
    changes: dict[tuple[str, str, str], int],
    listed: tuple[dict[tuple[str, str, str], set[str]], dict[tuple[str, str, str], set[str]]],
    rows: tuple[list[Row], list[Row]],
    known: Known | None,
) -> None:
    """Write the changes of the dyad-topic listings and move each topic whose statement count changes
    to the bucket of its new count (:func:`topic_bucket`), keeping each bucket's topic count; then
    each changed listing's row of ``dyad-topics`` (:func:`_put_topic_rows`).

    ``listed`` holds the listings' statements of the written articles before and after the write,
    ``rows`` those articles' rows before and after (whole articles: the removed ones and the stored
    ones the write touches, then the new ones and the same stored ones)."""
    before, after = listed
    buckets: dict[tuple[str, str, int], int] = defaultdict(int)
    moves = []
    for (x, y, topic), change in sorted(changes.items()):
        node = topic_node(x, y, topic)
        if change:
            was = writer.stored.count(node, "statementCount")
            header = {
                _BI + "countryA": f"<{x}>", _BI + "countryB": f"<{y}>", _BI + "listedTopic": f"<{topic}>",
                _BI + "listingOf": f"<{dyad_node(x, y, None, 'topics')}>",
            }
            writer.put_listing(node, header, change, _KINDS["topics"])
            moves.append((node, x, y, was, was + change))
            buckets[(x, y, was)] -= 1
            buckets[(x, y, was + change)] += 1
        writer.relist(node, before.get((x, y, topic), set()), after.get((x, y, topic), set()))
    moved = {key: n for key, n in buckets.items() if key[2] > 0 and n}
    writer.stored.values.update(_read_nodes(store, [topic_bucket(*key) for key in moved], known).values)
    for node, x, y, was, now in moves:
        if was > 0:
            writer.deletes.append(f"<{node}> <{_IN_BUCKET}> <{topic_bucket(x, y, was)}> .")
        if now > 0:
            writer.inserts.append(f"<{node}> <{_IN_BUCKET}> <{topic_bucket(x, y, now)}> .")
    for (x, y, count), n in sorted(moved.items()):
        header = {_BI + "bucketOf": f"<{dyad_node(x, y, None, 'topics')}>", _BI + "topicStatements": _integer(count)}
        writer.put_listing(topic_bucket(x, y, count), header, n, _KINDS["bucket"], "topicCount")
    _put_topic_rows(store, writer, before, after, rows)


@dataclass
class _Shown:
    """What ``dyad-topics`` shows of some statements: their articles, predicates, subjects (the actors,
    whose labels the query reads), event dates (N-Triples, by lexical form) and how many have no date."""

    articles: set[str] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)
    dates: dict[str, str] = field(default_factory=dict)
    undated: int = 0


def _shown(statements: Iterable[str], rows: dict[str, list[Row]]) -> _Shown:
    shown = _Shown()
    for statement in statements:
        its = rows[statement]
        shown.articles.update(r.article for r in its)
        shown.predicates.update(r.predicate for r in its)
        shown.subjects.update(r.subject for r in its)
        dates = {r.event_date: r.event_term for r in its if r.event_date is not None and r.event_term is not None}
        shown.dates.update(dates)
        shown.undated += not dates
    return shown


def _put_topic_rows(
    store: ox.Store,
    writer: _Writer,
    before: dict[tuple[str, str, str], set[str]],
    after: dict[tuple[str, str, str], set[str]],
    rows: tuple[list[Row], list[Row]],
) -> None:
    """Keep each dyad-topic listing's row of ``dyad-topics``, so that a page reads one node per topic
    instead of every statement: ``bi:articleCount``, ``bi:undatedCount`` (absent: none),
    ``bi:firstDate`` and ``bi:lastDate`` (as the query's MIN and MAX on Oxigraph: none while a
    statement has no date), each ``bi:listedPredicate`` and each ``bi:listedActor``.

    The written articles are whole (``before``, ``after``), so the counts move by what their
    statements change. The sets and dates grow with what they add; when they lose something, the
    listing's other statements (of the articles the write leaves alone) are read from the store."""
    by_statement: tuple[dict[str, list[Row]], dict[str, list[Row]]] = (defaultdict(list), defaultdict(list))
    for side, its in zip(by_statement, rows):
        for row in its:
            side[row.statement].append(row)
    written = {r.article for its in rows for r in its}
    changed: dict[str, tuple[_Shown, _Shown]] = {}
    for key in sorted(set(before) | set(after)):
        was, now = _shown(before.get(key, ()), by_statement[0]), _shown(after.get(key, ()), by_statement[1])
        if before.get(key) != after.get(key) or was != now:
            changed[topic_node(*key)] = (was, now)
    stored = writer.stored
    reread = sorted(
        node for node, (was, now) in changed.items()
        if was.predicates - now.predicates or was.subjects - now.subjects or was.dates.keys() - now.dates.keys()
        or (stored.count(node, "undatedCount") > 0 and now.undated == 0 and stored.count(node, "undatedCount") == was.undated)
    )
    others, kept = _topic_rows_elsewhere(store, reread, written)
    for node, (was, now) in changed.items():
        undated = stored.count(node, "undatedCount") - was.undated + now.undated
        articles = stored.count(node, "articleCount") - len(was.articles) + len(now.articles)
        if node in others:
            rest = others[node]
            predicates, subjects, dates = rest.predicates | now.predicates, rest.subjects | now.subjects, {**rest.dates, **now.dates}
            for prop, olds, news in ((_BI + "listedPredicate", kept[node].predicates, predicates), (_BI + "listedActor", kept[node].subjects, subjects)):
                writer.deletes.extend(f"<{node}> <{prop}> <{v}> ." for v in sorted(olds - news))
                writer.inserts.extend(f"<{node}> <{prop}> <{v}> ." for v in sorted(news - olds))
        else:
            dates = {**now.dates}
            old = stored.values.get(node, {})
            dates.update({literal_parts(old[p])[0]: old[p] for p in (_BI + "firstDate", _BI + "lastDate") if p in old})
            for prop, news in ((_BI + "listedPredicate", now.predicates - was.predicates), (_BI + "listedActor", now.subjects - was.subjects)):
                writer.inserts.extend(f"<{node}> <{prop}> <{v}> ." for v in sorted(news))
        ordered = sorted(dates) if undated == 0 else []
        writer.put_values(node, {
            _BI + "articleCount": _integer(articles) if articles > 0 else None,
            _BI + "undatedCount": _integer(undated) if undated > 0 else None,
            _BI + "firstDate": dates[ordered[0]] if ordered else None,
            _BI + "lastDate": dates[ordered[-1]] if ordered else None,
        })


def _topic_rows_elsewhere(store: ox.Store, nodes: list[str], written: set[str]) -> tuple[dict[str, _Shown], dict[str, _Shown]]:
    """For each dyad-topic listing of ``nodes``: what its statements of the articles not ``written``
    show (their articles are not gathered), and the predicates and actors it holds now."""
    others: dict[str, _Shown] = {node: _Shown() for node in nodes}
    kept: dict[str, _Shown] = {node: _Shown() for node in nodes}
    if not nodes:
        return others, kept
    query = (
        f"SELECT DISTINCT ?node ?what ?v WHERE {{ VALUES ?node {{ {_iris(nodes)} }}\n"
        f"  {{ GRAPH {_G} {{ ?node bi:listedPredicate ?v }} BIND (0 AS ?what) }}\n"
        f"  UNION {{ GRAPH {_G} {{ ?node bi:listedActor ?v }} BIND (1 AS ?what) }}\n"
        f"  UNION {{ GRAPH {_G} {{ ?statement bi:listedIn ?node }} ?statement prov:wasDerivedFrom ?article\n"
        f"    FILTER (?article NOT IN ({', '.join(f'<{a}>' for a in sorted(written))}))\n"
        "    { ?statement rdf:predicate ?v BIND (2 AS ?what) } UNION { ?statement rdf:subject ?v BIND (3 AS ?what) }\n"
        "    UNION { ?statement bi:eventDate ?v BIND (4 AS ?what) } } }"
    )
    for row in _solutions(store, query):
        node, what, value = row["node"].value, int(row["what"].value), row["v"]  # type: ignore[union-attr]
        shown = kept[node] if what < 2 else others[node]
        if what == 4:
            shown.dates[value.value] = str(value)  # type: ignore[union-attr]
        else:
            (shown.predicates if what in (0, 2) else shown.subjects).add(value.value)  # type: ignore[union-attr]
    return others, kept


_LISTED_IN, _MENTIONS, _NAME_GRAM = _BI + "listedIn", _BI + "mentionsCountry", _BI + "nameGram"
_IN_BUCKET = _BI + "inBucket"
_LABEL, _PERSON = iri(RDFS.label), iri(BI.Person)


_K = TypeVar("_K")


def _count_changes(before: dict[_K, set[str]], after: dict[_K, set[str]]) -> dict[_K, int]:
    """How many statements each listing gains (or loses, negative) from ``before`` to ``after``."""
    return {k: len(after.get(k, ())) - len(before.get(k, ())) for k in set(before) | set(after)}


def _lexical(term: str | None) -> str | None:
    return None if term is None else literal_parts(term)[0]


def _put_category_totals(store: ox.Store, writer: _Writer, partner_changes: dict[PartnerKey, Change]) -> None:
    """Move each dyad's totals for a PLOVER category (``bi:DyadCategoryTotal``) with the changes of
    its per-date summaries, once :meth:`_Writer.put` has moved those: the counts add up, and the
    first and last dates follow the dates that gain or lose their last statement (the store is read
    only when the first or last one loses it, or the undated statements are gone). Like the MIN and
    MAX of ``partners.rq`` on Oxigraph (an aggregate over an unbound value is unbound), a total
    with an undated statement has neither."""
    totals: dict[tuple[str, str, str], Change] = {}
    # dates by their lexical form (the same literal may be written out differently)
    gained: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
    lost: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for (x, y, category, date), change in partner_changes.items():
        totals.setdefault((x, y, category), Change()).add(change)
        node = partner_node(x, y, category, _lexical(date))
        existed, alive = writer.stored.count(node, "pairingCount") > 0, bool(writer.after.get(node))
        if date is not None and existed and not alive:
            lost[(x, y, category)].add(literal_parts(date)[0])
        elif date is not None and alive and not existed:
            gained[(x, y, category)][literal_parts(date)[0]] = date
    for (x, y, category), change in totals.items():
        node = category_node(x, y, category)
        header = {_BI + "countryA": f"<{x}>", _BI + "countryB": f"<{y}>", _BI + "ploverCategory": f"<{category}>"}
        # bi:totalFor, both countries (a SPARQL object list): partners finds a country's totals in one index lookup,
        # and with a category through bi:totalForCategory, a key of country and category
        header[_BI + "totalFor"] = f"<{x}>, <{y}>"
        header[_BI + "totalForCategory"] = f"<{category_key(x, category)}>, <{category_key(y, category)}>"
        if not writer.put(node, _KINDS["category"], header, change):
            continue
        # As partners.rq's MIN and MAX on Oxigraph: no first or last date while one statement has no date.
        undated = partner_node(x, y, category, None)
        undated_before = writer.stored.count(undated, "pairingCount") > 0
        if writer.after.get(undated, undated_before):
            writer.put_values(node, {_BI + "firstDate": None, _BI + "lastDate": None})
            continue
        old = writer.stored.values.get(node, {})
        first, last = old.get(_BI + "firstDate"), old.get(_BI + "lastDate")
        dates = {literal_parts(d)[0]: d for d in (first, last) if d is not None}
        if undated_before or lost[(x, y, category)] & dates.keys():
            dates = _category_dates(store, x, y, category)
        dates = {k: v for k, v in dates.items() if k not in lost[(x, y, category)]} | gained[(x, y, category)]
        ordered = sorted(dates)
        writer.put_values(node, {_BI + "firstDate": dates[ordered[0]] if ordered else None, _BI + "lastDate": dates[ordered[-1]] if ordered else None})


def _category_dates(store: ox.Store, x: str, y: str, category: str) -> dict[str, str]:
    """The event dates of a dyad's per-date summaries for a PLOVER category: each literal by its lexical form."""
    query = (
        f"SELECT DISTINCT ?date WHERE {{ GRAPH {_G} {{ ?d bi:ploverCategory <{category}> ; bi:countryA <{x}> ; bi:countryB <{y}> ; "
        "a bi:DyadCategorySummary ; bi:eventDate ?date } }"
    )
    return {row["date"].value: str(row["date"]) for row in _solutions(store, query)}  # type: ignore[union-attr]


def _partner_changes(before: dict[PartnerKey, Totals], after: dict[PartnerKey, Totals]) -> dict[PartnerKey, Change]:
    """:func:`changes` of the per (dyad, category, event date) totals."""
    out = {}
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1], k[2], k[3] or "")):
        old, new = before.get(key, Totals()), after.get(key, Totals())
        change = Change(new.pairings - old.pairings, len(new.statements) - len(old.statements), new.goldstein - old.goldstein, old.decimal or new.decimal)
        if (change.pairings, change.statements, change.goldstein) != (0, 0, 0):
            out[key] = change
    return out


def _header(x: str, y: str, month: str | None) -> dict[str, str]:
    """The key triples of a dyad, dyad-month or listing node."""
    header = {_BI + "countryA": f"<{x}>", _BI + "countryB": f"<{y}>"}
    if month is not None:
        header[_BI + "month"] = literal(month)
    return header


# ------------------------------------------------------------------ whole-store operations


def _ox(dataset: Dataset) -> ox.Store:
    inner = oxigraph_of(dataset)
    if inner is None:
        raise TypeError("dyad summaries live in an Oxigraph store")
    return inner


_MARK = f"{_G} a bi:SummaryGraph ; bi:summaryVersion {SUMMARY_VERSION}"


def has_summaries(dataset: Dataset) -> bool:
    """Whether the dataset is a store whose dyad summaries are complete and of the current version."""
    inner = oxigraph_of(dataset)
    if inner is None:
        return False
    return bool(inner.query(f"{PREFIXES}ASK {{ GRAPH {_G} {{ {_MARK} }} }}"))


def _gram_lines(person: Term, name: str) -> list[str]:
    """The name index's lines for one label of a person (an N-Triples IRI): each piece of :func:`name_grams`."""
    return [f"{person} <{_NAME_GRAM}> {literal(gram)} ." for gram in sorted(name_grams(name))]


def _name_index(inner: ox.Store) -> Iterator[str]:
    """The name index of every person of the store (:func:`_gram_lines` of each label), as N-Triples lines
    (a piece two labels share comes once from each)."""
    label, person = ox.NamedNode(_LABEL[1:-1]), ox.NamedNode(_PERSON[1:-1])
    for q in inner.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), person, ox.DefaultGraph()):
        for name in inner.quads_for_pattern(q.subject, label, None, ox.DefaultGraph()):
            yield from _gram_lines(str(q.subject), name.object.value)


_RDF_TYPE = iri(RDF.type)


def _ntriples(lines: Iterable[str]) -> set[str]:
    """The N-Triples lines of the writer's lines, which may say "a" for ``rdf:type`` and list objects
    ("<o1>, <o2>": IRIs only)."""
    out = set()
    for line in lines:
        subject, predicate, rest = line.split(" ", 2)
        if predicate == "a":
            predicate = _RDF_TYPE
        objects = rest[:-2]
        if objects.startswith("<") and ">, <" in objects:
            out.update(f"{subject} {predicate} {o} ." for o in objects.split(", "))
        else:
            out.add(f"{subject} {predicate} {objects} .")
    return out


def rebuild_summaries(dataset: Dataset) -> int:
    """Compute the summaries of a store from scratch, the version mark last.

    For a store built before summaries existed, one filled in bulk (``kg load``)
    or one whose summaries were dropped or are of another version (``kg
    summarize``). The rebuild is one write of every statement into an empty
    summary graph, by the code of the incremental writes (:func:`article_update`):
    it reads every statement's row and every entity's countries once
    (:func:`read_every_row`) and computes every summary in memory. The summary
    graph is then made equal to the result: what it holds and should not is
    deleted, what it lacks is bulk-loaded (Oxigraph deletes a quad about five
    times slower than its bulk loader adds one, so a store whose summaries are
    mostly right is not emptied first). The mark is removed first and written
    last: until then readers see no (whole) summaries and run the named
    queries' plain forms.

    Returns:
        The number of dyad-month summaries.

    Raises:
        TypeError: the dataset is not an Oxigraph store.
    """
    inner = _ox(dataset)
    inner.update(f"{PREFIXES}DELETE WHERE {{ GRAPH {_G} {{ {_G} ?p ?o }} }}")
    rows, links = read_every_row(inner)
    writer = _write_summaries(inner, ([], [], [], rows), {}, links, Known(empty=True))
    del rows
    months = sum(1 for line in writer.inserts if line.endswith(f" a <{_KINDS['month']}> ."))
    wanted = _ntriples(writer.inserts)
    del writer
    wanted.update(_name_index(inner))
    graph = ox.NamedNode(SUMMARY_GRAPH)
    gone = []
    for q in inner.quads_for_pattern(None, None, None, graph):
        line = f"{q.subject} {q.predicate} {q.object} ."
        if line in wanted:
            wanted.remove(line)  # held already: not added again
        else:
            gone.append(line)
    for start in range(0, len(gone), 50_000):
        inner.update(f"DELETE DATA {{ GRAPH {_G} {{\n" + "\n".join(gone[start : start + 50_000]) + "\n} }")
    lines = sorted(wanted)
    del gone, wanted
    # (the lines come from the store's own terms: lenient, the loader checks no IRI again)
    for start in range(0, len(lines), 500_000):
        inner.bulk_load("\n".join(lines[start : start + 500_000]), format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
    del lines
    inner.update(f"{PREFIXES}INSERT DATA {{ GRAPH {_G} {{ {_MARK} }} }}")
    # Compact what the loads left in RocksDB's upper levels: without it the other queries ran 15-25 %
    # slower on a freshly summarised 1M-triple store (0.7 s there).
    inner.optimize()
    # and write out what RocksDB still held only in its write-ahead log: a read-only open (kg query,
    # kg serve) replays that log every time, 2.7 s at 1M triples, against 0.04 s once flushed
    inner.flush()
    return months


def drop_summaries(dataset: Dataset) -> None:
    """Remove a store's summaries (before a change they would not follow: ``kg serve --allow-update``).

    Named queries then run in full until :func:`rebuild_summaries` (``kg
    summarize``, or the next ``kg build``) computes them again.
    """
    _ox(dataset).update(f"DROP SILENT GRAPH {_G}")


def ensure_summaries(dataset: Dataset) -> bool:
    """Give a store its summaries if it lacks them (or has another version).

    Returns:
        True when they were (re)built now.
    """
    if has_summaries(dataset):
        return False
    rebuild_summaries(dataset)
    return True
