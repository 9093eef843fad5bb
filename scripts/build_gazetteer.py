#!/usr/bin/env python3
"""Build the offline gazetteers ``kg/data/countries.tsv`` and ``kg/data/organizations.tsv``.

Dev-time only: the shipped TSVs need none of the inputs at runtime.

    python scripts/build_gazetteer.py ../shared/reference/countries.tsv

Inputs: pycountry (codes, names, official names), the reference country table
(CountryInfo/PETRARCH2/OWID, CC BY-SA 3.0: wikidata ids, some English variants and
demonyms) and the hand curation in ``scripts/gazetteer_overrides.yaml`` (most of the
knowledge; organisations are curated there entirely). The reference strings are
noisy, so only a few survive: a variant must contain a curated name of its own
country as a whole word, an adjective must start like the country name, and both
pass the per-country ``drop`` lists. The script fails loudly on any check.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
COUNTRY_COLUMNS = ["iso3", "wikidata", "name", "official_name", "status", "variants", "adjectives", "metonyms"]
ORG_COLUMNS = ["id", "label", "acronyms", "variants", "wikidata", "kind"]
ORG_KINDS = {"igo", "organ", "forum"}
REQUIRED_QIDS = {"AZE": "Q227", "USA": "Q30", "ARM": "Q399", "FRA": "Q142", "RUS": "Q159", "CHN": "Q148",
                 "IND": "Q668", "JPN": "Q17", "TUR": "Q43", "GBR": "Q145", "DEU": "Q183", "NLD": "Q55",
                 "XKX": "Q1246", "TWN": "Q865", "PSE": "Q219060", "VAT": "Q237"}
STATUSES = ("member", "observer", "partially recognised", "unrecognised", "non-self-governing territory", "former state")
SMALL_WORDS = {"of", "the", "and", "de", "da", "du", "des", "la", "le", "y", "e", "et", "for", "in"}
DEMONYM_ENDINGS = ("an", "ian", "ean", "ese", "i", "ish", "ic", "er", "ois", "ene", "ite", "ot", "ch", "k", "e")
REF_VARIANT_CHARS = re.compile(r"^[A-Z][A-Z .'\-]*[A-Z.]$")


def fold(text: str) -> str:
    """ASCII-fold: drop diacritics (Türkiye → Turkiye, Élysée → Elysee)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def uniq(items, exclude=()) -> list[str]:
    """Strip, drop empties and case-insensitive duplicates (and anything in ``exclude``), keep order."""
    seen = {e.casefold() for e in exclude}
    out = []
    for item in items:
        item = " ".join(str(item).split())
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def with_folded(items: list[str]) -> list[str]:
    """Each string followed by its ASCII-folded form when that differs."""
    return [x for item in items for x in (item, fold(item))]


def title_case(text: str, acronyms: set[str]) -> str:
    """Sentence-style title case for an UPPER-CASE reference string ("REPUBLIC OF X" → "Republic of X")."""
    words = []
    for i, word in enumerate(text.split()):
        parts = []
        for j, part in enumerate(word.split("-")):
            if part in acronyms or "." in part:
                parts.append(part)
            elif (i or j) and part.lower() in SMALL_WORDS:
                parts.append(part.lower())
            elif re.match(r"^[DL]'", part):
                parts.append(part[:2].lower() + part[2:].capitalize())
            else:
                parts.append(part.capitalize())
        words.append("-".join(parts))
    return " ".join(words)


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def read_reference(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["iso3"]: row for row in csv.DictReader(f, delimiter="\t")}


def contains_word(text: str, needle: str) -> bool:
    return re.search(r"(?<![\w'])" + re.escape(needle) + r"(?![\w'])", text) is not None


def reference_variants(row: dict, anchors: list[str], acronyms: set[str], drop: set[str]) -> list[str]:
    """Reference variants that contain one of this country's curated names as a whole word."""
    kept = []
    for raw in split(row.get("variants", "")):
        if not REF_VARIANT_CHARS.match(raw):
            continue  # parentheses, digits, commas, replacement characters, foreign letters
        text = title_case(raw, acronyms)
        if text.casefold() in drop:
            continue
        if any(contains_word(fold(text).casefold(), fold(a).casefold()) for a in anchors):
            kept.append(text)
    return kept


def reference_adjectives(row: dict, name: str, drop: set[str]) -> list[str]:
    """Reference demonyms that extend the country name's stem and end like a demonym (misspellings fail)."""
    stem = re.sub(r"[aeiouys]+$", "", fold(name).casefold().replace(" ", ""))
    kept = []
    for raw in split(row.get("adjectives", "")):
        word = raw.capitalize()
        low = fold(word).casefold()
        if raw.isalpha() and len(low) > len(stem) and low.startswith(stem) and low.endswith(DEMONYM_ENDINGS) \
                and low not in drop:
            kept.append(word)
    return kept


def build_country(iso3: str, ref: dict, cur: dict, cfg: dict, report: dict) -> dict[str, str]:
    acronyms, blocklist = set(cfg["acronyms"]), {b.casefold() for b in cfg["blocklist"]}
    pc = pycountry.countries.get(alpha_3=iso3)
    py_names = [getattr(pc, a, None) or "" for a in ("name", "official_name", "common_name")] if pc else []
    name = cur.get("name") or (pc and (getattr(pc, "common_name", None) or pc.name))
    official = cur.get("official_name") or (pc and (getattr(pc, "official_name", None) or pc.name)) or name
    drop = {d.casefold() for d in cur.get("drop", [])} | blocklist
    own = {fold(n).casefold() for n in [name, official, *filter(None, py_names), *cur.get("variants", [])]}
    adjectives = uniq(with_folded(cur.get("adjectives", [])))
    from_ref_adj = reference_adjectives(ref, name, drop | own | {fold(a).casefold() for a in adjectives})
    report["ref_adjectives"] += [f"{iso3}: {a}" for a in from_ref_adj]
    adjectives = uniq(adjectives + from_ref_adj)
    if "metonyms" in cur:
        metonyms = uniq(with_folded(cur["metonyms"]))
    else:  # fall back on the reference capital
        metonyms = uniq(title_case(c, acronyms) for c in split(ref.get("capital", ""))[:1])
    formal = [o for o in uniq([official, *py_names[1:2], *cur.get("variants", [])]) if o != name
              and re.match(r"(?i)^(the )?([\w'-]+ )*(Republic|Kingdom|States?|Commonwealth|Confederation|Federation|"
                           r"Principality|Duchy|Sultanate|Emirate|Union|United)\b", o)]
    the_forms = [o[4:] if o.lower().startswith("the ") else "the " + o for o in formal]
    curated = [*filter(None, py_names), *cur.get("variants", []), *the_forms]
    anchors = uniq([name, *curated])
    from_ref = reference_variants(ref, anchors, acronyms, drop)
    taken = [name, official, *adjectives, *metonyms]
    variants = uniq(with_folded(curated + from_ref), exclude=taken)
    report["ref_variants"] += [f"{iso3}: {v}" for v in uniq(from_ref, exclude=uniq(with_folded(curated)) + taken)]
    for column, values in (("variants", variants), ("adjectives", adjectives), ("metonyms", metonyms)):
        report["blocked"] += [f"{iso3} {column}: {v}" for v in values if v.casefold() in blocklist]
    clean = lambda values: [v for v in values if v.casefold() not in blocklist]
    capital = fold(ref.get("capital", "").split("|")[0]).casefold()
    if capital and capital not in {fold(m).casefold() for m in metonyms}:
        report["capital_not_metonym"].append(f"{iso3}: {ref['capital'].split('|')[0]}")
    return {"iso3": iso3, "wikidata": cur.get("wikidata") or ref.get("wikidata", ""), "name": name,
            "official_name": official, "status": cur.get("status") or ref.get("un_status", ""),
            "variants": "|".join(clean(variants)), "adjectives": "|".join(clean(adjectives)),
            "metonyms": "|".join(clean(metonyms))}


def build_organizations(cfg: dict) -> list[dict[str, str]]:
    rows = []
    for org in cfg["organizations"]:
        acronyms = uniq(org.get("acronyms", []), exclude=[org["label"]])
        variants = uniq(with_folded([org["label"], *org.get("variants", [])]), exclude=[org["label"], *acronyms])
        rows.append({"id": org["id"], "label": org["label"], "acronyms": "|".join(acronyms),
                     "variants": "|".join(variants), "wikidata": org.get("wikidata") or "", "kind": org["kind"]})
    return rows


def surfaces(rows: list[dict], key: str, fields: list[str]) -> dict[str, set[str]]:
    """casefolded string → the keys of the rows that list it."""
    index: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for field in fields:
            for value in split(row[field]):
                index[value.casefold()].add(row[key])
    return index


def check(countries: list[dict], orgs: list[dict], ref: dict) -> list[str]:
    """Every self-check; returns the list of failures (empty when all pass)."""
    errors = []
    by_iso = {r["iso3"]: r for r in countries}
    statuses = defaultdict(int)
    for r in countries:
        statuses[r["status"]] += 1
        for column in COUNTRY_COLUMNS:
            if any(ch in r[column] for ch in "\t\n\r") or (column not in ("variants", "adjectives", "metonyms")
                                                          and "|" in r[column]):
                errors.append(f"{r['iso3']}: bad character in {column}")
        if not re.fullmatch(r"Q\d+", r["wikidata"]):
            errors.append(f"{r['iso3']}: bad wikidata {r['wikidata']!r}")
        names = {v.casefold() for v in [r["name"], r["official_name"], *split(r["variants"])]}
        adjs, mets = ({v.casefold() for v in split(r[c])} for c in ("adjectives", "metonyms"))
        errors += [f"{r['iso3']}: {v!r} in two columns" for v in sorted((names & adjs) | (names & mets) | (adjs & mets))]
    if (statuses["member"], statuses["observer"]) != (193, 2) or set(statuses) - set(STATUSES):
        errors.append(f"status counts {dict(statuses)}")
    missing = {i for i, r in ref.items() if r["un_status"] in ("member", "observer")} - set(by_iso)
    errors += [f"missing {i}" for i in sorted(missing | ({"XKX", "TWN"} - set(by_iso)))]
    qids = defaultdict(list)
    for r in countries:
        qids[r["wikidata"]].append(r["iso3"])
    errors += [f"wikidata {q} shared by {isos}" for q, isos in qids.items() if len(isos) > 1]
    errors += [f"{i}: wikidata {by_iso[i]['wikidata']} != {q}" for i, q in REQUIRED_QIDS.items()
               if i in by_iso and by_iso[i]["wikidata"] != q]
    for iso3, row in ref.items():  # pycountry names of UN members must be findable in their own row
        pc = pycountry.countries.get(alpha_3=iso3)
        if row["un_status"] != "member" or iso3 not in by_iso:
            continue
        r = by_iso[iso3]
        known = {iso3.casefold(), r["name"].casefold(), r["official_name"].casefold(),
                 *(v.casefold() for v in split(r["variants"]))}
        for attr in ("name", "official_name", "alpha_3"):
            value = getattr(pc, attr, None)
            if value and value.casefold() not in known:
                errors.append(f"{iso3}: pycountry {attr} {value!r} not listed")
    country_index = surfaces(countries, "iso3", ["name", "official_name", "variants", "adjectives", "metonyms"])
    errors += [f"collision: {s!r} -> {sorted(k)}" for s, k in country_index.items() if len(k) > 1]
    ids = [o["id"] for o in orgs]
    errors += [f"org id {i} duplicated or not an upper-case slug" for i in ids
               if ids.count(i) > 1 or not re.fullmatch(r"[A-Z][A-Z0-9]*", i)]
    errors += [f"org {o['id']}: kind {o['kind']!r}" for o in orgs if o["kind"] not in ORG_KINDS]
    org_qids = [o["wikidata"] for o in orgs if o["wikidata"]]
    errors += [f"org wikidata {q} bad or duplicated" for q in set(org_qids)
               if org_qids.count(q) > 1 or not re.fullmatch(r"Q\d+", q) or q in qids]
    org_index = surfaces(orgs, "id", ["label", "acronyms", "variants"])
    errors += [f"org collision: {s!r} -> {sorted(k)}" for s, k in org_index.items() if len(k) > 1]
    errors += [f"org/country collision: {s!r} -> {sorted(k)} / {sorted(country_index[s])}"
               for s, k in org_index.items() if s in country_index]
    if len(orgs) < 70:
        errors.append(f"only {len(orgs)} organisations")
    return errors


def write_tsv(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(row[c] for c in columns) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", default="../shared/reference/countries.tsv", type=Path)
    parser.add_argument("--overrides", type=Path, default=ROOT / "scripts" / "gazetteer_overrides.yaml")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "kg" / "data")
    parser.add_argument("-v", "--verbose", action="store_true", help="list reference strings kept and skipped")
    args = parser.parse_args(argv)

    cfg = yaml.safe_load(args.overrides.read_text(encoding="utf-8"))
    ref = read_reference(args.reference)
    curated = cfg["countries"]
    unknown = set(curated) - set(ref) - set(cfg["extra"])
    if unknown:
        sys.exit(f"overrides for unknown iso3: {sorted(unknown)}")
    report: dict[str, list[str]] = defaultdict(list)
    entities = sorted(set(ref) | set(cfg["extra"]))
    countries = [build_country(i, ref.get(i, {}), {**cfg["extra"].get(i, {}), **curated.get(i, {})}, cfg, report)
                 for i in entities]
    orgs = build_organizations(cfg)

    errors = check(countries, orgs, ref)
    if args.verbose:
        for section, lines in report.items():
            print(f"## {section} ({len(lines)})", *lines, sep="\n  ")
    if errors:
        print(f"{len(errors)} check(s) failed:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    write_tsv(args.out_dir / "countries.tsv", COUNTRY_COLUMNS, countries)
    write_tsv(args.out_dir / "organizations.tsv", ORG_COLUMNS, orgs)
    count = lambda rows, col: sum(len(split(r[col])) for r in rows)
    statuses = {s: sum(r["status"] == s for r in countries) for s in STATUSES}
    print(f"countries.tsv: {len(countries)} rows {statuses}; {count(countries, 'variants')} variants, "
          f"{count(countries, 'adjectives')} adjectives, {count(countries, 'metonyms')} metonyms; "
          f"{len(report['ref_variants'])} variants taken from the reference")
    print(f"organizations.tsv: {len(orgs)} rows; {sum(bool(o['wikidata']) for o in orgs)} with wikidata; "
          f"{count(orgs, 'acronyms')} acronyms, {count(orgs, 'variants')} variants")
    print("checks passed: unique strings and wikidata ids, required ids, pycountry coverage, statuses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
