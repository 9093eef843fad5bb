"""A country's bodies named with a possessive, for the resolve stage, whatever label the NER gave the words.

Entry point: :func:`national_bodies`, called by :func:`kg.resolve.resolve` once the NER's names are
resolved. "Freedonia's Grand Water Council" is an organisation of Freedonia named "Grand Water Council"
when the capitalised words after the possessive end in a word of a body (``body_heads`` of
``kg/data/names.yaml``: council, ministry, court...), even when the NER tagged none of them, or only a
part the gazetteer knows as something else ("Security Council"), or a part only ("Grand Water and"). Left
alone: words that end otherwise ("Freedonia's Grand Canyon"), and words that hold a mention of another kind
or a gazetteer name the resolver kept.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg._titles import Place
from kg.gazetteer import name_cues
from kg.model import EntityType, Mention

_POSSESSIVE = ("'s", "’s")


def national_bodies(doc: Doc, countries: dict[int, Place], mentions: list[Mention], organization: Callable[[Span], Mention]) -> list[Mention]:
    """``mentions`` with the bodies a country's possessive names ("Freedonia's Grand Water Council") in place of
    the parts of them the NER tagged as organisations."""
    connectors = name_cues().acronym_connectors
    heads = name_cues().body_heads
    found: list[Mention] = []
    parts: set[tuple[int, int]] = set()
    seen: set[int] = set()
    for place in countries.values():
        end = place.span.end
        if place.span.start in seen or end + 1 >= len(doc) or doc[end].text not in _POSSESSIVE:
            continue
        seen.add(place.span.start)
        limit = doc[end].sent.end
        i = last = end + 1
        body = None
        while i < limit:
            token = doc[i]
            if token.is_alpha and token.text[0].isupper() and token.ent_type_ not in ("PERSON", "GPE", "NORP") and not token.is_sent_start:
                if token.lower_ in heads:
                    body = i + 1
                last = i + 1
            elif not (token.lower_ in connectors and i > end + 1 and i + 1 < limit and doc[i + 1].text[:1].isupper()):
                break
            i += 1
        if body is None or body != last:
            continue  # "Freedonia's Grand Council Hall": the body's name goes on into something else
        span = doc[end + 1 : body]
        here = [m for m in mentions if m.start < span.end_char and m.end > span.start_char]
        if any(m.entity.type is not EntityType.ORGANIZATION or m.start < span.start_char or m.end > span.end_char for m in here):
            continue
        if any(t.ent_id_ for m in here for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()):
            continue  # a gazetteer name the resolver kept there is its own
        if [(m.start, m.end) for m in here] == [(span.start_char, span.end_char)]:
            continue  # the NER's organisation already
        parts.update((m.start, m.end) for m in here)  # "National Peace and": the NER cut it short
        found.append(organization(span))
    return [m for m in mentions if (m.start, m.end) not in parts] + found
