"""Score the person index (`kg extract --format people`) for citizenship (Re-DocRED P27).

usage: python benchmarks/person_index_p27.py RECORDS.jsonl PEOPLE.jsonl [SYSTEM.jsonl]

`score_relations.py` scores P27 as the `country` of the Person entities that appear in
statements (subject, object, attributed_to) only. This script gives the same scorer
function (imported from the RECORDS folder, unchanged) the persons of the person index
instead, so that every person an article names counts, and prints both figures when the
statements file SYSTEM.jsonl is given too.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path


def _scorer(records: Path):
    sys.path.insert(0, str(records.parent))
    spec = importlib.util.spec_from_file_location("score_relations", records.parent / "score_relations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    records, people = Path(sys.argv[1]), Path(sys.argv[2])
    sr = _scorer(records)
    recs = sr.read_jsonl(records)
    by_art = collections.defaultdict(list)
    for row in sr.read_jsonl(people):
        # the scorer reads persons from the sides of a record: give it the index's person as one
        by_art[sr.slug(row["article"]["id"])].append({"subject": row["person"]})
    log: list[tuple[object, ...]] = []
    print("person index:", json.dumps(sr.score_p27(recs, by_art, log)))
    if len(sys.argv) == 4:
        statements = collections.defaultdict(list)
        for st in sr.read_jsonl(Path(sys.argv[3])):
            if st.get("modality") != "negated":
                statements[sr.slug((st.get("article") or {}).get("id"))].append(st)
        print("statements:  ", json.dumps(sr.score_p27(recs, statements, [])))


if __name__ == "__main__":
    main()
