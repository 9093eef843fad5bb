"""Regenerate kg/data/lemma_exceptions.tsv: inflected forms of the extractor's verbs that the model's
rule lemmatizer sends to another verb ("staged" -> "stag", "waged" -> "wag", "hopes" -> "hop").

The English rule lemmatizer strips a suffix and keeps the first result its verb index knows, so a
verb ending in "-e" whose stem is also a verb loses its "e" ("stage" / "stag", "wage" / "wag", "spare"
/ "spar"). Every verb a rule of ours triggers on (the heads of ``verbs`` in kg/data/lexicon.yaml and
kg/data/lexicon_petrarch.yaml, and every word set of kg/extract/_words.py) is inflected by the
regular rules of English (-s/-es/-ies; -d/-ed/-ied, a final consonant doubled after one short vowel;
-ing; words of the model's verb index only), and each form is lemmatised as a verb with its tag's morphology. A form is written to the
table when the lemmatizer gives another verb of its index, whose own regular forms do not include it
(so the form can only be the verb's: "stag" makes "stagged", not "staged"), and that other verb is
not one of ours too (spelling variants, "fulfil" / "fulfill"; "bide" / "bid").

The irregular forms of our verbs (the model's own exception table of verbs: "retook" / "retake", "overran" /
"overrun") are written too when they are no verb of its index themselves and the lemmatizer keeps them as they
are under a base or present tag: the tagger takes a rare past form for the present of an unknown verb ("Iraqi
troops retook the district": VBP), and the lemmatizer then reads it as a base form (issue 16, helper held22).

    .venv/bin/python scripts/build_lemma_exceptions.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
sys.path.insert(0, str(ROOT))

from kg.extract import _words  # noqa: E402
from kg.nlp import MODELS  # noqa: E402

_MORPH = {
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBD": "Tense=Past|VerbForm=Fin",
    "VBN": "Aspect=Perf|Tense=Past|VerbForm=Part",
    "VBG": "Aspect=Prog|Tense=Pres|VerbForm=Part",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
}
_VOWELS = "aeiou"


def _doubles(verb: str) -> bool:
    """One syllable ending consonant-vowel-consonant doubles its last letter ("stag" -> "stagged")."""
    return (
        len(re.findall(r"[aeiouy]+", verb)) == 1 and len(verb) >= 3
        and verb[-1] not in _VOWELS + "wxy" and verb[-2] in _VOWELS and verb[-3] not in _VOWELS
    )


def regular_forms(verb: str) -> dict[str, str]:
    """The regular inflections of a verb, by tag."""
    if verb.endswith("ie"):
        past, ing = verb + "d", verb[:-2] + "ying"
    elif verb.endswith(("ee", "ye", "oe")):
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", verb):
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif _doubles(verb):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if re.search(r"(s|x|z|ch|sh)$", verb):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return {"VBZ": third, "VBD": past, "VBN": past, "VBG": ing}


def _plain(words: set[str]) -> set[str]:
    return {v for v in words if v.isalpha() and v.islower() and len(v) > 2}


def lexicon_verbs() -> set[str]:
    """The head verbs of the ``verbs`` of kg/data/lexicon.yaml and kg/data/lexicon_petrarch.yaml."""
    verbs: set[str] = set()
    for name in ("lexicon.yaml", "lexicon_petrarch.yaml"):
        for entry in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["entries"]:
            for verb in entry.get("verbs") or ():
                verbs.add(str(verb).split()[0].lower())
    return _plain(verbs)


def our_verbs() -> set[str]:
    """The lexicons' head verbs and every word of kg/extract/_words.py's word sets."""
    words = {w for value in vars(_words).values() if isinstance(value, (set, frozenset)) for w in value if isinstance(w, str)}
    return lexicon_verbs() | _plain(words)


def lemmatizer_model() -> tuple[Language, set[str]]:
    """The first installed model of :data:`kg.nlp.MODELS`, with its lemmatizer only, and its index of verbs."""
    for model in MODELS:
        try:
            nlp = spacy.load(model, exclude=["parser", "ner", "tok2vec", "tagger"])
            break
        except OSError:
            continue
    else:
        sys.exit("no English spaCy model installed")
    return nlp, set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])  # type: ignore[attr-defined]


def table_lines() -> list[str]:
    """The lines of kg/data/lemma_exceptions.tsv, from the installed model and the current lexicons."""
    nlp, index = lemmatizer_model()
    lemmatizer = nlp.get_pipe("lemmatizer")
    verbs = {v for v in our_verbs() if v in index}  # the nouns and adjectives of the word sets are not verbs
    rows: dict[str, str] = {}

    def lemma_of(form: str, tag: str) -> str:
        doc = Doc(nlp.vocab, words=["they", form, "it"], pos=["PRON", "VERB", "PRON"], tags=["PRP", tag, "PRP"], morphs=["", _MORPH[tag], ""])
        return str(lemmatizer.rule_lemmatize(doc[1])[0])  # type: ignore[attr-defined]

    for verb in sorted(verbs):
        for tag, form in regular_forms(verb).items():
            lemma = lemma_of(form, tag)
            if lemma in (verb, form) or lemma not in index or form in regular_forms(lemma).values():
                continue
            if lemma in verbs:  # spelling variants ("fulfil" / "fulfill") and verbs of ours both ("bid" / "bide")
                continue
            rows[form] = verb
    irregular = lemmatizer.lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    for form, lemmas in sorted(irregular.items()):
        # "retook" tagged VBP is kept as "retook"; "found" (of "find", and a verb of its own) is left to the tagger
        if len(lemmas) != 1 or lemmas[0] not in verbs or form in rows or form in index or not form.isalpha() \
                or form in regular_forms(lemmas[0]).values():
            continue
        if any(lemma_of(form, tag) != lemmas[0] for tag in ("VB", "VBP")):
            rows[form] = lemmas[0]
    return [
        "# Verb forms the model's rule lemmatizer sends to another verb, with the verb they are a form of.",
        "# GENERATED by scripts/build_lemma_exceptions.py from the verbs of kg/data/lexicon*.yaml and",
        "# kg/extract/_words.py; kg.nlp.TableLemmatizer gives a verb token of these forms this lemma.",
        "form\tlemma",
        *(f"{form}\t{verb}" for form, verb in sorted(rows.items())),
    ]


def main() -> None:
    lines = table_lines()
    (DATA / "lemma_exceptions.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 4} forms written to kg/data/lemma_exceptions.tsv")


if __name__ == "__main__":
    main()
