"""The ``kg`` command: a thin Click layer over the library functions.

Exit status: 0 success; 1 an error (``Error: ...`` on stderr), or with
``--strict`` the first unreadable input; 2 a usage error; 3 the command
finished but some inputs were skipped (each reported on stderr).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import KGError
from kg.model import Skipped

EXIT_SKIPPED = 3


class _Group(click.Group):
    """Turns expected errors into ``Error: ...`` and exit 1, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


def _report_skip(item: Skipped) -> None:
    click.echo(f"Skipped {item.origin}: {item.reason}", err=True)


def _options(extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, workers: int = 1) -> Any:
    from kg.pipeline import Options

    return Options(extractor=extractor, lexicon_files=lexicon, strict=strict, base=base_iri, workers=workers)


_input_paths = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
_extractor_opt = click.option("--extractor", default="patterns.v1", show_default=True, help="Registered extractor to use.")
_lexicon_opt = click.option(
    "--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Extra lexicon YAML file (repeatable)."
)
_strict_opt = click.option("--strict", is_flag=True, help="Stop at the first unreadable input instead of skipping it.")
_base_opt = click.option("--base-iri", default="https://w3id.org/bikg/", show_default=True, help="Base of minted IRIs.")
_quiet_opt = click.option("-q", "--quiet", is_flag=True, help="Print no summary or progress.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="bilateral-kg")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) on stderr.")
def main(verbose: int) -> None:
    """Turn news articles about relations between countries into a knowledge graph.

    \b
    Example:
        kg build examples/articles -o out
        kg query out/graph.trig 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5'
    """
    logging.basicConfig(level=[logging.ERROR, logging.INFO, logging.DEBUG][min(verbose, 2)], format="%(levelname)s %(name)s: %(message)s")


_store_opt = click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Store folder (default: $KG_STORE or ./kg-store).",
)


@main.command()
@_input_paths
@_store_opt
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None, help="Also write OUTPUT/graph.trig and OUTPUT/graph.html of the whole store.")
@click.option("--no-html", is_flag=True, help="With -o, write only the graph, not the HTML view.")
@_extractor_opt
@_lexicon_opt
@_strict_opt
@_base_opt
@_quiet_opt
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes that parse and extract in parallel.")
def build(
    paths: tuple[str, ...],
    store: Path | None,
    output: Path | None,
    no_html: bool,
    extractor: str,
    lexicon: tuple[Path, ...],
    strict: bool,
    base_iri: str,
    quiet: bool,
    workers: int,
) -> None:
    """Build the graph of PATH... (files, folders, JSON Lines, - for stdin) into the store.

    Incremental: articles already in the store with the same content are skipped;
    an article whose content changed (same id or URL) replaces its old version.
    Each article is written in one transaction, so an interrupted build leaves a
    consistent store; run it again to finish.

    \b
    Examples:
        kg build examples/articles --store kg-store
        kg build examples/articles --store kg-store -o out   # also out/graph.trig, out/graph.html
    """
    from kg.pipeline import build as run_build
    from kg.store import default_store

    store = store or default_store()
    options = _options(extractor, lexicon, strict, base_iri, workers)
    summary = run_build(list(paths), store, options, _report_skip, output=output, html=not no_html)
    if not quiet:
        click.echo(
            f"{summary.articles} articles written ({summary.replaced} replaced), {summary.unchanged} unchanged, "
            f"{summary.sentences} sentences, {summary.statements} statements, "
            f"{summary.entities} entities, {len(summary.skipped)} skipped, {summary.seconds:.1f} s",
            err=True,
        )
        wrote = f"Store {store}"
        if output is not None:
            wrote += f"; wrote {output / 'graph.trig'}" + ("" if no_html else f" and {output / 'graph.html'}")
        click.echo(wrote, err=True)
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@_input_paths
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file (- for stdout).")
@_extractor_opt
@_lexicon_opt
@_strict_opt
@_base_opt
def extract(paths: tuple[str, ...], fmt: str, output: Any, extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str) -> None:
    """Print the statements of PATH..., one JSON object per line (or a table).

    \b
    Example:
        kg extract examples/articles/azerbaijan-us-independence-day-2021.txt --format table
    """
    from kg.pipeline import process, statement_record

    skipped: list[Skipped] = []

    def on_skip(item: Skipped) -> None:
        skipped.append(item)
        _report_skip(item)

    rows = []
    for result in process(list(paths), _options(extractor, lexicon, strict, base_iri), on_skip):
        for statement in result.statements:
            record = statement_record(statement, result.article, base_iri)
            if fmt == "jsonl":
                output.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                rows.append(record)
    if fmt == "table":
        output.write(_table(rows))
    if skipped:
        sys.exit(EXIT_SKIPPED)


def _table(records: list[dict[str, Any]]) -> str:
    header = ["subject", "predicate", "object", "modality", "said by", "date", "conf"]
    lines = [
        [
            r["subject"]["label"],
            r["predicate"],
            r["object"]["label"],
            r["modality"],
            (r["attributed_to"] or {}).get("label", ""),
            r["date"] or "",
            f"{r['confidence']:.2f}",
        ]
        for r in records
    ]
    return _format_rows(header, lines)


def _format_rows(header: list[str], rows: list[list[str]]) -> str:
    widths = [min(48, max([len(h)] + [len(str(r[i])) for r in rows])) for i, h in enumerate(header)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(str(c)[:w].ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]
    return "\n".join(out) + "\n"


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sparql")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")
def query(graph: Path, sparql: str, fmt: str) -> None:
    """Run a SPARQL query on GRAPH (a TriG, Turtle, N-Triples or N-Quads file).

    Patterns without GRAPH see every article's triples and the provenance.

    \b
    Example:
        kg query out/graph.trig 'PREFIX bi: <https://w3id.org/bikg/ontology#>
          SELECT ?s ?o WHERE { ?s bi:supports ?o }'
    """
    from kg.query import load_graph, run_query

    result = run_query(load_graph(graph), sparql)
    if result.rows is None:
        click.echo(result.text, nl=False)
    elif fmt == "json":
        click.echo(result.json)
    elif fmt == "csv":
        click.echo(result.csv, nl=False)
    else:
        click.echo(_format_rows(result.columns, result.rows), nl=False)


@main.command()
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of gold *.json files.")
@click.option("--events", "events_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="PLOVER-style JSON Lines records.")
@click.argument("articles", nargs=-1, metavar="[ARTICLES...]")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "show_details", is_flag=True, help="List misses and false positives.")
@_extractor_opt
@_lexicon_opt
def evaluate(gold_dir: Path | None, events_file: Path | None, articles: tuple[str, ...], as_json: bool, show_details: bool, extractor: str, lexicon: tuple[Path, ...]) -> None:
    """Score extraction against gold annotations (--gold DIR ARTICLES...) or PLOVER records (--events FILE).

    \b
    Examples:
        kg evaluate --gold examples/gold examples/articles
        kg evaluate --events tests/data/plover_dev.jsonl --json
    """
    from kg import evaluate as ev
    from kg.pipeline import evaluate_events, evaluate_gold

    if (gold_dir is None) == (events_file is None):
        raise click.UsageError("Give either --gold DIR with ARTICLES, or --events FILE.")
    options = _options(extractor, lexicon, False, "https://w3id.org/bikg/")
    if gold_dir is not None:
        if not articles:
            raise click.UsageError("--gold needs the ARTICLES to score.")
        report: Any = evaluate_gold(gold_dir, list(articles), options)
        text = ev.format_gold_report(report, verbose=show_details)
    else:
        assert events_file is not None
        report = evaluate_events(events_file, options)
        text = ev.format_event_report(report, verbose=show_details)
    click.echo(json.dumps(ev.report_to_json(report), indent=2) if as_json else text)


@main.command()
@_store_opt
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nquads", "json-ld", "xml", "rdf12", "graphml", "gexf", "csv"]), required=True, help="Export format.")
@click.option("-o", "--output", required=True, help="Output file (- for stdout; a folder for csv).")
def export(store: Path | None, fmt: str, output: str) -> None:
    """Export the store as RDF, a graph file for Gephi, or CSV tables.

    TriG and N-Quads keep one named graph per article; Turtle, N-Triples and
    RDF/XML hold the union. rdf12 is TriG 1.2 with statement annotations.
    graphml/gexf/csv hold one edge per subject, predicate and object with
    statement and source counts; csv writes OUTPUT/nodes.csv and OUTPUT/edges.csv.

    \b
    Examples:
        kg export --store kg-store -f trig -o graph.trig
        kg export --store kg-store -f gexf -o graph.gexf
        kg export --store kg-store -f csv -o tables/
    """
    from kg.export import export as run_export
    from kg.store import open_source

    run_export(open_source(store=store), fmt, output)


@main.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@_store_opt
def remove(articles: tuple[str, ...], store: Path | None) -> None:
    """Remove ARTICLE... (id, IRI or URL) from the store with its graph and statements.

    \b
    Example:
        kg remove 3f9c2a1b7d4e --store kg-store
    """
    from kg.store import default_store, open_store, remove_articles

    store = store or default_store()
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}")
    removed = remove_articles(open_store(store), list(articles))
    click.echo(f"Removed {len(removed)} article(s) from {store}", err=True)


@main.command()
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
        click.echo(f"{len(report.violations)} violation(s) in {report.triples} triples", err=True)
        sys.exit(1)
    click.echo(f"Conforms: {report.triples} triples checked against the SHACL shapes", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
