"""Push stage: load the store into a SPARQL 1.1 server (Oxigraph, Fuseki, Virtuoso, GraphDB...).

Entry point: :func:`push`. The dataset is cut into units:

* each named graph (one per article) is one unit, sent whole with
  ``PUT ?graph=IRI`` (Graph Store Protocol) or ``DROP SILENT GRAPH; INSERT
  DATA`` (SPARQL Update): pushing again replaces it, so a push is idempotent
  and a rebuilt article replaces its old graph;
* the default graph (entities, articles, statement nodes) is sent in chunks
  that are *merged* (``POST``, ``INSERT DATA``), so several shards can be pushed
  into one server; with ``replace_default`` the first chunk replaces the
  remote default graph (``PUT``, ``DROP SILENT DEFAULT``) instead.

The store's dyad summaries (:data:`kg.summary.SUMMARY_GRAPH`) are not sent:
they count what one store holds, so shards pushed into one server would each
bring their own totals. Named queries on a server run their raw form, which
counts what the server holds.

Each unit is retried, then given up; the others still go, until
:data:`GIVE_UP` units in a row find no server. Units that landed are written
to a state file with a hash of their content, as they land. A push to a
target the state file knows *synchronises*: it sends only what did not land
or changed since, and deletes the graphs of articles the store no longer has
(``sync``; :func:`push`). Blank nodes, which would
otherwise be duplicated by every merge, are replaced by IRIs derived from the
triples they describe.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

from kg.errors import EndpointFailed, PushFailed
from kg.summary import SUMMARY_GRAPH

log = logging.getLogger(__name__)

DEFAULT_GRAPH = ""
"""The name of the default graph among the units (named graphs are named by their IRI)."""

CHUNK = 20_000
"""Triples of the default graph sent per request."""


@dataclass(frozen=True)
class Target:
    """Where and how to push.

    Attributes:
        graph_store: a Graph Store Protocol URL (``…/store`` on Oxigraph,
            ``…/ds/data`` on Fuseki, ``…/sparql-graph-crud-auth`` on Virtuoso);
            used when given.
        update: a SPARQL Update endpoint (``…/update`` on Oxigraph, ``…/ds/update``
            on Fuseki, ``…/sparql-auth`` on Virtuoso); used without ``graph_store``.
        user, password: HTTP Basic or Digest credentials, if the server needs them.
        timeout: seconds per request.
        default_graph: IRI of the graph that receives the default graph's triples,
            for a server without a separate default graph to write to (Virtuoso,
            whose queries read the union of all graphs); None: the server's default graph.
    """

    graph_store: str | None = None
    update: str | None = None
    user: str | None = None
    password: str | None = None
    timeout: float = 120.0
    default_graph: str | None = None

    @property
    def key(self) -> str:
        """What identifies this target in the state file."""
        return self.graph_store or self.update or ""


@dataclass(frozen=True)
class Unit:
    """One request's worth of the dataset: a named graph, or a chunk of the default graph."""

    graph: str
    chunk: int
    chunks: int
    body: bytes
    delete: bool = False
    """Delete the server's graph of this name (sync: the store no longer has it)."""

    @property
    def id(self) -> str:
        """``IRI`` for a named graph, ``default#K/N`` for a chunk of the default graph."""
        return self.graph if self.graph != DEFAULT_GRAPH else f"default#{self.chunk + 1}/{self.chunks}"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.body).hexdigest()[:32]

    @property
    def triples(self) -> int:
        return self.body.count(b"\n")


@dataclass
class PushReport:
    """What a push did.

    Attributes:
        pushed: units sent now (named graphs and default-graph chunks).
        skipped: units left out because the state file says they already landed.
        deleted: graphs deleted on the server (sync: the store no longer has them).
        triples: triples sent now.
        failed: ids of the units that did not land, with the reason.
        seconds: wall-clock time.
        sync: whether the push synchronised (see :func:`push`).
    """

    pushed: int = 0
    skipped: int = 0
    deleted: int = 0
    triples: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    sync: bool = False


def _skolem(described: list[tuple[Node, Node]]) -> URIRef:
    """A blank node's stand-in IRI, derived from what it says (nested blank nodes count as ``[]``)."""
    lines = sorted(f"{p.n3()} {o.n3() if not isinstance(o, BNode) else '[]'}" for p, o in described)
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:24]
    return URIRef(f"https://w3id.org/bikg/.well-known/genid/{digest}")


def _nt(triples: list[tuple[Node, Node, Node]]) -> list[str]:
    """N-Triples lines, blank nodes replaced by content-derived IRIs, sorted (so chunks are stable)."""
    if any(isinstance(t, BNode) for triple in triples for t in triple):
        described: dict[Node, list[tuple[Node, Node]]] = {}
        for s, p, o in triples:
            if isinstance(s, BNode):
                described.setdefault(s, []).append((p, o))
            if isinstance(o, BNode):
                described.setdefault(o, [])
        names = {node: _skolem(about) for node, about in described.items()}
        triples = [(names.get(s, s), names.get(p, p), names.get(o, o)) for s, p, o in triples]
    return sorted(_nt_row(triple) for triple in triples)  # type: ignore[arg-type]


def units(dataset: Dataset, chunk: int = CHUNK) -> Iterator[Unit]:
    """The dataset as push units: every named graph whole (but the dyad summaries), then the default graph in chunks."""
    skip = {DATASET_DEFAULT_GRAPH_ID, URIRef(SUMMARY_GRAPH)}
    graphs = sorted((g for g in dataset.graphs() if g.identifier not in skip), key=lambda g: str(g.identifier))
    for graph in graphs:
        lines = _nt(list(graph))
        if lines:
            yield Unit(str(graph.identifier), 0, 1, "".join(lines).encode("utf-8"))
    lines = _nt(list(dataset.default_graph))
    count = max(1, -(-len(lines) // chunk))
    for index in range(count):
        yield Unit(DEFAULT_GRAPH, index, count, "".join(lines[index * chunk : (index + 1) * chunk]).encode("utf-8"))


class _Unreachable(EndpointFailed):
    """The server did not answer at all (refused, reset, timed out): the next request will likely fail too."""


def _request(target: Target, url: str, method: str, body: bytes, content_type: str) -> None:
    handlers: list[urllib.request.BaseHandler] = []
    headers = {"Content-Type": content_type}
    if target.user:
        # answer the server's challenge (Basic or Digest) rather than sending the password unasked
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, target.user, target.password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
    request = urllib.request.Request(url, data=body or None, headers=headers, method=method)
    try:
        with urllib.request.build_opener(*handlers).open(request, timeout=target.timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        if method == "DELETE" and exc.code == 404:
            return  # already gone
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise EndpointFailed(f"HTTP {exc.code} {exc.reason} from {url.split('?')[0]}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise _Unreachable(f"{url.split('?')[0]}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def _send(target: Target, unit: Unit, replace_default: bool) -> None:
    replace = unit.graph != DEFAULT_GRAPH or (replace_default and unit.chunk == 0)
    if target.graph_store:
        separator = "&" if "?" in target.graph_store else "?"
        graph = unit.graph or target.default_graph
        selector = "graph=" + urllib.parse.quote(graph, safe="") if graph else "default"
        if unit.delete:
            _request(target, target.graph_store + separator + selector, "DELETE", b"", "application/n-triples")
            return
        _request(target, target.graph_store + separator + selector, "PUT" if replace else "POST", unit.body, "application/n-triples")
        return
    assert target.update
    data = unit.body.decode("utf-8")
    if unit.graph == DEFAULT_GRAPH and not target.default_graph:
        text = ("DROP SILENT DEFAULT ;\n" if replace else "") + f"INSERT DATA {{\n{data}}}"
    elif unit.graph == DEFAULT_GRAPH:
        graph = URIRef(str(target.default_graph)).n3()
        text = (f"DROP SILENT GRAPH {graph} ;\n" if replace else "") + f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}"
    elif unit.delete:
        text = f"DROP SILENT GRAPH {URIRef(unit.graph).n3()}"
    else:
        graph = URIRef(unit.graph).n3()
        text = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{data}}} }}"
    _request(target, target.update, "POST", text.encode("utf-8"), "application/sparql-update; charset=utf-8")


def _load_state(path: Path | None, target: Target) -> dict[str, str]:
    if path is None or not path.exists():
        return {}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("%s: unreadable push state, pushing everything", path)
        return {}
    landed = state.get("targets", {}).get(target.key, {})
    return dict(landed) if isinstance(landed, dict) else {}


def _save_state(path: Path | None, target: Target, landed: dict[str, str]) -> None:
    if path is None:
        return
    state: dict[str, object] = {"targets": {}}
    if path.exists():
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    targets = state.setdefault("targets", {})
    assert isinstance(targets, dict)
    targets[target.key] = landed
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


GIVE_UP = 5
"""Units in a row that find no server (refused, reset, timed out) after which a push stops sending."""

SAVE_EVERY = 1.0
"""Seconds between two writes of the state file while units land (and once at the end, however the push ends)."""


def push(
    dataset: Dataset,
    target: Target,
    *,
    state: Path | None = None,
    resume: bool = False,
    sync: bool | None = None,
    replace_default: bool = False,
    merge_default: bool = False,
    jobs: int = 4,
    retries: int = 2,
    chunk: int = CHUNK,
    give_up: int = GIVE_UP,
    on_unit: Callable[[Unit, str | None], None] | None = None,
) -> PushReport:
    """Send every named graph and the default graph of ``dataset`` to ``target``.

    A synchronising push makes the server's article graphs those of the
    dataset, from what the state file records as landed: it sends the graphs
    that are new or changed, deletes on the server the graphs the dataset no
    longer has (``kg remove``), and skips the rest; a changed default graph is
    sent again whole and replaces the server's (unless ``merge_default``).

    The state file is written as units land (at most every :data:`SAVE_EVERY`
    seconds, and at the end however the push ends, Ctrl-C included), so
    pushing again after an interruption sends only the rest. After
    :data:`GIVE_UP` units in a row that find no server, the push stops.

    Args:
        dataset: the store (or a graph file's dataset).
        target: the server's Graph Store Protocol URL or SPARQL Update endpoint.
        state: JSON file recording what landed (per target).
        resume: synchronise (the name of the option before sync was the default).
        sync: synchronise; by default, when the state file records an earlier push to ``target``.
        replace_default: replace the remote default graph instead of merging into it.
        merge_default: never replace the remote default graph (shards pushed into one server).
        jobs: requests in flight at once.
        retries: extra attempts per unit (after 1 s, 2 s, ...).
        chunk: triples of the default graph per request.
        give_up: units in a row that find no server after which the push stops.
        on_unit: called after each unit with ``None`` (landed) or the reason it failed.

    Raises:
        PushFailed: some units did not land, or the push was interrupted; the message lists them and says how to go on.
        EndpointFailed: no target URL was given.
    """
    if not target.key:
        raise EndpointFailed("Give a Graph Store Protocol URL (--graph-store) or a SPARQL Update endpoint (--endpoint)")
    started = time.perf_counter()
    previous = _load_state(state, target)
    syncing = resume or (sync if sync is not None else bool(previous))
    report = PushReport(sync=syncing)
    lock = threading.Lock()
    all_units = list(units(dataset, chunk))
    local = {u.id for u in all_units}
    named = [u for u in all_units if u.graph != DEFAULT_GRAPH]
    default = [u for u in all_units if u.graph == DEFAULT_GRAPH]
    if syncing:
        todo = [u for u in named if previous.get(u.id) != u.digest]
        report.skipped = len(named) - len(todo)
        default_same = {k: v for k, v in previous.items() if k.startswith("default#")} == {u.id: u.digest for u in default}
        if default_same:
            report.skipped += len(default)
        else:
            replace_default = replace_default or not merge_default
            todo += default
        gone = {k for k in previous if not k.startswith("default#") and k not in local}
        todo += [Unit(graph, 0, 1, b"", delete=True) for graph in sorted(gone)]
        # what is still true of the server: the units as last pushed (changed ones until they land again),
        # the graphs not deleted yet, and the default graph if it is not sent again
        recorded = {k: v for k, v in previous.items() if (default_same if k.startswith("default#") else k in gone or k in local)}
    else:
        todo = all_units
        recorded = {k: v for k, v in previous.items() if k not in local and not k.startswith("default#")}  # still on the server
    if merge_default:
        replace_default = False
    stop = threading.Event()
    consecutive = 0
    saved = 0.0

    def save(force: bool = False) -> None:
        nonlocal saved
        if force or time.monotonic() - saved >= SAVE_EVERY:
            _save_state(state, target, recorded)
            saved = time.monotonic()

    def send(unit: Unit) -> None:
        nonlocal consecutive
        if stop.is_set():
            return
        error: str | None = None
        unreachable = False
        for attempt in range(retries + 1):
            try:
                _send(target, unit, replace_default)
                error = None
                break
            except EndpointFailed as exc:
                error, unreachable = str(exc), isinstance(exc, _Unreachable)
                if attempt < retries and not stop.is_set():
                    time.sleep(1.0 * (attempt + 1))
        with lock:
            if error is None:
                consecutive = 0
                if unit.delete:
                    report.deleted += 1
                    recorded.pop(unit.id, None)
                else:
                    report.pushed += 1
                    report.triples += unit.triples
                    recorded[unit.id] = unit.digest
                save()
            else:
                report.failed[unit.id] = error
                if not unit.delete:
                    recorded.pop(unit.id, None)
                consecutive = consecutive + 1 if unreachable else 0
                if consecutive >= give_up:
                    stop.set()
        if on_unit:
            on_unit(unit, error)

    # the chunk that replaces the default graph must land before the chunks merged into it
    first = [u for u in todo if replace_default and u.graph == DEFAULT_GRAPH and not u.delete and u.chunk == 0]
    rest = [u for u in todo if u not in first]
    interrupted = False
    try:
        for unit in first:
            send(unit)
        if report.failed:
            report.failed.update({u.id: "not sent: the default graph could not be replaced first" for u in rest})
        else:
            with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
                try:
                    for _ in pool.map(send, rest):
                        pass
                except KeyboardInterrupt:
                    stop.set()
                    pool.shutdown(wait=True, cancel_futures=True)  # the requests in flight finish and are recorded
                    raise
    except KeyboardInterrupt:
        interrupted = True
    finally:
        with lock:
            save(force=True)
    report.seconds = time.perf_counter() - started
    undone = [u.id for u in todo if u.id not in report.failed and ((u.id in recorded) if u.delete else recorded.get(u.id) != u.digest)]
    if stop.is_set() and not interrupted:
        reason = f"not sent: the server did not answer {give_up} requests in a row, so the push stopped"
        report.failed.update({name: reason for name in undone})
    where = f" (state in {state})" if state else ""
    if interrupted:
        raise PushFailed(
            f"interrupted: {report.pushed} graphs or chunks landed on {target.key} and {report.deleted} were deleted{where}; "
            f"{len(undone) + len(report.failed)} were not sent. Run the same command again to send only the rest.",
            sorted([*undone, *report.failed]),
        )
    if report.failed:
        failed = sorted(report.failed)
        shown = "\n".join(f"  {name}: {report.failed[name]}" for name in failed[:10])
        more = f"\n  ... and {len(failed) - 10} more" if len(failed) > 10 else ""
        again = "run the same command again" if state else "run the same command with --state FILE and then again"
        raise PushFailed(
            f"{len(failed)} of {len(todo) + report.skipped} graphs or chunks did not land on {target.key}:\n{shown}{more}\n"
            f"{report.pushed} landed{where}; {again} to send only the rest (--resume).",
            failed,
        )
    return report
