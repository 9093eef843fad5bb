"""``kg query``, ``kg export`` and ``kg validate``: the commands that read the store or a graph file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli._common import _base_opt, _count, _store_opt


@click.command()
@click.argument("args", nargs=-1, metavar="[GRAPH] [SPARQL]")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help="Query this store folder (default: $KG_STORE or ./kg-store).")
@click.option("--endpoint", help="Query this SPARQL 1.1 endpoint URL instead of a local store or file.")
@click.option("-n", "--name", "query_name", help="Run a named query shipped with kg (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A named query's parameter (repeatable); countries by ISO code or name.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--show", is_flag=True, help="Print the query text (with parameters bound) instead of running it.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "json-ld", "ntriples", "trig", "nquads"]),
    default="table",
    show_default=True,
    help="Output: table/csv/tsv/json/xml for SELECT and ASK, turtle/json-ld/ntriples/xml (RDF/XML)/trig/nquads for CONSTRUCT and DESCRIBE.",
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (- for stdout).")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for an --endpoint.")
@click.option("--allow-service", is_flag=True, help="Run SERVICE patterns (federated query: the query calls other endpoints); refused otherwise.")
@_base_opt
def query(
    args: tuple[str, ...],
    store_dir: Path | None,
    endpoint: str | None,
    query_name: str | None,
    params: tuple[str, ...],
    list_queries: bool,
    show: bool,
    fmt: str,
    output: Any,
    timeout: float,
    allow_service: bool,
    base_iri: str,
) -> None:
    """Run SPARQL (or a named query) on the store, a GRAPH file, or a remote --endpoint.

    SPARQL is the query text, @FILE to read it from a file, or - for stdin.
    Patterns outside GRAPH see every article's triples and the provenance.
    central-countries and dyad-balance read the dyad summaries a store keeps
    (same rows, much faster); on a GRAPH file or an --endpoint they run in full.

    \b
    Examples:
        kg query --list
        kg query --name dyad-timeline --param a=AZE --param b="United States"
        kg query out/graph.trig 'PREFIX bi: <https://w3id.org/bikg/ontology#>
          SELECT ?s ?o WHERE { ?s bi:supports ?o }'
        kg query --store kg-store -f csv @my-query.rq
        kg query --endpoint http://127.0.0.1:7878/query --name central-countries
    """
    from kg import query as q
    from kg.store import open_source

    opened = None
    if list_queries:
        output.write(_list_queries(q.named_queries()))
        return
    if query_name:
        if len(args) > 1:
            raise click.UsageError("With --name, give at most a GRAPH argument (no SPARQL text).")
        named, values = q.named_query(query_name), q.parse_params(params)
        graph, sparql = (args[0] if args else None), named.bind(values, base=base_iri)
        if named.summary and not endpoint and not (graph and store_dir) and not (graph and not Path(graph).is_dir()):
            # a store keeping dyad summaries answers from them (graph files and endpoints: the raw query)
            opened = _summarised_store(Path(graph) if graph else store_dir)
            if opened is not None:
                sparql = named.bind(values, base=base_iri, summaries=True, store=opened)
    else:
        if params:
            raise click.UsageError("--param goes with --name.")
        if not args or len(args) > 2:
            raise click.UsageError("Give the SPARQL query (and before it, optionally, a GRAPH file), or --name NAME.")
        if len(args) == 1 and _names_graph(args[0]):
            raise click.UsageError(f"{args[0]} is a file or folder, not a query: give the SPARQL after it (kg query {args[0]} 'SELECT ...'), or --name NAME.")
        graph, sparql = (args[0] if len(args) == 2 else None), _read_sparql(args[-1])
    if show:
        output.write(sparql if sparql.endswith("\n") else sparql + "\n")
        return
    if endpoint and (graph or store_dir):
        raise click.UsageError("--endpoint queries the remote store: give no GRAPH and no --store.")
    if graph and store_dir:
        raise click.UsageError("Give a GRAPH file or --store, not both.")
    if endpoint:
        if query_name:
            sparql = q.for_endpoint(sparql)  # one form every server answers right (see kg.query.for_endpoint)
        result = q.run_endpoint_query(q.endpoint_url(endpoint), sparql, timeout=timeout)
    else:
        if graph and not Path(graph).exists():
            raise click.UsageError(f"GRAPH {graph!r} does not exist.")
        # `is None`, not `or`: the truth of an rdflib Dataset is its length, a count of every triple (7.5 s at 1M)
        source = opened if opened is not None else open_source(store=store_dir, graph=Path(graph) if graph else None)
        q.write_query(source, sparql, fmt, output, allow_service=allow_service)  # CSV and TSV from a store stream their rows
        return
    output.write(result.serialize(fmt))


def _names_graph(arg: str) -> bool:
    """Whether a lone argument of kg query is a graph file or store folder rather than SPARQL text."""
    if "\n" in arg or "{" in arg or arg.startswith("@") or arg == "-":
        return False
    try:
        return Path(arg).exists()
    except OSError:  # a name too long for the file system is query text
        return False


def _summarised_store(store: Path | None) -> Any:
    """The store folder ``store`` (or the default store) opened read-only if it keeps dyad summaries, else None."""
    from kg.errors import StoreUnavailable
    from kg.store import default_store, open_store
    from kg.summary import has_summaries

    folder = store or default_store()
    if not folder.is_dir():
        return None
    try:
        dataset = open_store(folder, read_only=True)
    except StoreUnavailable:
        return None
    return dataset if has_summaries(dataset) else None


def _read_sparql(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        path = Path(arg[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise click.UsageError(f"Cannot read the query file {path}: {exc.strerror}") from None
    return arg


def _list_queries(queries: dict[str, Any]) -> str:
    import textwrap

    lines = []
    for name, named in queries.items():
        lines.append(f"{name}  —  {named.title}")
        lines += textwrap.wrap(named.description, 88, initial_indent="    ", subsequent_indent="    ")
        for p in named.parameters:
            optional = f" (default {p.default})" if p.default else " (optional)" if p.optional else ""
            lines.append(f"    --param {p.name}={p.kind.upper()}{optional}  {p.description}")
        lines.append("")
    return "\n".join(lines)


@click.command()
@_store_opt
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nquads", "json-ld", "xml", "rdf12", "graphml", "gexf", "csv"]), required=True, help="Export format.")
@click.option("-o", "--output", required=True, help="Output file (- for stdout; a folder for csv).")
def export(store: Path | None, fmt: str, output: str) -> None:
    """Export the store as RDF, a graph file for Gephi, or CSV tables.

    TriG and N-Quads keep one named graph per article; Turtle, N-Triples and
    RDF/XML hold the union. rdf12 is TriG 1.2 with statement annotations.
    graphml/gexf/csv hold one edge per subject, predicate, object and modality
    with statement and source counts (a modality attribute: asserted, possible,
    intended, negated); csv writes OUTPUT/nodes.csv and OUTPUT/edges.csv.

    \b
    Examples:
        kg export --store kg-store -f trig -o graph.trig
        kg export --store kg-store -f gexf -o graph.gexf
        kg export --store kg-store -f csv -o tables/
    """
    from kg.export import export as run_export
    from kg.store import open_source

    run_export(open_source(store=store), fmt, output)


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_opt
def validate(graph: Path | None, store: Path | None) -> None:
    """Check the store (or GRAPH, a graph file) against the SHACL shapes.

    Prints each violation with its node, property and a readable message, and
    exits with status 1 when there is any.

    \b
    Examples:
        kg validate --store kg-store
        kg validate out/graph.trig
    """
    from kg.store import open_source
    from kg.validate import validate as run_validate

    report = run_validate(open_source(store=store, graph=graph))
    for violation in report.violations:
        click.echo(str(violation))
    if not report.conforms:
        click.echo(f"{_count(len(report.violations), 'violation')} in {_count(report.triples, 'triple')}", err=True)
        sys.exit(1)
    click.echo(f"Conforms: {report.triples} triples checked against the SHACL shapes", err=True)
