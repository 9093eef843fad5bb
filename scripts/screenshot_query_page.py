"""Screenshot of ``kg serve``'s query page for the README (docs/query-page.png), taken in headless Chromium.

Builds the example articles into a temporary store, starts ``kg serve --port 0`` on 127.0.0.1,
opens ``/query``, runs the query the page opens with and saves the window. Nothing is drawn by
hand: rerun it after changing the page.

    .venv/bin/python scripts/screenshot_query_page.py            # writes docs/query-page.png
    .venv/bin/python scripts/screenshot_query_page.py -o shot.png --store kg-store
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "query-page.png")
    parser.add_argument("--store", type=Path, help="serve this store (default: the example articles, built now)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "examples" / "articles"), "--store", str(store), "-q"],
                           check=True)
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "--workers", "1"],
                                  stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        try:
            assert server.stderr is not None
            url = ""
            for line in server.stderr:
                if "Serving SPARQL at " in line:
                    url = line.split("Serving SPARQL at ", 1)[1].split("/sparql", 1)[0]
                    break
            if not url:
                raise SystemExit("kg serve did not start")
            threading.Thread(target=server.stderr.read, daemon=True).start()
            shoot(url, args.output, args.chromium)
        finally:
            server.terminate()
            server.wait(30)
    print(f"Wrote {args.output}")


def shoot(url: str, output: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith((url + "/", "data:")) else r.abort())
        page.goto(url + "/query")
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        page.select_option("#example", "dyad-timeline")
        page.click(".tabPanel.active .yasqe_queryButton")
        page.wait_for_selector(".tabPanel.active table.dataTable tbody tr", timeout=30_000)
        page.evaluate("() => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.scrollTo(0, 260)")
        output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(output))
        browser.close()


if __name__ == "__main__":
    main()
