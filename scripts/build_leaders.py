#!/usr/bin/env python3
"""Build the offline office-holders table ``kg/data/leaders.tsv``.

Dev-time only: the shipped TSV needs none of the inputs at runtime.

    python scripts/build_leaders.py ../shared/reference/leaders.tsv

Two inputs:

* ``scripts/leaders_curated.tsv`` (hand curation): heads of state, heads of
  government and foreign ministers with the dates of their tenure, plus the heads
  of the UN and NATO. These rows carry an ``office`` and a ``title`` and are the
  only ones used to name the holder of an office on a date.
* the reference table of dated government members from the PETRARCH2 Phoenix
  dictionaries (MIT, Open Event Data Alliance; it ends around 2014). Only rows
  whose role code starts with ``GOV`` (government, not ``ELI`` elites out of
  office), whose name has at least two words and names members of one country
  only are kept, title-cased, with office ``official``: they tell which country
  a named person belongs to, not which office they held. Persons of the curated
  table are not repeated.

The script checks its output (columns, dates, known offices and entities) and
exits with status 1 without writing when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["entity", "office", "title", "name", "aliases", "from", "to", "leader", "wikidata", "source"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "other", "official"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NAME = re.compile(r"^[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*)+$")


def title_case(name: str) -> str:
    """Proper-case an upper-case name ("ABDUL AL-HAKIM" → "Abdul Al-Hakim")."""
    return " ".join("-".join(p.capitalize() for p in word.split("-")) for word in name.split())


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def known_entities() -> set[str]:
    keys = {f"country/{r['iso3']}" for r in read_tsv(ROOT / "kg/data/countries.tsv")}
    return keys | {f"org/{r['id']}" for r in read_tsv(ROOT / "kg/data/organizations.tsv")}


def curated_rows(path: Path) -> list[dict[str, str]]:
    rows = read_tsv(path)
    for row in rows:
        row["source"] = "curated"
    return rows


def reference_rows(path: Path, skip_names: set[str]) -> list[dict[str, str]]:
    """Government members of the reference table whose name names one country."""
    rows = [r for r in read_tsv(path) if r["role_code"].startswith("GOV") and NAME.match(r["name"])]
    countries: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        countries[row["name"]].add(row["iso3"])
    spans: dict[tuple[str, str], dict[str, str]] = {}
    for row in rows:
        name = title_case(row["name"])
        if len(countries[row["name"]]) != 1 or name.casefold() in skip_names:
            continue
        if row["from"] and row["to"] and row["to"] < row["from"]:
            continue  # one source row has its dates swapped (line 14190); no date is better than a wrong one
        # One row per person: the first start and the last end of their government roles.
        found = spans.setdefault((name, row["iso3"]), {
            "entity": f"country/{row['iso3']}", "office": "official", "title": "", "name": name,
            "aliases": "", "from": row["from"], "to": row["to"], "leader": "", "wikidata": "",
            "source": f"phoenix:{row['source_line']}",
        })
        found["from"] = min(found["from"], row["from"]) if found["from"] and row["from"] else ""
        found["to"] = max(found["to"], row["to"]) if found["to"] and row["to"] else ""
    kept = list(spans.values())
    return kept


def check(rows: list[dict[str, str]], entities: set[str]) -> list[str]:
    problems = []
    for i, row in enumerate(rows, 2):
        if row["office"] not in OFFICES:
            problems.append(f"row {i}: unknown office {row['office']!r}")
        for column in ("from", "to"):
            if row[column] and not DATE.match(row[column]):
                problems.append(f"row {i}: bad {column} date {row[column]!r}")
        if row["from"] and row["to"] and row["to"] < row["from"]:
            problems.append(f"row {i}: ends before it starts")
        if row["source"] == "curated" and row["entity"] not in entities:
            problems.append(f"row {i}: unknown entity {row['entity']!r}")
        if row["source"] == "curated" and not (row["title"] and row["from"]):
            problems.append(f"row {i}: a curated row needs a title and a start date")
        if row["wikidata"] and not re.fullmatch(r"Q\d+", row["wikidata"]):
            problems.append(f"row {i}: bad wikidata id {row['wikidata']!r}")
        if any("\t" in v or "\n" in v for v in row.values()):
            problems.append(f"row {i}: tab or newline in a cell")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reference", type=Path, help="the reference leaders.tsv (Phoenix dictionaries)")
    parser.add_argument("--curated", type=Path, default=ROOT / "scripts/leaders_curated.tsv")
    parser.add_argument("--out", type=Path, default=ROOT / "kg/data/leaders.tsv")
    args = parser.parse_args()
    curated = curated_rows(args.curated)
    skip = {r["name"].casefold() for r in curated} | {a.casefold() for r in curated for a in r["aliases"].split("|") if a}
    rows = curated + reference_rows(args.reference, skip)
    problems = check(rows, known_entities())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in COLUMNS} for row in rows)
    print(f"{args.out}: {len(curated)} curated office-holders, {len(rows) - len(curated)} reference government members "
          f"(built {dt.date.today().isoformat()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
