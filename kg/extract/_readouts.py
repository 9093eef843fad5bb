"""Bulleted readouts of the ``patterns.v1`` extractor: who acts in a bullet line that names no subject.

A readout or fact sheet of a call or meeting lists what was done as bullet lines ("- Discussed
...", "* reaffirmed ...", "1. Agreed ..."), often under a label line ("The Minister:"). A bullet
whose verb has no subject of its own is the act of:

* the one a label line names ("Ana Sol:", "The Minister:" standing for the readout's issuer,
  "The two leaders:" for the pair of the last meeting);
* else the readout's issuer: the owner named in the heading ("Readout of Ana Sol's call with
  ..."), or the one who met or called in the first meeting stated ("Ana Sol spoke with ...");
  both sides when the heading is about a meeting "between" two or a "joint" readout.

Only articles whose opening names them a readout or fact sheet are read this way: an ordinary
list of facts ("- Sudia, which has the longest coast.") gets no subject. With no issuer found
(no owner in the heading, no meeting stated before the bullet), the bullet's verb has no subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract._discourse import local_pair
from kg.extract._words import _ACTOR_TYPES, _DYAD_NOUNS
from kg.model import Entity, EntityType
from kg.nlp import text_of

if TYPE_CHECKING:
    from kg.extract._context import _Context

#: Marks that open a bullet line, with what may stand before them on the line.
_BULLET_PREFIX = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014\u00b7]|\d{1,2}[.)])[ \t]*")
_BULLET_LINE = re.compile(_BULLET_PREFIX.pattern + r"\S")
#: Words of an opening that make the article a readout or fact sheet.
_READOUT = re.compile(r"\b(?:read-?outs?|fact ?sheets?)\b", re.IGNORECASE)
#: How far into the article the readout word must stand (the heading and its first lines).
_OPENING = 400
#: Words of a heading that make the readout both sides' ("a call between X and Y", "joint readout").
_BOTH = {"between", "joint"}
#: Other words of a label that names an office ("The Prime Minister:", "The Foreign Secretary:").
_OFFICE_WORDS = {"the", "prime", "foreign", "deputy", "vice", "state", "of", "general"}
#: Offices a label may name instead of a person ("The Minister:", "The Secretary:").
_LABEL_OFFICES = {"minister", "secretary", "president", "premier", "chancellor", "spokesperson", "spokesman", "spokeswoman", "ambassador", "leader", "king", "queen", "envoy"}


def is_bullet_start(token: Token) -> bool:
    """Whether ``token`` is the first word of a bullet line ("- Agreed to ...", "* reaffirmed ...", "2. Discussed ...")."""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return bool(_BULLET_PREFIX.fullmatch(text, start, token.idx)) and token.idx > start


def bullet_subjects(ctx: _Context, verb: Token) -> list[Entity] | None:
    """The actors a subjectless verb opening a bullet line of a readout stands for.

    Returns:
        None when ``verb`` does not open a bullet line of a readout (the other rules apply); an
        empty list when it does but no issuer is known (abstain); else the acting actors.
    """
    if not is_bullet_start(verb) or not _is_readout(verb):
        return None
    label = _label(verb)
    if label is not None:
        named = _label_actors(ctx, verb, label)
        if named is not None:
            return named
    return _issuer(ctx, verb)


def names_office(label: Span | list[Token]) -> bool:
    """Whether a label names an office only ("The Minister", "The Foreign Secretary"), no person."""
    words = {t.lemma_.lower() for t in label if t.is_alpha}
    return bool(words & _LABEL_OFFICES) and words <= _LABEL_OFFICES | _OFFICE_WORDS


def office_label_speaker(ctx: _Context, label: list[Token]) -> Entity | None:
    """The speaker of a readout's lines under an office label ("The Minister:"): the issuer, if one person or state."""
    if not label or not names_office(label) or not _is_readout(label[0]):
        return None
    issuer = _issuer(ctx, label[-1])
    return issuer[0] if len(issuer) == 1 else None


def _is_readout(token: Token) -> bool:
    return bool(_READOUT.search(text_of(token.doc)[:_OPENING]))


def _label(token: Token) -> tuple[int, int] | None:
    """Character span of the label line ("The Minister:") the bullet list of ``token`` hangs from, if any."""
    text = text_of(token.doc)
    end = text.rfind("\n", 0, token.idx)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET_LINE.match(line):
            stripped = line.rstrip()
            return (start, start + len(stripped) - 1) if stripped.endswith(":") and len(stripped) <= 80 else None
        end = start - 1
    return None


def _label_actors(ctx: _Context, verb: Token, label: tuple[int, int]) -> list[Entity] | None:
    """Who a label line names: a person or state, the pair ("The two leaders:"), or the issuer for an office ("The Minister:")."""
    span = verb.doc.char_span(label[0], label[1], alignment_mode="expand")
    if span is None:
        return None
    words = {t.lemma_.lower() for t in span if t.is_alpha}
    if names_office(span):
        return _issuer(ctx, verb)  # "The Minister:" names the office, not a person the resolver may guess
    found: dict[str, Entity] = {}
    for t in span:
        m = ctx.mention(t)
        if m is not None and m.entity.type in _ACTOR_TYPES:
            found.setdefault(m.entity.key, m.entity)
    people = [e for e in found.values() if e.type is EntityType.PERSON] or list(found.values())
    if len(people) == 1:
        return people
    if people:
        return []  # two named: no one subject
    if words & _DYAD_NOUNS and words & {"two", "both"}:
        return local_pair(ctx, verb)
    return None


def _issuer(ctx: _Context, verb: Token) -> list[Entity]:
    """The readout's issuer: the owner in the heading, or the first meeting's caller (both sides for a joint readout)."""
    heading = next(iter(verb.doc.sents))
    for t in heading:
        if t.dep_ == "poss" and t.i < verb.i:
            m = ctx.mention(t)
            if m is not None and m.entity.type in _ACTOR_TYPES:
                return [m.entity]
    both = any(t.lower_ in _BOTH for t in heading)
    for event in ctx.events:
        if event.evidence.start >= verb.idx:
            break
        if event.predicate.category == "CONSULT" and event.subject.type in _ACTOR_TYPES:
            if both:
                return [event.subject, event.object] if event.object.type in _ACTOR_TYPES else []
            return [event.subject]
    return []
