"""Names of places and of events the NER took for people or organisations, for the resolve stage (:mod:`kg.resolve`).

A name in "the siege of X", "the liberation of X" or "the town of X", or one that ends on a natural feature ("X
Reef", "the Y Islands"), names a place (``kg/data/place_nouns.tsv``,
WordNet's acts done to a place and kinds of settlement), and so does a name the NER tags as a place (GPE, LOC)
elsewhere in the article while the gazetteer does not know it. A place outside the gazetteer is no party to an
event: the resolver leaves such a name out, unless a title or an earlier mention makes it a person's, or it is a
city of one country (``kg/data/cities.tsv``) in a place's role: "missiles hit X", "the shelling of X", "arrived in
X", "protesters in X" are done to, in or at that country (:func:`in_place_role`). Nor is
a named military operation ("Operation Desert Shield", ``kg/data/named_events.yaml``) a party, nor a named ship ("HMAS
Adelaide", ``kg/data/vessel_prefixes.yaml``: :func:`names_vessel`), nor a named building
after "at" or "in" ("received Y at X House", ``kg/data/building_nouns.tsv``): it names where (:func:`names_venue`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg._titles import Place
from kg.gazetteer import building_nouns, event_name_openers, place_nouns, place_verbs, sector_nouns, vessel_prefixes
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
    return frozenset(e.text for e in entities(doc) if not e.ent_id_ and (
        e.label_ in _PLACE_LABELS or e.label_ in ("PERSON", "ORG") and (in_place_frame(e) or names_landform(e))))


def names_landform(span: Span) -> bool:
    """Whether a name ends on the word of a natural feature (``landform`` of :func:`kg.gazetteer.place_nouns`): "X
    Reef", "Y Shoal", "the Z Islands", "the W Strait" name places, whatever the NER's label."""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and place_nouns().get(last.lemma_.lower() if last.lemma_ else last.lower_) == "landform"


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


_FALLING = frozenset({"fall", "come"})
"""Verbs whose subject a place is when it passes to a taker: "X fell to Y", "X fell into the hands of Y", "X came
under Y's control" (WordNet 3.0 fall v.14 "be captured"; the ``fallen`` ground of kg/extract/_ground.py)."""

_FALLEN_PREPOSITIONS = frozenset({"to", "into", "under"})
"""The prepositions of the taker's phrase of a verb of :data:`_FALLING`."""


def _fallen(root: Token) -> bool:
    """Whether a name is the subject of a verb of falling to a taker: "X fell to Y", "X fell into the hands of Y",
    "X came under the control of Y"; not "X fell in value", nor "X came to the talks" ("come" only with "under")."""
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in _FALLING and (verb.lemma_.lower() != "come" or any(
        c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)) and any(
        c.dep_ == "prep" and c.lower_ in _FALLEN_PREPOSITIONS for c in verb.children)


def in_place_role(span: Span) -> bool:
    """Whether a city's name stands for the place (:data:`_PLACE_ROLES`): "Russian missiles hit X", "the bombing of
    X", "the minister arrived in X", "protesters in X", "X fell to Y" (:func:`_fallen`); not "X said", "X's mayor",
    "X officials" nor "the mayor of X" (the "of" object of a noun that is no act done to a place nor a kind of
    place). :func:`kg.nlp.city_names` labels the cities of ``kg/data/cities.tsv``; one that stands for the place
    stands for its country."""
    root = first_conjunct(span.root, ("conj", "appos"))  # "struck X and Y", "the city, X"
    if root.dep_ not in _PLACE_ROLES:
        return _fallen(root)
    if root.dep_ == "pobj" and root.head.lower_ == "in" and _legislators(root.head.head):
        return False  # "lawmakers in X passed a bill": the city's or the region's own legislature, not the state's
    return not (root.dep_ == "pobj" and root.head.lower_ == "of" and not _of_place(root.head))


def _legislators(noun: Token) -> bool:
    """Whether a noun names a legislature or its members (the ``legislature`` sector of ``kg/data/sectors.tsv``:
    "lawmakers", "legislators", "the parliament"): those of a city or a region are its own, not the state's
    (a state's legislators act for it as "US lawmakers"; "lawmakers in X" are X's)."""
    return noun.pos_ == "NOUN" and sector_nouns().get(noun.lemma_.lower()) == "legislature"


_UNKNOWN_PLACE_LABELS = ("GPE", "LOC", "FAC")
"""The NER's labels of a place's name the gazetteer may not know ("Afrin", "the Ras Lanuf terminal")."""

_REGION_WORDS = frozenset({
    "region", "area", "part", "oblast", "governorate", "county", "countryside", "border", "borderlands", "frontier",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center", "interior",
})
"""Nouns of a part of a country, besides the kinds of place of :func:`kg.gazetteer.place_nouns` ("province",
"district"), that place a name in that country: "in Ukraine's Donetsk region", "in the east of Ukraine", "in Syria's
north"."""

_AFTER_APPOSED = frozenset({"NOUN", "PROPN", "VERB", "AUX", "CCONJ", "ADJ", "NUM"})
"""Parts of speech of the word after "X, COUNTRY" that make the country no apposition of X: "X, Syrian forces" (a
modifier), "in X, Y has deployed" (a subject after a fronted phrase), "X, Y and Z" (a list)."""


def unknown_place_label(span: Span) -> bool:
    """Whether the NER labels a name the gazetteer does not know as a place's (:data:`_UNKNOWN_PLACE_LABELS`)."""
    return not span.ent_id_ and span.label_ in _UNKNOWN_PLACE_LABELS


def country_beside(span: Span, countries: dict[int, Place]) -> Place | None:
    """The country a place's name the gazetteer does not know is written with, in apposition or in an "in" phrase
    right after it: "an assault on Afrin, Syria", "clashes in Gedo, Somalia, on Monday", "the town of Avdiivka in
    eastern Ukraine", "X in Ukraine's Donetsk region", "X in the east of Ukraine", "X, a town in northern Syria".
    None for a list ("X, Y and Z"), a country that starts a clause ("In X, Y has sent troops") or modifies a noun
    ("X, Syrian officials said", "X, Y's ambassador"), or anything else after the name."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc):
        return None
    after = doc[end]
    if after.text == ",":
        place = countries.get(end + 1)
        if place is not None and place.span.start == end + 1 and place.span.label_ == "GPE":
            nxt = doc[place.span.end] if place.span.end < len(doc) else None
            if nxt is None or not (nxt.text in ("'s", "’s", "'", "’") or nxt.pos_ in _AFTER_APPOSED and nxt.ent_type_ not in ("DATE", "TIME")):
                return place  # "an assault on Afrin, Syria", "in Gedo, Somalia, on Monday"
            return None
        # "X, a town in northern Syria", "X, a Syrian town": an apposition naming a kind of place and its country
        appos = [c for c in span.root.children if c.dep_ == "appos" and c.i > end and _region_word(c)]
        return next((found for c in appos if (found := _country_of_region(c, countries)) is not None), None)
    if after.lower_ == "in" and after.head.i in {span.root.i, *(t.i for t in span.root.ancestors)}:
        # "in eastern Ukraine", "in Ukraine's Donetsk region" (the parse may hang the phrase on the name, on the noun
        # whose "of" it is or on its verb: right after the name, it places the name)
        for pobj in (c for c in after.children if c.dep_ == "pobj"):
            place = countries.get(pobj.i)
            if place is not None and place.span.root.i == pobj.i and place.span.label_ == "GPE":
                return place
            if _region_word(pobj):
                return _country_of_region(pobj, countries)
    return None


def _region_word(noun: Token) -> bool:
    """Whether a noun names a part of a country or a kind of place ("region", "the east", "province", "town")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in _REGION_WORDS or place_nouns().get(lemma) == "settlement")


def _country_of_region(noun: Token, countries: dict[int, Place]) -> Place | None:
    """The one country a noun of a region or a kind of place names as its own: a possessive or a modifier ("Ukraine's
    Donetsk region", "a Syrian town", "eastern Ukraine's border"), an "of" object ("the east of Ukraine") or an "in"
    object ("a town in northern Syria")."""
    words = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    words += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children if p.dep_ == "pobj"]
    found = {place.code: place for w in words if (place := countries.get(w.i)) is not None and place.span.root.i == w.i}
    return next(iter(found.values())) if len(found) == 1 else None


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


def names_vessel(span: Span) -> bool:
    """Whether a name is (part of) a ship's name: it opens with a ship prefix ("HMAS Adelaide", "USS Ronald Reagan"),
    or follows one the NER left out of it ("KRI" before "Bima Suci"), or is the prefix alone. A ship is its owner's
    means, no party: "X deployed HMS Y to deliver aid" states no act done to the ship."""
    doc = span.doc
    return span[0].text in vessel_prefixes() or (span.start > 0 and doc[span.start - 1].text in vessel_prefixes()
                                                and doc[span.start - 1].pos_ == "PROPN")
