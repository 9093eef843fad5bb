"""kg serve's HTTP layer (Starlette on uvicorn) against hostile and careless clients, on the real server process."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from example_build import example_store
from test_serve import COUNTRIES, Server, error_of, get, http, start_server, stop


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = start_server(
        "--store", str(example_store()), "--workers", "1", "--no-views", "--request-timeout", "2", "--cors", "https://analyst.example.org", "--host-name", "kg.example.org"
    )
    yield s
    stop(s)


def address(server: Server) -> tuple[str, int]:
    parts = urllib.parse.urlsplit(server.url)
    assert parts.hostname and parts.port
    return parts.hostname, parts.port


def raw(server: Server, request: bytes, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; the answer's status, headers (lower-case names) and body."""
    with socket.create_connection(address(server), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict((k.strip().lower(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:]))
    return int(lines[0].split()[1]), headers, body


def json_error(answer: tuple[int, dict[str, str], bytes], status: int) -> dict[str, object]:
    code, headers, body = answer
    assert headers.get("content-type", "").startswith("application/json"), answer
    return error_of(code, body, status)


def test_a_negative_content_length_is_a_bad_request(server: Server) -> None:
    request = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: -5\r\n\r\nASK {}"
    assert json_error(raw(server, request), 400)["code"] == "bad_request"
    assert json_error(raw(server, b"NOT HTTP AT ALL\r\n\r\n"), 400)["code"] == "bad_request"


@pytest.mark.parametrize("length", [70_000, 300_000])
def test_an_over_long_url_gets_414_in_the_json_shape(server: Server, length: int) -> None:
    target = "/sparql?query=" + "x" * length
    error = json_error(raw(server, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()), 414)
    assert "POST" in str(error["message"])
    assert get(server, COUNTRIES)[0] == 200  # and the server goes on


def test_only_trusted_host_names_are_answered(server: Server) -> None:
    host, port = address(server)
    query = "/sparql?" + urllib.parse.urlencode({"query": COUNTRIES})
    for name in (f"rebind.attacker.example:{port}", "evil.example"):
        error = json_error(raw(server, f"GET {query} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode()), 400)
        assert error["code"] == "untrusted_host" and "--host-name" in str(error["message"])
    for name in (f"localhost:{port}", f"127.0.0.1:{port}", f"kg.example.org:{port}"):
        status, _, body = raw(server, f"GET {query} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode())
        assert status == 200 and b"country/AZE" in body


def test_cors_answers_vary_by_origin(server: Server) -> None:
    url = server.sparql + "?" + urllib.parse.urlencode({"query": COUNTRIES})
    for origin in ({"Origin": "https://analyst.example.org"}, {"Origin": "https://evil.example"}, {}):
        status, headers, _ = http(url, headers=origin)
        assert status == 200
        vary = {v.strip() for v in ",".join(headers.get_all("Vary") or []).split(",")}
        assert {"Origin", "Accept"} <= vary, headers
    assert http(url, headers={"Origin": "https://analyst.example.org"})[1]["Access-Control-Allow-Origin"] == "https://analyst.example.org"
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    assert error_of(*http(server.sparql, headers=preflight, method="OPTIONS")[::2], 403)["code"] == "cors_refused"


def test_fifty_parallel_requests_wait_for_no_syn_retry(server: Server) -> None:
    """A listen backlog of 5 dropped connections at 50 at once; each drop costs the client a 1 s SYN retry."""

    def connect_and_ask(_: int) -> tuple[float, int]:
        started = time.monotonic()
        sock = socket.create_connection(address(server), timeout=30)
        connected = time.monotonic() - started
        with sock:
            sock.sendall(b"GET /queries HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            status = int(sock.recv(64).split()[1])
        return connected, status

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(connect_and_ask, range(50)))
    assert all(status == 200 for _, status in answers)
    assert max(connected for connected, _ in answers) < 1.0
    if shutil.which("ss"):  # iproute2 shows a listening socket's backlog in Send-Q
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{address(server)[1]}"], capture_output=True, text=True).stdout.split()
        assert int(listening[2]) >= 128


def threads_of(server: Server) -> int:
    status = Path(f"/proc/{server.process.pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("Threads:")))


def test_half_sent_requests_hold_no_threads_and_time_out(server: Server) -> None:
    before = threads_of(server)
    sockets = []
    try:
        for _ in range(500):
            sock = socket.create_connection(address(server), timeout=30)
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nSELECT")
            sockets.append(sock)
        time.sleep(0.5)
        assert threads_of(server) <= before + 5
        assert get(server, COUNTRIES)[0] == 200  # others are served meanwhile
        time.sleep(2.5)  # --request-timeout 2: each half-sent request is answered 408 and closed
        answers = [s.recv(4096) for s in sockets[:20]]
        assert all(a.startswith(b"HTTP/1.1 408") and b'"request_timeout"' in a for a in answers), answers[0]
        assert all(s.recv(10) == b"" for s in sockets[:20])
    finally:
        for sock in sockets:
            sock.close()


def test_serve_on_a_port_in_use_says_so() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--store", str(example_store()), "--port", str(port)], capture_output=True, text=True, timeout=120
        )
    assert result.returncode == 1
    assert f"Error: port {port} is in use" in result.stderr and "Traceback" not in result.stderr


def test_a_body_sent_in_chunks_is_read_and_capped(server: Server) -> None:
    query = COUNTRIES.encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(query), query)
    head = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    status, _, body = raw(server, head + chunked)
    assert status == 200 and b"country/AZE" in body
    big = b"x" * 1_100_000
    status, _, body = raw(server, head + b"%x\r\n%s\r\n0\r\n\r\n" % (len(big), big))
    assert json.loads(body)["error"]["code"] == "body_too_large" and status == 413


def test_from_and_from_named_select_the_store_s_graphs(server: Server) -> None:
    graphs = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/bikg/id/article/")) } ORDER BY ?g LIMIT 1'
    first = json.loads(get(server, graphs)[2])["results"]["bindings"][0]["g"]["value"]

    def count(dataset: str, pattern: str) -> int:
        status, _, body = get(server, f"SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ {pattern} }}")
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    assert 0 < count(f"FROM <{first}>", "?s ?p ?o") == count("", f"GRAPH <{first}> {{ ?s ?p ?o }}") < count("", "?s ?p ?o")
    status, _, body = get(server, f"SELECT DISTINCT ?g FROM NAMED <{first}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    assert status == 200 and [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [first]
    assert count(f"FROM NAMED <{first}>", "?s ?p ?o") == 0
    # the same dataset given by the protocol's parameters, which replace the query's FROM clauses
    protocol = server.sparql + "?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) FROM <urn:nothing> WHERE { ?s ?p ?o }", "default-graph-uri": first})
    assert json.loads(http(protocol)[2])["results"]["bindings"][0]["n"]["value"] == str(count(f"FROM <{first}>", "?s ?p ?o"))
    named = server.sparql + "?" + urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": first})
    assert [b["g"]["value"] for b in json.loads(http(named)[2])["results"]["bindings"]] == [first]
    for clause in ("FROM <file:///etc/passwd>", "FROM NAMED <file:///etc/passwd>"):
        status, _, body = get(server, f"SELECT * {clause} WHERE {{ ?s ?p ?o }}")
        assert "reads no files" in str(error_of(status, body, 403)["message"])
