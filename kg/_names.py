"""Later mentions of a person by surname alone, for the resolve stage, whatever label the NER gave the word.

Entry point: :func:`surname_mentions`, called by :func:`kg.resolve.resolve` once the NER's names are
resolved. After "President of Freedonia Rufus Firefly", a later "Firefly said" is the same person even
when the NER saw no name in "Firefly". The word must be the last word of exactly one person's full
name seen before it, capitalised, used as a name (a proper noun, or a sentence's first word that is no
modifier and that the article never writes in lower case), and stand alone: not inside
another mention and not next to another capitalised name word ("Firefly Street", "Mary Firefly").
Two people of the article who share the surname leave it unresolved.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.ambiguity import name_word
from kg.model import Entity, EntityType, Mention

log = logging.getLogger(__name__)


def surname_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of persons by a surname the NER did not tag, after their full name (see the module)."""
    introduced: list[tuple[int, str, Entity]] = []  # (where the full name ends, its surname, the person)
    for m in mentions:
        if m.entity.type is not EntityType.PERSON:
            continue
        for name in (m.text, m.entity.label):
            words = name.split()
            if len(words) > 1 and words[-1][:1].isupper():
                introduced.append((m.end, words[-1], m.entity))
    if not introduced:
        return []
    surnames = {surname for _, surname, _ in introduced}
    occupied = {i for m in mentions for i in range(m.start, m.end)}
    lowered = {t.text for t in doc if t.is_lower}
    found: list[Mention] = []
    for token in doc:
        if token.text not in surnames or token.idx in occupied or not _alone(token) or not _proper(token, lowered):
            continue
        people = {entity.key: entity for end, surname, entity in introduced if surname == token.text and end <= token.idx}
        if len(people) != 1:
            if people:
                log.debug("%r at %d: the surname of %d people, unresolved", token.text, token.idx, len(people))
            continue
        [person] = people.values()
        found.append(Mention(person, token.idx, token.idx + len(token.text), token.text))
    return found


def _proper(token: Token, lowered: set[str]) -> bool:
    """Whether a capitalised word the article never writes in lower case is used as a name: a proper noun, or a
    word the tagger took for a common noun at the start of a sentence ("Firefly signed two deals") that is no
    modifier of a noun ("Field hospitals")."""
    if token.lower_ in lowered:
        return False  # "Stone ... stone walls": a common word of the article
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
