"""Scale benchmark (issue 18): Dask build throughput, bulk load, named queries, export and push at millions of triples.

In one run, on one machine:

1. build throughput of ``kg build --cluster`` on two real clusters side by side,
   a ``dask scheduler`` with one ``dask worker`` process and one with two
   (``--nthreads 1``, each worker warmed up on other articles), taking turns
   for ``--rounds`` rounds on the same ``--articles`` texts made by
   ``bench_throughput.make_corpus`` (see :func:`throughput`), and of the local
   pool (``--workers 1`` and ``2``, which start their processes inside the
   timing);
2. a news-like corpus (``benchmarks/newslike.py``) of ``--triples`` quads as
   N-Quads part files, bulk-loaded by ``kg.load.load`` (quads/s), the dyad
   summaries computed once; the store's size on disk;
3. every named query's median of 5 with parameters, for a dominant dyad
   (USA, CHN) and a middling one (AZE, USA), reading the summaries as
   ``kg query`` does (the statement listings: their default page of 100,
   and ``dyad-timeline`` and ``said-by`` with ``limit=0``, every statement);
4. the full dyad-month export (``kg query -n dyad-balance -f csv``, streamed)
   and, for comparison, the same as JSON (not streamed): wall time and the
   process's peak RSS;
5. ``kg push`` of the first ``--push-triples`` quads of the corpus (loaded into
   a store of their own) to an Oxigraph server and to Virtuoso, both started
   here on 127.0.0.1 (Virtuoso as the tests start it): triples/s.

Usage (from the repository root; about 20 minutes at 10M triples on 2 cores)::

    .venv/bin/python benchmarks/bench_scale.py --triples 10000000 --articles 200 --push-triples 1000000

The two speed targets alone (2 Dask workers >= 1.8x one; bulk load >= 200k quads/s at 10M), in one
run of about 20 minutes on an idle 2-core machine (the build's three rounds on 1,000 articles take 10)::

    .venv/bin/python benchmarks/bench_scale.py --targets --articles 1000 --triples 10000000

(``--build-only`` and ``--load-only`` run either half.)
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

BIN = Path(sys.executable).parent
KG = str(BIN / "kg")


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str, float]:
    """Run a command: wall seconds, ``wait4``'s peak RSS (KiB; counted from this process's own RSS at the
    fork, see :func:`peak_rss`), stderr, CPU seconds (user + system) of the process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    stderr = b"".join(iter(lambda: process.stderr.read(65536), b""))  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    if code not in (0, 3):
        raise RuntimeError(f"{' '.join(command)} failed ({code}):\n{stderr.decode()[-3000:]}")
    return seconds, usage.ru_maxrss, stderr.decode(), usage.ru_utime + usage.ru_stime


def peak_rss(pid: int) -> int:
    """Wait for a child process and return its peak RSS in KiB, read from its ``VmHWM`` every 20 ms.

    Not ``wait4``'s ``ru_maxrss``: Linux starts a child's count at its parent's RSS at the fork (the
    forked copy of the parent is the process before its ``exec``), so a child of this benchmark, which
    holds the loaded store's summaries, reported the benchmark's own 5.6 GB. A peak reached in the child's
    last 20 ms is missed."""
    peak = 0
    while True:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
            if found:
                peak = max(peak, int(found.group(1)))
        except OSError:
            pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError(f"process {pid} failed ({os.waitstatus_to_exitcode(status)})")
            return peak
        time.sleep(0.02)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a running process has used so far (its threads included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dask:
    """A dask scheduler and workers started as processes, stopped by PID.

    The workers are started as the README says: ``--nthreads 1``, each pinned
    to one core's threads by :func:`kg.cluster.worker_env`.
    """

    def __init__(self) -> None:
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.scheduler = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", self.address.rsplit(":", 1)[1],
                                           "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.workers: list[subprocess.Popen[bytes]] = []

    def add_worker(self, expected: int) -> None:
        from kg.cluster import worker_env

        self.workers.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                                              "--no-nanny", "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                             env=worker_env()))
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(expected, timeout=120)

    def cpu(self) -> tuple[float, float]:
        """CPU seconds used so far by the workers (together) and by the scheduler."""
        return sum(cpu_seconds(w.pid) for w in self.workers), cpu_seconds(self.scheduler.pid)

    def stop(self) -> None:
        for process in reversed([self.scheduler, *self.workers]):
            if process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
                process.wait(30)


WARM = 150
"""Articles each worker analyses before any timing, on texts it is not timed on: a worker's first hundred
articles cost it about 15% more CPU than later ones (memory and caches it fills), and a cluster build of
many articles runs in that later state."""


def throughput(folder: Path, articles: int, pool: bool = True, rounds: int = 3, store: bool = True) -> list[str]:
    """Build ``articles`` texts on a 1-worker and a 2-worker Dask cluster, in alternating rounds, and on the local pool.

    Both clusters run side by side (their idle workers cost nothing), each
    worker warmed up on :data:`WARM` other articles. The clusters take turns
    on the same corpus, workers writing part files, in the order 1, 2 / 2, 1 /
    1, 2 ...: a virtual machine's speed drifts by tens of percent within
    minutes, and alternating spreads the drift over both. The speed-up is
    each round's ratio, their median, and the ratio of the summed times.
    With ``store``, each cluster also builds once into a local store.

    Each row: wall seconds, and the CPU seconds of the client (``kg build``),
    of the workers together and of the scheduler (the workers' CPU an article
    shows the machine's drift: the work is the same in every run).
    """
    from bench_throughput import make_corpus

    corpus = folder / "corpus"
    make_corpus(corpus, articles)
    rows: list[tuple[str, float, float, float, float]] = []
    walls: dict[tuple[str, int], list[float]] = {}
    busy: dict[tuple[str, int], list[float]] = {}  # the cores the workers kept busy: their CPU seconds over the wall time
    clusters = {1: Dask(), 2: Dask()}

    def timed(workers: int, path: str, target: list[str], label: str) -> None:
        dask = clusters[workers]
        before = dask.cpu()
        seconds, _, _, client = run([KG, "build", str(corpus), *target, "--cluster", dask.address, "-q"])
        after = dask.cpu()
        walls.setdefault((path, workers), []).append(seconds)
        busy.setdefault((path, workers), []).append((after[0] - before[0]) / seconds)
        rows.append((f"Dask, {workers} worker{'s' if workers > 1 else ''}, {label}", seconds, client, after[0] - before[0], after[1] - before[1]))

    try:
        for workers, dask in clusters.items():
            for count in range(1, workers + 1):
                dask.add_worker(count)
            warm = folder / f"warm{workers}"
            make_corpus(warm, WARM * workers, seed=2)
            run([KG, "build", str(warm), "--nquads-dir", str(folder / f"warm-parts{workers}"), "--state", str(folder / f"warm{workers}.tsv"),
                 "--cluster", dask.address, "-q"])
        for turn in range(rounds):
            for workers in (1, 2) if turn % 2 == 0 else (2, 1):
                out = folder / f"parts{workers}-{turn}"
                timed(workers, "nquads", ["--nquads-dir", str(out), "--state", str(out) + ".tsv"], f"round {turn + 1}, workers write part files (--nquads-dir)")
        if store:
            for workers in (1, 2):
                timed(workers, "store", ["--store", str(folder / f"dask{workers}")], "into a local store")
    finally:
        for dask in clusters.values():
            dask.stop()
    if pool:
        for workers in (1, 2):
            seconds, _, _, client = run([KG, "build", str(corpus), "--store", str(folder / f"pool{workers}"), "--workers", str(workers), "-q"])
            rows.append((f"local, --workers {workers} (process start and model load included; CPU: the build and its pool)", seconds, client, 0.0, 0.0))
    lines = ["| build path | seconds | articles/s | CPU s: client | CPU s: workers | CPU s: scheduler | client CPU ms an article | workers' CPU ms an article |",
             "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {name} | {s:.1f} | {articles / s:.2f} | {c:.1f} | {w:.1f} | {sc:.1f} | {c / articles * 1000:.1f} | {w / articles * 1000:.0f} |"
              for name, s, c, w, sc in rows]
    one, two = walls[("nquads", 1)], walls[("nquads", 2)]
    ratios = [a / b for a, b in zip(one, two, strict=True)]
    # the ratio of the cores kept busy: the speed-up a machine of constant speed would show, whatever the CPU an
    # article cost in each run
    cores = [b / a for a, b in zip(busy[("nquads", 1)], busy[("nquads", 2)], strict=True)]
    lines += ["", "| speed-up of 2 Dask workers over 1, same corpus, one run | result |", "|---|---|",
              f"| part files: each round | {', '.join(f'{r:.2f}x' for r in ratios)} |",
              f"| part files: **median of the rounds** | **{statistics.median(ratios):.2f}x** |",
              f"| part files: summed times ({sum(one):.1f} s / {sum(two):.1f} s) | {sum(one) / sum(two):.2f}x |",
              f"| part files: cores the workers kept busy, 1 worker; 2 workers | {', '.join(f'{b:.2f}' for b in busy[('nquads', 1)])}; {', '.join(f'{b:.2f}' for b in busy[('nquads', 2)])} |",
              f"| part files: their ratio, each round (the speed-up at an equal CPU cost an article); median | "
              f"{', '.join(f'{c:.2f}x' for c in cores)}; **{statistics.median(cores):.2f}x** |"]
    if store:
        lines.append(f"| into a local store (one run each) | {walls[('store', 1)][0] / walls[('store', 2)][0]:.2f}x |")
    return lines


def named(store: Path) -> list[str]:
    from bench_store import PARAMS, named_latencies

    from kg.store import open_store

    from newslike import Corpus

    ds = open_store(store, read_only=True)
    leaders = Corpus().people  # (the names the corpus gave, drawn again from its seed)
    columns = []
    for a, b in (("USA", "CHN"), ("AZE", "USA")):
        # said-by: the leader's surname, as a user types it (other people may share it)
        PARAMS.update(a=a, b=b, country=a, person=leaders[a][0].label.split()[-1])
        columns.append(named_latencies(ds))
        # the listings' default is a page of 100 statements (partners: rows, dyad-topics: topics); every row (limit=0) is an export
        PARAMS["limit"], category = "0", PARAMS.pop("category")
        for name, what in (("dyad-timeline", "every statement"), ("said-by", "every statement"), ("partners", "every category and row"), ("dyad-topics", "every topic")):
            columns[-1][f"{name} (limit=0: {what}, an export)"] = _latency(ds, name)
        PARAMS["category"] = category
        del PARAMS["limit"]
    lines = ["| named query | dominant dyad: a=USA, b=CHN, country=USA | middling: a=AZE, b=USA, country=AZE |", "|---|---|---|"]
    for name in columns[0]:
        lines.append(f"| {name} | " + " | ".join(f"{c[name][0] * 1000:.0f} ms ({c[name][1]} rows)" for c in columns) + " |")
    del ds
    gc.collect()
    return lines


def _latency(ds: object, name: str) -> tuple[float, int]:
    """Median of 5 of one named query with bench_store.PARAMS, as bench_store.named_latencies times them."""
    from bench_store import PARAMS, timed

    from kg.query import named_query, run_query
    from kg.summary import has_summaries

    query = named_query(name)
    values, summaries = {p.name: PARAMS[p.name] for p in query.parameters if p.name in PARAMS}, has_summaries(ds)  # type: ignore[arg-type]
    times, rows = [], 0
    for _ in range(5):
        seconds, result = timed(lambda: run_query(ds, query.bind(values, summaries=summaries, store=ds)))  # type: ignore[arg-type]
        times.append(seconds)
        rows = len(result.rows or [])  # type: ignore[attr-defined]
    return statistics.median(times), rows


def export(store: Path, folder: Path) -> list[str]:
    lines = ["| dyad-balance, every dyad-month | seconds | rows | peak RSS of kg query |", "|---|---|---|---|"]
    for fmt in ("csv", "json"):
        out = folder / f"balance.{fmt}"
        started = time.perf_counter()
        process = subprocess.Popen([KG, "query", "--store", str(store), "-n", "dyad-balance", "-f", fmt, "-o", str(out)], cwd=ROOT)
        peak = peak_rss(process.pid)
        seconds = time.perf_counter() - started
        rows = out.read_text(encoding="utf-8").count("\n") - 1 if fmt == "csv" else out.read_text(encoding="utf-8").count('"country_a"')
        lines.append(f"| -f {fmt}{' (streamed)' if fmt == 'csv' else ' (whole answer, for comparison)'} | {seconds:.2f} | {rows} | {peak / 1024:.0f} MiB |")
    return lines


def push(parts: Path, triples: int, folder: Path) -> list[str]:
    from test_push import Oxigraph
    from test_virtuoso import DEFAULT_GRAPH, PASSWORD, Virtuoso

    from kg.load import load

    chosen, size = [], 0
    for path in sorted(parts.glob("*.nq")):
        chosen.append(path)
        size += sum(1 for _ in path.open("rb"))
        if size >= triples:
            break
    store = folder / "push-store"
    report = load(chosen, store)
    gc.collect()
    lines = [f"Pushed: a store of {report.quads:,} quads ({len(chosen)} part files of the corpus).", "",
             "| server | seconds | triples sent | triples/s |", "|---|---|---|---|"]
    oxigraph = Oxigraph(folder / "oxigraph", free_port()).start()
    virtuoso = Virtuoso(folder / "virtuoso").start()
    try:
        targets = [
            ("Oxigraph server 0.5 (Graph Store Protocol)", ["--graph-store", oxigraph.base + "/store"]),
            ("Virtuoso 7.2 (Graph Store Protocol, digest auth)", ["--graph-store", virtuoso.base + "/sparql-graph-crud-auth", "--user", "dba",
                                                                  "--default-graph", DEFAULT_GRAPH]),
        ]
        for name, args in targets:
            os.environ["KG_PUSH_PASSWORD"] = PASSWORD
            seconds, _, stderr, _ = run([KG, "push", "--store", str(store), *args, "--state", str(folder / f"{len(lines)}.json")])
            sent = int(re.search(r"\((\d+) triples\)", stderr).group(1))  # type: ignore[union-attr]
            lines.append(f"| {name} | {seconds:.1f} | {sent:,} | {sent / seconds:,.0f} |")
    finally:
        oxigraph.stop()
        virtuoso.stop()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=10_000_000)
    parser.add_argument("--articles", type=int, default=200, help="texts for the build throughput")
    parser.add_argument("--push-triples", type=int, default=1_000_000)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--build-only", action="store_true", help="only the build throughput")
    parser.add_argument("--no-pool", action="store_true", help="build throughput on Dask only, not on the local pool")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of the 1- and 2-worker Dask builds (default 3)")
    parser.add_argument("--load-only", action="store_true", help="only the news-like corpus and its bulk load")
    parser.add_argument("--targets", action="store_true",
                        help="the two speed targets of issue 18 in one run: the build throughput on Dask (1 and 2 workers), then the bulk load")
    parser.add_argument("--strict-load", action="store_true", help="load without --lenient (the parser checks every IRI)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed after)")
    args = parser.parse_args()
    folder = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    load_avg = os.getloadavg()
    out: list[str] = [f"Machine: {os.cpu_count()} CPUs; load average at the start {load_avg[0]:.1f} (1 min), {load_avg[2]:.1f} (15 min).", ""]
    try:
        if args.targets:
            args.no_pool = True
        if not (args.skip_build or args.load_only):
            print(f"== build throughput, {args.articles} articles", file=sys.stderr, flush=True)
            out += [f"### Build throughput ({args.articles} articles)", "",
                    *throughput(folder / "build", args.articles, pool=not args.no_pool, rounds=args.rounds, store=not args.targets), ""]
            print("\n".join(out), file=sys.stderr, flush=True)
            if args.build_only:
                return
        from newslike import write_parts

        from kg.load import load

        parts, store = folder / "parts", folder / "store"
        print(f"== generating {args.triples:,} quads", file=sys.stderr, flush=True)
        started = time.perf_counter()
        articles, quads = write_parts(args.triples, parts)
        made = time.perf_counter() - started
        print("== bulk load", file=sys.stderr, flush=True)
        report = load([parts], store, lenient=not args.strict_load)
        gc.collect()
        size = du(store)
        out += [
            f"### Bulk load ({articles:,} news-like articles)", "",
            "| step | result |", "|---|---|",
            f"| generate the part files (newslike.py) | {quads:,} quads written in {made:.0f} s, {du(parts) / 2**30:.2f} GiB of N-Quads |",
            f"| kg load{'' if args.strict_load else ' --lenient'}: bulk loader | {report.quads:,} quads in the store in {report.load_seconds:.1f} s: "
            f"**{report.quads / report.load_seconds:,.0f} quads/s**; {report.load_cpu_seconds:.1f} CPU s ({report.load_cpu_seconds / report.load_seconds:.2f} cores) |",
            f"| kg load: dyad summaries, computed once | {report.summaries:,} dyad-months in {report.summary_seconds:.1f} s |",
            f"| store on disk | {size / 2**30:.2f} GiB ({size / report.quads:.0f} bytes a quad) |", "",
        ]
        print("\n".join(out[-9:]), file=sys.stderr, flush=True)
        if args.load_only or args.targets:
            return
        print("== named queries", file=sys.stderr, flush=True)
        out += [f"### Named queries at {report.quads:,} quads (median of 5, summaries as kg query reads them)", "", *named(store), ""]
        print("\n".join(out[-16:]), file=sys.stderr, flush=True)
        print("== export", file=sys.stderr, flush=True)
        out += ["### The dyad-month export", "", *export(store, folder), ""]
        print("== push", file=sys.stderr, flush=True)
        out += [f"### Push rate (about {args.push_triples:,} triples)", "", *push(parts, args.push_triples, folder), ""]
    finally:
        load_avg = os.getloadavg()
        out += [f"Load average at the end {load_avg[0]:.1f} (1 min), {load_avg[2]:.1f} (15 min)."]
        print("\n".join(out))
        if args.work is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
