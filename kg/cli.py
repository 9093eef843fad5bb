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


def _options(extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str) -> Any:
    from kg.pipeline import Options

    return Options(extractor=extractor, lexicon_files=lexicon, strict=strict, base=base_iri)


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


@main.command()
@_input_paths
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True, help="Output folder.")
@click.option("--no-html", is_flag=True, help="Write only the graph, not the HTML view.")
@_extractor_opt
@_lexicon_opt
@_strict_opt
@_base_opt
@_quiet_opt
def build(paths: tuple[str, ...], output: Path, no_html: bool, extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, quiet: bool) -> None:
    """Build the graph of PATH... (files, folders, JSON Lines, - for stdin).

    Writes OUTPUT/graph.trig (one named graph per article) and OUTPUT/graph.html.

    \b
    Example:
        kg build examples/articles -o out
    """
    from kg.pipeline import build as run_build

    summary = run_build(list(paths), output, _options(extractor, lexicon, strict, base_iri), _report_skip, html=not no_html)
    if not quiet:
        click.echo(
            f"{summary.articles} articles, {summary.sentences} sentences, {summary.statements} statements, "
            f"{summary.entities} entities, {len(summary.skipped)} skipped, {summary.seconds:.1f} s",
            err=True,
        )
        click.echo(f"Wrote {output / 'graph.trig'}" + ("" if no_html else f" and {output / 'graph.html'}"), err=True)
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
@click.option("--entities", "entities", is_flag=True, help="With --gold: score entity resolution instead of statements.")
@_extractor_opt
@_lexicon_opt
def evaluate(gold_dir: Path | None, events_file: Path | None, articles: tuple[str, ...], as_json: bool, show_details: bool, entities: bool, extractor: str, lexicon: tuple[Path, ...]) -> None:
    """Score extraction against gold annotations (--gold DIR ARTICLES...) or PLOVER records (--events FILE).

    \b
    Examples:
        kg evaluate --gold examples/gold examples/articles
        kg evaluate --entities --gold examples/gold examples/articles
        kg evaluate --events tests/data/plover_dev.jsonl --json
    """
    from kg import evaluate as ev
    from kg.pipeline import evaluate_entities, evaluate_events, evaluate_gold

    if (gold_dir is None) == (events_file is None):
        raise click.UsageError("Give either --gold DIR with ARTICLES, or --events FILE.")
    options = _options(extractor, lexicon, False, "https://w3id.org/bikg/")
    if entities:
        if gold_dir is None or not articles:
            raise click.UsageError("--entities needs --gold DIR and the ARTICLES to score.")
        entity_report = evaluate_entities(gold_dir, list(articles), options)
        text = ev.format_entity_report(entity_report, verbose=show_details)
        click.echo(json.dumps(ev.entity_report_to_json(entity_report), indent=2) if as_json else text)
        return
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


if __name__ == "__main__":  # pragma: no cover
    main()
