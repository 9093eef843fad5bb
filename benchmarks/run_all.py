"""Run every benchmark and write ``benchmarks/results.md`` (``make bench``).

Each benchmark script prints Markdown; this runner times each one, records the
machine, date and commit, and writes the outputs one after another, so a run
can be compared with the numbers in ``benchmarks/README.md``.

Usage (from the repository root)::

    .venv/bin/python benchmarks/run_all.py            # everything
    .venv/bin/python benchmarks/run_all.py --quick    # smaller sizes, for a first look
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# (title, command); sizes are those the performance issue asks for.
FULL = [
    ("Throughput: kg build against raw nlp.pipe, 1 and 2 processes", [PY, "benchmarks/bench_throughput.py", "--articles", "1000"]),
    ("Named queries on the embedded store at 10k, 100k and 1M triples (raw, then from the dyad summaries)", [PY, "benchmarks/bench_store.py", "--named", "--sizes", "10000", "100000", "1000000"]),
    ("One article write into an empty and a 1M-triple store, without and with dyad summaries", [PY, "benchmarks/bench_store.py", "--writes", "--sizes", "1000000"]),
    ("Store: Oxigraph against rdflib's memory store (load, queries, write, one-article write)", [PY, "benchmarks/bench_store.py", "--sizes", "10000", "100000", "--rdflib-max", "10000"]),
    ("HTML view generation at 1k, 5k and 20k nodes", [PY, "benchmarks/bench_views.py"]),
    ("Read stage with deduplication", [PY, "benchmarks/read_speed.py", "5000"]),
]
QUICK = [
    ("Throughput: kg build against raw nlp.pipe, 1 and 2 processes", [PY, "benchmarks/bench_throughput.py", "--articles", "100"]),
    ("Named queries on the embedded store at 10k and 100k triples (raw, then from the dyad summaries)", [PY, "benchmarks/bench_store.py", "--named", "--sizes", "10000", "100000"]),
    ("One article write into an empty and a 100k-triple store, without and with dyad summaries", [PY, "benchmarks/bench_store.py", "--writes", "--sizes", "100000"]),
    ("Store: Oxigraph against rdflib's memory store", [PY, "benchmarks/bench_store.py", "--sizes", "10000", "--rdflib-max", "10000"]),
    ("HTML view generation at 1k nodes", [PY, "benchmarks/bench_views.py", "--sizes", "1000:4000"]),
    ("Read stage with deduplication", [PY, "benchmarks/read_speed.py", "1000"]),
]


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (about two minutes)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "results.md")
    args = parser.parse_args()
    started = time.perf_counter()
    lines = [
        "# Benchmark results",
        "",
        f"Written by `benchmarks/run_all.py{' --quick' if args.quick else ''}` on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"commit {_commit()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}.",
        "Timings depend on what else the machine is doing; compare ratios measured in the same run.",
        "",
    ]
    for title, command in QUICK if args.quick else FULL:
        print(f"== {title}", file=sys.stderr, flush=True)
        begun = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - begun
        lines += [f"## {title}", "", f"`{' '.join(['python', *command[1:]])}` ({seconds:.0f} s)", ""]
        if done.returncode != 0:
            lines += ["**Failed** (exit status %d):" % done.returncode, "", "```", done.stderr.strip()[-2000:], "```", ""]
        else:
            lines += [done.stdout.strip(), ""]
    lines.append(f"Total: {time.perf_counter() - started:.0f} s.")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
