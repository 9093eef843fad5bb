"""Latency of kg serve under N parallel requests, and what half-sent requests cost it.

Usage:
    .venv/bin/python benchmarks/serve_parallel.py --store kg-store            # this checkout's kg
    .venv/bin/python benchmarks/serve_parallel.py --store kg-store --code /work/main   # another checkout's kg

Starts ``python -m kg serve`` (from ``--code``, default this checkout) on a free
port, then for each of ``--rounds`` rounds opens ``--parallel`` connections at
once, each sending one light request (``GET /queries``: no query worker, so the
HTTP layer is what is measured) and reading the answer. Prints the median, 95th
percentile and worst time to connect and to get the whole answer, and how many
connections waited over a second (a dropped SYN costs the client a 1 s retry).
Then opens ``--half-sent`` connections that send half a request and reports the
server's thread count before and after.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def start(code: Path, store: Path) -> tuple[subprocess.Popen[str], tuple[str, int]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "--no-views", "--workers", "1"],
        cwd=code,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
    )
    assert process.stderr is not None
    for line in process.stderr:
        if "Serving SPARQL at " in line:
            host_port = line.split("http://", 1)[1].split("/", 1)[0]
            threading.Thread(target=process.stderr.read, daemon=True).start()
            host, port = host_port.rsplit(":", 1)
            return process, (host, int(port))
    raise SystemExit("kg serve did not start")


def one(address: tuple[str, int]) -> tuple[float, float, int]:
    started = time.perf_counter()
    sock = socket.create_connection(address, timeout=60)
    connected = time.perf_counter() - started
    with sock:
        sock.sendall(b"GET /queries HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return connected, time.perf_counter() - started, int(data.split()[1])


def threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--parallel", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--half-sent", type=int, default=500)
    args = parser.parse_args()
    process, address = start(args.code.resolve(), args.store.resolve())
    try:
        one(address)  # warm up
        connects, totals, statuses = [], [], set()
        with ThreadPoolExecutor(max_workers=args.parallel) as pool:
            for _ in range(args.rounds):
                for connected, total, status in pool.map(lambda _: one(address), range(args.parallel)):
                    connects.append(connected)
                    totals.append(total)
                    statuses.add(status)
        def ms(values: list[float], q: float) -> str:
            return f"{sorted(values)[min(len(values) - 1, int(q * len(values)))] * 1000:.0f}"

        print(f"{args.parallel} parallel x {args.rounds} rounds ({len(totals)} requests), statuses {sorted(statuses)}")
        print("| | median ms | p95 ms | worst ms | over 1 s |")
        print("| --- | --- | --- | --- | --- |")
        for name, values in (("connect", connects), ("whole answer", totals)):
            print(f"| {name} | {statistics.median(values) * 1000:.0f} | {ms(values, 0.95)} | {max(values) * 1000:.0f} | {sum(v >= 1 for v in values)} |")
        before = threads(process.pid)
        held = []
        for _ in range(args.half_sent):
            sock = socket.create_connection(address, timeout=60)
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nSELECT")
            held.append(sock)
        time.sleep(1)
        print(f"\nthreads of the server: {before} before, {threads(process.pid)} with {args.half_sent} half-sent requests open")
        for sock in held:
            sock.close()
    finally:
        process.terminate()
        process.wait(30)


if __name__ == "__main__":
    main()
