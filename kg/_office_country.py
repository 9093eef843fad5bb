"""A country for a titled person whose title names none, from an unambiguous source in the discourse.

Called by :func:`kg.resolve.resolve` once the article's persons are resolved. A title alone
("Prime Minister X", "President X") does not say whose office it is, and the countries around
it are no answer ("in Freedonia, President X of Sylvania..."). Two cues are unambiguous enough:

* :func:`_possessor_country`: "his Prime Minister X", "the king's chancellor X", "Rufus IV's
  minister X": the office a ruler possesses is an office of the ruler's country. A ruler is a
  person the article gives a country and a ruling office (a leader's title, a regnal name
  "Rufus IV", "X reigned as king of Y"); "his"/"her" is the person named last before it, in
  its sentence or the two before, and must be that ruler.
* :func:`_document_country`: in a document whose first sentence names one country, a head of
  state or government titled without a country ("King X", "President X") in a later sentence
  holds that country's office, when no other country is named before the end of that sentence
  and no organisation whose office it may be (:func:`_organisation_office`).

Anything else (two candidates, a person named between, a document with two countries) leaves the
person without a country. Cue words are in ``kg/data/structural.yaml`` (``ruler_offices``,
``document_offices``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from kg._titles import Place, is_country_word, office_after, regnal_name
from kg.gazetteer import role_of, structural_cues, title_pattern, titles
from kg.model import EntityType, Mention
from kg.nlp import text_of

_PRONOUN_REACH = 2
"""Sentences before a possessive pronoun's own in which its antecedent, the last person named, may stand."""


def office_countries(doc: Doc, countries: dict[int, Place], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a country given to each titled person whose title names none and whom a cue places.

    Args:
        doc: the parsed article.
        countries: the article's country tokens (:func:`kg._titles.country_tokens`).
        mentions: the resolved mentions, final entities (one entity per key).

    Returns:
        The same mentions; a placed person's mentions carry the entity with its country.
    """
    people = [m for m in mentions if m.entity.type is EntityType.PERSON]
    if not people:
        return mentions
    unplaced = {m.entity.key for m in people if m.entity.country is None and m.entity.role is not None}
    if not unplaced:
        return mentions
    rulers = _rulers(doc, countries, people)
    in_document = _document_country(doc, countries, people)
    named = sorted((i, place.code) for i, place in countries.items())
    placed: dict[str, str] = {}
    seen: set[str] = set()
    for m in sorted(people, key=lambda m: m.start):
        key = m.entity.key
        if key in seen or key not in unplaced:
            continue
        seen.add(key)
        role = m.entity.role or ""
        code = _possessor_country(doc, m, people, rulers) if _ruler_office(role) else None
        if code is None and in_document is not None and role in structural_cues().document_offices:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.sent.start > 0 and all(c == in_document for i, c in named if i < span.sent.end) \
                    and not _organisation_office(role, span, mentions):
                code = in_document  # a later sentence of a document about one country, none other named so far
        if code is not None:
            placed[key] = code
    if not placed:
        return mentions
    return [replace(m, entity=replace(m.entity, country=placed[m.entity.key])) if m.entity.key in placed else m for m in mentions]


def _ruler_office(role: str) -> bool:
    """Whether a role is an office a ruler gives ("prime minister", "finance minister", "chancellor")."""
    return any(role == office or role.endswith(f" {office}") for office in structural_cues().ruler_offices)


def _rulers(doc: Doc, countries: dict[int, Place], people: list[Mention]) -> dict[str, str]:
    """The article's persons who rule a country, with its code: a leader's title with a country, a regnal
    name with a country ("Rufus IV of Freedonia"), or a ruling office stated after the name, past or not
    ("X reigned as King of Freedonia")."""
    organisation_titles = set(structural_cues().organisation_titles)
    leader_roles = {r.role for r in titles().values() if r.predicate == "leaderOf"} - organisation_titles
    found: dict[str, str] = {}
    for m in people:
        entity = m.entity
        if entity.country is None or entity.key in found:
            continue
        if entity.role in leader_roles or regnal_name(entity.label):
            found[entity.key] = entity.country
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        role = office_after(span, countries) if span is not None else None
        if role is not None and role.predicate == "leaderOf" and role.role not in organisation_titles:
            found[entity.key] = entity.country
    return found


@cache
def _possessed_title() -> re.Pattern[str]:
    """A title possessed by a pronoun or a name, right before a name: "his prime minister ", "'s chancellor, "."""
    return re.compile(rf"(?:\b(?P<pron>his|her)|(?P<poss>['’]s)) (?:[a-z-]+ ){{0,2}}?{title_pattern().pattern},? $")


def _possessor_country(doc: Doc, mention: Mention, people: list[Mention], rulers: dict[str, str]) -> str | None:
    """The country of the ruler who possesses a person's title ("his Prime Minister X", "the king's minister X")."""
    text = text_of(doc)
    offset = max(0, mention.start - 80)
    match = _possessed_title().search(text[offset : mention.start].lower())
    if match is None or role_of(match["title"]).role != mention.entity.role:
        return None
    if match["poss"] is not None:
        at = offset + match.start("poss")
        owner = next((m for m in people if m.end == at), None)
        return rulers.get(owner.entity.key) if owner is not None else None
    at = offset + match.start("pron")
    token = doc.char_span(at, at + len(match["pron"]), alignment_mode="expand")
    if token is None:
        return None
    sent: Span = token.sent
    for _ in range(_PRONOUN_REACH):  # "Rufus IV ... He ... His ... his Prime Minister X": the last person named
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    window = sent.start_char
    before = [m for m in people if window <= m.start and m.end <= at and m.entity.key != mention.entity.key]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)  # "his" is the person named last; a ruler named before that is not it
    return rulers.get(last.entity.key)


def _organisation_office(role: str, span: Span, mentions: list[Mention]) -> bool:
    """Whether an organisation may hold the office a title names: one named in the title's sentence ("the
    regional government, led by Prime Minister X"), or, for a title organisations have too ("president"),
    one named anywhere before ("The Freedonian Rowing Club ... the position of president was held by X")."""
    start = span.sent.start_char if role in structural_cues().country_only_titles else 0
    return any(m.entity.type is EntityType.ORGANIZATION and start <= m.start < span.sent.end_char for m in mentions)


def _document_country(doc: Doc, countries: dict[int, Place], people: list[Mention]) -> str | None:
    """The country a document is about: the one its first sentence names, by its name, or by an adjective that
    gives the nationality of a person it defines ("X is a Freedonian politician"); None: none, several, or an
    adjective of something else ("The Freedonian Rowing Club was founded ...": a club, not a document about
    Freedonia)."""
    first = next(doc.sents, None)
    if first is None:
        return None
    places = [countries[i] for i in range(first.start, first.end) if i in countries]
    codes = {place.code for place in places}
    if len(codes) != 1:
        return None
    code = codes.pop()
    named = not all(is_country_word(doc[place.span.start]) for place in places)
    national = any(first.start_char <= m.start < first.end_char and m.entity.country == code for m in people)
    return code if named or national else None
