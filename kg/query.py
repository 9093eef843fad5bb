"""Query stage: SPARQL over a graph file, the local store or a remote endpoint, and the named queries.

Entry points:

* :func:`run_query` runs SPARQL 1.1 on an rdflib :class:`~rdflib.Dataset` (a
  graph file from :func:`load_graph` or the store from :func:`kg.store.open_source`);
  triple patterns outside ``GRAPH`` see the union of every article's graph and
  the default graph.
* :func:`run_endpoint_query` sends it to any SPARQL 1.1 Protocol endpoint.
* :func:`named_queries` / :func:`named_query` are the queries shipped as
  ``kg/queries/*.rq``; :meth:`NamedQuery.bind` fills in their parameters.

Both runners return a :class:`QueryResult` that writes itself as a table, CSV,
TSV, SPARQL results JSON or XML (SELECT, ASK), or Turtle, JSON-LD or N-Triples
(CONSTRUCT, DESCRIBE).

Parameters are never pasted into query text as strings: each value is checked
(a country through the gazetteer, a category against the vocabulary), turned
into an RDF term, and written in N-Triples syntax (a checked IRI or an escaped
literal) in place of the parameter's variable. A ``.rq`` file may hold ``#if``
blocks (:func:`render_template`) so that it can start from the bound side
when a parameter is given and scan otherwise. A query may ship a summary
variant, ``NAME.summary.rq``, giving the same rows from a store's dyad
summaries (:mod:`kg.summary`); ``bind(..., summaries=True)`` renders it.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TextIO, TypeVar
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import (
    EndpointFailed,
    GraphUnreadable,
    QueryFailed,
    QueryParameterInvalid,
    ResultTooLarge,
    UnknownQuery,
)
from kg.rdf import DEFAULT_BASE, PREFIXES, literal
from kg.store import oxigraph_of

_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}

BI_NS = PREFIXES["bi"]

TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
"""Output formats of SELECT and ASK results."""
GRAPH_FORMATS = ("turtle", "json-ld", "ntriples")
"""Output formats of CONSTRUCT and DESCRIBE results."""

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "json-ld": "application/ld+json",
    "ntriples": "application/n-triples",
}
"""The media type of each output format (what ``kg serve`` answers with)."""

_PREFIXES = {prefix: PREFIXES[prefix] for prefix in ("bi", "schema", "oa", "prov", "wd")}
"""Prefixes of the project's vocabularies, bound in Turtle and JSON-LD answers."""

_RDFLIB_GRAPH_FORMAT = {"turtle": "turtle", "json-ld": "json-ld", "ntriples": "nt"}


_OX_FORMATS = {"trig": "ox-trig", "turtle": "ox-turtle", "nt": "ox-nt", "nquads": "ox-nquads", "json-ld": "ox-json-ld", "xml": "ox-xml"}


def load_graph(path: Path) -> Dataset:
    """Parse an RDF file (format from its extension) into a Dataset whose default graph is the union.

    Raises:
        GraphUnreadable: the file cannot be parsed; the message names it.
    """
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphUnreadable(f"{path}: unknown graph format {path.suffix!r}. Available: {', '.join(sorted(_FORMATS))}")
    # An in-memory Oxigraph store: its parsers and query engine are much faster than rdflib's
    # (a 106k-triple TriG file: 1.4 s against 9 s).
    ds = Dataset(store=OxigraphStore(), default_union=True)
    try:
        ds.parse(path, format=_OX_FORMATS[fmt])
    except Exception as exc:  # parsers raise many types
        raise GraphUnreadable(f"{path}: not a valid {fmt} file: {exc}") from None
    return ds


Cell = tuple[int, str, "str | None", "str | None"]
"""A term of a SELECT answer as plain strings: (kind, text, datatype IRI, language tag), kind one
of :data:`_URI`, :data:`_BNODE`, :data:`_LITERAL`; the text is what ``str()`` of the rdflib term
gives (for a literal, rdflib's normalised lexical form)."""

_URI, _BNODE, _LITERAL = 0, 1, 2
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
# Oxigraph writes these lexical forms as rdflib normalises them; a literal of any other datatype,
# or not in this form, goes through rdflib (xsd:double "1.0E0", dateTime "Z", " 5 "^^xsd:integer...).
_CANONICAL = {
    _XSD_STRING: None,
    _XSD + "integer": re.compile(r"0|-?[1-9][0-9]*"),
    _XSD + "decimal": re.compile(r"0|-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?"),
    _XSD + "boolean": re.compile(r"true|false"),
}


def _cell_of_term(term: Node) -> Cell:
    """An rdflib term as a :data:`Cell`."""
    if isinstance(term, Literal):
        return (_LITERAL, str(term), None if term.datatype is None else str(term.datatype), term.language)
    if isinstance(term, BNode):
        return (_BNODE, str(term), None, None)
    if isinstance(term, URIRef):
        return (_URI, str(term), None, None)
    raise QueryFailed(f"Unexpected term in a query answer: {term!r}")


def _cell_of_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Cell:
    """An Oxigraph term as a :data:`Cell`: what :func:`_from_ox` would give, without building the
    rdflib term unless rdflib would change the lexical form."""
    if isinstance(term, ox.NamedNode):
        return (_URI, term.value, None, None)
    if isinstance(term, ox.BlankNode):
        return (_BNODE, term.value, None, None)
    if isinstance(term, ox.Literal):
        if term.language:
            return (_LITERAL, term.value, None, term.language)
        datatype = term.datatype.value
        if datatype in _CANONICAL:
            pattern = _CANONICAL[datatype]
            if pattern is None or pattern.fullmatch(term.value):
                return (_LITERAL, term.value, datatype, None)
        return _cell_of_term(_from_ox(term))
    raise QueryFailed(f"Unexpected term in a query answer: {term!r}")


_K = TypeVar("_K")
_V = TypeVar("_V")


def _once_each(convert: Callable[[_K], _V]) -> Callable[[_K | None], _V | None]:
    """``convert`` made once for each distinct value (answers repeat the same terms), None kept as None."""
    done: dict[_K, _V] = {}

    def converted(value: _K | None) -> _V | None:
        if value is None:
            return None
        found = done.get(value)
        if found is None:
            found = done[value] = convert(value)
        return found

    return converted


def _term_of_cell(cell: Cell) -> Node:
    kind, text, datatype, language = cell
    if kind == _URI:
        return URIRef(text)
    if kind == _BNODE:
        return BNode(text)
    if language is not None:
        return Literal(text, lang=language)
    return Literal(text, datatype=None if datatype is None else URIRef(datatype))


def _tsv_cell(cell: Cell | None) -> str:
    """A term as SPARQL 1.1 TSV writes it (N-Triples syntax; tabs and newlines escaped)."""
    if cell is None:
        return ""
    kind, text, datatype, language = cell
    if kind == _BNODE:
        return f"_:{text}"
    if kind == _URI:
        return f"<{text}>"
    quoted = literal(text)  # N-Triples quoting, as rdflib's _quote_encode
    if language:
        quoted += "@" + language
    elif datatype:
        quoted += f"^^<{datatype}>"
    return quoted.replace("\t", "\\t")


def _json_cell(cell: Cell) -> str:
    """A term as SPARQL 1.1 results JSON binds it (the members in rdflib's order, as ``json.dumps`` writes them)."""
    return json.dumps(_json_term(cell), ensure_ascii=False)


def _json_term(cell: Cell) -> dict[str, str]:
    kind, text, datatype, language = cell
    if kind == _URI:
        return {"type": "uri", "value": text}
    if kind == _BNODE:
        return {"type": "bnode", "value": text}
    found = {"type": "literal", "value": text}
    if datatype is not None:
        found["datatype"] = datatype
    if language is not None:
        found["xml:lang"] = language
    return found


def _xml_cell(cell: Cell) -> str:
    """A term as SPARQL results XML binds it (as rdflib's writer, ``xml.sax`` escaping)."""
    kind, text, datatype, language = cell
    if kind == _URI:
        return f"<uri>{xml_escape(text)}</uri>"
    if kind == _BNODE:
        return f"<bnode>{xml_escape(text)}</bnode>"
    if language:
        return f"<literal xml:lang={quoteattr(language)}>{xml_escape(text)}</literal>"
    if datatype:
        return f"<literal datatype={quoteattr(datatype)}>{xml_escape(text)}</literal>"
    return f"<literal>{xml_escape(text)}</literal>"


class QueryResult:
    """A query's answer: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT and DESCRIBE.

    A SELECT answer keeps its rows as plain strings (:data:`Cell`) and writes
    every table format from them; the rdflib terms (:attr:`terms`) are built
    only when asked for (a 33,000-row answer: 0.1 s of rdflib terms saved).

    Attributes:
        type: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
        columns: the projected variable names (SELECT).
        boolean: the answer of an ASK query.
        graph: the triples of a CONSTRUCT or DESCRIBE query.
    """

    def __init__(
        self,
        type: str,
        columns: list[str] | None = None,
        terms: list[tuple[Node | None, ...]] | None = None,
        boolean: bool | None = None,
        graph: Graph | None = None,
        *,
        cells: list[tuple[Cell | None, ...]] | None = None,
    ) -> None:
        self.type = type
        self.columns = columns or []
        self._terms = terms
        if cells is None:
            # no cache keyed by rdflib terms: two terms can be equal and written differently
            cells = [tuple(None if t is None else _cell_of_term(t) for t in row) for row in terms or []]
        self.cells = cells
        self.boolean = boolean
        self.graph = graph

    @property
    def terms(self) -> list[tuple[Node | None, ...]]:
        """The rows as rdflib terms (``None`` for unbound), SELECT only."""
        if self._terms is None:
            term = _once_each(_term_of_cell)
            self._terms = [tuple(map(term, row)) for row in self.cells]
        return self._terms

    @property
    def is_graph(self) -> bool:
        """True for CONSTRUCT and DESCRIBE results."""
        return self.type in ("CONSTRUCT", "DESCRIBE")

    @property
    def rows(self) -> list[list[str]] | None:
        """The rows as strings (``""`` for unbound), or None when the result is not a table."""
        if self.type != "SELECT":
            return None
        return [["" if c is None else c[1] for c in row] for row in self.cells]

    def __len__(self) -> int:
        if self.type == "SELECT":
            return len(self.cells)
        if self.graph is not None:
            return len(self.graph)
        return 1

    def _rdflib(self) -> Result:
        result = Result(self.type)
        if self.type == "SELECT":
            from rdflib import Variable

            variables = [Variable(c) for c in self.columns]
            result.vars = variables
            result.bindings = [{v: t for v, t in zip(variables, row) if t is not None} for row in self.terms]  # type: ignore[misc]
        elif self.type == "ASK":
            result.askAnswer = bool(self.boolean)
        else:
            result.graph = self.graph
        return result

    def serialize(self, fmt: str) -> str:
        """The result in one of :data:`TABLE_FORMATS` (SELECT, ASK) or :data:`GRAPH_FORMATS` (CONSTRUCT, DESCRIBE).

        ``table`` is an aligned text table for SELECT, ``true``/``false`` for
        ASK and Turtle for a graph.

        Raises:
            QueryFailed: the format does not fit the kind of result; the message lists the ones that do.
        """
        if self.is_graph:
            if fmt == "table":
                fmt = "turtle"
            if fmt not in GRAPH_FORMATS:
                raise QueryFailed(f"A {self.type} query gives a graph: choose one of {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
            assert self.graph is not None
            text = self.graph.serialize(format=_RDFLIB_GRAPH_FORMAT[fmt])
            return text if text.endswith("\n") else text + "\n"
        if fmt not in TABLE_FORMATS:
            raise QueryFailed(f"A {self.type} query gives a table: choose one of {', '.join(TABLE_FORMATS)}, not {fmt!r}")
        if self.type == "ASK":
            answer = "true" if self.boolean else "false"
            if fmt in ("table", "csv", "tsv"):
                return answer + "\n"
        if fmt == "table":
            return format_table(self.columns, self.rows or [])
        if fmt == "csv":
            return self.csv
        if self.type == "SELECT":
            return self._write_table(fmt)
        data = self._rdflib().serialize(format=fmt)
        text = (data or b"").decode("utf-8")
        return text if text.endswith("\n") else text + "\n"

    def _write_table(self, fmt: str) -> str:
        """A SELECT answer as TSV, SPARQL results JSON or XML, written from its cells: the text
        rdflib's writers give for the same terms, each distinct term written once."""
        write: Callable[[Cell], str] = {"tsv": _tsv_cell, "json": _json_cell, "xml": _xml_cell}[fmt]
        cell = _once_each(write)

        if fmt == "tsv":
            lines = ["\t".join("?" + c for c in self.columns)]
            lines += ["\t".join("" if c is None else cell(c) for c in row) for row in self.cells]  # type: ignore[misc]
            return "\n".join(lines) + "\n"
        if fmt == "json":
            # what json.dumps(..., ensure_ascii=False) writes for rdflib's dict, put together from
            # each distinct term's text (five times faster than dumping 33,000 dicts)
            keys = [json.dumps(v, ensure_ascii=False) + ": " for v in self.columns]
            bindings = ", ".join(
                "{" + ", ".join([key + cell(c) for key, c in zip(keys, row) if c is not None]) + "}"  # type: ignore[operator]
                for row in self.cells
            )
            head = json.dumps({"vars": self.columns}, ensure_ascii=False)
            return f'{{"results": {{"bindings": [{bindings}]}}, "head": {head}}}\n'
        names = [f"<binding name={quoteattr(v)}>" for v in self.columns]
        out = [
            '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#" '
            'xmlns:xml="http://www.w3.org/XML/1998/namespace"><head>'
        ]
        out += [f"<variable name={quoteattr(v)}></variable>" for v in self.columns]
        out.append("</head><results>")
        for row in self.cells:
            out.append("<result>")
            out += [f"{name}{cell(c)}</binding>" for name, c in zip(names, row) if c is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out)

    @property
    def text(self) -> str:
        """The result as the ``table`` format writes it."""
        return self.serialize("table")

    @property
    def json(self) -> str:
        """SPARQL 1.1 results JSON (SELECT, ASK) or JSON-LD (a graph)."""
        return self.serialize("json-ld" if self.is_graph else "json")

    @property
    def csv(self) -> str:
        """The rows as CSV with a header line (SPARQL 1.1 CSV: plain values)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows or [])
        return buffer.getvalue()


def format_table(header: list[str], rows: list[list[str]], width: int = 48) -> str:
    """Rows as an aligned text table, each cell cut at ``width`` characters.

    >>> print(format_table(["a", "b"], [["1", "two"]]), end="")
    a  b
    -  ---
    1  two
    """
    widths = [min(width, max([len(h)] + [len(str(r[i])) for r in rows])) for i, h in enumerate(header)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(str(c).replace("\n", " ")[:w].ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]
    return "\n".join(out) + "\n"


def _from_rdflib(result: Result, max_results: int | None) -> QueryResult:
    def check(count: int) -> None:
        if max_results is not None and count > max_results:
            raise ResultTooLarge(f"The result has more than {max_results} rows or triples: add a LIMIT or narrow the query")

    if result.type == "SELECT":
        columns = [str(v) for v in result.vars or []]
        cap = None if max_results is None else max_results + 1
        terms = [tuple(row) for row in islice(result, cap)]  # type: ignore[arg-type]
        check(len(terms))
        return QueryResult("SELECT", columns, terms)  # type: ignore[arg-type]
    if result.type == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer))
    graph = Graph()
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace)
    cap = None if max_results is None else max_results + 1
    for triple in islice(result.graph or [], cap):
        graph.add(triple)  # type: ignore[arg-type]
    check(len(graph))
    return QueryResult(result.type, graph=graph)


def run_query(dataset: Dataset, sparql: str, *, max_results: int | None = None) -> QueryResult:
    """Run a SPARQL 1.1 query on a dataset.

    Args:
        dataset: a graph file's dataset or the store.
        sparql: the query text.
        max_results: refuse results with more rows (or triples) than this.

    Raises:
        QueryFailed: the query does not parse or fails; the message says why.
        ResultTooLarge: the result passes ``max_results``.
    """
    try:
        inner = oxigraph_of(dataset)
        if inner is not None and dataset.default_union:
            return _run_oxigraph(dataset, inner, sparql, max_results)
        return _from_rdflib(dataset.query(sparql), max_results)
    except ResultTooLarge:
        raise
    except Exception as exc:  # pyparsing, rdflib and Oxigraph errors
        raise QueryFailed(f"SPARQL query failed: {exc}") from None


STREAMED_FORMATS = ("csv", "tsv")
"""Formats in which :func:`write_query` writes a store's SELECT answer row by row."""


def write_query(dataset: Dataset, sparql: str, fmt: str, out: TextIO) -> None:
    """Run a query and write its answer to ``out`` in ``fmt`` (what ``kg query`` prints).

    A SELECT on a store written as CSV or TSV streams: each row is written as
    the engine gives it, so an export as large as every dyad-month of a corpus
    (``dyad-balance`` without parameters) never holds its rows in Python
    memory. Other formats and sources write :meth:`QueryResult.serialize` of
    :func:`run_query`, the same text.

    Raises:
        QueryFailed: the query does not parse or fails.
    """
    inner = oxigraph_of(dataset)
    if fmt not in STREAMED_FORMATS or inner is None or not dataset.default_union:
        out.write(run_query(dataset, sparql).serialize(fmt))
        return
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()}
    try:
        answer = inner.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        if not isinstance(answer, ox.QuerySolutions):
            out.write(run_query(dataset, sparql).serialize(fmt))
            return
        columns = [v.value for v in answer.variables]
        cell = _once_each(_cell_of_ox)
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for solution in answer:
                writer.writerow(["" if c is None else c[1] for c in map(cell, solution)])
        else:
            tsv = _once_each(_tsv_cell)
            out.write("\t".join("?" + c for c in columns) + "\n")
            for solution in answer:
                out.write("\t".join("" if c is None else tsv(cell(c)) or "" for c in solution) + "\n")
    except (SyntaxError, OSError, ValueError, RuntimeError) as exc:  # Oxigraph's parse and evaluation errors
        raise QueryFailed(f"SPARQL query failed: {exc}") from None


def _from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """An Oxigraph term as rdflib's (as oxrdflib converts it)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryFailed(f"Unexpected term in a query answer: {term!r}")


def _run_oxigraph(dataset: Dataset, inner: ox.Store, sparql: str, max_results: int | None) -> QueryResult:
    """:func:`run_query` straight on Oxigraph: what ``dataset.query`` does through oxrdflib (the
    dataset's prefixes, the union default graph). A SELECT answer's terms become plain
    :data:`Cell` strings, each distinct term once per query; rdflib terms only on demand."""
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()}
    answer = inner.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables]
        cap = None if max_results is None else max_results + 1
        cell = _once_each(_cell_of_ox)
        cells = [tuple(map(cell, solution)) for solution in islice(answer, cap)]
        if max_results is not None and len(cells) > max_results:
            raise ResultTooLarge(f"The result has more than {max_results} rows or triples: add a LIMIT or narrow the query")
        return QueryResult("SELECT", columns, cells=cells)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(answer))
    result = Result("DESCRIBE" if re.search(r"\bDESCRIBE\b", sparql, re.IGNORECASE) else "CONSTRUCT")
    result.graph = Graph()
    result.graph += ((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in answer)
    return _from_rdflib(result, max_results)


_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5"
)
_RESULT_PARSERS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_PARSERS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
}


_ZERO_OR_ONE = re.compile(r"^(?P<indent>[ \t]*)(?P<s>\?\w+) (?P<p>[\w:]+|<[^>\s]+>)\? (?P<o>\S+) \.[ \t]*$")


def for_endpoint(sparql: str) -> str:
    """A named query as ``kg query --endpoint`` sends it, in a form every server tested answers right.

    Virtuoso 7.2 gets a query with two zero-or-one paths to constants (``?s
    bi:country? <A> . ... ?o bi:country? <B> .``, a dyad with both countries
    given) wrong: it keeps only the zero-length matches. In such a query, each
    line ``?x P? <c> .`` of a group (lines between two lines with a brace)
    whose zero-or-one paths all end in constants becomes ``{ ?x P <c> } UNION
    { BIND (<c> AS ?x) }``, which has the same solutions by SPARQL 1.1's
    definition of the path. Groups with a path between two variables are left
    as they are (Virtuoso answers them right, and the union would upset it there).

    >>> print(for_endpoint("{\\n  ?s bi:country? <urn:a> .\\n  ?st rdf:subject ?s ; rdf:object ?o .\\n  ?o bi:country? <urn:b> .\\n}"))
    {
      { ?s bi:country <urn:a> } UNION { BIND (<urn:a> AS ?s) }
      ?st rdf:subject ?s ; rdf:object ?o .
      { ?o bi:country <urn:b> } UNION { BIND (<urn:b> AS ?o) }
    }
    >>> for_endpoint("{\\n  ?s bi:country? <urn:a> .\\n  ?o bi:country? ?b .\\n}") == "{\\n  ?s bi:country? <urn:a> .\\n  ?o bi:country? ?b .\\n}"
    True
    """
    lines = sparql.split("\n")
    group: list[int] = []

    to_constants = len(re.findall(r"\?\w+ (?:[\w:]+|<[^>\s]+>)\? <[^>\s]+>", sparql))

    def rewrite() -> None:
        paths = [(i, m) for i in group if (m := _ZERO_OR_ONE.match(lines[i]))]
        if paths and to_constants >= 2 and all(m["o"].startswith("<") for _, m in paths):
            for i, m in paths:
                lines[i] = f"{m['indent']}{{ {m['s']} {m['p']} {m['o']} }} UNION {{ BIND ({m['o']} AS {m['s']}) }}"

    for number, line in enumerate(lines):
        if "{" in line or "}" in line:
            rewrite()
            group = []
        else:
            group.append(number)
    rewrite()
    return "\n".join(lines)


def run_endpoint_query(endpoint: str, sparql: str, *, timeout: float = 60.0, max_results: int | None = None) -> QueryResult:
    """Run a query on a SPARQL 1.1 Protocol endpoint (POST of a form, ``query=...``).

    The form is the one way of POSTing a query that the protocol requires every
    server to accept (Virtuoso 7.2 does not answer a direct ``application/sparql-query`` POST).

    The answer's media type decides how it is read: SPARQL results (JSON, XML,
    CSV, TSV) or an RDF graph (N-Triples, Turtle, RDF/XML, JSON-LD).

    Raises:
        EndpointFailed: the endpoint cannot be reached, refuses the query, or
            answers with something that is not a SPARQL result; the message
            names the endpoint and includes its answer.
        ResultTooLarge: the result passes ``max_results``.
    """
    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"query": sparql}).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            media = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:500]
        raise EndpointFailed(f"{endpoint}: HTTP {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointFailed(f"{endpoint}: cannot reach the endpoint: {getattr(exc, 'reason', exc)}") from None
    try:
        if media in _RESULT_PARSERS:
            return _from_rdflib(Result.parse(io.BytesIO(body), format=_RESULT_PARSERS[media]), max_results)
        if media in _GRAPH_PARSERS:
            graph = Graph()
            graph.parse(data=body, format=_GRAPH_PARSERS[media])
            kind = "DESCRIBE" if re.search(r"\bDESCRIBE\b", sparql, re.IGNORECASE) else "CONSTRUCT"
            result = Result(kind)
            result.graph = graph
            return _from_rdflib(result, max_results)
    except ResultTooLarge:
        raise
    except Exception as exc:
        raise EndpointFailed(f"{endpoint}: unreadable {media} answer: {exc}") from None
    raise EndpointFailed(f"{endpoint}: answered with {media!r}, which is not a SPARQL result format")


# --- named queries ---------------------------------------------------------------------------

PARAMETER_KINDS = ("country", "category", "text")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a named query; it binds the variable of the same name.

    Attributes:
        name: the variable name (without ``?``).
        kind: ``country`` (an ISO 3166 alpha-3 code or a name, bound to the
            country's IRI), ``category`` (a PLOVER category, bound to its IRI)
            or ``text`` (bound to a plain literal).
        description: one line for ``kg query --list``.
        optional: the query runs without it (the variable stays unbound).
    """

    name: str
    kind: str
    description: str
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query shipped with the package (``kg/queries/NAME.rq``)."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    """The query with no parameter given (its ``#if`` blocks resolved)."""
    template: str = ""
    """The ``.rq`` file as shipped; :meth:`bind` renders it."""
    summary: str = ""
    """``NAME.summary.rq`` if shipped: the same answer read from a store's dyad summaries
    (:mod:`kg.summary`), which :meth:`bind` renders instead with ``summaries=True``."""

    def bind(self, values: Mapping[str, str], *, base: str = DEFAULT_BASE, summaries: bool = False) -> str:
        """The query text with ``values`` bound: each parameter variable replaced by its RDF term.

        With ``summaries`` (the source is a store whose dyad summaries are
        complete: :func:`kg.summary.has_summaries`), a query shipped with a
        summary variant is rendered from that variant: the same rows, without
        scanning every statement. Graph files, endpoints and other stores get
        the raw query.

        The template's ``#if`` blocks are kept or dropped by which parameters
        are given (see :func:`render_template`), then every ``?NAME`` of a
        given parameter becomes the term, written in N-Triples syntax (an IRI
        checked to hold no delimiter, or an escaped string literal). The values
        are never pasted as SPARQL: a country or category must name one, and
        text becomes a literal. Constants, unlike a ``VALUES`` row, let the
        query engine start from the bound country (about 20 times faster on a
        million triples).

        Raises:
            QueryParameterInvalid: a parameter is unknown, missing or has a
                value that names nothing (an unknown country or category).
        """
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryParameterInvalid(
                f"Query {self.name!r} has no parameter {unknown[0]!r}. Available: {', '.join(known) or 'none'}"
            )
        missing = [p.name for p in self.parameters if not p.optional and not values.get(p.name)]
        if missing:
            raise QueryParameterInvalid(f"Query {self.name!r} needs --param {missing[0]}=... ({known[missing[0]].description})")
        bound = {p.name: _sparql_term(parameter_term(p, values[p.name], base)) for p in self.parameters if values.get(p.name)}
        template = self.summary if summaries and self.summary else self.template or self.text
        text = render_template(template, set(bound), self.name)
        if not bound:
            return text
        variables = re.compile(r"[?$](" + "|".join(re.escape(name) for name in bound) + r")(?![\w\u00b7\u0300-\u036f\u203f-\u2040])")
        # one pass, so a literal's text is never scanned again for variables
        return variables.sub(lambda m: bound[m.group(1)], text)


_SAFE_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


def _sparql_term(term: URIRef | Literal) -> str:
    r"""A parameter's term as SPARQL text: an IRI in angle brackets or an N-Triples string literal.

    >>> print(_sparql_term(Literal('a"} #')))
    "a\"} #"
    """
    if isinstance(term, Literal):
        return str(_quoteLiteral(term))
    text = term.n3()
    if not _SAFE_IRI.fullmatch(text):  # pragma: no cover - parameter_term builds IRIs from checked codes
        raise QueryParameterInvalid(f"Not a usable IRI: {text}")
    return str(text)


_DIRECTIVE = re.compile(r"\s*#(if|elif|else|endif)\b(.*)$")


def render_template(template: str, given: set[str], name: str = "query") -> str:
    r"""A named query's text for the parameters ``given``: its ``#if`` blocks resolved.

    A line ``#if a b`` (each name optionally ``!name``: not given) opens a
    block kept only when every condition holds; ``#elif ...``, ``#else`` and
    ``#endif`` work as in the C preprocessor, blocks nest, and the directive
    lines themselves are dropped. SPARQL reads the directives as comments, so
    a template is still readable SPARQL.

    >>> print(render_template("A\n#if x\nB\n#else\nC\n#endif\nD", {"x"}), end="")
    A
    B
    D

    Raises:
        QueryFailed: the blocks do not balance; the message names the query.
    """
    out = []
    stack: list[tuple[bool, bool]] = []  # (this block is kept, some branch of it was taken)
    for line in template.splitlines(keepends=True):
        match = _DIRECTIVE.match(line)
        if match is None:
            if all(keep for keep, _ in stack):
                out.append(line)
            continue
        word, rest = match.group(1), match.group(2).split()
        holds = all((c[1:] not in given) if c.startswith("!") else (c in given) for c in rest)
        if word == "if":
            stack.append((holds, holds))
        elif not stack:
            raise QueryFailed(f"{name}.rq: #{word} without #if")
        elif word == "elif":
            taken = stack[-1][1]
            stack[-1] = (holds and not taken, taken or holds)
        elif word == "else":
            stack[-1] = (not stack[-1][1], True)
        else:
            stack.pop()
    if stack:
        raise QueryFailed(f"{name}.rq: #if without #endif")
    return "".join(out)


_HEADER = re.compile(r"#\s*(title|description|param):\s?(.*)")


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the comment header of a ``.rq`` file: ``# title:``, ``# description:`` (continued
    by indented comment lines) and one ``# param: NAME KIND[?]  DESCRIPTION`` per parameter.

    >>> q = parse_named_query("x", "# title: X\\n# param: c country  The country.\\nSELECT * WHERE { ?s ?p ?c }")
    >>> q.title, q.parameters[0].kind
    ('X', 'country')
    """
    title, description, parameters = name, "", []
    last = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            last, value = match.group(1), match.group(2).strip()
            if last == "title":
                title = value
            elif last == "description":
                description = value
            else:
                pname, kind, pdesc = (value.split(None, 2) + ["", ""])[:3]
                optional = kind.endswith("?")
                kind = kind.rstrip("?")
                if kind not in PARAMETER_KINDS:
                    raise QueryFailed(f"{name}.rq: parameter {pname!r} has unknown kind {kind!r}. Available: {', '.join(PARAMETER_KINDS)}")
                parameters.append(Parameter(pname, kind, pdesc.strip(), optional))
        elif last == "description":
            description += " " + line.lstrip("#").strip()
        elif last == "param" and parameters:
            p = parameters[-1]
            parameters[-1] = Parameter(p.name, p.kind, f"{p.description} {line.lstrip('#').strip()}", p.optional)
    declared = {p.name for p in parameters}
    for directive in filter(None, (_DIRECTIVE.match(line) for line in text.splitlines())):
        unknown_names = [c.lstrip("!") for c in directive.group(2).split() if c.lstrip("!") not in declared]
        if unknown_names:
            raise QueryFailed(f"{name}.rq: #{directive.group(1)} names {unknown_names[0]!r}, which is not a parameter")
    render_template(text, declared, name)  # the blocks must balance
    return NamedQuery(name, title, description.strip(), tuple(parameters), render_template(text, set(), name), text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in ``kg/queries/``, by name (the file name without ``.rq``)."""
    folder = resources.files("kg.queries")
    found = {}
    variants = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(_VARIANT):
            variants[entry.name[: -len(_VARIANT)]] = entry.read_text(encoding="utf-8")
        elif entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
    for name, text in variants.items():
        if name not in found:
            raise QueryFailed(f"{name}{_VARIANT}: a summary variant of no query ({name}.rq is missing)")
        found[name] = with_summary(found[name], text)
    return found


_VARIANT = ".summary.rq"


def with_summary(query: NamedQuery, text: str) -> NamedQuery:
    """``query`` with its summary variant (the text of ``NAME.summary.rq``).

    Raises:
        QueryFailed: the variant's ``#if`` blocks name something that is not a
            parameter of the query, or do not balance.
    """
    declared = {p.name for p in query.parameters}
    for directive in filter(None, (_DIRECTIVE.match(line) for line in text.splitlines())):
        unknown_names = [c.lstrip("!") for c in directive.group(2).split() if c.lstrip("!") not in declared]
        if unknown_names:
            raise QueryFailed(f"{query.name}{_VARIANT}: #{directive.group(1)} names {unknown_names[0]!r}, which is not a parameter")
    render_template(text, declared, query.name + ".summary")
    return replace(query, summary=text)


def named_query(name: str) -> NamedQuery:
    """A shipped query by name.

    Raises:
        UnknownQuery: no query has that name; the message lists the choices.
    """
    queries = named_queries()
    if name not in queries:
        raise UnknownQuery(f"Unknown query {name!r}. Available: {', '.join(queries)}")
    return queries[name]


@cache
def _country_names() -> dict[str, tuple[str, set[str]]]:
    """Country names by their case-folded text: (the name as written, the ISO codes it names)."""
    from kg.gazetteer import NAME, load_gazetteer

    names: dict[str, tuple[str, set[str]]] = {}
    for surface in load_gazetteer().surfaces:
        if surface.kind == NAME and surface.entity.key.startswith("country/"):
            names.setdefault(surface.text.casefold(), (surface.text, set()))[1].add(surface.entity.country or "")
    return names


def resolve_country(value: str) -> str:
    """The ISO 3166 alpha-3 code of a country given by code or by any of its names (any case).

    >>> resolve_country("aze"), resolve_country("United States"), resolve_country("Türkiye")
    ('AZE', 'USA', 'TUR')

    Raises:
        QueryParameterInvalid: no country (or more than one) has that name;
            the message suggests close names.
    """
    from kg.gazetteer import load_gazetteer

    text = value.strip()
    gazetteer = load_gazetteer()
    if len(text) == 3 and gazetteer.country(text) is not None:
        return text.upper()
    codes = _country_names().get(text.casefold(), ("", set()))[1]
    if len(codes) == 1:
        return next(iter(codes))
    if len(codes) > 1:
        raise QueryParameterInvalid(f"{value!r} names more than one country ({', '.join(sorted(codes))}): give the ISO code")
    close = difflib.get_close_matches(text.casefold(), list(_country_names()), n=3, cutoff=0.75)
    hint = f" Did you mean: {', '.join(_country_names()[c][0] for c in close)}?" if close else " Give an ISO 3166 alpha-3 code (AZE) or a name (Azerbaijan)."
    raise QueryParameterInvalid(f"Unknown country {value!r}.{hint}")


def _categories() -> set[str]:
    from kg.vocab import predicates

    return {p.category for p in predicates().values()}


def parameter_term(parameter: Parameter, value: str, base: str = DEFAULT_BASE) -> URIRef | Literal:
    """The RDF term a parameter value stands for.

    >>> parameter_term(Parameter("a", "country", ""), "Azerbaijan").n3()
    '<https://w3id.org/bikg/id/country/AZE>'
    >>> parameter_term(Parameter("p", "text", ""), 'say "hi" } ').n3()
    '"say \\\\"hi\\\\" } "'

    Raises:
        QueryParameterInvalid: the value names no country or category.
    """
    if parameter.kind == "country":
        return URIRef(f"{base}id/country/{resolve_country(value)}")
    if parameter.kind == "category":
        categories = _categories()
        if value.strip().upper() not in categories:
            raise QueryParameterInvalid(f"Unknown category {value!r}. Available: {', '.join(sorted(categories))}")
        return URIRef(BI_NS + value.strip().upper())
    return Literal(value)


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``NAME=VALUE`` strings as a dict.

    >>> parse_params(["a=AZE", "b=United States"])
    {'a': 'AZE', 'b': 'United States'}

    Raises:
        QueryParameterInvalid: a pair has no ``=``.
    """
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryParameterInvalid(f"--param {pair!r}: write NAME=VALUE, e.g. --param a=AZE")
        values[name.strip()] = value.strip()
    return values


def endpoint_url(url: str) -> str:
    """Check that an endpoint is an http(s) URL.

    Raises:
        EndpointFailed: it is not.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointFailed(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    return url
