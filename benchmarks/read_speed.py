"""Read-stage speed: decoding, language identification and duplicate detection on a synthetic corpus.

Usage: .venv/bin/python benchmarks/read_speed.py [N]

Writes a JSON Lines corpus of N articles (default 5000) into a temporary
folder: each is ten sentences drawn at random from the example articles
(distinct stories), and every tenth is a syndicated copy of an earlier one
(other headline, a sentence dropped). Then times ``read_articles`` over it with
and without deduplication and prints articles/s and the duplicates found.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from kg.model import Article, Duplicate
from kg.read import read_articles

ROOT = Path(__file__).parent.parent


def corpus(n: int, path: Path) -> int:
    rng = random.Random(1)
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    pool = sorted({s for t in texts for s in re.split(r"(?<=\.)\s+", t) if len(s.split()) >= 8})
    records: list[dict[str, str]] = []
    copies = 0
    for i in range(n):
        if i % 10 == 9:
            original = records[rng.randrange(len(records))]
            sentences = re.split(r"(?<=\.) ", original["text"])
            del sentences[rng.randrange(len(sentences))]
            records.append({"id": f"copy-{i}", "title": f"Copy {i}", "text": " ".join(sentences)})
            copies += 1
            continue
        records.append({"id": f"a{i}", "title": f"Story {i}", "text": " ".join(rng.sample(pool, 10))})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    print(f"sentence pool: {len(pool)}")
    return copies


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        copies = corpus(n, path)
        print(f"{n} records, {copies} syndicated copies, {path.stat().st_size / 1e6:.1f} MB")
        for dedupe in (False, True):
            started = time.perf_counter()
            items = list(read_articles([path], dedupe=dedupe))
            seconds = time.perf_counter() - started
            articles = sum(isinstance(i, Article) for i in items)
            duplicates = sum(isinstance(i, Duplicate) for i in items)
            print(f"dedupe={dedupe}: {seconds:.1f} s, {n / seconds:.0f} records/s, {articles} articles, {duplicates} duplicates")


if __name__ == "__main__":
    main()
