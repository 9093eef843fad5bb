"""Acronyms defined in brackets, for the resolve stage: "the Lake Region Water Board (LRWB) ... the LRWB".

Entry point: :func:`acronym_mentions`, called by :func:`kg.resolve.resolve` once the NER's names are
resolved. An all-capital word in brackets right after a capitalised phrase whose initials it spells
("Council for Water and Energy (CWE)": connectors of ``kg/data/names.yaml`` give no letter) defines
that phrase's organisation, whatever label the NER gave either of them, or none; the same word later
in the article is the same organisation. What is left alone:

* letters that do not spell the phrase's initials ("Harbour Trust (XYZ)");
* a phrase that holds a country, a person or another non-organisation mention ("Freedonia Defence
  Forces (FDF)"), a title of office ("External Affairs Minister (EAM)"), or that ends in a word of
  things, not bodies ("Free Trade Agreement (FTA)", ``not_organisation_heads`` of ``kg/data/names.yaml``);
* a word the gazetteer knows (its own entity wins);
* a word defined twice for two different phrases: later, bare uses have two antecedents, and are
  no mention at all.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import name_cues, titles
from kg.model import Entity, EntityType, Mention
from kg.nlp import text_of

log = logging.getLogger(__name__)


def acronym_mentions(doc: Doc, mentions: list[Mention], organization: Callable[[Span], Mention]) -> list[Mention]:
    """``mentions`` with each bracketed acronym and its later uses pointing at the organisation it spells.

    Args:
        doc: the parsed article.
        mentions: the mentions found so far.
        organization: makes the organisation mention of a phrase the NER did not tag (its country too).
    """
    text = text_of(doc)
    definitions: list[tuple[int, str, Entity]] = []  # (token index, acronym, organisation)
    added: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    for found in _BRACKETED.finditer(text):  # the text first: most articles have none, and tokens cost
        token = _token_at(doc, found.start(1), found.end(1))
        if token is None or not _acronym_word(token) or token.i < 2 or token.i + 1 >= len(doc):
            continue
        if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
            continue
        phrase = _spelled_phrase(doc, token.i - 2, token.text)
        if phrase is None:
            log.debug("%r at %d does not spell the words before it", token.text, token.idx)
            continue
        entity = _phrase_entity(phrase, mentions, organization, added, replaced)
        if entity is None:
            continue
        definitions.append((token.i, token.text, entity))
    if not definitions:
        return mentions
    words = "|".join(sorted({re.escape(word) for _, word, _ in definitions}))
    for found in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", text):
        token = _token_at(doc, found.start(), found.end())
        if token is None or not _acronym_word(token):
            continue
        own = [entity for i, _, entity in definitions if i == token.i]
        before = {entity.key: entity for i, word, entity in definitions if word == token.text and i < token.i}
        if not own and not before:
            continue
        span = (token.idx, token.idx + len(token.text))
        here = [m for m in mentions if m.start < span[1] and m.end > span[0]]
        if any(m.entity.type is not EntityType.ORGANIZATION or (m.start, m.end) != span for m in here):
            continue  # inside a longer name, or another kind of entity
        replaced.update((m.start, m.end) for m in here)
        if own or len(before) == 1:
            added.append(Mention(own[0] if own else next(iter(before.values())), span[0], span[1], token.text))
        else:
            log.debug("%r at %d: defined for %d names, left unresolved", token.text, token.idx, len(before))
    return [m for m in mentions if (m.start, m.end) not in replaced] + added


_BRACKETED = re.compile(r"\(\s*([A-Z]{2,8})\s*\)")
"""An acronym in brackets, in the article's text."""


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The one token spanning characters ``start`` to ``end`` (None: none, or several)."""
    span = doc.char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None


def _acronym_word(token: Token) -> bool:
    """Whether a token can be an acronym: 2 to 8 capital letters, not a gazetteer name."""
    text = token.text
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper() and not token.ent_id_


def _spelled_phrase(doc: Doc, last: int, acronym: str) -> Span | None:
    """The capitalised phrase ending at token ``last`` whose initials spell ``acronym`` (None: no such phrase)."""
    connectors = name_cues().acronym_connectors
    letters = ""
    i = last
    while i >= doc[last].sent.start and len(letters) < len(acronym):
        token = doc[i]
        if token.is_alpha and token.text[0].isupper():
            letters = token.text[0] + letters
            if letters == acronym:
                return doc[i : last + 1]
        elif i == last or token.lower_ not in connectors and not (token.text == "-" and not doc[i - 1].whitespace_):
            return None
        i -= 1
    return None


def _phrase_entity(
    phrase: Span, mentions: list[Mention], organization: Callable[[Span], Mention],
    added: list[Mention], replaced: set[tuple[int, int]],
) -> Entity | None:
    """The organisation a spelled phrase names: the NER's, or a new one; None when the phrase is no organisation's."""
    start, end = phrase.start_char, phrase.end_char
    here = [m for m in mentions if m.start < end and m.end > start]
    if any(m.entity.type is not EntityType.ORGANIZATION or m.start < start or m.end > end for m in here):
        return None  # a country or person in it ("Freedonia Defence Forces"), or a longer name around it
    same = [m for m in here if (m.start, m.end) == (start, end)]
    if same:
        return same[0].entity
    words = phrase.text.lower().split()
    if any(" ".join(words[k:]) in titles() for k in range(len(words))) or words[-1] in name_cues().not_organisation_heads:
        return None
    mention = organization(phrase)
    replaced.update((m.start, m.end) for m in here)
    added.append(mention)
    return mention.entity
