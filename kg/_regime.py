"""Regime metonymy for the resolve stage: "the X regime" is the government of X's country.

Entry point: :func:`regime_mentions`, called by :func:`kg.resolve.resolve` once persons and
countries are resolved. A government named by its leader or its country is a sector actor
(role ``government``) of that country, the same actor as "the Syrian government":

* "the Maduro regime", "the Nicolas Maduro regime": a compound naming a person with a country;
* "Maduro's regime", "Maduro's brutal regime": a possessive naming such a person;
* "the regime of Nicolas Maduro": an "of" phrase naming such a person;
* "Venezuela's regime", "the regime of Venezuela": the same with a country ("the Venezuelan
  regime" is already a sector actor of the resolver);
* "the regime" alone: the regime the article named before it, only when every regime named
  before it is the same one. With none, or with two different ones, it stays unresolved.

A regime of things ("the sanctions regime", "the visa regime", "a regime of tariffs") or of a
person without a known country names no government, and the name inside a regime phrase is no
longer a mention of the person (the government acts, not its leader in person).

A government, an administration or a junta (``leader_governments`` of ``kg/data/structural.yaml``)
named by a leader in the same three ways ("the Maduro government", "Putin's administration", "the
government of Nicolas Maduro") is that leader's government too, only when the name is a head of state
or of government of the office-holders table (``kg/data/leaders.tsv``) for the person's country: "a
Putin critic", "the Marshall Plan", "the Smith government" of a name the table does not hold stay as
they were.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.gazetteer import load_office_holders, structural_cues
from kg.model import Entity, EntityType, Mention, sector_actor
from kg.nlp import text_of

#: The sector a regime belongs to (kg/data/sectors.tsv maps "regime" to it too).
_GOVERNMENT = "government"
#: Entity types whose country a regime phrase can name.
_OWNERS = (EntityType.PERSON, EntityType.COUNTRY)


def regime_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the regime phrases of ``doc`` resolved to their government.

    Args:
        doc: the parsed article.
        mentions: the mentions found so far (persons with their country, countries, sector actors).

    Returns:
        The mentions, plus one per resolved regime phrase, minus the person mentions inside those phrases.
    """
    others = structural_cues().leader_governments
    lowered = text_of(doc).lower()
    if "regime" not in lowered and not any(noun in lowered for noun in others):
        return mentions
    by_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for token in span or ():
            by_token.setdefault(token.i, m)
    found: list[Mention] = []
    named: list[Entity | None] = []  # the government of each regime phrase read so far (None: not known)
    for token in doc:
        regime = token.lower_ == "regime"
        if not regime and not (token.lower_ in others and token.pos_ in ("NOUN", "PROPN")):
            continue
        own = by_token.get(token.i)
        if own is not None:
            if regime and own.entity.type is EntityType.SECTOR_ACTOR and own.entity.role == _GOVERNMENT:
                named.append(own.entity)  # "the Venezuelan regime": the resolver's own sector actor
            continue
        owner = _owner(token, by_token)
        if owner is not None and not regime and not _leader(owner[2]):
            continue  # "the Smith government", "Ukraine's government": only a leader of the table names one so here
        if owner is not None:
            start, end, mention = owner
            code = mention.entity.country
            entity = None if not code else sector_actor(code, _GOVERNMENT, f"{_name(mention)} {token.lower_}")
            if entity is not None:
                found.append(Mention(entity, start, end, text_of(doc)[start:end]))
            named.append(entity)
        elif not regime:
            continue
        elif _bare(token):
            keys = {e.key if e is not None else None for e in named}
            if len(keys) == 1 and None not in keys and (earlier := named[-1]) is not None:
                det = next(c for c in token.children if c.dep_ == "det")
                end = token.idx + len(token.text)
                found.append(Mention(earlier, det.idx, end, text_of(doc)[det.idx : end]))
        elif any(t.pos_ == "PROPN" for c in token.children for t in c.subtree):
            named.append(None)  # "the Ortega regime" with Ortega unknown: a regime all the same, that "the regime" may mean
    if not found:
        return mentions
    inside = [(m.start, m.end) for m in found]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
    return kept + found


def _owner(regime: Token, by_token: dict[int, Mention]) -> tuple[int, int, Mention] | None:
    """The person or country a regime phrase names, with the phrase's character span, or None."""
    children = list(regime.children)
    poss = [c for c in children if c.dep_ == "poss"]
    compounds = [c for c in children if c.dep_ == "compound"]
    ofs = [p for c in children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if len(poss) == 1 and not compounds and not ofs:  # "Maduro's regime"
        words = [t for t in poss[0].subtree if t.dep_ not in ("case", "punct", "det")]
    elif compounds and not poss and not ofs:  # "the (Nicolas) Maduro regime"
        words = [t for c in compounds for t in c.subtree if t.dep_ not in ("punct", "det")]
    elif len(ofs) == 1 and not poss and not compounds:  # "the regime of Nicolas Maduro"
        words = [ofs[0], *(c for c in ofs[0].children if c.dep_ in ("compound", "flat"))]
    else:
        return None
    found = {m.entity.key: m for t in words if (m := by_token.get(t.i)) is not None}
    if len(found) != 1:
        return None  # "the visa regime" names nobody; "the Ortega-Maduro regime" two
    mention = next(iter(found.values()))
    if mention.entity.type not in _OWNERS:
        return None
    first = min(regime.i, *(t.i for t in words))
    last = max(regime.i, *(t.i for t in words))
    doc = regime.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text), mention


def _leader(mention: Mention) -> bool:
    """Whether a person is a head of state or of government of their country in the office-holders table."""
    entity = mention.entity
    if entity.type is not EntityType.PERSON or not entity.country:
        return False
    holder = load_office_holders().named(entity.label)
    return holder is not None and holder.curated and holder.office in ("head_of_state", "head_of_government") \
        and holder.entity == f"country/{entity.country}"


def _bare(regime: Token) -> bool:
    """Whether a regime is named by "the regime" alone (adjectives such as "brutal" allowed)."""
    children = list(regime.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children):
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in children)


def _name(mention: Mention) -> str:
    """The regime's name as the text gives it ("Maduro", "Kim Jong Un"), or the country's name."""
    if mention.entity.type is EntityType.COUNTRY:
        return mention.entity.label
    return re.sub(r"[’']s$", "", mention.text.strip()) or mention.entity.label
