"""Count the relations the extractor reads off sentences that relate no countries.

Usage: .venv/bin/python benchmarks/distractors.py [benchmarks/distractors.txt]

Each non-comment line of the file is one article. Every non-structural statement
produced is a false positive; the script prints them and the totals.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extract import get_extractor
from kg.nlp import load_nlp
from kg.pipeline import analyse
from kg.read import article_from_text


def main(path: Path) -> int:
    sentences = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    nlp, extractor = load_nlp(), get_extractor()
    noisy = statements = 0
    for number, text in enumerate(sentences, start=1):
        article = article_from_text(text, f"distractor-{number}.txt")
        found = [s for s in analyse(nlp(article.text), article, extractor).statements if s.predicate.category != "STRUCTURAL"]
        statements += len(found)
        noisy += bool(found)
        for s in found:
            print(f"FP  {s.subject.label} {s.predicate.name} {s.object.label}  <- {text}")
    print(f"{len(sentences)} distractor sentences, {noisy} with statements, {statements} statements (all false positives)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("distractors.txt")))
