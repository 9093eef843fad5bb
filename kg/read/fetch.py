"""http(s) URLs: fetched politely, with a timeout and a size cap.

Only ``http`` and ``https`` are fetched, redirects included; the request says
who is asking (:data:`USER_AGENT`), and a response larger than the cap or slower
than the timeout is abandoned with a message.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from kg import __version__
from kg.errors import ArticleUnreadable

USER_AGENT = f"bilateral-kg/{__version__} (news knowledge-graph builder; +https://w3id.org/bikg/)"
FETCH_TIMEOUT = 20.0
"""Seconds allowed for a whole download, headers and body."""

_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"


@dataclass(frozen=True)
class Response:
    """What a fetch brought back."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.lower().startswith(("http://", "https://")):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-http URL {newurl!r} refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_url(text: str) -> bool:
    """Whether a path argument is an http(s) URL.

    >>> is_url("https://example.org/a"), is_url("examples/articles")
    (True, False)
    """
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int) -> Response:
    """Download ``url``.

    Args:
        url: an http or https URL.
        timeout: seconds allowed for the whole download.
        max_bytes: the largest body accepted.

    Raises:
        ArticleUnreadable: an HTTP error status, a network failure, a timeout or a body over the cap.
    """
    if not is_url(url):
        raise ArticleUnreadable(url, "only http and https URLs are fetched")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ArticleUnreadable(url, f"too large ({length} bytes; the limit is {max_bytes})")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleUnreadable(url, f"too large (over {max_bytes} bytes, the limit)")
                if time.monotonic() > deadline:
                    raise ArticleUnreadable(url, f"timed out after {timeout:g} s")
                chunks.append(chunk)
            return Response(response.geturl(), b"".join(chunks), response.headers.get_content_type(), response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise ArticleUnreadable(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise ArticleUnreadable(url, f"timed out after {timeout:g} s") from None
        raise ArticleUnreadable(url, f"cannot fetch: {exc.reason}") from None
    except (TimeoutError, socket.timeout):
        raise ArticleUnreadable(url, f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise ArticleUnreadable(url, f"cannot fetch: {exc}") from None
