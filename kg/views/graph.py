"""The RDF dataset as a networkx graph of entities, one edge per (subject, predicate, object).

Entry point: :func:`to_networkx`. It reads the ``rdf:Statement`` nodes and the
typed entities with one pass per RDF predicate of interest (no SPARQL), which
works the same on rdflib's memory store and on the Oxigraph store, and over the
union of all graphs whatever the dataset's ``default_union`` setting.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import OWL, PROV
from rdflib.term import Literal, Node

from kg.rdf import BI, OA, SCHEMA
from kg.vocab import predicates

MAX_EVIDENCE = 5
"""How many evidence records an edge shows (most recent first)."""

_WIKIDATA = "http://www.wikidata.org/entity/"
_TYPES = {BI.Country: "Country", BI.Organization: "Organization", BI.Person: "Person",
          BI.SectorActor: "SectorActor", BI.Topic: "Topic"}

# Statement property -> mention field.
_STATEMENT_FIELDS = {
    RDF.subject: "subject",
    RDF.predicate: "predicate",
    RDF.object: "object",
    BI.modality: "modality",
    BI.ploverCategory: "category",
    BI.goldstein: "goldstein",
    BI.eventDate: "date",
    BI.attributedTo: "speaker",
    PROV.wasDerivedFrom: "article",
    BI.evidence: "selector",
}
_ARTICLE_FIELDS = {SCHEMA.headline: "headline", SCHEMA.publisher: "publisher",
                   SCHEMA.datePublished: "published", SCHEMA.url: "url"}


def local_name(term: Node | str | None) -> str:
    """The local name of an IRI: the part after the last ``#`` or ``/``.

    >>> local_name("https://w3id.org/bikg/ontology#supports")
    'supports'
    """
    if term is None:
        return ""
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _pairs(dataset: Dataset, predicate: URIRef) -> Iterator[tuple[Node, Node]]:
    """(subject, object) of every quad with ``predicate``, in any graph."""
    for s, _, o, _ in dataset.quads((None, predicate, None, None)):  # type: ignore[arg-type]
        yield s, o


def _float(term: Node) -> float | None:
    if not isinstance(term, Literal):
        return None
    try:
        value = float(term.toPython())
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _first(target: dict[str, Any], name: str, value: Any) -> None:
    """Keep the smallest value seen, so that a node with two values reads the same on every store."""
    if value in (None, ""):
        return
    old = target.get(name)
    if old is None or str(value) < str(old):
        target[name] = value


def _read_entities(dataset: Dataset) -> dict[str, dict[str, Any]]:
    """Node attributes (label, type, country, wikidata, iri) of every typed entity."""
    entities: dict[str, dict[str, Any]] = {}
    for s, o in _pairs(dataset, RDF.type):
        kind = _TYPES.get(o)  # type: ignore[call-overload]
        if kind is not None:
            entities.setdefault(str(s), {"label": None, "type": kind, "country": None, "wikidata": None, "iri": str(s)})
    for s, o in _pairs(dataset, RDFS.label):
        if str(s) in entities:
            _first(entities[str(s)], "label", str(o))
    for s, o in _pairs(dataset, BI.iso3):
        if str(s) in entities:
            entities[str(s)]["country"] = str(o)
    for s, o in _pairs(dataset, BI.country):
        attrs = entities.get(str(s))
        if attrs is not None and attrs["type"] != "Country":
            _first(attrs, "country", local_name(o))
    for s, o in _pairs(dataset, OWL.sameAs):
        if str(s) in entities and str(o).startswith(_WIKIDATA):
            _first(entities[str(s)], "wikidata", str(o)[len(_WIKIDATA):])
    for iri, attrs in entities.items():
        attrs["label"] = attrs["label"] or local_name(iri)
    return entities


def _read_mentions(dataset: Dataset, entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One dict per statement node (subject, predicate, object, modality, date, article, sentence...)."""
    nodes: dict[str, dict[str, Any]] = {}
    for prop, name in _STATEMENT_FIELDS.items():
        for s, o in _pairs(dataset, prop):
            record = nodes.setdefault(str(s), {})
            if name == "goldstein":
                value: Any = _float(o)
            elif name in ("predicate", "modality", "category"):
                value = local_name(o)
            else:
                value = str(o)
            _first(record, name, value)
    articles: dict[str, dict[str, Any]] = defaultdict(dict)
    for prop, name in _ARTICLE_FIELDS.items():
        for s, o in _pairs(dataset, prop):
            _first(articles[str(s)], name, str(o))
    sentences: dict[str, str] = {}
    for s, o in _pairs(dataset, OA.exact):
        _first(sentences, str(s), str(o))  # type: ignore[arg-type]
    mentions = []
    for key in sorted(nodes):
        record = nodes[key]
        if not {"subject", "predicate", "object"} <= record.keys():
            continue
        article = articles.get(record.get("article") or "", {})
        speaker = record.get("speaker")
        mentions.append({
            "subject": record["subject"],
            "predicate": record["predicate"],
            "object": record["object"],
            "modality": (record.get("modality") or "unknown").lower(),
            "category": record.get("category") or "",
            "goldstein": record.get("goldstein"),
            "date": record.get("date") or article.get("published"),
            "speaker": speaker,
            "speaker_label": entities[speaker]["label"] if speaker in entities else (local_name(speaker) if speaker else None),
            "article": record.get("article"),
            "headline": article.get("headline"),
            "publisher": article.get("publisher"),
            "published": article.get("published"),
            "url": article.get("url"),
            "sentence": sentences.get(record.get("selector") or ""),
        })
    return mentions


def evidence_records(mentions: Iterable[dict[str, Any]], limit: int = MAX_EVIDENCE) -> list[dict[str, Any]]:
    """Up to ``limit`` distinct (article, sentence) records, most recent first."""
    records: list[dict[str, Any]] = []
    seen: set[tuple[str | None, str | None]] = set()
    ordered = sorted(mentions, key=lambda m: (m.get("article") or "", m.get("sentence") or ""))
    ordered.sort(key=lambda m: m.get("date") or "", reverse=True)
    for m in ordered:
        if (m.get("article"), m.get("sentence")) in seen:
            continue
        seen.add((m.get("article"), m.get("sentence")))
        records.append({k: m.get(k) for k in ("sentence", "headline", "publisher", "date", "url", "article", "modality")}
                       | {"speaker": m.get("speaker_label")})
        if len(records) == limit:
            break
    return records


def aggregate(predicate: str, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The edge attributes of one (subject, predicate, object) from its mentions (see :func:`to_networkx`)."""
    vocabulary = predicates()
    known = vocabulary.get(predicate)
    values = [m["goldstein"] for m in mentions if m.get("goldstein") is not None]
    dates = sorted({m["date"] for m in mentions if m.get("date")})
    modalities = Counter(m.get("modality") or "unknown" for m in mentions)
    category = next((m["category"] for m in mentions if m.get("category")), known.category if known else "")
    return {
        "predicate": predicate,
        "category": category,
        "symmetric": bool(known and known.symmetric),
        "goldstein": sum(values) / len(values) if values else (known.goldstein if known else 0.0),
        "count": len(mentions),
        "sources": sorted({m["article"] for m in mentions if m.get("article")}),
        "modalities": dict(sorted(modalities.items())),
        "asserted": modalities.get("asserted", 0) > 0,
        "speakers": sorted({m["speaker_label"] for m in mentions if m.get("speaker_label")}),
        "speaker_iris": sorted({m["speaker"] for m in mentions if m.get("speaker")}),
        "dates": dates,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "evidence": evidence_records(mentions),
        "mentions": mentions,
    }


def to_networkx(dataset: Dataset) -> nx.MultiDiGraph:
    """The statements of a dataset as a graph of entities.

    Nodes are keyed by entity IRI, with attributes ``label``, ``type`` (e.g.
    ``"Country"``), ``country`` (ISO alpha-3, the country's own or the one it
    belongs to), ``wikidata`` (Q-id) and ``iri``. Speakers that only appear as
    ``bi:attributedTo`` are nodes too, possibly without edges.

    Edges are keyed by predicate name; there is one per (subject, predicate,
    object), aggregating all its statement nodes (mentions), with attributes:

    * ``predicate``, ``category`` (PLOVER), ``symmetric`` (from the vocabulary);
    * ``goldstein``: the mean Goldstein value of its mentions;
    * ``count``: the number of mentions;
    * ``sources``: the sorted, distinct article IRIs;
    * ``modalities``: mention counts by modality, e.g. ``{"asserted": 2}``;
    * ``asserted``: whether any mention is asserted;
    * ``speakers`` (labels) and ``speaker_iris``;
    * ``dates`` (distinct ISO dates), ``first_date``, ``last_date``: event date,
      else publication date;
    * ``evidence``: up to :data:`MAX_EVIDENCE` records (``sentence``, ``headline``,
      ``publisher``, ``date``, ``url``, ``article``, ``modality``, ``speaker``),
      most recent first;
    * ``mentions``: every mention as a dict (used to filter by date and for the timeline).

    Mentions of a symmetric predicate in both directions (A–B and B–A) are one
    edge, stored in the direction of the smaller IRI.

    Args:
        dataset: a dataset built by :func:`kg.rdf.to_dataset`, loaded from its
            output, or a store from :func:`kg.store.open_store`.

    Returns:
        The aggregated graph; ``graph.graph["statements"]`` is the number of mentions.
    """
    graph = nx.MultiDiGraph()
    entities = _read_entities(dataset)
    for iri in sorted(entities):
        graph.add_node(iri, **entities[iri])
    vocabulary = predicates()
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    mentions = _read_mentions(dataset, entities)
    for m in mentions:
        s, p, o = m["subject"], m["predicate"], m["object"]
        if p in vocabulary and vocabulary[p].symmetric and o < s:
            s, o = o, s
        grouped[(s, p, o)].append(m)
    for (s, p, o), ms in sorted(grouped.items()):
        for iri in (s, o):
            if iri not in graph:
                graph.add_node(iri, label=local_name(iri), type="", country=None, wikidata=None, iri=iri)
        graph.add_edge(s, o, key=p, **aggregate(p, ms))
    graph.graph["statements"] = len(mentions)
    return graph
