"""RDF stage: statements and their provenance as an rdflib Dataset.

Entry point: :func:`to_dataset`. The model follows ``DESIGN.md``:

* one named graph per article (``id:article/<id>``) holding the plain triples it
  asserts (negated and hedged statements are not asserted);
* in the default graph: entities, articles (``schema:NewsArticle``), and one
  ``rdf:Statement`` node per extracted mention with PROV-O provenance, a Web
  Annotation selector for the evidence sentence, modality, attribution, event
  date, confidence, CAMEO code and Goldstein value.

IRIs are content-derived, so rebuilding the same articles gives the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV
from rdflib.term import Node

from kg import __version__
from kg.model import (
    Article,
    ArticleResult,
    Duplicate,
    Entity,
    EntityType,
    Modality,
    Statement,
    content_hash,
)

DEFAULT_BASE = "https://w3id.org/bikg/"
BI = Namespace(DEFAULT_BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

_TYPES = {
    EntityType.COUNTRY: BI.Country,
    EntityType.ORGANIZATION: BI.Organization,
    EntityType.PERSON: BI.Person,
    EntityType.SECTOR_ACTOR: BI.SectorActor,
    EntityType.TOPIC: BI.Topic,
}
_MODALITIES = {
    Modality.ASSERTED: BI.Asserted,
    Modality.POSSIBLE: BI.Possible,
    Modality.INTENDED: BI.Intended,
    Modality.NEGATED: BI.Negated,
}


def entity_iri(entity: Entity, base: str = DEFAULT_BASE) -> URIRef:
    """The stable IRI of an entity.

    >>> str(entity_iri(Entity("country/AZE", "Azerbaijan", EntityType.COUNTRY)))
    'https://w3id.org/bikg/id/country/AZE'
    """
    return URIRef(f"{base}id/{entity.key}")


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an article and of its named graph."""
    return URIRef(f"{base}id/article/{article_id}")


def statement_key(statement: Statement) -> str:
    """A content-derived id for a statement node: same mention, same id."""
    parts = (
        statement.article_id,
        statement.subject.key,
        statement.predicate.name,
        statement.object.key,
        statement.modality.value,
        str(statement.evidence.start),
        statement.trigger,
    )
    return content_hash("\x1f".join(parts), 16)


PREFIXES = {
    "bi": str(BI),
    "id": f"{DEFAULT_BASE}id/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "prov": str(PROV),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "wd": str(WD),
}
"""The project's prefixes, for exports, query answers and validation messages."""


def bind_prefixes(ds: Dataset | Graph) -> None:
    for prefix in ("bi", "schema", "oa", "prov", "wd", "skos", "owl"):
        ds.bind(prefix, PREFIXES[prefix])


def _add_entity(g: TripleSink, entity: Entity, base: str) -> URIRef:
    node = entity_iri(entity, base)
    g.add((node, RDF.type, _TYPES[entity.type]))
    if entity.type is EntityType.TOPIC:
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.prefLabel, Literal(entity.label, lang="en")))
    g.add((node, RDFS.label, Literal(entity.label, lang="en")))
    for alias in entity.aliases:
        g.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    if entity.country:
        if entity.type is EntityType.COUNTRY:
            g.add((node, BI.iso3, Literal(entity.country)))
        else:
            g.add((node, BI.country, _add_country(g, entity.country, base)))
    if entity.role:
        g.add((node, BI.role, Literal(entity.role)))
    return node


def run_iri(extractor: str = "patterns.v1", lexicon_digest: str = "", base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the extraction activity: derived from software version, extractor and lexicon.

    The same software with the same lexicon is the same activity, so rebuilding
    gives the same graph, and statements made under another lexicon stay apart.
    """
    return URIRef(f"{base}id/run/{content_hash(chr(31).join((__version__, extractor, lexicon_digest)), 12)}")


def add_run(g: TripleSink, run: URIRef, extractor: str = "patterns.v1", lexicon_digest: str = "") -> None:
    """Describe the extraction activity: software version, extractor and lexicon hash."""
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, BI.softwareVersion, Literal(f"bilateral-kg {__version__}")))
    g.add((run, BI.extractor, Literal(extractor)))
    if lexicon_digest:
        g.add((run, BI.lexiconHash, Literal(lexicon_digest)))


class TripleSink(Protocol):
    """Anything triples can be added to: an rdflib Graph, or a graph of a :class:`QuadSet`."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


Quad = tuple[Node, Node, Node, "URIRef | None"]
"""Subject, predicate, object and graph name (None: the default graph)."""


class _SinkGraph:
    __slots__ = ("_quads", "_name")

    def __init__(self, quads: dict[Quad, None], name: URIRef | None) -> None:
        self._quads, self._name = quads, name

    def add(self, triple: tuple[Node, Node, Node], /) -> None:
        self._quads[(triple[0], triple[1], triple[2], self._name)] = None


class QuadSet:
    """Quads collected in order without duplicates: the part of rdflib's Dataset API the builders use.

    Building an article's quads here instead of in an rdflib Dataset skips the
    memory store's indexing, which cost more than the store write itself.
    """

    def __init__(self) -> None:
        self.quads: dict[Quad, None] = {}

    @property
    def default_graph(self) -> _SinkGraph:
        return _SinkGraph(self.quads, None)

    def graph(self, name: URIRef) -> _SinkGraph:
        return _SinkGraph(self.quads, name)


def article_hash(article: Article) -> str:
    """The content hash recorded on an article node (``bi:contentHash``)."""
    return content_hash(article.text, 16)


def add_article(ds: Dataset | QuadSet, result: ArticleResult, run: URIRef, base: str = DEFAULT_BASE) -> None:
    """Add one article: its node in the default graph, its statements, and its named graph."""
    g = ds.default_graph
    article = result.article
    art = article_iri(article.id, base)
    _describe_article(g, art, article)
    g.add((art, BI.contentHash, Literal(article_hash(article))))
    add_article_sources(g, art, article)
    graph = ds.graph(art)
    nodes: dict[Entity, URIRef] = {}  # each entity is described once per article, however many statements name it
    for statement in result.statements:
        _add_statement(g, graph, statement, art, run, base, nodes)


def article_quads(result: ArticleResult, run: URIRef, base: str = DEFAULT_BASE) -> list[Quad]:
    """One article's quads (what a store write adds for it), without duplicates."""
    quads = QuadSet()
    add_article(quads, result, run, base)
    return list(quads.quads)


def _add_country(g: TripleSink, iso3: str, base: str) -> URIRef:
    """The country an entity belongs to, described so that the link never dangles."""
    from kg.gazetteer import load_gazetteer

    country = load_gazetteer().country(iso3)
    if country is None:
        country = Entity(f"country/{iso3}", iso3, EntityType.COUNTRY, country=iso3)
    return _add_entity(g, Entity(country.key, country.label, EntityType.COUNTRY, country=country.country, wikidata=country.wikidata), base)


def to_dataset(
    results: Iterable[ArticleResult],
    *,
    base: str = DEFAULT_BASE,
    extractor: str = "patterns.v1",
    lexicon_digest: str = "",
) -> Dataset:
    """Build the RDF dataset for the results of a run, in memory.

    Args:
        results: per-article results from the pipeline.
        base: base IRI for ``id/`` and ``ontology#`` terms' instances.
        extractor: name of the extractor that made the statements.
        lexicon_digest: hash of the lexicon it used (recorded on the activity).

    Returns:
        An rdflib Dataset: one named graph per article plus the default graph.
    """
    ds = Dataset()
    bind_prefixes(ds)
    run = run_iri(extractor, lexicon_digest, base)
    add_run(ds.default_graph, run, extractor, lexicon_digest)
    for result in results:
        add_article(ds, result, run, base)
    return ds


def add_article_sources(g: TripleSink, art: URIRef, article: Article) -> None:
    """The article's author, and its duplicates as further sources of the same story.

    Each copy of the story read elsewhere (:attr:`Article.duplicates`) becomes a
    ``schema:NewsArticle`` of its own (headline, publisher, date, url) that is
    ``prov:alternateOf`` the article: PROV's term for two entities presenting
    aspects of the same thing. Its statements are not extracted again, so a
    syndicated story counts once; ``bi:similarity`` keeps how alike the texts are.
    """
    if article.author:
        g.add((art, SCHEMA.author, Literal(article.author)))
    for copy in article.duplicates:
        add_copy(g, art, copy)


def add_copy(g: TripleSink, art: URIRef, copy: Duplicate) -> None:
    """One copy of the story read elsewhere, as a further source of article ``art``."""
    node = URIRef(f"{art}/copy/{content_hash(copy.url or copy.origin)}")
    _describe_article(g, node, copy)
    g.add((node, PROV.alternateOf, art))
    g.add((node, BI.similarity, Literal(copy.similarity, datatype=XSD.decimal)))


def _describe_article(g: TripleSink, node: URIRef, article: Article | Duplicate) -> None:
    """A ``schema:NewsArticle`` with the headline, date, publisher and URL that are known."""
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    if article.title:
        g.add((node, SCHEMA.headline, Literal(article.title)))
    if article.published:
        g.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.source:
        g.add((node, SCHEMA.publisher, Literal(article.source)))
    if article.url:
        g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))


# The terms written for every statement, made once: an rdflib namespace lookup builds and checks a new URIRef each time.
_TYPE, _SUBJECT, _PREDICATE, _OBJECT, _STATEMENT = RDF.type, RDF.subject, RDF.predicate, RDF.object, RDF.Statement
_DECIMAL, _DATE = XSD.decimal, XSD.date
_BI_STATEMENT, _MODALITY, _CONFIDENCE, _EXTRACTOR, _PLOVER, _CAMEO, _GOLDSTEIN, _EVENT_DATE, _ATTRIBUTED_TO, _TRIGGER, _EVIDENCE = (
    BI[name] for name in (
        "Statement", "modality", "confidence", "extractor", "ploverCategory", "cameoCode", "goldstein", "eventDate",
        "attributedTo", "trigger", "evidence",
    )
)
_DERIVED_FROM, _GENERATED_BY = PROV.wasDerivedFrom, PROV.wasGeneratedBy
_QUOTE, _POSITION, _EXACT, _START, _END = OA.TextQuoteSelector, OA.TextPositionSelector, OA.exact, OA.start, OA.end


def _add_statement(
    g: TripleSink, graph: TripleSink, st: Statement, art: URIRef, run: URIRef, base: str, nodes: dict[Entity, URIRef]
) -> None:
    def entity(e: Entity) -> URIRef:
        node = nodes.get(e)
        if node is None:
            node = nodes[e] = _add_entity(g, e, base)
        return node

    subject = entity(st.subject)
    obj = entity(st.object)
    predicate = BI[st.predicate.name]
    if st.modality is Modality.ASSERTED:
        graph.add((subject, predicate, obj))
    node = URIRef(f"{base}id/statement/{statement_key(st)}")
    g.add((node, _TYPE, _STATEMENT))
    g.add((node, _TYPE, _BI_STATEMENT))
    g.add((node, _SUBJECT, subject))
    g.add((node, _PREDICATE, predicate))
    g.add((node, _OBJECT, obj))
    g.add((node, _MODALITY, _MODALITIES[st.modality]))
    g.add((node, _CONFIDENCE, Literal(round(st.confidence, 3), datatype=_DECIMAL)))
    g.add((node, _EXTRACTOR, Literal(st.extractor)))
    g.add((node, _PLOVER, BI[st.category]))
    if st.cameo:
        g.add((node, _CAMEO, Literal(st.cameo)))
    g.add((node, _GOLDSTEIN, Literal(st.goldstein, datatype=_DECIMAL)))
    if st.date:
        g.add((node, _EVENT_DATE, Literal(st.date.isoformat(), datatype=_DATE)))
    if st.attributed_to:
        g.add((node, _ATTRIBUTED_TO, entity(st.attributed_to)))
    if st.trigger:
        g.add((node, _TRIGGER, Literal(st.trigger)))
    g.add((node, _DERIVED_FROM, art))
    g.add((node, _GENERATED_BY, run))
    selector = URIRef(f"{node}#evidence")
    g.add((node, _EVIDENCE, selector))
    g.add((selector, _TYPE, _QUOTE))
    g.add((selector, _TYPE, _POSITION))
    g.add((selector, _EXACT, Literal(st.evidence.text)))
    g.add((selector, _START, Literal(st.evidence.start)))
    g.add((selector, _END, Literal(st.evidence.end)))
