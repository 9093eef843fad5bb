"""SHACL validation: built graphs conform; broken ones are reported node by node."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("validate") / "store"
    build([ROOT / "examples" / "articles"], store)
    return store


# (export format, file name): the names kg export's formats suggest, and the usual extensions
EXPORTS = [("trig", "graph.trig"), ("rdf12", "graph.rdf12"), ("rdf12", "graph12.trig"), ("nquads", "graph.nquads"), ("nquads", "graph.nq"),
           ("json-ld", "graph.json-ld"), ("turtle", "graph.turtle"), ("nt", "graph.nt"), ("xml", "graph.rdf")]


def test_validate_and_query_read_every_rdf_file_export_writes_and_trig_1_2_conforms(example_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    counts = {}
    for fmt, name in EXPORTS:
        path = tmp_path / name
        assert runner.invoke(main, ["export", "--store", str(example_store), "-f", fmt, "-o", str(path)]).exit_code == 0
        result = runner.invoke(main, ["validate", str(path)])
        assert result.exit_code == 0 and "Conforms:" in result.stderr, (name, result.output)
        counts[name] = int(result.stderr.split("Conforms: ")[1].split()[0])
        answer = runner.invoke(main, ["query", str(path), "-f", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/bikg/ontology#Country> }"])
        assert answer.exit_code == 0 and int(answer.stdout.split()[1]) > 5, (name, answer.output)
    assert len(set(counts.values())) == 1  # the RDF 1.2 reifiers are read back as the statements they reify


def test_a_triple_term_validate_cannot_read_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "odd.rdf12"
    path.write_text("<https://e.org/a> <https://e.org/says> <<( <https://e.org/s> <https://e.org/p> <https://e.org/o> )>> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "triple term other than a statement reifier" in result.stderr and "kg export -f rdf12" in result.stderr
