"""A query's answer, :class:`QueryResult`, and the formats it writes itself in.

A SELECT answer is kept as plain strings (:data:`Cell`: kind, text, datatype,
language) and written from them as an aligned table, CSV, TSV, SPARQL results
JSON or XML, giving the text rdflib's own writers give for the same terms;
an ASK answer as ``true``/``false`` or a results document; a CONSTRUCT or
DESCRIBE graph as Turtle, JSON-LD, N-Triples, RDF/XML, TriG or N-Quads.
:data:`MEDIA_TYPES` and :data:`GRAPH_MEDIA_TYPES` give each format's media
type (what ``kg serve`` answers with). The term conversions between rdflib,
Oxigraph and cells live here too, as the runners (:mod:`kg.query.run`) build
their answers with them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from itertools import islice
from typing import TypeVar
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryFailed, ResultTooLarge
from kg.rdf import PREFIXES, literal

TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
"""Output formats of SELECT and ASK results."""
GRAPH_FORMATS = ("turtle", "json-ld", "ntriples", "xml", "trig", "nquads")
"""Output formats of CONSTRUCT and DESCRIBE results (``xml``: RDF/XML; ``trig`` and ``nquads``
write the graph as a dataset's default graph): the RDF formats ``kg export`` writes."""

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
"""The media type of each output format (what ``kg serve`` answers with); for a graph, see :data:`GRAPH_MEDIA_TYPES`."""

GRAPH_MEDIA_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "json-ld": "application/ld+json",
    "ntriples": "application/n-triples",
    "xml": "application/rdf+xml",
    "trig": "application/trig",
    "nquads": "application/n-quads",
}
"""The media type of each graph output format."""

_PREFIXES = {prefix: PREFIXES[prefix] for prefix in ("bi", "schema", "oa", "prov", "wd")}
"""Prefixes of the project's vocabularies, bound in Turtle and JSON-LD answers."""

_RDFLIB_GRAPH_FORMAT = {"turtle": "turtle", "json-ld": "json-ld", "ntriples": "nt", "xml": "xml", "trig": "trig", "nquads": "nquads"}


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
            graph: Graph = self.graph
            if fmt in ("trig", "nquads"):  # dataset formats: the answer is the default graph
                graph = Dataset()
                for prefix, namespace in self.graph.namespaces():
                    graph.bind(prefix, namespace)
                graph.default_context += self.graph
            text = graph.serialize(format=_RDFLIB_GRAPH_FORMAT[fmt])
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
