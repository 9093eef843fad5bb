"""How much of PETRARCH2's CAMEO verb dictionary the shipped lexicon reaches, per CAMEO root and per predicate.

Usage::

    .venv/bin/python benchmarks/lexicon_coverage.py [--markdown]

Reads the repository's copy of the dictionary (``scripts/data/cameo_verbs.tsv`` and
``cameo_synsets.tsv``, MIT, see ``kg/data/LEXICON-SOURCES.md``) and the shipped lexicon
(``kg/data/lexicon.yaml`` + ``lexicon_petrarch.yaml``, as the extractor loads them).

* A dictionary **verb** (a verb row with an event code) is reached when the lexicon has
  a verb trigger on its lemma (the head word of a multi-word verb) for a predicate of the
  same PLOVER category as the row's code (for root 03, any act category: an intent keeps
  its act's predicate and is coded AGREE; for the structural predicates, the predicate
  itself).
* A dictionary **pattern** (``* SANCTIONS``, ``* (TO BORDER)``) of a verb block is reached
  when the lexicon has, for the block's head verb, a bare trigger of that category (it
  covers every pattern of the verb) or a trigger whose required word is the pattern's
  first word after the verb (the same reading as ``scripts/mine_petrarch.py``). A pattern whose
  first item is a braced phrase of several words (``* {SPY MISSIONS}``) must appear whole, which a
  trigger of one object word cannot say: the miner leaves it out, and unless a bare trigger reaches
  it, it is counted apart (column "phrases left out").

With ``--nouns``, the same per CAMEO root for the **event nouns** of the verbs the lexicon reads on their own
(``scripts/data/event_nouns.tsv``, derived from WordNet 3.0's derivational links and curated by
``scripts/build_event_nouns.py``: expel -> expulsion, ratify -> ratification): a kept noun is reached when the
lexicon has a noun trigger on it of the noun's PLOVER category, or the noun is an -ing form the gerund path
reads as its verb; the nouns left out are counted with their reasons.

Rows are grouped by the root of their active code, and by the predicate
``scripts/mine_petrarch.py`` maps the code to. Rows whose code maps to no predicate
(root 01, the domestic-reform codes 024, 034, 104, null codes) are listed as left out.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "data"


def _miner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mine_petrarch", ROOT / "scripts" / "mine_petrarch.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["mine_petrarch"] = module
    spec.loader.exec_module(module)
    return module


def coverage(
    verbs_path: Path = DATA / "cameo_verbs.tsv", synsets_path: Path = DATA / "cameo_synsets.tsv", missing: dict[str, set[str]] | None = None
) -> dict[str, dict[str, dict[str, list[int]]]]:
    """{"root"|"predicate": {group: {"verbs": [reached, total], "patterns": [reached, total], "phrases": [left out, 0]}}}.

    ``phrases`` counts the patterns not reached whose first item is a braced phrase of several words (the miner
    leaves them out: a trigger holds one object word); they are among the ``patterns`` total.

    ``missing``, if given, is filled with the dictionary verbs not reached, per root.
    """
    from kg.extract.lexicon import load_lexicon

    miner = _miner()
    lexicon = load_lexicon()
    synsets = miner._synsets(synsets_path)
    rows = list(csv.DictReader(verbs_path.open(encoding="utf-8"), delimiter="\t"))
    heads = {r["verb_block"]: r["verb_head"].strip().lower() for r in rows if r["entry_type"] == "verb" and r["verb_lemma"].strip().lower() == r["verb_head"].strip().lower()}

    def wanted(code: str, plover: str) -> tuple[set[str], str | None]:
        pred = miner.predicate_for(code)
        if code[:2] == "03":  # an intent keeps its act's predicate
            return {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}, pred
        return ({plover} if plover else set()), pred

    def triggers(lemma: str, cats: set[str], pred: str | None) -> list[object]:
        return [t for t in lexicon.verbs.get(lemma, ()) if t.predicate.category in cats or t.predicate.name == pred]

    table: dict[str, dict[str, dict[str, list[int]]]] = {"root": defaultdict(lambda: {"verbs": [0, 0], "patterns": [0, 0], "phrases": [0, 0]}), "predicate": defaultdict(lambda: {"verbs": [0, 0], "patterns": [0, 0], "phrases": [0, 0]})}
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        code = row["cameo_code"].strip()
        if not code[:1].isdigit():
            continue
        root, pred = code[:2], miner.predicate_for(code)
        cats, _ = wanted(code, row["plover_category"].strip())
        if row["entry_type"] == "verb":
            lemma = row["verb_head"].strip().lower() or row["verb_lemma"].strip().lower().split()[0]
            key = ("verb", lemma, code)
            if key in seen:
                continue
            seen.add(key)
            ok = bool(triggers(lemma, cats, pred))
            kind = "verbs"
            if missing is not None and not ok:
                missing.setdefault(root, set()).add(f"{row['verb_lemma'].strip().lower()} ({code})")
        else:
            lemma = heads.get(row["verb_block"], row["verb_lemma"].strip().lower().split()[0] if row["verb_lemma"].strip() else "")
            tail = miner.pattern_words(row["pattern"], synsets)
            words = set(tail.split()[0].split("|")) if tail else set()
            found = triggers(lemma, cats, pred)
            ok = any(not t.extra or (words and not words.isdisjoint(t.extra)) for t in found)
            kind = "patterns"
        for axis, group in (("root", root), ("predicate", pred or "(left out)")):
            cell = table[axis][group][kind]
            cell[1] += 1
            cell[0] += ok
            if kind == "patterns" and not ok and (miner._braced_phrase(row["pattern"]) or miner._words_after_object(row["pattern"])):
                table[axis][group]["phrases"][0] += 1
    return table


ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest",
    "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault", "19": "fight",
    "20": "unconventional mass violence",
}


#: Per root: what the dictionary verbs the lexicon does not reach are, and why they stay out (``--missing ROOT``
#: lists them). Every root 02-19 reaches at least 70% of its patterns but the phrases left out (tests/test_extract_lexicon.py).
ROOT_STATEMENTS = {
    "01": "out: PLOVER has no category for public statements",
    "02": "out: desire, hope (a wish to see an actor act is read as an invitation by its own rule); patterns: appeals for domestic reform (024)",
    "03": "out: aim, endeavour, strive (an aim is the modality of the act aimed at, coded as its intent); patterns: domestic reform (034)",
    "04": "out: verbs of thought (think, ponder, mull, weigh, reconsider) and of learning (hear, learn), which meet no one; summon and invite are coded PROTEST and REQUEST (informing one is consulting since session 22: notify, apprise, contact, cable)",
    "05": "out: cooperate, collaborate, coordinate (coded COOPERATE), agree (AGREE), ally (strategicPartnerOf), bargaining verbs with no act towards a country (bargain, deal, haggle, barter), verbs of esteem with no addressee (esteem, exalt, favour, prefer, prize, value, bless, glorify) and generic verbs (affect, influence, organise, integrate, harmonise, exult, sanctify)",
    "06": "out: arm, equip, furnish, outfit, stock (coded as military aid, 072); generic verbs (combine, merge, link, improve, ease, simplify)",
    "07": "out: defend, guard, ward (074; defend is verbal support, 052), intervene, interfere (no aid in news prose)",
    "08": "out: withdraw, retreat, disengage (coded RETREAT, 087); legal relief at home (acquit, exonerate, legalise, decriminalise)",
    "09": "all reached",
    "10": "all reached; patterns: demands for domestic reform (104) stay out",
    "11": "out: verbs of contempt or shame that name no act against another (abhor, blaspheme, curse, debase, defile, degrade, despair, disgrace, humble, humiliate, jeer, scoff, savage, crucify, slight), renounce, compensate; rebuff, snub, spurn are coded REJECT; disappoint, discourage, dishearten, dismay, sadden (their one pattern, \"* (BY {BROKEN PROMISES})\", needs its phrase whole)",
    "12": "out: defect, override, overrule (a party or a court at home)",
    "13": "all reached",
    "14": "out: PETRARCH2's 140 synonym set (annoy, bother, vex, irritate, pester, harass, provoke, upset): no protest against a country; the protest verbs themselves are reached",
    "15": "all reached",
    "16": "out: betray, spy, countermine, disarray, disorder (160): no reduction of relations on their own",
    "17": "out: verbs whose bare use is too general in news prose (curb, fine, tax, sentence, pull, extract, appropriate, overturn, moderate)",
    "18": "out: lash, slap, whip (sports and figurative senses) and a two-verb row (kidnapped and killed)",
    "19": "out: circle, ring, surround (generic) and a two-verb row (attacked and stabbed); defeat, crush are reached only with a weapon or target word (sports pages)",
    "20": "all verbs reached; 3 of 6 patterns need multi-word objects",
}


def noun_coverage(table: Path = DATA / "event_nouns.tsv", missing: dict[str, set[str]] | None = None) -> tuple[dict[str, list[int]], Counter[str]]:
    """{CAMEO root: [kept nouns reached, kept nouns]} and the count of derived nouns left out per reason."""
    from kg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    rows = list(csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"))
    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    out: Counter[str] = Counter()
    for row in rows:
        if row["kept"] == "other reading":
            continue
        if row["kept"] != "yes":
            reason = row["kept"]
            out["gerund (the verb's path reads it)" if reason.startswith("a gerund") else "ambiguous" if reason.startswith("ambiguous")
                else "the act is a late WordNet sense" if reason.startswith("the act is") else "curated out"] += 1
            continue
        noun, category = row["noun"], row["category"]
        ok = any((t.category or t.predicate.category) == category for t in lexicon.nouns.get(noun, ()))
        cell = cells[row["root"]]
        cell[1] += 1
        cell[0] += ok
        if missing is not None and not ok:
            missing.setdefault(row["root"], set()).add(f"{noun} ({row['verb']}, {row['predicate']})")
    return cells, out


def _pct(cell: list[int]) -> str:
    return f"{cell[0]:>4}/{cell[1]:<4} {cell[0] / cell[1]:>5.0%}" if cell[1] else f"{'-':>10}     "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missing", metavar="ROOT", help="list the dictionary verbs of this CAMEO root (e.g. 14) the lexicon does not reach")
    parser.add_argument("--nouns", action="store_true", help="the event-noun table (with --missing: the nouns not reached)")
    args = parser.parse_args(argv)
    missing: dict[str, set[str]] = {}
    if args.nouns:
        cells, out = noun_coverage(missing=missing)
        if args.missing:
            print("\n".join(sorted(missing.get(args.missing.zfill(2), set()))))
            return 0
        print("| CAMEO root | event nouns reached |")
        print("|---|---|")
        for root in sorted(cells):
            print(f"| {root} {ROOT_NAMES.get(root, '')} | {_pct(cells[root])} |")
        total = [sum(c[0] for c in cells.values()), sum(c[1] for c in cells.values())]
        print(f"| all | {_pct(total)} |")
        print()
        print("derived nouns left out: " + ", ".join(f"{reason} {n}" for reason, n in sorted(out.items())))
        return 0
    table = coverage(missing=missing)
    if args.missing:
        print("\n".join(sorted(missing.get(args.missing.zfill(2), set()))))
        return 0
    from kg.extract.lexicon import load_lexicon
    from kg.vocab import predicates

    lexicon = load_lexicon()
    own: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # predicate -> [curated, mined] triggers
    for kind in (lexicon.verbs, lexicon.nouns, lexicon.adjectives):
        for triggers in kind.values():
            for t in triggers:
                own[t.predicate.name][t.weight < 1.0] += 1
    print("| CAMEO root | dictionary verbs reached | dictionary patterns reached | phrases left out | what stays out, and why |")
    print("|---|---|---|---|---|")
    for group in sorted(table["root"]):
        cell = table["root"][group]
        print(f"| {group} {ROOT_NAMES.get(group, '')} | {_pct(cell['verbs'])} | {_pct(cell['patterns'])} | {cell['phrases'][0]} | {ROOT_STATEMENTS.get(group, '')} |")
    print()
    print("| predicate | category | dictionary verbs reached | dictionary patterns reached | phrases left out | curated triggers | mined triggers |")
    print("|---|---|---|---|---|---|---|")
    empty = {"verbs": [0, 0], "patterns": [0, 0], "phrases": [0, 0]}
    for name, pred in sorted(predicates().items(), key=lambda kv: (kv[1].category, kv[0])):
        cell = table["predicate"].get(name, empty)
        print(f"| {name} | {pred.category} | {_pct(cell['verbs'])} | {_pct(cell['patterns'])} | {cell['phrases'][0]} | {own[name][0]} | {own[name][1]} |")
    cell = table["predicate"].get("(left out)", empty)
    print(f"| (codes mapped to no predicate) | - | {_pct(cell['verbs'])} | {_pct(cell['patterns'])} | {cell['phrases'][0]} | - | - |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
