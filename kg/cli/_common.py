"""What the ``kg`` commands share: options, the progress reporter, option parsers and small helpers.

The command modules (``kg.cli.building``, ``kg.cli.querying``, ...) import from here, never from
``kg.cli`` itself, which imports them to register their commands on the ``main`` group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.model import Duplicate, Skipped

if TYPE_CHECKING:
    from kg.pipeline import Progress

EXIT_SKIPPED = 3


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
