"""kg push into a real Oxigraph server on 127.0.0.1, and kg build --shard feeding one server."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from example_build import EXAMPLES, example_store, example_trig

from kg.cli import main
from kg.errors import PushFailed
from kg.push import Target, Unit, push, units
from kg.query import named_query, run_endpoint_query, run_query
from kg.store import open_source
from kg.summary import SUMMARY_GRAPH, has_summaries

GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }"
DEFAULT = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]'")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Oxigraph:
    location: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Oxigraph:
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            try:
                urllib.request.urlopen(self.base + "/query?query=ASK%7B%7D", timeout=2).read()
                return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        raise AssertionError("oxigraph serve did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None

    def count(self, query: str) -> list[int]:
        rows = run_endpoint_query(self.base + "/query", query).rows or [[]]
        return [int(v) for v in rows[0]]


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path / "oxigraph", free_port()).start()
    yield server
    server.stop()


def local_counts() -> tuple[list[int], list[int]]:
    """Named graphs and their triples, and default-graph triples, of the example store as pushed (the dyad summaries stay home)."""
    ds = open_source(store=example_store())
    graphs = run_query(ds, GRAPHS.replace("?o }", f"?o }} FILTER (?g != <{SUMMARY_GRAPH}>)")).rows or [[]]
    default = sum(1 for _ in ds.default_graph)
    return [int(v) for v in graphs[0]], [default]


def test_push_over_the_graph_store_protocol_is_complete_and_idempotent(oxigraph: Oxigraph, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    args = ["push", "--store", str(example_store()), "--graph-store", oxigraph.base + "/store", "--state", str(state)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    graphs, default = local_counts()
    assert graphs[0] == 13  # one named graph per example article
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    again = CliRunner().invoke(main, args)  # the state file knows this server: a sync, and nothing changed
    assert again.exit_code == 0 and "Pushed 0 graphs or chunks (0 triples)" in again.stderr and "14 already there, 0 graphs deleted" in again.stderr
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    full = CliRunner().invoke(main, [*args, "--no-sync"])  # everything again: the same graph on the server
    assert full.exit_code == 0 and "Pushed 14 graphs or chunks" in full.stderr
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    # the named queries give the same rows on the server as on the local store
    sparql = named_query("dyad-timeline").bind({"a": "AZE", "b": "USA"})
    remote = run_endpoint_query(oxigraph.base + "/query", sparql).rows
    assert remote and remote == run_query(open_source(store=example_store()), sparql).rows


def test_push_over_sparql_update_replaces_graphs(oxigraph: Oxigraph) -> None:
    target = Target(update=oxigraph.base + "/update")
    ds = open_source(graph=example_trig())
    report = push(ds, target)
    assert report.pushed == 14 and not report.failed
    graphs, default = local_counts()
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    # a stale triple in an article's graph is gone after the next push; one in the default graph too with replace_default
    article = sorted(str(g.identifier) for g in ds.graphs() if "article" in str(g.identifier))[0]
    run_endpoint_update(oxigraph, f"INSERT DATA {{ GRAPH <{article}> {{ <urn:stale> <urn:p> 1 }} <urn:stale> <urn:p> 2 }}")
    push(ds, target)
    assert oxigraph.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:stale> ?p ?o } }") == [0]
    assert oxigraph.count("SELECT (COUNT(*) AS ?n) WHERE { <urn:stale> ?p ?o }") == [1]  # merged, not replaced
    push(ds, target, replace_default=True)
    assert oxigraph.count("SELECT (COUNT(*) AS ?n) WHERE { <urn:stale> ?p ?o }") == [0]
    assert oxigraph.count(DEFAULT) == default


def run_endpoint_update(server: Oxigraph, update: str) -> None:
    request = urllib.request.Request(
        server.base + "/update", data=update.encode(), headers={"Content-Type": "application/sparql-update"}, method="POST"
    )
    urllib.request.urlopen(request, timeout=30).read()


def test_a_failed_push_says_what_did_not_land_and_resumes(oxigraph: Oxigraph, tmp_path: Path) -> None:
    ds = open_source(store=example_store())
    target = Target(graph_store=oxigraph.base + "/store", timeout=5)
    state = tmp_path / "state.json"
    total = len(list(units(ds)))
    sent: list[str] = []

    def crash_after_five(unit: Unit, error: str | None) -> None:
        sent.append(unit.id)
        if len(sent) == 5:
            oxigraph.stop()  # the server goes away in the middle of the push

    with pytest.raises(PushFailed) as failure:
        push(ds, target, state=state, jobs=1, retries=0, on_unit=crash_after_five)
    assert len(failure.value.failed) == total - 5
    assert "--resume" in str(failure.value) and failure.value.failed[0] in str(failure.value)
    oxigraph.start()
    report = push(ds, target, state=state, resume=True)
    assert report.skipped == 5 and report.pushed == total - 5 and not report.failed
    graphs, default = local_counts()
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    assert push(ds, target, state=state, resume=True).pushed == 0


def test_the_dyad_summaries_stay_home_and_the_server_answers_in_full(oxigraph: Oxigraph) -> None:
    """A store's summaries count only its own articles: push leaves them out, and the
    corpus-wide named queries give the same rows on the server (raw) as on the store (summaries)."""
    store = open_source(store=example_store())
    assert has_summaries(store) and SUMMARY_GRAPH not in {u.graph for u in units(store)}
    report = push(store, Target(graph_store=oxigraph.base + "/store"))
    assert not report.failed
    assert oxigraph.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}") == [0]
    for name in ("central-countries", "dyad-balance"):
        local = run_query(store, named_query(name).bind({}, summaries=True)).rows
        assert local and run_endpoint_query(oxigraph.base + "/query", named_query(name).bind({})).rows == local


def test_cli_reports_an_unreachable_server() -> None:
    port = free_port()
    result = CliRunner().invoke(
        main, ["push", "--store", str(example_store()), "--graph-store", f"http://127.0.0.1:{port}/store", "--timeout", "2", "-q"]
    )
    assert result.exit_code == 1
    assert "14 of 14 graphs or chunks did not land" in result.stderr and "cannot reach the server" in result.stderr
    assert "--resume" in result.stderr


def test_shards_built_apart_and_pushed_to_one_server_equal_the_whole(oxigraph: Oxigraph, tmp_path: Path) -> None:
    runner = CliRunner()
    articles = 0
    for index in (1, 2, 3):
        out = tmp_path / f"shard{index}"
        built = runner.invoke(main, ["build", str(EXAMPLES), "--store", str(out / "store"), "-o", str(out), "--no-html", "--shard", f"{index}/3"])
        assert built.exit_code == 0, built.output
        articles += int(re.search(r"(\d+) articles? read", built.stderr)[1])  # type: ignore[index]
        pushed = runner.invoke(main, ["push", str(out / "graph.trig"), "--graph-store", oxigraph.base + "/store", "-q"])
        assert pushed.exit_code == 0, pushed.output
    assert articles == 13
    whole = open_source(store=example_store())
    for name in ("central-countries", "dyad-balance"):
        sparql = named_query(name).text
        assert run_endpoint_query(oxigraph.base + "/query", sparql).rows == run_query(whole, sparql).rows
    assert oxigraph.count(GRAPHS)[0] == 13


def test_shard_option_is_checked() -> None:
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--shard", "4/3"])
    assert result.exit_code == 2 and "1 <= I <= N" in result.output


def test_blank_nodes_get_the_same_iri_in_every_push() -> None:
    from rdflib import Dataset

    trig = '@prefix s: <https://schema.org/> . <urn:a> s:publisher [ s:name "Turan" ] . <urn:g> { <urn:a> s:about <urn:b> }'
    first, second = Dataset(), Dataset()
    first.parse(data=trig, format="trig")
    second.parse(data=trig, format="trig")
    bodies = [[u.body for u in units(ds)] for ds in (first, second)]
    assert bodies[0] == bodies[1] and b"_:" not in b"".join(bodies[0])
    assert b"/.well-known/genid/" in bodies[0][-1] and [u.id for u in units(first)] == ["urn:g", "default#1/1"]


def test_the_default_graph_goes_in_chunks(oxigraph: Oxigraph) -> None:
    ds = open_source(store=example_store())
    chunks = [u for u in units(ds, chunk=500) if u.graph == ""]
    assert len(chunks) > 3 and chunks[0].id == f"default#1/{len(chunks)}"
    target = Target(graph_store=oxigraph.base + "/store")
    run_endpoint_update(oxigraph, "INSERT DATA { <urn:old> <urn:p> 1 }")
    report = push(ds, target, chunk=500, replace_default=True, jobs=3)
    assert report.pushed == 13 + len(chunks) and not report.failed
    graphs, default = local_counts()
    assert oxigraph.count(DEFAULT) == default  # the old triple went with the replaced default graph


GRAPH_NAMES = "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"


def _graph_names_on(server: Oxigraph) -> set[str]:
    rows = run_endpoint_query(server.base + "/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows or []
    return {str(row[0]) for row in rows}


def test_a_push_with_a_state_file_syncs_removed_and_changed_articles(oxigraph: Oxigraph, tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "articles"
    folder.mkdir()
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))[:3]
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    store, state = tmp_path / "store", tmp_path / "state.json"
    assert runner.invoke(main, ["build", str(folder), "--store", str(store), "-q"]).exit_code == 0
    args = ["push", "--store", str(store), "--graph-store", oxigraph.base + "/store", "--state", str(state)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0 and "deleted" not in first.stderr  # no state yet: a full push
    before = _graph_names_on(oxigraph)
    assert len(before) == 3

    # one article removed from the store, one rewritten (same file: it replaces its old version)
    removed = sorted(str(g.identifier) for g in open_source(store=store).graphs() if "/article/" in str(g.identifier))[0]
    assert runner.invoke(main, ["remove", removed, "--store", str(store)]).exit_code == 0
    changed = folder / names[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nNorway signed a fisheries agreement with Iceland.\n", encoding="utf-8")
    assert runner.invoke(main, ["build", str(changed), "--store", str(store), "-q"]).exit_code == 0

    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    local = open_source(store=store)
    local_graphs = {str(g.identifier) for g in local.graphs() if "/article/" in str(g.identifier)}
    assert _graph_names_on(oxigraph) == local_graphs and removed not in local_graphs
    assert "2 graphs deleted" in second.stderr and "1 already there" in second.stderr  # removed + old version; the third unchanged
    assert oxigraph.count(DEFAULT) == [sum(1 for _ in local.default_graph)]  # the changed default graph replaced
    norway = "SELECT (COUNT(*) AS ?n) WHERE { ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/bikg/id/country/NOR> }"
    assert oxigraph.count(norway)[0] >= 1
    assert oxigraph.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{removed}> ?p ?o }}") == [0]  # nor its description


def _many_graphs(path: Path, count: int) -> Path:
    lines = [f"<https://e.org/g{g}> {{ <https://e.org/s{g}> <https://e.org/p> \"{g}\" . }}" for g in range(count)]
    path.write_text("\n".join(lines) + "\n<https://e.org/x> <https://e.org/p> 1 .\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_push_keeps_what_landed_and_the_next_push_sends_only_the_rest(oxigraph: Oxigraph, tmp_path: Path, signum: int) -> None:
    trig = _many_graphs(tmp_path / "many.trig", 1500)
    state = tmp_path / "many.trig.push-state.json"
    command = [sys.executable, "-m", "kg", "push", str(trig), "--graph-store", oxigraph.base + "/store", "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(600):
        if state.exists():
            break
        time.sleep(0.02)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1 and "interrupted" in stderr.decode(), stderr.decode()
    landed = json.loads(state.read_text(encoding="utf-8"))["targets"][oxigraph.base + "/store"]
    assert 0 < len(landed) < 1501
    assert len(_graph_names_on(oxigraph)) >= len([k for k in landed if not k.startswith("default#")])
    again = subprocess.run(command, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr.decode()
    assert f"{len(landed)} already there" in again.stderr.decode()
    assert len(_graph_names_on(oxigraph)) == 1500


def test_a_push_to_a_dead_server_stops_after_a_run_of_failures(tmp_path: Path) -> None:
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(_many_graphs(tmp_path / "many.trig", 40), format="trig")
    tried: list[str] = []
    started = time.monotonic()
    with pytest.raises(PushFailed) as failure:
        push(dataset, Target(graph_store=f"http://127.0.0.1:{free_port()}/store", timeout=2), state=tmp_path / "state.json",
             jobs=1, retries=0, on_unit=lambda unit, error: tried.append(unit.id))
    assert len(tried) == 5 and time.monotonic() - started < 10
    assert len(failure.value.failed) == 41  # every graph and the default graph is listed
    assert "did not answer 5 requests in a row" in str(failure.value)
