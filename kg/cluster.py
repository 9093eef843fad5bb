"""Cluster stage: parse and extract articles on a Dask cluster (``kg build --cluster``).

Entry point: :func:`analyse`, the cluster's counterpart of the local process
pool in :mod:`kg.pipeline` (which calls it when ``Options.cluster`` names a
scheduler). The client (the machine running ``kg build``) reads the inputs:
deduplication across inputs and the store's content-hash check need the whole
corpus in one place, and reading is hundreds of times faster than parsing. It
sends the articles in batches of :data:`BATCH` to the workers, each of which
loads the spaCy pipeline once per process (:func:`_loaded`), and takes the
results back in input order, so the build writes them as a serial build does.

A worker that dies takes its batches with it: the scheduler gives them to
another worker (Dask's own retry of a lost worker's tasks); a batch whose
workers keep dying (``KilledWorker``) or that fails for another reason is sent
again :data:`RETRIES` times, then its articles are reported as skipped. Each
batch's results are written once, when the client takes them, so no article is
lost or written twice.

With ``part_dir`` (``kg build --nquads-dir DIR``) each worker also writes its
batch's quads to ``DIR/part-HASH.nq`` (shared storage), for ``kg load``.

:func:`kg.remote_build.build_elsewhere` runs the same analysis but sends the
results to a remote store (Graph Store Protocol, ``kg build --push-to``) or only
to part files, with the state file of :class:`BuildState`, so a rerun adds only
what is missing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ClusterUnavailable
from kg.model import Article, ArticleResult
from kg.rdf import QuadSet, add_article, add_run, article_hash, run_iri

if TYPE_CHECKING:
    from kg.pipeline import Options
    from kg.push import Target

log = logging.getLogger(__name__)

BATCH = 8
"""Articles per task: parsed as one spaCy batch on a worker (as the local pool's chunks)."""

IN_FLIGHT = 3
"""Tasks per worker thread submitted ahead of the one the client waits for (bounds the client's memory)."""

THREADS_EVERY = 5.0
"""Seconds between two counts of the cluster's threads during a build (for :data:`IN_FLIGHT`)."""

RETRIES = 2
"""Times a failed batch is submitted again before its articles are reported as skipped."""

CONNECT_TIMEOUT = 30.0
"""Seconds to wait for the scheduler and its first worker."""

ONE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}
"""Environment that keeps a worker process's numerical libraries to one thread each: a worker runs one
task at a time (``--nthreads 1``), and more workers, not more threads, use more cores. The libraries read
it when they load, so it must be set when the worker starts (a Dask nanny sets the first three itself)."""

NO_PROFILER = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
"""Environment that turns off the Dask worker's statistical profiler, which walks the running task's stack
every 10 ms: on spaCy's deep stacks it cost about 9% of a worker's CPU (``benchmarks/README.md``, build
and load speed). :func:`_loaded` also stops it in a worker started without this."""


# ---------------------------------------------------------------- the client

_CLIENTS: dict[str, Any] = {}


def client(address: str) -> Any:
    """The Dask client of scheduler ``address`` (one per process), once it has a worker.

    Raises:
        ClusterUnavailable: ``distributed`` is not installed, the scheduler does
            not answer, or no worker joins within :data:`CONNECT_TIMEOUT`.
    """
    if address in _CLIENTS:
        return _CLIENTS[address]
    try:
        from distributed import Client
    except ImportError:
        raise ClusterUnavailable("--cluster needs Dask's distributed package: pip install 'bilateral-kg[dask]'") from None
    try:
        made = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(f"no Dask scheduler answers at {address} ({exc}); start one with 'dask scheduler'") from None
    try:
        made.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        made.close()
        raise ClusterUnavailable(
            f"the Dask scheduler at {address} has no worker after {CONNECT_TIMEOUT:.0f} s; start some with 'dask worker {address}'"
        ) from None
    _CLIENTS[address] = made
    return made


@dataclass(frozen=True)
class ClusterInfo:
    """What the client sees of a cluster.

    Attributes:
        workers: worker processes connected.
        threads: their threads in all (tasks run at once).
        dashboard: the dashboard's URL, or None without ``bokeh`` on the scheduler.
    """

    workers: int
    threads: int
    dashboard: str | None


def info(address: str) -> ClusterInfo:
    """Connect to the cluster at ``address`` and describe it (see :func:`client`)."""
    made = client(address)
    threads = made.nthreads()
    dashboard = made.dashboard_link if importlib.util.find_spec("bokeh") is not None else None
    return ClusterInfo(len(threads), sum(threads.values()), dashboard)


def close(address: str) -> None:
    """Close this process's client of ``address`` (the cluster keeps running)."""
    made = _CLIENTS.pop(address, None)
    if made is not None:
        made.close()


# ---------------------------------------------------------------- the workers


def worker_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment to start a ``dask worker`` for kg in: ``base`` (default: this process's) with
    :data:`ONE_THREAD` and :data:`NO_PROFILER`.

    >>> worker_env({"PATH": "/usr/bin"})["OMP_NUM_THREADS"]
    '1'
    """
    return {**(os.environ if base is None else base), **ONE_THREAD, **NO_PROFILER}


def _stop_profiler() -> bool:
    """Stop the statistical profiler of the Dask worker running this task (see :data:`NO_PROFILER`).

    Returns:
        Whether there was one running.
    """
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):  # not on a Dask worker (a test calling the task directly)
        return False
    stopped = False
    for name in ("profile", "profile-cycle"):
        callback = worker.periodic_callbacks.get(name)
        if callback is not None and callback.is_running():
            worker.loop.add_callback(callback.stop)  # the worker's event loop owns its callbacks
            stopped = True
    return stopped


_LOADED: dict[tuple[str, tuple[Path, ...]], tuple[Any, Any]] = {}
_LOCK = threading.Lock()


def _loaded(extractor: str, lexicon_files: tuple[Path, ...]) -> tuple[Any, Any]:
    """The spaCy pipeline and the extractor, loaded once per worker process (and kept between tasks)."""
    key = (extractor, lexicon_files)
    with _LOCK:
        if key not in _LOADED:
            import gc

            from kg.extract import get_extractor
            from kg.nlp import load_nlp
            from kg.analysis import GC_YOUNG

            _LOADED[key] = (load_nlp(), get_extractor(extractor, lexicon_files))
            gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # a worker only processes articles
            if _stop_profiler():
                log.info("stopped this Dask worker's profiler (start it with %s to leave it off)", " ".join(f"{k}={v}" for k, v in NO_PROFILER.items()))
        return _LOADED[key]


def part_name(articles: Sequence[Article]) -> str:
    """The part file of a batch: named by a hash of its articles' ids and contents (same batch, same file)."""
    digest = hashlib.sha256("\n".join(f"{a.id}\t{article_hash(a)}" for a in articles).encode("utf-8")).hexdigest()[:24]
    return f"part-{digest}.nq"


def write_part(path: Path, quads: QuadSet) -> None:
    """Write quads as N-Quads to ``path`` through a temporary file (a part is whole or absent)."""
    lines = [f"{s} {p} {o} {g} .\n" if g is not None else f"{s} {p} {o} .\n" for s, p, o, g in quads.quads]
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)


def _task(
    articles: list[Article], extractor: str, lexicon_files: tuple[Path, ...], part: tuple[str, str] | None
) -> list[ArticleResult | str]:
    """On a worker: parse a batch in one spaCy batch, analyse each article (an error string for one that fails).

    ``part`` is ``(folder, base)``: also write the batch's quads there, with the
    description of the run (:func:`kg.rdf.add_run`) of this worker's extractor
    (the same in every part of a build: the client does not load the extractor).
    """
    from kg.analysis import analyse_batch
    from kg.extract import run_name

    nlp, loaded = _loaded(extractor, lexicon_files)
    outcomes = analyse_batch(articles, nlp, loaded)
    if part is not None:
        folder, base = part
        name, digest = run_name(loaded, extractor)
        run = run_iri(name, digest, base)
        quads = QuadSet()
        add_run(quads.default_graph, run, name, digest)
        for outcome in outcomes:
            if isinstance(outcome, ArticleResult):
                add_article(quads, outcome, run, base)
        write_part(Path(folder) / part_name(articles), quads)
    return outcomes


# ---------------------------------------------------------------- analysis


def analyse(
    articles: Iterable[Article], options: Options, *, part: Path | None = None
) -> Iterator[tuple[Article, ArticleResult | str]]:
    """Parse and extract ``articles`` on the cluster ``options.cluster``, yielding results in input order.

    With ``part`` (a folder shared with the workers), workers also write each
    batch's quads there as N-Quads, with the description of their run.

    Raises:
        ClusterUnavailable: see :func:`client`.
    """
    assert options.cluster, "no scheduler address"
    made = client(options.cluster)
    part_args = (str(part), options.base) if part is not None else None
    in_flight: deque[tuple[list[Article], Any, int]] = deque()

    def submit(batch: list[Article], attempt: int = 0) -> None:
        future = made.submit(_task, batch, options.extractor, options.lexicon_files, part_args, pure=False)
        in_flight.append((batch, future, attempt))

    threads = [0, 0.0]  # the cluster's threads, and when they were counted

    def limit() -> int:
        # a round trip to the scheduler: counted again every THREADS_EVERY seconds (workers that join count)
        if time.monotonic() - threads[1] > THREADS_EVERY:
            threads[:] = [max(1, sum(made.nthreads().values())), time.monotonic()]
        return IN_FLIGHT * int(threads[0])

    def results() -> Iterator[tuple[Article, ArticleResult | str]]:
        batch, future, attempt = in_flight.popleft()
        try:
            outcomes = future.result()
        except Exception as exc:  # a task error, or KilledWorker when its workers kept dying
            future.release()
            if attempt < RETRIES:
                log.warning("batch of %d articles failed (%s: %s); sending it again", len(batch), type(exc).__name__, exc)
                in_flight.appendleft((batch, made.submit(_task, batch, options.extractor, options.lexicon_files, part_args, pure=False), attempt + 1))
                yield from results()
                return
            outcomes = [f"failed on the cluster {attempt + 1} times: {type(exc).__name__}: {exc}"] * len(batch)
        else:
            future.release()
        yield from zip(batch, outcomes, strict=True)

    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) < BATCH:
            continue
        submit(batch)
        batch = []
        while len(in_flight) >= limit():
            yield from results()
    if batch:
        submit(batch)
    while in_flight:
        yield from results()


# ---------------------------------------------------------------- builds into a remote store or part files


class BuildState:
    """The articles a remote build has delivered (pushed or written to a part file), in a file.

    One ``id<TAB>content hash`` line per article, appended as batches land, so
    a build killed at any point is resumed by running it again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: dict[str, str] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                ident, _, digest = line.partition("\t")
                if ident and digest:
                    self.done[ident] = digest

    def unchanged(self, article: Article) -> bool:
        return self.done.get(article.id) == article_hash(article)

    def record(self, articles: Iterable[Article]) -> None:
        lines = []
        for article in articles:
            self.done[article.id] = article_hash(article)
            lines.append(f"{article.id}\t{self.done[article.id]}\n")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write("".join(lines))
            out.flush()
            os.fsync(out.fileno())


def _push_quads(target: Target, quads: QuadSet) -> None:
    """Send quads to a server: each article's named graph replaced, the default graph merged (see :mod:`kg.push`)."""
    from rdflib import Dataset

    from kg.errors import PushFailed
    from kg.push import push
    from kg.rdf import _quad

    dataset = Dataset()
    nodes: dict[str, Any] = {}
    for quad in quads.quads:
        s, p, o, g = _quad(quad, nodes)
        (dataset.graph(g) if g is not None else dataset.default_graph).add((s, p, o))
    try:
        push(dataset, target, jobs=4, sync=False, merge_default=True)  # a batch adds to what earlier batches sent
    except PushFailed as exc:
        raise PushFailed(f"{exc}\nThe build's state file records only the batches that landed: run the build again to resume.", exc.failed) from None

