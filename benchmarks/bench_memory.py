"""Memory benchmark: resident memory (RSS) of ``kg build`` as the corpus grows.

Builds ``--articles`` distinct articles (the corpus of ``bench_throughput.py``)
into an empty on-disk store in a fresh subprocess, one worker, and samples the
process's RSS every ``--every`` articles. Memory that does not depend on the
corpus size shows as a flat column; the issue's target is 10,000 articles in
under 2 GB.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_memory.py --articles 10000 --every 1000 [--no-summaries]

Prints a Markdown table: articles built, RSS now and the peak so far (MiB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_build(corpus: Path, store: Path, every: int, summaries: bool = True) -> None:
    """Build in this process, printing one JSON line per sample."""
    from kg.pipeline import Options, Progress, build

    started = time.perf_counter()
    last = 0

    def sample(progress: Progress) -> None:
        nonlocal last
        if progress.articles >= last + every:
            last = progress.articles - progress.articles % every
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"articles": progress.articles, "rss": _rss_mib(), "peak": peak,
                              "seconds": time.perf_counter() - started}), flush=True)

    build([corpus], store, Options(summaries=summaries), on_progress=sample)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": "end", "rss": _rss_mib(), "peak": peak, "seconds": time.perf_counter() - started}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--no-summaries", action="store_true", help="build as kg build --no-summaries")
    parser.add_argument("--build", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        run_build(args.build[0], args.build[1], args.every, not args.no_summaries)
        return
    from bench_throughput import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus, store = Path(tmp) / "corpus", Path(tmp) / "store"
        words = make_corpus(corpus, args.articles)
        summaries = "without" if args.no_summaries else "with"
        print(f"{args.articles} articles, {words:,} words, 1 worker, into an empty store, {summaries} dyad summaries\n")
        print("| articles built | RSS | peak RSS so far | seconds |")
        print("|---|---|---|---|")
        child = subprocess.Popen(
            [sys.executable, __file__, "--every", str(args.every), *(["--no-summaries"] if args.no_summaries else []),
             "--build", str(corpus), str(store)],
            stdout=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None
        for line in child.stdout:
            if not line.startswith("{"):
                continue
            row = json.loads(line)
            print(f"| {row['articles']} | {row['rss']:,.0f} MiB | {row['peak']:,.0f} MiB | {row['seconds']:.0f} |", flush=True)
        if child.wait() != 0:
            raise SystemExit(f"the build failed (exit status {child.returncode})")


if __name__ == "__main__":
    main()
