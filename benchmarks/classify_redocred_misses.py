"""Classify the Re-DocRED gold items that `kg extract` misses by what the document says.

usage: python benchmarks/classify_redocred_misses.py RECORDS.jsonl SYSTEM.jsonl [--list FILE]

RECORDS is the converted Re-DocRED file (../shared/eval/external/redocred_dev.jsonl),
SYSTEM the `kg extract --format jsonl` output on it. The matching of gold and system is
the scorer's own (score_relations.py, imported from the RECORDS folder). For every missed
leaderOf -> country (P6, P35), memberOf (P463) and citizenship (P27) item the script looks
for the first of these that holds (a sentence is split at . ! ? followed by a space):

  stated        one sentence names the person (or member) and the country (or organisation)
                with an office word (leaderOf), a membership word (memberOf), or, for
                citizenship, a nationality construction: "the <adj> ... X", "X, a/an <adj>",
                "X is/was a/an <adj>", "X ... born in <country>", "citizen of <country>"
  adjective     (citizenship) a sentence has the country's adjective or name and the person
                but in no construction above
  same-sentence (leaderOf, memberOf) one sentence names both sides, with no office or
                membership word
  title-elsewhere (leaderOf, citizenship) the person carries an office title in a sentence
                without the country, and the country is named elsewhere in the document
  leaders.tsv   the person is an office holder of that country in kg/data/leaders.tsv
  not-stated    none of the above (for memberOf: the two sides never share a sentence)

It is a reading aid, not a parser: the words are matched as strings, so the counts are
approximate; `--list FILE` writes every item with its class for a reader to check.
"""

from __future__ import annotations

import argparse
import collections
import csv
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFICE = re.compile(
    r"\b(president|prime minister|premier|chancellor|king|queen|emperor|empress|monarch|sultan|emir|"
    r"head of (?:state|government)|taoiseach|ruler|reign|dictator|leader|governor-general|"
    r"first minister|chief minister|shah|tsar|czar|pharaoh|regent|conducător|duce|führer)\b",
    re.I,
)
MEMBER = re.compile(r"\b(member|members|membership|joined|join|joins|accession|acceded|admitted|founding|founder|belongs)\b", re.I)


def _scorer(records: Path):
    spec = importlib.util.spec_from_file_location("score_relations", records.parent / "score_relations.py")
    assert spec and spec.loader
    sys.path.insert(0, str(records.parent))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _countries() -> dict[str, tuple[list[str], list[str]]]:
    """iso3 -> (names, adjectives) from the project's gazetteer file."""
    out = {}
    with open(ROOT / "kg/data/countries.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names = [row["name"], row["official_name"]] + [v for v in row["variants"].split("|") if v]
            adjs = [a for a in row["adjectives"].split("|") if a]
            out[row["iso3"]] = ([n for n in names if n], adjs)
    return out


def _leaders() -> dict[str, set[str]]:
    """iso3 -> lower-cased names and aliases of its office holders."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    with open(ROOT / "kg/data/leaders.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["entity"].startswith("country/"):
                iso = row["entity"].split("/", 1)[1]
                out[iso].add(row["name"].lower())
                out[iso].update(a.lower() for a in row["aliases"].split("|") if a)
    return out


def _has(sentence: str, words: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", sentence) for w in words if w)


def _person_words(side: dict) -> list[str]:
    names = list(side["names"]) + [side["text"]]
    out = set(names)
    for n in names:
        toks = [t for t in n.split() if t[:1].isupper() and len(t) > 3]
        if len(toks) > 1:
            out.add(toks[-1])
    return sorted(out, key=len, reverse=True)


def _nationality(sentence: str, person: list[str], adjs: list[str], names: list[str]) -> bool:
    p = "(?:" + "|".join(re.escape(w) for w in person) + ")"
    a = "(?:" + "|".join(re.escape(w) for w in adjs) + ")" if adjs else None
    n = "(?:" + "|".join(re.escape(w) for w in names) + ")"
    shapes = [rf"\bborn\b[^.]*\b{n}\b", rf"\bcitizen(?:ship)? of (?:the )?{n}\b", rf"\b{n}-born\b"]
    if a:
        shapes += [rf"\b{a}(?:\s+[\w-]+){{0,3}}\s+{p}", rf"{p}(?:\s*\([^)]*\))?,? (?:is |was |a |an |the )+(?:[\w-]+ )?{a}\b"]
    return any(re.search(s, sentence) for s in shapes) and _has(sentence, person)


def classify(doc: str, kind: str, subj: dict, obj_names: list[str], adjs: list[str], holders: set[str]) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", doc)
    person = _person_words(subj)
    with_person = [s for s in sentences if _has(s, person)]
    country_words = obj_names + adjs
    if kind == "memberOf":
        both = [s for s in with_person if _has(s, obj_names)]
        if any(MEMBER.search(s) for s in both):
            return "stated"
        return "same-sentence" if both else "not-stated"
    if kind == "leaderOf":
        both = [s for s in with_person if _has(s, country_words)]
        if any(OFFICE.search(s) for s in both):
            return "stated"
    else:
        if any(_nationality(s, person, adjs, obj_names) for s in with_person):
            return "stated"
        if any(_has(s, country_words) for s in with_person):
            return "adjective"
    if any(OFFICE.search(s) for s in with_person) and _has(doc, country_words):
        return "title-elsewhere"
    if any(p.lower() in holders for p in person):
        return "leaders.tsv"
    if kind == "leaderOf" and any(_has(s, country_words) for s in with_person):
        return "same-sentence"
    return "not-stated"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", type=Path)
    ap.add_argument("system", type=Path)
    ap.add_argument("--list", type=Path)
    args = ap.parse_args()
    sr = _scorer(args.records)
    recs = sr.read_jsonl(args.records)
    by_art = collections.defaultdict(list)
    for st in sr.read_jsonl(args.system):
        if st.get("modality") != "negated":
            by_art[sr.slug((st.get("article") or {}).get("id"))].append(st)
    countries, leaders = _countries(), _leaders()
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    rows = []
    for r in recs:
        sts = by_art.get(sr.slug(r["id"]), [])
        seen = set()
        for g in r["expected"]:
            kind = {"P6": "leaderOf", "P35": "leaderOf", "P463": "memberOf"}.get(g["type"])
            if kind is None or (kind == "leaderOf" and not g["object"].get("iso3")):
                continue
            key = (kind, g["subject"]["text"], g["object"]["text"])
            if key in seen:
                continue
            seen.add(key)
            item = dict(g, predicates=[kind])
            if any(sr.matches(s, item, False) for s in sts):
                continue
            iso = g["object"].get("iso3") or ""
            names, adjs = countries.get(iso, ([], []))
            cls = classify(r["text"], kind, g["subject"], list(g["object"]["names"]) + names, adjs, leaders.get(iso, set()))
            table[kind][cls] += 1
            rows.append((r["id"], kind, g["subject"]["text"], g["object"]["text"], cls))
        persons = [e for s in sts for e in (s.get("subject"), s.get("object"), s.get("attributed_to"))
                   if isinstance(e, dict) and e.get("type") == "Person"]
        gold: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        side = {}
        for a in r.get("attributes", []):
            k = tuple(a["person"]["names"])
            gold[k].add(a["iso3"])
            side[k] = a["person"]
        for k, isos in gold.items():
            found = [e for e in persons if sr.side_match(e, {"names": side[k]["names"], "text": side[k]["text"]})]
            if any((e.get("country") or "").upper() in isos for e in found):
                continue
            best = "not-stated"
            order = ["stated", "adjective", "title-elsewhere", "leaders.tsv", "not-stated"]
            for iso in isos:
                names, adjs = countries.get(iso, ([], []))
                c = classify(r["text"], "citizenship", side[k], names, adjs, leaders.get(iso, set()))
                best = min(best, c, key=order.index)
            table["citizenship"][best] += 1
            rows.append((r["id"], "citizenship", side[k]["text"], "|".join(sorted(isos)), best))
    classes = ["stated", "adjective", "same-sentence", "title-elsewhere", "leaders.tsv", "not-stated"]
    print("| missed item | " + " | ".join(classes) + " | total |")
    print("|---|" + "---|" * (len(classes) + 1))
    for kind in ("leaderOf", "memberOf", "citizenship"):
        c = table[kind]
        print(f"| {kind} | " + " | ".join(str(c[x]) if c[x] else "–" for x in classes) + f" | {sum(c.values())} |")
    if args.list:
        with open(args.list, "w", encoding="utf-8") as f:
            for row in rows:
                f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
