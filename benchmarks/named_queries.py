"""Latency of every named query on a store, on a graph file (read into an in-memory Oxigraph store) and through kg serve.

Usage:
    .venv/bin/python benchmarks/named_queries.py                 # builds examples/articles first
    .venv/bin/python benchmarks/named_queries.py --store kg-store --graph out/graph.trig --runs 20

Prints a Markdown table of median and worst milliseconds per query (after one
warm-up run), and the number of rows; queries with a summary variant are also
timed on a copy of the store with dyad summaries (``kg.summary``).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.query import load_graph, named_queries, run_query
from kg.store import open_source, open_store
from kg.summary import rebuild_summaries

PARAMS = {
    "dyad-timeline": {"a": "AZE", "b": "USA"},
    "dyad-topics": {"a": "KEN", "b": "CHN"},
    "partners": {"country": "KEN"},
    "who-supports": {"country": "KEN"},
    "who-criticizes": {"country": "MAR"},
    "who-sanctions": {"country": "GEO"},
    "said-by": {"person": "aliyev"},
}


def timed(run: object, runs: int) -> tuple[float, float, int]:
    rows = len(run())  # type: ignore[operator]
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    graph = args.graph
    if graph is None:
        subprocess.run([sys.executable, "-m", "kg", "build", "examples/articles", "-o", str(work / "out"), "--no-html", "-q"], check=True)
        graph = work / "out" / "graph.trig"
    store = args.store
    if store is None:
        store = work / "store"
        ds = open_store(store)
        ds.parse(graph, format="ox-trig")
        del ds
        gc.collect()
    summarised_store = work / "store-summaries"
    ds = open_store(summarised_store)
    ds.parse(graph, format="ox-trig")
    rebuild_summaries(ds)
    del ds
    gc.collect()
    on_store = open_source(store=store)
    summarised = open_source(store=summarised_store)
    in_memory = load_graph(graph)
    named = int(next(iter(on_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0])  # type: ignore[index]
    triples = named + sum(1 for _ in on_store.default_graph)

    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "--no-views"], stderr=subprocess.PIPE, text=True)
    assert server.stderr is not None
    url = ""
    for line in server.stderr:
        if "Serving SPARQL at " in line:
            url = line.split("Serving SPARQL at ", 1)[1].split(" ", 1)[0]
            break

    def over_http(sparql: str) -> object:
        def run() -> list[bytes]:
            request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(), headers={"Accept": "text/csv"})
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.read().splitlines()[1:]

        return run

    print(f"{triples} quads ({named} in article graphs); {args.runs} runs after one warm-up; milliseconds (median / worst)\n")
    print("| query | rows | Oxigraph store | store with dyad summaries | graph file (TriG, in-memory Oxigraph) | kg serve over HTTP (CSV) |")
    print("|---|---|---|---|---|---|")
    try:
        for name, query in named_queries().items():
            sparql = query.bind(PARAMS.get(name, {}))
            store_ms = timed(lambda: run_query(on_store, sparql), args.runs)
            if query.summary:
                # bound inside the timing: a summary variant may pick its listings from the store first
                summary_ms = timed(lambda: run_query(summarised, query.bind(PARAMS.get(name, {}), summaries=True, store=summarised)), args.runs)  # noqa: B023
                summary_cell = f"{summary_ms[0]:.1f} / {summary_ms[1]:.1f}"
            else:
                summary_cell = "(raw query)"
            memory_ms = timed(lambda: run_query(in_memory, sparql), max(1, args.runs // 4))
            http_ms = timed(over_http(sparql), args.runs)
            print(
                f"| {name} | {store_ms[2]} | {store_ms[0]:.1f} / {store_ms[1]:.1f} | {summary_cell} | {memory_ms[0]:.0f} / {memory_ms[1]:.0f} "
                f"| {http_ms[0]:.1f} / {http_ms[1]:.1f} |"
            )
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
