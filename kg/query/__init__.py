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

The package's modules, each importable on its own, and every public name
importable from ``kg.query``:

* :func:`load_graph` (a graph file as a dataset) lives in :mod:`kg.store` and is re-exported here.
* :mod:`kg.query.run`: running a query on a dataset or an endpoint, and
  reading a query's dataset clauses (``FROM``, ``FROM NAMED``).
* :mod:`kg.query.result`: :class:`QueryResult` and the formats it writes
  (:data:`TABLE_FORMATS`, :data:`GRAPH_FORMATS`, their media types).
* :mod:`kg.query.named`: the named queries, their ``.rq`` headers, ``#if``
  templates and summary variants.
* :mod:`kg.query.params`: named-query parameters and the RDF term a value
  stands for (countries by code or name, categories, text).

The modules import each other directly (``named`` uses ``params``, ``run``
uses ``result``) and never this package, so that their imports stay acyclic.
"""

from __future__ import annotations

from kg.store import load_graph
from kg.query.named import NamedQuery, named_queries, named_query, parse_named_query, render_template, with_summary
from kg.query.params import BI_NS, PARAMETER_KINDS, Parameter, parameter_term, parse_params, resolve_country
from kg.query.result import GRAPH_FORMATS, GRAPH_MEDIA_TYPES, MEDIA_TYPES, TABLE_FORMATS, Cell, QueryResult, format_table
from kg.query.run import STREAMED_FORMATS, endpoint_url, for_endpoint, has_dataset_clause, run_endpoint_query, run_query, write_query

__all__ = [
    "BI_NS",
    "GRAPH_FORMATS",
    "GRAPH_MEDIA_TYPES",
    "MEDIA_TYPES",
    "PARAMETER_KINDS",
    "STREAMED_FORMATS",
    "TABLE_FORMATS",
    "Cell",
    "NamedQuery",
    "Parameter",
    "QueryResult",
    "endpoint_url",
    "for_endpoint",
    "format_table",
    "has_dataset_clause",
    "load_graph",
    "named_queries",
    "named_query",
    "parameter_term",
    "parse_named_query",
    "parse_params",
    "render_template",
    "resolve_country",
    "run_endpoint_query",
    "run_query",
    "with_summary",
    "write_query",
]
