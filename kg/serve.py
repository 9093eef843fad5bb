"""Serve stage: a SPARQL 1.1 Protocol endpoint and the HTML view over the store or a graph file.

Entry points: :func:`make_server` (the data open, the workers started and the
socket bound, not yet serving) and :func:`serve` (runs it until interrupted).

Routes (all in :func:`make_app`):

* ``GET /sparql?query=…``, ``POST /sparql`` (``application/sparql-query`` or a
  form with ``query=``): the SPARQL 1.1 Protocol; results by ``Accept`` (with
  q-values, or a ``format=`` parameter): SPARQL results JSON, XML, CSV, TSV for
  SELECT/ASK; Turtle, RDF/XML, JSON-LD, N-Triples, TriG, N-Quads for
  CONSTRUCT/DESCRIBE.
* ``GET /sparql`` without a query: the SPARQL 1.1 Service Description.
* ``POST /sparql`` with ``application/sparql-update`` or a form with
  ``update=``: only when the server was started with updates allowed and the
  request carries ``Authorization: Bearer TOKEN``.
* ``GET /queries`` lists the named queries; ``GET /queries/NAME?PARAM=VALUE``
  runs one.
* ``GET /``: the interactive HTML graph (:func:`kg.views.write_view`, capped as ``kg viz``).
* ``GET /query``: the SPARQL query page (:mod:`kg.views.query_page`; ``/query/bind`` binds a named query for it).

The HTTP layer is a Starlette app served by uvicorn (h11): they parse HTTP,
refuse malformed requests, and bring the CORS and trusted-host middleware.
Ours are the limits uvicorn has no option for (a deadline to receive a whole
request, the URL and body sizes), one JSON error shape for every error, and
the query workers (:mod:`kg.serve_workers`): processes with memory and time
limits that check each query's algebra, refuse ``SERVICE``, ``LOAD`` and file
access, and cap results.
"""

from __future__ import annotations

import errno
import hmac
import json
import logging
import signal
import socket
import tempfile
import threading
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from anyio import CapacityLimiter, to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from kg.errors import KGError, QueryTimedOut, StoreUnavailable
from kg.serve_http import _error, _HTTPError, _JsonErrors, _Protocol, _router_error
from kg.serve_snapshot import StoreSnapshots
from kg.serve_workers import (  # noqa: F401 - the workers' API, also reachable from here
    WorkerDied,
    _limit_memory,
    _Pool,
    _sandbox,
    check_query,
    check_update,
    negotiate,
)

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TRUSTED_HOSTS = ("127.0.0.1", "localhost", "[::1]")
"""Host names the server answers to by default (``--host-name`` adds one): a page on another
site whose name a DNS-rebinding attack points at 127.0.0.1 sends its own name and is refused."""
MAX_URL = 65_536
"""Longest request target (path and query string) accepted, in bytes; longer gets 414."""
BACKLOG = 1024
"""Connections the kernel queues before the server accepts them."""


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
        host_names: names the server answers to besides :data:`TRUSTED_HOSTS`
            (the ``Host`` header of every request is checked).
        request_timeout: seconds a client has to send a whole request (headers
            and body) once connected or after the previous answer; then the
            connection is closed (408 if a request was begun).
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
    host_names: tuple[str, ...] = field(default=())
    request_timeout: float = 10.0


class PortInUse(KGError):
    """The port is taken by another program."""


# --- the application ------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _service_description(endpoint: str, update: bool) -> dict[str, bytes]:
    """The SPARQL 1.1 Service Description of this endpoint, in each graph format."""
    from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

    from kg.query import GRAPH_FORMATS, QueryResult

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
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "RDF_XML", "JSON-LD", "N-Triples", "TriG", "N-Quads"):
        g.add((service, sd.resultFormat, formats[name]))
    dataset = BNode()
    g.add((service, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    default = BNode()
    g.add((dataset, sd.defaultGraph, default))
    g.add((default, RDF.type, sd.Graph))
    g.add((service, URIRef("http://purl.org/dc/terms/description"), Literal("bilateral-kg: statements about relations between countries, with provenance. One named graph per article; the default graph is the union.")))
    result = QueryResult("CONSTRUCT", graph=g)
    return {fmt: result.serialize(fmt).encode("utf-8") for fmt in GRAPH_FORMATS}


def _render_views(store: Path | None, graph: Path | None) -> bytes:
    from kg.store import open_source
    from kg.views import write_view

    dataset = open_source(store=store, graph=graph)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as folder:
        path = Path(folder) / "graph.html"
        write_view(dataset, path)
        return path.read_bytes()


Handler = Callable[[Request], Awaitable[Response]]


class _Endpoint:
    """The route handlers, sharing the options, the worker pool and the rendered HTML view."""

    def __init__(self, options: ServeOptions, pool: _Pool, views: bytes | None) -> None:
        self.options = options
        self.pool = pool
        self.views = views
        self.page: bytes | None = None  # the query page, rendered on first use
        # threads that wait on the pool for a worker; more requests wait here without a thread
        self.limiter = CapacityLimiter(max(32, 4 * options.workers))

    def guarded(self, handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                if len(request.scope.get("raw_path", b"")) + len(request.scope.get("query_string", b"")) > MAX_URL:
                    raise _HTTPError(414, "uri_too_long", f"The URL passes {MAX_URL} bytes: send a long query with POST")
                return self.vary(await handler(request))
            except _HTTPError as exc:
                return _error(exc.status, exc.code, exc.message, exc.headers)
            except QueryTimedOut as exc:
                return _error(503, "timeout", str(exc), {"Retry-After": "5"})
            except WorkerDied as exc:
                return _error(503, exc.code, str(exc), {"Retry-After": "5"})
            except ClientDisconnect:
                return _error(400, "bad_request", "The client went away before sending the whole request")
            except KGError as exc:
                return _error(400, "bad_request", str(exc))
            except Exception as exc:  # never a traceback to the client
                log.exception("request failed")
                return _error(500, "internal_error", f"{type(exc).__name__}: {exc}")

        return run

    @staticmethod
    def vary(response: Response) -> Response:
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Vary"] = "Accept"
        return response

    # routes

    async def sparql(self, request: Request) -> Response:
        if request.method in ("GET", "HEAD"):
            params = request.query_params
            if "update" in params:
                raise _HTTPError(405, "method_not_allowed", "SPARQL Update must be sent with POST", {"Allow": "POST"})
            if "query" not in params:
                return self.service_description(request)
            return await self.query(request, self.one(params.getlist("query"), "query"), params.multi_items())
        if request.method == "OPTIONS":  # not a CORS preflight (the middleware answers those)
            origin, allowed = request.headers.get("origin"), self.options.cors
            if not (origin and allowed and ("*" in allowed or origin in allowed)):
                raise _HTTPError(403, "cors_refused", "Cross-origin requests are not allowed (start the server with --cors ORIGIN)")
            return Response(b"", 204, {"Access-Control-Allow-Methods": "GET, POST, OPTIONS", "Allow": "GET, HEAD, POST, OPTIONS"})
        media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if media not in ("application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded"):
            raise _HTTPError(415, "unsupported_media_type", f"Content-Type {media or 'none'!r}: send application/sparql-query, application/sparql-update or a form")
        body = await self.body(request)
        query_items = request.query_params.multi_items()
        if media == "application/sparql-query":
            return await self.query(request, body, query_items)
        if media == "application/sparql-update":
            return await self.update(request, body)
        form = urllib.parse.parse_qsl(body, keep_blank_values=True)
        names = {k for k, _ in form}
        if "update" in names:
            return await self.update(request, self.one([v for k, v in form if k == "update"], "update"))
        if "query" in names:
            return await self.query(request, self.one([v for k, v in form if k == "query"], "query"), query_items + form)
        raise _HTTPError(400, "bad_request", "The form has neither query= nor update=")

    async def html(self, request: Request) -> Response:
        if self.views is None:
            raise _HTTPError(404, "not_found", "The HTML view is switched off on this server")
        return Response(self.views, 200, {"Content-Security-Policy": "default-src 'self' 'unsafe-inline' data:"}, "text/html; charset=utf-8")

    async def list_queries(self, request: Request) -> Response:
        from kg.query import named_queries

        listing = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "parameters": [{"name": p.name, "kind": p.kind, "optional": p.optional, "default": p.default, "description": p.description} for p in q.parameters],
                "url": f"/queries/{q.name}",
            }
            for q in named_queries().values()
        ]
        return Response(json.dumps(listing, ensure_ascii=False, indent=1).encode("utf-8"), 200, media_type="application/json")

    async def named(self, request: Request) -> Response:
        from kg.query import named_query

        params = request.query_params
        values = {k: v for k, v in params.items() if k != "format"}
        name = request.path_params["name"]
        try:
            named_query(name).bind(values)  # the parameters checked here: a bad one is the client's error
        except KGError as exc:
            raise _HTTPError(404 if "Unknown query" in str(exc) else 400, "bad_parameter", str(exc)) from None
        # the worker binds it again, from the store's summaries when it keeps them (as kg query does)
        return await self.run(("named", (name, values), request.headers.get("accept"), params.get("format"), None))

    async def query_page(self, request: Request) -> Response:
        if self.page is None:
            from kg.views.query_page import render_query_page

            self.page = render_query_page(endpoint="/sparql", bind_url="/query/bind", graph_url="/" if self.views is not None else None).encode("utf-8")
        return Response(self.page, 200, {"Content-Security-Policy": "default-src 'self' 'unsafe-inline' data:"}, "text/html; charset=utf-8")

    async def bind_named(self, request: Request) -> Response:
        """The SPARQL of a named query bound to the values given (``?name=NAME&PARAM=VALUE...``), for the
        query page: the form ``/queries/NAME`` runs, from the store's summaries when it keeps them (a
        worker binds it, as a page of listings is picked from the store), so the page's answer comes
        as fast; the raw form otherwise."""
        from kg.query import named_query

        params = request.query_params
        values = {k: v for k, v in params.items() if k != "name"}
        try:
            named_query(params.get("name", "")).bind(values)  # the parameters checked here: a bad one is the client's error
        except KGError as exc:
            raise _HTTPError(404 if "Unknown query" in str(exc) else 400, "bad_parameter", str(exc)) from None
        return await self.run(("bind", (params["name"], values), None, None, None))

    async def query_graph(self, request: Request) -> Response:
        """A CONSTRUCT or DESCRIBE answer drawn as the graph view (the query page's "Draw as graph", a form POST)."""
        import urllib.parse

        from kg.views.query_page import draw_answer

        form = urllib.parse.parse_qsl(await self.body(request), keep_blank_values=True)
        sparql = self.one([v for k, v in form if k == "query"], "query")
        answer = await self.run(("query", sparql, "application/n-triples", None, None))  # a SELECT or ASK: 406
        if answer.status_code == 406:
            raise _HTTPError(400, "not_a_graph", "Only the answer of a CONSTRUCT or DESCRIBE query can be drawn as a graph")
        if answer.status_code != 200:
            return answer
        page = await to_thread.run_sync(draw_answer, bytes(answer.body))
        return Response(page.encode("utf-8"), 200, {"Content-Security-Policy": "default-src 'self' 'unsafe-inline' data:"}, "text/html; charset=utf-8")

    # helpers

    @staticmethod
    def one(values: list[str], name: str) -> str:
        if len(values) != 1:
            raise _HTTPError(400, "bad_request", f"Give exactly one {name}= parameter")
        return values[0]

    async def body(self, request: Request) -> str:
        limit = self.options.max_body
        too_large = _HTTPError(413, "body_too_large", f"The request body passes {limit} bytes")
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > 8 * limit:
            raise too_large  # not worth reading away: the connection is closed with it
        chunks, size = [], 0
        async for chunk in request.stream():  # chunked bodies too, counted as they come
            size += len(chunk)
            if size > 8 * limit:
                raise too_large
            if size <= limit:
                chunks.append(chunk)
        if size > limit:  # read away, so that the client sees the answer rather than a broken pipe
            raise too_large
        try:
            return b"".join(chunks).decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(400, "bad_request", "The request body is not UTF-8") from None

    async def run(self, job: tuple[Any, ...]) -> Response:
        answer = await to_thread.run_sync(self.pool.run, job, self.options.timeout, limiter=self.limiter)
        if answer[0] == "ok":
            _, status, content_type, body = answer
            return Response(body, status, media_type=content_type or None)
        _, status, code, message = answer
        return _error(status, code, message, {"Retry-After": "5"} if status == 503 else None)

    async def query(self, request: Request, sparql: str, params: list[tuple[str, str]]) -> Response:
        override = next((v for k, v in params if k == "format"), None)
        return await self.run(("query", sparql, request.headers.get("accept"), override, _protocol_dataset(params)))

    async def update(self, request: Request, sparql: str) -> Response:
        token = self.options.update_token
        if token is None:
            raise _HTTPError(403, "read_only", "This server is read-only: SPARQL Update is refused (see kg serve --allow-update)")
        given = request.headers.get("authorization", "")
        if not given.startswith("Bearer ") or not hmac.compare_digest(given[len("Bearer ") :].encode(), token.encode()):
            raise _HTTPError(401, "unauthorized", "SPARQL Update needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": 'Bearer realm="kg"'})
        return await self.run(("update", sparql, None, None, None))

    def service_description(self, request: Request) -> Response:
        from kg.query import GRAPH_MEDIA_TYPES

        fmt = negotiate(request.headers.get("accept"), "graph", request.query_params.get("format"))
        # the Host header has passed the trusted-host check, so it names this server
        base = f"{request.url.scheme}://{request.headers.get('host') or request.url.netloc}"
        description = _service_description(base + "/sparql", self.options.update_token is not None)
        return Response(description[fmt], 200, media_type=GRAPH_MEDIA_TYPES[fmt])


def _protocol_dataset(params: list[tuple[str, str]]) -> tuple[list[str] | None, list[str] | None] | None:
    """The dataset a request gives in ``default-graph-uri`` / ``named-graph-uri`` (SPARQL 1.1 Protocol), or None.

    Raises:
        _HTTPError: an IRI that cannot name a graph of the store (a file, say): 400.
    """
    defaults = [v for k, v in params if k == "default-graph-uri"]
    named = [v for k, v in params if k == "named-graph-uri"]
    if not defaults and not named:
        return None
    for iri in defaults + named:
        if urllib.parse.urlsplit(iri).scheme not in ("http", "https", "urn") or any(c in iri for c in '<>" {}|\\^`'):
            raise _HTTPError(400, "bad_request", f"{iri!r} is not a graph of this store: default-graph-uri and named-graph-uri take http(s) or urn IRIs (the server reads no files)")
    return (defaults or None, named or None)


def make_app(options: ServeOptions, pool: _Pool, views: bytes | None) -> ASGIApp:
    """The ASGI app of ``kg serve``: every route, then CORS, trusted hosts and JSON errors as middleware."""
    endpoint = _Endpoint(options, pool, views)
    routes = [
        Route("/sparql", endpoint.guarded(endpoint.sparql), methods=["GET", "HEAD", "POST", "OPTIONS"]),
        Route("/", endpoint.guarded(endpoint.html), methods=["GET", "HEAD"]),
        Route("/index.html", endpoint.guarded(endpoint.html), methods=["GET", "HEAD"]),
        Route("/graph.html", endpoint.guarded(endpoint.html), methods=["GET", "HEAD"]),
        Route("/queries", endpoint.guarded(endpoint.list_queries), methods=["GET", "HEAD"]),
        Route("/queries/{name}", endpoint.guarded(endpoint.named), methods=["GET", "HEAD"]),
        Route("/query", endpoint.guarded(endpoint.query_page), methods=["GET", "HEAD"]),
        Route("/query/bind", endpoint.guarded(endpoint.bind_named), methods=["GET", "HEAD"]),
        Route("/query/graph", endpoint.guarded(endpoint.query_graph), methods=["POST"]),
    ]
    hosts = trusted_hosts(options)
    middleware = [Middleware(_JsonErrors, hosts=hosts), Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts), www_redirect=False)]
    if options.cors:
        middleware.append(
            Middleware(
                _CORS,
                allow_origins=list(options.cors),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Content-Type", "Accept", "Authorization"],
                max_age=600,
            )
        )
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: _router_error})


class _CORS(CORSMiddleware):
    """Starlette's CORS middleware, answering an accepted preflight with 204 No Content (a refused one
    becomes the JSON error shape in :class:`_JsonErrors`)."""

    def preflight_response(self, request_headers: Any) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 200:
            return response
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
        return Response(b"", 204, headers)


def trusted_hosts(options: ServeOptions) -> tuple[str, ...]:
    """The host names requests may carry in ``Host``: 127.0.0.1, localhost, ``::1``, the address
    bound (unless it is a wildcard) and each of ``options.host_names``."""
    names = list(TRUSTED_HOSTS)
    if options.host not in ("0.0.0.0", "::", ""):
        names.append(f"[{options.host}]" if ":" in options.host else options.host)
    names += [n.strip().lower() for n in options.host_names if n.strip()]
    return tuple(dict.fromkeys(names))


# --- the server -----------------------------------------------------------------------------


@dataclass
class Server:
    """A ``kg serve`` ready to run: the socket listening, the workers started."""

    url: str
    socket: socket.socket
    app: ASGIApp
    pool: _Pool
    options: ServeOptions
    snapshots: StoreSnapshots | None = None

    def run(self) -> None:
        """Serve until SIGINT or SIGTERM, then stop the workers."""
        import uvicorn

        protocol = type("_ServeProtocol", (_Protocol,), {"request_timeout": self.options.request_timeout})
        config = uvicorn.Config(
            self.app,
            http=protocol,
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=5,
            backlog=BACKLOG,
            h11_max_incomplete_event_size=MAX_URL + 16_384,
        )
        if self.snapshots is not None:
            self.snapshots.watch(self.pool.reopen)
        try:
            uvicorn.Server(config).run(sockets=[self.socket])
        finally:
            self.close()

    def close(self) -> None:
        self.socket.close()
        self.pool.close()
        if self.snapshots is not None:
            self.snapshots.close()


def _bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``.

    Raises:
        PortInUse: another program holds the port.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(f"port {port} is in use (choose another with --port, or 0 for any free one)") from None
        raise StoreUnavailable(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(BACKLOG)
    sock.set_inheritable(True)
    return sock


def make_server(store: Path | None = None, graph: Path | None = None, options: ServeOptions = ServeOptions()) -> Server:
    """Bind the socket, open the data and start the query workers (without serving yet).

    Raises:
        PortInUse: the port is taken.
        StoreUnavailable: the store or graph cannot be opened by the workers,
            or updates were asked for on a graph file.
        GraphUnreadable: the graph file does not parse.
    """
    writable = options.update_token is not None
    if writable and (store is None or graph is not None):
        raise StoreUnavailable("Updates need a store (--store DIR): changes to a graph file would be lost")
    if store is None and graph is None:
        from kg.store import default_store

        store = default_store()
    sock = _bind(options.host, options.port)  # first: a taken port is reported before minutes of start-up
    snapshots, data = None, store
    try:
        if store is not None and graph is None and not writable:
            # a kg build may write the store while it is served: read a snapshot, renewed after each write
            snapshots = StoreSnapshots(_served_store(store), keep_old=options.timeout + 30)
            try:
                data = snapshots.take()
            except OSError as exc:  # no room or no right to write beside the store: read it in place
                log.warning("kg serve: cannot snapshot %s (%s): serving it in place; do not build into it while it is served", store, exc)
                snapshots.close()
                snapshots = None
        views = _render_views(data, graph) if options.views else None
        pool = _Pool(1 if writable else max(1, options.workers), data, graph, writable, options.max_results, options.max_memory)
    except BaseException:
        sock.close()
        if snapshots is not None:
            snapshots.close()
        raise
    host, port = sock.getsockname()[:2]
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    return Server(url, sock, make_app(options, pool, views), pool, options, snapshots)


def _served_store(store: Path) -> Path:
    """The store folder, checked as a read-only opening would check it.

    Raises:
        StoreUnavailable: there is no store there.
    """
    if not Path(store).is_dir() or not (Path(store) / "CURRENT").exists():
        raise StoreUnavailable(f"{store}: no store here (build one with 'kg build --store {store} ...')")
    return Path(store).resolve()


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def serve(store: Path | None = None, graph: Path | None = None, options: ServeOptions = ServeOptions(), on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); ``on_ready`` gets the base URL once the socket listens."""
    server = make_server(store, graph, options)
    if threading.current_thread() is threading.main_thread():
        # uvicorn shuts down on SIGTERM, then raises it again for the handler in place before it: this one
        signal.signal(signal.SIGTERM, _interrupt)
    if on_ready:
        on_ready(server.url)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
