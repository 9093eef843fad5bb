"""The ``kg`` command: a thin Click layer over the library functions.

Exit status: 0 success; 1 an error (``Error: ...`` on stderr), or with
``--strict`` the first unreadable input; 2 a usage error; 3 the command
finished but some inputs were skipped (each reported on stderr).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import KGError
from kg.model import Duplicate, Skipped

if TYPE_CHECKING:
    from kg.pipeline import Progress

EXIT_SKIPPED = 3


class _Group(click.Group):
    """Turns expected errors into ``Error: ...`` and exit 1, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


def _options(extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, fields: dict[str, str] | None = None) -> Any:
    from kg.pipeline import Options

    return Options(extractor=extractor, lexicon_files=lexicon, strict=strict, base=base_iri, fields=fields or {})


def _parse_fields(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    from kg.read.corpus import FIELDS

    fields: dict[str, str] = {}
    for value in values:
        name, sep, column = (part.strip() for part in value.partition("="))
        if not sep or not name or not column:
            raise click.BadParameter(f"{value!r} is not NAME=COLUMN, e.g. --field text=body")
        if name not in FIELDS:
            raise click.BadParameter(f"unknown field {name!r}. Available: {', '.join(FIELDS)}")
        fields[name] = column
    return fields


class _Reporter:
    """Progress bar, skip and duplicate messages and the end-of-run summary, all on stderr.

    The bar (rich) shows only on a terminal and not with ``-q``; messages go
    through the same console so they print above the bar instead of through it.
    """

    def __init__(self, quiet: bool) -> None:
        from rich.console import Console

        self.quiet = quiet
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self.skipped: list[Skipped] = []
        self.duplicates: list[Duplicate] = []
        self.articles = 0
        self.statements = 0
        self._progress: Any = None
        self._task: Any = None

    def say(self, text: str) -> None:
        self.console.print(text, markup=False, emoji=False)

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)
        self.say(f"Skipped {item.origin}: {item.reason}")

    def duplicate(self, item: Duplicate) -> None:
        self.duplicates.append(item)
        if not self.quiet:
            how = "identical to" if item.similarity >= 1 else f"{item.similarity:.0%} like"
            self.say(f"Duplicate {item.origin}: {how} {item.of_origin or item.of}; counted once")

    def progress(self, event: Progress) -> None:
        self.articles, self.statements = event.articles, event.statements
        if self._progress is not None:
            self._progress.update(
                self._task,
                description="inputs",
                total=event.inputs or None,
                completed=event.done,
                articles=event.articles,
                statements=event.statements,
            )

    @contextmanager
    def live(self) -> Iterator[_Reporter]:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        if self.quiet or not self.console.is_terminal:
            yield self
            return
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[articles]} articles, {task.fields[statements]} statements"),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )
        self._task = self._progress.add_task("starting", total=None, articles=0, statements=0)
        with self._progress:
            yield self
        self._progress = None

    def summary(self, seconds: float, extra: str = "") -> str:
        from kg.pipeline import skip_reasons

        reasons = ", ".join(f"{reason}: {n}" for reason, n in skip_reasons(self.skipped).items())
        return (
            f"{self.articles} articles read, {len(self.duplicates)} duplicates (counted once), "
            f"{len(self.skipped)} skipped" + (f" ({reasons})" if reasons else "") + f"; {extra}{self.statements} statements; {seconds:.1f} s"
        )


_input_paths = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
_extractor_opt = click.option("--extractor", default="patterns.v1", show_default=True, help="Registered extractor to use.")
_lexicon_opt = click.option(
    "--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Extra lexicon YAML file (repeatable)."
)
_strict_opt = click.option("--strict", is_flag=True, help="Stop at the first unreadable input instead of skipping it.")
_base_opt = click.option("--base-iri", default="https://w3id.org/bikg/", show_default=True, help="Base of minted IRIs.")
_quiet_opt = click.option("-q", "--quiet", is_flag=True, help="Print no progress bar, duplicates or summary (skipped inputs are still reported).")
_field_opt = click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=COLUMN",
    callback=_parse_fields,
    help="Corpus column (JSON Lines, JSON, CSV) for an article field: id, text, title, published, source, url, author (repeatable).",
)


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
@_field_opt
@_quiet_opt
def build(
    paths: tuple[str, ...], output: Path, no_html: bool, extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, fields: dict[str, str], quiet: bool
) -> None:
    """Build the graph of PATH... (text, HTML, feeds, JSON Lines, JSON, CSV; folders, globs, URLs, - for stdin).

    Writes OUTPUT/graph.trig (one named graph per article) and OUTPUT/graph.html.

    \b
    Examples:
        kg build examples/articles -o out
        kg build examples/corpora/andes-wire.csv --field id=story_id --field source=outlet -o out
    """
    from kg.pipeline import build as run_build

    reporter = _Reporter(quiet)
    with reporter.live():
        summary = run_build(
            list(paths),
            output,
            _options(extractor, lexicon, strict, base_iri, fields),
            reporter.skip,
            html=not no_html,
            on_duplicate=reporter.duplicate,
            on_progress=reporter.progress,
        )
    if not quiet:
        reporter.say(reporter.summary(summary.seconds, f"{summary.sentences} sentences, {summary.entities} entities, "))
        reporter.say(f"Wrote {output / 'graph.trig'}" + ("" if no_html else f" and {output / 'graph.html'}"))
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
@_field_opt
@_quiet_opt
def extract(
    paths: tuple[str, ...], fmt: str, output: Any, extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, fields: dict[str, str], quiet: bool
) -> None:
    """Print the statements of PATH..., one JSON object per line (or a table).

    \b
    Examples:
        kg extract examples/articles/azerbaijan-us-independence-day-2021.txt --format table
        kg extract examples/feeds/caspian-wire.xml
    """
    import time

    from kg.pipeline import process, statement_record

    started = time.perf_counter()
    reporter = _Reporter(quiet)
    rows = []
    with reporter.live():
        options = _options(extractor, lexicon, strict, base_iri, fields)
        for result in process(list(paths), options, reporter.skip, on_duplicate=reporter.duplicate, on_progress=reporter.progress):
            for statement in result.statements:
                record = statement_record(statement, result.article, base_iri)
                if fmt == "jsonl":
                    output.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    rows.append(record)
    if fmt == "table":
        output.write(_table(rows))
    if not quiet:
        reporter.say(reporter.summary(time.perf_counter() - started))
    if reporter.skipped:
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


if __name__ == "__main__":  # pragma: no cover
    main()
