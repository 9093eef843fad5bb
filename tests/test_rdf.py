"""The RDF graph: named graphs per article, statement nodes with provenance, stable IRIs."""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic

from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.rdf import BI, OA, SCHEMA, article_iri, entity_iri, to_dataset
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
