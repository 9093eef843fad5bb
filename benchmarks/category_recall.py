"""Per-category recall of the extractor on the invented sentences of ``tests/data/category_sentences.tsv``.

Usage::

    .venv/bin/python benchmarks/category_recall.py [--verbose]

The table has one sentence per row: ``group`` (a PLOVER category or a structural
predicate), ``subject``, ``expect`` (a PLOVER category, a predicate name, or ``-``
for a distractor that must yield nothing), ``object`` (``*``: any object, e.g. a
topic) and ``sentence``. The sentences are invented for this table; none is taken
from an evaluation set.

A row is found when one statement of its sentence has the expected category (its
predicate's category, or the category an intent is coded as) or predicate, and
the expected subject and object. A side matches a country or organisation name
when it is that entity or an actor of that country (its minister, its army); a
person's name matches the person's label. Symmetric predicates match either way
round. A distractor is right when its sentence yields no statement at all apart
from the people's titles (``leaderOf``/``officialOf``, read from titles, not
triggers).

``tests/test_category_table.py`` runs the same table and requires recall >= 0.9
per group and nothing from the distractors.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "category_sentences.tsv"
#: Statements a distractor may yield: people's offices, read from their titles.
TITLE_PREDICATES = {"leaderOf", "officialOf"}


@dataclass(frozen=True)
class Row:
    group: str
    subject: str
    expect: str
    object: str
    sentence: str
    line: int

    @property
    def distractor(self) -> bool:
        return self.expect == "-"


def read_table(path: Path = TABLE) -> list[Row]:
    """The rows of the table; a malformed row raises ValueError naming its line."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, fields in enumerate(csv.reader(fh, delimiter="\t"), start=1):
            if number == 1 or not fields or fields[0].startswith("#"):
                continue
            if len(fields) != 5 or not fields[4].strip() or (fields[2] != "-" and not (fields[1] and fields[3])):
                raise ValueError(f"{path}:{number}: expected group, subject, expect, object, sentence (tab-separated)")
            rows.append(Row(*(f.strip() for f in fields), line=number))
    return rows


def _side_matches(name: str, entity: object) -> bool:
    from kg.gazetteer import load_gazetteer

    if name == "*":
        return True
    known = load_gazetteer().lookup(name)
    if known is None:
        return getattr(entity, "label", None) == name
    key, country = getattr(entity, "key", None), getattr(entity, "country", None)
    return key == known.key or (known.key.startswith("country/") and country == known.country)


def found(row: Row, statements: Iterable[object]) -> bool:
    """Whether a statement of the row's sentence is the one the row expects."""
    for s in statements:
        pred = s.predicate  # type: ignore[attr-defined]
        kinds = {pred.name, pred.category, s.coded_category}  # type: ignore[attr-defined]
        if row.expect not in kinds:
            continue
        ways = [(s.subject, s.object)]  # type: ignore[attr-defined]
        if pred.symmetric:
            ways.append((s.object, s.subject))  # type: ignore[attr-defined]
        if any(_side_matches(row.subject, a) and _side_matches(row.object, b) for a, b in ways):
            return True
    return False


def silent(statements: Iterable[object]) -> bool:
    """Whether a distractor's sentence yielded nothing but people's titles."""
    return all(s.predicate.name in TITLE_PREDICATES for s in statements)  # type: ignore[attr-defined]


def run(rows: Sequence[Row]) -> list[tuple[Row, list[object]]]:
    """Extract every row's sentence (each as its own article) with the default extractor."""
    from kg.extract import get_extractor
    from kg.nlp import load_nlp
    from kg.pipeline import analyse
    from kg.read import article_from_text

    nlp, extractor = load_nlp(), get_extractor()
    out = []
    for row in rows:
        article = article_from_text(row.sentence, f"row{row.line}.txt")
        out.append((row, list(analyse(nlp(article.text), article, extractor).statements)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--verbose", action="store_true", help="print every missed row and every distractor that yielded something")
    args = parser.parse_args(argv)
    results = run(read_table(args.table))
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    quiet = [0, 0]
    for row, statements in results:
        if row.distractor:
            quiet[1] += 1
            ok = silent(statements)
            quiet[0] += ok
        else:
            ok = found(row, statements)
            hits[row.group][1] += 1
            hits[row.group][0] += ok
        if args.verbose and not ok:
            said = "; ".join(f"{s.subject.label} {s.predicate.name} {s.object.label}" for s in statements) or "nothing"  # type: ignore[attr-defined]
            print(f"{'DISTRACTOR' if row.distractor else 'MISSED'} {row.group} line {row.line}: {row.sentence}  -> {said}", file=sys.stderr)
    print(f"{'group':<26} {'found':>9} {'recall':>7}")
    total = [0, 0]
    for group in sorted(hits, key=lambda g: (g[0].islower(), g)):
        n_ok, n = hits[group]
        total[0] += n_ok
        total[1] += n
        print(f"{group:<26} {n_ok:>4}/{n:<4} {n_ok / n:>7.2f}")
    print(f"{'all positive rows':<26} {total[0]:>4}/{total[1]:<4} {total[0] / total[1]:>7.2f}")
    print(f"{'distractors silent':<26} {quiet[0]:>4}/{quiet[1]:<4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
