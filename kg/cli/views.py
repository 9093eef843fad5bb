"""``kg viz`` and ``kg timeline``: the commands that draw the graph as offline HTML pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kg.cli._common import _count, _store_opt

_since_opt = click.option("--since", metavar="DATE", help="Only statements dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
_until_opt = click.option("--until", metavar="DATE", help="Only statements dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
_category_opt = click.option("--category", "categories", multiple=True, metavar="NAME", help="Only this PLOVER category (repeatable), e.g. COOPERATE.")


def _source(store: Path | None, graph: Path | None) -> Any:
    from kg.store import open_source

    if store is not None and graph is not None:
        raise click.UsageError("Give either GRAPH or --store, not both.")
    return open_source(store=store, graph=graph)


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_opt
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"), show_default=True, help="HTML file to write.")
@click.option("--dyad", nargs=2, metavar="A B", help="Only relations between two countries (ISO codes or names) and their people.")
@click.option("--country", metavar="A", help="Ego view: a country, its entities and what lies within --depth hops.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Hops of the ego view.")
@_since_opt
@_until_opt
@_category_opt
@click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True, help="Only relations backed by at least N articles.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=5000, show_default=True, help="Keep the N most relevant entities (by sources, then degree); 0 = all.")
@click.option("--title", help="Page title.")
@click.option("-q", "--quiet", is_flag=True, help="Print no notes on what was left out and no closing line (file, entities, relations).")
def viz(graph: Path | None, store: Path | None, output: Path, dyad: tuple[str, str] | None, country: str | None, depth: int,
        since: str | None, until: str | None, categories: tuple[str, ...], min_sources: int, max_nodes: int,
        title: str | None, quiet: bool) -> None:
    """Draw the graph (a GRAPH file or the --store) as an offline interactive HTML page.

    \b
    Examples:
        kg viz out/graph.trig -o graph.html
        kg viz --store kg-store --dyad AZE USA --since 2020 -o aze-usa.html
        kg viz out/graph.trig --country AZE --depth 2 --category COOPERATE -o aze.html
    """
    from kg.views import write_view

    if dyad is not None and country is not None:
        raise click.UsageError("Give either --dyad or --country, not both.")
    selection = write_view(_source(store, graph), output, title=title, dyad=dyad, country=country, depth=depth,
                           since=since, until=until, categories=categories, min_sources=min_sources, max_nodes=max_nodes)
    if not quiet:
        for note in selection.notes:
            click.echo(note, err=True)
        nodes, edges = selection.graph.number_of_nodes(), selection.graph.number_of_edges()
        click.echo(f"Wrote {output} ({_count(nodes, 'entity', 'entities')}, {_count(edges, 'relation')})", err=True)


@click.command()
@click.argument("country_a", metavar="A")
@click.argument("country_b", metavar="B")
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_opt
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("timeline.html"), show_default=True, help="HTML file to write.")
@_since_opt
@_until_opt
@_category_opt
@click.option("--title", help="Page title.")
@click.option("-q", "--quiet", is_flag=True, help="Print no notes on what was left out and no closing line (file, statements, months).")
def timeline(country_a: str, country_b: str, graph: Path | None, store: Path | None, output: Path, since: str | None,
             until: str | None, categories: tuple[str, ...], title: str | None, quiet: bool) -> None:
    """Plot cooperation and conflict per month between countries A and B, with the statements, as an offline HTML page.

    \b
    Examples:
        kg timeline AZE USA out/graph.trig -o timeline.html
        kg timeline AZE USA --store kg-store --since 2020 -o timeline.html
    """
    from kg.views import write_timeline

    data = write_timeline(_source(store, graph), output, country_a, country_b, title=title, since=since, until=until, categories=categories)
    if not quiet:
        for note in data["notes"]:
            click.echo(note, err=True)
        click.echo(f"Wrote {output} ({_count(len(data['statements']), 'statement')} over {_count(len(data['months']), 'month')})", err=True)
