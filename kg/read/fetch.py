"""http(s) URLs: fetched politely, with a timeout and a size cap.

Only ``http`` and ``https`` are fetched, redirects included; the request says
who is asking (:data:`USER_AGENT`), and a response larger than the cap or not
complete within the timeout (a total deadline: connection, headers and body,
however slowly the server trickles them) is abandoned with a message.
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

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


class _Deadline:
    """A total time limit on a download: when it passes, the sockets of its connections are shut down.

    A socket timeout bounds each wait for data, not the whole download: a
    server that sends a byte now and then would hold a fetch for ever.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv at once
        except OSError:
            pass

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def connection(self, base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        """``base`` whose connections are watched."""
        deadline = self

        class Watched(base):  # type: ignore[valid-type,misc]
            def connect(self) -> None:
                super().connect()
                deadline.watch(self.sock)

        return Watched


class _Deadlined:
    """Opens its connections through the deadline's watched connection class (mixed into urllib's handlers)."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        return super().do_open(self.deadline.connection(http_class), req, **kwargs)  # type: ignore[misc]


class _HTTPHandler(_Deadlined, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_Deadlined, urllib.request.HTTPSHandler):
    pass


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
    timed_out = ArticleUnreadable(url, f"timed out after {timeout:g} s")
    with _Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_HttpOnlyRedirects, _HTTPHandler(deadline), _HTTPSHandler(deadline))
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
        try:
            with opener.open(request, timeout=timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > max_bytes:
                    raise ArticleUnreadable(url, f"too large ({length} bytes; the limit is {max_bytes})")
                chunks: list[bytes] = []
                size = 0
                while chunk := response.read1(65536):  # what has arrived: read() would wait for all 64 KiB
                    size += len(chunk)
                    if size > max_bytes:
                        raise ArticleUnreadable(url, f"too large (over {max_bytes} bytes, the limit)")
                    chunks.append(chunk)
                if deadline.expired:  # the shut socket ended the body early
                    raise timed_out
                return Response(response.geturl(), b"".join(chunks), response.headers.get_content_type(), response.headers.get_content_charset())
        except ArticleUnreadable:
            raise
        except urllib.error.HTTPError as exc:
            raise ArticleUnreadable(url, f"HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            if deadline.expired or isinstance(exc.reason, TimeoutError | socket.timeout):
                raise timed_out from None
            raise ArticleUnreadable(url, f"cannot fetch: {exc.reason}") from None
        except (TimeoutError, socket.timeout):
            raise timed_out from None
        except (http.client.HTTPException, OSError, ValueError) as exc:
            if deadline.expired:
                raise timed_out from None
            raise ArticleUnreadable(url, f"cannot fetch: {exc}") from None
