"""Office-holders named by their surname alone, which the NER left untagged or took for a place, for the resolve stage.

:func:`bare_surnames` reads one word as the person of the office-holders table (``kg/data/leaders.tsv``) whose
one-word name or alias it is, as a tagged full name would be read: "Scholz met Zelensky in Kyiv" (the small model leaves
"Scholz" untagged) names Olaf Scholz, with his country. The word must

* be no name the gazetteer tagged nor a word of a longer NER name; a one-word NER place, body or nationality the
  gazetteer does not know ("Sikorski met Fidan": "Fidan" tagged as a place) may be one; be capitalised and a proper
  noun (or a sentence's first word the tagger took for a common noun: "Starmer met ...");
* be the one-word name of exactly ONE person of the curated rows, whatever the date (:meth:`kg.gazetteer.OfficeHolders.named`
  without a day: an alias two office-holders share stays unread, "Kim", "Lee");
* stand where an actor stands: the subject or object of a verb, the object of a preposition, a possessor ("Museveni's
  visit"), a conjunct or an apposition of one; not a modifier of a noun ("the Museveni Foundation", "a Scholz
  painting"), and not glued to another capitalised name word ("Museveni Group", "Mary Museveni");
* not be written in lower case anywhere in the article ("a roof truss ... Truss": a common word), nor be a place's name
  there (:func:`kg._places.place_names`), nor stand where only a place can (:func:`kg._places.in_place_frame`).

The spans are read by :func:`kg.resolve.resolve` in their place among the NER's names (so that a person the article
named in full before, "Anna Museveni, a painter ... Museveni said", stays that person).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg._places import in_place_frame
from kg.ambiguity import name_word
from kg.gazetteer import load_office_holders
from kg.nlp import entities, text_of

#: The NER's labels a lone surname may wrongly get (a place, a body, a nationality), which the gazetteer does not confirm.
_GUESSED_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})

#: Prepositions whose object is more often a place than a person.
_WHERE = frozenset({"in", "at", "from", "to", "into", "near", "across", "outside", "inside", "throughout", "toward", "towards", "around", "within"})

#: Dependencies of a word standing as an actor of its clause: a subject, an object, a possessor, or a word coordinated
#: with or in apposition to one (the parser's "npadvmod" and "ROOT" take a name alone in a short line).
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative", "agent", "attr", "ROOT"})


def bare_surnames(doc: Doc, places: frozenset[str], taken: set[int]) -> list[Span]:
    """One-word spans naming the one office-holder of the table with that name (see the module); ``taken`` holds the
    tokens already read as a name."""
    holders = load_office_holders()
    text: str | None = None
    framed: frozenset[str] | None = None
    found: list[Span] = []
    for token in doc:
        if token.i in taken or not _candidate(token):
            continue
        holder = holders.named(token.text)
        if holder is None or not holder.curated:
            continue
        if token.is_upper and token.text not in holder.aliases:
            continue  # "XI" of a numbered name or a line in capitals; an acronym the table gives ("AMLO") is a name
        if text is None:
            text = text_of(doc)
        if re.search(rf"(?<![\w-]){re.escape(token.lower_)}(?![\w-])", text):
            continue  # a common word of the article
        if not token.ent_type_ and token.text in places:
            continue  # a place of the article
        if token.ent_type_:
            # the NER's place or body: a person unless it stands where a place does, here ("talks in X") or elsewhere
            if token.dep_ == "pobj" and token.head.lower_ in _WHERE:
                continue
            if framed is None:
                framed = _framed(doc)
            if token.text in framed:
                continue
        if in_place_frame(doc[token.i : token.i + 1]):
            continue
        found.append(doc[token.i : token.i + 1])
    return found


def _unresolved_place(token: Token) -> bool:
    """Whether a word is by itself a place or body the NER tagged and the gazetteer does not know (no ``ent_id``):
    "Fidan" tagged as a place in "Lavrov met Fidan"."""
    return token.ent_iob_ == "B" and token.ent_type_ in _GUESSED_LABELS and not token.ent_id_ \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _candidate(token: Token) -> bool:
    """Whether a word may be a surname standing alone as an actor (the cheap tests, before the table)."""
    if token.ent_type_ and not _unresolved_place(token) or not token.text[:1].isupper() or len(token.text) < 2:
        return False
    if token.pos_ != "PROPN" and not (token.is_sent_start and token.pos_ == "NOUN"):
        return False  # the tagger takes a sentence's first word for a common noun ("Starmer met ...")
    if token.dep_ not in _ACTOR_DEPS:
        return False
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and not doc[after].is_sent_start and (name_word(doc[after]) or doc[after].ent_type_ and doc[after].text[:1].isupper()):
        return False  # "Museveni Group", "Scholz Foundation"
    before = token.i - 1
    return before < 0 or token.is_sent_start or not (name_word(doc[before]) or doc[before].ent_type_ and doc[before].text[:1].isupper())


def _framed(doc: Doc) -> frozenset[str]:
    """The names of the article that stand somewhere where only a place can ("fighting near X")."""
    return frozenset(e.text for e in entities(doc) if not e.ent_id_ and in_place_frame(e))
