"""Names of persons read from their structure, for the resolve stage, whatever label the NER gave the words.

:func:`titled_names`: the capitalised name words right after a title of office and its country
("President of Freedonia Rufus T. Firefly", "the King of Freedonia Rufus Firefly"),
or after a title alone when they are two or more ("Minister Rufus Firefly"), or one word that is the surname of the
one office-holder of ``kg/data/leaders.tsv`` who holds that office ("President Ruto"; not "President Smith").

:func:`surname_mentions`, called by :func:`kg.resolve.resolve` once the names are resolved: after
"President of Freedonia Rufus Firefly", a later "Firefly said" is the same person even when the NER
saw no name in "Firefly". The word must be the last word of exactly one person's full
name seen before it, or its first word ("Abiy Ahmed ... Abiy said", "Kim Jong Un ... Kim said": the name some
people go by is the first), capitalised, used as a name (a proper noun, or a sentence's first word that is no
modifier and that the article never writes in lower case), and stand alone: not inside
another mention and not next to another capitalised name word ("Firefly Street", "Mary Firefly").
Two people of the article who share the surname leave it unresolved.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span, Token

from kg._titles import Place, name_end
from kg.ambiguity import first_name_at, name_word
from kg.gazetteer import load_office_holders, name_cues, title_pattern
from kg.model import Entity, EntityType, Mention
from kg.nlp import text_of

log = logging.getLogger(__name__)


def titled_names(doc: Doc, countries: dict[int, Place], title_matches: list[re.Match[str]]) -> list[Span]:
    """Spans of the names that follow a title of office (matches of the title pattern in the lower-cased text)
    and start with a word the NER left untagged (a name it tagged whole is the NER's to read; one it cut short,
    "Rufus [Firefly]", is completed here)."""
    text = text_of(doc)
    found: list[Span] = []
    headlines: dict[int, bool] = {}
    for match in title_matches:
        start, end = match.span()
        if start and text[start - 1].isalpha() or end < len(text) and text[end].isalpha():
            continue
        title = doc.char_span(start, end, alignment_mode="expand")
        if title is None or title.end >= len(doc):
            continue
        i, limit = title.end, title.sent.end
        if title.sent.start not in headlines:
            headlines[title.sent.start] = _headline(title.sent)
        if headlines[title.sent.start]:
            continue  # "Prime Minister of Freedonia Meets Envoy": every word capitalised, no name to tell apart
        placed = False
        if i + 1 < limit and doc[i].lower_ == "of":
            j = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < limit else i + 1
            place = countries.get(j)
            if place is None or place.span.start != j and place.span.start != i + 1:
                continue  # "President of the Lake Club X": not a country's office
            i, placed = place.span.end, True
        # "the Freedonian Foreign Minister, Rosa Mendel,": a name in apposition to the title, set off by commas
        appositive = i + 2 < limit and doc[i].text == ","
        if appositive:
            i += 1
        # "Minister Sofia Rossi": a city the ruler tagged but the resolver read as a first name (kg.ambiguity) starts it
        first_name = i < limit and i not in countries and bool(doc[i].ent_id_) and i + 1 < limit and first_name_at(doc, i)
        if i >= limit or not first_name and (not name_word(doc[i]) or doc[i].ent_type_) or doc[i].is_sent_start:
            continue
        stop = name_end(doc, i + 1 if first_name else i, limit)
        name = doc[i:stop]
        if appositive:
            while stop < limit and stop - i < 4 and name_word(doc[stop]) and doc[stop].ent_type_ in ("", "PERSON", "ORG"):
                stop += 1  # "Rosa Mendel" of which the NER took "Mendel" for an organisation
            name = doc[i:stop]
            if len(name) < 2 or stop < limit and doc[stop].text not in (",", ".", ";") or _body_word(name):
                continue  # "the Foreign Minister, Rosa Mendel, said": two name words at least, closed by the clause
            found.append(name)  # the NER may have taken the surname for a body ("Mendel" an ORG): the title decides
            continue
        # "President Ruto": one word after a title only when it is the surname of the one office-holder of the table
        # who holds that office (kg/data/leaders.tsv)
        known = not placed and len(name) == 1 and load_office_holders().titled_surname(name.text, match.group(0)) is not None
        if len(name) < (1 if placed or known else 2) or any(t.ent_type_ not in ("", "PERSON") for t in name[1 if first_name else 0 :]):
            continue
        if stop < len(doc) and doc[stop].ent_type_ == "PERSON" and not doc[stop].ent_iob_ == "B":
            continue  # the NER's name goes on past the words read here
        found.append(name)
    return found


def _body_word(name: Span) -> bool:
    """Whether a capitalised phrase has a word of a body's or a place's name ("Central Bank", "Freedonia House")."""
    words = name_cues().body_heads | name_cues().particle_name_blockers
    return any(t.lower_ in words for t in name)


def _headline(sent: Span) -> bool:
    """Whether a sentence is written in title case: no word longer than three letters in lower case."""
    return not any(t.is_lower and t.is_alpha and len(t) > 3 for t in sent)


#: Words that open a name without being one a person goes by ("al-", "bin", "van", "de la").
_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "van", "von", "der", "den", "del", "della", "dos", "das", "mac", "sir", "dame", "mr", "mrs", "ms", "dr"})


def surname_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of persons by a surname the NER did not tag, after their full name (see the module)."""
    introduced: list[tuple[int, str, Entity]] = []  # (where the full name ends, its surname, the person)
    for m in mentions:
        if m.entity.type is not EntityType.PERSON:
            continue
        for name in (m.text, m.entity.label):
            words = name.split()
            if title_pattern().fullmatch(re.sub(r"^the ", "", name.lower())):
                continue  # "the Prime Minister": a title, no surname
            if len(words) > 1 and words[-1][:1].isupper():
                introduced.append((m.end, words[-1], m.entity))
            if len(words) > 1 and words[0][:1].isupper() and len(words[0]) > 2 and words[0].lower() not in _PARTICLES:
                # "Abiy Ahmed ... Abiy said", "Srettha Thavisin ... Srettha said", "Kim Jong Un ... Kim said": where the
                # name a person goes by is the first (a given name, or a surname written first)
                introduced.append((m.end, words[0], m.entity))
    if not introduced:
        return []
    text = text_of(doc)
    # "Stone ... stone walls": a surname the article also writes in lower case is a common word of it
    surnames = {s for _, s, _ in introduced if not re.search(rf"(?<![\w-]){re.escape(s.lower())}(?![\w-])", text)}
    if not surnames:
        return []
    occupied = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    words = "|".join(sorted(re.escape(s) for s in surnames))
    for match in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", text):  # the text first: tokens cost
        if match.start() in occupied:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or not _alone(span[0]) or not _proper(span[0]):
            continue
        token = span[0]
        people = {entity.key: entity for end, surname, entity in introduced if surname == token.text and end <= token.idx}
        if len(people) != 1:
            if people:
                log.debug("%r at %d: the surname of %d people, unresolved", token.text, token.idx, len(people))
            continue
        [person] = people.values()
        found.append(Mention(person, token.idx, token.idx + len(token.text), token.text))
    return found


def _proper(token: Token) -> bool:
    """Whether a capitalised word is used as a name: a proper noun, or a word the tagger took for a common noun at
    the start of a sentence ("Firefly signed two deals") that is no modifier of a noun ("Field hospitals")."""
    if token.pos_ == "PROPN":
        return True
    if token.dep_ in ("compound", "amod", "nmod"):
        return False
    return token.is_sent_start and token.pos_ == "NOUN"


def _alone(token: Token) -> bool:
    """Whether a word stands as a name by itself: no capitalised name word glued before or after it (a title may
    precede it: "President Firefly")."""
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and not doc[after].is_sent_start and name_word(doc[after]):
        return False
    before = token.i - 1
    if before >= 0 and not token.is_sent_start and name_word(doc[before]):
        return False
    return True
