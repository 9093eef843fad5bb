"""Store benchmark: the on-disk Oxigraph store (oxrdflib) against rdflib's memory store.

Builds synthetic graphs of the shape ``kg build`` writes (one named graph per
article, statement nodes with provenance and evidence, entities) at the sizes
asked for, then measures, for each store:

* load: parsing the N-Quads file into the store;
* 2-hop query: countries two relations away from Azerbaijan, with the sources;
* aggregate query: statement count and Goldstein sum per dyad and month;
* write: serialising the whole store as TriG (``ox-trig`` vs rdflib ``trig``);
* one-article write: ``kg.write.write_article`` into the loaded store (the
  incremental-build path), median of 21;
* every named query shipped in ``kg/queries`` (``--named``), median of 5, on
  the Oxigraph store, parameters a=AZE, b=USA, country=AZE, category=COOPERATE,
  and again without the optional ones (dyad-balance over every dyad, partners
  in every category). ``--store DIR`` times them on an existing store instead
  of building the synthetic ones. Each store is timed first as loaded (raw
  queries), then after :func:`kg.summary.rebuild_summaries` (the queries that
  have a summary variant read the dyad summaries), side by side;
* with ``--formats`` (and ``--named``), dyad-balance over every dyad-month (the
  largest named answer): the query, then writing its answer in each output
  format of ``kg query`` (what a user waits for, less start-up);
* the cost of one article write with and without dyad summaries (``--writes``):
  ``write_article`` of 21 synthetic articles into an empty store and into the
  store of each size, median, each article written into the store without and
  the store with summaries in turn.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_store.py --sizes 10000 100000 1000000 --rdflib-max 100000

``--cpu`` times with the process's CPU time instead of the wall clock (steadier
when other work shares the machine). rdflib's memory store is skipped above ``--rdflib-max`` triples (at 1M it needs
minutes per step; see benchmarks/README.md for a measured run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load_gazetteer
from kg.model import (
    Article,
    ArticleResult,
    Entity,
    EntityType,
    Evidence,
    Modality,
    Statement,
)
from kg.rdf import article_quads, run_iri
from kg.store import open_store
from kg.write import ArticleIndex, write_article
from kg.summary import rebuild_summaries
from kg.vocab import predicates

TWO_HOP = """
PREFIX bi: <https://w3id.org/bikg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?mid ?far WHERE {
  ?s1 rdf:subject <https://w3id.org/bikg/id/country/AZE> ; rdf:object ?mid ; prov:wasDerivedFrom ?a1 .
  ?s2 rdf:subject ?mid ; rdf:object ?far ; prov:wasDerivedFrom ?a2 .
  ?mid a bi:Country . ?far a bi:Country .
}"""

BALANCE = """
PREFIX bi: <https://w3id.org/bikg/ontology#>
SELECT ?s ?o ?month (COUNT(?st) AS ?n) (SUM(?g) AS ?goldstein) WHERE {
  ?st rdf:subject ?s ; rdf:object ?o ; bi:goldstein ?g ; bi:eventDate ?d .
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
} GROUP BY ?s ?o ?month"""


def synthetic(article_no: int, rng: random.Random, countries: list[Entity]) -> ArticleResult:
    """One synthetic article with 4–8 statements between random countries (about 25 triples each)."""
    preds = [p for p in predicates().values() if p.range == "Actor"]
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    text = f"Synthetic article {article_no}. " + " ".join(f"Sentence {i} about relations." for i in range(8))
    article = Article(f"bench{article_no}", text, f"Headline {article_no}", published, "Bench Wire", f"https://example.org/{article_no}", "bench")
    statements = []
    for i in range(rng.randrange(4, 9)):
        a, b = rng.sample(countries, 2)
        p = rng.choice(preds)
        statements.append(
            Statement(
                article.id, a, p, b, rng.choice(list(Modality)), Evidence(f"Sentence {i} about relations.", 30 + 28 * i, 56 + 28 * i),
                "patterns.v1", round(rng.uniform(0.5, 0.95), 3), published, None, p.cameo, p.goldstein, "bench",
            )
        )
    return ArticleResult(article, 9, (), tuple(statements))


def make_nquads(target_triples: int, path: Path) -> int:
    """Write a synthetic N-Quads file of about ``target_triples`` quads; returns the count."""
    rng = random.Random(42)
    everyone = load_gazetteer().countries
    chosen = ["AZE", "USA"] + [code for code in everyone if code not in ("AZE", "USA")][:118]
    countries = [Entity(everyone[c].key, everyone[c].label, EntityType.COUNTRY, country=c, wikidata=everyone[c].wikidata) for c in chosen]
    run = run_iri("patterns.v1", "bench")
    seen: set[str] = set()
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        while len(seen) < target_triples:
            for s, p, o, g in article_quads(synthetic(n, rng, countries), run):
                graph = "" if g is None else f" {g.n3()}"
                line = f"{s.n3()} {p.n3()} {o.n3()}{graph} .\n"
                if line not in seen:
                    seen.add(line)
                    out.write(line)
            n += 1
    return len(seen)


CLOCK = time.perf_counter
"""The clock of :func:`timed`: wall-clock, or ``time.process_time`` with ``--cpu`` (steadier on a
shared machine; Oxigraph evaluates a query in the calling thread)."""


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = CLOCK()
    value = fn()
    return CLOCK() - start, value


def median_query(ds: Dataset, query: str, repeat: int = 5) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        seconds, result = timed(lambda: list(ds.query(query)))
        times.append(seconds)
        rows = len(result)  # type: ignore[arg-type]
    return statistics.median(times), rows


def measure(name: str, ds: Dataset, nq: Path, parse_fmt: str, write_fmt: str, folder: Path, triples: int) -> str:
    """One table row: load, two queries, a full write and (on Oxigraph) one incremental article write."""
    load_s, _ = timed(lambda: ds.parse(nq, format=parse_fmt))
    hop_s, hop_rows = median_query(ds, TWO_HOP)
    agg_s, agg_rows = median_query(ds, BALANCE)
    write_s, _ = timed(lambda: ds.serialize(destination=str(folder / "out.trig"), format=write_fmt))
    one = "n/a"
    if parse_fmt.startswith("ox"):
        one = f"{write_ms(ds):.1f} ms"
    return f"| {triples:,} | {name} | {load_s:.2f} s | {hop_s * 1000:.0f} ms ({hop_rows} rows) | {agg_s * 1000:.0f} ms ({agg_rows} rows) | {write_s:.2f} s | {one} |"


def write_ms(ds: Dataset, writes: int = 21) -> float:
    """Median milliseconds of ``kg.write.write_article`` of one synthetic article (the incremental
    build path; the store's dyad summaries are kept up to date when it has them)."""
    index = ArticleIndex(ds)
    rng = random.Random(7)
    countries = [Entity(c.key, c.label, EntityType.COUNTRY, country=c.country) for c in load_gazetteer().countries.values()][:120]
    run = run_iri("patterns.v1", "bench")
    times = []
    for i in range(writes):
        result = synthetic(10_000_000 + i, rng, countries)
        times.append(timed(lambda: write_article(ds, result, run, index))[0])  # noqa: B023 - called at once
    return statistics.median(times) * 1000


def write_ms_side_by_side(stores: list[Dataset], writes: int = 21) -> list[float]:
    """:func:`write_ms` for several stores, the same articles written into each in turn (so that
    the load of a shared machine weighs on every store alike)."""
    indexes = [ArticleIndex(ds) for ds in stores]
    rng = random.Random(7)
    countries = [Entity(c.key, c.label, EntityType.COUNTRY, country=c.country) for c in load_gazetteer().countries.values()][:120]
    run = run_iri("patterns.v1", "bench")
    times: list[list[float]] = [[] for _ in stores]
    for i in range(writes):
        result = synthetic(10_000_000 + i, rng, countries)
        for ds, index, samples in zip(stores, indexes, times):
            samples.append(timed(lambda: write_article(ds, result, run, index))[0])  # noqa: B023 - called at once
    return [statistics.median(samples) * 1000 for samples in times]


PARAMS = {"a": "AZE", "b": "USA", "country": "AZE", "category": "COOPERATE", "person": "Ilham Aliyev"}


def named_latencies(ds: Dataset) -> dict[str, tuple[float, int]]:
    """Median latency and row count of each named query, parameters from PARAMS; a query with
    optional parameters is also timed with its required ones only (``NAME (required only)``).
    On a store with dyad summaries the queries that have a summary variant read them
    (what ``kg query`` does)."""
    from kg.query import named_queries, run_query
    from kg.summary import has_summaries

    summaries = has_summaries(ds)
    found = {}
    for name, query in named_queries().items():
        cases = {name: {p.name: PARAMS[p.name] for p in query.parameters if p.name in PARAMS}}
        if any(p.optional and not p.default for p in query.parameters):  # (a page size has a default)
            cases[f"{name} (required only)"] = {p.name: PARAMS[p.name] for p in query.parameters if not p.optional}
        for label, values in cases.items():
            times, rows = [], 0
            for _ in range(5):
                # binding is timed too: a summary variant's listings are picked from the store then
                seconds, result = timed(lambda: run_query(ds, query.bind(values, summaries=summaries, store=ds)))  # noqa: B023 - called at once
                times.append(seconds)
                rows = len(result.rows or [])  # type: ignore[union-attr]
            found[label] = (statistics.median(times), rows)
    return found


def format_latencies(ds: Dataset, name: str = "dyad-balance", values: dict[str, str] | None = None, repeat: int = 5) -> dict[str, float]:
    """What a user waits for with ``kg query -n NAME -f FORMAT``, less start-up: median seconds of
    the query (:func:`kg.query.run_query`, summaries used when the store has them) and of writing
    its answer in each output format."""
    from kg.query import TABLE_FORMATS, named_query, run_query
    from kg.summary import has_summaries

    text = named_query(name).bind(values or {}, summaries=has_summaries(ds), store=ds)
    times: dict[str, list[float]] = {"query": [], **{fmt: [] for fmt in TABLE_FORMATS}}
    for _ in range(repeat):
        seconds, result = timed(lambda: run_query(ds, text))
        times["query"].append(seconds)
        for fmt in TABLE_FORMATS:
            times[fmt].append(timed(lambda: result.serialize(fmt))[0])  # type: ignore[attr-defined]  # noqa: B023
    return {label: statistics.median(samples) for label, samples in times.items()}


def bench(size: int, rdflib_max: int, folder: Path) -> list[str]:
    nq = folder / f"g{size}.nq"
    triples = make_nquads(size, nq)
    rows = []
    stores: list[tuple[str, Callable[[], Dataset], str, str]] = [("oxigraph (oxrdflib, on disk)", lambda: open_store(folder / f"ox{size}"), "ox-nquads", "ox-trig")]
    if size <= rdflib_max:
        stores.append(("rdflib memory", lambda: Dataset(default_union=True), "nquads", "trig"))
    for name, make, parse_fmt, write_fmt in stores:
        rows.append(measure(name, make(), nq, parse_fmt, write_fmt, folder, triples))
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="skip rdflib's memory store above this many triples")
    parser.add_argument("--named", action="store_true", help="instead of the comparison table, time every named query on Oxigraph")
    parser.add_argument("--store", type=Path, help="with --named: time the queries on this existing store (opened read-only)")
    parser.add_argument("--writes", action="store_true", help="instead of the comparison table, time one article write with and without dyad summaries")
    parser.add_argument("--cpu", action="store_true", help="time with the process's CPU time instead of the wall clock")
    parser.add_argument("--formats", action="store_true", help="with --named: also time writing dyad-balance over every dyad-month in each output format")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    if args.named and args.store:
        print(f"| named query | {args.store} |")
        print("|---|---|")
        ds = open_store(args.store, read_only=True)
        for name, (seconds, rows) in named_latencies(ds).items():
            print(f"| {name} | {seconds * 1000:.0f} ms ({rows} rows) |")
        if args.formats:
            print(f"\n| dyad-balance, every dyad-month: query, then writing it as | {args.store} |\n|---|---|")
            for label, seconds in format_latencies(ds).items():
                print(f"| {label} | {seconds * 1000:.0f} ms |")
        return
    if args.named:
        with tempfile.TemporaryDirectory() as tmp:
            columns, headers = [], []
            formats: list[dict[str, float]] = []
            for size in args.sizes:
                nq = Path(tmp) / f"g{size}.nq"
                triples = make_nquads(size, nq)
                ds = open_store(Path(tmp) / f"ox{size}")
                ds.parse(nq, format="ox-nquads")
                columns.append(named_latencies(ds))
                if args.formats:
                    formats.append(format_latencies(ds))
                seconds, _ = timed(lambda: rebuild_summaries(ds))  # noqa: B023 - called at once
                columns.append(named_latencies(ds))
                if args.formats:
                    formats.append(format_latencies(ds))
                headers += [f"{triples:,} triples, raw", f"{triples:,} triples, summaries (rebuilt in {seconds:.1f} s)"]
            print("| named query | " + " | ".join(headers) + " |")
            print("|---|" + "---|" * len(headers))
            for name in columns[0]:
                cells = " | ".join(f"{c[name][0] * 1000:.0f} ms ({c[name][1]} rows)" for c in columns)
                print(f"| {name} | {cells} |")
            if formats:
                print("\n| dyad-balance, every dyad-month: query, then writing it as | " + " | ".join(headers) + " |")
                print("|---|" + "---|" * len(headers))
                for label in formats[0]:
                    print(f"| {label} | " + " | ".join(f"{f[label] * 1000:.0f} ms" for f in formats) + " |")
        return
    if args.writes:
        print("| store | add one article, no summaries | add one article, with summaries |")
        print("|---|---|---|")
        with tempfile.TemporaryDirectory() as tmp:
            for size in [0, *args.sizes]:
                folders = [Path(tmp) / f"w{size}-{kind}" for kind in ("raw", "summaries")]
                if size:
                    nq = Path(tmp) / f"g{size}.nq"
                    triples = make_nquads(size, nq)
                for folder in folders:
                    ds = open_store(folder)
                    if size:
                        ds.parse(nq, format="ox-nquads")
                    if folder.name.endswith("summaries"):
                        rebuild_summaries(ds)
                    del ds
                    gc.collect()  # the store handle must be gone before it is opened again
                cells = [f"{ms:.2f} ms" for ms in write_ms_side_by_side([open_store(folder) for folder in folders])]
                label = "empty" if not size else f"{triples:,} triples"
                print(f"| {label} | {cells[0]} | {cells[1]} |", flush=True)
        return
    print("| triples | store | load (parse N-Quads) | 2-hop query (median of 5) | dyad-month aggregate (median of 5) | write TriG | add one article |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            bench(size, args.rdflib_max, Path(tmp))


if __name__ == "__main__":
    main()
