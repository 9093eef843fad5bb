"""Views: the RDF dataset as a networkx graph, and that graph as an offline HTML page.

Entry points:

* :func:`to_networkx` reads the ``rdf:Statement`` nodes of a dataset built by
  :func:`kg.rdf.to_dataset` and returns a :class:`networkx.MultiDiGraph` with one
  node per entity and one edge per (subject, predicate, object), aggregating all
  of its mentions (count, sources, modalities, dates, Goldstein mean, evidence).
* :func:`write_html` draws such a graph with vis-network. The page is
  self-contained: the vis-network JavaScript and CSS shipped with pyvis are
  inlined, positions are precomputed with a seeded spring layout and physics is
  off, so the page opens offline, is stable between runs and is fast.

All text that comes from articles is escaped before it reaches the page:
tooltips are built with :func:`html.escape`, and the data is embedded with
:func:`json.dumps` with ``<``, ``>`` and ``&`` written as ``\\uXXXX`` escapes, so
a sentence containing ``</script>`` cannot end the script element.
"""

from __future__ import annotations

import html
import json
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from rdflib import Dataset, Graph
from rdflib.term import Identifier, Literal

from kg.rdf import BI
from kg.vocab import predicates

log = logging.getLogger(__name__)

MAX_EVIDENCE = 5
"""How many evidence records an edge keeps (most recent first)."""

_VIS_VERSIONS = ("vis-9.1.2", "vis-9.0.4")

_STATEMENTS_QUERY = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
PREFIX bi: <%(bi)s>
SELECT ?st ?s ?p ?o ?modality ?category ?goldstein ?date ?speaker ?speakerLabel
       ?article ?headline ?publisher ?published ?url ?exact
WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st bi:modality ?modality }
  OPTIONAL { ?st bi:ploverCategory ?category }
  OPTIONAL { ?st bi:goldstein ?goldstein }
  OPTIONAL { ?st bi:eventDate ?date }
  OPTIONAL { ?st bi:attributedTo ?speaker OPTIONAL { ?speaker rdfs:label ?speakerLabel } }
  OPTIONAL {
    ?st prov:wasDerivedFrom ?article
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:publisher ?publisher }
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article schema:url ?url }
  }
  OPTIONAL { ?st bi:evidence ?selector . ?selector oa:exact ?exact }
}
""" % {"bi": str(BI)}

_ENTITIES_QUERY = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX bi: <%(bi)s>
SELECT ?e ?type ?label ?iso3 ?country ?same
WHERE {
  VALUES ?type { bi:Country bi:Organization bi:Person bi:SectorActor bi:Topic }
  ?e a ?type .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e bi:iso3 ?iso3 }
  OPTIONAL { ?e bi:country ?country }
  OPTIONAL { ?e owl:sameAs ?same }
}
""" % {"bi": str(BI)}

_WIKIDATA = "http://www.wikidata.org/entity/"

# Visual encoding -------------------------------------------------------------------

_NODE_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("dot", "#1f77b4"),
    "Organization": ("diamond", "#7b1fa2"),
    "Person": ("triangle", "#ef6c00"),
    "SectorActor": ("hexagon", "#2e7d32"),
    "Topic": ("box", "#9e9e9e"),
}
_UNKNOWN_STYLE = ("dot", "#607d8b")
_COOPERATION = "#43a047"
_CONFLICT = "#e53935"
_NEUTRAL = "#9e9e9e"
_LINK_SCHEMES = ("http://", "https://", "file://")


# networkx ---------------------------------------------------------------------------


def _local(term: Identifier | str | None) -> str:
    """The local name of an IRI: the part after the last ``#`` or ``/``."""
    if term is None:
        return ""
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _text(term: Identifier | None) -> str | None:
    return None if term is None else str(term)


def _float(term: Identifier | None) -> float | None:
    if not isinstance(term, Literal):
        return None
    try:
        return float(term.toPython())
    except (TypeError, ValueError):
        return None


@dataclass
class _Mention:
    """One statement node, as read from one (or more, merged) query rows."""

    subject: str
    predicate: str
    object: str
    modality: str = ""
    category: str = ""
    goldstein: float | None = None
    date: str | None = None
    speaker: str | None = None
    speaker_label: str | None = None
    article: str | None = None
    headline: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    sentence: str | None = None


@dataclass
class _Edge:
    """The mentions of one (subject, predicate, object) being aggregated."""

    subject: str
    predicate: str
    object: str
    mentions: list[_Mention] = field(default_factory=list)


def _default_graph(dataset: Dataset) -> Graph:
    """The default graph of a dataset (``default_graph`` since rdflib 7.2, ``default_context`` before)."""
    graph = getattr(dataset, "default_graph", None)
    return graph if isinstance(graph, Graph) else dataset.default_context


def _read_mentions(dataset: Dataset) -> list[_Mention]:
    """One :class:`_Mention` per statement node of the default graph, sorted by IRI."""
    by_node: dict[str, _Mention] = {}
    for row in _default_graph(dataset).query(_STATEMENTS_QUERY):
        r = row.asdict()  # type: ignore[union-attr]
        key = str(r["st"])
        found = by_node.get(key)
        if found is None:
            found = by_node[key] = _Mention(str(r["s"]), _local(r["p"]), str(r["o"]))
        # A node may match several rows (e.g. two labels); keep the first value seen.
        values: dict[str, Any] = {
            "modality": _local(r.get("modality")).lower(),
            "category": _local(r.get("category")),
            "goldstein": _float(r.get("goldstein")),
            "date": _text(r.get("date")) or _text(r.get("published")),
            "speaker": _text(r.get("speaker")),
            "speaker_label": _text(r.get("speakerLabel")),
            "article": _text(r.get("article")),
            "headline": _text(r.get("headline")),
            "publisher": _text(r.get("publisher")),
            "published": _text(r.get("published")),
            "url": _text(r.get("url")),
            "sentence": _text(r.get("exact")),
        }
        for name, value in values.items():
            if value not in (None, "") and getattr(found, name) in (None, ""):
                setattr(found, name, value)
    return [by_node[k] for k in sorted(by_node)]


def _read_entities(dataset: Dataset) -> dict[str, dict[str, Any]]:
    """Node attributes (label, type, country, wikidata, iri) of every typed entity."""
    entities: dict[str, dict[str, Any]] = {}
    labels: dict[str, set[str]] = {}
    for row in _default_graph(dataset).query(_ENTITIES_QUERY):
        r = row.asdict()  # type: ignore[union-attr]
        iri = str(r["e"])
        attrs = entities.setdefault(iri, {"label": None, "type": _local(r["type"]), "country": None,
                                          "wikidata": None, "iri": iri})
        if r.get("label") is not None:
            labels.setdefault(iri, set()).add(str(r["label"]))
        if r.get("iso3") is not None:
            attrs["country"] = str(r["iso3"])
        elif r.get("country") is not None and attrs["country"] is None:
            attrs["country"] = _local(r["country"])
        same = r.get("same")
        if same is not None and str(same).startswith(_WIKIDATA):
            attrs["wikidata"] = str(same)[len(_WIKIDATA):]
    for iri, attrs in entities.items():
        attrs["label"] = min(labels[iri]) if iri in labels else _local(iri)
    return entities


def _evidence(mentions: list[_Mention]) -> list[dict[str, Any]]:
    """Up to :data:`MAX_EVIDENCE` distinct evidence records, most recent first."""
    records: list[dict[str, Any]] = []
    seen: set[tuple[str | None, str | None]] = set()
    ordered = sorted(mentions, key=lambda m: (m.article or "", m.sentence or ""))
    ordered.sort(key=lambda m: m.date or "", reverse=True)
    for m in ordered:
        if (m.article, m.sentence) in seen:
            continue
        seen.add((m.article, m.sentence))
        records.append({
            "sentence": m.sentence,
            "headline": m.headline,
            "publisher": m.publisher,
            "date": m.date,
            "url": m.url,
            "article": m.article,
            "modality": m.modality,
            "speaker": m.speaker_label,
        })
        if len(records) == MAX_EVIDENCE:
            break
    return records


def to_networkx(dataset: Dataset) -> nx.MultiDiGraph:
    """The statements of a dataset as a graph of entities.

    Reads the ``rdf:Statement`` nodes of the default graph (one SPARQL query) and
    the entities typed ``bi:Country``, ``bi:Organization``, ``bi:Person``,
    ``bi:SectorActor`` or ``bi:Topic`` (a second query).

    Nodes are keyed by entity IRI, with attributes ``label``, ``type`` (e.g.
    ``"Country"``), ``country`` (ISO alpha-3, the country's own or the one it
    belongs to), ``wikidata`` (Q-id) and ``iri``. Speakers that only appear as
    ``bi:attributedTo`` are nodes too, possibly without edges.

    Edges are keyed by predicate name; there is one per (subject, predicate,
    object), with attributes:

    * ``predicate``, ``category`` (PLOVER), ``symmetric`` (from the vocabulary);
    * ``goldstein``: the mean Goldstein value of its mentions;
    * ``count``: the number of statement nodes (mentions);
    * ``sources``: the sorted, distinct article IRIs;
    * ``modalities``: mention counts by modality, e.g. ``{"asserted": 2}``;
    * ``asserted``: whether any mention is asserted;
    * ``speakers``: sorted, distinct labels of the speakers;
    * ``first_date``, ``last_date``: ISO dates (event date, else publication date);
    * ``evidence``: up to :data:`MAX_EVIDENCE` records (``sentence``, ``headline``,
      ``publisher``, ``date``, ``url``, ``article``, ``modality``, ``speaker``),
      most recent first.

    Mentions of a symmetric predicate in both directions (A–B and B–A) are one
    edge, stored in the direction of the smaller IRI.

    Args:
        dataset: a dataset built by :func:`kg.rdf.to_dataset` (or loaded from its output).

    Returns:
        The aggregated graph.
    """
    graph = nx.MultiDiGraph()
    entities = _read_entities(dataset)
    for iri in sorted(entities):
        graph.add_node(iri, **entities[iri])
    vocabulary = predicates()
    edges: dict[tuple[str, str, str], _Edge] = {}
    mentions = _read_mentions(dataset)
    for m in mentions:
        symmetric = m.predicate in vocabulary and vocabulary[m.predicate].symmetric
        s, o = (m.subject, m.object)
        if symmetric and o < s:
            s, o = o, s
        edges.setdefault((s, m.predicate, o), _Edge(s, m.predicate, o)).mentions.append(m)
    for (s, p, o), edge in sorted(edges.items()):
        for iri in (s, o):
            if iri not in graph:
                graph.add_node(iri, label=_local(iri), type="", country=None, wikidata=None, iri=iri)
        ms = edge.mentions
        values = [m.goldstein for m in ms if m.goldstein is not None]
        dates = sorted(m.date for m in ms if m.date)
        modalities = Counter(m.modality or "unknown" for m in ms)
        category = next((m.category for m in ms if m.category), vocabulary[p].category if p in vocabulary else "")
        graph.add_edge(
            s, o, key=p,
            predicate=p,
            category=category,
            symmetric=p in vocabulary and vocabulary[p].symmetric,
            goldstein=sum(values) / len(values) if values else 0.0,
            count=len(ms),
            sources=sorted({m.article for m in ms if m.article}),
            modalities=dict(sorted(modalities.items())),
            asserted=modalities.get("asserted", 0) > 0,
            speakers=sorted({m.speaker_label for m in ms if m.speaker_label}),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            evidence=_evidence(ms),
        )
    graph.graph["statements"] = len(mentions)
    return graph


# HTML -------------------------------------------------------------------------------


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
def _vis_assets() -> tuple[str, str]:
    """The vis-network JavaScript and CSS, made safe to inline in ``<script>``/``<style>``."""
    folder = _vis_dir()
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Neither occurs in vis-network 9.x; guard anyway so the element cannot end early.
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")
    return js, css


@cache
def _template() -> jinja2.Template:
    source = resources.files("kg").joinpath("templates").joinpath("graph.html").read_text(encoding="utf-8")
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


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _link(url: str | None) -> str:
    """An escaped link to an article, only for http(s) and file URLs; else plain text."""
    if not url:
        return ""
    if url.lower().startswith(_LINK_SCHEMES):
        return f'<a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">{_esc(url)}</a>'
    return _esc(url)


def _node_title(attrs: dict[str, Any], degree: int) -> str:
    parts = [f"<b>{_esc(attrs.get('label') or '')}</b>", f"type: {_esc(attrs.get('type') or 'unknown')}"]
    if attrs.get("country"):
        parts.append(f"country: {_esc(attrs['country'])}")
    if attrs.get("wikidata"):
        parts.append(f"Wikidata: {_esc(attrs['wikidata'])}")
    parts.append(f"edges: {degree}")
    if attrs.get("iri"):
        parts.append(f"<small>{_esc(attrs['iri'])}</small>")
    return "<br>".join(parts)


def _edge_title(graph: nx.MultiDiGraph, s: str, o: str, attrs: dict[str, Any]) -> str:
    subject = graph.nodes[s].get("label") or s
    obj = graph.nodes[o].get("label") or o
    modalities = ", ".join(f"{_esc(k)} {v}" for k, v in (attrs.get("modalities") or {}).items())
    lines = [
        f"<b>{_esc(subject)}</b> {_esc(attrs.get('predicate', ''))} <b>{_esc(obj)}</b>",
        f"category: {_esc(attrs.get('category') or '-')} · Goldstein {float(attrs.get('goldstein') or 0.0):+.1f}"
        + (" · symmetric" if attrs.get("symmetric") else ""),
        f"{int(attrs.get('count', 0))} mention(s) in {len(attrs.get('sources') or [])} article(s)"
        + (f" · modality: {modalities}" if modalities else ""),
    ]
    if attrs.get("speakers"):
        lines.append("speaker: " + _esc(", ".join(attrs["speakers"])))
    first, last = attrs.get("first_date"), attrs.get("last_date")
    if first:
        lines.append("date: " + _esc(first if first == last else f"{first} – {last}"))
    records = []
    for ev in attrs.get("evidence") or []:
        source = ", ".join(_esc(x) for x in (ev.get("publisher"), ev.get("date")) if x)
        notes = "; ".join(_esc(x) for x in (ev.get("speaker"), ev.get("modality")) if x)
        record = f"“{_esc(ev.get('sentence') or '')}”"
        if source:
            record += f" — {source}"
        if notes:
            record += f" ({notes})"
        if ev.get("headline"):
            record += f"<br><i>{_esc(ev['headline'])}</i>"
        if ev.get("url"):
            record += f"<br><small>{_link(ev['url'])}</small>"
        records.append(f'<div class="ev">{record}</div>')
    return "<br>".join(lines) + ("<hr>" + "".join(records) if records else "")


def _edge_colour(goldstein: float) -> str:
    if goldstein > 0:
        return _COOPERATION
    if goldstein < 0:
        return _CONFLICT
    return _NEUTRAL


def _layout(graph: nx.MultiDiGraph, scale: float) -> dict[Any, tuple[float, float]]:
    """Seeded spring layout; circular when SciPy (needed from 500 nodes) is missing."""
    if len(graph) == 0:
        return {}
    try:
        pos = nx.spring_layout(graph, seed=42, scale=scale, weight=None)
    except ImportError:
        log.warning("SciPy is not installed: using a circular layout for %d nodes", len(graph))
        pos = nx.circular_layout(graph, scale=scale)
    return {n: (float(xy[0]), float(xy[1])) for n, xy in pos.items()}


def vis_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The vis-network nodes, edges and options for a graph from :func:`to_networkx`.

    Node and edge ``title`` values are HTML with all text escaped; the page turns
    them into elements for the tooltips and the details panel.

    Args:
        graph: the graph to draw.

    Returns:
        A JSON-serialisable dict with ``nodes``, ``edges`` and ``options``.
    """
    scale = max(250.0, 60.0 * math.sqrt(len(graph)))
    pos = _layout(graph, scale)
    ids = {node: i for i, node in enumerate(graph.nodes)}
    nodes = []
    for node, attrs in graph.nodes(data=True):
        shape, colour = _NODE_STYLE.get(attrs.get("type") or "", _UNKNOWN_STYLE)
        degree = int(graph.degree(node))
        x, y = pos.get(node, (0.0, 0.0))
        nodes.append({
            "id": ids[node],
            "label": str(attrs.get("label") or node),
            "title": _node_title(attrs, degree),
            "group": attrs.get("type") or "unknown",
            "shape": shape,
            "color": colour,
            "size": round(min(60.0, 10.0 + 5.0 * math.sqrt(degree)), 1),
            "x": round(x, 1),
            "y": round(y, 1),
        })
    edges = []
    parallel: Counter[frozenset[Any]] = Counter()
    for i, (s, o, attrs) in enumerate(graph.edges(data=True)):
        pair = frozenset((s, o))
        rank = parallel[pair]
        parallel[pair] += 1
        sources = max(1, len(attrs.get("sources") or []))
        edge: dict[str, Any] = {
            "id": i,
            "from": ids[s],
            "to": ids[o],
            "label": str(attrs.get("predicate", "")),
            "title": _edge_title(graph, s, o, attrs),
            "color": {"color": _edge_colour(float(attrs.get("goldstein") or 0.0)), "highlight": "#000000",
                      "hover": "#000000"},
            "width": round(min(12.0, 1.0 + 2.0 * math.log2(sources)), 2),
            "arrows": {"to": {"enabled": not attrs.get("symmetric", False)}},
            "dashes": not attrs.get("asserted", True),
        }
        if rank:  # bend parallel edges apart so their labels stay readable
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * rank, 2)}
        edges.append(edge)
    options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(edges) > 2000,
                        "multiselect": False},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle", "color": "#444444"},
                  "selectionWidth": 2},
    }
    return {"nodes": nodes, "edges": edges, "options": options}


def _legend() -> dict[str, Any]:
    return {
        "nodes": [{"type": t, "shape": shape, "colour": colour} for t, (shape, colour) in _NODE_STYLE.items()],
        "edges": [
            {"label": "cooperation (Goldstein > 0)", "colour": _COOPERATION},
            {"label": "conflict (Goldstein < 0)", "colour": _CONFLICT},
            {"label": "neutral / structural", "colour": _NEUTRAL},
        ],
    }


def render_html(graph: nx.MultiDiGraph, *, title: str = "bilateral-kg") -> str:
    """The self-contained HTML page for a graph (see :func:`write_html`)."""
    js, css = _vis_assets()
    return _template().render(
        title=title,
        vis_js=Markup(js),
        vis_css=Markup(css),
        data=Markup(script_json(vis_data(graph))),
        legend=_legend(),
        node_count=graph.number_of_nodes(),
        edge_count=graph.number_of_edges(),
        statement_count=int(graph.graph.get("statements", sum(int(a.get("count", 0)) for _, _, a in graph.edges(data=True)))),
    )


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "bilateral-kg") -> Path:
    """Write the graph as one HTML page that works offline.

    The page inlines the vis-network library (from the installed pyvis package),
    its CSS and the graph data; it loads nothing from the network. Nodes are
    coloured and shaped by type and sized by degree; edges are green for
    cooperation, red for conflict and grey otherwise (mean Goldstein), as wide as
    their number of sources, dashed when no mention is asserted, and without
    arrows for symmetric predicates. Hovering shows the details and evidence;
    clicking shows them in a side panel, with links to the articles.

    Args:
        graph: a graph from :func:`to_networkx`.
        path: the file to write; parent directories are created.
        title: the page title.

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title=title), encoding="utf-8")
    return path

