"""Web pages: the main text and metadata of a saved or fetched HTML page, with trafilatura.

trafilatura drops navigation, footers and comments and finds the title, date,
site name, author and canonical URL in the page's metadata (``<meta>``,
JSON-LD, ``<time>``); what it cannot find is taken from a dateline or trailer in
the text (:func:`kg.read.text.article_from_text`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any

from kg.errors import ArticleUnreadable
from kg.model import Article
from kg.read.text import article_from_text, decode, parse_date

_MIN_WORDS = 10
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "section", "article", "blockquote", "quote", "li", "item", "ul", "ol", "list", "table", "tr",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "pre", "figcaption", "header", "footer", "dd", "dt", "row",
}  # fmt: skip


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if any.

    >>> declared_charset(b'<html><head><meta charset="windows-1251">')
    'windows-1251'
    """
    m = _META_CHARSET.search(data[:4096])
    return m[1].decode("ascii") if m else None


def element_text(element: object) -> str:
    """The text of an lxml element with one blank line between block elements (paragraphs, headings, items).

    >>> from lxml import html
    >>> element_text(html.fromstring("<div><p>One <b>two</b>.</p><p>Three.<br>Four.</p></div>"))
    'One two.\\n\\nThree.\\nFour.'
    """
    parts: list[str] = []

    def walk(el: object) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in {"script", "style", "noscript", "template"}:
            parts.append(el.tail or "")  # type: ignore[attr-defined]
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n\n")
        if tag in {"br", "lb"}:
            parts.append("\n")
        if isinstance(el.tag, str):  # type: ignore[attr-defined]
            parts.append(el.text or "")  # type: ignore[attr-defined]
            for child in el:  # type: ignore[attr-defined]
                walk(child)
        if block:
            parts.append("\n\n")
        parts.append(el.tail or "")  # type: ignore[attr-defined]

    walk(element)
    return tidy("".join(parts))


def tidy(text: str) -> str:
    r"""Collapse spaces inside lines and keep at most one blank line between paragraphs.

    >>> tidy("  One\u00a0 two \n\n\n\n Three ")
    'One two\n\nThree'
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), paragraphs kept.

    >>> fragment_text("<p>Spain <em>met</em> Italy.</p><p>Talks went well.</p>")
    'Spain met Italy.\\n\\nTalks went well.'
    >>> fragment_text("plain words, no tags")
    'plain words, no tags'
    """
    if "<" not in fragment:
        return tidy(fragment)
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):  # empty or unparseable: fall back to dropping the tags
        return tidy(re.sub(r"<[^>]*>", " ", fragment))
    return element_text(root)


def read_html(origin: str, data: bytes, url: str | None = None) -> Iterator[Article]:
    """Reader for HTML pages: the article's main text, title, date, site name, author and canonical URL.

    Args:
        origin: the file or URL, for messages.
        data: the page's bytes (decoded with the charset it declares, else detected).
        url: where the page was fetched from; a canonical URL in the page wins.

    Raises:
        ArticleUnreadable: the page is empty, binary, or has no article text.
    """
    import trafilatura

    page = decode(origin, data, declared=declared_charset(data))
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc: Any  # a trafilatura Document (typed as Document | dict), or None
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url if url and url.startswith(("http://", "https://")) else None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        )
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup; none must stop a batch
        raise ArticleUnreadable(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    body = element_text(doc.body) if doc is not None and doc.body is not None else ""
    if len(body.split()) < _MIN_WORDS:  # a menu or a cookie banner is not an article
        body = _baseline(page)
    if len(body.split()) < _MIN_WORDS:
        raise ArticleUnreadable(origin, f"no article text found in the HTML page (fewer than {_MIN_WORDS} words)")
    title = (doc.title if doc is not None else None) or None
    paragraphs = body.split("\n\n")
    if title and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs)
    published: dt.date | None = parse_date(doc.date) if doc is not None and doc.date else None
    page_url = (doc.url if doc is not None and doc.url else None) or url
    yield article_from_text(
        text,
        origin,
        title=title,
        published=published,
        source=(doc.sitename if doc is not None else None) or None,
        url=page_url,
        author=(doc.author if doc is not None else None) or None,
    )


def _baseline(page: str) -> str:
    """All paragraph text of a page, for pages too short or too odd for trafilatura's main-text extraction."""
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(page)
    except Exception:  # same reason as above
        return ""
    return tidy(text)
