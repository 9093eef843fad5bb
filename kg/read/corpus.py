"""Corpora: JSON Lines, JSON arrays and CSV/TSV files of many articles, with a field mapping.

Each record gives an article's text and, optionally, its id, title, date,
publisher, URL and author. Columns are found under their usual names
(:data:`DEFAULT_COLUMNS`) or where ``--field NAME=COLUMN`` says; a dotted
COLUMN (``meta.date``) reaches into nested JSON objects. A bad record is
reported with its line number and skipped; the rest of the file is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Mapping

from kg.errors import ArticleUnreadable, UnknownField
from kg.model import Article, Skipped
from kg.read.text import article_from_text, decode, parse_date

FIELDS = ("id", "text", "title", "published", "source", "url", "author")
"""The article fields a corpus column can be mapped to."""

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "published": ("published", "date", "datePublished"),
    "source": ("source", "publisher"),
    "url": ("url", "link"),
    "author": ("author", "byline"),
}
"""Column names tried, in order, for each field that ``--field`` does not map."""

MAX_TEXT_CHARS = 10 * 1024 * 1024
"""Records with a longer text are skipped, like files over :data:`kg.read.MAX_BYTES`."""


def check_fields(fields: Mapping[str, str]) -> None:
    """Check that every mapped field is one of :data:`FIELDS` and every column is named.

    >>> check_fields({"text": "body"})
    >>> check_fields({"txt": "body"})
    Traceback (most recent call last):
    kg.errors.UnknownField: Unknown field 'txt' in --field txt=body. Available: id, text, title, published, source, url, author

    Raises:
        UnknownField: a field name is not one of :data:`FIELDS`, or a column is empty.
    """
    for name, column in fields.items():
        if name not in FIELDS:
            raise UnknownField(f"Unknown field {name!r} in --field {name}={column}. Available: {', '.join(FIELDS)}")
        if not column:
            raise UnknownField(f"No column given in --field {name}=; write --field {name}=COLUMN")


def _columns(fields: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {name: (fields[name],) if name in fields else DEFAULT_COLUMNS[name] for name in FIELDS}


def _lookup(record: Mapping[str, object], column: str) -> object:
    if column in record:
        return record[column]
    value: object = record
    for part in column.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _article(record: Mapping[str, object], where: str, columns: dict[str, tuple[str, ...]]) -> Article:
    """One corpus record as an article.

    Raises:
        ArticleUnreadable: no text, or a date that cannot be read.
    """
    values: dict[str, object] = {}
    for name, candidates in columns.items():
        values[name] = next((v for c in candidates if (v := _lookup(record, c)) not in (None, "")), None)
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        wanted = " or ".join(repr(c) for c in columns["text"])
        raise ArticleUnreadable(where, f"missing or empty {wanted} field (map the text with --field text=COLUMN)")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleUnreadable(where, f"text too large ({len(text)} characters; the limit is {MAX_TEXT_CHARS})")
    date_value = values["published"]
    published: dt.date | None = None
    if date_value:
        published = parse_date(str(date_value))
        if published is None:
            raise ArticleUnreadable(where, f"unreadable date {date_value!r} (expected YYYY-MM-DD, '3 July 2021' or an RFC 2822 date)")

    def text_of(name: str) -> str | None:
        value = values[name]
        return " ".join(str(value).split()) or None if value is not None else None

    return article_from_text(
        text,
        where,
        id=text_of("id"),
        title=text_of("title"),
        published=published,
        source=text_of("source"),
        url=text_of("url"),
        author=text_of("author"),
    )


def _records(origin: str, items: Iterable[tuple[str, object]], columns: dict[str, tuple[str, ...]]) -> Iterator[Article | Skipped]:
    for where, record in items:
        if not isinstance(record, Mapping):
            yield Skipped(where, f"a JSON object was expected, not {type(record).__name__}")
            continue
        try:
            yield _article(record, where, columns)
        except ArticleUnreadable as exc:
            yield Skipped(exc.source, exc.reason)


def read_jsonl(origin: str, data: bytes, fields: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """Reader for JSON Lines corpora: one JSON object per line.

    A malformed line is reported as ``FILE:LINE`` and skipped.

    Raises:
        ArticleUnreadable: the file is empty, binary or in no known encoding.
    """
    columns = _columns(fields or {})
    for number, line in enumerate(decode(origin, data).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "not valid JSON: nested too deeply")
            continue
        yield from _records(origin, [(where, record)], columns)


def read_json(origin: str, data: bytes, fields: Mapping[str, str] | None = None) -> Iterator[Article | Skipped]:
    """Reader for ``.json`` files: an array of records, one record, or (failing both) JSON Lines.

    Raises:
        ArticleUnreadable: the file is empty, binary or in no known encoding.
    """
    text = decode(origin, data)
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        yield from read_jsonl(origin, data, fields)
        return
    columns = _columns(fields or {})
    records = document if isinstance(document, list) else [document]
    yield from _records(origin, ((f"{origin}[{i}]", r) for i, r in enumerate(records)), columns)


def read_csv(origin: str, data: bytes, fields: Mapping[str, str] | None = None, delimiter: str | None = None) -> Iterator[Article | Skipped]:
    """Reader for CSV and TSV corpora: a header row, then one article per row.

    The delimiter is sniffed (comma, semicolon, tab or bar) unless given. A row
    without text is reported as ``FILE:LINE`` and skipped.

    Raises:
        ArticleUnreadable: the file is empty or binary, has no header, or lacks the text column.
    """
    text = decode(origin, data).lstrip("\ufeff")
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise ArticleUnreadable(origin, f"no header row ({exc})" if str(exc) else "no header row") from None
    columns = _columns(fields or {})
    if not any(c in header for c in columns["text"]):
        wanted = " or ".join(repr(c) for c in columns["text"])
        raise ArticleUnreadable(
            origin, f"no {wanted} column (columns: {', '.join(header) or 'none'}); map the text with --field text=COLUMN"
        )
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skipped(f"{origin}:{line}", f"malformed CSV row: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield Skipped(f"{origin}:{line}", f"{len(row)} cells but the header has {len(header)} columns")
            continue
        if len(row) < len(header) and not any(c in header[: len(row)] for c in columns["text"]):
            # the row stops before its text: say so, rather than that the text is missing
            cells = "1 cell" if len(row) == 1 else f"only {len(row)} cells"
            yield Skipped(f"{origin}:{line}", f"{cells} but the header has {len(header)} columns (the row ends before its text)")
            continue
        yield from _records(origin, [(f"{origin}:{line}", dict(zip(header, row)))], columns)
