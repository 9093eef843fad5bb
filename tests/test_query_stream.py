"""kg query writes a store's SELECT answers as CSV and TSV row by row: the same text as the whole answer written at once."""

from __future__ import annotations

import io
import tracemalloc

import pytest
from example_build import example_store

from kg.query import named_queries, run_query, write_query
from kg.store import open_source
from kg.summary import has_summaries

PARAMS = {"a": "AZE", "b": "USA", "country": "AZE", "category": "COOPERATE", "person": "Aliyev", "limit": "3", "offset": "1"}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_every_named_query_writes_the_same_text_streamed(fmt: str) -> None:
    store = open_source(store=example_store())
    summaries = has_summaries(store)
    written = 0
    for name, query in named_queries().items():
        for values in ({p.name: PARAMS[p.name] for p in query.parameters}, {p.name: PARAMS[p.name] for p in query.parameters if not p.optional}):
            sparql = query.bind(values, summaries=summaries, store=store)
            out = io.StringIO()
            write_query(store, sparql, fmt, out)
            assert out.getvalue() == run_query(store, sparql).serialize(fmt), (name, values)
            written += bool(run_query(store, sparql).rows)
    assert written >= 10


def test_streaming_holds_no_rows_in_python() -> None:
    """Every quad of the store as CSV: the streamed writer's Python memory does not grow with the answer."""
    store = open_source(store=example_store())
    sparql = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"

    class Sink(io.TextIOBase):
        lines = 0

        def write(self, text: str) -> int:
            self.lines += text.count("\n")
            return len(text)

    tracemalloc.start()
    sink = Sink()
    write_query(store, sparql, "csv", sink)
    streamed = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    tracemalloc.start()
    text = run_query(store, sparql).serialize("csv")
    whole = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sink.lines == text.count("\n") > 3000
    assert streamed < whole / 3
