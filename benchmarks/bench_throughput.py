"""Throughput benchmark: end-to-end ``kg build`` against raw spaCy ``nlp.pipe`` on the same texts.

Builds a corpus of ``--articles`` distinct texts from the sentences of
``examples/articles`` (see :func:`make_corpus`), then runs, each in a fresh
subprocess so peak memory is its own:

* ``raw``: the plain small English model, ``nlp.pipe`` over the texts (1 process);
* ``raw2``: the same with ``n_process=2``;
* ``build``: ``kg build`` into an empty store (read → parse → resolve → extract → store), 1 worker;
* ``build-nosummaries``: the same with ``--no-summaries`` (the dyad summaries not kept);
* ``build2``: the same with ``--workers 2``.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_throughput.py --articles 1000

Prints a Markdown table: seconds, words/s, articles/s, peak RSS, and the ratio
of each build to the raw parse with the same number of processes, by wall-clock
time and by CPU time (the steadier figure on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, count: int, seed: int = 1) -> int:
    """Write ``count`` distinct articles into ``folder``; returns the number of words.

    Each is a headline and 12-20 sentences drawn from all the example articles,
    with three countries swapped for others: texts differ enough that the
    reader's near-duplicate detection (5-word shingles) keeps every one, and no
    two are equal, so neither the store nor any cache can skip work.
    """
    from kg.gazetteer import load_gazetteer

    rng = random.Random(seed)  # another seed, other articles (to warm workers up on texts they will not be timed on)
    names = sorted({c.label for c in load_gazetteer().countries.values() if " " not in c.label})
    sentences = []
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        body = path.read_text(encoding="utf-8").partition("\n\n")[2]
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) >= 6]
    words = 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        chosen = rng.sample(sentences, rng.randrange(12, 21))
        for old in rng.sample(names, 3):
            new = rng.choice(names)
            chosen = [re.sub(rf"\b{re.escape(old)}\b", new, sentence) for sentence in chosen]
        paragraphs = [" ".join(chosen[j : j + 4]) for j in range(0, len(chosen), 4)]
        article = f"Report {i}: {chosen[0][:60]}\n\n" + "\n\n".join(paragraphs) + "\n"
        words += len(article.split())
        (folder / f"a{i:05d}.txt").write_text(article, encoding="utf-8")
    return words


def run_one(mode: str, corpus: Path, store: Path) -> dict[str, float]:
    """Run one measurement in this process; returns seconds and peak RSS (MiB, this process and its children)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if mode.startswith("raw"):
        import spacy

        from kg.nlp import MODELS

        nlp = next(spacy.load(m) for m in MODELS if spacy.util.is_package(m))
        cpu_start, start = _cpu(), time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32, n_process=2 if mode == "raw2" else 1):
            pass
    else:
        from kg.pipeline import Options, build

        cpu_start, start = _cpu(), time.perf_counter()
        build([corpus], store, Options(workers=2 if mode == "build2" else 1, summaries=mode != "build-nosummaries"))
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu_start
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {"seconds": seconds, "cpu": cpu, "rss_mib": rss}


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished children.

    On a shared machine the wall-clock time of a run depends on what else runs;
    its CPU time much less, so the CPU-time ratio of two one-process runs is the
    steadier figure (a pool's workers count once they have exited).
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--modes", nargs="+", default=["raw", "build", "build-nosummaries", "raw2", "build2"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.corpus, args.store)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        words = make_corpus(corpus, args.articles)
        print(f"{args.articles} articles, {words:,} words\n")
        print("| run | processes | seconds | words/s | articles/s | peak RSS | vs raw parse, same processes | CPU seconds | CPU vs raw parse |")
        print("|---|---|---|---|---|---|---|---|---|")
        raw: dict[int, float] = {}
        raw_cpu: dict[int, float] = {}
        for mode in args.modes:
            store = Path(tmp) / f"store-{mode}"
            done = subprocess.run(
                [sys.executable, __file__, "--one", mode, "--corpus", str(corpus), "--store", str(store)],
                check=True, capture_output=True, text=True,
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            processes = 2 if mode.endswith("2") else 1
            rate = words / result["seconds"]
            ratio = cpu_ratio = ""
            if mode.startswith("raw"):
                raw[processes], raw_cpu[processes] = rate, result["cpu"]
            elif processes in raw:
                ratio = f"{rate / raw[processes]:.2f}"
                cpu_ratio = f"{raw_cpu[processes] / result['cpu']:.2f}"
            print(
                f"| {mode} | {processes} | {result['seconds']:.1f} | {rate:,.0f} | {args.articles / result['seconds']:.2f} "
                f"| {result['rss_mib']:,.0f} MiB | {ratio} | {result['cpu']:.1f} | {cpu_ratio} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
