"""kg serve over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol, standard clients, concurrency, hostile queries."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest
from click.testing import CliRunner
from example_build import example_store, example_trig
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, SPARQLWrapper

from kg.cli import main
from kg.query import named_query, run_query
from kg.store import open_source

TOKEN = "s3cret-token-for-tests"
COUNTRIES = "PREFIX bi: <https://w3id.org/bikg/ontology#> SELECT ?c WHERE { ?c a bi:Country } ORDER BY ?c"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    banner: str = ""

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def start_server(*args: str) -> Server:
    """``kg serve ARGS --port 0`` in a subprocess; returns once it listens."""
    env = {**os.environ, "KG_UPDATE_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", *args, "--port", "0"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        if "Serving SPARQL at " in line:
            url = line.split("Serving SPARQL at ", 1)[1].split("/sparql", 1)[0]
            threading.Thread(target=process.stderr.read, daemon=True).start()  # keep the pipe drained
            return Server(process, url, line)
    process.wait(10)
    raise AssertionError("kg serve did not start:\n" + "".join(lines))


def stop(server: Server) -> None:
    server.process.terminate()
    server.process.wait(30)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = start_server("--store", str(example_store()), "--workers", "2", "--timeout", "3", "--max-results", "500")
    yield s
    stop(s)


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(example_store(), copy)
    s = start_server("--store", str(copy), "--allow-update", "--cors", "https://analyst.example.org", "--no-views", "--max-memory", "200")
    yield s
    stop(s)


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None) -> tuple[int, Message, bytes]:
    """Status, headers (names case-insensitive, as HTTP has them) and body of a request."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(server: Server, query: str, accept: str | None = None) -> tuple[int, Message, bytes]:
    return http(server.sparql + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept} if accept else {})


def error_of(status: int, body: bytes, expected_status: int) -> dict[str, object]:
    assert status == expected_status, body
    payload = json.loads(body)
    assert set(payload) == {"error"} and payload["error"]["status"] == expected_status
    assert payload["error"]["code"] and payload["error"]["message"]
    return payload["error"]  # type: ignore[no-any-return]


def local_rows(sparql: str) -> list[list[str]]:
    return run_query(open_source(graph=example_trig()), sparql).rows or []


# --- the protocol with standard clients -----------------------------------------------------------


def test_sparqlwrapper_gets_the_same_rows_as_a_local_query(server: Server) -> None:
    sparql = named_query("dyad-timeline").bind({"a": "AZE", "b": "USA"})
    client = SPARQLWrapper(server.sparql)
    client.setQuery(sparql)
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    columns = answer["head"]["vars"]
    rows = [[b.get(c, {}).get("value", "") for c in columns] for b in answer["results"]["bindings"]]
    assert rows == local_rows(sparql) and any("strategicPartnerOf" in r for r in rows)
    client.setReturnFormat(CSV)
    client.setMethod("POST")
    assert client.queryAndConvert().decode().startswith("date,subject,predicate")


def test_rdflib_sparqlstore_reads_the_endpoint(server: Server) -> None:
    graph = Graph(store=SPARQLStore(server.sparql, returnFormat="xml"))
    countries = [str(row[0]) for row in graph.query(COUNTRIES)]
    assert "https://w3id.org/bikg/id/country/AZE" in countries
    assert countries == [r[0] for r in local_rows(COUNTRIES)]


@pytest.mark.parametrize(
    ("accept", "media", "check"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", lambda b: json.loads(b)["head"]["vars"] == ["c"]),
        ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: b"<sparql" in b),
        ("text/csv", "text/csv", lambda b: b.startswith(b"c\r\n") or b.startswith(b"c\n")),
        ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.startswith(b"?c\n<https://w3id.org/bikg/id/country/")),
        (None, "application/sparql-results+json", lambda b: "results" in json.loads(b)),
        ("text/html;q=0.9, text/csv;q=0.1", "text/csv", lambda b: b"country/AZE" in b),
    ],
)
def test_select_results_by_accept(server: Server, accept: str | None, media: str, check: object) -> None:
    status, headers, body = get(server, COUNTRIES, accept)
    assert status == 200 and headers["Content-Type"].startswith(media)
    assert check(body)  # type: ignore[operator]


def test_construct_as_turtle_and_json_ld_is_the_local_graph(server: Server) -> None:
    construct = "PREFIX bi: <https://w3id.org/bikg/ontology#> CONSTRUCT { ?s bi:sanctions ?o } WHERE { ?s bi:sanctions ?o }"
    local = run_query(open_source(graph=example_trig()), construct).graph
    assert local is not None and len(local) > 0
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
        status, headers, body = get(server, construct, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert isomorphic(Graph().parse(data=body, format=fmt), local)


def test_post_query_and_form(server: Server) -> None:
    status, _, body = http(server.sparql, COUNTRIES.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and b"country/USA" in body
    form = urllib.parse.urlencode({"query": "ASK { ?s a <https://w3id.org/bikg/ontology#Country> }"}).encode()
    status, _, body = http(server.sparql, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_service_description_views_and_named_queries(server: Server) -> None:
    status, headers, body = http(server.sparql, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    description = Graph().parse(data=body, format="turtle")
    assert (None, sd.endpoint, URIRef(server.sparql)) in description and (None, sd.supportedLanguage, sd.SPARQL11Query) in description
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in description
    status, headers, page = http(server.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"vis" in page and b"Azerbaijan" in page
    status, _, listing = http(server.url + "/queries")
    assert status == 200 and "dyad-timeline" in {q["name"] for q in json.loads(listing)}
    status, _, csv_rows = http(server.url + "/queries/who-sanctions?country=Georgia&format=csv")
    assert status == 200 and b"Russia" in csv_rows, csv_rows
    error_of(*http(server.url + "/queries/who-sanctions?country=Narnia")[::2], 400)
    # a page read from the store's summaries (the worker binds the summary form): the raw query's rows
    status, _, timeline = http(server.url + "/queries/dyad-timeline?a=AZE&b=USA&limit=2&offset=1&format=csv")
    raw = run_query(open_source(store=example_store()), named_query("dyad-timeline").bind({"a": "AZE", "b": "USA", "limit": "2", "offset": "1"}))
    assert status == 200 and timeline.decode("utf-8") == raw.serialize("csv") and len(raw.rows) == 2


def test_kg_query_endpoint_reads_the_server(server: Server) -> None:
    result = CliRunner().invoke(main, ["query", "--endpoint", server.sparql, "--name", "who-criticizes", "--param", "country=Morocco", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("actor,actor_country") and "Algeria" in result.stdout
    graph = CliRunner().invoke(main, ["query", "--endpoint", server.sparql, "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", "-f", "ntriples"])
    assert graph.exit_code == 0 and graph.stdout.count(" .\n") == 3


def test_concurrent_requests_all_answered(server: Server) -> None:
    queries = [named_query("central-countries").text, COUNTRIES, named_query("dyad-balance").text] * 8
    expected = {q: local_rows(q) for q in set(queries)}

    def ask(query: str) -> tuple[str, int, list[list[str]]]:
        status, _, body = get(server, query, "application/sparql-results+json")
        answer = json.loads(body)
        columns = answer["head"]["vars"]
        return query, status, [[b.get(c, {}).get("value", "") for c in columns] for b in answer["results"]["bindings"]]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, queries))
    assert len(answers) == 24
    for query, status, rows in answers:
        assert status == 200
        assert len(rows) == len(expected[query]) and rows[0][0] == expected[query][0][0]


# --- hostile and broken requests ------------------------------------------------------------------


def test_federation_is_refused(server: Server) -> None:
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert "SERVICE" in str(error_of(status, body, 403)["message"])
    nested = "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } }"
    error_of(*get(server, nested)[::2], 403)


def test_file_access_is_refused(server: Server) -> None:
    status, _, body = get(server, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert "reads no files" in str(error_of(status, body, 403)["message"])


def test_updates_and_load_are_refused_on_a_read_only_server(server: Server) -> None:
    for update in ("LOAD <file:///etc/passwd>", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL"):
        status, _, body = http(server.sparql, update.encode(), {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert error_of(status, body, 403)["code"] == "read_only"
    assert get(server, COUNTRIES)[0] == 200


def test_huge_results_are_capped(server: Server) -> None:
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert "more than 500" in str(error_of(status, body, 413)["message"])
    status, _, body = get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "text/turtle")
    error_of(status, body, 413)


def test_slow_query_is_stopped_and_the_server_recovers(server: Server) -> None:
    status, headers, body = get(server, SLOW)
    assert error_of(status, body, 503)["code"] == "timeout" and headers.get("Retry-After")
    for _ in range(3):  # the killed worker is replaced; the others keep answering
        assert get(server, COUNTRIES)[0] == 200


def test_broken_requests_get_json_errors(server: Server) -> None:
    status, _, body = get(server, "SELEC * WHERE { ?s ?p ?o }")
    assert "does not parse" in str(error_of(status, body, 400)["message"])
    error_of(*get(server, COUNTRIES, "image/png")[::2], 406)
    error_of(*http(server.url + "/nowhere")[::2], 404)
    error_of(*http(server.sparql, b"x", {"Content-Type": "text/plain"})[::2], 415)
    error_of(*http(server.sparql, b"x" * 2_000_000, {"Content-Type": "application/sparql-query"})[::2], 413)
    error_of(*http(server.sparql, method="DELETE")[::2], 405)
    url = server.sparql + "?" + urllib.parse.urlencode({"query": COUNTRIES, "default-graph-uri": "file:///etc/passwd"})
    error_of(*http(url)[::2], 400)


def test_cors_is_off_unless_asked(server: Server, writable: Server) -> None:
    origin = {"Origin": "https://analyst.example.org"}
    assert "Access-Control-Allow-Origin" not in get(server, COUNTRIES)[1]
    status, headers, _ = http(server.sparql + "?" + urllib.parse.urlencode({"query": COUNTRIES}), headers=origin)
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    error_of(*http(server.sparql, headers=origin, method="OPTIONS")[::2], 403)
    status, headers, _ = http(writable.sparql + "?" + urllib.parse.urlencode({"query": COUNTRIES}), headers=origin)
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://analyst.example.org"
    status, headers, _ = http(writable.sparql, headers={**origin, "Access-Control-Request-Method": "POST"}, method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = http(writable.sparql + "?" + urllib.parse.urlencode({"query": COUNTRIES}), headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers


def test_updates_need_the_token_and_never_load(writable: Server) -> None:
    insert = b"INSERT DATA { <urn:kg:test> <urn:kg:says> 'hello' }"
    sparql_update = {"Content-Type": "application/sparql-update"}
    assert json.loads(get(writable, "ASK { GRAPH <https://w3id.org/bikg/graph/summary> { ?s ?p ?o } }")[2])["boolean"] is True
    error_of(*http(writable.sparql, insert, sparql_update)[::2], 401)
    error_of(*http(writable.sparql, insert, {**sparql_update, "Authorization": "Bearer wrong"})[::2], 401)
    status, _, _ = http(writable.sparql, insert, {**sparql_update, "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    status, _, body = get(writable, "ASK { <urn:kg:test> <urn:kg:says> 'hello' }")
    assert status == 200 and json.loads(body)["boolean"] is True
    # the store's dyad summaries would no longer count what it holds: the update dropped them
    status, _, body = get(writable, "ASK { GRAPH <https://w3id.org/bikg/graph/summary> { ?s ?p ?o } }")
    assert status == 200 and json.loads(body)["boolean"] is False
    status, _, body = http(writable.sparql, b"LOAD <file:///etc/passwd>", {**sparql_update, "Authorization": f"Bearer {TOKEN}"})
    assert "LOAD" in str(error_of(status, body, 403)["message"])
    form = urllib.parse.urlencode({"update": "DELETE DATA { <urn:kg:test> <urn:kg:says> 'hello' }"}).encode()
    status, _, _ = http(writable.sparql, form, {"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    assert json.loads(get(writable, "ASK { <urn:kg:test> ?p ?o }")[2])["boolean"] is False
    status, headers, body = http(writable.sparql, headers={"Accept": "text/turtle"})
    assert b"SPARQL11Update" in body


def test_without_views_nothing_points_at_a_graph_page(server: Server, writable: Server) -> None:
    assert f"HTML graph at {server.url}/" in server.banner and f"query page at {server.url}/query" in server.banner
    assert "HTML graph" not in writable.banner and f"query page at {writable.url}/query" in writable.banner
    assert error_of(*http(writable.url + "/")[::2], 404)["code"] == "not_found"
    status, _, page = http(writable.url + "/query")
    assert status == 200 and b"Graph view" not in page and b"Named query" in page
    status, _, page = http(server.url + "/query")
    assert status == 200 and b"Graph view" in page


def test_the_workers_cannot_open_files_or_sockets() -> None:
    code = (
        "import socket\n"
        "from kg.serve import _sandbox\n"
        "_sandbox()\n"
        "for attempt in (lambda: open('/etc/hostname'), lambda: socket.create_connection(('127.0.0.1', 9)), lambda: open('/tmp/kg-x', 'w')):\n"
        "    try:\n"
        "        attempt()\n"
        "    except PermissionError as exc:\n"
        "        print('refused', exc)\n"
        "import kg.query\n"
        "print('imports still work')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.count("refused") == 3, result.stdout + result.stderr
    assert "imports still work" in result.stdout


def test_serve_refuses_updates_on_a_graph_file_and_needs_a_token() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["serve", str(example_trig()), "--allow-update"], env={"KG_UPDATE_TOKEN": "x"})
    assert result.exit_code == 1 and "Updates need a store" in result.stderr
    result = runner.invoke(main, ["serve", "--store", str(example_store()), "--allow-update"], env={"KG_UPDATE_TOKEN": ""})
    assert result.exit_code == 2 and "needs a token" in result.output
    assert "127.0.0.1 means this machine only" in " ".join(runner.invoke(main, ["serve", "--help"]).stdout.split())


def test_a_query_that_eats_memory_ends_its_worker_not_the_server(writable: Server) -> None:
    # long strings a row, so that the cap is reached well before the timeout on a busy machine
    bomb = "SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?o), STR(?c), STR(?s), STR(?a), STR(?o), STR(?c)))) AS ?n) WHERE { ?a ?b ?c . ?s ?p ?o }"
    status, headers, body = get(writable, bomb)
    assert error_of(status, body, 503)["code"] == "out_of_memory" and headers.get("Retry-After")
    status, _, body = get(writable, COUNTRIES, "text/csv")  # answered by the replacement worker
    assert status == 200 and b"country/AZE" in body


def _query_workers(server: Server) -> list[int]:
    """PIDs of the server's query worker processes (its spawned children, not multiprocessing's helpers)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == server.process.pid and b"spawn_main" in cmdline:
            pids.append(int(stat.parent.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker processes through /proc (Linux)")
def test_a_crashed_worker_is_reported_as_a_crash_not_as_memory() -> None:
    s = start_server("--store", str(example_store()), "--workers", "1", "--timeout", "60", "--no-views")
    try:
        with ThreadPoolExecutor(1) as pool:
            answer = pool.submit(get, s, SLOW)
            deadline = time.monotonic() + 30
            while not (workers := _query_workers(s)) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(workers) == 1
            time.sleep(0.5)  # the query is running in it
            os.kill(workers[0], signal.SIGSEGV)
            status, headers, body = answer.result(60)
        error = error_of(status, body, 503)
        assert error["code"] == "worker_crashed" and "SIGSEGV" in str(error["message"]) and headers.get("Retry-After")
        status, _, body = get(s, COUNTRIES, "text/csv")  # answered by the replacement worker
        assert status == 200 and b"country/AZE" in body
    finally:
        stop(s)


def test_serving_a_graph_file() -> None:
    s = start_server(str(example_trig()), "--workers", "1")
    try:
        status, _, body = get(s, named_query("who-sanctions").bind({"country": "GEO"}), "text/csv")
        assert status == 200 and b"Russia" in body
        assert http(s.url + "/")[0] == 200
    finally:
        stop(s)
