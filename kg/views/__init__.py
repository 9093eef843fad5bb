"""Views: the RDF dataset as a networkx graph, a selection of it, and offline HTML pages.

* :func:`to_networkx` (``kg.views.graph``): statements → aggregated entity graph.
* :func:`select` (``kg.views.select``): dyad, ego, date, category, source and size filters.
* :func:`write_html` / :func:`write_view` (``kg.views.html``): the interactive graph page.
* :func:`write_timeline` (``kg.views.timeline``): cooperation and conflict per month for a dyad.
* :func:`view` (``kg.views.inline``): the graph page inline in a Jupyter notebook.
"""

from __future__ import annotations

from kg.views.graph import MAX_EVIDENCE, to_networkx
from kg.views.html import render_html, script_json, vis_data, write_html, write_view
from kg.views.inline import GraphView, view
from kg.views.select import DEFAULT_MAX_NODES, Selection, select
from kg.views.timeline import timeline_data, write_timeline

__all__ = ["DEFAULT_MAX_NODES", "MAX_EVIDENCE", "GraphView", "Selection", "render_html", "script_json", "select", "timeline_data",
           "to_networkx", "vis_data", "view", "write_html", "write_timeline", "write_view"]
