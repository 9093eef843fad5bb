"""RDF stage: statements and their provenance as an rdflib Dataset.

Entry point: :func:`to_dataset`. The model follows ``DESIGN.md``:

* one named graph per article (``id:article/<id>``) holding the plain triples it
  asserts (negated and hedged statements are not asserted);
* in the default graph: entities, articles (``schema:NewsArticle``), and one
  ``rdf:Statement`` node per extracted mention with PROV-O provenance, a Web
  Annotation selector for the evidence sentence, modality, attribution, event
  date, confidence, CAMEO code and Goldstein value.

IRIs are content-derived, so rebuilding the same articles gives the same graph.

The builders write every term as N-Triples text (:data:`Term`): a store write
sends that text to Oxigraph as it is (:func:`article_terms`), and
:func:`to_dataset` and :func:`article_quads` make rdflib terms of the same text
(:func:`to_node`). This module alone says what RDF an article becomes, and
writing to the store builds no rdflib term.
"""

from __future__ import annotations

import datetime as dt
import re
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

Term = str
"""An RDF term as N-Triples text: ``<iri>``, ``"text"``, ``"text"@en`` or ``"lexical"^^<datatype>``."""

TermQuad = tuple[Term, Term, Term, "Term | None"]
"""Subject, predicate, object and graph name as N-Triples text (graph name None: the default graph)."""

# Characters no IRI may hold (rdflib refuses to serialise the first ones, SPARQL and N-Triples all of them).
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`\x00-\x20]')


def iri(value: str) -> Term:
    """An IRI as an N-Triples term.

    >>> iri("https://w3id.org/bikg/id/country/AZE")
    '<https://w3id.org/bikg/id/country/AZE>'

    Raises:
        ValueError: ``value`` holds a character no IRI may hold (a space, ``<``, ``"``, ...).
    """
    if _NOT_IN_IRI.search(value):
        raise ValueError(f"{value!r} is not a valid IRI (it holds a space or one of <>\"{{}}|\\^`)")
    return f"<{value}>"


def literal(text: str) -> Term:
    """A plain string literal as an N-Triples term, escaped as N-Triples and SPARQL require.

    >>> print(literal('She said "yes"\\nthen left'))
    "She said \\"yes\\"\\nthen left"
    """
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'


def lang_literal(text: str, lang: str = "en") -> Term:
    """A language-tagged string as an N-Triples term.

    >>> lang_literal("Azerbaijan")
    '"Azerbaijan"@en'
    """
    return f"{literal(text)}@{lang}"


def typed_literal(lexical: str, datatype: str) -> Term:
    """A literal of a datatype (its IRI), from its lexical form, as an N-Triples term."""
    return f"{literal(lexical)}^^<{datatype}>"


_XSD_INTEGER, _XSD_DATE, _XSD_ANY_URI = (str(XSD[name]) for name in ("integer", "date", "anyURI"))
_DECIMALS: dict[str, Term] = {}


def decimal(value: float) -> Term:
    """A number as an ``xsd:decimal``, written as rdflib writes it (``str`` of the number; ``INF``, ``NaN``).

    >>> decimal(0.85)
    '"0.85"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    key = repr(value)  # not the value: 0.0 and -0.0 are equal but written apart
    term = _DECIMALS.get(key)
    if term is None:
        if len(_DECIMALS) > 10_000:
            _DECIMALS.clear()
        term = _DECIMALS[key] = Literal(value, datatype=XSD.decimal).n3()
    return term


def integer(value: int) -> Term:
    """An ``xsd:integer`` as an N-Triples term.

    >>> integer(41)
    '"41"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return f'"{int(value)}"^^<{_XSD_INTEGER}>'


def date(value: dt.date) -> Term:
    """An ``xsd:date`` as an N-Triples term."""
    return f'"{value.isoformat()}"^^<{_XSD_DATE}>'


_PARTIAL_DATES = {4: str(XSD.gYear), 7: str(XSD.gYearMonth), 10: _XSD_DATE}


def partial_date(value: str) -> Term:
    """A date as precise as a text gave it (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``): xsd:gYear, xsd:gYearMonth or xsd:date.

    >>> partial_date("1990")
    '"1990"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    """
    return typed_literal(value, _PARTIAL_DATES[len(value)])


_ECHAR = re.compile(r"\\(.)")
_UNESCAPED = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'"}


def literal_parts(term: Term) -> tuple[str, str | None, str | None]:
    """The lexical form, datatype IRI (None for a plain or tagged string) and language tag of a literal term.

    >>> literal_parts('"3.5"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    ('3.5', 'http://www.w3.org/2001/XMLSchema#decimal', None)
    """
    end = term.rindex('"')  # a datatype IRI or a language tag holds no quote
    lexical = term[1:end]
    if "\\" in lexical:
        lexical = _ECHAR.sub(lambda m: _UNESCAPED[m.group(1)], lexical)
    rest = term[end + 1 :]
    if rest.startswith("^^<"):
        return lexical, rest[3:-1], None
    return lexical, None, rest[1:] if rest.startswith("@") else None


def to_node(term: Term) -> Node:
    """The rdflib term of an N-Triples term (an IRI or a literal: the builders write no blank node).

    >>> to_node('"Azerbaijan"@en') == Literal("Azerbaijan", lang="en")
    True
    """
    if term.startswith("<"):
        return URIRef(term[1:-1])
    lexical, datatype, lang = literal_parts(term)
    # normalize=False: the lexical form stays as written (rdflib would rewrite "1e-05" as an xsd:decimal).
    return Literal(lexical, lang=lang, datatype=None if datatype is None else URIRef(datatype), normalize=False)


_TYPES = {
    EntityType.COUNTRY: iri(BI.Country),
    EntityType.ORGANIZATION: iri(BI.Organization),
    EntityType.PERSON: iri(BI.Person),
    EntityType.SECTOR_ACTOR: iri(BI.SectorActor),
    EntityType.TOPIC: iri(BI.Topic),
}
_MODALITIES = {
    Modality.ASSERTED: iri(BI.Asserted),
    Modality.POSSIBLE: iri(BI.Possible),
    Modality.INTENDED: iri(BI.Intended),
    Modality.NEGATED: iri(BI.Negated),
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


def article_term(article_id: str, base: str = DEFAULT_BASE) -> Term:
    """The IRI of an article (:func:`article_iri`) as an N-Triples term."""
    return iri(f"{base}id/article/{article_id}")


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


def _bi(name: str) -> Term:
    """A term of the ontology (a predicate, a PLOVER category), checked once."""
    term = _BI_TERMS.get(name)
    if term is None:
        term = _BI_TERMS[name] = iri(f"{BI}{name}")
    return term


_BI_TERMS: dict[str, Term] = {}

# The terms the builders write, made once.
_TYPE, _LABEL, _PREF_LABEL, _ALT_LABEL, _CONCEPT, _SAME_AS = (
    iri(RDF.type), iri(RDFS.label), iri(SKOS.prefLabel), iri(SKOS.altLabel), iri(SKOS.Concept), iri(OWL.sameAs)
)
_ISO3, _COUNTRY, _ROLE, _CONTENT_HASH = iri(BI.iso3), iri(BI.country), iri(BI.role), iri(BI.contentHash)
_ACTIVITY, _SOFTWARE_VERSION, _EXTRACTOR_OF_RUN, _LEXICON_HASH = iri(PROV.Activity), iri(BI.softwareVersion), iri(BI.extractor), iri(BI.lexiconHash)
_NEWS_ARTICLE, _HEADLINE, _DATE_PUBLISHED, _PUBLISHER, _URL, _AUTHOR = (
    iri(SCHEMA.NewsArticle), iri(SCHEMA.headline), iri(SCHEMA.datePublished), iri(SCHEMA.publisher), iri(SCHEMA.url), iri(SCHEMA.author)
)
_ALTERNATE_OF, _SIMILARITY = iri(PROV.alternateOf), iri(BI.similarity)


def _entity_term(entity: Entity, base: str) -> Term:
    return iri(f"{base}id/{entity.key}")


def _add_entity(g: TripleSink, entity: Entity, base: str) -> Term:
    node = _entity_term(entity, base)
    g.add((node, _TYPE, _TYPES[entity.type]))
    if entity.type is EntityType.TOPIC:
        g.add((node, _TYPE, _CONCEPT))
        g.add((node, _PREF_LABEL, lang_literal(entity.label)))
    g.add((node, _LABEL, lang_literal(entity.label)))
    for alias in entity.aliases:
        g.add((node, _ALT_LABEL, lang_literal(alias)))
    if entity.wikidata:
        g.add((node, _SAME_AS, iri(f"{WD}{entity.wikidata}")))
    if entity.country:
        if entity.type is EntityType.COUNTRY:
            g.add((node, _ISO3, literal(entity.country)))
        else:
            g.add((node, _COUNTRY, _add_country(g, entity.country, base)))
    if entity.role:
        g.add((node, _ROLE, literal(entity.role)))
    return node


def run_iri(extractor: str = "patterns.v1", lexicon_digest: str = "", base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the extraction activity: derived from software version, extractor and lexicon.

    The same software with the same lexicon is the same activity, so rebuilding
    gives the same graph, and statements made under another lexicon stay apart.
    """
    return URIRef(f"{base}id/run/{content_hash(chr(31).join((__version__, extractor, lexicon_digest)), 12)}")


def add_run(g: TripleSink, run: URIRef, extractor: str = "patterns.v1", lexicon_digest: str = "") -> None:
    """Describe the extraction activity: software version, extractor and lexicon hash."""
    node = iri(str(run))
    g.add((node, _TYPE, _ACTIVITY))
    g.add((node, _SOFTWARE_VERSION, literal(f"bilateral-kg {__version__}")))
    g.add((node, _EXTRACTOR_OF_RUN, literal(extractor)))
    if lexicon_digest:
        g.add((node, _LEXICON_HASH, literal(lexicon_digest)))


class TripleSink(Protocol):
    """Anything triples of N-Triples terms can be added to: a graph of a :class:`QuadSet`."""

    def add(self, triple: tuple[Term, Term, Term], /) -> object: ...


Quad = tuple[Node, Node, Node, "URIRef | None"]
"""Subject, predicate, object and graph name as rdflib terms (graph name None: the default graph)."""


class _SinkGraph:
    __slots__ = ("_quads", "_name")

    def __init__(self, quads: dict[TermQuad, None], name: Term | None) -> None:
        self._quads, self._name = quads, name

    def add(self, triple: tuple[Term, Term, Term], /) -> None:
        self._quads[(triple[0], triple[1], triple[2], self._name)] = None


class QuadSet:
    """Quads of N-Triples terms collected in order without duplicates: the part of rdflib's Dataset API the builders use.

    Building an article's quads as text rather than rdflib terms in an rdflib
    Dataset skips the memory store's indexing and the terms' making, checking
    and hashing, which cost more than the store write itself.
    """

    def __init__(self) -> None:
        self.quads: dict[TermQuad, None] = {}

    @property
    def default_graph(self) -> _SinkGraph:
        return _SinkGraph(self.quads, None)

    def graph(self, name: Term) -> _SinkGraph:
        return _SinkGraph(self.quads, name)


def article_hash(article: Article) -> str:
    """The content hash recorded on an article node (``bi:contentHash``)."""
    return content_hash(article.text, 16)


def add_article(quads: QuadSet, result: ArticleResult, run: URIRef, base: str = DEFAULT_BASE) -> None:
    """Add one article: its node in the default graph, its statements, and its named graph."""
    g = quads.default_graph
    article = result.article
    art = article_term(article.id, base)
    _describe_article(g, art, article)
    g.add((art, _CONTENT_HASH, literal(article_hash(article))))
    add_article_sources(g, art, article)
    graph = quads.graph(art)
    nodes: dict[Entity, Term] = {}  # each entity is described once per article, however many statements name it
    context = (g, graph, art, iri(str(run)), base, nodes)
    for statement in result.statements:
        _add_statement(statement, *context)


def article_terms(result: ArticleResult, run: URIRef, base: str = DEFAULT_BASE) -> list[TermQuad]:
    """One article's quads as N-Triples terms (what a store write adds for it), without duplicates."""
    quads = QuadSet()
    add_article(quads, result, run, base)
    return list(quads.quads)


def article_quads(result: ArticleResult, run: URIRef, base: str = DEFAULT_BASE) -> list[Quad]:
    """One article's quads as rdflib terms (:func:`article_terms`), without duplicates."""
    return [_quad(quad, {}) for quad in article_terms(result, run, base)]


def _quad(quad: TermQuad, nodes: dict[Term, Node]) -> Quad:
    """The rdflib terms of a quad, each term made once per ``nodes``."""
    made = []
    for term in quad:
        node = nodes.get(term) if term is not None else None
        if node is None and term is not None:
            node = nodes[term] = to_node(term)
        made.append(node)
    return made[0], made[1], made[2], made[3]  # type: ignore[return-value]


def _add_country(g: TripleSink, iso3: str, base: str) -> Term:
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
    quads = QuadSet()
    add_run(quads.default_graph, run, extractor, lexicon_digest)
    graphs: dict[Term | None, Graph] = {None: ds.default_graph}
    for result in results:
        add_article(quads, result, run, base)
        # Every article has its named graph, empty when it asserts nothing.
        graphs[article_term(result.article.id, base)] = ds.graph(article_iri(result.article.id, base))
    nodes: dict[Term, Node] = {}
    for quad in quads.quads:
        s, p, o, _ = _quad(quad, nodes)
        graphs[quad[3]].add((s, p, o))
    return ds


def add_article_sources(g: TripleSink, art: Term, article: Article) -> None:
    """The article's author, and its duplicates as further sources of the same story.

    Each copy of the story read elsewhere (:attr:`Article.duplicates`) becomes a
    ``schema:NewsArticle`` of its own (headline, publisher, date, url) that is
    ``prov:alternateOf`` the article: PROV's term for two entities presenting
    aspects of the same thing. Its statements are not extracted again, so a
    syndicated story counts once; ``bi:similarity`` keeps how alike the texts are.
    """
    if article.author:
        g.add((art, _AUTHOR, literal(article.author)))
    for copy in article.duplicates:
        add_copy(g, art, copy)


def add_copy(g: TripleSink, art: Term, copy: Duplicate) -> None:
    """One copy of the story read elsewhere, as a further source of article ``art`` (its N-Triples term)."""
    node = f"<{art[1:-1]}/copy/{content_hash(copy.url or copy.origin)}>"
    _describe_article(g, node, copy)
    g.add((node, _ALTERNATE_OF, art))
    g.add((node, _SIMILARITY, decimal(copy.similarity)))


def _describe_article(g: TripleSink, node: Term, article: Article | Duplicate) -> None:
    """A ``schema:NewsArticle`` with the headline, date, publisher and URL that are known."""
    g.add((node, _TYPE, _NEWS_ARTICLE))
    if article.title:
        g.add((node, _HEADLINE, literal(article.title)))
    if article.published:
        g.add((node, _DATE_PUBLISHED, date(article.published)))
    if article.source:
        g.add((node, _PUBLISHER, literal(article.source)))
    if article.url:
        g.add((node, _URL, typed_literal(article.url, _XSD_ANY_URI)))


# The terms written for every statement, made once.
_SUBJECT, _PREDICATE, _OBJECT, _STATEMENT = iri(RDF.subject), iri(RDF.predicate), iri(RDF.object), iri(RDF.Statement)
_BI_STATEMENT, _MODALITY, _CONFIDENCE, _EXTRACTOR, _PLOVER, _CAMEO, _GOLDSTEIN, _EVENT_DATE, _ATTRIBUTED_TO, _TRIGGER, _EVIDENCE = (
    iri(BI[name]) for name in (
        "Statement", "modality", "confidence", "extractor", "ploverCategory", "cameoCode", "goldstein", "eventDate",
        "attributedTo", "trigger", "evidence",
    )
)
_VALID_FROM, _VALID_UNTIL, _FORMER = iri(BI.validFrom), iri(BI.validUntil), iri(BI.former)
_TRUE = typed_literal("true", str(XSD.boolean))
_DERIVED_FROM, _GENERATED_BY = iri(PROV.wasDerivedFrom), iri(PROV.wasGeneratedBy)
_DATE_PRECISION = iri(BI.datePrecision)
_QUOTE, _POSITION, _EXACT, _START, _END = iri(OA.TextQuoteSelector), iri(OA.TextPositionSelector), iri(OA.exact), iri(OA.start), iri(OA.end)


def _add_statement(
    st: Statement, g: TripleSink, graph: TripleSink, art: Term, run: Term, base: str, nodes: dict[Entity, Term]
) -> None:
    def entity(e: Entity) -> Term:
        node = nodes.get(e)
        if node is None:
            node = nodes[e] = _add_entity(g, e, base)
        return node

    subject = entity(st.subject)
    obj = entity(st.object)
    predicate = _bi(st.predicate.name)
    if st.modality is Modality.ASSERTED and not st.former:
        graph.add((subject, predicate, obj))  # a former office or membership is on the statement only
    iri_text = f"{base}id/statement/{statement_key(st)}"
    node = f"<{iri_text}>"
    g.add((node, _TYPE, _STATEMENT))
    g.add((node, _TYPE, _BI_STATEMENT))
    g.add((node, _SUBJECT, subject))
    g.add((node, _PREDICATE, predicate))
    g.add((node, _OBJECT, obj))
    g.add((node, _MODALITY, _MODALITIES[st.modality]))
    g.add((node, _CONFIDENCE, decimal(round(st.confidence, 3))))
    g.add((node, _EXTRACTOR, literal(st.extractor)))
    g.add((node, _PLOVER, _bi(st.category)))
    if st.cameo:
        g.add((node, _CAMEO, literal(st.cameo)))
    g.add((node, _GOLDSTEIN, decimal(st.goldstein)))
    if st.date:
        g.add((node, _EVENT_DATE, date(st.date)))
        if st.date_precision != "day":  # "in 2001": the first day of the year, and how much of it the text said
            g.add((node, _DATE_PRECISION, literal(st.date_precision)))
    if st.valid_from:
        g.add((node, _VALID_FROM, partial_date(st.valid_from)))
    if st.valid_until:
        g.add((node, _VALID_UNTIL, partial_date(st.valid_until)))
    if st.former:
        g.add((node, _FORMER, _TRUE))
    if st.attributed_to:
        g.add((node, _ATTRIBUTED_TO, entity(st.attributed_to)))
    if st.trigger:
        g.add((node, _TRIGGER, literal(st.trigger)))
    g.add((node, _DERIVED_FROM, art))
    g.add((node, _GENERATED_BY, run))
    selector = f"<{iri_text}#evidence>"
    g.add((node, _EVIDENCE, selector))
    g.add((selector, _TYPE, _QUOTE))
    g.add((selector, _TYPE, _POSITION))
    g.add((selector, _EXACT, literal(st.evidence.text)))
    g.add((selector, _START, integer(st.evidence.start)))
    g.add((selector, _END, integer(st.evidence.end)))
