"""What a Dask worker spends its CPU on besides kg's articles: one thread per numerical library, no profiler.

Real `dask scheduler` and `dask worker` processes on 127.0.0.1 (see tests/test_cluster.py), stopped by PID.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from example_build import EXAMPLES
from test_cluster import DASK, DaskCluster

from kg import cluster
from kg.cli import main

PINNED = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _states(client) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Each worker's pinning variables and whether its statistical profiler runs."""

    def state(dask_worker) -> dict[str, object]:  # type: ignore[no-untyped-def]  # sent by value: the workers cannot import tests
        import os

        profile = dask_worker.periodic_callbacks.get("profile")
        return {"env": {name: os.environ.get(name) for name in names}, "profiling": profile is not None and profile.is_running()}

    names = PINNED
    return list(client.run(state).values())


def test_a_worker_started_with_worker_env_runs_one_thread_a_library_and_no_profiler() -> None:
    running = DaskCluster().start(workers=0)
    try:
        running.add_worker(env=cluster.worker_env())
        from distributed import Client

        with Client(running.address, timeout=60) as client:
            client.wait_for_workers(1, timeout=60)
            (state,) = _states(client)
        assert state == {"env": dict.fromkeys(PINNED, "1"), "profiling": False}
    finally:
        running.stop()


def test_kg_build_turns_off_the_profiler_of_a_worker_started_without_it(tmp_path: Path) -> None:
    running = DaskCluster().start(workers=1)  # a plain `dask worker`: Dask's profiler on, as by default
    try:
        from distributed import Client

        with Client(running.address, timeout=60) as client:
            assert [s["profiling"] for s in _states(client)] == [True]
            seed = EXAMPLES / "azerbaijan-us-independence-day-2021.txt"
            built = CliRunner().invoke(main, ["build", str(seed), "--store", str(tmp_path / "store"), "--cluster", running.address, "-q"])
            assert built.exit_code == 0, built.output
            # the worker stops it from its event loop: wait for that callback to have run
            client.run(lambda: None)
            assert [s["profiling"] for s in _states(client)] == [False]
    finally:
        running.stop()


def test_the_readme_starts_workers_without_the_profiler() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Scaling past one machine", 1)[1].split("\n## ", 1)[0]
    (name, value), = cluster.NO_PROFILER.items()
    assert f"{name}={value} {DASK.name} worker tcp://" in section and "--nthreads 1" in section
