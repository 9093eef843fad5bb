"""Write what ``kg query`` and the ``kg.query`` functions give for a fixed set of cases, one file per case.

Usage (run once on each version, then compare the folders)::

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/query_outputs.py OUT            # builds examples/articles first
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/query_outputs.py OUT --graph out/graph.trig --store kg-store
    diff -r OUT_BEFORE OUT_AFTER && echo identical

A refactoring of the query stage must give the same files. The cases: every
named query with several parameter sets (codes, names, optional parameters,
a text literal with quotes and a brace), ``--show`` of each, on the graph
file, ``--store`` and a store folder given as GRAPH, in every table format;
ad hoc SELECT, ASK, CONSTRUCT and DESCRIBE queries in every format, ``FROM``
and ``FROM NAMED``, an undeclared prefix, updates, ``SERVICE`` and a syntax
error (their exit codes and messages); ``kg query --list``; and from Python:
a dataset given apart from the query, country names (ambiguous, misspelt),
``--param`` parsing, binding errors, summary variants, ``max_results`` and
the :class:`~kg.query.QueryResult` properties. Endpoints are left to the
tests (they need a server).

``PYTHONHASHSEED=0``: rdflib writes a graph's triples in an order that
depends on Python's string hashing, so without a fixed seed the CONSTRUCT and
DESCRIBE files differ between any two runs, refactoring or not.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.query import QueryResult, format_table, load_graph, named_query, parse_params, resolve_country, run_query

ROOT = Path(__file__).resolve().parent.parent

PARAMS: dict[str, list[list[str]]] = {
    "central-countries": [[]],
    "dyad-balance": [[], ["-p", "a=AZE"], ["-p", "a=Azerbaijan", "-p", "b=Armenia"], ["-p", "b=USA"]],
    "dyad-timeline": [["-p", "a=AZE", "-p", "b=United States"], ["-p", "a=Türkiye", "-p", "b=Russia"]],
    "dyad-topics": [["-p", "a=AZE", "-p", "b=ARM"]],
    "partners": [["-p", "country=Kenya"], ["-p", "country=AZE", "-p", "category=COOPERATE"], ["-p", "country=UK"]],
    "said-by": [["-p", "person=Aliyev"], ["-p", 'person=say "hi" }']],
    "who-criticizes": [["-p", "country=Russia"]],
    "who-sanctions": [["-p", "country=Georgia"], ["-p", "country=Iran"]],
    "who-supports": [["-p", "country=Ukraine"]],
}
TABLE = ["table", "csv", "tsv", "json", "xml"]
GRAPH = ["turtle", "json-ld", "ntriples", "trig", "nquads"]
_P = "PREFIX bi: <https://w3id.org/bikg/ontology#>\n"
_XSD = "http://www.w3.org/2001/XMLSchema#"
ADHOC = {
    "select-all": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 300",
    "select-graphs": "SELECT DISTINCT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "select-literals": "SELECT ?o (DATATYPE(?o) AS ?dt) (LANG(?o) AS ?l) WHERE { ?s ?p ?o FILTER isLiteral(?o) } ORDER BY ?o LIMIT 200",
    "select-values": (
        'SELECT * WHERE { VALUES (?a ?b) { (1 "x"@en) (1.50 "tab\\there") '
        f'("1.0E0"^^<{_XSD}double> true) (" 5 "^^<{_XSD}integer> UNDEF) (<urn:x> "a\\"b<&>") }} }}'
    ),
    "select-bnode": "SELECT ?b WHERE { BIND(BNODE('x') AS ?b) }",
    "ask-true": "ASK { ?s ?p ?o }",
    "ask-false": "ASK { <urn:none> ?p ?o }",
    "construct": _P + "CONSTRUCT { ?s bi:supports ?o } WHERE { ?s bi:supports ?o }",
    "construct-all": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 100",
    "describe": "DESCRIBE <https://w3id.org/bikg/id/country/AZE>",
    "from": "SELECT (COUNT(*) AS ?n) FROM <urn:nothing> WHERE { ?s ?p ?o }",
    "from-named": "SELECT ?g (COUNT(*) AS ?n) FROM NAMED <urn:nothing> WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "from-word-in-string": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o != 'FROM') }",
    "prefix-missing": "SELECT * WHERE { ?s zz:p ?o }",
    "prefix-known": "SELECT * WHERE { ?s foaf:name ?o }",
    "update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "drop": "PREFIX x: <urn:x> DROP ALL",
    "service": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "syntax": "SELECT * WHERE { ?s ?p }",
}


def build_examples() -> tuple[Path, Path]:
    """``kg build examples/articles`` into a temporary folder: (the TriG file, the store folder)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-query-outputs-"))
    result = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "articles"), "--store", str(folder / "store"), "-o", str(folder / "out"), "--no-html", "-q"])
    if result.exit_code != 0:
        sys.exit(f"kg build failed: {result.output}")
    gc.collect()  # the build's store handle must be gone before the store is opened read-only
    return folder / "out" / "graph.trig", folder / "store"


def outcome(call: Callable[[], object]) -> str:
    """What a call gives: its value, or the error's class and message."""
    try:
        return str(call())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def write_outputs(out: Path, trig: Path, store: Path) -> int:
    """Write every case into ``out``; the number of files written."""
    out.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    written = 0

    def run(name: str, args: list[str]) -> None:
        nonlocal written
        result = runner.invoke(main, args)
        text = f"exit={result.exit_code}\n--stdout--\n{result.stdout}\n--stderr--\n{result.stderr}\n"
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            text += f"EXCEPTION {result.exception!r}\n"
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        written += 1

    sources = {"trig": [str(trig)], "store": ["--store", str(store)], "storearg": [str(store)]}
    run("list", ["query", "--list"])
    for query, sets in PARAMS.items():
        for index, params in enumerate(sets):
            run(f"show-{query}-{index}", ["query", "--name", query, *params, "--show"])
            for source, args in sources.items():
                for fmt in TABLE:
                    run(f"named-{query}-{index}-{source}-{fmt}", ["query", "--name", query, *params, "-f", fmt, *args])
    for name, sparql in ADHOC.items():
        for source in ("trig", "store"):
            for fmt in TABLE + GRAPH:
                run(f"adhoc-{name}-{source}-{fmt}", ["query", *sources[source], sparql, "-f", fmt])

    dataset = load_graph(trig)
    graphs = run_query(dataset, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g LIMIT 2").rows or []
    g1, g2 = graphs[0][0], graphs[1][0]
    from_graphs = {
        "from-g1": f"SELECT (COUNT(*) AS ?n) FROM <{g1}> WHERE {{ ?s ?p ?o }}",
        "from-named-g1-g2": f"SELECT ?g (COUNT(*) AS ?n) FROM NAMED <{g1}> FROM NAMED <{g2}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g ORDER BY ?g",
    }
    for name, sparql in from_graphs.items():
        for source in ("trig", "store"):
            run(f"adhoc-{name}-{source}", ["query", *sources[source], sparql, "-f", "csv"])

    api: list[str] = []
    union = "SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g ORDER BY ?g"
    for default, named in ((None, None), ([g1], None), ([g1, g2], [g2]), ([], [g1])):
        api.append(run_query(dataset, union, default_graphs=default, named_graphs=named).serialize("csv"))
    api += [outcome(partial(parse_params, [pair])) for pair in ("a=", "x", "=y", "a = AZE ")]
    names = ("aze", "Korea", "Congo", "Azerbijan", "Türkiye", "Ivory Coast", "UK", "Georgia", "xx", "", "Guinea", "Niger", "Sudan", "Dominica")
    api += [outcome(partial(resolve_country, name)) for name in names]
    bindings = [
        ("dyad-timeline", {"a": "AZE", "b": "AZE"}),
        ("dyad-timeline", {"a": "AZE"}),
        ("partners", {"zz": "1"}),
        ("partners", {"country": "KEN", "category": "nope"}),
    ]
    api += [outcome(partial(named_query(query).bind, values)) for query, values in bindings]
    api += [named_query(query).bind({}, summaries=True) for query in ("central-countries", "dyad-balance")]
    api.append(outcome(lambda: named_query("nope")))
    unbound = QueryResult("SELECT", ["a"], [(None,)])
    api += [unbound.serialize(fmt) for fmt in TABLE] + [format_table(["x"], [["a\nb" * 30]])]
    result = run_query(dataset, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50")
    api += [repr(result.terms[:5]), repr(result.cells[:5]), str(len(result)), result.text, result.json, result.csv]
    api.append(outcome(lambda: run_query(dataset, "SELECT * WHERE { ?s ?p ?o }", max_results=10)))
    (out / "api.txt").write_text("\n=====\n".join(api), encoding="utf-8")
    return written + 1


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the outputs into (one .txt per case)")
    parser.add_argument("--graph", type=Path, help="the example graph as TriG (default: build examples/articles)")
    parser.add_argument("--store", type=Path, help="the same graph's store folder (with --graph)")
    args = parser.parse_args()
    if (args.graph is None) != (args.store is None):
        parser.error("give both --graph and --store, or neither")
    trig, store = (args.graph, args.store) if args.graph is not None else build_examples()
    print(f"{write_outputs(args.out, trig, store)} files written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    cli()
