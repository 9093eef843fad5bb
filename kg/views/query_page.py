"""The SPARQL query page of ``kg serve`` (``/query``): an editor, the named queries as examples, result tables.

Entry point: :func:`render_query_page`. The page is YASGUI (``@zazuko/yasgui``,
MIT, vendored in ``kg/vendor/yasgui`` with its licence and inlined here, so it
loads nothing from the network): a SPARQL editor with syntax highlighting and
checking, the project's prefixes preset (:data:`kg.rdf.PREFIXES`) and offered as
completions, results as a sortable table (IRIs shortened with the same prefixes)
or the raw response, each downloadable (CSV, JSON). Queries go to the server's
own ``/sparql`` by POST; an error answer shows the endpoint's JSON message. The
named queries (:func:`kg.query.named_queries`) are listed with their parameters:
"Open" asks the server to bind the values given (``/query/bind``, which checks
them as ``kg query --name`` does) and opens the bound query in a new tab. "Draw
as graph" posts the editor's query to ``/query/graph``, which draws a CONSTRUCT
or DESCRIBE answer with the graph view (:func:`draw_answer`) in a new tab.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from markupsafe import Markup
from rdflib import Dataset

from kg.query import named_queries
from kg.rdf import PREFIXES
from kg.views.graph import to_networkx
from kg.views.html import render_html, script_json, template

EXAMPLE = """SELECT ?country ?name (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a bi:Statement ; rdf:subject ?s .
  ?s bi:country? ?country .
  ?country a bi:Country ; rdfs:label ?name .
}
GROUP BY ?country ?name
ORDER BY DESC(?statements)
LIMIT 20
"""
"""The query the editor opens with: the countries with the most statements."""

GRAPH_EXAMPLE = """# Statements about Azerbaijan with their entities, articles and evidence: "Draw as graph" draws them.
CONSTRUCT {
  ?statement ?p ?o .
  ?entity a ?type ; rdfs:label ?label ; bi:country ?country .
  ?article ?ap ?ao .
  ?selector oa:exact ?sentence .
}
WHERE {
  ?statement a bi:Statement ; rdf:subject ?s ; rdf:object ?object ; ?p ?o .
  { ?s bi:country? <https://w3id.org/bikg/id/country/AZE> } UNION { ?object bi:country? <https://w3id.org/bikg/id/country/AZE> }
  VALUES ?side { 1 2 }
  BIND (IF(?side = 1, ?s, ?object) AS ?entity)
  ?entity a ?type .
  OPTIONAL { ?entity rdfs:label ?label }
  OPTIONAL { ?entity bi:country ?country }
  OPTIONAL { ?statement prov:wasDerivedFrom ?article . ?article ?ap ?ao }
  OPTIONAL { ?statement bi:evidence ?selector . ?selector oa:exact ?sentence }
}
"""
"""A CONSTRUCT whose answer the graph view can draw (statements in the bilateral-kg vocabulary)."""


@cache
def yasgui_assets() -> tuple[str, str]:
    """The vendored YASGUI JavaScript and CSS, made safe to inline in ``<script>`` / ``<style>``."""
    folder = resources.files("kg").joinpath("vendor").joinpath("yasgui")
    js = folder.joinpath("yasgui.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("yasgui.min.css").read_text(encoding="utf-8")
    # neither occurs in YASGUI 4.6; guarded so that an update cannot end the elements early
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style").replace("</STYLE", "<\\/STYLE")
    return js, css


def _prologue() -> str:
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


def default_query() -> str:
    """The editor's first query: the project's prefixes, then :data:`EXAMPLE`."""
    return _prologue() + "\n" + EXAMPLE


def draw_answer(ntriples: bytes, *, title: str = "bilateral-kg: query answer") -> str:
    """A CONSTRUCT or DESCRIBE answer (N-Triples) as the graph page of :func:`kg.views.html.render_html`.

    The view draws statements (``bi:Statement`` nodes with ``rdf:subject``, ``rdf:predicate`` and
    ``rdf:object``) between typed entities, as :func:`~kg.views.graph.to_networkx` reads them; the
    page says so when the answer holds none.
    """
    dataset = Dataset()
    dataset.parse(data=ntriples.decode("utf-8"), format="nt")
    graph = to_networkx(dataset)
    notes = [f"{len(dataset)} triples in the answer."]
    if graph.number_of_edges() == 0:
        notes.append("They hold no statement to draw: the graph view draws bi:Statement nodes (rdf:subject, "
                     "rdf:predicate, rdf:object) between typed entities; see the CONSTRUCT example of the query page.")
    return render_html(graph, title=title, notes=notes)


def render_query_page(*, endpoint: str = "/sparql", bind_url: str = "/query/bind", graph_url: str | None = "/",
                      draw_url: str = "/query/graph", title: str = "bilateral-kg: SPARQL") -> str:
    """The query page as one HTML document (URLs may be relative to the page's own).

    Args:
        endpoint: the SPARQL 1.1 Protocol endpoint the page queries.
        bind_url: where the page asks for a named query bound to the values given
            (``?name=NAME&PARAM=VALUE...``; answers the SPARQL text, or a JSON error).
        graph_url: the graph view, linked from the page's header (None: no graph view, no link).
        draw_url: where "Draw as graph" posts the editor's query (``query=``; answers an HTML page).
        title: the page title.
    """
    js, css = yasgui_assets()
    queries = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "parameters": [{"name": p.name, "kind": p.kind, "optional": p.optional, "default": p.default, "description": p.description}
                           for p in q.parameters],
        }
        for q in named_queries().values()
    ]
    return template("query.html").render(
        title=title,
        graph_url=graph_url,
        draw_url=draw_url,
        queries=queries,
        yasgui_js=Markup(js),
        yasgui_css=Markup(css),
        queries_json=Markup(script_json(queries)),
        default_query_json=Markup(script_json(default_query())),
        graph_example_json=Markup(script_json(_prologue() + "\n" + GRAPH_EXAMPLE)),
        endpoint_json=Markup(script_json(endpoint)),
        bind_url_json=Markup(script_json(bind_url)),
        prefixes_json=Markup(script_json(PREFIXES)),
    )
