"""SHACL validation: built graphs conform; broken ones are reported node by node."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build
from kg.query import load_graph
from kg.store import open_source
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent

BROKEN = """
@prefix bi: <https://w3id.org/bikg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<https://w3id.org/bikg/id/country/AZE> a bi:Country ; rdfs:label "Azerbaijan"@en ; bi:iso3 "AZE" .
<https://w3id.org/bikg/id/country/XX> a bi:Country ; rdfs:label "Nowhere"@en ; bi:iso3 "xx" .
<https://w3id.org/bikg/id/statement/s1> a bi:Statement, rdf:Statement ;
    rdf:subject <https://w3id.org/bikg/id/country/AZE> ; rdf:predicate bi:supports ;
    bi:modality bi:Maybe ; bi:confidence 1.5 ;
    bi:evidence <https://w3id.org/bikg/id/statement/s1#evidence> .
<https://w3id.org/bikg/id/statement/s1#evidence> a oa:TextQuoteSelector, oa:TextPositionSelector ;
    oa:exact "Azerbaijan supports." ; oa:start 10 ; oa:end 3 .
"""


def test_every_built_graph_conforms(tmp_path: Path) -> None:
    build([ROOT / "examples" / "articles"], tmp_path / "store")
    report = validate(open_source(store=tmp_path / "store"))
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.triples > 1000


def test_broken_graph_lists_each_violation_with_node_and_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN, encoding="utf-8")
    report = validate(load_graph(path))
    assert not report.conforms
    found = {(v.node.rsplit("/", 1)[-1], v.path, v.message) for v in report.violations}
    s1 = "s1"
    assert (s1, "rdf:object", "a statement needs exactly one object, an actor or a topic") in found
    assert (s1, "bi:confidence", "confidence must be one xsd:decimal between 0 and 1") in found
    assert (s1, "bi:modality", "modality must be one of bi:Asserted, bi:Possible, bi:Intended, bi:Negated") in found
    assert (s1, "prov:wasDerivedFrom", "a statement must come from exactly one article (schema:NewsArticle) in the graph") in found
    assert ("XX", "bi:iso3", "a country needs exactly one three-letter ISO code (bi:iso3)") in found
    assert any(v.message == "the evidence must start before it ends" for v in report.violations)

    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert "https://w3id.org/bikg/id/statement/s1 (bi:confidence): confidence must be one xsd:decimal between 0 and 1" in result.stdout
