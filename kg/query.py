"""Query stage: load a graph file and run SPARQL over it.

Entry points: :func:`load_graph` and :func:`run_query`. Triple patterns outside
``GRAPH`` see the union of every article's graph and the default graph.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset
from rdflib.query import Result

from kg.errors import GraphUnreadable, QueryFailed

_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}


def load_graph(path: Path) -> Dataset:
    """Parse an RDF file (format from its extension) into a Dataset whose default graph is the union.

    Raises:
        GraphUnreadable: the file cannot be parsed; the message names it.
    """
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphUnreadable(f"{path}: unknown graph format {path.suffix!r}. Available: {', '.join(sorted(_FORMATS))}")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphUnreadable(f"{path}: not a valid {fmt} file: {exc}") from None
    return ds


@dataclass(frozen=True)
class QueryResult:
    """A query's answer: columns and rows for SELECT, text for ASK/CONSTRUCT/DESCRIBE."""

    columns: list[str]
    rows: list[list[str]] | None
    text: str
    json: str

    @property
    def csv(self) -> str:
        """The rows as CSV with a header line."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows or [])
        return buffer.getvalue()


def run_query(dataset: Dataset, sparql: str) -> QueryResult:
    """Run a SPARQL 1.1 query.

    Raises:
        QueryFailed: the query does not parse or fails; the message says why.
    """
    try:
        result: Result = dataset.query(sparql)
        if result.type == "SELECT":
            columns = [str(v) for v in result.vars or []]
            rows = [["" if value is None else str(value) for value in row] for row in result]  # type: ignore[union-attr]
            return QueryResult(columns, rows, "", (result.serialize(format="json") or b"").decode("utf-8"))
        if result.type == "ASK":
            answer = "true" if result.askAnswer else "false"
            return QueryResult([], None, answer + "\n", f'{{"head": {{}}, "boolean": {answer}}}')
        text = (result.serialize(format="turtle") or b"").decode("utf-8")
        return QueryResult([], None, text, text)
    except Exception as exc:  # pyparsing and rdflib errors
        raise QueryFailed(f"SPARQL query failed: {exc}") from None
