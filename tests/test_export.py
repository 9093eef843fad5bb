"""Exports: every RDF format reads back as the same graph; graph files and tables for Gephi, pandas and Neo4j."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main
from kg.export import FORMATS, export, quads
from kg.pipeline import build
from kg.store import open_source

ROOT = Path(__file__).resolve().parent.parent
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
AZE = "https://w3id.org/bikg/id/country/AZE"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "store"
    build([ROOT / "examples" / "articles"], folder)
    return folder


def _canonical(items: object) -> ox.Dataset:
    dataset = ox.Dataset(items)  # type: ignore[arg-type]
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def _store_quads(store: Path) -> list[ox.Quad]:
    return list(quads(open_source(store=store)))


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_formats_round_trip_with_their_named_graphs(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(open_source(store=store), fmt, out)
    back = ox.parse(path=str(out), format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS)
    assert _canonical(back) == _canonical(_store_quads(store))


@pytest.mark.parametrize(("fmt", "parse_as"), [("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("xml", ox.RdfFormat.RDF_XML)])
def test_triple_formats_round_trip_as_the_union(store: Path, tmp_path: Path, fmt: str, parse_as: ox.RdfFormat) -> None:
    out = tmp_path / "graph.out"
    export(open_source(store=store), fmt, out)
    back = {ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(path=str(out), format=parse_as)}
    union = {ox.Quad(q.subject, q.predicate, q.object) for q in _store_quads(store)}
    assert _canonical(back) == _canonical(union)


def test_json_ld_is_compacted_with_the_shipped_context_and_round_trips(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    export(open_source(store=store), "json-ld", out)
    text = out.read_text(encoding="utf-8")
    assert '"@context"' in text and '"bi": "https://w3id.org/bikg/ontology#"' in text and '"headline"' in text
    back = Dataset()
    back.parse(out, format="json-ld")
    again = ox.parse(back.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    assert _canonical(again) == _canonical(_store_quads(store))


def test_rdf12_annotates_asserted_triples_with_their_statement_nodes(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.trig"
    export(open_source(store=store), "rdf12", out)
    text = out.read_text(encoding="utf-8")
    assert " ~ <https://w3id.org/bikg/id/statement/" in text and "{| " in text and "bi:modality bi:Asserted" in text
    back = list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    # Expected: the store, with rdf:subject/predicate/object of each statement node replaced by
    # rdf:reifies <<( s p o )>>; annotations of asserted triples sit in the article's graph with them.
    original = _store_quads(store)
    parts: dict[object, dict[str, object]] = {}
    for q in original:
        if q.predicate.value in (RDF + "subject", RDF + "predicate", RDF + "object"):
            parts.setdefault(q.subject, {})[q.predicate.value[len(RDF) :]] = q.object
    expected = [ox.Quad(q.subject, q.predicate, q.object) for q in original if q.predicate.value not in (RDF + "subject", RDF + "predicate", RDF + "object")]
    expected += [ox.Quad(node, ox.NamedNode(RDF + "reifies"), ox.Triple(p["subject"], p["predicate"], p["object"])) for node, p in parts.items()]  # type: ignore[arg-type]
    assert _canonical({ox.Quad(q.subject, q.predicate, q.object) for q in back}) == _canonical(set(expected))
    named = {q for q in original if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert named and named <= set(back)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_open_in_networkx_with_counts_on_edges(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(open_source(store=store), fmt, out)
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert graph.nodes[AZE]["label"] == "Azerbaijan" and graph.nodes[AZE]["type"] == "Country"
    edges = list(graph.edges(data=True))
    assert edges and all(int(d["statements"]) >= int(d["sources"]) >= 1 for _, _, d in edges)
    assert any(d["predicate"] == "leaderOf" and v == AZE for _, v, d in edges)


def test_csv_tables_for_neo4j_import(store: Path, tmp_path: Path) -> None:
    export(open_source(store=store), "csv", tmp_path / "tables")
    with open(tmp_path / "tables" / "nodes.csv", encoding="utf-8") as handle:
        nodes = {row["id:ID"]: row for row in csv.DictReader(handle)}
    with open(tmp_path / "tables" / "edges.csv", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert nodes[AZE]["country"] == "AZE" and nodes[AZE][":LABEL"] == "Country"
    assert edges and all(e[":START_ID"] in nodes and e[":END_ID"] in nodes for e in edges)


def test_cli_export_to_stdout_and_unknown_store(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--store", str(store), "-f", "nt", "-o", "-"])
    assert result.exit_code == 0 and f"<{AZE}>" in result.stdout
    result = runner.invoke(main, ["export", "--store", str(tmp_path / "missing"), "-f", "nt", "-o", "-"])
    assert result.exit_code == 1 and "missing" in result.stderr


def test_every_format_is_offered() -> None:
    assert set(FORMATS) == {"turtle", "trig", "nt", "nquads", "json-ld", "xml", "rdf12", "graphml", "gexf", "csv"}


def test_unwritable_destination_and_unknown_format_are_named(store: Path, tmp_path: Path) -> None:
    from kg.export import ExportFailed

    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportFailed, match=r"a-file/graph\.ttl: cannot write"):
        export(open_source(store=store), "turtle", blocker / "graph.ttl")
    with pytest.raises(ExportFailed, match="unknown export format 'yaml'"):
        export(open_source(store=store), "yaml", tmp_path / "g.yaml")


def _statement_count(store: Path) -> int:
    rows = list(open_source(store=store).query(f"SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {{ ?st a <{RDF}Statement> }}"))
    return int(rows[0][0])  # type: ignore[index]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_graph_files_and_tables_keep_every_statement_with_its_modality(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("tables" if fmt == "csv" else f"graph.{fmt}")
    export(open_source(store=store), fmt, out)
    if fmt == "csv":
        with open(out / "edges.csv", encoding="utf-8") as handle:
            edges = [(row["modality"], int(row["statements:int"])) for row in csv.DictReader(handle)]
    else:
        graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        edges = [(d["modality"], int(d["statements"])) for _, _, d in graph.edges(data=True)]
    assert sum(n for _, n in edges) == _statement_count(store)  # none dropped
    modalities = {m for m, _ in edges}
    assert "asserted" in modalities and modalities - {"asserted"}  # the examples hedge and deny some
    assert modalities <= {"asserted", "possible", "intended", "negated"}
