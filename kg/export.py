"""Export stage: the store (or any dataset) as a file other tools read.

Entry point: :func:`export`. RDF formats go through pyoxigraph's serializers
(fast on large stores); JSON-LD through rdflib, compacted with the context
shipped in ``kg/ontologies/context.jsonld``; GraphML and GEXF through networkx;
CSV as a node table and an edge table.

* ``trig``, ``nquads``: every named graph (one per article) and the default graph.
* ``turtle``, ``nt``, ``xml``: triple formats, so the union of all graphs
  (graph names are lost; use TriG or N-Quads to keep them).
* ``json-ld``: the dataset, named graphs as ``@graph`` objects.
* ``rdf12``: TriG 1.2 in which each statement node is an RDF 1.2 reifier of
  its triple (``rdf:reifies`` instead of ``rdf:subject/predicate/object``):
  asserted statements annotate their triple in the article's graph with the
  annotation syntax (``s p o ~ r {| ... |}``), so their description sits in
  that graph; the others are reified triples (``<< s p o ~ r >> ...``) in the
  default graph.
* ``graphml``, ``gexf``: one node per entity, one edge per subject, predicate,
  object and modality, with the number of statements and of sources, first and
  last date. Statements that are not asserted (possible, intended, negated)
  are kept as edges of their own, their ``modality`` an edge attribute: filter
  on it for the asserted graph.
* ``csv``: ``nodes.csv`` and ``edges.csv`` in Neo4j's import header style
  (``:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``); with ``-o -``
  only the edges, on stdout.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import KGError
from kg.rdf import PREFIXES

RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
}
FORMATS = ("turtle", "trig", "nt", "nquads", "json-ld", "xml", "rdf12", "graphml", "gexf", "csv")
EXTENSIONS = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nt": ".nt",
    "nquads": ".nq",
    "json-ld": ".jsonld",
    "xml": ".rdf",
    "rdf12": ".trig",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": "",
}


# Oxigraph would write id:country\/AZE for our IRIs with slashes; full IRIs read better.
_WRITE_PREFIXES = {p: ns for p, ns in PREFIXES.items() if p != "id"}
_RDF = PREFIXES["rdf"]
_STATEMENT_PARTS = {_RDF + "subject", _RDF + "predicate", _RDF + "object"}


class ExportFailed(KGError):
    """An export cannot be written (unknown format, unwritable destination)."""


def export(dataset: Dataset, fmt: str, destination: Path | str) -> None:
    """Write ``dataset`` in format ``fmt`` to ``destination`` (a path, or ``-`` for stdout).

    Raises:
        ExportFailed: unknown format, or the destination cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportFailed(f"unknown export format {fmt!r}. Available: {', '.join(FORMATS)}")
    to_stdout = str(destination) == "-"
    try:
        if fmt == "csv":
            _export_csv(dataset, None if to_stdout else Path(destination))
            return
        data = _render(dataset, fmt)
        if to_stdout:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            path = Path(destination)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    except OSError as exc:
        raise ExportFailed(f"{destination}: cannot write: {exc.strerror or exc}") from None


def quads(dataset: Dataset, *, summaries: bool = False) -> Iterator[ox.Quad]:
    """Every quad of a dataset as pyoxigraph quads (directly from an Oxigraph store).

    The store's dyad summaries (:data:`kg.summary.SUMMARY_GRAPH`) are left out
    unless ``summaries``: they are an index of the store that
    ``kg build`` keeps (and recomputes for a store that lacks them), not data,
    and a file merged with another would carry wrong totals.
    """
    from kg.store import oxigraph_of
    from kg.summary import SUMMARY_GRAPH

    inner = oxigraph_of(dataset)
    if inner is not None:
        found: Iterable[ox.Quad] = inner.quads_for_pattern(None, None, None, None)
    else:
        found = ox.parse(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    if summaries:
        yield from found
        return
    summary = ox.NamedNode(SUMMARY_GRAPH)
    yield from (quad for quad in found if quad.graph_name != summary)


def _render(dataset: Dataset, fmt: str) -> bytes:
    if fmt in ("trig", "nquads"):
        return ox.serialize(quads(dataset), format=RDF_FORMATS[fmt], prefixes=_WRITE_PREFIXES) or b""
    if fmt in ("turtle", "nt", "xml"):
        triples = _union(quads(dataset))
        prefixes = _WRITE_PREFIXES if fmt != "nt" else None
        return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes) or b""
    if fmt == "json-ld":
        return _json_ld(dataset)
    if fmt == "rdf12":
        return rdf12(quads(dataset)).encode("utf-8")
    graph = entity_graph(dataset)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer)
    else:
        nx.write_gexf(graph, buffer)
    return buffer.getvalue()


def _union(items: Iterable[ox.Quad]) -> list[ox.Triple]:
    seen: dict[ox.Triple, None] = {}
    for quad in items:
        seen.setdefault(quad.triple, None)
    return list(seen)


def json_ld_context() -> dict[str, Any]:
    """The JSON-LD context shipped with the package (``kg/ontologies/context.jsonld``)."""
    text = resources.files("kg.ontologies").joinpath("context.jsonld").read_text(encoding="utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def _json_ld(dataset: Dataset) -> bytes:
    memory = Dataset()
    memory.parse(data=ox.serialize(quads(dataset), format=ox.RdfFormat.N_QUADS), format="nquads")
    text = memory.serialize(format="json-ld", context=json_ld_context(), indent=1)
    return text.encode("utf-8") if isinstance(text, str) else text


# ---------------------------------------------------------------- RDF 1.2


def _term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            local = term.value[len(ns) :]
            if term.value.startswith(ns) and local and all(c.isalnum() or c in "_-" for c in local) and local[0].isalpha():
                return f"{prefix}:{local}"
    return str(term)


def rdf12(items: Iterable[ox.Quad]) -> str:
    """TriG 1.2 with statement nodes as reifiers in the annotation syntax.

    ``rdf:Statement`` nodes (``rdf:subject/predicate/object``) become RDF 1.2
    reifiers of their triple; asserted ones annotate the triple in its article
    graph, the others are written as reified triples in the default graph.
    """
    by_subject: dict[Any, list[ox.Quad]] = {}
    default: list[ox.Quad] = []
    named: dict[Any, list[ox.Triple]] = {}
    for quad in items:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.append(quad)
            by_subject.setdefault(quad.subject, []).append(quad)
        else:
            named.setdefault(quad.graph_name, []).append(quad.triple)
    reifiers: dict[ox.Triple, list[Any]] = {}
    statement_props: dict[Any, list[ox.Quad]] = {}
    for node, node_quads in by_subject.items():
        parts = {q.predicate.value: q.object for q in node_quads if q.predicate.value in _STATEMENT_PARTS}
        if len(parts) == 3:
            triple = ox.Triple(parts[_RDF + "subject"], parts[_RDF + "predicate"], parts[_RDF + "object"])  # type: ignore[arg-type]
            reifiers.setdefault(triple, []).append(node)
            statement_props[node] = [q for q in node_quads if q.predicate.value not in _STATEMENT_PARTS]
    out = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    out.append("")

    def annotation(node: Any) -> str:
        pairs = sorted((_term(q.predicate), _term(q.object)) for q in statement_props[node])
        props = " ;\n        ".join(f"{p} {o}" for p, o in pairs)
        return f"~ {_term(node)} {{| {props} |}}"

    written: set[Any] = set()
    for graph_name in sorted(named, key=str):
        out.append(f"{_term(graph_name)} {{")
        for triple in named[graph_name]:
            nodes = [n for n in reifiers.get(triple, []) if n not in written and _derived_from(statement_props[n], graph_name)]
            head = f"  {_term(triple.subject)} {_term(triple.predicate)} {_term(triple.object)}"
            if not nodes:
                out.append(head + " .")
            for node in nodes:
                out.append(f"{head} {annotation(node)} .")
                written.add(node)
        out.append("}")
        out.append("")
    for triple, nodes in reifiers.items():
        for node in nodes:
            if node not in written:
                pairs = sorted((_term(q.predicate), _term(q.object)) for q in statement_props[node])
                props = " ;\n    ".join(f"{p} {o}" for p, o in pairs)
                out.append(f"<< {_term(triple.subject)} {_term(triple.predicate)} {_term(triple.object)} ~ {_term(node)} >> {props} .")
                written.add(node)
    for quad in default:
        if quad.subject in statement_props:
            continue
        out.append(f"{_term(quad.subject)} {_term(quad.predicate)} {_term(quad.object)} .")
    return "\n".join(out) + "\n"


def _derived_from(props: list[ox.Quad], graph_name: Any) -> bool:
    return any(q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom" and q.object == graph_name for q in props)


# ---------------------------------------------------------------- graphs and tables

_EDGES = """
PREFIX bi: <https://w3id.org/bikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?s ?p ?o ?m (COUNT(DISTINCT ?st) AS ?statements) (COUNT(DISTINCT ?a) AS ?sources)
       (MIN(?d) AS ?first) (MAX(?d) AS ?last) (SAMPLE(?cat) AS ?category) (SAMPLE(?g) AS ?goldstein)
WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a ;
      bi:modality ?m .
  OPTIONAL { ?st bi:eventDate ?d } OPTIONAL { ?st bi:ploverCategory ?cat } OPTIONAL { ?st bi:goldstein ?g }
} GROUP BY ?s ?p ?o ?m ORDER BY ?s ?p ?o ?m
"""

_NODES = """
PREFIX bi: <https://w3id.org/bikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?country) (SAMPLE(?iso) AS ?iso3) (SAMPLE(?w) AS ?wikidata)
WHERE {
  VALUES ?t { bi:Country bi:Organization bi:Person bi:SectorActor bi:Topic }
  ?e a ?t .
  OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e bi:country ?c } OPTIONAL { ?e bi:iso3 ?iso } OPTIONAL { ?e owl:sameAs ?w }
} GROUP BY ?e ORDER BY ?e
"""


def _local(value: Any) -> str:
    """A ``bi:`` term's local name (other values as they are)."""
    return "" if value is None else str(value).removeprefix(PREFIXES["bi"])


def _rows(dataset: Dataset, query: str) -> list[dict[str, str]]:
    result = dataset.query(query)
    names = [str(v) for v in result.vars or []]
    return [{name: ("" if value is None else str(value)) for name, value in zip(names, row)} for row in result]  # type: ignore[arg-type]


def node_rows(dataset: Dataset) -> list[dict[str, str]]:
    """One row per entity: IRI, label, type, country (ISO code), Wikidata IRI."""
    rows = []
    for row in _rows(dataset, _NODES):
        country = row["iso3"] or row["country"].rsplit("/", 1)[-1]
        rows.append({"id": row["e"], "label": row["label"], "type": _local(row["type"]), "country": country, "wikidata": row["wikidata"]})
    return rows


def edge_rows(dataset: Dataset) -> list[dict[str, str]]:
    """One row per (subject, predicate, object, modality): statement and source counts, first and last date.

    The modality is written as in ``kg extract``'s records: ``asserted``, ``possible``, ``intended``, ``negated``.
    """
    return [
        {
            "source": row["s"],
            "target": row["o"],
            "predicate": _local(row["p"]),
            "modality": _local(row["m"]).lower(),
            "category": _local(row["category"]),
            "goldstein": row["goldstein"],
            "statements": row["statements"],
            "sources": row["sources"],
            "first": row["first"],
            "last": row["last"],
        }
        for row in _rows(dataset, _EDGES)
    ]


def entity_graph(dataset: Dataset) -> nx.MultiDiGraph:
    """The entity graph: node and edge attributes are plain strings and numbers (GraphML/GEXF-safe)."""
    graph = nx.MultiDiGraph()
    for row in node_rows(dataset):
        graph.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for row in edge_rows(dataset):
        attrs: dict[str, Any] = {k: v for k, v in row.items() if k not in ("source", "target")}
        attrs["statements"] = int(attrs["statements"])
        attrs["sources"] = int(attrs["sources"])
        attrs["goldstein"] = float(attrs["goldstein"] or 0)
        key = attrs["predicate"] if attrs["modality"] == "asserted" else f'{attrs["predicate"]} ({attrs["modality"]})'
        graph.add_edge(row["source"], row["target"], key=key, label=key, **attrs)
    return graph


def _export_csv(dataset: Dataset, folder: Path | None) -> None:
    node_fields = ["id:ID", "label", ":LABEL", "country", "wikidata"]
    edge_fields = [":START_ID", ":END_ID", ":TYPE", "modality", "category", "goldstein:float", "statements:int", "sources:int", "first", "last"]
    nodes = [{"id:ID": r["id"], "label": r["label"], ":LABEL": r["type"], "country": r["country"], "wikidata": r["wikidata"]} for r in node_rows(dataset)]
    edges = [
        {
            ":START_ID": r["source"],
            ":END_ID": r["target"],
            ":TYPE": r["predicate"],
            "modality": r["modality"],
            "category": r["category"],
            "goldstein:float": r["goldstein"],
            "statements:int": r["statements"],
            "sources:int": r["sources"],
            "first": r["first"],
            "last": r["last"],
        }
        for r in edge_rows(dataset)
    ]
    if folder is None:
        _write_csv(sys.stdout, edges, edge_fields)
        return
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "nodes.csv", "w", encoding="utf-8", newline="") as handle:
        _write_csv(handle, nodes, node_fields)
    with open(folder / "edges.csv", "w", encoding="utf-8", newline="") as handle:
        _write_csv(handle, edges, edge_fields)


def _write_csv(handle: IO[str], rows: list[dict[str, str]], fields: list[str]) -> None:
    writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
