"""Check that this checkout builds the same store as another one (an optimisation must not change the graph).

Builds the corpus of ``bench_throughput.py`` (``--articles``) with ``kg build``
from this checkout and from ``--other`` (another checkout with its own
``.venv``, e.g. main), then changes a third of the articles and builds again
in both (replaced versions, orphan clean-up, summary updates). After each
build, compares every quad of the two stores, dyad summaries included, as
sorted N-Quads lines (kg writes no blank nodes, so equal lines mean equal
datasets).

Usage (from the repository root)::

    .venv/bin/python benchmarks/compare_builds.py --other /work/main --articles 300 [--no-summaries]
    .venv/bin/python benchmarks/compare_builds.py --other /work/main --corpus examples/articles

Prints the quad counts and exits 1 at the first difference (with a few differing lines).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def build(checkout: Path, corpus: Path, store: Path, summaries: bool) -> None:
    """``kg build`` with the checkout's own interpreter and code."""
    command = [str(checkout / ".venv" / "bin" / "python"), "-m", "kg", "build", str(corpus), "--store", str(store), "-q"]
    subprocess.run(command + ([] if summaries else ["--no-summaries"]), cwd=checkout, check=True)


def lines(store: Path) -> list[str]:
    """Every quad of a store as an N-Quads line, sorted."""
    inner = ox.Store.read_only(str(store))
    return sorted(f"{quad} ." for quad in inner.quads_for_pattern(None, None, None, None))


def change(corpus: Path) -> int:
    """New versions of every third article (same file, so same URL): other words, fewer sentences."""
    changed = 0
    for i, path in enumerate(sorted(corpus.glob("*.txt"))):
        if i % 3 == 0:
            text = path.read_text(encoding="utf-8")
            paragraphs = text.split("\n\n")
            path.write_text("\n\n".join(paragraphs[: max(2, len(paragraphs) - 1)]).replace(" the ", " this ", 2) + "\n", encoding="utf-8")
            changed += 1
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="another checkout (with .venv) to compare with")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, help="build these articles (a folder, copied) instead of the benchmark corpus")
    parser.add_argument("--no-summaries", action="store_true")
    args = parser.parse_args()
    from bench_throughput import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        if args.corpus:
            shutil.copytree(args.corpus, corpus)
        else:
            make_corpus(corpus, args.articles)
        size = f"{len(list(corpus.glob('*.txt')))} articles"
        for step in ("first build", "after changing a third of the articles"):
            if step != "first build":
                change(corpus)
            for name, checkout in (("this", ROOT), ("other", args.other.resolve())):
                build(checkout, corpus, Path(tmp) / name, not args.no_summaries)
            ours, theirs = lines(Path(tmp) / "this"), lines(Path(tmp) / "other")
            if ours != theirs:
                only_ours, only_theirs = sorted(set(ours) - set(theirs)), sorted(set(theirs) - set(ours))
                print(f"{step}: DIFFERENT ({len(ours)} quads here, {len(theirs)} in {args.other})")
                for line in only_ours[:5]:
                    print("  only here: ", line)
                for line in only_theirs[:5]:
                    print("  only there:", line)
                sys.exit(1)
            print(f"{step}: the same {len(ours):,} quads ({size}, {'without' if args.no_summaries else 'with'} summaries)")


if __name__ == "__main__":
    main()
