"""Reliability measurements of issue 19, through the ``kg`` command (so the same script measures an older checkout).

    python benchmarks/bench_reliability.py [--kg PATH/TO/kg] [--oxigraph PATH/TO/oxigraph]

1. a batch of 3 small articles with a 1.2M-character one in the middle: exit status, seconds, articles stored;
2. ``kg extract`` of a URL whose server trickles 17 bytes a second (the fetch timeout is 20 s): seconds;
3. ``kg push`` of 40 graphs to a port where no server listens: seconds;
4. ``kg push`` of 3,000 small graphs to a real Oxigraph server, then the same push again: seconds each;
5. examples/html then examples/feeds into one store (two runs) against both in one run: statements and copies.

Servers bind 127.0.0.1 on free ports and are stopped by PID.
"""

from __future__ import annotations

import argparse
import http.server
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILLER = "The ministers spoke about weather, sport and the price of bread for a long while that afternoon.\n\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(kg: str, *args: str, timeout: float = 900) -> tuple[int, float, str]:
    started = time.perf_counter()
    done = subprocess.run([kg, *args], capture_output=True, text=True, timeout=timeout)
    return done.returncode, time.perf_counter() - started, done.stderr


def count(kg: str, store: Path, where: str) -> int:
    done = subprocess.run([kg, "query", "--store", str(store), "-f", "csv", f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}"],
                          capture_output=True, text=True)
    return int(done.stdout.split()[1]) if done.returncode == 0 else -1


def long_article(kg: str, work: Path) -> str:
    folder = work / "batch"
    folder.mkdir()
    for name in sorted(p.name for p in (ROOT / "examples" / "articles").glob("*.txt"))[:3]:
        shutil.copy(ROOT / "examples" / "articles" / name, folder / name)
    text = "Long report\n\n" + FILLER * (1_200_000 // len(FILLER) + 1) + "Norway signed a fisheries agreement with Iceland.\n"
    (folder / "b-long.txt").write_text(text, encoding="utf-8")
    code, seconds, _ = run(kg, "build", str(folder), "--store", str(work / "long-store"), "-q")
    stored = count(kg, work / "long-store", "?x a <https://schema.org/NewsArticle> ; <https://w3id.org/bikg/ontology#contentHash> ?h")
    return f"| batch of 4 with a {len(text):,}-character article | exit {code} | {seconds:.1f} s | {stored} of 4 articles stored |"


class Trickle(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = b"Trickle\n\n" + b"Norway signed a fisheries agreement with Iceland. " * 40
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for i in range(0, len(body), 17):
                self.wfile.write(body[i : i + 17])
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


def trickle(kg: str) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        code, seconds, stderr = run(kg, "extract", f"http://127.0.0.1:{server.server_address[1]}/story", "-q", timeout=300)
    finally:
        server.shutdown()
        server.server_close()
    reason = next((line for line in stderr.splitlines() if line.startswith("Skipped")), "").split(": ", 1)[-1]
    return f"| URL trickling 17 B/s (timeout 20 s) | exit {code} | {seconds:.1f} s | {reason} |"


def many_graphs(path: Path, graphs: int) -> Path:
    lines = [f"<https://e.org/g{g}> {{ " + " ".join(f"<https://e.org/s{g}_{i}> <https://e.org/p> \"{i}\" ." for i in range(20)) + " }"
             for g in range(graphs)]
    path.write_text("\n".join(lines) + "\n<https://e.org/x> <https://e.org/p> 1 .\n", encoding="utf-8")
    return path


def dead_server(kg: str, work: Path) -> str:
    trig = many_graphs(work / "forty.trig", 40)
    code, seconds, _ = run(kg, "push", str(trig), "--graph-store", f"http://127.0.0.1:{free_port()}/store", "-q", timeout=600)
    return f"| push of 41 units to a dead port | exit {code} | {seconds:.1f} s | |"


def push_twice(kg: str, oxigraph: str, work: Path) -> list[str]:
    trig = many_graphs(work / "many.trig", 3000)
    port = free_port()
    server = subprocess.Popen([oxigraph, "serve", "--location", str(work / "ox"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.05)
        rows = []
        for label in ("first push of 3,001 units", "the same push again"):
            code, seconds, stderr = run(kg, "push", str(trig), "--graph-store", f"http://127.0.0.1:{port}/store", timeout=900)
            rows.append(f"| {label} | exit {code} | {seconds:.1f} s | {stderr.strip().splitlines()[-1] if stderr.strip() else ''} |")
        return rows
    finally:
        server.kill()
        server.wait(10)


def split_runs(kg: str, work: Path) -> list[str]:
    html, feeds = str(ROOT / "examples" / "html"), str(ROOT / "examples" / "feeds")
    run(kg, "build", html, "--store", str(work / "two"), "-q")
    run(kg, "build", feeds, "--store", str(work / "two"), "-q")
    run(kg, "build", html, feeds, "--store", str(work / "one"), "-q")
    rows = []
    for label, store in (("html, then feeds (two runs)", work / "two"), ("html and feeds (one run)", work / "one")):
        statements = count(kg, store, "?x a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>")
        copies = count(kg, store, "?x <http://www.w3.org/ns/prov#alternateOf> ?y")
        rows.append(f"| {label} | | | statements: {statements}, copies: {copies} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kg", default=str(Path(sys.executable).parent / "kg"))
    parser.add_argument("--oxigraph", default=shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph"))
    parser.add_argument("--only", default="12345", help="which measurements (digits)")
    args = parser.parse_args()
    print("| case | status | time | outcome |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        steps = {"1": lambda: [long_article(args.kg, work)], "2": lambda: [trickle(args.kg)], "3": lambda: [dead_server(args.kg, work)],
                 "4": lambda: push_twice(args.kg, args.oxigraph, work), "5": lambda: split_runs(args.kg, work)}
        for key in args.only:
            for row in steps[key]():
                print(row, flush=True)


if __name__ == "__main__":
    main()
