"""Running a query: on a dataset (:func:`run_query`) or on a SPARQL 1.1 Protocol endpoint (:func:`run_endpoint_query`).

A dataset is a graph file's (:func:`kg.store.load_graph`) or a
store's (:func:`kg.store.open_source`); triple patterns outside ``GRAPH`` see
the union of every article's graph and the default graph, unless the query
names its dataset with ``FROM`` / ``FROM NAMED`` (:func:`has_dataset_clause`)
or the caller gives it apart from the query (the SPARQL Protocol's
``default-graph-uri`` and ``named-graph-uri``). A query is read just enough
(:func:`_tokens`: its keywords and prefixed names, outside strings, IRIs and
comments) to refuse ``SERVICE``, to find its dataset clauses, and to explain
a failure in one line (an update, an undeclared prefix).
"""

from __future__ import annotations

import csv
import io
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import TextIO

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import EndpointFailed, QueryFailed, QueryRefused, ResultTooLarge
from kg.query.result import QueryResult, _cell_of_ox, _from_ox, _from_rdflib, _once_each, _tsv_cell
from kg.rdf import PREFIXES
from kg.store import oxigraph_of

# The words of a query outside its strings, IRIs and comments: enough to find its keywords and
# prefixed names without a full parse (rdflib's parser takes 30-120 ms).
_TOKEN = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'  # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'  # IRIs
    r"|\#[^\n]*"  # comments
    r"|_:[\w\-\u00b7\u00c0-\uffff]*"  # blank nodes
    r"|[?$][\w\u00b7\u00c0-\uffff]+)"  # variables
    r"|(?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:(?:[\w\-%\\:\u00c0-\uffff]|\.(?=[\w\-%\\:]))*)"
    r"|(?P<word>[A-Za-z_]+)",
    re.DOTALL,
)
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


@lru_cache(maxsize=256)
def _tokens(sparql: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) of each keyword (``word``, upper-cased) and prefixed name (``pname``) of a query, in order
    (0.4 ms for a 2,400-character query: cached, as each query is asked about more than once).

    >>> _tokens('SELECT ?from WHERE { ?s ex:FROM "FROM" } # FROM')
    (('word', 'SELECT'), ('word', 'WHERE'), ('pname', 'ex:FROM'))
    """
    found = []
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup == "word":
            found.append(("word", match.group().upper()))
        elif match.lastgroup == "pname":
            found.append(("pname", match.group()))
    return tuple(found)


def has_dataset_clause(sparql: str) -> bool:
    """Whether a query names its dataset (``FROM`` or ``FROM NAMED``).

    >>> has_dataset_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }"), has_dataset_clause("SELECT ?from { ?s ?p 'FROM' }")
    (True, False)
    """
    return ("word", "FROM") in _tokens(sparql)


def _update_word(sparql: str) -> str | None:
    """The operation a SPARQL Update starts with (``INSERT``, ``DROP``...), or None for a query."""
    words = [text for kind, text in _tokens(sparql) if kind == "word" and text not in ("PREFIX", "BASE")]
    return words[0] if words and words[0] in _UPDATE_WORDS else None


def _undeclared_prefix(sparql: str, known: Mapping[str, str]) -> str | None:
    """The first prefix a query uses without declaring it (nor ``known`` declaring it)."""
    tokens = _tokens(sparql)
    declared = set(known)
    for index, (kind, text) in enumerate(tokens):
        if kind == "pname":
            prefix = text.split(":", 1)[0]
            if index > 0 and tokens[index - 1] == ("word", "PREFIX"):
                declared.add(prefix)
            elif prefix not in declared:
                return prefix
    return None


def run_query(
    dataset: Dataset,
    sparql: str,
    *,
    max_results: int | None = None,
    allow_service: bool = False,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> QueryResult:
    """Run a SPARQL 1.1 query on a dataset.

    Patterns outside ``GRAPH`` see the union of every graph, unless the query
    names its dataset: then ``FROM`` graphs make the default graph and ``FROM
    NAMED`` graphs the named ones, as SPARQL 1.1 says, taken from the graphs
    the dataset holds (nothing is read from files or the network).

    Args:
        dataset: a graph file's dataset or the store.
        sparql: the query text.
        max_results: refuse results with more rows (or triples) than this.
        allow_service: run ``SERVICE`` patterns (federated query: the query
            calls other endpoints over the network); refused by default.
        default_graphs, named_graphs: the dataset, given apart from the query
            (the SPARQL Protocol's ``default-graph-uri`` and ``named-graph-uri``):
            when either is given, they replace the query's ``FROM`` clauses, and
            the default graph is the merge of ``default_graphs`` (empty if none).

    Raises:
        QueryFailed: the query does not parse or fails; the message says why
            (an update, an undeclared prefix: in one line).
        QueryRefused: the query uses ``SERVICE`` and ``allow_service`` is off.
        ResultTooLarge: the result passes ``max_results``.
    """
    if not allow_service and ("word", "SERVICE") in _tokens(sparql):
        raise QueryRefused("SERVICE (federated query) is refused: the query would call another endpoint. Allow it with --allow-service (kg query)")
    try:
        inner = oxigraph_of(dataset)
        if inner is not None and dataset.default_union:
            return _run_oxigraph(dataset, inner, sparql, max_results, default_graphs, named_graphs)
        if default_graphs is not None or named_graphs is not None:
            raise QueryFailed("A dataset given apart from the query needs an Oxigraph-backed dataset (a store or a graph file)")
        return _from_rdflib(dataset.query(sparql), max_results)
    except (ResultTooLarge, QueryFailed):
        raise
    except Exception as exc:  # pyparsing, rdflib and Oxigraph errors
        raise QueryFailed(_failure(dataset, sparql, exc)) from None


def _failure(dataset: Dataset, sparql: str, exc: Exception) -> str:
    """What to tell the user when a query fails: the engine's message, or a plainer one for common mistakes."""
    update = _update_word(sparql)
    if update is not None:
        return f"This is a SPARQL Update ({update}): kg query is read-only. Change a store with kg build, kg remove or kg serve --allow-update"
    if "Prefix not found" in str(exc) or "prefix" in str(exc).lower():
        prefix = _undeclared_prefix(sparql, {str(p): str(n) for p, n in dataset.namespaces()})
        if prefix is not None:
            known = PREFIXES.get(prefix)
            hint = f"add: PREFIX {prefix}: <{known}>" if known else f"declare it: PREFIX {prefix}: <IRI>"
            return f"Unknown prefix '{prefix}:' in the query: {hint}"
    return f"SPARQL query failed: {exc}"


def _run_oxigraph(
    dataset: Dataset,
    inner: ox.Store,
    sparql: str,
    max_results: int | None,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> QueryResult:
    """:func:`run_query` straight on Oxigraph: what ``dataset.query`` does through oxrdflib (the
    dataset's prefixes, the union default graph). A SELECT answer's terms become plain
    :data:`Cell` strings, each distinct term once per query; rdflib terms only on demand."""
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()}
    if default_graphs is not None or named_graphs is not None:
        answer = inner.query(
            sparql,
            default_graph=[ox.NamedNode(g) for g in default_graphs or []],
            named_graphs=None if named_graphs is None else [ox.NamedNode(g) for g in named_graphs],
            prefixes=prefixes,
        )
    else:
        # a query naming its dataset gets it (the SPARQL 1.1 semantics); the union would hide FROM
        answer = inner.query(sparql, use_default_graph_as_union=not has_dataset_clause(sparql), prefixes=prefixes)
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


STREAMED_FORMATS = ("csv", "tsv")
"""Formats in which :func:`write_query` writes a store's SELECT answer row by row."""


def write_query(dataset: Dataset, sparql: str, fmt: str, out: TextIO, *, allow_service: bool = False) -> None:
    """Run a query and write its answer to ``out`` in ``fmt`` (what ``kg query`` prints).

    A SELECT on a store written as CSV or TSV streams: each row is written as
    the engine gives it, so an export as large as every dyad-month of a corpus
    (``dyad-balance`` without parameters) never holds its rows in Python
    memory. Other formats and sources (and queries naming their dataset or
    using ``SERVICE``) write :meth:`QueryResult.serialize` of :func:`run_query`,
    the same text.

    Raises:
        QueryFailed: the query does not parse or fails.
        QueryRefused: see :func:`run_query`.
    """
    inner = oxigraph_of(dataset)
    if (fmt not in STREAMED_FORMATS or inner is None or not dataset.default_union or has_dataset_clause(sparql)
            or ("word", "SERVICE") in _tokens(sparql)):
        out.write(run_query(dataset, sparql, allow_service=allow_service).serialize(fmt))
        return
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()}
    try:
        answer = inner.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        if not isinstance(answer, ox.QuerySolutions):
            out.write(run_query(dataset, sparql, allow_service=allow_service).serialize(fmt))
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
        raise QueryFailed(_failure(dataset, sparql, exc)) from None


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


def endpoint_url(url: str) -> str:
    """Check that an endpoint is an http(s) URL.

    Raises:
        EndpointFailed: it is not.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointFailed(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    return url
