"""The RDF graph: named graphs per article, statement nodes with provenance, stable IRIs."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, XSD, Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rich_article import RUN, rich_result

from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.rdf import (
    BI,
    OA,
    SCHEMA,
    TermQuad,
    article_iri,
    article_quads,
    article_terms,
    date,
    decimal,
    entity_iri,
    integer,
    iri,
    lang_literal,
    literal,
    to_dataset,
    to_node,
    typed_literal,
)
from kg.vocab import predicate

AZE = Entity("country/AZE", "Azerbaijan", EntityType.COUNTRY, country="AZE", wikidata="Q227")
USA = Entity("country/USA", "United States", EntityType.COUNTRY, country="USA", wikidata="Q30")
TOPIC = Entity("topic/energy-routes", "energy routes", EntityType.TOPIC)


def _result(modality: Modality = Modality.ASSERTED, article_id: str = "a1") -> ArticleResult:
    article = Article(article_id, "Some text. The US supports energy routes.", "Title", dt.date(2021, 7, 3), "Turan", None, "x.txt")
    statement = Statement(
        article_id=article_id,
        subject=USA,
        predicate=predicate("supports"),
        object=TOPIC,
        modality=modality,
        evidence=Evidence("The US supports energy routes.", 11, 41),
        extractor="patterns.v1",
        confidence=0.8,
        date=dt.date(2021, 7, 3),
        attributed_to=AZE,
        cameo="050",
        goldstein=3.5,
        trigger="supports",
    )
    return ArticleResult(article, 2, (), (statement,))


def test_asserted_triple_in_article_graph_with_provenance_node() -> None:
    ds = to_dataset([_result()])
    graph = ds.graph(article_iri("a1"))
    assert (entity_iri(USA), BI.supports, entity_iri(TOPIC)) in graph
    [node] = list(ds.default_graph.subjects(RDF.type, RDF.Statement))
    g = ds.default_graph
    assert g.value(node, BI.attributedTo) == entity_iri(AZE)
    assert g.value(node, BI.modality) == BI.Asserted
    selector = g.value(node, BI.evidence)
    assert g.value(selector, OA.exact) == Literal("The US supports energy routes.")
    assert g.value(selector, OA.start).toPython() == 11
    assert (article_iri("a1"), RDF.type, SCHEMA.NewsArticle) in g
    assert (entity_iri(AZE), URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q227")) in g


def test_hedged_statement_is_not_asserted_but_kept_as_statement() -> None:
    ds = to_dataset([_result(Modality.POSSIBLE)])
    assert len(ds.graph(article_iri("a1"))) == 0
    assert len(list(ds.default_graph.subjects(RDF.type, RDF.Statement))) == 1


def test_rebuild_is_isomorphic() -> None:
    first, second = to_dataset([_result()]), to_dataset([_result()])
    assert isomorphic(first.default_graph, second.default_graph)
    assert isomorphic(first.graph(article_iri("a1")), second.graph(article_iri("a1")))


def test_same_relation_from_two_articles_is_one_triple_per_article() -> None:
    ds = to_dataset([_result(article_id="a1"), _result(article_id="a2")])
    for art in ("a1", "a2"):
        assert len(ds.graph(article_iri(art))) == 1
    assert len(list(ds.default_graph.subjects(RDF.type, RDF.Statement))) == 2


# ---------------------------------------------------------------- the N-Triples text the builders write

GOLDEN = Path(__file__).parent / "data" / "rich_article.nq"


def _nquads(quads: list[TermQuad]) -> str:
    return "".join(f"{s} {p} {o} .\n" if g is None else f"{s} {p} {o} {g} .\n" for s, p, o, g in quads)


def _sorted_lines(text: str, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> list[str]:
    """The quads of a document as Oxigraph writes them (one canonical form per term), sorted."""
    return sorted(f"{quad} ." for quad in ox.parse(text, format=fmt))


def test_an_article_becomes_exactly_the_golden_quads(request: pytest.FixtureRequest) -> None:
    made = _sorted_lines(_nquads(article_terms(rich_result(), URIRef(RUN))))
    if request.config.getoption("--update-golden"):
        header = GOLDEN.read_text(encoding="utf-8").splitlines()[0]
        GOLDEN.write_text("\n".join([header, *made]) + "\n", encoding="utf-8")
    golden = _sorted_lines(GOLDEN.read_text(encoding="utf-8"))
    assert made == golden
    # The rdflib terms other paths use (to_dataset, exports) are the same quads.
    ds = Dataset()
    for s, p, o, g in article_quads(rich_result(), URIRef(RUN)):
        ds.add((s, p, o, ds.default_graph.identifier if g is None else g))
    assert _sorted_lines(ds.serialize(format="nquads"), ox.RdfFormat.N_QUADS) == golden


def _ox(term: str, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> ox.NamedNode | ox.Literal:
    """The Oxigraph term of a term's text (N-Triples, or Turtle for rdflib's ``n3()``)."""
    [triple] = ox.parse(f"<urn:s> <urn:p> {term} .", format=fmt)
    return triple.object  # type: ignore[no-any-return]


@given(text=st.text())
def test_a_string_literal_is_the_rdflib_literal(text: str) -> None:
    assert _ox(literal(text)) == _ox(Literal(text).n3(), ox.RdfFormat.TURTLE) == ox.Literal(text)
    assert _ox(lang_literal(text)) == ox.Literal(text, language="en")
    assert to_node(literal(text)) == Literal(text) and to_node(lang_literal(text)) == Literal(text, lang="en")
    assert to_node(typed_literal(text, str(XSD.anyURI))) == Literal(text, datatype=XSD.anyURI)


@given(value=st.floats() | st.integers(-1000, 1000))
def test_a_decimal_has_the_lexical_form_rdflib_gives_it(value: float) -> None:
    expected = Literal(value, datatype=XSD.decimal)
    assert _ox(decimal(value)) == _ox(expected.n3(), ox.RdfFormat.TURTLE)
    if math.isfinite(value):  # rdflib writes infinities "INF" but keeps "inf" as their lexical form
        assert to_node(decimal(value)) == expected


@given(value=st.integers(), day=st.dates())
def test_integers_and_dates_are_the_rdflib_literals(value: int, day: dt.date) -> None:
    assert _ox(integer(value)) == _ox(Literal(value).n3(), ox.RdfFormat.TURTLE)
    assert to_node(integer(value)) == Literal(value)
    assert to_node(date(day)) == Literal(day.isoformat(), datatype=XSD.date)


@given(value=st.text())
def test_an_iri_is_written_as_rdflib_writes_it_or_refused(value: str) -> None:
    try:
        term = iri(value)
    except ValueError:
        assert any(c in value for c in '<>" {}|\\^`') or any(ord(c) <= 0x20 for c in value)
        return
    assert term == URIRef(value).n3() and to_node(term) == URIRef(value)
