"""Resolve stage: find the countries, organisations, people and sector actors an article names.

Entry point: :func:`resolve`. Gazetteer names (tagged by the entity ruler in
:mod:`kg.nlp`) become countries and organisations; NER persons get a role and a
country from their titles ("President of Azerbaijan Ilham Aliyev", "Mali's
Foreign Minister Abdoulaye Diop"); later mentions by surname or by title
("Aliyev", "the President of Azerbaijan", "the minister") resolve to the same
person within the article; a country adjective or name on a sector noun
("American companies", "Russian border guards") becomes a sector actor of that
country.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import load_gazetteer, sector_nouns
from kg.model import Article, Entity, EntityType, Mention, slugify

_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
"""Dependencies by which a country name or adjective modifies a noun ("Russian troops", "US Congress")."""

_HONORIFICS = {"dr", "mr", "mrs", "ms", "sir", "h.e.", "dr.", "mr.", "mrs.", "ms.", "madam", "sheikh"}


@dataclass(frozen=True)
class Role:
    """An office named by a title, and the structural predicate it implies."""

    role: str
    predicate: str


@cache
def titles() -> dict[str, Role]:
    """Titles of office, longest first (see ``kg/data/roles.tsv``).

    >>> titles()["foreign minister"].predicate
    'officialOf'
    """
    text = resources.files("kg.data").joinpath("roles.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    table = {r["title"]: Role(r["role"], r["predicate"]) for r in rows}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@cache
def _title_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in titles())
    return re.compile(rf"(?P<title>{alternatives})")


@dataclass(frozen=True)
class PersonInfo:
    """A person with the role and country their title gives (``kg.resolve`` internal)."""

    entity: Entity
    predicate: str | None


def _country_tokens(doc: Doc) -> dict[int, Span]:
    """Map each token index inside a gazetteer country mention to its entity span."""
    found = {}
    for ent in doc.ents:
        if ent.ent_id_.startswith("country/"):
            for i in range(ent.start, ent.end):
                found[i] = ent
    return found


def _masked(tokens: list[Token], countries: dict[int, Span]) -> tuple[str, list[str]]:
    """Lower-case text of tokens with each country mention replaced by ``@N`` (N indexes the codes)."""
    words: list[str] = []
    codes: list[str] = []
    last_span = None
    for token in tokens:
        span = countries.get(token.i)
        if span is not None:
            if span is not last_span:
                words.append(f"@{len(codes)}")
                codes.append(span.ent_id_.split("/", 1)[1])
            last_span = span
            continue
        last_span = None
        if token.text in ("'s", "’s"):
            words.append("'s")
        else:
            words.append(token.lower_)
    return " ".join(words), codes


def _title_before(span: Span, countries: dict[int, Span]) -> tuple[Role | None, str | None]:
    """Role and country from the words just before a name ("President of Azerbaijan", "Mali's Foreign Minister")."""
    start = max(span.sent.start, span.start - 9)
    tokens = [t for t in span.doc[start : span.start] if t.lower_.rstrip(".") not in {h.rstrip(".") for h in _HONORIFICS}]
    text, codes = _masked(tokens, countries)
    text = re.sub(r"\s*,\s*$", "", text)
    match = re.search(
        rf"(?:(?:@(?P<c1>\d+))(?: 's)? |the )?(?:[a-z-]+ )??{_title_pattern().pattern}(?: of (?:the )?@(?P<c2>\d+))?$",
        text,
    )
    if not match:
        return None, None
    role = titles()[match["title"]]
    index = match["c2"] or match["c1"]
    return role, codes[int(index)] if index is not None else None


def _title_after(span: Span, countries: dict[int, Span]) -> tuple[Role | None, str | None]:
    """Role and country from an apposition after a name ("Fumio Kishida, Japan's prime minister")."""
    end = min(span.sent.end, span.end + 8)
    tokens = list(span.doc[span.end : end])
    text, codes = _masked(tokens, countries)
    match = re.match(
        rf", (?:the |a )?(?:(?:@(?P<c1>\d+))(?: 's)? )?(?:[a-z-]+ )??{_title_pattern().pattern}(?: of (?:the )?(?:@(?P<c2>\d+)(?: 's)?)?)?",
        text,
    )
    if not match:
        return None, None
    index = match["c2"] or match["c1"]
    return titles()[match["title"]], codes[int(index)] if index is not None else None


def _clean_person_name(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in _HONORIFICS:
        start += 1
    while end > start and span.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return span.doc[start:end]


def _paragraph_country(span: Span, countries: dict[int, Span]) -> str | None:
    """The country that is the subject of the sentence holding ``span`` or of the one before it."""
    sents = list(span.doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= span.start < s.end)
    for sent in (sents[index], sents[index - 1] if index else None):
        if sent is None:
            continue
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.i in countries:
                return countries[token.i].ent_id_.split("/", 1)[1]
    return None


def _sector_actor(span: Span, country: Entity) -> tuple[Entity, int, int] | None:
    """A sector actor when a country name or adjective modifies a sector noun."""
    head = span.root.head
    if head.i < span.end or span.root.dep_ not in _MODIFIER_DEPS or head.ent_type_ == "PERSON":
        return None
    nouns = sector_nouns()
    words = [head.lemma_.lower()]
    if head.i > 0:
        words.insert(0, f"{span.doc[head.i - 1].lemma_.lower()} {head.lemma_.lower()}")
    sector = next((nouns[w] for w in words if w in nouns), None)
    if sector is None:
        return None
    phrase = span.doc[span.start : head.i + 1]
    label = re.sub(r"\s*'s\b", "", phrase.text).strip()
    entity = Entity(
        key=f"actor/{country.country}-{sector}",
        label=label,
        type=EntityType.SECTOR_ACTOR,
        country=country.country,
        role=sector,
    )
    return entity, phrase.start_char, phrase.end_char


def resolve(doc: Doc, article: Article) -> list[Mention]:
    """Find every entity mention in a parsed article.

    Args:
        doc: the article parsed by :func:`kg.nlp.parse`.
        article: the article itself (for its id and text).

    Returns:
        Mentions sorted by position. Persons carry role and country when a title
        gives them; later surname and title mentions point to the same entity.
    """
    gazetteer = load_gazetteer()
    countries = _country_tokens(doc)
    mentions: list[Mention] = []
    people: dict[str, PersonInfo] = {}

    for ent in doc.ents:
        if ent.ent_id_:
            entity = gazetteer.entity(ent.ent_id_)
            if entity is None:
                continue
            actor = _sector_actor(ent, entity) if entity.type is EntityType.COUNTRY else None
            if actor:
                mentions.append(Mention(actor[0], actor[1], actor[2], doc.text[actor[1] : actor[2]]))
            else:
                mentions.append(Mention(entity, ent.start_char, ent.end_char, ent.text))
        elif ent.label_ == "PERSON":
            span = _clean_person_name(ent)
            if not span.text or not span[0].is_title and not span[0].is_upper:
                continue
            name = span.text
            known = next((p for key, p in people.items() if _same_person(name, key)), None)
            role, code = _title_before(span, countries)
            if role is None:
                role, code = _title_after(span, countries)
            if known is None:
                if role and code is None and role.predicate == "officialOf":
                    # "Algeria severed ties, Foreign Minister Ramtane Lamamra announced": ministers
                    # speak for the country that is the subject; leaders are named with theirs.
                    code = _paragraph_country(span, countries)
                entity = Entity(
                    key=f"person/{slugify(name)}",
                    label=name,
                    type=EntityType.PERSON,
                    country=code,
                    role=role.role if role else None,
                )
                known = PersonInfo(entity, role.predicate if role else None)
                people[name] = known
            elif role and known.entity.role is None:
                entity = replace(known.entity, role=role.role, country=code or known.entity.country)
                known = PersonInfo(entity, role.predicate)
                people[known.entity.label] = known
            mentions.append(Mention(known.entity, span.start_char, span.end_char, span.text))
        elif ent.label_ == "ORG":
            text = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
            inner = [countries[i] for i in range(ent.start, ent.end) if i in countries]
            before = ent.start - 1
            if not inner and before >= 0 and before in countries and doc[before].dep_ in _MODIFIER_DEPS:
                inner = [countries[before]]  # "the US Congress", "Chinese state media"
            entity = Entity(
                key=f"org/{slugify(text)}",
                label=text,
                type=EntityType.ORGANIZATION,
                country=inner[0].ent_id_.split("/", 1)[1] if inner else None,
            )
            mentions.append(Mention(entity, ent.end_char - len(text), ent.end_char, text))

    mentions += _title_mentions(doc, countries, people, mentions)
    # Persons may have gained a role after their first mention: point every mention at the final entity.
    final = {info.entity.key: info.entity for info in people.values()}
    mentions = [replace(m, entity=final.get(m.entity.key, m.entity)) for m in mentions]
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def person_predicates(mentions: Sequence[Mention]) -> dict[str, str]:
    """The structural predicate (leaderOf/officialOf) each titled person's role implies."""
    roles = {role.role: role.predicate for role in titles().values()}
    return {m.entity.key: roles[m.entity.role] for m in mentions if m.entity.type is EntityType.PERSON and m.entity.role in roles}


def _same_person(name: str, known: str) -> bool:
    """Whether ``name`` refers to the already seen ``known`` (same name, or its surname).

    >>> _same_person("Aliyev", "Ilham Aliyev")
    True
    >>> _same_person("Heydar Aliyev", "Ilham Aliyev")
    False
    """
    if name == known:
        return True
    parts = known.split()
    return len(name.split()) == 1 and len(parts) > 1 and name in (parts[-1], parts[0])


def _title_mentions(doc: Doc, countries: dict[int, Span], people: dict[str, PersonInfo], taken: list[Mention]) -> list[Mention]:
    """Mentions of people by title alone: "the President of Azerbaijan", "the Kazakh leader", "the minister"."""
    occupied = {i for m in taken for i in range(m.start, m.end)}
    found: list[Mention] = []
    lowered = doc.text.lower()
    for match in _title_pattern().finditer(lowered):
        start, end = match.span()
        if start and lowered[start - 1].isalpha() or end < len(lowered) and lowered[end].isalpha():
            continue
        if start in occupied:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end < len(doc) and doc[span.end].ent_type_ == "PERSON":
            continue
        role = titles()[match["title"]]
        before = doc[max(0, span.start - 3) : span.start]
        after = doc[span.end : span.end + 4]
        code = None
        for tok in list(after)[1:] if after and after[0].lower_ == "of" else []:
            if tok.i in countries:
                code = countries[tok.i].ent_id_.split("/", 1)[1]
                break
        if code is None and before and before[-1].i in countries:
            code = countries[before[-1].i].ent_id_.split("/", 1)[1]
        candidates = [p.entity for p in people.values() if p.entity.role == role.role and (code is None or p.entity.country == code)]
        if len(candidates) == 1 or (candidates and code is None and role.role != "president"):
            person = candidates[-1]
            found.append(Mention(person, start, end, doc.text[start:end]))
    return found
