"""kg build on a real Dask cluster (a `dask scheduler` and two `dask worker` processes on 127.0.0.1), and kg load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from example_build import EXAMPLES, example_store
from test_push import DEFAULT, GRAPHS, Oxigraph, free_port, local_counts

from kg import cluster
from kg.cli import main
from kg.pipeline import Options, Progress, build
from kg.query import named_query, run_endpoint_query, run_query
from kg.store import open_source

DASK = Path(sys.executable).parent / "dask"


@dataclass
class DaskCluster:
    """A scheduler and worker processes, each started as its own `dask` command and stopped by PID."""

    address: str = ""
    scheduler: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, workers: int = 2) -> DaskCluster:
        if not DASK.exists():
            pytest.fail("Dask is not installed: pip install -e '.[test]' (it brings distributed)")
        port = free_port()
        self.address = f"tcp://127.0.0.1:{port}"
        self.scheduler = subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(workers):
            self.add_worker()
        if workers:
            from distributed import Client

            with Client(self.address, timeout=60) as client:
                client.wait_for_workers(workers, timeout=60)
        return self

    def add_worker(self, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        # --no-nanny: the worker is the process we start, so killing it kills the worker (a nanny would restart it)
        process = subprocess.Popen(
            [str(DASK), "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )
        self.workers.append(process)
        return process

    def stop(self) -> None:
        cluster.close(self.address)
        for process in [*self.workers, self.scheduler]:
            if process is not None and process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait(10)


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[DaskCluster]:
    running = DaskCluster().start()
    yield running
    running.stop()


def canonical(store: Path) -> ox.Dataset:
    """Every quad of a store (its dyad summaries included), blank nodes canonically named."""
    dataset = ox.Dataset(ox.Store.read_only(str(store)))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def test_a_cluster_build_equals_the_serial_build_and_resumes(dask_cluster: DaskCluster, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store), "--cluster", dask_cluster.address])
    assert first.exit_code == 0, first.output
    assert f"Dask cluster {dask_cluster.address}: 2 workers, 2 threads" in first.stderr
    assert "13 written (0 replaced), 0 unchanged" in first.stderr
    assert canonical(store) == canonical(example_store())
    # rerun (as after a crash): the content-hash check skips every article before it reaches a worker
    again = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store)], env={"KG_CLUSTER": dask_cluster.address})
    assert again.exit_code == 0, again.output
    assert "0 written (0 replaced), 13 unchanged" in again.stderr


def test_a_worker_killed_mid_build_loses_and_duplicates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    running = DaskCluster().start()
    try:
        monkeypatch.setattr(cluster, "BATCH", 1)  # one article per task: the killed worker holds several
        victim = running.workers[0]
        seen: list[int] = []

        def kill_after_two(event: Progress) -> None:
            seen.append(event.articles)
            if event.articles == 2 and victim.poll() is None:
                os.kill(victim.pid, signal.SIGKILL)
                victim.wait(10)

        store = tmp_path / "store"
        summary = build([EXAMPLES], store, Options(cluster=running.address), on_progress=kill_after_two)
        assert victim.returncode == -signal.SIGKILL
        assert summary.articles == 13 and not summary.skipped
        assert max(seen) == 13
        import gc

        gc.collect()  # close the build's store before reading it
        assert canonical(store) == canonical(example_store())
    finally:
        running.stop()


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path / "oxigraph", free_port()).start()
    yield server
    server.stop()


def test_push_to_a_server_streams_one_graph_per_article_and_resumes(dask_cluster: DaskCluster, oxigraph: Oxigraph, tmp_path: Path) -> None:
    state = tmp_path / "state.tsv"
    args = ["build", str(EXAMPLES), "--cluster", dask_cluster.address, "--push-to", oxigraph.base + "/store", "--state", str(state)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "13 delivered, 0 already there" in first.stderr
    # what lands equals a serial build pushed with kg push: every article's graph, the default graph, no summaries
    graphs, default = local_counts()
    assert oxigraph.count(GRAPHS) == graphs and oxigraph.count(DEFAULT) == default
    sparql = named_query("dyad-timeline").bind({"a": "AZE", "b": "USA"})
    remote = run_endpoint_query(oxigraph.base + "/query", sparql).rows
    assert remote and remote == run_query(open_source(store=example_store()), sparql).rows
    # the state file lists what landed: a rerun sends nothing again
    assert len(state.read_text().splitlines()) == 13
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "0 delivered, 13 already there" in again.stderr
    assert oxigraph.count(GRAPHS) == graphs


def test_workers_write_part_files_that_kg_load_turns_into_the_same_store(dask_cluster: DaskCluster, tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    built = CliRunner().invoke(main, ["build", str(EXAMPLES), "--cluster", dask_cluster.address, "--nquads-dir", str(parts)])
    assert built.exit_code == 0, built.output
    files = sorted(parts.glob("*.nq"))
    assert [f.name[:5] for f in files] == ["part-", "part-"]  # 13 articles, 8 a task
    for part in files:  # each names the run that made it, as the client does not load the extractor
        assert "<http://www.w3.org/ns/prov#Activity>" in part.read_text(encoding="utf-8")
    loaded = CliRunner().invoke(main, ["load", str(parts), "--store", str(tmp_path / "store")])
    assert loaded.exit_code == 0, loaded.output
    assert "loaded 2 files" in loaded.stderr and "dyad-month summaries" in loaded.stderr
    assert canonical(tmp_path / "store") == canonical(example_store())
    again = CliRunner().invoke(main, ["build", str(EXAMPLES), "--cluster", dask_cluster.address, "--nquads-dir", str(parts)])
    assert "0 delivered, 13 already there" in again.stderr


def test_a_bad_lexicon_file_stops_a_cluster_build_before_any_work(dask_cluster: DaskCluster, tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("entries:\n  - predicate: adores\n    verbs: [adore]\n", encoding="utf-8")
    parts = tmp_path / "parts"
    built = CliRunner().invoke(main, ["build", str(EXAMPLES), "--cluster", dask_cluster.address, "--nquads-dir", str(parts), "--lexicon", str(bad)])
    assert built.exit_code == 1 and "mine.yaml: entry 1: Unknown predicate 'adores'" in built.stderr
    assert not list(parts.glob("*.nq"))
    built = CliRunner().invoke(main, ["build", str(EXAMPLES), "--cluster", dask_cluster.address, "--nquads-dir", str(parts), "--extractor", "rules.v9"])
    assert built.exit_code != 0 and "Unknown extractor 'rules.v9'" in built.output + built.stderr


def test_nquads_dir_without_a_cluster_writes_the_parts_itself(tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    seed = EXAMPLES / "azerbaijan-us-independence-day-2021.txt"
    built = CliRunner().invoke(main, ["build", str(seed), "--nquads-dir", str(parts), "-q"])
    assert built.exit_code == 0, built.output
    loaded = CliRunner().invoke(main, ["load", str(parts), "--store", str(tmp_path / "store"), "-q"])
    assert loaded.exit_code == 0, loaded.output
    rows = run_query(open_source(store=tmp_path / "store"), named_query("dyad-timeline").bind({"a": "AZE", "b": "USA"})).rows
    assert rows


def test_kg_load_names_the_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "a.nq"
    good.write_text("<urn:a> <urn:p> <urn:b> <urn:g> .\n", encoding="utf-8")
    bad = tmp_path / "b.nq"
    bad.write_text("<urn:a> <urn:p> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(good), str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and str(bad) in result.stderr and "not valid N-Quads" in result.stderr
    assert "at line 1" in result.stderr and "load them all again" in result.stderr
    other = tmp_path / "c.ttl"
    other.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(other), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "c.ttl" in result.stderr and "N-Quads" in result.stderr


def test_no_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 3.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--cluster", address, "--store", "unused"])
    assert result.exit_code == 1 and f"no Dask scheduler answers at {address}" in result.stderr
    assert time.perf_counter() - started < 30


def test_push_to_and_a_store_do_not_go_together(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--push-to", "http://127.0.0.1:1/store", "--store", str(tmp_path)])
    assert result.exit_code == 2 and "no local store" in result.output
