"""Where a build's CPU time goes: spaCy parsing against reading, resolution and extraction, and the store.

Runs ``kg build`` in this process over ``--articles`` articles (the corpus of
``bench_throughput.py``) into an empty store, one worker, and splits its CPU
time by stage. Both sides are timed in the same process, article by article,
so the split does not depend on what else the machine is doing (unlike two
wall-clock runs side by side). Fixed costs are those paid once: loading the
pipeline, the lexicon and the office-holders table, opening the store (the
language identifier's model is loaded only for a text that is not plainly
English, inside reading).

Usage (from the repository root)::

    .venv/bin/python benchmarks/profile_build.py --articles 300 [--no-summaries]

Prints a Markdown table of CPU seconds and milliseconds per article for each
stage, and the parse share: parsing / (parsing + everything else).
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SECONDS: Counter[str] = Counter()


def _timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SECONDS[stage] += time.process_time() - start

    return wrapper


def _timed_iterator(stage: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """Time the work done inside a generator (each ``next``), not the caller's work between items."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        iterator = function(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                SECONDS[stage] += time.process_time() - start
            yield item

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--no-summaries", action="store_true", help="build as kg build --no-summaries")
    args = parser.parse_args()
    from bench_throughput import make_corpus

    import kg.gazetteer
    import kg.nlp as nlp
    import kg.pipeline as pipeline
    import kg.store as store
    import kg.write as write

    # The parse generator pulls articles from the reader: reading is timed inside it and taken out below.
    # (kg.pipeline imports the parse functions where it calls them, so that a cluster client never loads spaCy.)
    nlp.parse = _timed_iterator("parse + read", nlp.parse)
    pipeline.read_articles = _timed_iterator("read", pipeline.read_articles)
    pipeline.analyse = _timed("resolve + extract", pipeline.analyse)
    write.write_articles = _timed("store write", write.write_articles)
    write.flush = _timed("store flush", write.flush)
    nlp.load_nlp = _timed("fixed: load pipeline and lexicon", nlp.load_nlp)
    pipeline.get_extractor = _timed("fixed: load pipeline and lexicon", pipeline.get_extractor)
    store.open_store = _timed("fixed: load pipeline and lexicon", store.open_store)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        words = make_corpus(corpus, args.articles)
        start = time.process_time()
        # loaded on first use otherwise, inside resolution
        _timed("fixed: load pipeline and lexicon", kg.gazetteer.load_office_holders)()
        pipeline.build([corpus], Path(tmp) / "store", pipeline.Options(summaries=not args.no_summaries))
        total = time.process_time() - start
    parse = SECONDS["parse + read"] - SECONDS["read"]
    rows = {"spaCy parse": parse, **{k: v for k, v in SECONDS.items() if k != "parse + read"}}
    rows["other (progress, counts)"] = total - sum(rows.values())
    summaries = "without" if args.no_summaries else "with"
    print(f"{args.articles} articles, {words:,} words, 1 worker, {summaries} dyad summaries, CPU seconds\n")
    print("| stage | CPU seconds | ms per article |")
    print("|---|---|---|")
    for stage, seconds in rows.items():
        print(f"| {stage} | {seconds:.2f} | {1000 * seconds / args.articles:.1f} |")
    print(f"| total | {total:.2f} | {1000 * total / args.articles:.1f} |")
    print(f"\nparse share: {parse / total:.3f} (spaCy parse / whole build; 0.8 means the rest costs 25% on top of parsing)")


if __name__ == "__main__":
    main()
