"""Standard SPARQL clients at their default settings against the real kg serve process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from example_build import example_store, example_trig
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from test_serve import COUNTRIES, Server, get, local_rows, start_server, stop

from kg.cli import main
from kg.query import named_query, run_query
from kg.store import open_source

SANCTIONS = "PREFIX bi: <https://w3id.org/bikg/ontology#> CONSTRUCT { ?s bi:sanctions ?o } WHERE { ?s bi:sanctions ?o }"
AZE = URIRef("https://w3id.org/bikg/id/country/AZE")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = start_server("--store", str(example_store()), "--workers", "1", "--no-views")
    yield s
    stop(s)


@pytest.fixture(scope="module")
def sanctions() -> Graph:
    graph = run_query(open_source(graph=example_trig()), SANCTIONS).graph
    assert graph is not None and len(graph) > 0
    return graph


def test_rdflib_sparqlstore_select_ask_and_construct(server: Server, sanctions: Graph) -> None:
    graph = Graph(store=SPARQLStore(server.sparql))  # defaults: Accept application/sparql-results+xml, application/rdf+xml
    assert [str(row[0]) for row in graph.query(COUNTRIES)] == [r[0] for r in local_rows(COUNTRIES)]
    assert graph.query(f"ASK {{ <{AZE}> a <https://w3id.org/bikg/ontology#Country> }}").askAnswer is True
    constructed = graph.query(SANCTIONS).graph
    assert constructed is not None and isomorphic(constructed, sanctions)


@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_sparqlwrapper_select_in_each_format(server: Server, fmt: str) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setQuery(COUNTRIES)
    client.setReturnFormat(fmt)
    answer = client.queryAndConvert()
    if fmt == JSON:
        countries = [b["c"]["value"] for b in answer["results"]["bindings"]]
    elif fmt == XML:
        countries = [node.firstChild.firstChild.data for node in answer.getElementsByTagName("binding")]
    else:
        countries = answer.decode().split()[1:]
    assert countries == [r[0] for r in local_rows(COUNTRIES)]


@pytest.mark.parametrize("fmt", [XML, TURTLE])
def test_sparqlwrapper_construct_as_rdf_xml_and_turtle(server: Server, sanctions: Graph, fmt: str) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setQuery(SANCTIONS)
    client.setReturnFormat(fmt)
    answer = client.queryAndConvert()
    graph = answer if isinstance(answer, Graph) else Graph().parse(data=answer, format="turtle")
    assert isomorphic(graph, sanctions)


@pytest.mark.parametrize(("accept", "fmt"), [("application/rdf+xml", "xml"), ("application/n-quads", "nquads"), ("application/trig", "trig")])
def test_construct_in_every_rdf_format_export_writes(server: Server, sanctions: Graph, accept: str, fmt: str) -> None:
    status, headers, body = get(server, SANCTIONS, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    parsed = Graph().parse(data=body, format=fmt)
    assert isomorphic(parsed, sanctions)


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json;q=0.2, text/csv", "text/csv"),
        ("text/*;q=0.5, application/sparql-results+xml;q=0.4", "text/csv"),
        ("*/*;q=0.1, text/csv;q=0", "application/sparql-results+json"),
        ("application/sparql-results+xml, application/rdf+xml", "application/sparql-results+xml"),
    ],
)
def test_accept_lists_follow_q_values(server: Server, accept: str, media: str) -> None:
    status, headers, _ = get(server, COUNTRIES, accept)
    assert status == 200 and headers["Content-Type"].startswith(media)


@pytest.mark.parametrize(("name", "params"), [("who-sanctions", ["country=Georgia"]), ("dyad-timeline", ["a=AZE", "b=USA"]), ("central-countries", [])])
def test_named_queries_through_kg_query_endpoint(server: Server, name: str, params: list[str]) -> None:
    args = ["query", "--name", name, "-f", "csv"] + [x for p in params for x in ("--param", p)]
    remote = CliRunner().invoke(main, [*args, "--endpoint", server.sparql])
    assert remote.exit_code == 0, remote.output
    bound = named_query(name).bind(dict(p.split("=", 1) for p in params))
    local = run_query(open_source(graph=example_trig()), bound)
    assert remote.stdout == local.serialize("csv") and len(local) > 0
