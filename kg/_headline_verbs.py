"""The verb of a verbless headline: the ``headline_verbs`` pipeline component (kg.nlp adds it last).

Headline grammar drops the article, writes a comma for "and" and puts the verb in the present, and the tagger,
which has seen few headlines, may read that verb as a noun: "Norland sanctions Sudian firms over oil" is parsed as
one noun phrase headed by "firms" (the verb a plural noun modifying it), "Norland, Sudia trade fire along border"
as a name with an apposition ("trade fire"). Such a line states nothing. Its words are right; only its tags and
heads are wrong, so this component re-reads the line as the clause it is, once, after the parser: no second pass.

A line is re-read only when all of these hold (else it is left as parsed):

* it is a line of its own (a title or a headline: nothing else on its line) of at most :data:`MAX_TOKENS` tokens,
  without final punctuation, and the parser found no finite verb in it;
* a word of it, tagged a noun, is a third-person present form of one of the extractor's verbs that are mostly verbs
  (``kg/data/headline_verbs.tsv``: "sanctions", "expels", "condemns"), or a form of a verb + object trigger of the
  lexicon that the object's noun follows ("trade fire", "swap prisoners": ``kg/data/headline_phrases.tsv``; "trade"
  alone is mostly a noun, "Brazil, Argentina trade goals" stays one);
* the words before it are one name phrase, or several joined by a comma or "and", and name an actor (a country,
  nationality, organisation or person: an entity of the NER or the gazetteer), and the words after it begin with a
  noun phrase, whose head becomes the verb's object.

The word becomes the line's root verb (its lemma the table's verb), the names before it its subjects (two joined
by a comma both subjects, as the extractor reads "Norland, Sudia agree ..."), the noun phrase after it its direct
object, and a preposition the parse hung outside that phrase the verb's. Outside headlines nothing changes: "US
sanctions on Sudian firms took effect" has a verb, and ends with a full stop.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.data import table

#: The longest line read as a headline, in tokens.
MAX_TOKENS = 20
#: Tags of a finite verb: a line with one has its clause already.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: Tags a misread verb has (a noun, or a base form left without a subject).
_MISREAD = frozenset({"NN", "NNS", "NNP", "NNPS", "VB"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Tags of the words of a name phrase before the verb ("the US", "Norland's navy", "Sudian-led forces", "X, Y").
_SUBJECT_TAGS = _NOUNS | {"JJ", "HYPH", ",", "CC", "DT", "POS", "VBN", "NML"}
#: Tags that open the noun phrase after the verb.
_OBJECT_OPENERS = _NOUNS | {"DT", "JJ", "JJR", "JJS", "CD", "PRP$", "PRP", "VBN", "VBG"}
#: Entity labels of an actor.
_ACTORS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: What ends a sentence that is no headline.
_FINAL = frozenset({".", "!", "?", ":", ";", '"', "\u201d", "\u2026", "'", ")"})


@cache
def _verbs() -> tuple[dict[str, str], dict[str, tuple[str, frozenset[str]]]]:
    """The forms read as a verb on their own (form -> verb), and those read with an object (form -> verb, objects)."""
    alone = {row["form"]: row["verb"] for row in table("headline_verbs.tsv")}
    with_object = {row["form"]: (row["verb"], frozenset(row["objects"].split("|"))) for row in table("headline_phrases.tsv")}
    return alone, with_object


@Language.component("headline_verbs")
def headline_verbs(doc: Doc) -> Doc:
    """Re-read each verbless headline line whose verb the tagger took for a noun as a clause (see the module)."""
    text = doc.text
    for line in [line for sent in doc.sents if (line := _headline_line(sent, text)) is not None]:
        _reread(line)
    return doc


def _headline_line(sent: Span, text: str) -> Span | None:
    """The sentence without its surrounding white space, if it is a verbless line of its own without final punctuation."""
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    if end - start < 3 or end - start > MAX_TOKENS or sent.doc[end - 1].text in _FINAL:
        return None
    first, last = sent.doc[start], sent.doc[end - 1]
    if text[:first.idx].rstrip(" \t")[-1:] not in ("", "\n") or text[last.idx + len(last.text):].lstrip(" \t")[:1] not in ("", "\n", "\r"):
        return None  # part of a longer line: a sentence the parser cut, not a headline
    line = sent.doc[start:end]
    if any(t.tag_ in _FINITE for t in line):
        return None
    return line


def _reread(line: Span) -> bool:
    """Make the first word of a verbless headline that can be its verb the root of the line; whether one was."""
    alone, with_object = _verbs()
    doc = line.doc
    for verb in line[1:-1]:
        lower = verb.lower_
        if (lower not in alone and lower not in with_object) or verb.tag_ not in _MISREAD or verb.ent_type_:
            continue
        before, after = doc[line.start : verb.i], doc[verb.i + 1 : line.end]
        subjects = _subjects(before)
        if subjects is None or after[0].tag_ not in _OBJECT_OPENERS:
            continue
        attached = _outside(after)
        if not attached or attached[0].tag_ not in _NOUNS | {"PRP"} or any(t.tag_ != "IN" for t in attached[1:]):
            continue
        obj = attached[0]
        lemma = alone.get(lower)
        if lemma is None:
            lemma, objects = with_object[lower]
            if obj.lower_ not in objects and obj.lemma_.lower() not in objects:
                continue
        _make_clause(verb, lemma, subjects, obj, attached[1:])
        return True
    return False


def _outside(span: Span) -> list[Token]:
    """The tokens of a span whose head lies outside it (or that are a root): the heads of its phrases."""
    return [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]


def _subjects(before: Span) -> list[tuple[Token, str, Token | None]] | None:
    """The phrases before a headline's verb as (head, relation, the head it joins), if they are names of actors.

    One name phrase is the subject; several joined by commas are each a subject ("Norland, Sudia"); one joined by
    "and" is a conjunct of the first (its "and" the first's ``cc``). ``None`` when the words are not such phrases.
    """
    if not 1 <= len(before) <= 8 or before[-1].tag_ not in _NOUNS:
        return None
    if any(t.tag_ not in _SUBJECT_TAGS for t in before) or not any(t.ent_type_ in _ACTORS for t in before):
        return None
    joined: list[tuple[Token, str, Token | None]] = []
    first: Token | None = None
    for head in _outside(before):
        if head.tag_ == ",":
            joined.append((head, "punct", None))
        elif head.tag_ == "CC" and head.lower_ == "and" and first is not None:
            joined.append((head, "cc", first))
        elif head.tag_ in _NOUNS:
            gap = head.doc[head.i - 1] if head.i > before.start else None
            if first is None:
                first = head
                joined.append((head, "nsubj", None))
            elif gap is not None and gap.lower_ == "and":
                joined.append((head, "conj", first))
            elif gap is not None and gap.tag_ == ",":
                joined.append((head, "nsubj", None))
            else:
                return None  # two names side by side: not one phrase the line's subject is
        else:
            return None
    return joined if first is not None else None


def _make_clause(verb: Token, lemma: str, subjects: list[tuple[Token, str, Token | None]], obj: Token, preps: list[Token]) -> None:
    """Rewrite the parse of a headline line as a clause: ``verb`` its root, the subjects and the object its dependents."""
    verb.head = verb  # the root first: every other head set below is the verb, so no step makes a cycle
    third = verb.lower_ != lemma
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBZ" if third else "VBP", lemma
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third else "Tense=Pres|VerbForm=Fin")
    for token, dep, _ in subjects:
        token.head, token.dep_ = verb, dep
    obj.head, obj.dep_ = verb, "dobj"
    for prep in preps:
        prep.head, prep.dep_ = verb, "prep"
    for token, dep, joins in subjects:
        if joins is not None:  # a conjunct hangs on the first subject, once that hangs on the verb
            token.head, token.dep_ = joins, dep
