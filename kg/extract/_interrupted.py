"""Coordinated parties interrupted by a modifier (private to ``patterns.v1``): "X, led by its president, and Y".

The parties of a meeting, a deal or a fight are often listed with a modifier set off by commas on the first one: a
passive participle ("X, represented by its foreign minister, and Y signed an accord", "talks between X, backed by Z,
and Y") or an apposition ("the summit between X, a close ally of Z, and Y"). The closing comma ends the modifier and
the "and" joins the next party to the first, as in "X and Y". The parse often takes the second party for a conjunct
of the participle, of its agent or of the event noun, or for a second subject of the clause's verb (or makes X the
head of "Y signed"); and it may hang the participle on the event noun, whose "by" agent then reads as a party, as in
"the support provided by Z". The comma-set modifier is read on the surface here (:func:`interruption`); the argument
rules (``_arguments._actors``, ``_noun_args``, ``_subjects_of_verb``, ``_verb_args``) then add the second party to
the first, keep the participle off the event noun, and read the modifier as said of the first party alone
(:func:`enclosing`): its agent stays its leader or backer ("talks between X, backed by Z, and Y": Z backs X, wherever
the parse hangs the participle, and is no party of the talks nor a backer of Y). A host's participle after the second
party names the talks' host (``_arranged.participle_head``: "talks between X, ..., and Y, hosted by Z").

Out: a modifier with a finite verb (a relative clause "X, which Z backs, and Y" is the parse's to read), one opened
by a gerund ("X, seeking a deal, and Y": a gerund after a comma is as often the clause's), a modifier with commas of
its own ("X, backed by Z, W and V, and Y": where its list ends is not said), and a second noun that is the only
subject of a verb of its own ("X attacked Y, backed by Z, and W condemned it": a new clause). Both phrases must name
actors for the second to join the first (the caller asks): "the talks, hosted by Z, and the ceasefire" joins nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token


#: The longest modifier read between the commas, in tokens.
_LONGEST = 12
#: Tags of a finite verb: a modifier with one is a clause, not a participle or an apposition.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Dependencies a second party's phrase climbs to its head ("the rebel alliance", "its neighbours", "South Sudan").
_INSIDE_PHRASE = {"det", "amod", "compound", "nmod", "poss", "nummod", "case"}


class Interruption(NamedTuple):
    """A modifier set off by commas after a party, and the party coordinated after it."""

    modifier: range  # the token indices between the commas
    second: Token  # the head of the next party's noun phrase


def interruption(token: Token) -> Interruption | None:
    """The modifier set off by commas after a party's phrase and the noun phrase coordinated after it: "X, led by its
    president, and Y", "X, a close ally of Z, and Y"; ``None`` when there is none. Whether both name actors is the
    caller's to ask.

    The first party's phrase must end at a comma (its own "of" phrase may come with it: "the government of X, led
    by ..."; not a list: "X and Y, backed by Z, and ..."), the modifier must be a passive participle or a noun phrase
    with no verb, and the closing comma must be followed by "and" or "or" and the second phrase.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    doc, sent = token.doc, token.sent
    comma = next((k for k in range(token.i + 1, sent.end) if doc[k].text == ","), None)
    if comma is None or any(not _in_subtree(doc[k], token) or doc[k].dep_ in ("cc", "conj") for k in range(token.i + 1, comma)):
        return None
    close = next((k for k in range(comma + 1, min(comma + 2 + _LONGEST, sent.end)) if doc[k].pos_ == "PUNCT" and doc[k].text != "-"), None)
    if close is None or doc[close].text != "," or close + 2 >= sent.end or doc[close + 1].lower_ not in ("and", "or"):
        return None
    modifier = doc[comma + 1 : close]
    if not len(modifier) or any(t.tag_ in _FINITE for t in modifier) or not (_participle(modifier) or _apposition(modifier)):
        return None
    second = _phrase_head(doc[close + 2])
    if second.pos_ not in ("NOUN", "PROPN") or not _coordinated(second, token, range(comma + 1, close)):
        return None
    return Interruption(range(comma + 1, close), second)


def interrupted_first(verb: Token, subject: Token) -> Token | None:
    """The first party of an interrupted pair that the parse made the head of the clause, with the second party the
    subject of its conjunct verb: "X, represented by its envoy, and Y signed an accord" read as "X [..., and Y
    signed]"."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > subject.i:
        return None
    found = interruption(verb.head)
    return verb.head if found is not None and found.second.i == subject.i else None


def interrupted_before(second: Token) -> Token | None:
    """The first party whose interrupted pair a noun closes ("Z" of "X, led by its president, and Z"), if any."""
    doc = second.doc
    return next((doc[i] for i in range(second.i - 1, second.sent.start - 1, -1) if (found := interruption(doc[i])) is not None and found.second.i == second.i), None)


def enclosing(word: Token) -> tuple[Token, Interruption] | None:
    """The first party whose comma-set modifier holds a word, with its interruption ("X" for "backed" in "talks between
    X, backed by Z, and Y"), whatever the parse hangs the modifier on; ``None`` when the word is in no such modifier."""
    for i in range(word.i - 1, word.sent.start - 1, -1):  # the nearest: "clashes between X, backed by Z, and Y" is X's
        if (found := interruption(word.doc[i])) is not None and word.i in found.modifier:
            return word.doc[i], found
    return None


def _in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (token.i == root.i or root in token.ancestors)


def _participle(modifier: Span) -> bool:
    """A passive participle opens the modifier, after an adverb at most ("led by ...", "long backed by ...")."""
    words = [t for t in modifier if t.pos_ != "ADV"]
    return bool(words) and words[0].tag_ == "VBN" and words[0].i - modifier.start <= 1


def _apposition(modifier: Span) -> bool:
    """A noun phrase with no verb ("a close ally of Z", "its northern neighbour", "a founding member of Z")."""
    return modifier[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") and any(t.pos_ in ("NOUN", "PROPN") for t in modifier) \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in modifier)  # ("a founding member": a participle as adjective)


def _phrase_head(token: Token) -> Token:
    """The head noun of the phrase a token opens ("the" of "the rebel alliance" → "alliance")."""
    start = token.i
    while token.dep_ in _INSIDE_PHRASE and token.head.i > token.i and token.head.left_edge.i == start and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _coordinated(second: Token, first: Token, modifier: range) -> bool:
    """Whether the parse leaves the second party where a coordinated one can be: a conjunct of any word, or a second
    subject of the verb the first party's phrase is a subject of, or the subject of a verb the parse made a conjunct
    of that phrase or of the modifier when no verb governs them (the sentence's only verb); not the subject of a
    clause of its own ("X attacked Y, backed by Z, and W condemned it")."""
    if second.dep_ == "conj":
        return True
    if second.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = second.head
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i <= first.i and _in_subtree(first, verb.head):
        return True  # "X, led by ..., and [Y signed]", "the summit between X, ..., and [Y ended]": the verb hung on the noun
    if verb.dep_ == "conj" and verb.head.i in modifier and not any(a.pos_ in ("VERB", "AUX") for a in verb.head.ancestors):
        return True  # "clashes between X, backed by Z, and [Y killed ...]": the verb hung on the participle
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.i < modifier.start and s.i != second.i and _in_subtree(first, s) for s in verb.children)
