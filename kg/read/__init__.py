"""Read stage: turn paths, folders, globs, URLs and stdin into articles.

Entry point: :func:`read_articles`. One module per input kind: plain text
(:mod:`kg.read.text`), HTML pages (:mod:`kg.read.html`), RSS/Atom feeds
(:mod:`kg.read.feed`), JSON Lines/JSON/CSV corpora (:mod:`kg.read.corpus`) and
http(s) URLs (:mod:`kg.read.fetch`). The reader is chosen by extension and by
sniffing the content (:func:`input_kind`), so an ``.xml`` file that is a feed is
read as a feed. Non-English articles are skipped (:mod:`kg.read.language`) and
repeated stories are reported as duplicates (:mod:`kg.read.dedup`).

A bad input never stops the batch: it is yielded as a
:class:`~kg.model.Skipped` with the file (and line) and the reason, unless
``strict`` is set, in which case :class:`~kg.errors.ArticleUnreadable` is raised.
"""

from __future__ import annotations

import glob
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from kg.errors import ArticleUnreadable
from kg.model import Article, Duplicate, Skipped
from kg.read.corpus import FIELDS, check_fields, read_csv, read_json, read_jsonl
from kg.read.dedup import Deduplicator
from kg.read.feed import read_feed
from kg.read.fetch import FETCH_TIMEOUT, USER_AGENT, fetch, is_url
from kg.read.html import read_html
from kg.read.language import foreign_language
from kg.read.text import article_from_text, decode, find_metadata, parse_date, read_text, split_title

__all__ = [
    "FETCH_TIMEOUT",
    "FIELDS",
    "KINDS",
    "MAX_BYTES",
    "MAX_CORPUS_BYTES",
    "USER_AGENT",
    "article_from_text",
    "decode",
    "find_metadata",
    "input_kind",
    "parse_date",
    "read_articles",
    "split_title",
]

MAX_BYTES = 10 * 1024 * 1024
"""Larger pages, feeds, text files and downloads are skipped: no news article is that long."""

MAX_CORPUS_BYTES = 1024 * 1024 * 1024
"""Larger JSON Lines, JSON and CSV corpora are skipped: split them (they are read into memory)."""

KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
"""Input kinds by file extension. ``xml`` and unknown kinds are sniffed."""

FOLDER_SUFFIXES = frozenset(KINDS) - {".json"}
"""Extensions searched for in folders: ``.json`` files there are more often settings or annotations than corpora."""

_CORPORA = {"jsonl", "json", "csv", "tsv"}
_CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_-]+:)?(?:rss|feed|rdf)[\s>/]")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]")
_PROLOGUE = re.compile(rb"^(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!doctype[^>]*>)*", re.DOTALL)


def sniff(data: bytes) -> str | None:
    """The kind of input the bytes look like (``feed``, ``html``, ``json``, ``jsonl``), or None.

    >>> sniff(b'<?xml version="1.0"?>\\n<rss version="2.0"><channel>')
    'feed'
    >>> sniff(b"<!DOCTYPE html><html><body><p>Hi</p>")
    'html'
    >>> sniff(b'{"text": "Spain met Italy."}\\n') , sniff(b"Plain words.")
    ('jsonl', None)
    """
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lower()
    start = _PROLOGUE.match(head)
    rest = head[start.end() if start else 0 :]
    if rest.startswith(b"<"):
        if _FEED_ROOT.match(rest):
            return "feed"
        if _HTML_START.match(rest) or head.lstrip().startswith(b"<!doctype html"):
            return "html"
        return "xml"
    if rest.startswith(b"{"):
        return "jsonl"
    if rest.startswith(b"["):
        return "json"
    return None


def input_kind(name: str, data: bytes, content_type: str | None = None) -> str:
    """Which reader an input gets: by extension, by HTTP content type, then by sniffing its content.

    Plain-text files stay text unless they are plainly HTML or a feed; ``.xml``
    files, stdin, URLs and unknown extensions are sniffed.

    >>> input_kind("news.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
    'feed'
    >>> input_kind("corpus.csv", b"id,text")
    'csv'
    >>> input_kind("-", b"Plain words.")
    'text'
    """
    by_extension = KINDS.get(Path(name).suffix.lower()) if not is_url(name) else None
    if by_extension in {"html", "feed", *_CORPORA}:
        return by_extension  # type: ignore[return-value]
    sniffed = sniff(data)
    if by_extension == "text":
        return sniffed if sniffed in {"html", "feed"} else "text"
    by_type = _CONTENT_TYPES.get(content_type or "")
    if sniffed in {"feed", "html"}:
        return sniffed
    if by_type and by_type != "xml":
        return by_type
    return sniffed or by_extension or "text"  # by_extension is None or "xml" here


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Skipped]:
    """Inputs to read: files found in folders (recursively, hidden ones left out), glob matches, URLs, ``-``."""
    for raw in paths:
        name = str(raw)
        path = Path(name)
        if name == "-" or is_url(name):
            yield name
        elif path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files = sorted(found)
            if not files:
                yield Skipped(name, f"no articles in this folder (none of its files ends in {', '.join(sorted(FOLDER_SUFFIXES))})")
            yield from (str(p) for p in files)
        elif not path.exists() and glob.has_magic(name):
            matches = sorted(m for m in glob.glob(name, recursive=True) if Path(m).is_file())
            if not matches:
                yield Skipped(name, "no file matches this pattern")
            yield from matches
        else:
            yield name


def _read_input(origin: str, max_bytes: int, timeout: float) -> tuple[bytes, str | None, str | None, str | None]:
    """Bytes, content type, declared charset and URL of one input.

    Raises:
        ArticleUnreadable: missing, unreadable, too large, or (URLs) not fetched.
    """
    if is_url(origin):
        response = fetch(origin, timeout=timeout, max_bytes=MAX_BYTES)
        return response.data, response.content_type, response.charset, response.url
    if origin == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ArticleUnreadable(origin, f"input too large (the limit is {max_bytes} bytes)")
        return data, None, None, None
    path = Path(origin)
    if not path.exists():
        raise ArticleUnreadable(origin, "no such file or folder")
    limit = MAX_CORPUS_BYTES if KINDS.get(path.suffix.lower()) in _CORPORA else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleUnreadable(origin, f"file too large ({size} bytes; the limit is {limit})")
        return path.read_bytes(), None, None, path.resolve().as_uri()
    except OSError as exc:
        raise ArticleUnreadable(origin, exc.strerror or str(exc)) from None


def _read_one(origin: str, fields: Mapping[str, str], timeout: float) -> Iterator[Article | Skipped]:
    """Every article of one input, with the reader its kind calls for.

    Raises:
        ArticleUnreadable: the input as a whole cannot be read.
    """
    data, content_type, charset, url = _read_input(origin, MAX_CORPUS_BYTES if origin == "-" else MAX_BYTES, timeout)
    kind = input_kind(origin, data, content_type)
    if kind not in _CORPORA and len(data) > MAX_BYTES:
        raise ArticleUnreadable(origin, f"input too large ({len(data)} bytes; the limit is {MAX_BYTES})")
    if kind == "html":
        yield from read_html(origin, data, url)
    elif kind == "feed":
        yield from read_feed(origin, data, url)
    elif kind == "xml":
        try:
            items = list(read_feed(origin, data, url))
        except ArticleUnreadable as exc:
            raise ArticleUnreadable(origin, f"XML, but not an RSS or Atom feed ({exc.reason})") from None
        yield from items
    elif kind == "jsonl":
        yield from read_jsonl(origin, data, fields)
    elif kind == "json":
        yield from read_json(origin, data, fields)
    elif kind in {"csv", "tsv"}:
        yield from read_csv(origin, data, fields, delimiter="\t" if kind == "tsv" else None)
    else:
        yield article_from_text(decode(origin, data, declared=charset), origin, url=url)


def read_articles(
    paths: Iterable[str | Path],
    *,
    strict: bool = False,
    fields: Mapping[str, str] | None = None,
    timeout: float = FETCH_TIMEOUT,
    dedupe: bool = True,
    on_input: Callable[[int, int, str], None] | None = None,
    seen: Deduplicator | None = None,
) -> Iterator[Article | Skipped | Duplicate]:
    """Read articles from files, folders, globs, http(s) URLs or ``-`` (stdin).

    Args:
        paths: files, folders (searched recursively for the extensions of
            :data:`FOLDER_SUFFIXES`), glob patterns, http(s) URLs or ``-``.
        strict: raise on the first input that is skipped instead of yielding a :class:`Skipped`.
        fields: corpus column for each article field, e.g. ``{"text": "body", "published": "date"}``.
        timeout: seconds allowed for each URL download.
        dedupe: report repeated stories as :class:`Duplicate` instead of yielding them again.
        on_input: called with (index from 0, number of inputs, input) before each input is read.
        seen: the articles read before (a store's, :func:`kg.read.dedup.load_signatures`), to find
            duplicates of them too; it remembers the articles read now.

    Yields:
        An :class:`Article` per article read; a :class:`Skipped` per input or
        record that could not be read or is not in English; a :class:`Duplicate`
        per article that repeats one yielded before (the ``of`` id).

    Raises:
        ArticleUnreadable: only with ``strict``.
        UnknownField: ``fields`` names a field articles do not have.
    """
    fields = dict(fields or {})
    check_fields(fields)
    inputs = list(_expand(paths))
    if dedupe and seen is None:
        seen = Deduplicator()
    elif not dedupe:
        seen = None

    def skip(item: Skipped) -> Skipped:
        if strict:
            raise ArticleUnreadable(item.origin, item.reason)
        return item

    for index, origin in enumerate(inputs):
        if isinstance(origin, Skipped):
            yield skip(origin)
            continue
        if on_input:
            on_input(index, len(inputs), origin)
        try:
            for item in _read_one(origin, fields, timeout):
                if isinstance(item, Skipped):
                    yield skip(item)
                    continue
                if reason := foreign_language(item.text):
                    yield skip(Skipped(item.origin, reason))
                    continue
                duplicate = seen.check(item) if seen else None
                yield duplicate or item
        except ArticleUnreadable as exc:
            if strict:
                raise
            yield Skipped(exc.source, exc.reason)
        except RecursionError:  # deeply nested markup or JSON
            yield skip(Skipped(origin, "nested too deeply to read"))
