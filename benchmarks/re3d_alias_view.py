"""The re3d scores again, with one armed group's other names counted as its label (for information only).

Usage::

    .venv/bin/python benchmarks/re3d_alias_view.py ../shared/eval/external/re3d_dev.jsonl out/re3d.sys.jsonl

``score_relations.py`` (beside the records file) compares a system label with a gold name as strings, so a
statement that names the right group by its canonical label ("Islamic State", as the gazetteer and Wikidata call
it) never matches a gold side written "ISIL" or "Daesh". This script runs the scorer's own typed and dyad views
with that one difference: the label "Islamic State" also matches the gold names that are its aliases in
``kg/data/armed_groups.tsv``. The official figure is the scorer's; this one says how much of the gap is names.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _aliases() -> tuple[str, set[str]]:
    """The armed-groups table's label of the Islamic State and its other names."""
    for line in (ROOT / "kg" / "data" / "armed_groups.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 3 and cols[1] == "Islamic State":
            return cols[1], {n for col in cols[2:4] for n in col.split("|") if n}
    raise SystemExit("no Islamic State row in kg/data/armed_groups.tsv")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("system", type=Path)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.records.resolve().parent))
    scorer = importlib.import_module("score_relations")
    common = importlib.import_module("common")
    groups = importlib.import_module("mappings").GROUPS
    label, names = _aliases()
    aliases = {common.norm(n) for n in names} | {common.norm(label)}
    plain = scorer.names_match

    def names_match(system_label: str, gold_name: str) -> bool:
        if common.norm(system_label) == common.norm(label) and common.norm(gold_name) in aliases:
            return True
        return plain(system_label, gold_name)

    scorer.names_match = names_match
    records = common.read_jsonl(args.records)
    by_article: dict[str, list[dict]] = collections.defaultdict(list)
    for statement in common.read_jsonl(args.system):
        if statement.get("modality") != "negated":
            by_article[statement["article"]["id"]].append(statement)
    print("view   group                 gold found  sys   ok      P      R     F1")
    for view in ("typed", "dyad"):
        rows, _ = scorer.score_view(records, by_article, groups[view]["re3d"], True, None)
        for r in rows:
            p, rr, f = (("%.3f" % v) if v is not None else "  -  " for v in (r["precision"], r["recall"], r["f1"]))
            print(f"{view:6} {r['group']:20} {r['gold']:5} {r['gold_found']:5} {r['system']:4} {r['system_correct']:4}  {p}  {rr}  {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
