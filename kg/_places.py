"""Names of places and of events the NER took for people or organisations, for the resolve stage (:mod:`kg.resolve`).

A name in "the siege of X", "the liberation of X" or "the town of X" names a place (``kg/data/place_nouns.tsv``,
WordNet's acts done to a place and kinds of settlement), and so does a name the NER tags as a place (GPE, LOC)
elsewhere in the article while the gazetteer does not know it. A place outside the gazetteer is no party to an
event: the resolver leaves such a name out, unless a title or an earlier mention makes it a person's, or it is a
city of one country (``kg/data/cities.tsv``) in a place's role: "missiles hit X", "the shelling of X", "arrived in
X", "protesters in X" are done to, in or at that country (:func:`in_place_role`). Nor is
a named military operation ("Operation Desert Shield", ``kg/data/named_events.yaml``) a party, nor a named building
after "at" or "in" ("received Y at X House", ``kg/data/building_nouns.tsv``): it names where (:func:`names_venue`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import building_nouns, event_name_openers, place_nouns, place_verbs
from kg.nlp import entities, first_conjunct

_PLACE_LABELS = ("GPE", "LOC")
"""The NER's labels of places."""

_PLACE_PREPOSITIONS = frozenset({"near", "outside", "throughout"})
"""Prepositions whose object is a place ("fighting near X", "clashes outside X"); not "in", "at", "around" or
"towards", whose object may be a person ("confidence in X", "aimed at X", "rallied around X", "hostility towards X")."""


def place_names(doc: Doc) -> frozenset[str]:
    """The names the article uses for a place the gazetteer does not know: those the NER tags as a place ("fighting
    near Tal Kaif") and those of people or organisations in a place's frame (:func:`in_place_frame`), so that every
    mention of the name is read so ("troops entered Tal Kaif ... the liberation of Tal Kaif")."""
    return frozenset(e.text for e in entities(doc) if not e.ent_id_ and (e.label_ in _PLACE_LABELS or e.label_ in ("PERSON", "ORG") and in_place_frame(e)))


def in_place_frame(span: Span) -> bool:
    """Whether a name stands where only a place can: the "of" object of a noun of :func:`kg.gazetteer.place_nouns`
    ("the siege of X", "the town of X", "the recapture of X and Y"), the direct object of a verb of
    :func:`kg.gazetteer.place_verbs` ("shelled X", "liberated X"), or the object of a preposition of place
    ("fighting near X")."""
    root = first_conjunct(span.root)  # "the liberation of X and Y"
    if ranked(span):
        return False
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in place_verbs()
    if root.dep_ != "pobj":
        return False
    if head.lower_ in _PLACE_PREPOSITIONS:
        return True
    noun = head.head
    return head.lower_ == "of" and noun.pos_ == "NOUN" and (noun.lower_ in place_nouns() or noun.lemma_.lower() in place_nouns())


_PLACE_ROLES = frozenset({"dobj", "pobj", "nsubjpass", "dative"})
"""Where a city's name stands for the place, not for its people or its council: the object of a verb or of a
preposition, the subject of a passive ("X was shelled"); not a subject ("X said"), a possessive ("X's mayor") or a
modifier ("X officials")."""


def in_place_role(span: Span) -> bool:
    """Whether a city's name stands for the place (:data:`_PLACE_ROLES`): "Russian missiles hit X", "the bombing of
    X", "the minister arrived in X", "protesters in X"; not "X said", "X's mayor", "X officials" nor "the mayor of
    X" (the "of" object of a noun that is no act done to a place nor a kind of place). :func:`kg.nlp.city_names`
    labels the cities of ``kg/data/cities.tsv``; one that stands for the place stands for its country."""
    root = first_conjunct(span.root, ("conj", "appos"))  # "struck X and Y", "the city, X"
    if root.dep_ not in _PLACE_ROLES:
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ == "of" and not _of_place(root.head))


def _of_place(of: Token) -> bool:
    """Whether an "of" phrase hangs on a noun of :func:`kg.gazetteer.place_nouns`: "the shelling of X", "the town of X"
    (not "the mayor of X", "the people of X")."""
    noun = of.head
    return noun.pos_ == "NOUN" and (noun.lower_ in place_nouns() or noun.lemma_.lower() in place_nouns())


_VENUE_PREPOSITIONS = frozenset({"at", "in", "inside"})
"""Prepositions whose object, when a building's name, is where an act takes place ("met at X House")."""


def names_venue(span: Span) -> bool:
    """Whether a name the gazetteer does not know is a building's, where an act takes place: its head is a noun of
    :func:`kg.gazetteer.building_nouns` after a word of the name ("Lancaster House", "the Grand Palace", "the Great
    Hall of the People"), and it is the object of "at", "in" or "inside" ("received Y at X House", "talks in the
    Grand Palace"). Not a one-word name ("at the House": a chamber), nor a subject or an object ("X House said")."""
    head = span.root
    if head.lower_ not in building_nouns() or not head.text[:1].isupper():
        return False
    if not any(t.i < head.i and t.text[:1].isupper() and t.dep_ != "det" for t in span):
        return False
    root = first_conjunct(head)  # "at X House and Y Palace"
    return root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPOSITIONS


def ranked(span: Span) -> bool:
    """Whether a word before a name in its noun phrase makes it a person's: "the capture of General X", "of
    commander X" (a compound before the name, which a place's name in a place's frame does not take)."""
    return any(child.dep_ == "compound" and child.i < span.start for child in span.root.children)


def names_operation(span: Span) -> bool:
    """Whether a name is (the end of) the name of one military operation or exercise: "Operation Desert Shield",
    or "Desert Shield" after the capitalised word "Operation" that the NER left out of it."""
    doc = span.doc
    first = span[0] if span[0].lower_ in event_name_openers() else doc[span.start - 1] if span.start > 0 else None
    return first is not None and first.lower_ in event_name_openers() and first.text[:1].isupper() and len(span) > (first.i == span.start)
