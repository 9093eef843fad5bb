"""The data every stage passes to the next: frozen dataclasses, stdlib only.

No spaCy span or rdflib term crosses a stage boundary; stages exchange these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum


class EntityType(str, Enum):
    """What kind of node an entity is."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    SECTOR_ACTOR = "SectorActor"
    TOPIC = "Topic"


class Modality(str, Enum):
    """How firmly a statement is made."""

    ASSERTED = "asserted"
    POSSIBLE = "possible"
    INTENDED = "intended"
    NEGATED = "negated"


def slugify(text: str) -> str:
    """Turn a label into a lower-case, ASCII, hyphen-separated IRI segment.

    >>> slugify("Joint  water management on shared rivers")
    'joint-water-management-on-shared-rivers'
    >>> slugify("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def content_hash(text: str, length: int = 12) -> str:
    """A short, stable hex digest of a text.

    >>> content_hash("abc")
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about where it came from.

    Attributes:
        id: content-derived identifier (hash of the text), stable across runs.
        text: the full article text; evidence offsets point into it.
        title: the headline, if known.
        published: the publication date, if known.
        source: the publisher (news agency, outlet), if known.
        url: where it was published, or ``file://`` path it was read from.
        origin: the file (and line) it was read from, for messages.
        author: the byline, if known.
        duplicates: further copies of the same story (identical or nearly so)
            that were read and not analysed again; the graph records them as
            additional sources of this article.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    author: str | None = None
    duplicates: tuple[Duplicate, ...] = ()


@dataclass(frozen=True)
class Duplicate:
    """A copy of an article already read: the same story, perhaps under another headline or publisher.

    Attributes:
        of: the id of the article that was kept.
        origin: the file (and line) or URL the copy was read from.
        of_origin: where the kept article was read from, for messages.
        similarity: 1.0 for an identical text, else the (estimated) Jaccard similarity of the word
            shingles of this copy and the closest earlier copy of the story.
        title, published, source, url: the copy's own metadata.
    """

    of: str
    origin: str
    similarity: float
    of_origin: str = ""
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as an article, and why."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Entity:
    """A node of the graph: a country, organisation, person, sector actor or topic.

    Attributes:
        key: IRI path below the base, e.g. ``country/AZE`` or ``person/ilham-aliyev``.
        label: the preferred label.
        type: the kind of entity.
        country: ISO 3166 alpha-3 code of the country it is or belongs to.
        wikidata: Wikidata Q-id, when known.
        role: a person's office ("president") or a sector actor's sector.
        aliases: other names seen for it.
    """

    key: str
    label: str
    type: EntityType
    country: str | None = None
    wikidata: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()


def sector_actor(country: str, sector: str, label: str) -> Entity:
    """A country's sector actor (its government, military, people ...): one node per country and sector, whatever
    phrase named it ("the Iraqi government", "the Government of Iraq").

    >>> sector_actor("IRQ", "government", "Government of Iraq").key
    'actor/IRQ-government'
    """
    return Entity(key=f"actor/{country}-{slugify(sector)}", label=label, type=EntityType.SECTOR_ACTOR, country=country, role=sector)


@dataclass(frozen=True)
class Mention:
    """Where an entity is named in an article (character offsets in its text)."""

    entity: Entity
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """The sentence a statement was read from, with its offsets in the article."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Predicate:
    """A term of the bilateral vocabulary (see ``kg/data/predicates.tsv``)."""

    name: str
    category: str
    cameo: str | None
    goldstein: float
    symmetric: bool
    domain: str
    range: str
    label: str
    comment: str


@dataclass(frozen=True)
class Statement:
    """One extracted subject–predicate–object statement with its provenance.

    Attributes:
        article_id: the article it was read from.
        subject: who acts.
        predicate: the vocabulary term.
        object: whom or what the action is about.
        modality: asserted, possible, intended or negated.
        attributed_to: the speaker the statement is attributed to, if any.
        evidence: the sentence and its offsets.
        date: when the event happened (the article date unless the text says).
        confidence: 0..1, see ``docs`` in the README.
        extractor: name and version of the extractor, e.g. ``patterns.v1``.
        cameo: CAMEO code of the trigger.
        goldstein: Goldstein value of that code (GDELT table).
        trigger: the words that triggered the statement.
        coded_category: the PLOVER category of the statement's event coding when it is not its
            predicate's: an intended cooperative act ("promised to continue aid to Y") keeps its
            predicate and modality but is coded CAMEO 03x "express intent to cooperate", PLOVER
            AGREE. None: the predicate's category (see :attr:`category`).
        date_precision: how much of :attr:`date` the text gives: ``day``, ``month`` ("last month":
            the date is the 1st) or ``year`` ("in 2001", "last year": the date is 1 January).
        valid_from: for a structural statement (an office, a membership), when the state it
            reports began, as precise as the text says: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
            ("from 1990", "joined in 2004"). None: the text does not say.
        valid_until: when that state ended, in the same form ("to 1995", "until March 2001").
        former: the text says the state has ended ("former prime minister", "served as ... from
            1990 to 1995", "was then the head of"): the statement records a past office or
            membership, never a current one.
    """

    article_id: str
    subject: Entity
    predicate: Predicate
    object: Entity
    modality: Modality
    evidence: Evidence
    extractor: str
    confidence: float
    date: dt.date | None = None
    attributed_to: Entity | None = None
    cameo: str | None = None
    goldstein: float = 0.0
    trigger: str = ""
    coded_category: str | None = None
    date_precision: str = "day"
    valid_from: str | None = None
    valid_until: str | None = None
    former: bool = False

    @property
    def category(self) -> str:
        """The statement's PLOVER category: its event coding's, else its predicate's."""
        return self.coded_category or self.predicate.category


@dataclass(frozen=True)
class ArticleResult:
    """Everything the pipeline learned from one article."""

    article: Article
    sentences: int
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]


@dataclass
class BuildSummary:
    """Counts reported at the end of a build (mutable: filled as the build runs).

    ``articles`` counts the articles written (``replaced`` of them replaced an
    older version); ``unchanged`` the ones the store already held.
    """

    articles: int = 0
    replaced: int = 0
    unchanged: int = 0
    sentences: int = 0
    statements: int = 0
    entities: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
