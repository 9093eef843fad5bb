"""``kg build``, ``kg extract``, ``kg load``, ``kg remove`` and ``kg summarize``: the commands that run the pipeline and fill the store."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from kg.cli._common import (
    EXIT_SKIPPED,
    _base_opt,
    _count,
    _credentials,
    _default_graph_opt,
    _extractor_opt,
    _field_opt,
    _input_paths,
    _lexicon_opt,
    _options,
    _parse_shard,
    _password_opt,
    _quiet_opt,
    _Reporter,
    _store_opt,
    _strict_opt,
)


@click.command()
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
    from kg.store import default_store, drop_recycled_logs

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
    drop_recycled_logs(store)
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


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path), metavar="FILE.nq|FILE.trig|DIR...")
@_store_opt
@click.option("--lenient", is_flag=True, help="Skip some checks of the parser (IRIs are not validated): faster, for files kg wrote (kg build --nquads-dir).")
@click.option(
    "--no-summaries", is_flag=True,
    help="Drop the dyad summaries instead of computing them (their rebuild holds every statement in memory, about 0.6 GB "
    "a million quads); named queries then read every statement until kg summarize.",
)
@_quiet_opt
def load(sources: tuple[Path, ...], store: Path | None, lenient: bool, no_summaries: bool, quiet: bool) -> None:
    """Bulk-load N-Quads or TriG files (or folders of them, e.g. from kg build --nquads-dir) into the store.

    Uses Oxigraph's bulk loader, then computes the dyad summaries once. Loading
    adds quads: load part files of new articles, not a second version of one
    already in the store (rebuild that with kg build).

    \b
    Example:
        kg load parts/ --store kg-store
        kg load parts/ --store kg-store --lenient    # part files written by kg build
        kg load parts/ --store kg-store --no-summaries   # too large for the summaries' rebuild
    """
    from kg.load import load as run_load
    from kg.store import default_store, drop_recycled_logs

    store = store or default_store()
    report = run_load(list(sources), store, lenient=lenient, summaries=not no_summaries)
    drop_recycled_logs(store)
    if not quiet:
        click.echo(
            f"{store}: loaded {report.files} files, {report.quads} quads in {report.load_seconds:.1f} s "
            f"({report.quads / max(report.load_seconds, 1e-9):,.0f} quads/s, {report.load_cpu_seconds / max(report.load_seconds, 1e-9):.1f} cores); "
            + (f"{report.summaries} dyad-month summaries in {report.summary_seconds:.1f} s" if not no_summaries
               else "no dyad summaries (kg summarize computes them)"),
            err=True,
        )


@click.command()
@_input_paths
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["jsonl", "table", "people"]), default="jsonl", show_default=True,
    help="Output format: statements as JSON lines or a table, or `people`: one JSON line per person each article names (its person index).",
)
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
    """Print the statements of PATH..., one JSON object per line (or a table), or the people they name.

    \b
    Examples:
        kg extract examples/articles/azerbaijan-us-independence-day-2021.txt --format table
        kg extract examples/feeds/caspian-wire.xml
        kg extract examples/articles --format people
    """
    import time

    from kg.pipeline import person_records, process, statement_record

    started = time.perf_counter()
    reporter = _Reporter(quiet)
    rows = []
    with reporter.live():
        options = _options(extractor, lexicon, strict, base_iri, fields)
        for result in process(list(paths), options, reporter.skip, on_duplicate=reporter.duplicate, on_progress=reporter.progress):
            if fmt == "people":
                for person in person_records(result, base_iri):
                    output.write(json.dumps(person, ensure_ascii=False) + "\n")
                continue
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


@click.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@_store_opt
def remove(articles: tuple[str, ...], store: Path | None) -> None:
    """Remove ARTICLE... (id, IRI or URL) from the store with its graph and statements.

    \b
    Example:
        kg remove 3f9c2a1b7d4e --store kg-store
    """
    from kg.store import default_store, drop_recycled_logs, open_store
    from kg.write import remove_articles

    store = store or default_store()
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}")
    removed = remove_articles(open_store(store), list(articles))
    drop_recycled_logs(store)
    click.echo(f"Removed {_count(len(removed), 'article')} from {store}", err=True)


@click.command()
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
    from kg.store import default_store, drop_recycled_logs, open_store
    from kg.summary import rebuild_summaries

    store = store or default_store()
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}")
    started = time.perf_counter()
    count = rebuild_summaries(open_store(store))
    drop_recycled_logs(store)
    if not quiet:
        click.echo(f"{store}: {count} dyad-month summaries in {time.perf_counter() - started:.1f} s", err=True)
