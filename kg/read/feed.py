"""RSS and Atom feeds: one article per entry, with feedparser.

Each entry gives its title, date, link, author and its content (or, failing
that, its summary); the feed's title is the publisher unless the entry names
its own source.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator

from kg.errors import ArticleUnreadable
from kg.model import Article, Skipped
from kg.read.html import fragment_text
from kg.read.text import article_from_text, check_text


def _entry_date(entry: dict[str, object]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _entry_body(entry: dict[str, object]) -> str:
    contents = entry.get("content")
    if isinstance(contents, list) and contents:
        values = [c.get("value", "") for c in contents if isinstance(c, dict)]
        html = max(values, key=len, default="")
        if html.strip():
            return fragment_text(html)
    summary = entry.get("summary")
    return fragment_text(summary) if isinstance(summary, str) else ""


def read_feed(origin: str, data: bytes, url: str | None = None) -> Iterator[Article | Skipped]:
    """Reader for RSS 0.9x/1.0/2.0 and Atom feeds: one article per entry.

    An entry without text is reported (``FILE#N``, N counting entries from 1)
    and skipped; the other entries are read.

    Raises:
        ArticleUnreadable: the input is empty or binary, or the feed cannot be parsed or has no entries.
    """
    import feedparser

    check_text(origin, data)
    # A BytesIO, never the bytes themselves: feedparser opens a str or bytes that looks like a path or URL.
    headers = {"content-location": url} if url and url.startswith(("http://", "https://")) else {}
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # feedparser is lenient but not total on hostile input
        raise ArticleUnreadable(origin, f"feed could not be parsed ({type(exc).__name__}: {exc})") from None
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ArticleUnreadable(origin, f"feed could not be parsed: {parsed.get('bozo_exception')}")
        raise ArticleUnreadable(origin, "the feed has no entries")
    channel = parsed.get("feed", {})
    publisher = channel.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        title = " ".join(str(entry.get("title") or "").split()) or None
        body = _entry_body(entry)
        if not body.strip():
            yield Skipped(where, "feed entry has no text (no content or summary)")
            continue
        text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
        source = entry.get("source", {}).get("title") if isinstance(entry.get("source"), dict) else None
        try:
            yield article_from_text(
                text,
                where,
                title=title,
                published=_entry_date(entry),
                source=source or publisher,
                url=entry.get("link") or None,
                author=entry.get("author") or None,
            )
        except ArticleUnreadable as exc:
            yield Skipped(exc.source, exc.reason)
