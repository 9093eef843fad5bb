"""kg build writing the store that kg serve is serving: real processes, both on the same folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from example_build import EXAMPLES, example_store
from test_serve import get, start_server, stop

# both counts in one query, so that both come from the same opening of the store
COUNTS = (
    "SELECT ?articles ?triples WHERE {"
    " { SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a <https://schema.org/NewsArticle> } }"
    " { SELECT (COUNT(*) AS ?triples) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } } }"
)


def counts(server: object) -> tuple[int, int]:
    """Articles and triples of the store the server answers from."""
    status, _, body = get(server, COUNTS)  # type: ignore[arg-type]
    assert status == 200, body
    row = json.loads(body)["results"]["bindings"][0]
    return int(row["articles"]["value"]), int(row["triples"]["value"])


def test_a_build_into_the_served_store_is_seen_after_it_and_never_breaks_the_server(tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(example_store(), store)
    server = start_server("--store", str(store), "--workers", "2", "--no-views")
    try:
        before, triples = counts(server)
        more = [str(EXAMPLES.parent / "html"), str(EXAMPLES.parent / "feeds")]
        build = subprocess.Popen([sys.executable, "-m", "kg", "build", *more, "--store", str(store), "-q", "--no-html", "-o", str(tmp_path / "out")])
        during = []
        while build.poll() is None:
            during.append(counts(server))
            time.sleep(0.1)
        assert build.returncode == 0
        deadline = time.monotonic() + 30
        while counts(server)[0] == before and time.monotonic() < deadline:
            time.sleep(0.5)
        after = counts(server)
        assert after[0] > before and after[1] > triples
        # every answer came from a whole store: the one before the build, or (once it let go) the one after
        assert during and set(during) <= {(before, triples), after} and during[0] == (before, triples)
        # a second build (a rebuild of the same inputs changes nothing), then the server still answers
        again = subprocess.run([sys.executable, "-m", "kg", "build", *more, "--store", str(store), "-q", "--no-html", "-o", str(tmp_path / "out")], timeout=600)
        assert again.returncode == 0
        time.sleep(2)
        assert counts(server) == after
    finally:
        stop(server)
    assert not list(tmp_path.glob(".store.kg-serve-*")), "the server's snapshots are removed when it stops"
