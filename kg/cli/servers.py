"""``kg serve`` and ``kg push``: the commands that run a SPARQL server or load a graph into one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kg.cli._common import _count, _credentials, _default_graph_opt, _password_opt


@click.command()
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
        graph_page = "" if no_views else f"HTML graph at {url}/, "
        click.echo(f"Serving SPARQL at {url}/sparql ({mode}), {graph_page}query page at {url}/query — Ctrl-C to stop", err=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"Warning: listening on {host}: anyone who can reach this machine can run queries here", err=True)
            if not host_names:
                click.echo("Requests must name this server 127.0.0.1 or localhost: add the name clients use with --host-name NAME", err=True)

    run_server(store=store_dir if graph is None else None, graph=graph, options=options, on_ready=ready)


@click.command()
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
