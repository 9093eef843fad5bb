"""http(s) URLs, fetched from a real ``http.server`` on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import kg.read
from kg.model import Article, Skipped
from kg.read import USER_AGENT, read_articles

EXAMPLES = Path(__file__).parent.parent / "examples"
PAGES: dict[str, tuple[str, bytes]] = {
    "/news/page": ("text/html; charset=utf-8", (EXAMPLES / "html" / "kazakhstan-mongolia-transit-2024.html").read_bytes()),
    "/feed": ("application/rss+xml", (EXAMPLES / "feeds" / "caspian-wire.xml").read_bytes()),
    "/story.txt": ("text/plain; charset=windows-1252", "Talks in Bogotá\n\nColombia and Peru met.".encode("cp1252")),
    "/big": ("text/plain", b"x" * 5000),
}


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(3)
        if self.path in ("/trickle", "/trickle-headers"):
            self._trickle()
            return
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/page")
            self.end_headers()
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path not in PAGES:
            self.send_error(404, "Not Found")
            return
        content_type, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self) -> None:
        """A byte every 20 ms, for 4 s: each wait is short, the whole answer is slow (of the headers or of the body)."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n"
        if self.path == "/trickle":
            self.wfile.write(head)
            head = b""
        for byte in head + b"x" * 200:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.02)

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hangs up on purpose (timeouts, size cap): not worth a traceback


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_over_http_with_polite_user_agent(server: str) -> None:
    [article] = list(read_articles([f"{server}/news/page"]))
    assert isinstance(article, Article) and article.source == "Steppe Herald"
    assert article.url == "https://steppe-herald.example/2024/04/18/kazakhstan-mongolia-transit"  # canonical
    assert article.origin == f"{server}/news/page"
    assert Handler.agents[-1] == USER_AGENT and USER_AGENT.startswith("bilateral-kg/")


def test_feed_url_and_redirect(server: str) -> None:
    items = list(read_articles([f"{server}/feed", f"{server}/moved"], dedupe=False))
    assert [type(i).__name__ for i in items] == ["Article"] * 4
    assert items[3].title == "Kazakhstan and Mongolia agree to expand rail transit"


def test_declared_charset_of_a_text_response(server: str) -> None:
    [article] = list(read_articles([f"{server}/story.txt"]))
    assert isinstance(article, Article) and article.title == "Talks in Bogotá"


def test_http_errors_timeouts_size_cap_and_bad_redirects_are_skipped(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.read, "MAX_BYTES", 1000)
    urls = [f"{server}/missing", f"{server}/slow", f"{server}/big", f"{server}/to-file", "http://127.0.0.1:9/closed"]
    items = list(read_articles(urls, timeout=0.5))
    assert all(isinstance(i, Skipped) for i in items)
    reasons = {i.origin.rsplit("/", 1)[-1]: i.reason for i in items}
    assert reasons["missing"] == "HTTP 404 Not Found"
    assert reasons["slow"] == "timed out after 0.5 s"
    assert reasons["big"] == "too large (5000 bytes; the limit is 1000)"
    assert reasons["to-file"].startswith("HTTP 302") and "not allowed" in reasons["to-file"]
    assert reasons["closed"].startswith("cannot fetch:")


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_the_timeout_is_a_total_deadline_for_a_trickling_server(server: str, path: str) -> None:
    started = time.monotonic()
    [item] = list(read_articles([f"{server}{path}"], timeout=0.5))
    elapsed = time.monotonic() - started
    assert isinstance(item, Skipped) and item.reason == "timed out after 0.5 s"
    assert elapsed < 1.5  # the server would take 4 s; each byte came well within 0.5 s of the last
