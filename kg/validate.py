"""Validation stage: check a built graph against the shipped SHACL shapes.

Entry point: :func:`validate`. The shapes (``kg/ontologies/shapes.ttl``) check
statement nodes (one subject, predicate, object; modality; confidence in
[0, 1]; an article, an activity and an evidence selector), articles, extraction
activities, entities and the store's dyad summaries. The ontology is mixed in, so ``sh:class bi:Actor``
accepts countries, organisations, people and sector actors.

Validation runs in memory (pyshacl over rdflib) on the union of the graphs.
A TriG 1.2 export (``kg export -f rdf12``) is validated too: its reifiers
(``rdf:reifies`` a triple term) are read back as the statement nodes the
shapes describe (``rdf:subject``, ``rdf:predicate``, ``rdf:object``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.errors import KGError
from kg.export import quads
from kg.rdf import PREFIXES

_RDF = PREFIXES["rdf"]
_REIFIES = ox.NamedNode(_RDF + "reifies")
_PARTS = (ox.NamedNode(_RDF + "subject"), ox.NamedNode(_RDF + "predicate"), ox.NamedNode(_RDF + "object"))


class CannotValidate(KGError):
    """The graph holds RDF the SHACL check cannot read (triple terms other than statement reifiers)."""


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path and a readable message."""

    node: str
    path: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        got = f" [value: {self.value}]" if self.value else ""
        return f"{self.node}{where}: {self.message}{got}"


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation found."""

    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def _shipped(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("kg.ontologies").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph


def validate(dataset: Dataset) -> ValidationReport:
    """Validate the union of ``dataset``'s graphs against the SHACL shapes.

    Returns:
        A report; ``conforms`` is False when any shape is violated.
    """
    from pyshacl import validate as shacl_validate

    data = Graph()
    union = set(classic_triples(quad.triple for quad in quads(dataset, summaries=True)))
    data.parse(data=ox.serialize(union, format=ox.RdfFormat.N_TRIPLES), format="nt")
    conforms, results, _text = shacl_validate(
        data, shacl_graph=_shipped("shapes.ttl"), ont_graph=_shipped("bilateral.ttl"), inference="none", allow_infos=True
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        violations.append(
            Violation(
                node=str(results.value(result, SH.focusNode)),
                path=_short(results.value(result, SH.resultPath)),
                message=str(results.value(result, SH.resultMessage) or "constraint violated"),
                value=str(results.value(result, SH.value) or ""),
            )
        )
    violations.sort(key=lambda v: (v.node, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), triples=len(data), violations=violations)


def classic_triples(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
    """RDF 1.2 statement reifiers (``r rdf:reifies <<( s p o )>>``) as RDF 1.1 statement nodes; other triples as they are.

    >>> s, p, o, r = (ox.NamedNode(f"https://e.org/{x}") for x in "spor")
    >>> [t.predicate.value.rsplit("#")[-1] for t in classic_triples([ox.Triple(r, _REIFIES, ox.Triple(s, p, o))])]
    ['subject', 'predicate', 'object']

    Raises:
        CannotValidate: a triple term anywhere else (the shapes' checker reads RDF 1.1 only).
    """
    for triple in triples:
        if isinstance(triple.object, ox.Triple) and triple.predicate == _REIFIES and not isinstance(triple.subject, ox.Triple):
            inner = triple.object
            if not any(isinstance(term, ox.Triple) for term in (inner.subject, inner.object)):
                yield from (ox.Triple(triple.subject, part, term) for part, term in zip(_PARTS, (inner.subject, inner.predicate, inner.object)))
                continue
        if isinstance(triple.subject, ox.Triple) or isinstance(triple.object, ox.Triple):
            raise CannotValidate(
                f"the graph holds an RDF 1.2 triple term other than a statement reifier ({triple}); "
                "kg validate checks RDF 1.1 graphs and the TriG 1.2 that kg export -f rdf12 writes"
            )
        yield triple


def _short(path: object) -> str:
    if path is None:
        return ""
    text = str(path)
    for prefix in ("bi", "rdf", "prov", "oa", "schema", "rdfs", "owl"):
        if text.startswith(PREFIXES[prefix]):
            return f"{prefix}:{text.removeprefix(PREFIXES[prefix])}"
    return text
