"""kg push, kg build --push-to and the named queries through kg query --endpoint on two real servers:
Virtuoso Open Source (Debian's virtuoso-opensource, its own temporary database and ini file) and Oxigraph."""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from example_build import EXAMPLES, example_store
from test_push import Oxigraph, free_port, local_counts

from kg.cli import main
from kg.query import run_endpoint_query

VIRTUOSO = shutil.which("virtuoso-t")
DEFAULT_GRAPH = "https://w3id.org/bikg/graph/default"
PASSWORD = "dba"  # a new Virtuoso database's dba password
# the dataset as pushed: article graphs plus the default graph, which lands in DEFAULT_GRAPH on Virtuoso
OURS = "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/bikg/'))"
GRAPHS = f"SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?triples) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} FILTER (?g != <{DEFAULT_GRAPH}>) }}"
IN_DEFAULT = f"SELECT (COUNT(*) AS ?triples) WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ ?s ?p ?o }} }}"

NAMED = [
    ("central-countries", []),
    ("dyad-balance", []),
    ("dyad-balance", ["a=AZE"]),
    ("dyad-balance", ["a=AZE", "b=USA"]),
    ("dyad-timeline", ["a=AZE", "b=USA"]),
    ("dyad-timeline", ["a=CHN", "b=PHL"]),
    ("dyad-topics", ["a=AZE", "b=USA"]),
    ("partners", ["country=AZE"]),
    ("partners", ["country=CHN", "category=COOPERATE"]),
    ("said-by", ["person=Aliyev"]),
    ("who-criticizes", ["country=USA"]),
    ("who-sanctions", ["country=RUS"]),
    ("who-supports", ["country=USA"]),
]


@dataclass
class Virtuoso:
    """virtuoso-t on 127.0.0.1 with a database in ``folder``, from an ini file written here; stopped by PID."""

    folder: Path
    sql_port: int = 0
    http_port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self) -> Virtuoso:
        if VIRTUOSO is None:
            if os.environ.get("CI"):
                pytest.fail("virtuoso-t is missing: .ci/run installs the Debian package virtuoso-opensource")
            pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource; .ci/run does)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        db = self.folder
        ini = self.folder / "virtuoso.ini"
        ini.write_text(
            f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{self.sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {db}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{self.http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
""",
            encoding="utf-8",
        )
        self.process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/sparql?query=ASK%7B%7D", timeout=2).read()
                return self
            except (urllib.error.URLError, OSError):
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        log = (self.folder / "virtuoso.log").read_text(errors="replace")[-2000:] if (self.folder / "virtuoso.log").exists() else ""
        self.stop()
        raise AssertionError(f"virtuoso-t did not start:\n{log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self.process = None

    def count(self, query: str) -> list[int]:
        rows = run_endpoint_query(self.base + "/sparql", query).rows or [[]]
        return [int(v) for v in rows[0]]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, tmp_path_factory: pytest.TempPathFactory) -> Virtuoso:
    """The example store pushed into Virtuoso over its authenticated Graph Store endpoint."""
    state = tmp_path_factory.mktemp("state") / "state.json"
    result = CliRunner().invoke(
        main,
        ["push", "--store", str(example_store()), "--graph-store", virtuoso.base + "/sparql-graph-crud-auth", "--user", "dba",
         "--default-graph", DEFAULT_GRAPH, "--state", str(state)],
        env={"KG_PUSH_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    assert "Pushed 14 graphs or chunks" in result.stderr and PASSWORD not in result.stderr.replace("dba", "")
    return virtuoso


def test_push_to_virtuoso_lands_every_graph_with_digest_auth(pushed: Virtuoso) -> None:
    graphs, default = local_counts()
    assert pushed.count(GRAPHS) == graphs
    assert pushed.count(IN_DEFAULT) == default


def test_a_wrong_password_is_refused_and_never_printed(virtuoso: Virtuoso, tmp_path: Path) -> None:
    secret = "not-the-password-4711"
    result = CliRunner().invoke(
        main,
        ["push", "--store", str(example_store()), "--graph-store", virtuoso.base + "/sparql-graph-crud-auth", "--user", "dba",
         "--password", secret, "--default-graph", DEFAULT_GRAPH, "--state", str(tmp_path / "s.json"), "--timeout", "10"],
    )
    assert result.exit_code == 1 and "HTTP 401" in result.stderr
    assert secret not in result.output and secret not in (tmp_path / "s.json").read_text()


def test_the_password_can_come_from_netrc(virtuoso: Virtuoso, tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login dba password {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    trig = tmp_path / "tiny.trig"
    trig.write_text("<urn:netrc:g> { <urn:netrc:s> <urn:netrc:p> 1 }\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["push", str(trig), "--graph-store", virtuoso.base + "/sparql-graph-crud-auth", "--default-graph", "urn:netrc:default",
         "--state", str(tmp_path / "s.json"), "-q"],
        env={"NETRC": str(netrc), "KG_PUSH_PASSWORD": None},
    )
    assert result.exit_code == 0, result.output
    assert virtuoso.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:netrc:g> { <urn:netrc:s> ?p ?o } }") == [1]


def _rows(text: str) -> list[tuple[str, ...]]:
    """CSV rows, sorted (ties in ORDER BY may come in any order), decimals to 9 places (Virtuoso divides to 15 digits)."""

    def cell(value: str) -> str:
        try:
            return f"{float(value):.9f}" if "." in value else value
        except ValueError:
            return value

    rows = list(csv.reader(io.StringIO(text)))
    return [tuple(rows[0])] + sorted(tuple(cell(v) for v in row) for row in rows[1:])


@pytest.fixture(scope="module")
def oxigraph_pushed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path_factory.mktemp("oxigraph") / "db", free_port()).start()
    result = CliRunner().invoke(main, ["push", "--store", str(example_store()), "--graph-store", server.base + "/store", "-q",
                                       "--state", str(tmp_path_factory.mktemp("state") / "s.json")])
    assert result.exit_code == 0, result.output
    yield server
    server.stop()


@pytest.mark.parametrize("server", ["virtuoso", "oxigraph"])
def test_every_named_query_gives_the_stores_rows_on_the_server(server: str, request: pytest.FixtureRequest) -> None:
    endpoint = request.getfixturevalue("pushed").base + "/sparql" if server == "virtuoso" else request.getfixturevalue("oxigraph_pushed").base + "/query"
    nonempty = 0
    for name, params in NAMED:
        args = ["query", "-n", name, "-f", "csv"] + [x for p in params for x in ("-p", p)]
        local = CliRunner().invoke(main, [*args, "--store", str(example_store())])
        remote = CliRunner().invoke(main, [*args, "--endpoint", endpoint])
        assert local.exit_code == 0 and remote.exit_code == 0, (name, params, remote.output)
        assert _rows(remote.stdout) == _rows(local.stdout), (name, params)
        nonempty += len(_rows(local.stdout)) > 1
    assert nonempty >= 11  # the comparisons are not between empty answers


def test_build_push_to_virtuoso_without_a_local_store(tmp_path: Path) -> None:
    virtuoso = Virtuoso(tmp_path / "virtuoso").start()  # its own: the article would be a second copy in the shared one
    try:
        _build_push_to(virtuoso, tmp_path)
    finally:
        virtuoso.stop()


def _build_push_to(virtuoso: Virtuoso, tmp_path: Path) -> None:
    seed = EXAMPLES / "azerbaijan-us-independence-day-2021.txt"
    graph = "https://w3id.org/bikg/graph/build-push-to"
    args = ["build", str(seed), "--push-to", virtuoso.base + "/sparql-graph-crud-auth", "--user", "dba",
            "--default-graph", graph, "--state", str(tmp_path / "state.tsv")]
    result = CliRunner().invoke(main, args, env={"KG_PUSH_PASSWORD": PASSWORD})
    assert result.exit_code == 0, result.output
    assert "1 delivered, 0 already there" in result.stderr
    assert virtuoso.count(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} FILTER (?g != <{graph}>) }}") == [1]
    assert virtuoso.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?a a <https://schema.org/NewsArticle> }} }}") == [1]
    rows = run_endpoint_query(virtuoso.base + "/sparql", "SELECT ?o WHERE { ?s <https://w3id.org/bikg/ontology#leaderOf> ?o }").rows
    assert rows and "https://w3id.org/bikg/id/country/AZE" in {str(r[0]) for r in rows}
    again = CliRunner().invoke(main, args, env={"KG_PUSH_PASSWORD": PASSWORD})
    assert "0 delivered, 1 already there" in again.stderr
