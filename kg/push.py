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

Each unit is retried, then given up; the others still go. Units that landed
are written to a state file with a hash of their content, so ``resume`` sends
only what did not land (or what changed since). Blank nodes, which would
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
        triples: triples sent now.
        failed: ids of the units that did not land, with the reason.
        seconds: wall-clock time.
    """

    pushed: int = 0
    skipped: int = 0
    triples: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


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


def _request(target: Target, url: str, method: str, body: bytes, content_type: str) -> None:
    handlers: list[urllib.request.BaseHandler] = []
    headers = {"Content-Type": content_type}
    if target.user:
        # answer the server's challenge (Basic or Digest) rather than sending the password unasked
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, target.user, target.password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.build_opener(*handlers).open(request, timeout=target.timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise EndpointFailed(f"HTTP {exc.code} {exc.reason} from {url.split('?')[0]}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise EndpointFailed(f"{url.split('?')[0]}: cannot reach the server: {getattr(exc, 'reason', exc)}") from None


def _send(target: Target, unit: Unit, replace_default: bool) -> None:
    replace = unit.graph != DEFAULT_GRAPH or (replace_default and unit.chunk == 0)
    if target.graph_store:
        separator = "&" if "?" in target.graph_store else "?"
        graph = unit.graph or target.default_graph
        selector = "graph=" + urllib.parse.quote(graph, safe="") if graph else "default"
        _request(target, target.graph_store + separator + selector, "PUT" if replace else "POST", unit.body, "application/n-triples")
        return
    assert target.update
    data = unit.body.decode("utf-8")
    if unit.graph == DEFAULT_GRAPH and not target.default_graph:
        text = ("DROP SILENT DEFAULT ;\n" if replace else "") + f"INSERT DATA {{\n{data}}}"
    elif unit.graph == DEFAULT_GRAPH:
        graph = URIRef(str(target.default_graph)).n3()
        text = (f"DROP SILENT GRAPH {graph} ;\n" if replace else "") + f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}"
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


def push(
    dataset: Dataset,
    target: Target,
    *,
    state: Path | None = None,
    resume: bool = False,
    replace_default: bool = False,
    jobs: int = 4,
    retries: int = 2,
    chunk: int = CHUNK,
    on_unit: Callable[[Unit, str | None], None] | None = None,
) -> PushReport:
    """Send every named graph and the default graph of ``dataset`` to ``target``.

    Args:
        dataset: the store (or a graph file's dataset).
        target: the server's Graph Store Protocol URL or SPARQL Update endpoint.
        state: JSON file recording what landed (per target), written as units land.
        resume: skip the units the state file records as landed with the same content.
        replace_default: replace the remote default graph instead of merging into it.
        jobs: requests in flight at once.
        retries: extra attempts per unit (after 1 s, 2 s, ...).
        chunk: triples of the default graph per request.
        on_unit: called after each unit with ``None`` (landed) or the reason it failed.

    Raises:
        PushFailed: some units did not land; the message lists them and says how to resume.
        EndpointFailed: no target URL was given.
    """
    if not target.key:
        raise EndpointFailed("Give a Graph Store Protocol URL (--graph-store) or a SPARQL Update endpoint (--endpoint)")
    started = time.perf_counter()
    report = PushReport()
    landed = _load_state(state, target) if resume else {}
    recorded = dict(landed)
    lock = threading.Lock()
    todo: list[Unit] = []
    for unit in units(dataset, chunk):
        if resume and landed.get(unit.id) == unit.digest:
            report.skipped += 1
        else:
            todo.append(unit)
    if not resume:
        recorded = {}

    def send(unit: Unit) -> None:
        error: str | None = None
        for attempt in range(retries + 1):
            try:
                _send(target, unit, replace_default)
                error = None
                break
            except EndpointFailed as exc:
                error = str(exc)
                if attempt < retries:
                    time.sleep(1.0 * (attempt + 1))
        with lock:
            if error is None:
                report.pushed += 1
                report.triples += unit.triples
                recorded[unit.id] = unit.digest
                _save_state(state, target, recorded)
            else:
                report.failed[unit.id] = error
                recorded.pop(unit.id, None)
        if on_unit:
            on_unit(unit, error)

    # the chunk that replaces the default graph must land before the chunks merged into it
    first = [u for u in todo if replace_default and u.graph == DEFAULT_GRAPH and u.chunk == 0]
    for unit in first:
        send(unit)
    rest = [u for u in todo if u not in first]
    if report.failed:
        report.failed.update({u.id: "not sent: the default graph could not be replaced first" for u in rest})
    else:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            list(pool.map(send, rest))
    _save_state(state, target, recorded)
    report.seconds = time.perf_counter() - started
    if report.failed:
        failed = sorted(report.failed)
        shown = "\n".join(f"  {name}: {report.failed[name]}" for name in failed[:10])
        more = f"\n  ... and {len(failed) - 10} more" if len(failed) > 10 else ""
        where = f" (state in {state})" if state else ""
        raise PushFailed(
            f"{len(failed)} of {len(todo) + report.skipped} graphs or chunks did not land on {target.key}:\n{shown}{more}\n"
            f"{report.pushed} landed{where}; run the same command with --resume to send only the rest.",
            failed,
        )
    return report
