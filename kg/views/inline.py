"""The graph page inline in a Jupyter notebook: :func:`view` returns a :class:`GraphView`.

A notebook shows an object's ``_repr_html_``. The view's is an ``<iframe>`` whose
``srcdoc`` is the whole offline page of :func:`kg.views.html.render_html`
(vis-network inlined, the same filters, search, evidence on hover and date
range as ``kg viz``), so the notebook needs no network and no extension, and
the page's script runs apart from the notebook's (``sandbox``: scripts and the
evidence links' new tabs only).
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from kg.views.graph import to_networkx
from kg.views.html import render_html
from kg.views.select import DEFAULT_MAX_NODES, select


class GraphView:
    """A graph drawn as the offline HTML page, shown inline by Jupyter.

    Attributes:
        graph: the graph drawn (a selection of :func:`~kg.views.graph.to_networkx`'s graph).
        title: the page title.
        notes: what the selection filtered or left out, shown above the graph.
        height: the inline frame's height in pixels.
    """

    def __init__(self, graph: nx.MultiDiGraph, *, title: str = "bilateral-kg", notes: list[str] | None = None,
                 height: int = 640) -> None:
        self.graph = graph
        self.title = title
        self.notes = list(notes or [])
        self.height = height
        self._html: str | None = None

    @property
    def html(self) -> str:
        """The self-contained page (what :meth:`save` writes)."""
        if self._html is None:
            self._html = render_html(self.graph, title=self.title, notes=self.notes)
        return self._html

    def _repr_html_(self) -> str:
        return (
            f'<iframe class="kg-graph-view" title="{html.escape(self.title)}" srcdoc="{html.escape(self.html, quote=True)}" '
            f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #dddddd;"></iframe>'
        )

    def save(self, path: Path | str) -> Path:
        """Write the page to a file (parent folders are created) and return its path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html, encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return (f"<GraphView {self.title!r}: {self.graph.number_of_nodes()} entities, "
                f"{self.graph.number_of_edges()} relations>")


def view(
    source: Dataset | nx.MultiDiGraph,
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
    height: int = 640,
) -> GraphView:
    """The graph page of a dataset (or of a graph from :func:`~kg.views.graph.to_networkx`), for a notebook.

    The selection options are those of ``kg viz`` (:func:`~kg.views.select.select`)::

        import kg
        kg.view(kg.open_store("kg-store", read_only=True), dyad=("AZE", "USA"))

    Raises:
        UnknownCountry: a dyad or ego country is not in the graph.
        InvalidViewOption: a malformed or contradictory option.
    """
    graph = source if isinstance(source, nx.MultiDiGraph) else to_networkx(source)
    selection = select(graph, dyad=dyad, country=country, depth=depth, since=since, until=until,
                       categories=categories, min_sources=min_sources, max_nodes=max_nodes)
    return GraphView(selection.graph, title=selection.title if title is None else title, notes=selection.notes, height=height)
