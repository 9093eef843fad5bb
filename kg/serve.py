"""Serve stage: a SPARQL 1.1 Protocol endpoint and the HTML view over the store or a graph file.

Entry points: :func:`make_server` (a ready, not yet running server; tests use it)
and :func:`serve` (runs it until interrupted).

Routes:

* ``GET /sparql?query=…``, ``POST /sparql`` (``application/sparql-query`` or a
  form with ``query=``): the SPARQL 1.1 Protocol; results by ``Accept`` (or a
  ``format=`` parameter): SPARQL results JSON, XML, CSV, TSV for SELECT/ASK;
  Turtle, JSON-LD, N-Triples for CONSTRUCT/DESCRIBE.
* ``GET /sparql`` without a query: the SPARQL 1.1 Service Description (Turtle).
* ``POST /sparql`` with ``application/sparql-update`` or a form with
  ``update=``: only when the server was started with updates allowed and the
  request carries ``Authorization: Bearer TOKEN``.
* ``GET /queries`` lists the named queries; ``GET /queries/NAME?PARAM=VALUE``
  runs one.
* ``GET /``: the interactive HTML graph (:func:`kg.views.write_view`, capped as ``kg viz``).

Safe by default. It binds 127.0.0.1. Each query is parsed with rdflib's SPARQL
parser and its algebra is walked: ``SERVICE`` (federation), ``LOAD`` and
dataset clauses naming anything but http(s) IRIs are refused, and rdflib's
loading of ``FROM`` graphs is switched off. Queries run in worker processes
(``--workers``) that open the data themselves, cannot open files, sockets or
subprocesses (a Python audit hook, installed once the data is open), may
allocate a bounded amount of memory (``RLIMIT_AS``), and are killed and
replaced when a query passes the time limit. Results are capped in
rows (or triples). CORS headers are sent only for the origins given. Every
error is JSON: ``{"error": {"status": 400, "code": "...", "message": "..."}}``.

Why the standard library's :class:`~http.server.ThreadingHTTPServer` rather
than a web framework: the protocol needs four routes and content negotiation,
all the heavy work happens in the worker processes, and it adds no dependency
to keep patched; it is not meant to face the internet without a reverse proxy.
"""

from __future__ import annotations

import hmac
import json
import logging
import multiprocessing
import os
import queue
import re
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

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
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
_DEFAULT_FORMAT = {"table": "json", "graph": "turtle"}


@dataclass(frozen=True)
class ServeOptions:
    """Settings of ``kg serve``.

    Attributes:
        host: interface to bind (127.0.0.1: this machine only).
        port: TCP port (0 picks a free one).
        workers: query worker processes (queries running at once).
        timeout: seconds a query may run (waiting for a free worker included).
        max_results: most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in an answer.
        max_body: largest request body accepted, in bytes.
        cors: origins allowed to call from a browser (``*`` for any); none by default.
        update_token: when set, SPARQL Update is allowed to requests that carry
            ``Authorization: Bearer <token>`` (store only; one worker).
        views: serve the HTML graph at ``/``.
        max_memory: MiB each worker may allocate beyond what it holds once the
            data is open (0: no limit); a query that needs more ends its worker,
            which is replaced.
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 2
    timeout: float = 30.0
    max_results: int = 10_000
    max_body: int = 1_000_000
    cors: tuple[str, ...] = ()
    update_token: str | None = None
    views: bool = True
    max_memory: int = 2048


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
    for clause in clauses or []:
        iri = clause.get("default") or clause.get("named")
        if iri is not None and urllib.parse.urlsplit(str(iri)).scheme not in ("http", "https", "urn"):
            raise QueryRefused(f"FROM <{iri}> is refused: the server reads no files")


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


def negotiate(accept: str | None, kind: str, override: str | None = None) -> str:
    """The output format for an ``Accept`` header (or a ``format=`` override) and a result kind.

    ``kind`` is ``table`` (SELECT, ASK) or ``graph`` (CONSTRUCT, DESCRIBE).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "table")
    'xml'
    >>> negotiate("*/*", "graph")
    'turtle'

    Raises:
        QueryRefused: nothing acceptable can be produced (HTTP 406).
    """
    media = _TABLE_MEDIA if kind == "table" else _GRAPH_MEDIA
    if override:
        choices = set(media.values())
        if override not in choices:
            raise _NotAcceptable(f"format={override!r} does not fit this query. Available: {', '.join(sorted(choices))}")
        return override
    if not accept:
        return _DEFAULT_FORMAT[kind]
    ranked = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    q = float(field[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, index, fields[0].lower()))
    for negative_q, _, name in sorted(ranked):
        if negative_q == 0:
            break
        if name in media:
            return media[name]
        if name in ("*/*", "application/*", "text/*"):
            return _DEFAULT_FORMAT[kind]
    raise _NotAcceptable(f"None of {accept!r} can be produced. Available: {', '.join(sorted(media))}")


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
    try:
        check_query("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    except QueryRefused:
        pass
    run("SELECT ?s WHERE { VALUES ?s { <urn:x:a> } }", "json")
    for fmt in ("xml", "csv", "tsv", "table"):
        run("SELECT ?s WHERE { VALUES ?s { <urn:x:a> } }", fmt)
    run("ASK { }", "json")
    for fmt in ("turtle", "json-ld", "ntriples"):
        run("CONSTRUCT { <urn:x:a> <urn:x:b> <urn:x:c> } WHERE { }", fmt)
    check_query("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?p ?o } }")
    check_update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")


def _answer(ds: Any, job: tuple[Any, ...], max_results: int) -> tuple[Any, ...]:
    from rdflib import Dataset

    from kg.query import MEDIA_TYPES, run_query

    action, text, accept, override = job
    try:
        if action == "update":
            check_update(text)
            from kg.summary import drop_summaries

            drop_summaries(ds)  # the update changes what they count; kg summarize or kg build computes them again
            # updates go to the store's real default graph (queries see the union); Oxigraph runs them natively
            Dataset(store=ds.store, default_union=False).update(text)
            return ("ok", 204, "", b"")
        kind = check_query(text)
        fmt = negotiate(accept, "graph" if kind in ("CONSTRUCT", "DESCRIBE") else "table", override)
        body = run_query(ds, text, max_results=max_results).serialize(fmt).encode("utf-8")
        return ("ok", 200, MEDIA_TYPES[fmt], body)
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


class WorkerDied(KGError):
    """A query worker ended while answering (out of memory, or a crash in the engine)."""


class _Pool:
    """Worker processes, each running one job at a time; a worker past the deadline is killed and replaced."""

    def __init__(self, size: int, store: Path | None, graph: Path | None, writable: bool, max_results: int, max_memory: int) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._args = (str(store) if store else None, str(graph) if graph else None, writable, max_results, max_memory)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        starting = [self._start() for _ in range(size)]
        for worker in starting:
            self._idle.put(self._ready(worker))

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child, *self._args), daemon=True, name="kg-serve-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

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
                self._idle.put(worker)
                return answer  # type: ignore[no-any-return]
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            raise QueryTimedOut(f"The query ran past the {timeout:g} s limit and was stopped")
        except (EOFError, OSError):
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            raise WorkerDied("The query needed more memory than a query worker may use (or crashed it); the worker was replaced") from None

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


# --- HTTP -----------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _service_description(endpoint: str, update: bool) -> dict[str, bytes]:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle, JSON-LD and N-Triples."""
    from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = Namespace("http://www.w3.org/ns/formats/")
    g = Graph()
    g.bind("sd", sd)
    g.bind("formats", formats)
    service = BNode()
    g.add((service, RDF.type, sd.Service))
    g.add((service, sd.endpoint, URIRef(endpoint)))
    g.add((service, sd.supportedLanguage, sd.SPARQL11Query))
    if update:
        g.add((service, sd.supportedLanguage, sd.SPARQL11Update))
    g.add((service, sd.feature, sd.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples"):
        g.add((service, sd.resultFormat, formats[name]))
    dataset = BNode()
    g.add((service, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    default = BNode()
    g.add((dataset, sd.defaultGraph, default))
    g.add((default, RDF.type, sd.Graph))
    g.add((service, URIRef("http://purl.org/dc/terms/description"), Literal("bilateral-kg: statements about relations between countries, with provenance. One named graph per article; the default graph is the union.")))
    return {
        "turtle": g.serialize(format="turtle").encode("utf-8"),
        "json-ld": g.serialize(format="json-ld").encode("utf-8"),
        "ntriples": g.serialize(format="nt").encode("utf-8"),
    }


def _render_views(store: Path | None, graph: Path | None) -> bytes:
    from kg.store import open_source
    from kg.views import write_view

    dataset = open_source(store=store, graph=graph)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as folder:
        path = Path(folder) / "graph.html"
        write_view(dataset, path)
        return path.read_bytes()


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server of ``kg serve``: its handler answers from a pool of query workers."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, options: ServeOptions, pool: _Pool, views: bytes | None) -> None:
        super().__init__((options.host, options.port), _Handler)
        self.options = options
        self.pool = pool
        self.views = views
        host, port = str(self.server_address[0]), self.server_address[1]
        self.url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # the client went away mid-answer
            log.debug("client %s disconnected", client_address)
            return
        super().handle_error(request, client_address)


class _HTTPError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "bilateral-kg"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    # responses

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        origin = self.headers.get("Origin")
        allowed = self.server.options.cors
        if origin and allowed and ("*" in allowed or origin in allowed):
            self.send_header("Access-Control-Allow-Origin", "*" if "*" in allowed else origin)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, code: str, message: str, extra: dict[str, str] | None = None) -> None:
        self.close_connection = True  # an unread request body must not be taken for the next request
        body = json.dumps({"error": {"status": status, "code": code, "message": message}}, ensure_ascii=False).encode("utf-8")
        self._send(status, "application/json", body, extra)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except _HTTPError as exc:
            self._error(exc.status, exc.code, exc.message)
        except QueryTimedOut as exc:
            self._error(503, "timeout", str(exc), {"Retry-After": "5"})
        except WorkerDied as exc:
            self._error(503, "out_of_memory", str(exc), {"Retry-After": "5"})
        except KGError as exc:
            self._error(400, "bad_request", str(exc))
        except Exception as exc:  # never a traceback to the client
            log.exception("request failed")
            self._error(500, "internal_error", f"{type(exc).__name__}: {exc}")

    # routes

    def do_GET(self) -> None:
        self._guard(self._get)

    def do_HEAD(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def do_OPTIONS(self) -> None:
        allowed = self.server.options.cors
        origin = self.headers.get("Origin")
        if not (origin and allowed and ("*" in allowed or origin in allowed)):
            self._error(403, "cors_refused", "Cross-origin requests are not allowed (start the server with --cors ORIGIN)")
            return
        self._send(
            204,
            "",
            b"",
            {"Access-Control-Allow-Methods": "GET, POST, OPTIONS", "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization", "Access-Control-Max-Age": "600"},
        )

    def do_PUT(self) -> None:
        self._error(405, "method_not_allowed", "Use GET or POST on /sparql", {"Allow": "GET, POST"})

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _get(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in params:
                raise _HTTPError(405, "method_not_allowed", "SPARQL Update must be sent with POST")
            if "query" not in params:
                self._service_description()
                return
            self._query(self._one(params, "query"), params)
        elif url.path in ("/", "/index.html", "/graph.html"):
            if self.server.views is None:
                raise _HTTPError(404, "not_found", "The HTML view is switched off on this server")
            self._send(200, "text/html; charset=utf-8", self.server.views, {"Content-Security-Policy": "default-src 'self' 'unsafe-inline' data:"})
        elif url.path == "/queries":
            self._list_queries()
        elif url.path.startswith("/queries/"):
            self._named(url.path[len("/queries/") :], params)
        else:
            raise _HTTPError(404, "not_found", f"No such page: {url.path}. Try /sparql, /queries or /")

    def _post(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            raise _HTTPError(404, "not_found", f"No such endpoint: {url.path}. POST queries to /sparql")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        body = self._body()
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            self._query(body, params)
        elif media == "application/sparql-update":
            self._update(body)
        elif media == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._update(self._one(form, "update"))
            elif "query" in form:
                self._query(self._one(form, "query"), {**params, **form})
            else:
                raise _HTTPError(400, "bad_request", "The form has neither query= nor update=")
        else:
            raise _HTTPError(
                415,
                "unsupported_media_type",
                f"Content-Type {media or 'none'!r}: send application/sparql-query, application/sparql-update or a form",
            )

    # helpers

    @staticmethod
    def _one(params: dict[str, list[str]], name: str) -> str:
        values = params.get(name, [])
        if len(values) != 1:
            raise _HTTPError(400, "bad_request", f"Give exactly one {name}= parameter")
        return values[0]

    def _body(self) -> str:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise _HTTPError(411, "length_required", "Send the body with a Content-Length")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise _HTTPError(411, "length_required", "Send the body with a Content-Length") from None
        if length > self.server.options.max_body:
            if length <= 8 * self.server.options.max_body:  # read it away so the client sees the answer, not a broken pipe
                while length > 0:
                    length -= len(self.rfile.read(min(length, 65536)) or b"x" * length)
            self.close_connection = True
            raise _HTTPError(413, "body_too_large", f"The request body passes {self.server.options.max_body} bytes")
        try:
            return self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(400, "bad_request", "The request body is not UTF-8") from None

    def _run(self, job: tuple[Any, ...]) -> None:
        answer = self.server.pool.run(job, self.server.options.timeout)
        if answer[0] == "ok":
            _, status, content_type, body = answer
            self._send(status, content_type, body)
        else:
            _, status, code, message = answer
            self._error(status, code, message)

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise _HTTPError(400, "bad_request", "default-graph-uri and named-graph-uri are not supported: use FROM / FROM NAMED or GRAPH in the query")
        override = params.get("format", [None])[0]
        self._run(("query", sparql, self.headers.get("Accept"), override))

    def _update(self, sparql: str) -> None:
        token = self.server.options.update_token
        if token is None:
            raise _HTTPError(403, "read_only", "This server is read-only: SPARQL Update is refused (see kg serve --allow-update)")
        given = self.headers.get("Authorization", "")
        if not given.startswith("Bearer ") or not hmac.compare_digest(given[len("Bearer ") :].encode(), token.encode()):
            self._error(401, "unauthorized", "SPARQL Update needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": 'Bearer realm="kg"'})
            return
        self._run(("update", sparql, None, None))

    def _service_description(self) -> None:
        fmt = negotiate(self.headers.get("Accept"), "graph", urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("format", [None])[0])
        from kg.query import MEDIA_TYPES

        host = self.headers.get("Host", "")
        base = f"http://{host}" if re.fullmatch(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?", host) else self.server.url
        description = _service_description(base + "/sparql", self.server.options.update_token is not None)
        self._send(200, MEDIA_TYPES[fmt], description[fmt])

    def _list_queries(self) -> None:
        from kg.query import named_queries

        listing = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "parameters": [{"name": p.name, "kind": p.kind, "optional": p.optional, "description": p.description} for p in q.parameters],
                "url": f"/queries/{q.name}",
            }
            for q in named_queries().values()
        ]
        self._send(200, "application/json", json.dumps(listing, ensure_ascii=False, indent=1).encode("utf-8"))

    def _named(self, name: str, params: dict[str, list[str]]) -> None:
        from kg.query import named_query

        values = {k: v[0] for k, v in params.items() if k != "format"}
        try:
            sparql = named_query(name).bind(values)
        except KGError as exc:
            raise _HTTPError(404 if "Unknown query" in str(exc) else 400, "bad_parameter", str(exc)) from None
        self._run(("query", sparql, self.headers.get("Accept"), params.get("format", [None])[0]))


def make_server(store: Path | None = None, graph: Path | None = None, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """Open the data, start the query workers and bind the socket (without serving yet).

    Raises:
        StoreUnavailable: the store or graph cannot be opened by the workers,
            or updates were asked for on a graph file.
        GraphUnreadable: the graph file does not parse.
        OSError: the address is in use.
    """
    writable = options.update_token is not None
    if writable and (store is None or graph is not None):
        raise StoreUnavailable("Updates need a store (--store DIR): changes to a graph file would be lost")
    views = _render_views(store, graph) if options.views else None
    pool = _Pool(1 if writable else max(1, options.workers), store, graph, writable, options.max_results, options.max_memory)
    try:
        return SparqlServer(options, pool, views)
    except BaseException:
        pool.close()
        raise


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def serve(store: Path | None = None, graph: Path | None = None, options: ServeOptions = ServeOptions(), on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C); ``on_ready`` gets the base URL once the socket listens."""
    server = make_server(store, graph, options)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        if on_ready:
            on_ready(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
