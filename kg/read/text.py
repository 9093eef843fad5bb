"""Plain-text articles: decoding, headline, dateline and trailer metadata.

The helpers here are shared by every reader: :func:`decode` turns bytes in any
common encoding into text, :func:`article_from_text` fills the title, date and
publisher a reader could not find from the text itself.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
from collections.abc import Iterator

from kg.errors import ArticleUnreadable
from kg.model import Article, content_hash, slugify

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
    >>> parse_date("Tue, 05 Mar 2024 10:00:00 GMT")
    datetime.date(2024, 3, 5)
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
        try:  # RFC 2822, as in RSS feeds and e-mail: "Tue, 05 Mar 2024 10:00:00 GMT"
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nice_name(name: str) -> str:
    """Title-case a name written in capitals ("NORTHWIND PRESS" → "Northwind Press")."""
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

    >>> find_metadata("Body.\\n\\nThis story was first published by NORTHWIND PRESS on 14 March 2020.")
    (datetime.date(2020, 3, 14), 'Northwind Press')
    >>> find_metadata("Title\\n\\nLIMA, Feb 3 (Harbour Post) - Peru sent a note.")
    (None, 'Harbour Post')
    >>> find_metadata("Title\\n\\nYerevan, 7 December 2023\\n\\nText.")
    (datetime.date(2023, 12, 7), None)
    """
    low = text.lower()  # the trailer regex is slow on a long text: look for its verbs first
    if ("appeared" in low or "published" in low) and (m := _TRAILER.search(text)):
        return parse_date(m["date"]), _nice_name(" ".join(m["source"].split()))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    for para in paragraphs[:4]:
        m = _DATELINE.match(para)
        if m and (m["date"] or m["source"]):
            return (parse_date(m["date"]) if m["date"] else None), m["source"]
    return None, None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess_encoding(data: bytes) -> str | None:
    """The encoding of bytes that are not UTF-8: Windows-1252 unless charset-normalizer finds a cleaner reading.

    charset-normalizer alone is unreliable on mostly-ASCII English text with a few
    accented letters (it picks cp1250 or cp775), so cp1252 wins ties on its
    "mess" measure.
    """
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    best = charset_normalizer.from_bytes(data).best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return best.encoding if best else None
    if best is None or mess_ratio(western) <= mess_ratio(str(best)):
        return "cp1252"
    return best.encoding


def check_text(origin: str, data: bytes) -> None:
    """Refuse empty input, and binary input (NUL bytes without a UTF-16/32 byte-order mark).

    Raises:
        ArticleUnreadable: the input is empty or binary.
    """
    if not data.strip():
        raise ArticleUnreadable(origin, "empty file")
    if b"\x00" in data[:8192] and not any(data.startswith(bom) for bom, _ in _BOMS):
        raise ArticleUnreadable(origin, "binary file, not text")


def decode(origin: str, data: bytes, declared: str | None = None) -> str:
    """Decode the bytes of an input into text, whatever its encoding.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; a
    ``declared`` charset (an HTTP header or an HTML ``<meta>``) is tried next;
    otherwise the lines that are not UTF-8 are decoded with the encoding
    detected for them, so a file that mixes UTF-8 and Windows-1252 lines reads
    correctly.

    >>> decode("x.txt", "Café".encode("cp1252"))
    'Café'

    Raises:
        ArticleUnreadable: the input is empty, binary or in no known encoding.
    """
    check_text(origin, data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleUnreadable(origin, f"not valid {encoding} despite its byte-order mark (offset {exc.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    lines = data.splitlines(keepends=True)
    foreign = b"".join(line for line in lines if not _is_utf8(line))
    guessed = _guess_encoding(foreign)
    if guessed is None:
        raise ArticleUnreadable(origin, "binary file or unknown text encoding")
    text = "".join(line.decode("utf-8") if _is_utf8(line) else line.decode(guessed, errors="replace") for line in lines)
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise ArticleUnreadable(origin, "binary file, not text")
    return text


def article_from_text(
    text: str,
    origin: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    author: str | None = None,
) -> Article:
    """Build an :class:`Article`, filling title, date and publisher from the text when not given.

    >>> article_from_text("Head\\n\\nBody text.", "x.txt").title
    'Head'

    Raises:
        ArticleUnreadable: the text is empty.
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
        author=author,
    )


def read_text(origin: str, data: bytes, url: str | None = None) -> Iterator[Article]:
    """Reader for plain-text articles: the headline is the first line when a blank line follows.

    Raises:
        ArticleUnreadable: the bytes are empty, binary or hold no text.
    """
    yield article_from_text(decode(origin, data), origin, url=url)
