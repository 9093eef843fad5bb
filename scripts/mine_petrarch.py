"""Mine PETRARCH2's CAMEO verb dictionary into a lexicon file of our format.

Usage (from the repository root; regenerates the shipped file from the repository's copy)::

    .venv/bin/python scripts/mine_petrarch.py

or with other paths: ``scripts/mine_petrarch.py VERBS.tsv SYNSETS.tsv -o OUT.yaml``. The
coverage of the result, per CAMEO root and per predicate, is reported by
``benchmarks/lexicon_coverage.py``.

Input: ``scripts/data/cameo_verbs.tsv`` and ``scripts/data/cameo_synsets.tsv``, a tabular copy of
``petrarch2/data/dictionaries/CAMEO.2.0.txt`` (openeventdata/petrarch2, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence, (c) 2015 Open Event Data
Alliance); see ``kg/data/LEXICON-SOURCES.md``.

What is converted (everything else is left out, and counted on stderr):

* verb rows whose code (their own or the block's) maps to a predicate of the
  vocabulary (:data:`CODE_TO_PREDICATE`, longest code prefix wins) become verb
  triggers; multi-word verbs whose first word is the verb ("+CALL_OFF") keep
  their second word as a required particle ("call off");
* pattern rows whose code maps to a predicate and whose first element after the
  verb is a noun (``* SANCTIONS``, ``* {STATEMENT}``; a braced phrase of several
  words, ``* {SPY MISSIONS}``, must appear whole in PETRARCH2, which a trigger of
  one object word cannot say: it is left out, not cut to its last word), a synset (``* &FOOD``: every member) or a prepositional phrase
  (``* (TO BORDER)``: "deploy to border", the preposition and its object;
  ``* (AGAINST)``: the preposition alone, unless it is a weak one such as
  "to" or "for") become triggers for every verb of the block (see
  ``kg/extract/lexicon.py`` for how they match);
* a pattern of agreement whose object is a group a state sends abroad (``groups`` of ``kg/data/led_groups.yaml``:
  "OVERSEE_MANAGE * DELEGATION", "SEND * MISSION", 036) is left out: the dictionary codes the group's going to
  talk, which our agreesTo would state as an agreement to the delegation ("X managed a delegation"); the hand
  lexicon reads the visit ("sent a delegation to Y", "led a mission to Y");
* patterns that only constrain words before the verb, passive-only codes
  (``[:YYY]``), null codes (``[---]``) and root 01 (public statements, no PLOVER
  category) are not converted.

Verbs listed in :data:`TOO_GENERAL` are kept only with a pattern word: their
bare use codes an event in PETRARCH's dictionary but in news prose they mostly
mean something else ("fail", "decide", "seek").
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

# CAMEO code prefix -> predicate of kg/data/predicates.tsv. The longest prefix wins; None:
# not converted (appeals for, intents of and demands for domestic political reform:
# "hold elections", "declare independence" are no relation between countries).
CODE_TO_PREDICATE: dict[str, str | None] = {
    "024": None,
    "034": None,
    "104": None,
    "02": "demands",
    "020": "demands",
    "026": "invites",
    "03": "agreesTo",
    "04": "meetsWith",
    "042": "visits",
    "045": "mediates",
    "05": "supports",
    "051": "praises",
    "054": "diplomaticRelationsWith",
    "057": "signsAgreementWith",
    "06": "cooperatesWith",
    "061": "cooperatesWith",
    "07": "providesAidTo",
    "08": "concedes",
    "086": "withdrawsFrom",
    "087": "withdrawsFrom",
    "09": "investigates",
    "10": "demands",
    "11": "criticizes",
    "112": "accuses",
    "12": "rejects",
    "13": "threatens",
    "14": "protests",
    "15": "mobilizes",
    "16": "sanctions",
    "166": "sanctions",
    "17": "coerces",
    "1712": "attacks",
    "175": "attacks",
    "18": "attacks",
    "19": "attacks",
    "191": "coerces",  # impose blockade, restrict movement: CAMEO2PLOVER files it under COERCE
    "192": "occupies",
    "20": "attacks",
}

# Bare verbs (without a pattern word) are converted only for these predicates: their
# PETRARCH2 blocks are specific ("assassinate", "deport", "annex"). The blocks of the
# other predicates hold generic verbs ("improve", "think", "reveal") that code an
# event only in PETRARCH2's own context; hand-written triggers cover their core verbs.
BARE_PREDICATES = {"attacks", "coerces", "occupies", "threatens", "accuses", "investigates", "mobilizes", "sanctions", "providesAidTo", "mediates"}

# Mined triggers are trusted less than hand-written ones (multiplies the confidence).
MINED_WEIGHT = 0.9

TOO_GENERAL = {
    "apply", "ask", "be", "become", "bring", "call", "come", "decide", "determine", "do", "fail",
    "find", "get", "give", "go", "have", "hold", "keep", "leave", "let", "look", "make", "move",
    "open", "put", "raise", "reach", "run", "see", "seek", "set", "show", "take", "tell", "turn",
    "vote", "want", "work", "use", "play", "pass", "mark", "carry", "draw", "break", "end", "stop",
    "close", "cut", "drop", "face", "hit", "launch", "lead", "meet", "offer", "pay", "send",
    "serve", "stand", "start", "continue", "consider", "discuss", "expect", "hope", "plan",
    "prepare", "remain", "return", "search", "block", "defect", "dismiss", "brand", "grill",
    "affirm", "express", "voice", "state", "say", "add", "note", "report", "announce", "name",
    "back", "welcome", "visit", "host", "receive", "tour", "arrive", "depart", "fly", "travel",
    # ambiguous outside PETRARCH2's patterns ("best", "match", "check", "help", "fine")
    "best", "circle", "die", "dominate", "master", "match", "ring", "overshadow", "mar", "spoil", "tear",
    "target", "engage", "fire", "struggle", "surround", "conflict", "corrupt", "contaminate", "tarnish",
    "impair", "harm", "hurt", "appropriate", "bill", "catch", "contain", "extract", "fine", "force",
    "moderate", "pull", "remove", "tax", "levy", "pluck", "reinforce", "curb", "impose", "inflict",
    "exclude", "overturn", "pressure", "enforce", "revolutionise", "revolutionize", "sentence", "check",
    "comb", "dig", "mine", "rake", "scan", "skim", "study", "sweep", "research", "explore", "monitor",
    "contribute", "defend", "guard", "help", "interfere", "intervene", "tend", "ward", "blow", "pound",
    "kick", "lash", "slap", "thump", "spy", "disorder", "disarray", "countermine", "betray", "risk",
    # sports pages: "Brazil beat Argentina"
    "beat", "defeat", "crush", "thrash", "rout", "trounce", "whip", "hammer", "edge", "down", "top",
    "overcome", "outplay", "outclass", "humiliate", "stun", "upset", "draw", "tie",
    # races and rankings: "X overtook Y as Z's biggest supplier"
    "overtake", "overpower", "outstrip", "surpass", "outpace", "eclipse",
}

_WORD = re.compile(r"^[a-z][a-z'-]*$")

ROOT = Path(__file__).resolve().parent.parent
#: Groups a state sends abroad (kg/data/led_groups.yaml): never the object agreed to ("managed a delegation").
SENT_GROUPS = frozenset(yaml.safe_load((ROOT / "kg" / "data" / "led_groups.yaml").read_text(encoding="utf-8"))["groups"])
#: The repository's copy of the dictionary (MIT; see kg/data/LEXICON-SOURCES.md).
DATA = ROOT / "scripts" / "data"


def predicate_for(code: str) -> str | None:
    """The predicate of a CAMEO code, by longest known prefix.

    >>> predicate_for("1662"), predicate_for("0871"), predicate_for("010"), predicate_for("---"), predicate_for("0341")
    ('sanctions', 'withdrawsFrom', None, None, None)
    """
    code = code.strip()
    if not code.isdigit():
        return None
    for length in range(len(code), 1, -1):
        if code[:length] in CODE_TO_PREDICATE:
            return CODE_TO_PREDICATE[code[:length]]
    return None


def singular(word: str) -> str:
    """A crude singular of an upper-case dictionary noun ("SANCTIONS" -> "sanction").

    >>> singular("SANCTIONS"), singular("SUPPLIES"), singular("TALKS"), singular("PROCESS")
    ('sanction', 'supply', 'talk', 'process')
    """
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    return low


def _synsets(path: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            member = row["member"].strip()
            # multi-word members ("CEASE_FIRE") lose their sense as one head word ("fire"): left out
            if member and "_" not in member.strip("_"):
                table[row["synset"].strip()].append(member.strip("_"))
    return table


def _tokens(pattern: str) -> list[str]:
    """Split a pattern into items: words, {phrases}, (prep phrases), &synsets, *."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", pattern)


# Prepositions alone are too weak to mark an event ("take in", "prepare for"); particles are not.
_WEAK_PREPS = {"to", "with", "for", "in", "on", "at", "of", "from", "by", "about", "over", "through", "after", "as", "under", "before", "since", "within", "without", "toward", "towards", "across", "behind", "beyond", "among", "between", "during", "upon", "near", "onto"}


_PARTICLES = {"up", "out", "off", "down", "back", "away"}

# Words that are no object head: a bare preposition or determiner after the verb ("+ BEEN * BY $").
_FUNCTION_WORDS = _WEAK_PREPS | {"the", "a", "an", "be", "been", "is", "was", "were", "are", "that", "it", "its", "their", "his", "her", "each", "who", "which", "not", "no", "this", "these", "those", "other", "all", "any", "some", "more"} | _PARTICLES


def _head(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """Lower-case head words of one pattern item (a word, a one-word {phrase} or a &synset).

    A braced phrase of several words ("{SPY MISSIONS}", "{SLOGAN AGAINST}") must appear whole in
    PETRARCH2; a trigger holds one object word, so it cannot say so: such a phrase gives no head
    (its last word alone, "fly missions", would be another act than "fly spy missions").

    >>> _head("{SPY MISSIONS}", {}), _head("{SLOGAN AGAINST}", {}), _head("{STATEMENT}", {}), _head("SANCTIONS", {})
    ([], [], ['statement'], ['sanction'])
    """
    braced = item.startswith("{")
    words = item.strip("{}").split()
    if not words or (braced and len(words) > 1):
        return []
    last = words[-1]
    if last.startswith("&"):
        return sorted({singular(m) for m in synsets.get(last, []) if _WORD.match(singular(m))})
    word = singular(last) if last.isupper() else last.lower()
    return [word] if _WORD.match(word) and last.lower() not in _FUNCTION_WORDS else []


def _braced_phrase(pattern: str) -> bool:
    """Whether the first item after the verb (or after its particle) is, or holds, a braced phrase of several words.

    >>> _braced_phrase("* {SPY MISSIONS}"), _braced_phrase("* (FOR {FINANCIAL AID})"), _braced_phrase("* {STATEMENT}")
    (True, True, False)
    >>> _braced_phrase("* BACK {&MILITARY PART}"), _braced_phrase("* UP PRESSURE")
    (True, False)
    """
    items = _tokens(pattern)
    after = [i for i in items[items.index("*") + 1 :] if i not in ("$", "+", "%", "^")] if "*" in items else []
    if len(after) > 1 and after[0].lower() in _PARTICLES:
        after = after[1:]
    return bool(after) and any(len(p.split()) > 1 for p in re.findall(r"\{([^}]*)\}", after[0]))


def pattern_words(pattern: str, synsets: dict[str, list[str]]) -> str:
    """The trigger tail a pattern requires after its verb: "object", "particle" or "prep object".

    The first item after the verb decides: a noun or one-word {phrase} is the direct object
    (a phrase of several words is not converted, see :func:`_head`), ``(PREP NOUN)`` a prepositional object, ``(PREP)`` a
    preposition or particle (weak prepositions alone are not converted).

    >>> pattern_words("* SHIPMENT", {})
    'shipment'
    >>> pattern_words("* {ARMS SHIPMENT}", {}), pattern_words("* (FOR {FINANCIAL AID})", {})
    ('', '')
    >>> pattern_words("* (TO BORDER)", {})
    'to border'
    >>> pattern_words("* (AGAINST)", {})
    'against'
    >>> pattern_words("* (TO)", {}), pattern_words("&MILITARY *", {})
    ('', '')
    >>> pattern_words("* UP PRESSURE", {}), pattern_words("* BACK {&MILITARY PART}", {}), pattern_words("* OUT (OF SUMMIT)", {})
    ('up pressure', '', 'out')
    >>> pattern_words("* RESULT OF + TRADE OFFICE", {}), pattern_words("* AID TO", {})
    ('', 'aid')
    """
    items = _tokens(pattern)
    if "*" not in items:
        return ""
    after = [i for i in items[items.index("*") + 1 :] if i not in ("$", "+", "%", "^")]
    if not after:
        return ""
    first = after[0]
    if first.startswith("("):
        inner = _tokens(first[1:-1])
        if not inner or not _WORD.match(inner[0].lower()):
            return ""
        prep = inner[0].lower()
        if len(inner) == 1:
            return "" if prep in _WEAK_PREPS else prep
        objects = _head(" ".join(inner[1:]), synsets) if not inner[-1].startswith("&") else _head(inner[-1], synsets)
        return f"{prep} {'|'.join(objects)}" if objects else ""
    if first.lower() in _PARTICLES:
        # "* BACK {&MILITARY PART}", "* DOWN &WEAPON": an object after the particle is required with it ("send back
        # troops", "lay down arms"), or the pattern is left out when it is a phrase of several words; a
        # prepositional phrase after it stays unconverted ("* OUT (OF SUMMIT)": "walk out")
        rest = after[1:]
        if not rest or rest[0].startswith("("):
            return first.lower()
        objects = _head(rest[0], synsets)
        return f"{first.lower()} {'|'.join(objects)}" if objects else ""
    if _words_after_object(pattern):
        return ""  # "* &SOLUTION OF + TRADE OFFICE": more words are required than a trigger's one object word can say
    return "|".join(_head(first, synsets))


def _words_after_object(pattern: str) -> bool:
    """Whether a pattern requires more words after its object than a trigger's one object word can say.

    >>> _words_after_object("* RESULT OF + TRADE OFFICE"), _words_after_object("* AID (TO)"), _words_after_object("* UP PRESSURE")
    (True, False, False)
    """
    items = _tokens(pattern)
    after = [i for i in items[items.index("*") + 1 :] if i not in ("$", "+", "%", "^")] if "*" in items else []
    if not after or after[0].startswith("(") or after[0].lower() in _PARTICLES:
        return False
    return any(_extra_word(item) for item in after[1:])


def _extra_word(item: str) -> bool:
    """Whether an item after a pattern's object is another word the pattern requires (a content word, a synset or a
    braced phrase), not a prepositional phrase in parentheses or a bare preposition.

    >>> _extra_word("TRADE"), _extra_word("&CURRENCY"), _extra_word("(TO)"), _extra_word("OF"), _extra_word("{TRADE OFFICE}")
    (True, True, False, False, True)
    """
    if item.startswith("("):
        return False
    word = item.strip("{}")
    return item.startswith(("&", "{")) or (_WORD.match(word.lower()) is not None and word.lower() not in _FUNCTION_WORDS)


def mine(verbs_path: Path, synsets_path: Path) -> tuple[dict[tuple[str, str], set[str]], dict[str, int]]:
    """Triggers per (predicate, CAMEO code) and counts of what was converted or left out."""
    synsets = _synsets(synsets_path)
    rows = list(csv.DictReader(verbs_path.open(encoding="utf-8"), delimiter="\t"))
    block_verbs: dict[str, list[str]] = defaultdict(list)
    stats: dict[str, int] = defaultdict(int)
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    candidates: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in rows:
        if row["entry_type"] != "verb":
            continue
        lemma = row["verb_lemma"].strip().lower()
        words = lemma.split()
        if not words or words[0] != row["verb_head"].strip().lower() or len(words) > 2 or not all(_WORD.match(w) for w in words):
            stats["verbs skipped (head not first, or longer than two words)"] += 1
            continue
        if len(words) == 1:
            block_verbs[row["verb_block"]].append(words[0])
        pred = predicate_for(row["cameo_code"])
        if pred is None:
            stats["verbs without a mapped code"] += 1
            continue
        if len(words) == 1 and (words[0] in TOO_GENERAL or pred not in BARE_PREDICATES):
            stats["verbs too general on their own"] += 1
            continue
        found[(pred, row["cameo_code"])].add(" ".join(words))
        stats["verb triggers"] += 1
    for row in rows:
        if row["entry_type"] != "pattern":
            continue
        pred = predicate_for(row["cameo_code"])
        if pred is None:
            stats["patterns without a mapped active code"] += 1
            continue
        extra = pattern_words(row["pattern"], synsets)
        if not extra and _braced_phrase(row["pattern"]):
            stats["patterns whose first item (after a particle) is a phrase of several words (left out)"] += 1
            continue
        if not extra:
            stats["patterns without a word after the verb"] += 1
            continue
        for verb in block_verbs.get(row["verb_block"], []):
            candidates[f"{verb} {extra}"].append((len(_tokens(row["pattern"])), row["cameo_code"], pred))
        stats["patterns converted"] += 1
    for trigger, codes in candidates.items():
        # One code per trigger: the simplest pattern's ("* &MILITARY" over "* &MILITARY (TO +)"),
        # then the most frequent code among those.
        simplest = min(n for n, _, _ in codes)
        counts = Counter((code, pred) for n, code, pred in codes if n == simplest)
        (code, pred), top = max(counts.items(), key=lambda item: (item[1], item[0]))
        if len({p for (_, p), n in counts.items() if n == top}) > 1:
            # the dictionary files one pattern under acts of several kinds as often ("SEND * &AIRCRAFT": 072 aid and
            # 166 expulsion, "CLOSE * CAMP": 0874 and 160): which one a sentence means is not in the pattern
            stats["patterns filed as often under two predicates (left out)"] += 1
            continue
        if pred == "agreesTo" and SENT_GROUPS.intersection(trigger.split()[-1].split("|")):
            stats["triggers of agreement to a group sent abroad (left out)"] += 1
            continue
        found[(pred, code)].add(trigger)
        stats["pattern triggers"] += 1
    return found, stats


HEADER = """\
# Verb triggers mined from PETRARCH2's CAMEO verb dictionary.
#
# GENERATED by scripts/mine_petrarch.py from cameo_verbs.tsv / cameo_synsets.tsv,
# a tabular copy of petrarch2/data/dictionaries/CAMEO.2.0.txt
# (openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf).
# CAMEO verb dictionary from PETRARCH2, (c) 2015 Open Event Data Alliance, MIT
# licence (see kg/data/LEXICON-SOURCES.md). Do not edit by hand: change the
# script or add entries to kg/data/lexicon.yaml, which is read first and wins
# over these entries on the same words.
#
# Same format as lexicon.yaml: "verb word": the word is the verb's direct object,
# particle or preposition; "verb prep word": the preposition's object is the word.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("verbs", type=Path, nargs="?", default=DATA / "cameo_verbs.tsv")
    parser.add_argument("synsets", type=Path, nargs="?", default=DATA / "cameo_synsets.tsv")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "kg" / "data" / "lexicon_petrarch.yaml")
    args = parser.parse_args(argv)
    found, stats = mine(args.verbs, args.synsets)
    entries = []
    for (pred, code), triggers in sorted(found.items()):
        entries.append({"predicate": pred, "cameo": code, "weight": MINED_WEIGHT, "verbs": sorted(triggers)})
    text = HEADER + yaml.safe_dump({"version": 1, "entries": entries}, sort_keys=False, width=100, allow_unicode=True)
    args.output.write_text(text, encoding="utf-8")
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}", file=sys.stderr)
    print(f"entries: {len(entries)}, triggers: {sum(len(t) for t in found.values())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
