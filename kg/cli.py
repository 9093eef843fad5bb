"""The ``kg`` command: a thin Click layer over the library functions.

Exit status: 0 success; 1 an error (``Error: ...`` on stderr), or with
``--strict`` the first unreadable input; 2 a usage error; 3 the command
finished but some inputs were skipped (each reported on stderr).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
import time
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


def _count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with its noun, singular or plural.

    >>> _count(1, "article"), _count(13, "article"), _count(0, "entity", "entities")
    ('1 article', '13 articles', '0 entities')
    """
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _parse_shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    index, sep, count = value.partition("/")
    if not sep or not index.strip().isdigit() or not count.strip().isdigit() or not 1 <= int(index) <= int(count):
        raise click.BadParameter(f"{value!r}: write I/N with 1 <= I <= N, e.g. --shard 2/8")
    return int(index), int(count)


def _options(
    extractor: str, lexicon: tuple[Path, ...], strict: bool, base_iri: str, fields: dict[str, str] | None = None, workers: int = 1
) -> Any:
    from kg.pipeline import Options

    return Options(extractor=extractor, lexicon_files=lexicon, strict=strict, base=base_iri, fields=fields or {}, workers=workers)


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
        self.say(f"Skipped {item.origin}: {_one_line(item.reason)}")

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
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

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

    def summary(self, seconds: float, extra: str = "", unchanged: int = 0) -> str:
        """The end-of-run line; ``unchanged`` articles (a build skips them before parsing) count as read."""
        from kg.pipeline import skip_reasons

        reasons = ", ".join(f"{reason}: {n}" for reason, n in skip_reasons(self.skipped).items())
        return (
            f"{_count(self.articles + unchanged, 'article')} read, {_count(len(self.duplicates), 'duplicate')} (counted once), "
            f"{len(self.skipped)} skipped" + (f" ({reasons})" if reasons else "")
            + f"; {extra}{_count(self.statements, 'statement')}; {seconds:.1f} s"
        )


def _one_line(text: str) -> str:
    """A message on one line (a reason may quote a multi-line error), so that it cannot garble the output.

    >>> _one_line("not valid JSON:\\n  line 2  ")
    'not valid JSON: line 2'
    """
    return " ".join(text.split())


_input_paths = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
_extractor_opt = click.option("--extractor", default="patterns.v1", show_default=True, help="Registered extractor to use.")
_lexicon_opt = click.option(
    "--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Extra lexicon YAML file (repeatable)."
)
_strict_opt = click.option("--strict", is_flag=True, help="Stop at the first unreadable input instead of skipping it.")
def _check_base(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """The base of minted IRIs must be an absolute IRI that can begin others (no space, ``<``, ``"``...)."""
    from kg.rdf import iri

    try:
        iri(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
        raise click.BadParameter(f"{value!r} is not an absolute IRI (it has no scheme such as https:)")
    return value


_base_opt = click.option(
    "--base-iri", default="https://w3id.org/bikg/", show_default=True, callback=_check_base, help="Base of minted IRIs."
)
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
        kg build examples/articles --store kg-store
        kg query --store kg-store --name dyad-timeline --param a=AZE --param b=USA
        kg viz --store kg-store --dyad AZE USA -o aze-usa.html
    """
    logging.basicConfig(level=[logging.ERROR, logging.INFO, logging.DEBUG][min(verbose, 2)], format="%(levelname)s %(name)s: %(message)s")


_password_opt = click.option(
    "--password", envvar="KG_PUSH_PASSWORD", show_envvar=True,
    help="Password for --user (prefer the KG_PUSH_PASSWORD variable or ~/.netrc: a command line is visible to other users). Never printed.",
)
_default_graph_opt = click.option(
    "--default-graph", metavar="IRI",
    help="Send the default graph's triples to this named graph: for Virtuoso, whose Graph Store has no default graph (its queries read all graphs).",
)


def _credentials(url: str, user: str | None, password: str | None) -> tuple[str | None, str | None]:
    """The user and password for ``url``: as given, else the host's entry in ``~/.netrc`` (``$NETRC``)."""
    import netrc
    import os
    import urllib.parse

    if user and password is not None:
        return user, password
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        entry = None
    if entry is None or (user and entry[0] != user):
        return user, password
    return entry[0], entry[2]


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
@_field_opt
@_quiet_opt
@click.option(
    "--shard",
    callback=lambda ctx, param, value: _parse_shard(value),
    metavar="I/N",
    help="Build only shard I of N (by a hash of each article's id), to fan a corpus out over N machines.",
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes that parse and extract in parallel.")
@click.option(
    "--no-summaries", is_flag=True,
    help="Do not keep the dyad summaries up to date (faster; drops them, and central-countries and dyad-balance "
    "then read every statement until `kg summarize`).",
)
@click.option("--cluster", envvar="KG_CLUSTER", metavar="ADDRESS", help="Parse and extract on this Dask scheduler's workers, e.g. tcp://HOST:8786 (default: $KG_CLUSTER).")
@click.option("--push-to", metavar="URL", help="Send the graph to this Graph Store Protocol URL (one named graph per article) instead of a local store.")
@click.option("--nquads-dir", type=click.Path(file_okay=False, path_type=Path), help="Write N-Quads part files here (by the workers with --cluster) instead of a local store; load them with `kg load`.")
@click.option("--state", "state_file", type=click.Path(dir_okay=False, path_type=Path), help="With --push-to or --nquads-dir: file of the articles delivered, so a rerun adds only the rest.")
@click.option("--user", help="With --push-to: user name for HTTP Basic/Digest authentication (default: the server's entry in ~/.netrc).")
@_password_opt
@_default_graph_opt
def build(
    paths: tuple[str, ...],
    store: Path | None,
    output: Path | None,
    no_html: bool,
    extractor: str,
    lexicon: tuple[Path, ...],
    strict: bool,
    base_iri: str,
    fields: dict[str, str],
    quiet: bool,
    workers: int,
    shard: tuple[int, int] | None,
    no_summaries: bool,
    cluster: str | None,
    push_to: str | None,
    nquads_dir: Path | None,
    state_file: Path | None,
    user: str | None,
    password: str | None,
    default_graph: str | None,
) -> None:
    """Build the graph of PATH... (text, HTML, feeds, JSON Lines, JSON, CSV; folders, globs, URLs, - for stdin) into the store.

    Incremental: articles already in the store with the same content are skipped;
    an article whose content changed (same id or URL) replaces its old version.
    Articles are written 50 to a transaction, so an interrupted build leaves a
    consistent store; run it again to finish.

    \b
    Examples:
        kg build examples/articles --store kg-store
        kg build examples/articles --store kg-store -o out   # also out/graph.trig, out/graph.html
        kg build examples/corpora/andes-wire.csv --field id=story_id --field source=outlet --store kg-store
        kg build /shared/wire --cluster tcp://10.0.0.1:8786 --store kg-store    # see README, Scaling past one machine
        kg build /shared/wire --cluster tcp://10.0.0.1:8786 --push-to http://10.0.0.2:7878/store
    """
    from kg.pipeline import build as run_build
    from kg.store import default_store

    options = dataclasses.replace(
        _options(extractor, lexicon, strict, base_iri, fields, workers), shard=shard, summaries=not no_summaries, cluster=cluster or None
    )
    reporter = _Reporter(quiet)
    if cluster:
        from kg.cluster import info

        seen = info(cluster)
        if not quiet:
            board = f"; dashboard {seen.dashboard}" if seen.dashboard else " (pip install bokeh on the scheduler for its dashboard)"
            reporter.say(f"Dask cluster {cluster}: {seen.workers} workers, {seen.threads} threads{board}")
    if push_to or nquads_dir:
        if store is not None or output is not None:
            raise click.UsageError("--push-to and --nquads-dir build no local store: give neither --store nor -o with them.")
        _build_elsewhere(list(paths), options, reporter, push_to, nquads_dir, state_file, (user, password, default_graph), quiet)
        return
    if state_file is not None or user is not None or default_graph is not None:
        raise click.UsageError("--state, --user and --default-graph go with --push-to or --nquads-dir.")
    store = store or default_store()
    with reporter.live():
        summary = run_build(
            list(paths),
            store,
            options,
            reporter.skip,
            output=output,
            html=not no_html,
            on_duplicate=reporter.duplicate,
            on_progress=reporter.progress,
        )
    if not quiet:
        reporter.say(
            reporter.summary(
                summary.seconds,
                f"{summary.articles} written ({summary.replaced} replaced), {summary.unchanged} unchanged, "
                f"{_count(summary.sentences, 'sentence')}, {_count(summary.entities, 'entity', 'entities')}, ",
                unchanged=summary.unchanged,
            )
        )
        wrote = f"Store {store}"
        if output is not None:
            wrote += f"; wrote {output / 'graph.trig'}" + ("" if no_html else f" and {output / 'graph.html'}")
        reporter.say(wrote)
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


def _build_elsewhere(
    paths: list[str], options: Any, reporter: _Reporter, push_to: str | None, nquads_dir: Path | None,
    state_file: Path | None, auth: tuple[str | None, str | None, str | None], quiet: bool,
) -> None:
    """``kg build --push-to URL`` / ``--nquads-dir DIR``: no local store, a state file for resuming."""
    import hashlib

    from kg.remote_build import build_elsewhere
    from kg.push import Target
    from kg.query import endpoint_url

    target = None
    if push_to:
        url = endpoint_url(push_to)
        user, password = _credentials(url, auth[0], auth[1])
        target = Target(graph_store=url, user=user, password=password, default_graph=auth[2])
    if state_file is None:
        where = nquads_dir if nquads_dir is not None else Path(".")
        tag = hashlib.sha256((push_to or "").encode("utf-8")).hexdigest()[:8]
        state_file = where / (f".kg-build-state-{tag}.tsv" if push_to else ".kg-build-state.tsv")
    with reporter.live():
        summary = build_elsewhere(
            paths, options, state_file, push_to=target, part_dir=nquads_dir,
            on_skip=reporter.skip, on_duplicate=reporter.duplicate, on_progress=reporter.progress,
        )
    if not quiet:
        reporter.say(reporter.summary(summary.seconds, f"{summary.articles} delivered, {summary.unchanged} already there, {summary.entities} entities, "))
        sent = [f"pushed to {target.key}" if target else "", f"part files in {nquads_dir}" if nquads_dir else ""]
        reporter.say(" and ".join(x for x in sent if x).capitalize() + f"; state in {state_file}")
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path), metavar="FILE.nq|FILE.trig|DIR...")
@_store_opt
@_quiet_opt
def load(sources: tuple[Path, ...], store: Path | None, quiet: bool) -> None:
    """Bulk-load N-Quads or TriG files (or folders of them, e.g. from kg build --nquads-dir) into the store.

    Uses Oxigraph's bulk loader, then computes the dyad summaries once. Loading
    adds quads: load part files of new articles, not a second version of one
    already in the store (rebuild that with kg build).

    \b
    Example:
        kg load parts/ --store kg-store
    """
    from kg.load import load as run_load
    from kg.store import default_store

    store = store or default_store()
    report = run_load(list(sources), store)
    if not quiet:
        click.echo(
            f"{store}: loaded {report.files} files, {report.quads} quads in {report.load_seconds:.1f} s "
            f"({report.quads / max(report.load_seconds, 1e-9):,.0f} quads/s); "
            f"{report.summaries} dyad-month summaries in {report.summary_seconds:.1f} s",
            err=True,
        )


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
                sparql = named.bind(values, base=base_iri, summaries=True)
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
            optional = " (optional)" if p.optional else ""
            lines.append(f"    --param {p.name}={p.kind.upper()}{optional}  {p.description}")
        lines.append("")
    return "\n".join(lines)


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


@main.command()
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


@main.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@_store_opt
def remove(articles: tuple[str, ...], store: Path | None) -> None:
    """Remove ARTICLE... (id, IRI or URL) from the store with its graph and statements.

    \b
    Example:
        kg remove 3f9c2a1b7d4e --store kg-store
    """
    from kg.store import default_store, open_store
    from kg.write import remove_articles

    store = store or default_store()
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}")
    removed = remove_articles(open_store(store), list(articles))
    click.echo(f"Removed {_count(len(removed), 'article')} from {store}", err=True)


@main.command()
@_store_opt
@click.option("-q", "--quiet", is_flag=True, help="Print nothing (the count and time of the summaries computed).")
def summarize(store: Path | None, quiet: bool) -> None:
    """Compute the store's dyad summaries again, from every statement it holds.

    kg build keeps them up to date (and computes them for a store that lacks
    them); this is for a store changed another way, e.g. through
    kg serve --allow-update, which drops them.

    \b
    Example:
        kg summarize --store kg-store
    """
    from kg.store import default_store, open_store
    from kg.summary import rebuild_summaries

    store = store or default_store()
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}")
    started = time.perf_counter()
    count = rebuild_summaries(open_store(store))
    if not quiet:
        click.echo(f"{store}: {count} dyad-month summaries in {time.perf_counter() - started:.1f} s", err=True)


_since_opt = click.option("--since", metavar="DATE", help="Only statements dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
_until_opt = click.option("--until", metavar="DATE", help="Only statements dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
_category_opt = click.option("--category", "categories", multiple=True, metavar="NAME", help="Only this PLOVER category (repeatable), e.g. COOPERATE.")


def _source(store: Path | None, graph: Path | None) -> Any:
    from kg.store import open_source

    if store is not None and graph is not None:
        raise click.UsageError("Give either GRAPH or --store, not both.")
    return open_source(store=store, graph=graph)


@main.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help="Serve this store folder (default: $KG_STORE or ./kg-store).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on. 127.0.0.1 means this machine only: queries carry no authentication and can cost "
    "CPU time, so expose it (0.0.0.0) only behind a reverse proxy with TLS and access control.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port (0 picks a free one).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Query worker processes (queries answered at once).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True, help="Seconds a query may run before it is stopped.")
@click.option("--max-results", type=click.IntRange(1), default=10_000, show_default=True, help="Most rows (or triples) in an answer.")
@click.option("--max-memory", type=click.IntRange(0), default=2048, show_default=True, help="MiB a query worker may allocate (0: no limit); a query needing more gets 503.")
@click.option("--cors", multiple=True, metavar="ORIGIN", help="Allow browser calls from this origin ('*' for any); off by default.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (store only) from requests with 'Authorization: Bearer TOKEN'.")
@click.option("--update-token", envvar="KG_UPDATE_TOKEN", help="The token for --allow-update (prefer the KG_UPDATE_TOKEN variable: a command line is visible to other users).")
@click.option("--no-views", is_flag=True, help="Do not serve the HTML graph at /.")
@click.option(
    "--host-name",
    "host_names",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this host name (repeatable); 127.0.0.1 and localhost are always served, any other Host header is refused.",
)
@click.option("--request-timeout", type=click.FloatRange(0.1), default=10.0, show_default=True, help="Seconds a client has to send a whole request; then its connection is closed.")
def serve(
    graph: Path | None,
    store_dir: Path | None,
    host: str,
    port: int,
    workers: int,
    timeout: float,
    max_results: int,
    max_memory: int,
    cors: tuple[str, ...],
    allow_update: bool,
    update_token: str | None,
    no_views: bool,
    host_names: tuple[str, ...],
    request_timeout: float,
) -> None:
    """Serve the store (or GRAPH) over the SPARQL 1.1 Protocol at /sparql, with the HTML graph at / and a query page at /query.

    Read-only, bound to 127.0.0.1, no SERVICE or LOAD, no file access, a time
    limit and a result cap per query; errors are JSON with the HTTP status.

    \b
    Examples:
        kg serve --store kg-store
        kg serve out/graph.trig --port 8080
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:8000/sparql
    """
    from kg.serve import ServeOptions
    from kg.serve import serve as run_server

    if graph is not None and store_dir is not None:
        raise click.UsageError("Give a GRAPH file or --store, not both.")
    if allow_update and not update_token:
        raise click.UsageError("--allow-update needs a token: set KG_UPDATE_TOKEN (or --update-token).")
    if update_token and not allow_update:
        update_token = None
    options = ServeOptions(
        host=host,
        port=port,
        workers=workers,
        timeout=timeout,
        max_results=max_results,
        max_memory=max_memory,
        cors=cors,
        update_token=update_token,
        views=not no_views,
        host_names=host_names,
        request_timeout=request_timeout,
    )
    if graph is not None and graph.is_dir():
        graph, store_dir = None, graph

    def ready(url: str) -> None:
        mode = "read-write (updates need the token)" if update_token else "read-only"
        click.echo(f"Serving SPARQL at {url}/sparql ({mode}), HTML graph at {url}/, query page at {url}/query — Ctrl-C to stop", err=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"Warning: listening on {host}: anyone who can reach this machine can run queries here", err=True)
            if not host_names:
                click.echo("Requests must name this server 127.0.0.1 or localhost: add the name clients use with --host-name NAME", err=True)

    run_server(store=store_dir if graph is None else None, graph=graph, options=options, on_ready=ready)


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
        click.echo(f"{_count(len(report.violations), 'violation')} in {_count(report.triples, 'triple')}", err=True)
        sys.exit(1)
    click.echo(f"Conforms: {report.triples} triples checked against the SHACL shapes", err=True)


@main.command()
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


@main.command()
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


@main.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), help="Push this store folder (default: $KG_STORE or ./kg-store).")
@click.option("--graph-store", help="Graph Store Protocol URL of the server (Oxigraph …/store, Fuseki …/ds/data).")
@click.option("--endpoint", help="SPARQL Update endpoint of the server (Oxigraph …/update, Fuseki …/ds/update), used without --graph-store.")
@click.option("--replace-default", is_flag=True, help="Replace the server's default graph instead of merging into it (not with shards).")
@click.option("--merge-default", is_flag=True, help="Never replace the server's default graph, even when syncing (shards pushed into one server).")
@click.option(
    "--sync/--no-sync",
    default=None,
    help="Make the server's article graphs the store's: send what changed, delete the graphs of removed articles, skip the rest. "
    "Default: on when the state file records an earlier push to this server.",
)
@click.option("--resume", is_flag=True, help="The same as --sync (after a failed or interrupted push, send only the rest).")
@click.option("--state", "state_file", type=click.Path(dir_okay=False, path_type=Path), help="State file of what landed (default: beside the store, NAME.push-state.json).")
@click.option("--jobs", type=click.IntRange(1, 32), default=4, show_default=True, help="Requests in flight at once.")
@click.option("--user", help="User name for HTTP Basic/Digest authentication (default: the server's entry in ~/.netrc).")
@_password_opt
@_default_graph_opt
@click.option("--timeout", type=click.FloatRange(1), default=120.0, show_default=True, help="Seconds per request.")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary and no line per failed graph (errors are still reported).")
def push(
    graph: Path | None,
    store_dir: Path | None,
    graph_store: str | None,
    endpoint: str | None,
    replace_default: bool,
    merge_default: bool,
    sync: bool | None,
    resume: bool,
    state_file: Path | None,
    jobs: int,
    user: str | None,
    password: str | None,
    default_graph: str | None,
    timeout: float,
    quiet: bool,
) -> None:
    """Load the store (or GRAPH) into a SPARQL 1.1 server, one named graph per article.

    Named graphs are replaced (PUT); the default graph is merged (POST), so
    shards built apart can be pushed to one server. What landed is recorded in
    a state file as it lands; the next push to the same server syncs: it sends
    only what changed, deletes the graphs of articles removed from the store,
    and replaces a changed default graph (--merge-default: merge it, for
    shards). Ctrl-C stops a push and keeps what landed; the push stops by
    itself after 5 requests in a row that find no server.

    \b
    Examples:
        kg push --store kg-store --graph-store http://127.0.0.1:7878/store
        kg push --store kg-store --endpoint http://127.0.0.1:3030/ds/update --user admin
        kg push --store kg-store --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba \
            --default-graph https://w3id.org/bikg/graph/default     # Virtuoso; password from KG_PUSH_PASSWORD
    """
    from kg.push import Target
    from kg.push import push as run_push
    from kg.query import endpoint_url
    from kg.store import default_store, open_source

    if graph is not None and store_dir is not None:
        raise click.UsageError("Give a GRAPH file or --store, not both.")
    if not graph_store and not endpoint:
        raise click.UsageError("Give --graph-store URL (Graph Store Protocol) or --endpoint URL (SPARQL Update).")
    url = endpoint_url(graph_store) if graph_store else endpoint_url(endpoint or "")
    user, password = _credentials(url, user, password)
    target = Target(
        graph_store=url if graph_store else None,
        update=url if not graph_store else None,
        user=user,
        password=password,
        timeout=timeout,
        default_graph=default_graph,
    )
    source = graph if graph is not None else (store_dir if store_dir is not None else default_store())
    if state_file is None:
        source_path = Path(source).resolve()
        state_file = source_path.parent / f"{source_path.name}.push-state.json"
    dataset = open_source(store=store_dir, graph=graph)

    def progress(unit: Any, error: str | None) -> None:
        if error and not quiet:
            click.echo(f"Failed {unit.id}: {error}", err=True)

    if replace_default and merge_default:
        raise click.UsageError("Give --replace-default or --merge-default, not both.")
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # a killed push saves its state as Ctrl-C does

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        report = run_push(
            dataset, target, state=state_file, resume=resume, sync=sync, replace_default=replace_default,
            merge_default=merge_default, jobs=jobs, on_unit=progress,
        )
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        deleted = f", {_count(report.deleted, 'graph')} deleted" if report.sync else ""
        click.echo(
            f"Pushed {_count(report.pushed, 'graph or chunk', 'graphs or chunks')} ({_count(report.triples, 'triple')}) to {target.key}, "
            f"{report.skipped} already there{deleted}, {report.seconds:.1f} s",
            err=True,
        )


if __name__ == "__main__":  # pragma: no cover
    main()
