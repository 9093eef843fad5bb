"""Where the time of dyad-balance over every dyad-month goes, on a 1M-triple store with dyad summaries.

The largest named answer (33,040 rows on bench_store's synthetic 1M-triple
graph). Times the parts one by one, CPU time of this process (Oxigraph
evaluates in the calling thread), median of 5:

* Oxigraph alone: the shipped summary query evaluated and its solutions
  iterated, terms untouched; then each term's value read;
* kg's side: :func:`kg.query.run_query` (plain cells), the rows as strings,
  rdflib terms (what every answer paid before), each output format;
* the query's shape: without ORDER BY, the same patterns in one group (what
  shipped before: Oxigraph looks each node up again for every pattern) and
  the cost per pattern, one group against one sub-SELECT per pattern;
* floors: Oxigraph handing 33,040 rows of constants (``VALUES``) to Python,
  and one scan of the summary nodes.

Usage (from the repository root; builds the store into DIR the first time,
about a minute, and reuses it afterwards)::

    .venv/bin/python benchmarks/dyad_balance_breakdown.py --store /tmp/bench-1M
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.query import QueryResult, named_query, run_query  # noqa: E402
from kg.store import open_store, oxigraph_of  # noqa: E402
from kg.summary import SUMMARY_GRAPH, has_summaries, rebuild_summaries  # noqa: E402

G = f"<{SUMMARY_GRAPH}>"
PREFIX = "PREFIX bi: <https://w3id.org/bikg/ontology#>\n"

# The summary query over every dyad-month as shipped before: every pattern in one group.
ONE_GROUP = PREFIX + f"""SELECT ?country_a ?country_b ?month ?statements ?goldstein_sum ?goldstein_mean WHERE {{
  GRAPH {G} {{
    ?d a bi:DyadMonthSummary ; bi:countryA ?x ; bi:countryB ?y ;
       bi:statementCount ?statements ; bi:pairingCount ?pairings ; bi:goldsteinSum ?goldstein_sum .
  }}
  OPTIONAL {{ GRAPH {G} {{ ?d bi:month ?month }} }}
  BIND (?goldstein_sum / ?pairings AS ?goldstein_mean)
  BIND (STRAFTER(STR(?x), "/id/country/") AS ?country_a)
  BIND (STRAFTER(STR(?y), "/id/country/") AS ?country_b)
}}
ORDER BY ?country_a ?country_b ?month"""

PATTERNS = ["a bi:DyadMonthSummary", "bi:countryA ?x", "bi:countryB ?y", "bi:statementCount ?s", "bi:pairingCount ?p", "bi:goldsteinSum ?g"]


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
    return statistics.median(samples) * 1000


def build(folder: Path) -> None:
    from bench_store import make_nquads

    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "g.nq"
        make_nquads(1_000_000, nq)
        ds = open_store(folder)
        ds.parse(nq, format="ox-nquads")
        rebuild_summaries(ds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the 1M-triple store (built here if the folder does not exist)")
    args = parser.parse_args()
    if not args.store.exists():
        build(args.store)
    ds = open_store(args.store, read_only=True)
    if not has_summaries(ds):
        sys.exit(f"{args.store}: no dyad summaries (run kg summarize --store {args.store})")
    inner = oxigraph_of(ds)
    assert inner is not None
    shipped = named_query("dyad-balance").bind({}, summaries=True)

    def iterate(text: str, values: bool = False) -> Callable[[], None]:
        def run() -> None:
            for solution in inner.query(text, use_default_graph_as_union=True):
                if values:
                    for term in solution:
                        if term is not None:
                            term.value  # noqa: B018 - the access is what is timed
        return run

    result = run_query(ds, shipped)
    rows: list[tuple[str, float]] = [
        ("Oxigraph: shipped query evaluated, solutions iterated", median_ms(iterate(shipped))),
        ("Oxigraph: ... and each term's value read", median_ms(iterate(shipped, values=True))),
        ("run_query (plain cells)", median_ms(lambda: run_query(ds, shipped))),
        ("  then .rows (strings)", median_ms(lambda: result.rows)),
        ("  then .terms: rdflib terms, each distinct one built once (paid by every answer before)", median_ms(lambda: QueryResult("SELECT", result.columns, cells=result.cells).terms)),
    ]
    rows += [(f"  then writing it as {fmt}", median_ms(lambda: result.serialize(fmt))) for fmt in ("table", "csv", "tsv", "json", "xml")]  # noqa: B023
    rows += [
        ("Oxigraph: shipped query without ORDER BY", median_ms(iterate(shipped.replace("ORDER BY ?country_a ?country_b ?month", "")))),
        ("Oxigraph: the patterns in one group (shipped before)", median_ms(iterate(ONE_GROUP))),
        ("Oxigraph: ... without ORDER BY", median_ms(iterate(ONE_GROUP.replace("ORDER BY ?country_a ?country_b ?month", "")))),
    ]
    for k in range(1, len(PATTERNS) + 1):
        group = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + G + " { " + " . ".join(f"?d {p}" for p in PATTERNS[:k]) + " } }"
        subs = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"{{ SELECT * WHERE {{ GRAPH {G} {{ ?d {p} }} }} }}" for p in PATTERNS[:k]) + " }"
        rows.append((f"Oxigraph: count of {k} pattern(s) joined on ?d, in one group", median_ms(iterate(group))))
        rows.append((f"Oxigraph: count of {k} pattern(s) joined on ?d, one sub-SELECT each", median_ms(iterate(subs))))
    values = "SELECT ?a ?b ?c WHERE { VALUES (?a ?b ?c) { " + " ".join(f'("A{i % 120}" {i} {i}.5)' for i in range(len(result))) + " } }"
    rows += [
        (f"floor: {len(result):,} rows of 3 constants (VALUES) from Oxigraph to Python", median_ms(iterate(values))),
        ("floor: one scan of the dyad-month nodes, count only", median_ms(iterate(PREFIX + f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {G} {{ ?d a bi:DyadMonthSummary }} }}"))),
        ("floor: one scan projecting one literal column (statement counts)", median_ms(iterate(PREFIX + f"SELECT ?s WHERE {{ GRAPH {G} {{ ?d bi:statementCount ?s }} }}"))),
    ]
    print(f"| dyad-balance over every dyad-month ({len(result):,} rows), {args.store} | CPU ms, median of 5 |")
    print("|---|---|")
    for label, ms in rows:
        print(f"| {label} | {ms:.0f} |")


if __name__ == "__main__":
    main()
