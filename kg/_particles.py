"""Persons' names with lower-case particles: "Ilse van den Brink", "Rosa de la Fuente", "Karim bin Yusuf".

The small English model reads such a name badly: the tagger takes "van", "den" or "dos" for common words (even a
verb: "Tiago dos Reis signed" parses "dos" as the root), the parser builds its tree round them, and the NER cuts the
name at a particle ("Ilse van den" a person, "Brink" a place). Two pipeline components mend this:

* :func:`particle_names` (right after the tokenizer, before the tagger): the particles of a name and its surname
  become one token, "Ilse | van den Brink", "Tiago | dos Reis", so that the tagger and the parser see a two-word name.
  A particle is one of ``name_particles`` of ``kg/data/names.yaml``, written in lower case, between a capitalised
  word that is no stop word and a capitalised surname. Capitalised particles open a name of their own and are left
  alone ("Van Morrison", "De Beers", "Al Jazeera"); so are the names of bodies and places (a word of
  ``particle_name_blockers`` before the particle: "Banco de la Plaza"; a name the gazetteer knows: "Rio de Janeiro";
  a surname that is a gazetteer name: "Petroleos de Norlandia"). A hyphenated first particle ("Ali al-Nuri") is left to
  the NER, which reads it, as it is the shape of many a group's name too ("Jaysh al-Nasr"); later parts of a long name
  may be hyphenated ("Karim bin Zayed al-Nuri").
* :func:`particle_persons` (after the NER): the given names before such a token and the token make one PERSON span
  ("Ilse van den Brink"), whatever the NER guessed, unless a word of the gazetteer is part of it or a word of a
  place or a body follows it ("the Ilse van den Brink Airport").

Merging keeps the text and the character offsets; the merged token counts as a name word (:func:`particle_name`).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import HONORIFICS, load_gazetteer, name_cues, place_ids, titles

_MAX_PARTICLES = 3  # "Rosa de la Fuente", "Joost van der Berg"
_MAX_GIVEN = 4  # "Carl Anders Johan Emil von Rosen"


def particle_name(token: Token) -> bool:
    """Whether a token is a surname with its particles read as one word ("van den Brink", "bin Yusuf").

    >>> from spacy.lang.en import English
    >>> doc = English()("Ilse van den Brink")
    >>> with doc.retokenize() as r:
    ...     r.merge(doc[1:4])
    >>> particle_name(doc[1]), particle_name(doc[0])
    (True, False)
    """
    words = token.text.split()
    return len(words) > 1 and words[0] in name_cues().name_particles and words[-1][:1].isupper()


@cache
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names of the gazetteer and of its cities and regions; and those of them with a lower-case particle
    ("Rio de Janeiro", "Port of Spain" has none)."""
    names = frozenset(s.text for s in load_gazetteer().surfaces) | frozenset(place_ids())
    particles = name_cues().name_particles
    with_particles = frozenset(n for n in names if any(w in particles for w in n.replace("-", " ").split()[1:]))
    return names, with_particles


def _given_word(token: Token) -> bool:
    """Whether a capitalised word may be a given name before particles: no stop word ("The", "Why"), title,
    honorific or word of a body's or a place's name."""
    low = token.lower_
    return (
        token.is_title and token.is_alpha and not token.is_stop and low not in HONORIFICS and low not in titles()
        and low not in name_cues().particle_name_blockers
    )


def _surname_end(doc: Doc, i: int) -> int | None:
    """The end of the particles and surname that start at token ``i`` (None: no name's particles there), with the
    further parts of a long name ("bin Khalifa al-Nuri", "bin Zayed Al Nahyan" of a name's "Karim bin Zayed al-Nuri").
    """
    particles = name_cues().name_particles
    end: int | None = None
    j = i
    while j < len(doc):
        k = j
        # the first particle is written in lower case ("Van Morrison" is a name of its own); later ones may not be
        while k < len(doc) and k - j < _MAX_PARTICLES and (doc[k].text in particles or end is not None and doc[k].lower_ in particles):
            k += 1
        if j < k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            if end is None:
                return None  # "Ali al-Nuri", "Jabhat al-Nusra": a hyphenated first particle is the NER's to read, as before
            k += 1  # "bin Zayed al-Nuri"
        if k == j or k >= len(doc) or not doc[k].is_title or not doc[k].is_alpha or doc[k].is_stop:
            return end
        end = j = k + 1
    return end


def _names_a_place(doc: Doc, i: int, end: int) -> bool:
    """Whether the words round particles at ``i`` spell a name of the gazetteer ("Rio de Janeiro"), or the surname
    starts one ("Banco de Norlandia")."""
    names, with_particles = _known_names()
    n = len(doc)
    if any(doc[end - 1 : y].text in names for y in range(end, min(n, end + 3) + 1)):
        return True
    return any(doc[x:y].text in with_particles for x in range(max(0, i - _MAX_GIVEN), i) for y in range(end, min(n, end + 3) + 1))


@Language.component("particle_names")
def particle_names(doc: Doc) -> Doc:
    """Read the particles of a person's name and its surname as one token (see the module)."""
    particles = name_cues().name_particles
    spans: list[tuple[int, int]] = []
    i = 1
    while i < len(doc):
        if doc[i].text in particles and _given_word(doc[i - 1]) and (end := _surname_end(doc, i)) is not None \
                and not _names_a_place(doc, i, end):
            spans.append((i, end))
            i = end
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in spans:
                retokenizer.merge(doc[start:end])
    return doc


#: Tags of words that are no given name, though capitalised at a sentence's start ("Later van den Brink said").
_NOT_GIVEN_POS = frozenset({"ADV", "ADP", "VERB", "AUX", "DET", "PRON", "SCONJ", "CCONJ", "PART", "NUM", "INTJ", "PUNCT"})


def _given_start(doc: Doc, i: int) -> int:
    """The first of the given names right before token ``i`` ("Ilse" of "Ilse | van den Brink")."""
    start = i
    while start > 0 and i - start < _MAX_GIVEN and _given_word(doc[start - 1]) and not doc[start - 1].ent_id_ \
            and doc[start - 1].pos_ not in _NOT_GIVEN_POS:
        start -= 1
        if doc[start].is_sent_start:
            break
    return start


@Language.component("particle_persons")
def particle_persons(doc: Doc) -> Doc:
    """Label PERSON the given names and the particle surname of each name :func:`particle_names` read (see the
    module)."""
    blockers = name_cues().particle_name_blockers
    found: list[Span] = []
    for token in doc:
        if " " not in token.text or not particle_name(token):
            continue
        token.pos_, token.tag_ = "PROPN", "NNP"
        start = _given_start(doc, token.i)
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in blockers:
            continue  # "the Ilse van den Brink Airport"
        found.append(Span(doc, start, token.i + 1, label="PERSON"))
    if not found:
        return doc
    ruled = [e for e in doc.ents if e.ent_id_]  # a gazetteer name is the ruler's to read
    found = [s for s in found if not any(e.start < s.end and s.start < e.end for e in ruled)]
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in found)]
    doc.ents = sorted([*kept, *found], key=lambda s: s.start)
    return doc
