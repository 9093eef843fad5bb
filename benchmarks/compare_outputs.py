"""Check that this checkout extracts byte-identical outputs to another one (an optimisation must not change them).

Runs ``kg extract`` from this checkout and from ``--other`` (another checkout
with its own ``.venv``, e.g. main) over every visible set: the example
articles, the PLOVER dev sentences, the re3d and Re-DocRED dev records
(``--format jsonl``), Re-DocRED again with ``--format people``, and the
benchmark corpus of ``bench_throughput.py`` (``--articles``), then compares the
outputs byte for byte, both with ``PYTHONHASHSEED=0``. Both checkouts extract every time, in the same
temporary folder: a kept copy of the other's outputs would go stale when that checkout changes, and the
corpus's file addresses name the folder.

Usage (from the repository root)::

    /work/main/.venv/bin/python benchmarks/compare_outputs.py --other /work/main [--articles 100]

Prints one line per output and exits 1 if any differs (with its first differing line).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
EXTERNAL = Path("/work/shared/eval/external")


def outputs(corpus: Path) -> dict[str, list[str]]:
    """Name of each output -> the ``kg extract`` arguments that make it."""
    return {
        "articles.jsonl": [str(ROOT / "examples" / "articles")],
        "plover.jsonl": [str(ROOT / "tests" / "data" / "plover_dev.jsonl"), "--field", "published=date"],
        "re3d.jsonl": [str(EXTERNAL / "re3d_dev.jsonl")],
        "redocred.jsonl": [str(EXTERNAL / "redocred_dev.jsonl")],
        "redocred.people": [str(EXTERNAL / "redocred_dev.jsonl"), "--format", "people"],
        "corpus.jsonl": [str(corpus)],
    }


def extract(checkout: Path, arguments: list[str], target: Path) -> None:
    """``kg extract`` with the checkout's own code first on the path."""
    own = checkout / ".venv" / "bin" / "python"
    python = str(own) if own.exists() else sys.executable
    # a fixed hash seed: an output that followed the order of a set of strings would differ between runs, not checkouts
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
    command = [python, "-m", "kg", "extract", *arguments, "-q", "-o", str(target)]
    subprocess.run(command, cwd=checkout, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="another checkout (with .venv) to compare with")
    parser.add_argument("--articles", type=int, default=100, help="size of the benchmark corpus")
    args = parser.parse_args()
    from bench_throughput import make_corpus

    different = 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, args.articles)
        for name, arguments in outputs(corpus).items():
            theirs, ours = Path(tmp) / f"other-{name}", Path(tmp) / name
            extract(args.other.resolve(), arguments, theirs)
            extract(ROOT, arguments, ours)
            a, b = ours.read_bytes(), theirs.read_bytes()
            if a == b:
                print(f"{name}: the same ({len(a.splitlines())} lines)")
                continue
            different += 1
            mine, other = a.decode().splitlines(), b.decode().splitlines()
            first = next((i for i, (x, y) in enumerate(zip(mine, other)) if x != y), min(len(mine), len(other)))
            print(f"{name}: DIFFERENT ({len(mine)} lines here, {len(other)} there; first at line {first + 1})")
            print("  here: ", mine[first][:300] if first < len(mine) else "(end)")
            print("  there:", other[first][:300] if first < len(other) else "(end)")
    sys.exit(1 if different else 0)


if __name__ == "__main__":
    main()
