"""The entity graph as one self-contained, interactive HTML page (vis-network).

Entry points: :func:`write_view` (dataset → selection → page, what ``kg viz``
runs) and :func:`write_html` (a networkx graph → page).

Why not pyvis' ``Network`` class: its templates load Bootstrap, and in some modes
vis-network, from CDNs, and ``from_nx`` is quadratic. The page uses the
vis-network build that the pyvis package ships (``pyvis/lib/vis-9.1.2``),
inlined, with its own template (``kg/templates/graph.html``). Positions are
precomputed by :func:`kg.views.layout.layout` and physics is off, so the page
is drawn at once, is the same on every run and loads nothing from the network.

All text that comes from articles is data, not markup: it is embedded with
:func:`script_json` (``<``, ``>`` and ``&`` as ``\\uXXXX`` escapes, so a sentence
holding ``</script>`` cannot end the script element) and the page's script
escapes it again before it builds the details panel; links are made only for
``http``, ``https`` and ``file`` URLs.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from rdflib import Dataset

from kg.views.graph import to_networkx
from kg.views.labels import place_labels
from kg.views.layout import layout
from kg.views.select import DEFAULT_MAX_NODES, Selection, select

_VIS_VERSIONS = ("vis-9.1.2", "vis-9.0.4")

EDGE_LABELS_UP_TO = 2000
"""Edges are labelled with their predicate up to this many edges; above, only on hover."""

NODE_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("dot", "#1f77b4"),
    "Organization": ("diamond", "#7b1fa2"),
    "Person": ("triangle", "#ef6c00"),
    "SectorActor": ("hexagon", "#2e7d32"),
    "Topic": ("square", "#9e9e9e"),
}
"""vis-network shape and colour of each entity type (topics are small squares with the label below,
not boxes around their label, which covered the actors near them)."""

LABEL_MIN_PX = 9
"""Labels smaller than this on screen are not drawn: zoomed out, only the most important entities
(larger label sizes, :func:`label_size`) are named, and the others appear as one zooms in; a label
that would overlap a more important one appears only once there is room for it (:mod:`kg.views.labels`)."""

_UNKNOWN_STYLE = ("dot", "#607d8b")
_NEUTRAL = "#9e9e9e"
# Light to dark: |Goldstein| 0 → 10.
_COOPERATION = ((0xA5, 0xD6, 0xA7), (0x1B, 0x5E, 0x20))
_CONFLICT = ((0xEF, 0x9A, 0x9A), (0xB7, 0x1C, 0x1C))


def _mix(pair: tuple[tuple[int, int, int], tuple[int, int, int]], t: float) -> str:
    light, dark = pair
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(light, dark))


def edge_colour(goldstein: float) -> str:
    """Green for cooperation, red for conflict, darker the larger ``|goldstein|`` (scale −10…10); grey at 0.

    >>> edge_colour(0.0), edge_colour(10.0), edge_colour(-10.0)
    ('#9e9e9e', '#1b5e20', '#b71c1c')
    """
    if goldstein == 0:
        return _NEUTRAL
    t = min(1.0, abs(goldstein) / 10.0)
    return _mix(_COOPERATION if goldstein > 0 else _CONFLICT, 0.25 + 0.75 * t)


def edge_width(sources: int) -> float:
    """Edge width from its number of sources: 1 for one article, growing logarithmically.

    >>> edge_width(1), edge_width(4)
    (1.5, 5.5)
    """
    return round(min(12.0, 1.5 + 2.0 * math.log2(max(1, sources))), 2)


def label_size(kind: str, degree: int) -> int:
    """A node's label size in graph units, from its importance: countries first, then by degree; topics least.

    With labels hidden below :data:`LABEL_MIN_PX` on screen, the size sets the zoom at which the label
    appears (at scale ``LABEL_MIN_PX / size``), as a map names capitals before villages.

    >>> label_size("Country", 16), label_size("Country", 1), label_size("Person", 1), label_size("Topic", 9)
    (32, 23, 14, 10)
    """
    if kind == "Topic":
        return 10
    if kind == "Country":
        return round(min(34.0, 20.0 + 3.0 * math.sqrt(degree)))
    return round(min(20.0, 12.0 + 1.5 * math.sqrt(degree)))


def node_size(degree: int) -> float:
    """Node size from its degree.

    >>> node_size(0), node_size(4)
    (10.0, 20.0)
    """
    return round(min(60.0, 10.0 + 5.0 * math.sqrt(degree)), 1)


# Assets -----------------------------------------------------------------------------


def _vis_dir() -> Traversable:
    """The directory of the vis-network files shipped with pyvis."""
    root = resources.files("pyvis")
    for folder in ("lib", "templates/lib"):
        for version in _VIS_VERSIONS:
            candidate = root.joinpath(folder).joinpath(version)
            if candidate.joinpath("vis-network.min.js").is_file():
                return candidate
    raise FileNotFoundError("vis-network.min.js not found in the installed pyvis package")


@cache
def vis_assets() -> tuple[str, str]:
    """The vis-network JavaScript and CSS, made safe to inline in ``<script>``/``<style>``."""
    folder = _vis_dir()
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Neither occurs in vis-network 9.x; guard anyway so the element cannot end early.
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")
    return js, css


@cache
def template(name: str) -> jinja2.Template:
    """A page template from ``kg/templates``."""
    source = resources.files("kg").joinpath("templates").joinpath(name).read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(source)


def script_json(data: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where their ``\\uXXXX``
    escapes mean the same thing; with them gone no ``</script>`` or ``<!--`` can
    appear. ``ensure_ascii`` also escapes U+2028 and U+2029.

    >>> script_json({"s": "</script>"})
    '{"s":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# Data -------------------------------------------------------------------------------


def _evidence(records: list[dict[str, Any]]) -> list[list[Any]]:
    keys = ("sentence", "headline", "publisher", "date", "url", "modality", "speaker")
    return [[r.get(k) for k in keys] for r in records]


def vis_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The vis-network nodes, edges and options for a graph from :func:`~kg.views.graph.to_networkx`.

    Besides vis-network's own keys (``id``, ``label``, ``x``, ``y``, ``shape``,
    ``color``, ``size``, ``from``, ``to``, ``width``, ``arrows``, ``dashes``),
    nodes carry ``font`` (their label size, :func:`label_size`), ``type``, ``country``, ``wikidata``, ``iri`` and ``rel``
    (relation counts by predicate), and edges carry ``predicate``, ``category``,
    ``goldstein``, ``count``, ``sources``, ``modalities``, ``speakers``, ``dates``
    and ``evidence`` (lists of sentence, headline, publisher, date, url,
    modality, speaker), which the page shows and filters on.

    Returns:
        A JSON-serialisable dict with ``nodes``, ``edges`` and ``options``.
    """
    pos = layout(graph)
    ids = {node: i for i, node in enumerate(graph.nodes)}
    relations: dict[Any, Counter[str]] = {n: Counter() for n in graph.nodes}
    for s, o, p in graph.edges(keys=True):
        relations[s][p] += 1
        relations[o][p] += 1
    nodes = []
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("type") or ""
        shape, colour = NODE_STYLE.get(kind, _UNKNOWN_STYLE)
        x, y = pos.get(node, (0.0, 0.0))
        nodes.append({
            "id": ids[node],
            "label": str(attrs.get("label") or node),
            "type": kind or "unknown",
            "country": attrs.get("country"),
            "wikidata": attrs.get("wikidata"),
            "iri": attrs.get("iri") or str(node),
            "rel": dict(sorted(relations[node].items())),
            "shape": shape,
            "color": colour,
            "size": node_size(int(graph.degree(node))) * (0.5 if kind == "Topic" else 1.0),
            "font": {"size": label_size(kind, int(graph.degree(node)))},
            "x": round(x, 1),
            "y": round(y, 1),
        })
    # lower the label sizes that would overlap a more important label (kg.views.labels)
    placed = place_labels(nodes, threshold=LABEL_MIN_PX - 1)
    for node_data in nodes:
        node_data["font"] = {"size": placed[node_data["id"]]}
    edges = []
    labelled = graph.number_of_edges() <= EDGE_LABELS_UP_TO
    parallel: Counter[frozenset[Any]] = Counter()
    for i, (s, o, attrs) in enumerate(graph.edges(data=True)):
        pair = frozenset((s, o))
        rank = parallel[pair]
        parallel[pair] += 1
        count = int(attrs.get("count", 1))
        predicate = str(attrs.get("predicate", ""))
        goldstein = float(attrs.get("goldstein") or 0.0)
        edge: dict[str, Any] = {
            "id": i,
            "from": ids[s],
            "to": ids[o],
            "predicate": predicate,
            "category": attrs.get("category") or "",
            "goldstein": round(goldstein, 2),
            "count": count,
            "sources": len(attrs.get("sources") or ()),
            "modalities": attrs.get("modalities") or {},
            "speakers": attrs.get("speakers") or [],
            "dates": attrs.get("dates") or [],
            "evidence": _evidence(attrs.get("evidence") or []),
            "color": {"color": edge_colour(goldstein), "highlight": "#000000", "hover": "#000000"},
            "width": edge_width(len(attrs.get("sources") or ())),
            "arrows": {"to": {"enabled": not attrs.get("symmetric", False), "scaleFactor": 0.6}},
            "dashes": not attrs.get("asserted", True),
        }
        if labelled:
            edge["label"] = predicate + (f" ×{count}" if count > 1 else "")
        if rank:  # bend parallel edges apart so their labels stay readable
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * rank, 2)}
        edges.append(edge)
    large = len(edges) > EDGE_LABELS_UP_TO
    options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": False},
        "nodes": {"font": {"size": 14}, "borderWidth": 1, "scaling": {"label": {"drawThreshold": LABEL_MIN_PX}}},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle", "color": "#444444"},
                  "scaling": {"label": {"drawThreshold": LABEL_MIN_PX}},
                  "selectionWidth": 2, "hoverWidth": 1.5},
    }
    return {"nodes": nodes, "edges": edges, "options": options}


def _legend() -> dict[str, Any]:
    return {
        "nodes": [{"type": t, "shape": shape, "colour": colour} for t, (shape, colour) in NODE_STYLE.items()],
        "edges": [
            {"label": "cooperation (Goldstein > 0), darker = stronger", "colour": edge_colour(7.0)},
            {"label": "conflict (Goldstein < 0), darker = stronger", "colour": edge_colour(-7.0)},
            {"label": "neutral / structural", "colour": _NEUTRAL},
        ],
    }


def render_html(graph: nx.MultiDiGraph, *, title: str = "bilateral-kg", notes: list[str] | None = None) -> str:
    """The self-contained HTML page for a graph (see :func:`write_html`)."""
    js, css = vis_assets()
    data = vis_data(graph)
    categories = Counter(e["category"] for e in data["edges"] if e["category"])
    dates = [d for e in data["edges"] for d in e["dates"]]
    return template("graph.html").render(
        title=title,
        vis_js=Markup(js),
        vis_css=Markup(css),
        data=Markup(script_json(data)),
        legend=_legend(),
        notes=notes or [],
        categories=sorted(categories.items()),
        first_date=min(dates, default=""),
        last_date=max(dates, default=""),
        node_count=graph.number_of_nodes(),
        edge_count=graph.number_of_edges(),
        statement_count=int(graph.graph.get("statements", sum(int(a.get("count", 0)) for _, _, a in graph.edges(data=True)))),
    )


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "bilateral-kg", notes: list[str] | None = None) -> Path:
    """Write the graph as one HTML page that works offline.

    The page inlines the vis-network library (from the installed pyvis package),
    its CSS and the graph data; it loads nothing from the network. Nodes are
    shaped and coloured by type and sized by degree (topics half as large), and
    labelled by importance: zoomed out, only the labels of countries and of
    well-connected entities are drawn, the others appear as one zooms in; edges are green for
    cooperation and red for conflict (darker for a larger mean Goldstein value),
    grey otherwise, as wide as their number of sources, labelled with their
    predicate and mention count, dashed when no mention is asserted, and without
    arrows for symmetric predicates. Hovering over a node or an edge shows its
    details and evidence in the side panel; clicking keeps them there. The panel
    also filters by category and date range and searches entity labels.

    Args:
        graph: a graph from :func:`~kg.views.graph.to_networkx` (or a selection of it).
        path: the file to write; parent directories are created.
        title: the page title.
        notes: sentences shown above the graph (filters applied, what was left out).

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title=title, notes=notes), encoding="utf-8")
    return path


def write_view(
    dataset: Dataset,
    path: Path,
    *,
    title: str | None = None,
    dyad: tuple[str, str] | None = None,
    country: str | None = None,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    categories: tuple[str, ...] | list[str] = (),
    min_sources: int = 1,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> Selection:
    """Select part of a dataset's graph and write it as an offline HTML page (``kg viz``).

    The options are those of :func:`~kg.views.select.select`.

    Returns:
        The selection drawn, with notes on what was filtered or left out.

    Raises:
        UnknownCountry: a dyad or ego country is not in the graph.
        InvalidViewOption: a malformed or contradictory option.
    """
    selection = select(to_networkx(dataset), dyad=dyad, country=country, depth=depth, since=since, until=until,
                       categories=categories, min_sources=min_sources, max_nodes=max_nodes)
    write_html(selection.graph, path, title=selection.title if title is None else title, notes=selection.notes)
    return selection
