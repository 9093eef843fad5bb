"""Benchmark of the HTML graph view on synthetic graphs: generation time, file size, time to interactive.

Usage::

    .venv/bin/python benchmarks/bench_views.py                  # 1k, 5k, 20k nodes (4 edges per node up to 20k edges)
    .venv/bin/python benchmarks/bench_views.py --sizes 1000:4000 --max-nodes 0

For each size it builds a synthetic dataset (``benchmarks/synthetic.py``, an
rdflib in-memory Dataset as ``kg.rdf.to_dataset`` makes it), then times
``to_networkx``, ``select`` (with ``--max-nodes``) and ``write_html`` (layout
included), and opens the page from ``file://`` in headless Chromium
(``/usr/bin/chromium`` through Playwright): time to interactive is
``window.kgReady``, set at the first ``afterDrawing`` event, in milliseconds
since navigation start; the filter time is one category check box toggled until
the next frame is drawn.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_results  # noqa: E402

from kg.rdf import to_dataset  # noqa: E402
from kg.views import select, to_networkx, write_html  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def browser_times(path: Path) -> tuple[float, float, int]:
    """(time to interactive in ms, one filter toggle in ms, external requests) for a page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        external: list[str] = []
        page.on("request", lambda r: external.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
        page.goto(path.resolve().as_uri(), timeout=600_000)
        page.wait_for_selector("body[data-ready='1']", timeout=600_000)
        ready = float(page.evaluate("window.kgReady"))
        toggle = float(page.evaluate("""() => new Promise(resolve => {
            const box = document.querySelector('#categories input[type=checkbox]');
            const t0 = performance.now();
            box.checked = !box.checked;
            box.dispatchEvent(new Event('change'));
            window.kgNetwork.once('afterDrawing', () => resolve(performance.now() - t0));
            window.kgNetwork.redraw();
        })"""))
        browser.close()
    return ready, toggle, len(external)


def run(nodes: int, edges: int, max_nodes: int, folder: Path) -> dict[str, float | int]:
    results = synthetic_results(nodes, edges)
    dataset = to_dataset(results)
    triples = len(dataset)
    t0 = time.perf_counter()
    graph = to_networkx(dataset)
    t1 = time.perf_counter()
    selection = select(graph, max_nodes=max_nodes)
    t2 = time.perf_counter()
    path = write_html(selection.graph, folder / f"graph-{nodes}.html", notes=selection.notes)
    t3 = time.perf_counter()
    ready, toggle, external = browser_times(path)
    return {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "statements": graph.graph["statements"],
        "triples": triples, "shown_nodes": selection.graph.number_of_nodes(), "shown_edges": selection.graph.number_of_edges(),
        "to_networkx_s": t1 - t0, "select_s": t2 - t1, "write_html_s": t3 - t2, "mb": path.stat().st_size / 1e6,
        "ready_ms": ready, "filter_ms": toggle, "external": external,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000:4000,5000:20000,20000:40000", help="nodes:edges,... (default %(default)s)")
    parser.add_argument("--max-nodes", type=int, default=5000, help="cap passed to select (default %(default)s; 0 = none)")
    args = parser.parse_args()
    header = ("| nodes | edges | statements | triples | shown nodes | shown edges | to_networkx s | select s | "
              "write_html s | MB | ready ms | filter ms | external requests |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            nodes, edges = (int(x) for x in size.split(":"))
            r = run(nodes, edges, args.max_nodes, Path(tmp))
            print(f"| {r['nodes']:,} | {r['edges']:,} | {r['statements']:,} | {r['triples']:,} | {r['shown_nodes']:,} | "
                  f"{r['shown_edges']:,} | {r['to_networkx_s']:.1f} | {r['select_s']:.1f} | {r['write_html_s']:.1f} | "
                  f"{r['mb']:.1f} | {r['ready_ms']:.0f} | {r['filter_ms']:.0f} | {r['external']} |", flush=True)


if __name__ == "__main__":
    main()
