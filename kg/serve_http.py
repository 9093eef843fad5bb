"""The HTTP edge of ``kg serve``: one JSON error shape, and uvicorn's h11 protocol with a request deadline.

:mod:`kg.serve` builds the app and the server from these: :class:`_Protocol` is
handed to uvicorn as its HTTP protocol, :class:`_JsonErrors` wraps the app.
"""

from __future__ import annotations

import asyncio
import json
import sys
from http import HTTPStatus
from typing import Any

import h11
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

# --- errors ---------------------------------------------------------------------------------


class _HTTPError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def _error_body(status: int, code: str, message: str) -> bytes:
    return json.dumps({"error": {"status": status, "code": code, "message": message}}, ensure_ascii=False).encode("utf-8")


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(_error_body(status, code, message), status, {"X-Content-Type-Options": "nosniff", **(headers or {})}, "application/json")


_ROUTER_CODES = {404: "not_found", 405: "method_not_allowed"}


async def _router_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 in our JSON shape."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _error(404, "not_found", f"No such page: {request.url.path}. Try /sparql, /queries or /")
    if exc.status_code == 405:
        allow = (exc.headers or {}).get("Allow", "GET, POST")
        return _error(405, "method_not_allowed", f"{request.method} is not allowed on {request.url.path}: use {allow}", {"Allow": allow})
    return _error(exc.status_code, _ROUTER_CODES.get(exc.status_code, "bad_request"), str(exc.detail))


class _JsonErrors:
    """Turn the plain-text errors of the middleware (untrusted Host, refused CORS preflight) into the JSON shape."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: dict[str, Any] = {}

        async def relay(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                if message["status"] >= 400 and not headers.get(b"content-type", b"").startswith(b"application/json"):
                    held["start"] = message
                    return
            elif "start" in held:
                if message.get("more_body"):
                    return
                await self._rewrite(scope, held["start"], send)
                return
            await send(message)

        await self.app(scope, receive, relay)

    async def _rewrite(self, scope: Scope, start: Message, send: Send) -> None:
        status = start["status"]
        host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
        kept = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"content-type", b"content-length")]
        if status == 400 and scope["method"] == "OPTIONS":
            status, code = 403, "cors_refused"
            message = "This cross-origin request is not allowed (start the server with --cors ORIGIN)"
        elif status == 400:
            code = "untrusted_host"
            message = f"Host {host!r} is not a name this server answers to ({', '.join(self.hosts)}): start it with --host-name NAME to add one"
        else:  # Starlette's own answer to an exception no handler took (our routes catch theirs)
            code = "internal_error" if status >= 500 else "bad_request"
            message = f"HTTP {status}: the server could not answer this request"
        body = _error_body(status, code, message)
        headers = kept + [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


# --- the HTTP protocol: uvicorn's h11 protocol with a deadline and JSON errors --------------


class _Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, plus what it has no option for.

    * A client must send a whole request within ``request_timeout`` seconds of
      connecting (or of the previous answer): uvicorn's keep-alive timeout starts
      only after a first answer, so a half-sent request would otherwise hold its
      connection for ever.
    * Requests h11 refuses (a bad ``Content-Length``, a request line or headers
      too long) get the JSON error shape, with 414 for an over-long URL.
    """

    request_timeout = 10.0
    _deadline: asyncio.TimerHandle | None = None
    _draining = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_deadline()
        super().connection_lost(exc)

    def _arm_deadline(self) -> None:
        self._disarm_deadline()
        if not self.transport.is_closing():
            self._deadline = self.loop.call_later(self.request_timeout, self._deadline_passed)

    def _disarm_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _deadline_passed(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.conn.their_state in (h11.DONE, h11.MUST_CLOSE):
            return  # the request is in; the query's own time limit applies
        begun = self.conn.their_state is not h11.IDLE or bool(self.conn.trailing_data[0])
        answering = self.cycle is not None and not self.cycle.response_complete and self.cycle.response_started
        if begun and not answering:
            self._send_json(408, "request_timeout", f"The request was not received whole within {self.request_timeout:g} s")
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        exc = sys.exc_info()[1]  # called from within uvicorn's `except h11.RemoteProtocolError`
        status = getattr(exc, "error_status_hint", 400)
        received = self.conn.trailing_data[0]
        if status == 431 and b"\r\n" not in received:
            self._send_json(414, "uri_too_long", f"The request line passes {len(received)} bytes: send a long query with POST")
        elif status == 431:
            self._send_json(431, "headers_too_large", "The request headers are too large")
        else:
            self._send_json(400, "bad_request", f"Malformed HTTP request: {exc or msg}")
        self._close_after_answer()

    def data_received(self, data: bytes) -> None:
        if not self._draining:
            super().data_received(data)

    def _close_after_answer(self) -> None:
        """Close once the client has the answer: closing with its unread bytes still arriving
        would reset the connection, and the client would lose the answer."""
        self._draining = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(2.0, self.transport.close)

    def _send_json(self, status: int, code: str, message: str) -> None:
        body = _error_body(status, code, message)
        head = [f"HTTP/1.1 {status} {h11_reason(status)}", "content-type: application/json", f"content-length: {len(body)}", "connection: close"]
        self.transport.write(("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body)


def h11_reason(status: int) -> str:
    return HTTPStatus(status).phrase
