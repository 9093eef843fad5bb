"""The query workers of ``kg serve``: query checks, content negotiation, the sandbox and the pool.

Queries run in worker processes that open the data themselves, then lose the
right to open files, sockets or subprocesses (a Python audit hook), may
allocate a bounded amount of memory (``RLIMIT_AS``), and are killed and
replaced when a query passes the time limit. :mod:`kg.serve` is the HTTP
layer in front of them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import (
    KGError,
    QueryFailed,
    QueryRefused,
    QueryTimedOut,
    ResultTooLarge,
    StoreUnavailable,
)

log = logging.getLogger(__name__)

# Media types each result kind can be written in, most preferred first (the first is the
# default): what a client may ask for in Accept, and the output format that answers it.
_TABLE_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
}
_GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}


# --- checking queries (runs inside the workers) ----------------------------------------------


def _walk(node: Any) -> Any:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk(value)


def _refuse_dataset_clause(clauses: Any) -> None:
    """Refuse ``FROM`` / ``FROM NAMED`` IRIs that could only name a file: the rest name graphs of the store
    (nothing is fetched: rdflib's loading of FROM graphs is off and Oxigraph reads them from the store)."""
    for clause in clauses or []:
        # CompValue.get answers a missing key with the key itself: look in the dict
        kind = "FROM NAMED" if "named" in clause else "FROM"
        iri = dict.get(clause, "named") if "named" in clause else dict.get(clause, "default")
        if iri is not None and urllib.parse.urlsplit(str(iri)).scheme not in ("http", "https", "urn"):
            raise QueryRefused(f"{kind} <{iri}> is refused: the server reads no files; FROM names a graph of the store (an http(s) or urn IRI)")


@lru_cache(maxsize=512)
def check_query(sparql: str) -> str:
    """Parse a query and refuse what the server does not run; return its type.

    rdflib's parser takes 30-120 ms on the named queries, so answers are
    cached by query text (refused or broken queries are parsed again).

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'

    Raises:
        QueryFailed: the query does not parse.
        QueryRefused: it uses ``SERVICE`` or reads a file through ``FROM``.
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        query = translateQuery(parseQuery(sparql))
    except Exception as exc:  # pyparsing and rdflib errors
        raise QueryFailed(f"SPARQL query does not parse: {exc}") from None
    for node in _walk(query.algebra):
        if node.name == "ServiceGraphPattern":
            raise QueryRefused("SERVICE (federated query) is refused: this server does not call other endpoints")
    _refuse_dataset_clause(query.algebra.get("datasetClause"))
    return str(query.algebra.name).replace("Query", "").upper()


def check_update(sparql: str) -> None:
    """Parse an update and refuse ``LOAD`` and ``SERVICE``.

    Raises:
        QueryFailed: the update does not parse.
        QueryRefused: it loads a document or calls another endpoint.
    """
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = translateUpdate(parseUpdate(sparql))
    except Exception as exc:
        raise QueryFailed(f"SPARQL update does not parse: {exc}") from None
    for node in _walk(update.algebra):
        if node.name == "Load":
            raise QueryRefused("LOAD is refused: this server reads no files and fetches no documents")
        if node.name == "ServiceGraphPattern":
            raise QueryRefused("SERVICE (federated query) is refused: this server does not call other endpoints")


def _accept_ranges(accept: str) -> list[tuple[str, float, int]]:
    """The media ranges of an ``Accept`` header: (range, q-value, position), parameters other than ``q`` dropped."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        name = fields[0].lower()
        if not name:
            continue
        if "/" not in name:
            name = "*/*" if name == "*" else name + "/*"  # some clients write "*" or a bare type
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((name, q, position))
    return ranges


def negotiate(accept: str | None, kind: str, override: str | None = None) -> str:
    """The output format for an ``Accept`` header (or a ``format=`` override) and a result kind.

    ``kind`` is ``table`` (SELECT, ASK) or ``graph`` (CONSTRUCT, DESCRIBE). As
    HTTP says (RFC 9110, 12.5.1): each media type the server can write gets the
    q-value of the most specific range that matches it (``text/csv`` before
    ``text/*`` before ``*/*``); the highest q wins, then the range listed first,
    then the server's preference; ``q=0`` excludes.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "table")
    'xml'
    >>> negotiate("*/*", "graph")
    'turtle'
    >>> negotiate("application/sparql-results+xml, application/rdf+xml", "graph")
    'xml'
    >>> negotiate("*/*;q=0.1, text/csv;q=0", "table")
    'json'

    Raises:
        QueryRefused: nothing acceptable can be produced (HTTP 406).
    """
    media = _TABLE_MEDIA if kind == "table" else _GRAPH_MEDIA
    if override:
        choices = set(media.values())
        if override not in choices:
            raise _NotAcceptable(f"format={override!r} does not fit this query. Available: {', '.join(sorted(choices))}")
        return override
    if not accept or not accept.strip():
        return next(iter(media.values()))
    ranges = _accept_ranges(accept)
    best: tuple[float, int, int] | None = None
    chosen = ""
    canonical: dict[str, str] = {}
    for name, fmt in media.items():
        canonical.setdefault(fmt, name)  # the type an answer in fmt is sent as; wildcards match only it
    for preference, (name, fmt) in enumerate(media.items()):
        patterns = ((2, name), (1, name.split("/")[0] + "/*"), (0, "*/*")) if canonical[fmt] == name else ((2, name),)
        matches = [(specificity, q, position) for specificity, r in patterns for rn, q, position in ranges if rn == r]
        if not matches:
            continue
        _, q, position = max(matches)  # the most specific range decides (the first of equals)
        if q <= 0:
            continue
        rank = (q, -position, -preference)
        if best is None or rank > best:
            best, chosen = rank, fmt
    if best is None:
        raise _NotAcceptable(f"None of {accept!r} can be produced. Available: {', '.join(media)}")
    return chosen


class _NotAcceptable(QueryRefused):
    """No acceptable media type (HTTP 406)."""


# --- the worker processes -------------------------------------------------------------------

_BLOCKED_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "urllib.Request", "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "ctypes.dlopen", "os.remove", "os.rename", "os.mkdir")


def _sandbox() -> None:
    """From now on this process may read Python's own files and nothing else: no files, sockets or subprocesses."""
    package = Path(__file__).resolve().parent
    roots: list[str | Path] = [package, sys.prefix, sys.base_prefix, sys.exec_prefix, *[p for p in sys.path if p]]
    allowed = tuple({str(Path(p).resolve()) for p in roots})

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in _BLOCKED_EVENTS:
            raise PermissionError(f"kg serve: {event} is not allowed while answering queries")
        if event == "open":
            path, mode = args[0], args[1]
            if isinstance(path, int):
                return
            writing = isinstance(mode, str) and any(c in mode for c in "wax+")
            resolved = str(Path(str(path)).resolve())
            if writing or not any(resolved == a or resolved.startswith(a.rstrip("/") + "/") for a in allowed):
                raise PermissionError(f"kg serve: opening {path!r} is not allowed while answering queries")

    sys.addaudithook(hook)


def _limit_memory(extra_mib: int) -> None:
    """Cap this process's address space at its current size plus ``extra_mib`` (Linux; elsewhere a no-op)."""
    if extra_mib <= 0:
        return
    try:
        import resource

        pages = int(Path("/proc/self/statm").read_text().split()[0])
        current = pages * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (current + extra_mib * 2**20, resource.RLIM_INFINITY))
    except (ImportError, OSError, ValueError):
        log.warning("kg serve: cannot limit the memory of query workers on this system")


def _warm_up(run: Callable[[str, str], str]) -> None:
    """Import every parser and serializer a request may need before the sandbox closes the files."""
    from kg.query import GRAPH_FORMATS

    try:
        check_query("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    except QueryRefused:
        pass
    run("SELECT ?s WHERE { VALUES ?s { <urn:x:a> } }", "json")
    for fmt in ("xml", "csv", "tsv", "table"):
        run("SELECT ?s WHERE { VALUES ?s { <urn:x:a> } }", fmt)
    run("ASK { }", "json")
    for fmt in GRAPH_FORMATS:
        run("CONSTRUCT { <urn:x:a> <urn:x:b> <urn:x:c> } WHERE { }", fmt)
    check_query("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?p ?o } }")
    check_update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")


def _warm_up_named(ds: Any) -> None:
    """Bind a named query of each kind of parameter, as the named-query routes do, before the sandbox
    closes the files: the country names and the summaries' code load what they need once."""
    from kg.query import named_query
    from kg.summary import has_summaries

    summaries = has_summaries(ds)
    for name, values in (("partners", {"country": "United States", "category": "SUPPORT"}), ("said-by", {"person": "a"}), ("dyad-timeline", {"a": "USA", "b": "CHN"})):
        named_query(name).bind(values, summaries=summaries, store=ds)


def _answer(ds: Any, job: tuple[Any, ...], max_results: int) -> tuple[Any, ...]:
    from rdflib import Dataset

    from kg.query import GRAPH_MEDIA_TYPES, MEDIA_TYPES, run_query

    action, text, accept, override, dataset = job
    try:
        if action == "update":
            check_update(text)
            from kg.summary import drop_summaries

            drop_summaries(ds)  # the update changes what they count; kg summarize or kg build computes them again
            # updates go to the store's real default graph (queries see the union); Oxigraph runs them natively
            Dataset(store=ds.store, default_union=False).update(text)
            return ("ok", 204, "", b"")
        if action in ("named", "bind"):  # a named query's route, or its text for the query page:
            from kg.query import named_query  # its summary form on a store that keeps summaries
            from kg.summary import has_summaries

            name, values = text
            summaries = has_summaries(ds)
            text = named_query(name).bind(values, summaries=summaries, store=ds)
            if action == "bind":
                if summaries:  # the page's reader sees what was bound, which the summary form may not spell out
                    given = ", ".join(f"{k}={' '.join(v.split())}" for k, v in values.items())
                    text = (f"# {name}{' with ' + given if given else ''}, read from this store's summaries: what it reads was\n"
                            "# picked for these values (open it again from the form to change them)\n" + text)
                return ("ok", 200, "application/sparql-query", text.encode("utf-8"))
        kind = check_query(text)
        graph = kind in ("CONSTRUCT", "DESCRIBE")
        fmt = negotiate(accept, "graph" if graph else "table", override)
        defaults, named = dataset or (None, None)
        result = run_query(ds, text, max_results=max_results, default_graphs=defaults, named_graphs=named)
        body = result.serialize(fmt).encode("utf-8")
        return ("ok", 200, (GRAPH_MEDIA_TYPES if graph else MEDIA_TYPES)[fmt], body)
    except _NotAcceptable as exc:
        return ("error", 406, "not_acceptable", str(exc))
    except QueryRefused as exc:
        return ("error", 403, "refused", str(exc))
    except ResultTooLarge as exc:
        return ("error", 413, "result_too_large", str(exc))
    except QueryFailed as exc:
        return ("error", 400, "query_failed", str(exc))
    except PermissionError as exc:
        return ("error", 403, "refused", str(exc))
    except MemoryError:  # Python's own allocation failed under the cap; the worker lives on
        return ("error", 503, "out_of_memory", "The query needed more memory than a query worker may use (--max-memory)")
    except Exception as exc:  # an engine error must not kill the worker
        return ("error", 500, "internal_error", f"{type(exc).__name__}: {exc}")


def _worker_main(conn: Connection, store: str | None, graph: str | None, writable: bool, max_results: int, max_memory: int) -> None:
    """A query worker: open the data, close the sandbox, answer jobs until told to stop."""
    import rdflib.plugins.sparql

    from kg.query import run_query
    from kg.store import open_source, open_store

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    try:
        if writable:
            ds = open_store(Path(store or ""))
        else:
            ds = open_source(store=Path(store) if store else None, graph=Path(graph) if graph else None)
        _warm_up(lambda q, fmt: run_query(ds, q).serialize(fmt))
        _warm_up_named(ds)
    except KGError as exc:
        conn.send(("failed", str(exc)))
        return
    _limit_memory(max_memory)
    _sandbox()
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(_answer(ds, job, max_results))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    generation: int = 0
    """Which opening of the data it serves (:meth:`_Pool.reopen` starts a new one)."""


class WorkerDied(KGError):
    """A query worker ended while answering: out of memory (``code`` "out_of_memory") or a crash ("worker_crashed")."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def _death(exitcode: int | None) -> WorkerDied:
    """Why a worker ended mid-answer, from its exit status.

    A failed allocation under the address-space cap aborts the engine (Rust's allocator calls abort:
    SIGABRT), and the kernel's OOM killer sends SIGKILL; anything else (a segfault, an exit) is a crash.
    """
    replaced = "the worker was replaced"
    if exitcode in (-signal.SIGABRT, -signal.SIGKILL):
        return WorkerDied(f"The query needed more memory than a query worker may use (--max-memory); {replaced}", "out_of_memory")
    how = f"signal {signal.Signals(-exitcode).name}" if exitcode is not None and exitcode < 0 else f"exit status {exitcode}"
    return WorkerDied(f"The query worker crashed while answering ({how}); {replaced}", "worker_crashed")


class _Pool:
    """Worker processes, each running one job at a time; a worker past the deadline is killed and replaced."""

    def __init__(self, size: int, store: Path | None, graph: Path | None, writable: bool, max_results: int, max_memory: int) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._size = size
        self._args = (str(store) if store else None, str(graph) if graph else None, writable, max_results, max_memory)
        self._generation = 0
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        starting = [self._start() for _ in range(size)]
        for worker in starting:
            self._idle.put(self._ready(worker))

    def _start(self, args: tuple[Any, ...] | None = None, generation: int | None = None) -> _Worker:
        parent, child = self._context.Pipe()
        args = args or self._args
        process = self._context.Process(target=_worker_main, args=(child, *args), daemon=True, name="kg-serve-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent, self._generation if generation is None else generation)
        with self._lock:
            self._all.append(worker)
        return worker

    def reopen(self, store: Path) -> None:
        """Serve the store folder ``store`` from now on: start a full set of workers on it, then retire
        the old ones (each once its current query is answered). Queries go on meanwhile.

        Raises:
            StoreUnavailable: the new workers cannot open it; the old ones go on serving.
        """
        args = (str(store), *self._args[1:])
        generation = self._generation + 1
        fresh = [self._start(args, generation) for _ in range(self._size)]
        try:
            ready = [self._ready(worker) for worker in fresh]
        except KGError:
            for worker in fresh:
                self._kill(worker)
            raise
        with self._lock:
            self._args, self._generation = args, generation
        for worker in ready:
            self._idle.put(worker)
        idle = []
        while True:  # the idle old workers stop now; busy ones are retired by run() when they finish
            try:
                idle.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in idle:
            if worker.generation == generation:
                self._idle.put(worker)
        for worker in idle:
            if worker.generation != generation:
                self._stop(worker)

    def _stop(self, worker: _Worker) -> None:
        try:
            worker.conn.send(None)
        except OSError:
            pass
        worker.process.join(2)
        self._kill(worker)

    def _ready(self, worker: _Worker) -> _Worker:
        if not worker.conn.poll(300):
            self._kill(worker)
            raise StoreUnavailable("kg serve: a query worker did not start within 300 s")
        try:
            message = worker.conn.recv()
        except EOFError:
            message = ("failed", f"the query worker exited (code {worker.process.exitcode})")
        if message[0] != "ready":
            self._kill(worker)
            raise StoreUnavailable(message[1])
        return worker

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def _replace(self) -> None:
        if self._closed:
            return
        try:
            self._idle.put(self._ready(self._start()))
        except KGError:
            log.exception("could not replace a query worker")

    def run(self, job: tuple[Any, ...], timeout: float) -> tuple[Any, ...]:
        """Run a job on a free worker and return its answer.

        Raises:
            QueryTimedOut: no worker came free, or the job did not finish, within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimedOut(f"The server is busy: no query worker came free within {timeout:g} s") from None
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                if worker.generation == self._generation:
                    self._idle.put(worker)
                else:  # the data was opened again while it answered
                    threading.Thread(target=self._stop, args=(worker,), daemon=True).start()
                return answer  # type: ignore[no-any-return]
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            raise QueryTimedOut(f"The query ran past the {timeout:g} s limit and was stopped")
        except (EOFError, OSError):
            worker.process.join(2)  # it has gone or is going: its exit status says why
            exitcode = worker.process.exitcode
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            raise _death(exitcode) from None

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)


