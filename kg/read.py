"""Read stage: turn paths (files, folders, JSON Lines corpora, stdin) into articles.

Entry point: :func:`read_articles`. A bad input never stops the batch: it is
yielded as a :class:`~kg.model.Skipped` with the file and the reason, unless
``strict`` is set, in which case :class:`~kg.errors.ArticleUnreadable` is raised.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import ArticleUnreadable
from kg.model import Article, Skipped, content_hash, slugify

MAX_BYTES = 10 * 1024 * 1024
"""Files above this size are skipped: no news article is that long."""

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_TRAILER = re.compile(
    rf"(?:originally\s+)?(?:appeared|published)\s+(?:in|by|on)\s+(?P<source>[^\n]+?)\s+on\s+(?P<date>{_DATE})",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Za-z .'-]{{1,40}}),\s+)?(?P<date>{_DATE}|{_MONTH} \d{{1,2}})?"
    rf"\s*(?:\((?P<source>[^)]{{2,60}})\))?\s*(?:[-–—]|$)",
)


def parse_date(text: str) -> dt.date | None:
    """Parse a date written as in news datelines; None when there is no full date.

    >>> parse_date("03 July 2021")
    datetime.date(2021, 7, 3)
    >>> parse_date("March 07, 2024")
    datetime.date(2024, 3, 7)
    >>> parse_date("Aug 29") is None
    True
    """
    text = text.strip().rstrip(".")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text):
        year, month, day = (int(g) for g in m.groups())
    elif m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})", text):
        day, month, year = int(m[1]), _MONTHS.get(m[2].lower(), 0), int(m[3])
    elif m := re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", text):
        month, day, year = _MONTHS.get(m[1].lower(), 0), int(m[2]), int(m[3])
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nice_name(name: str) -> str:
    """Title-case a name written in capitals ("TURAN INFORMASIYA" → "Turan Informasiya")."""
    name = name.strip().strip(".")
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE)
    return name.title() if name.isupper() else name


def split_title(text: str) -> str | None:
    """The headline: the first line when a blank line follows it.

    A short all-capitals label such as ``PRESS RELEASE`` is skipped in favour of
    the next such line.

    >>> split_title("Algeria cuts ties\\n\\nAlgeria on Tuesday ...")
    'Algeria cuts ties'
    >>> split_title("PRESS RELEASE\\n\\nTwo sides agree\\n\\nBody.")
    'Two sides agree'
    >>> split_title("One paragraph only.") is None
    True
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    for para in paragraphs[:-1]:
        if "\n" in para or len(para) > 300:
            return None
        if para.isupper() and len(para.split()) <= 3:
            continue
        return para
    return None


def find_metadata(text: str) -> tuple[dt.date | None, str | None]:
    """Publication date and publisher from a trailer or a dateline in the text.

    >>> find_metadata("Body.\\n\\nThis article originally appeared in TURAN AGENCY on 03 July 2021.")
    (datetime.date(2021, 7, 3), 'Turan Agency')
    >>> find_metadata("Title\\n\\nTBILISI, Aug 29 (Meridian Wire) - Georgia lodged a protest.")
    (None, 'Meridian Wire')
    >>> find_metadata("Title\\n\\nYerevan, 7 December 2023\\n\\nText.")
    (datetime.date(2023, 12, 7), None)
    """
    if m := _TRAILER.search(text):
        return parse_date(m["date"]), _nice_name(" ".join(m["source"].split()))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    for para in paragraphs[:4]:
        m = _DATELINE.match(para)
        if m and (m["date"] or m["source"]):
            return (parse_date(m["date"]) if m["date"] else None), m["source"]
    return None, None


def _decode(origin: str, data: bytes) -> str:
    if not data.strip():
        raise ArticleUnreadable(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise ArticleUnreadable(origin, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleUnreadable(
            origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8"
        ) from None


def article_from_text(
    text: str,
    origin: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an :class:`Article`, filling title, date and publisher from the text when not given.

    >>> article_from_text("Head\\n\\nBody text.", "x.txt").title
    'Head'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleUnreadable(origin, "no text")
    found_date, found_source = find_metadata(text)
    return Article(
        id=slugify(id) if id else content_hash(text),
        text=text,
        title=title or split_title(text),
        published=published or found_date,
        source=source or found_source,
        url=url,
        origin=origin,
    )


def read_text(origin: str, data: bytes) -> Iterator[Article]:
    """Reader for plain-text articles: the headline is the first line when a blank line follows."""
    url = Path(origin).resolve().as_uri() if origin != "-" else None
    yield article_from_text(_decode(origin, data), origin, url=url)


def read_jsonl(origin: str, data: bytes) -> Iterator[Article | Skipped]:
    """Reader for JSON Lines corpora: one ``{"id", "text", "title"?, "published"?|"date"?, "source"?, "url"?}`` per line.

    A malformed line is reported with its line number and skipped.
    """
    for number, line in enumerate(_decode(origin, data).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ArticleUnreadable(where, "a JSON object was expected")
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ArticleUnreadable(where, "missing or empty 'text' field")
            date_value = record.get("published") or record.get("date")
            published = parse_date(str(date_value)) if date_value else None
            if date_value and published is None:
                raise ArticleUnreadable(where, f"unreadable date {date_value!r} (expected YYYY-MM-DD)")
            yield article_from_text(
                text,
                where,
                id=str(record["id"]) if record.get("id") is not None else None,
                title=record.get("title"),
                published=published,
                source=record.get("source"),
                url=record.get("url"),
            )
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not valid JSON: {exc.msg}")
        except ArticleUnreadable as exc:
            yield Skipped(exc.source, exc.reason)


READERS: dict[str, Callable[[str, bytes], Iterator[Article | Skipped]]] = {
    ".txt": read_text,
    ".jsonl": read_jsonl,
}
"""Readers by file extension; any other extension named explicitly is read as text."""


def _expand(paths: Iterable[str | Path]) -> Iterator[str]:
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            yield from (str(p) for p in files)
        else:
            yield str(raw)


def _read_bytes(origin: str) -> bytes:
    if origin == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(origin)
    if not path.exists():
        raise ArticleUnreadable(origin, "no such file or folder")
    if path.stat().st_size > MAX_BYTES:
        raise ArticleUnreadable(origin, f"file too large ({path.stat().st_size} bytes; the limit is {MAX_BYTES})")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ArticleUnreadable(origin, exc.strerror or str(exc)) from None


def read_articles(paths: Iterable[str | Path], *, strict: bool = False) -> Iterator[Article | Skipped]:
    """Read articles from files, folders (recursively) or ``-`` (stdin).

    Args:
        paths: files, folders or ``-``. Folders are searched for ``.txt`` and ``.jsonl`` files.
        strict: raise on the first unreadable input instead of yielding a :class:`Skipped`.

    Yields:
        An :class:`Article` per article read, a :class:`Skipped` per input that could not be.

    Raises:
        ArticleUnreadable: only with ``strict``.
    """
    for origin in _expand(paths):
        suffix = ".txt" if origin == "-" else Path(origin).suffix.lower()
        reader = READERS.get(suffix, read_text)
        try:
            data = _read_bytes(origin)
            if len(data) > MAX_BYTES:
                raise ArticleUnreadable(origin, f"input too large (the limit is {MAX_BYTES} bytes)")
            for item in reader(origin, data):
                if strict and isinstance(item, Skipped):
                    raise ArticleUnreadable(item.origin, item.reason)
                yield item
        except ArticleUnreadable as exc:
            if strict:
                raise
            yield Skipped(exc.source, exc.reason)
