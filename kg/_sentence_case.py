"""A title-case headline read as its sentence-case form: the ``title_case_headlines`` pipeline component (kg.nlp adds it last).

A title-case headline capitalises every word ("Norland Masses Troops On Sudian Border", "Norland Lodges Protest With
Sudia Over Buoy"), and the tagger, which reads a word's shape and first letter, takes the verb and the nouns after it
for words of one long name: the line states nothing, or its object is lost. Written in sentence case ("Norland masses
troops on Sudian border") the same line is tagged and parsed as the clause it is. The featurised verb forms of
``kg/data/headline_verbs.tsv`` (:func:`kg.nlp._lower_capitalised_verbs`) mend a headline whose other words the tagger
still reads; this reads the whole line again.

A line is read again when it is a line of its own without final punctuation (:func:`kg._headline_verbs.headline_line`)
written in title case (no word of more than three letters in lower case), and a word of it after its first is a
capitalised common word: a word that is no name, lowered. A word stays as written when

* a name of the gazetteer holds it (a country, nationality, organisation, city: the entity ruler's and
  ``city_names``' spans: "Sudian", "Sri Lanka", "NATO");
* or, not being a stop word ("In", "Over", "May": lowered, but in a leader's name: "Theresa
  May"), it is a word of the name of a leader of ``kg/data/leaders.tsv`` (a head of state or government: "Trump",
  "Putin"), or of a person the NER found in the line, unless it is a verb ("Meets");
* or it is no word of the model's lemmatizer index (WordNet's words, by their base form: "troops", "lodges", "on",
  "over") nor a stop word, or one WordNet writes only with a capital (``kg/data/proper_words.tsv``: "Crete",
  "Kharkiv"): an unknown or proper capitalised word is a name ("Eurovision", "Norland").

The copy, of the same length and so of the same tokens, is parsed alone, and its tags, lemmas, heads, dependencies
and names replace the line's in the article's ``Doc``: the text and every offset stay as written, so a statement's
evidence is the headline as the article gives it. One short parse per title-case headline; no other sentence is parsed
twice. A copy that the tokenizer splits otherwise is dropped and the line keeps its parse.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg._headline_verbs import headline_line
from kg.data import table

#: The token attributes taken from the copy's parse.
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
#: Parts of speech of the lemmatizer's index, whose words are common words.
_INDEXED = ("noun", "verb", "adj", "adv")


class TitleCaseHeadlines:
    """The pipeline component: each title-case headline of a parsed ``Doc`` read as its sentence-case copy."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = next((proc for name, proc in self.nlp.pipeline if name in ("lemmatizer_table", "lemmatizer")), None)
        lookups = getattr(getattr(lemmatizer, "lemmatizer", lemmatizer), "lookups", None)
        if lookups is not None:
            sentence_cased_headlines(doc, self._parse, lookups)
        return doc

    def _parse(self, text: str) -> Doc:
        """A line parsed by every other component of the pipeline."""
        doc = self.nlp.make_doc(text)
        for _, proc in self.nlp.pipeline:
            if proc is not self:
                doc = proc(doc)
        return doc


@Language.factory("title_case_headlines")
def _title_case_headlines(nlp: Language, name: str) -> TitleCaseHeadlines:
    """The ``title_case_headlines`` component of ``nlp``."""
    return TitleCaseHeadlines(nlp)


def sentence_cased_headlines(doc: Doc, parse_line: Callable[[str], Doc], lookups: object) -> None:
    """Read each title-case headline line of ``doc`` as its sentence-case copy, parsed by ``parse_line`` (see the module).

    ``lookups`` are the model lemmatizer's tables (``lemma_index``, ``lemma_exc``, ``lemma_rules``), which tell a
    common word from a name.
    """
    text = doc.text
    lines = [line for sent in doc.sents if (line := headline_line(sent, text)) is not None and _title_case(line)]
    for line in lines:
        lowered = _lowered(line, lookups)
        if not lowered:
            continue
        chars = list(text[line.start_char : line.end_char])
        for token in lowered:
            at = token.idx - line.start_char
            chars[at : at + len(token.text)] = token.lower_
        copy = parse_line("".join(chars))
        if len(copy) != len(line) or any(a.idx - line.start_char != b.idx or len(a.text) != len(b.text) for a, b in zip(line, copy)):
            continue  # tokenised otherwise: the parse cannot be laid over the line's words
        _transplant(doc, line, copy)


def _title_case(line: Span) -> bool:
    """Whether a line is written in title case: no word longer than three letters in lower case, and three capitalised.

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> _title_case(nlp("Norland Masses Troops On Border")[:]), _title_case(nlp("Norland masses troops on border")[:])
    (True, False)
    """
    return not any(t.is_lower and t.is_alpha and len(t) > 3 for t in line) and sum(t.is_title for t in line) >= 3


def _lowered(line: Span, lookups: object) -> list[Token]:
    """The words of a title-case line to write in lower case: capitalised common words that no name holds."""
    persons = {t.i for t in line if t.ent_type_ == "PERSON" and not t.ent_id_}
    found: list[Token] = []
    for token in line[1:]:
        if not token.is_title or not token.is_alpha or token.ent_id_:
            continue
        lower = token.lower_
        if lower in STOP_WORDS and (token.nbor(-1).text, token.text) in _leader_words():
            continue  # a stop word in a leader's name ("Theresa May")
        if lower not in STOP_WORDS:  # a preposition, article or pronoun is lowered, also in a name ("Ruto In Nairobi")
            if token.text in _leader_words() or not _common(lower, lookups):
                continue  # an office-holder's name ("Trump"), an unknown or proper word: a name ("Eurovision", "Crete")
            if token.i in persons and not _common_verb(lower, lookups):
                continue  # a person's name the NER found ("Xi"), not a verb it took in ("Slams")
        found.append(token)
    return found


@cache
def _leader_words() -> frozenset[str | tuple[str, str]]:
    """The capitalised words of the names of the leaders of ``kg/data/leaders.tsv`` (its heads of state and
    government: "Trump", "Vladimir"), and each two words of a name in a row ("Theresa", "May")."""
    found: set[str | tuple[str, str]] = set()
    for row in table("leaders.tsv"):
        if row["leader"] == "y":
            for name in (row["name"], *row["aliases"].split("|")):
                words = name.split()
                found.update(word for word in words if word[:1].isupper())
                found.update(zip(words, words[1:]))
    return frozenset(found)


def _common(lower: str, lookups: object) -> bool:
    """Whether a lower-case word is a form of a word of the lemmatizer's index ("troops": "troop"; "held": "hold")
    that is no name WordNet writes only with a capital ("crete": ``kg/data/proper_words.tsv``)."""
    return lower not in _proper_words() and any(_base_in(lower, pos, lookups) for pos in _INDEXED)


@cache
def _proper_words() -> frozenset[str]:
    """WordNet's one-word names, lowered (``kg/data/proper_words.tsv``, ``scripts/build_proper_words.py``)."""
    return frozenset(row["word"] for row in table("proper_words.tsv"))


def _common_verb(lower: str, lookups: object) -> bool:
    """Whether a lower-case word is a form of a verb of the lemmatizer's index ("slams": "slam")."""
    return _base_in(lower, "verb", lookups)


def _base_in(lower: str, pos: str, lookups: object) -> bool:
    """Whether a form's base, by the rule lemmatizer's exceptions and suffix rules for ``pos``, is in its index."""
    index, exceptions, rules = _tables(lookups)
    words = index.get(pos, frozenset())
    if lower in words or lower in exceptions.get(pos, {}):
        return True
    return any(lower.endswith(old) and lower[: len(lower) - len(old)] + new in words for old, new in rules.get(pos, ()))


_TABLES: dict[int, tuple[dict[str, frozenset[str]], dict[str, dict[str, object]], dict[str, list[tuple[str, str]]]]] = {}


def _tables(lookups: object) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, object]], dict[str, list[tuple[str, str]]]]:
    """The lemmatizer's index (as sets), exceptions and suffix rules, once per lookups object."""
    found = _TABLES.get(id(lookups))
    if found is None:
        get = lookups.get_table  # type: ignore[attr-defined]
        index, exceptions, rules = get("lemma_index"), get("lemma_exc"), get("lemma_rules")
        found = _TABLES[id(lookups)] = (
            {pos: frozenset(index.get(pos, ())) for pos in _INDEXED},
            {pos: dict(exceptions.get(pos, {})) for pos in _INDEXED},
            {pos: [tuple(rule) for rule in rules.get(pos, ())] for pos in _INDEXED},  # type: ignore[misc]
        )
    return found


def _transplant(doc: Doc, line: Span, copy: Doc) -> None:
    """Give the line's tokens the copy's tags, lemmas, heads, dependencies and names; the text stays the line's."""
    rows = doc.to_array(_ATTRS)
    rows[line.start : line.end] = copy.to_array(_ATTRS)
    roots = [line.start + t.i for t in copy if t.head.i == t.i]
    sent = line.sent
    head = _ATTRS.index(HEAD)
    # the white space around the line, in its sentence, hangs on the nearest of its roots (a tree of its own)
    for i in [*range(sent.start, line.start), *range(line.end, sent.end)]:
        if doc[i].is_space:
            root = roots[0] if i < line.start else roots[-1]
            rows.view(numpy.int64)[i, head] = root - i
    kept = [e for e in doc.ents if e.end <= line.start or e.start >= line.end]
    doc.from_array(_ATTRS, rows)
    moved = [Span(doc, line.start + e.start, line.start + e.end, label=e.label, kb_id=e.kb_id, span_id=e.id) for e in copy.ents]
    doc.ents = sorted([*kept, *moved], key=lambda e: e.start)
