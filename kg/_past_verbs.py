"""The past-tense verb the tagger read as a modifier: the ``past_verbs`` pipeline component (kg.nlp adds it last).

A regular past form is also a participle, and a participle before a noun is most often its adjective ("armed
forces", "backed loans"). So the tagger and the parser may read "Norland armed Sudian rebels." as one noun phrase
headed by "rebels", the name an ``nmod`` or ``compound`` of it and "armed" an adjective (or a verb hung on the noun
as an ``amod``): the sentence then has no verb, and states nothing. Its words are right; only its tags and heads are
wrong, so this component re-reads it as the clause it is, once, after the parser and the NER: no second pass.

A phrase is re-read only when all of these hold (else it is left as parsed):

* its head noun stands where a clause should: the root of a sentence without a finite verb ("Norland armed Sudian
  rebels.", or the name the root and the noun its apposition: "Norland armed Hamas."), a verb of saying's object
  ("officials said Norland armed Sudian rebels", "Norland armed Sudian rebels, officials said"), or the name's
  apposition where the name is the subject of a second verb after "and" ("Norland armed Sudia's army and trained its
  officers": the first clause, the second verb its conjunct);
* the modifier is written in lower case, is a regular past form of one of the extractor's verbs
  (``kg/data/past_verbs.tsv``: "armed", "backed", "equipped", "funded") and hangs on the noun;
* the word right before it ends a name of an actor: a country, a person or an organisation of the gazetteer,
  tagged a noun ("Norland", "the United States"), not an adjective ("the Sudian armed forces", "Norlandic armed
  units") nor a possessive ("Sudia's armed forces"), nor a determiner ("the armed Sudian soldiers");
* the object phrase after it is a name ("Norland armed Sudia.") or has a word before its noun (not the past
  form's own noun alone: "Norland armed forces." may name a force).

The past form becomes the clause's verb (its lemma the table's verb, in the noun's place: the root, or the saying
verb's clause), the name before it its subject, the noun its direct object; the words the noun had before the name
("In 2019, ...", "Last year ...") and its final punctuation hang on the verb, and its "with" phrase after it ("armed
Sudian rebels with drones") too. Outside such phrases nothing changes: "Norland's armed forces attacked Sudia" has a
verb, and "Armed forces of Norland" no name before the adjective.

A third-person present form slips the same way: "Norland imports coal from Sudia." is parsed as one noun phrase
headed by "coal", "imports" a plural noun (``NNS``) modifying it. Such a form (a plural whose lemma is one of the extractor's
verbs of ``kg/data/past_verbs.tsv`` or ``kg/data/headline_verbs.tsv``: "imports", "exports", "sells", "buys") is re-read as above, after a
country's name only (a GPE, not "Norco imports parts from Sudia.": a firm trades for itself), and only when another
actor is named after it ("Norland imports coal." and "Norland exports rose." state no relation, and are left as
parsed); its own noun alone may be the object ("imports coal"), and the prepositions the parse hung on that noun
after it ("from Sudia", "to Sudia") become the verb's.

A past form right after "and" that the parse hung on the object of the verb before it ("Norland armed and trained
Sudian troops": "trained" an adjective of "troops") becomes that verb's conjunct with the object its own, as the
parser reads "Norland condemned and sanctioned Sudia".
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.data import table

#: Tags of a finite verb: a sentence with one has its clause already.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: Tags a misread past form has: an adjective, a participle, a past form hung on the noun, a word of a name.
_MISREAD = frozenset({"JJ", "VBN", "VBD", "NNP"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Verbs of saying whose object may be a clause the parser read as a noun phrase ("said Norland armed Sudian rebels").
_SAYING = frozenset({"say", "report", "claim", "allege", "confirm"})
#: Entity labels of an actor's name before the verb (an organisation only with a gazetteer id: not a company).
_ACTOR_LABELS = frozenset({"GPE", "PERSON", "ORG"})


@cache
def _forms() -> dict[str, str]:
    """The past forms in "-ed" of the extractor's verbs, with their verb (``kg/data/past_verbs.tsv``)."""
    return {row["form"]: row["verb"] for row in table("past_verbs.tsv")}


@cache
def _verbs() -> frozenset[str]:
    """The extractor's verbs, a plural noun's lemma that one is read as its present form: those of the past forms and
    of the headline forms (``kg/data/past_verbs.tsv``, ``kg/data/headline_verbs.tsv``)."""
    return frozenset(_forms().values()) | frozenset(row["verb"] for row in table("headline_verbs.tsv"))


@Language.component("past_verbs")
def past_verbs(doc: Doc) -> Doc:
    """Re-read each phrase whose past-tense (or present-tense) verb the tagger took for a modifier of its object as a clause."""
    forms, verbs = _forms(), _verbs()
    found = [(sent, token) for sent in doc.sents for token in sent
             if token.dep_ in ("amod", "compound") and token.is_lower
             and ((token.tag_ in _MISREAD and token.lower_ in forms) or (token.tag_ == "NNS" and token.lemma_ in verbs))]
    for sent, token in found:  # (found first: a phrase re-read changes heads, not the sentences)
        if token.tag_ == "NNS":
            _reread(sent, token, token.lemma_, present=True)
            continue
        _reread(sent, token, forms[token.lower_])
        if token.dep_ in ("amod", "compound"):  # not re-read as a clause's verb: perhaps a second verb after "and"
            _coordinated(token, forms[token.lower_])
    return doc


def _subject_span(verb: Token) -> Span | None:
    """The actor's name right before a past form: the entity that ends there (with an article before it), if any."""
    doc = verb.doc
    if verb.i == 0:
        return None
    last = doc[verb.i - 1]
    if last.tag_ not in _NOUNS or last.ent_type_ not in _ACTOR_LABELS or (last.ent_type_ == "ORG" and not last.ent_id_):
        return None
    start = last.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1  # "the United States"
    return doc[start : last.i + 1]


def _finite(sent: Span) -> bool:
    """Whether a sentence has a finite verb of its own (not a past form hung on a noun, as this one)."""
    return any(t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent)


def _clause_place(noun: Token, subject: Token, sent: Span) -> tuple[str, Token | None] | None:
    """Where a noun phrase after a name stands for a clause: ``("root", None)`` for the root of a sentence with no
    finite verb (also when the parse made the name the root and the noun its apposition: "Norland armed Hamas."),
    ``("said", verb)`` for the object of a verb of saying ("officials said Norland armed ...", "..., officials
    said"), ``("first", verb)`` for the first of two clauses whose second verb the parse took for the only one, the
    name its subject and the noun the name's apposition ("Norland armed Sudia's army and trained its officers");
    ``None`` anywhere else."""
    head = noun.head
    if noun.dep_ == "ROOT" or (noun.dep_ == "appos" and head.i == subject.i and subject.dep_ == "ROOT"):
        return None if _finite(sent) else ("root", None)
    if head.pos_ == "VERB" and head.lemma_.lower() in _SAYING and (noun.dep_ == "ccomp" or (noun.dep_ == "dobj" and head.i < noun.i)):
        return ("said", head)
    second = subject.head
    if noun.dep_ == "appos" and head.i == subject.i and subject.dep_ == "nsubj" and second.pos_ == "VERB" and second.tag_ in _FINITE \
            and second.i > noun.i and [t.lower_ for t in sent.doc[noun.right_edge.i + 1 : second.i] if t.text != ","] == ["and"]:
        return ("first", second)
    return None


def _reread(sent: Span, verb: Token, lemma: str, present: bool = False) -> None:
    """Make a past (or ``present``) form that modifies the noun after it the verb of its clause, if the phrase is one
    (see the module)."""
    noun = verb.head
    while noun.dep_ in ("amod", "compound", "nmod", "poss") and noun.head.i > noun.i:
        noun = noun.head  # "Ankara armed Azerbaijani forces": the parse may hang the past form on a word of the phrase
    if noun.i <= verb.i or noun.tag_ not in _NOUNS or (noun.i == verb.i + 1 and not noun.ent_type_ and not present):
        return  # ("Norland armed forces.": the past form's own noun alone, no name, may be one force's)
    subject = _subject_span(verb)
    if subject is None or (present and (subject[-1].ent_type_ != "GPE" or not _actor_after(noun))):
        return  # a present form after a country only, with another actor named ("Norland exports rose." no clause)
    named = subject[-1]
    place = _clause_place(noun, named, sent)
    if place is None or any(not subject.start <= t.head.i <= noun.i for t in subject if t.i != named.i or noun.head.i != named.i):
        return  # the name's words hang on it, on the past form or on the object phrase (or the name heads the noun)
    kind, other = place
    old_head, old_dep = (other.head, other.dep_) if kind == "first" and other is not None else (noun.head, noun.dep_)
    verb.head = verb  # the root first, then every phrase head on it: no step makes a cycle
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBZ" if present else "VBD", lemma
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if present else "Tense=Past|VerbForm=Fin")
    moved: list[tuple[Token, str]] = [(named, "nsubj"), (noun, "dobj")]
    for child in [*noun.children, *verb.children, *named.children]:
        if child.i in (named.i, verb.i, noun.i) or subject.start <= child.i < subject.end:
            continue
        if child.head.i == named.i or child.i < subject.start \
                or (child.i > noun.i and (child.dep_ in ("punct", "npadvmod", "cc")
                                          or (child.dep_ == "prep" and (child.lower_ == "with" or (present and child.lower_ in ("from", "to")))))):
            moved.append((child, child.dep_))  # "In 2019, ...", "... last year.", "armed Y with drones"
    if kind == "first" and other is not None:
        moved.append((other, "conj"))  # "... and trained its officers": the second clause goes on the first
    for token, dep in moved:
        token.head, token.dep_ = verb, dep
    for token in subject[:-1]:
        if not subject.start <= token.head.i < subject.end:
            token.head = named  # "The United States": the name's words hang on its head
            token.dep_ = "det" if token.lower_ == "the" else "compound"
    if kind == "said":
        verb.head, verb.dep_ = old_head, "ccomp"  # "officials said Norland armed ...": the saying verb's clause
    elif kind == "first" and old_dep != "ROOT":
        verb.head, verb.dep_ = old_head, old_dep  # the second verb's place in the sentence is the first's


def _actor_after(noun: Token) -> bool:
    """Whether an actor is named in a noun's phrase after the noun ("coal from Sudia", "oil to the Sudian army")."""
    return any(t.ent_type_ in _ACTOR_LABELS or t.ent_type_ == "NORP" for t in noun.subtree if t.i > noun.i)


def _coordinated(verb: Token, lemma: str) -> None:
    """Make a past form after "and" that the parse hung on the object of the verb before it the second verb, the
    object's: "Norland armed and trained Sudian troops" ("trained" an adjective of "troops"), as the parser reads
    "Norland condemned and sanctioned Sudia" (the shared object on the last verb)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in ("and", "or") or doc[verb.i - 1].dep_ != "cc":
        return
    first = doc[verb.i - 2]
    noun = verb.head
    while noun.dep_ in ("amod", "compound", "nmod", "poss") and noun.head.i > noun.i:
        noun = noun.head
    if first.pos_ != "VERB" or first.tag_ not in _FINITE or doc[verb.i - 1].head.i != first.i or noun.dep_ not in ("dobj", "conj") or noun.head.i != first.i:
        return  # (the noun the first verb's object, or its conjunct: "praised and [armed Sudian volunteers]")
    verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = first, "conj", "VERB", "VBD", lemma
    verb.set_morph("Tense=Past|VerbForm=Fin")
    noun.head, noun.dep_ = verb, "dobj"
