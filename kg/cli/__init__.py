"""The ``kg`` command: a thin Click layer over the library functions.

Exit status: 0 success; 1 an error (``Error: ...`` on stderr), or with
``--strict`` the first unreadable input; 2 a usage error; 3 the command
finished but some inputs were skipped (each reported on stderr).

The ``main`` group and its error handling live here; the commands live in modules by what they
do (``building``: build, extract, load, remove, summarize; ``querying``: query, export, validate;
``servers``: serve, push; ``evaluation``: evaluate; ``views``: viz, timeline), and share the
options and helpers of ``kg.cli._common``.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from kg import __version__
from kg.cli._common import EXIT_SKIPPED, _Reporter
from kg.errors import KGError

__all__ = ["EXIT_SKIPPED", "_Reporter", "main"]


class _Group(click.Group):
    """Turns expected errors into ``Error: ...`` and exit 1, without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


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


# the commands, registered last (their modules import kg.cli._common, never this module)
from kg.cli.building import build, extract, load, remove, summarize  # noqa: E402
from kg.cli.evaluation import evaluate  # noqa: E402
from kg.cli.querying import export, query, validate  # noqa: E402
from kg.cli.servers import push, serve  # noqa: E402
from kg.cli.views import timeline, viz  # noqa: E402

for _command in (build, extract, load, remove, summarize, evaluate, query, export, validate, serve, push, viz, timeline):
    main.add_command(_command)
