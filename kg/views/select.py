"""The part of the graph a view shows: dyad, ego network, dates, categories, sources, size cap.

Entry point: :func:`select`. Filters apply in this order: dates (each edge keeps
only its mentions in range, and is re-aggregated), categories, minimum number of
sources, then the dyad or the ego network, and last the ``max_nodes`` cap, which
keeps the most relevant entities (most sources, then highest degree) and says
what it left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import InvalidViewOption, UnknownCountry
from kg.views.graph import aggregate
from kg.vocab import predicates

DEFAULT_MAX_NODES = 5000
"""Default cap on the entities a page shows (0 or ``None``: no cap)."""

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass
class Selection:
    """What a view shows and what it left out.

    Attributes:
        graph: the selected graph (a new graph; the input is not changed).
        total_nodes: entities before the size cap (after the other filters).
        total_edges: relations before the size cap.
        dropped_nodes: entities left out by the size cap.
        dropped_edges: relations left out by the size cap.
        focus: IRIs of the dyad or ego countries (kept whatever the cap).
        notes: human-readable sentences about the filters and the cap.
    """

    graph: nx.MultiDiGraph
    total_nodes: int = 0
    total_edges: int = 0
    dropped_nodes: int = 0
    dropped_edges: int = 0
    focus: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The page title: the focus countries' labels ("bilateral-kg: Azerbaijan – United States")."""
        labels = [str(self.graph.nodes[f].get("label")) for f in self.focus]
        return "bilateral-kg: " + " – ".join(labels) if labels else "bilateral-kg"


def parse_date(text: str, *, end: bool = False) -> str:
    """An ISO date from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the first day, or with ``end`` the last.

    >>> parse_date("2021"), parse_date("2024-02", end=True)
    ('2021-01-01', '2024-02-29')

    Raises:
        InvalidViewOption: the text is not such a date.
    """
    match = _DATE.match(text.strip())
    try:
        if not match:
            raise ValueError(text)
        year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
        if not month:
            month, day = (12, 31) if end else (1, 1)
        elif not day:
            day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise InvalidViewOption(f"Not a date: {text!r}. Use YYYY, YYYY-MM or YYYY-MM-DD.") from None


def categories_known() -> list[str]:
    """The PLOVER categories of the vocabulary, sorted."""
    return sorted({p.category for p in predicates().values()})


def find_country(graph: nx.MultiDiGraph, name: str) -> str:
    """The IRI of the country node named by an ISO alpha-3 code or a label (case-insensitive).

    Raises:
        UnknownCountry: no country node matches; the message lists those present.
    """
    wanted = name.strip().casefold()
    countries = {n: a for n, a in graph.nodes(data=True) if a.get("type") == "Country"}
    for node, attrs in countries.items():
        if wanted in ((attrs.get("country") or "").casefold(), (attrs.get("label") or "").casefold()):
            return str(node)
    present = sorted(a.get("country") or a.get("label") or n for n, a in countries.items())
    shown = ", ".join(present[:40]) + (f" and {len(present) - 40} more" if len(present) > 40 else "")
    raise UnknownCountry(f"No country {name!r} in the graph. Countries present: {shown or 'none'}")


def _side(graph: nx.MultiDiGraph, node: str, countries: dict[str, str]) -> str | None:
    """The focus country (ISO code) a node stands for: the country itself or an entity of it."""
    if node in countries:
        return countries[node]
    code = graph.nodes[node].get("country")
    return code if code in countries.values() else None


def _copy_edges(graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str]], keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    edges = list(edges)
    nodes = set(keep) | {n for s, o, _ in edges for n in (s, o)}
    out.add_nodes_from((n, graph.nodes[n]) for n in graph.nodes if n in nodes)
    out.add_edges_from((s, o, k, graph.edges[s, o, k]) for s, o, k in edges)
    out.graph["statements"] = sum(int(graph.edges[e].get("count", 0)) for e in edges)
    return out


def _by_dates(graph: nx.MultiDiGraph, since: str | None, until: str | None) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from(graph.nodes(data=True))
    for s, o, k, attrs in graph.edges(keys=True, data=True):
        kept = [m for m in attrs.get("mentions") or []
                if m.get("date") and (since is None or m["date"] >= since) and (until is None or m["date"] <= until)]
        if kept:
            out.add_edge(s, o, key=k, **aggregate(attrs["predicate"], kept))
    return out


def _dyad(graph: nx.MultiDiGraph, a: str, b: str) -> list[tuple[str, str, str]]:
    """Edges that involve both sides: between them, said by one about the other, or on a shared topic."""
    countries = {a: graph.nodes[a].get("country") or a, b: graph.nodes[b].get("country") or b}
    both = set(countries.values())
    undirected = graph.to_undirected(as_view=True)
    neighbour_sides: dict[str, set[str | None]] = {}
    kept = []
    for s, o, k, attrs in graph.edges(keys=True, data=True):
        sides = {_side(graph, s, countries), _side(graph, o, countries)}
        sides |= {_side(graph, sp, countries) for sp in attrs.get("speaker_iris") or [] if sp in graph}
        if both <= sides:
            kept.append((s, o, k))
            continue
        # An unaffiliated entity (a topic, an international body) that both sides deal with.
        for mine, other in ((s, o), (o, s)):
            if _side(graph, mine, countries) and not graph.nodes[other].get("country"):
                if other not in neighbour_sides:
                    neighbour_sides[other] = {_side(graph, n, countries) for n in undirected.neighbors(other)}
                if both <= neighbour_sides[other]:
                    kept.append((s, o, k))
                    break
    return kept


def _ego(graph: nx.MultiDiGraph, centre: str, depth: int) -> list[tuple[str, str, str]]:
    code = graph.nodes[centre].get("country")
    seeds = {centre} | ({n for n, c in graph.nodes(data="country") if c == code} if code else set())
    undirected = graph.to_undirected(as_view=True)
    reached = set(seeds)
    frontier = set(seeds)
    for _ in range(depth):
        frontier = {m for n in frontier for m in undirected.neighbors(n)} - reached
        reached |= frontier
    return [(s, o, k) for s, o, k in graph.edges(keys=True) if s in reached and o in reached]


def _cap(graph: nx.MultiDiGraph, max_nodes: int, focus: Sequence[str]) -> tuple[nx.MultiDiGraph, list[str]]:
    """The ``max_nodes`` most relevant entities (focus first, then sources, degree, label)."""
    sources: Counter[str] = Counter()
    for s, o, attrs in graph.edges(data=True):
        n = len(attrs.get("sources") or ()) or 1
        sources[s] += n
        sources[o] += n
    degree = dict(graph.degree())
    ranked = sorted(graph.nodes, key=lambda n: (n not in focus, -sources[n], -degree[n], str(graph.nodes[n].get("label")), n))
    kept = set(ranked[:max_nodes])
    cut = ranked[max_nodes:]
    edges = [(s, o, k) for s, o, k in graph.edges(keys=True) if s in kept and o in kept]
    out = _copy_edges(graph, edges, keep=kept)
    worst = max((sources[n] for n in cut), default=0)
    notes = [f"Left out {len(cut):,} of {len(graph):,} entities (those with at most {worst} source(s), "
             f"the fewest) and {graph.number_of_edges() - out.number_of_edges():,} of {graph.number_of_edges():,} "
             f"relations to stay within {max_nodes:,} entities; raise or disable the cap with --max-nodes (0 = all)."]
    return out, notes


def select(
    graph: nx.MultiDiGraph,
    *,
    dyad: tuple[str, str] | None = None,
    country: str | None = None,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    categories: Iterable[str] = (),
    min_sources: int = 1,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> Selection:
    """The part of a graph from :func:`~kg.views.graph.to_networkx` that a view shows.

    Args:
        graph: the full graph.
        dyad: two countries (ISO alpha-3 codes or labels): edges that involve both
            sides (the countries, their people, officials and sector actors),
            including statements one side's speakers make about the other, and
            topics or bodies both sides deal with.
        country: the centre of an ego view: the country and its entities, and
            everything within ``depth`` hops.
        depth: hops from ``country`` (1 or more).
        since, until: keep mentions dated in this range (``YYYY[-MM[-DD]]``,
            inclusive); undated mentions are dropped when either is given.
        categories: PLOVER categories to keep (case-insensitive); empty for all.
        min_sources: keep edges backed by at least this many articles.
        max_nodes: keep at most this many entities (``0`` or ``None``: no cap).

    Returns:
        The selection with notes on what was filtered and left out.

    Raises:
        UnknownCountry: a dyad or ego country is not in the graph.
        InvalidViewOption: bad dates, category, depth, ``min_sources`` or ``max_nodes``,
            or both ``dyad`` and ``country``.
    """
    notes: list[str] = []
    if dyad is not None and country is not None:
        raise InvalidViewOption("Give either a dyad or an ego country, not both.")
    if depth < 1:
        raise InvalidViewOption(f"Depth must be 1 or more, not {depth}.")
    if min_sources < 1:
        raise InvalidViewOption(f"The minimum number of sources must be 1 or more, not {min_sources}.")
    if max_nodes is not None and max_nodes < 0:
        raise InvalidViewOption(f"--max-nodes must be 0 (no cap) or more, not {max_nodes}.")
    start = parse_date(since) if since else None
    end = parse_date(until, end=True) if until else None
    if start and end and start > end:
        raise InvalidViewOption(f"The start date {start} is after the end date {end}.")
    known = categories_known()
    wanted = set()
    for name in categories:
        match = next((c for c in known if c.casefold() == name.strip().casefold()), None)
        if match is None:
            raise InvalidViewOption(f"Unknown category {name!r}. Available: {', '.join(known)}")
        wanted.add(match)

    focus: list[str] = []
    if dyad is not None:
        focus = [find_country(graph, dyad[0]), find_country(graph, dyad[1])]
        if focus[0] == focus[1]:
            raise InvalidViewOption(f"A dyad needs two different countries, got {dyad[0]} twice.")
    elif country is not None:
        focus = [find_country(graph, country)]

    work = graph
    if start or end:
        work = _by_dates(work, start, end)
        notes.append(f"Statements dated {start or '…'} to {end or '…'}.")
    edges = [(s, o, k) for s, o, k, a in work.edges(keys=True, data=True)
             if (not wanted or a.get("category") in wanted) and len(a.get("sources") or ()) >= min_sources]
    if wanted:
        notes.append("Categories: " + ", ".join(sorted(wanted)) + ".")
    if min_sources > 1:
        notes.append(f"Relations backed by at least {min_sources} sources.")
    filtered = start or end or wanted or min_sources > 1
    work = _copy_edges(work, edges, keep=focus if filtered else work.nodes)
    if dyad is not None:
        work = _copy_edges(work, _dyad(work, *focus), keep=focus)
        notes.insert(0, "Dyad " + " – ".join(str(graph.nodes[f].get("label")) for f in focus) + ".")
    elif country is not None:
        work = _copy_edges(work, _ego(work, focus[0], depth), keep=focus)
        notes.insert(0, f"Ego network of {graph.nodes[focus[0]].get('label')}, depth {depth}.")
    selection = Selection(work, total_nodes=len(work), total_edges=work.number_of_edges(), focus=focus, notes=notes)
    if max_nodes and len(work) > max_nodes:
        capped, cap_notes = _cap(work, max_nodes, focus)
        selection.dropped_nodes = len(work) - len(capped)
        selection.dropped_edges = work.number_of_edges() - capped.number_of_edges()
        selection.graph = capped
        selection.notes.extend(cap_notes)
    return selection
