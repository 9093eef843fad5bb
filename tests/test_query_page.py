"""The query page of ``kg serve`` (``/query``) in a real headless Chromium against a real server.

The server runs as ``kg serve --port 0`` on 127.0.0.1 (stopped by PID); the page is driven by
Playwright in Debian's ``/usr/bin/chromium``, and every request that does not go to the server is
blocked and recorded: the page must work with no other host.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from example_build import example_store
from test_serve import Server, http, start_server, stop

from kg.views.query_page import EXAMPLE, default_query, render_query_page

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
browser_only = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = start_server("--store", str(example_store()), "--workers", "1", "--timeout", "10")
    yield s
    stop(s)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: Any
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_page(browser: Any, server: Server) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    opened = Opened(page)

    def route(r: Any) -> None:
        url = r.request.url
        opened.requests.append(url)
        if url.startswith((server.url + "/", "data:", "blob:")):
            r.continue_()
        else:
            opened.external.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.goto(server.url + "/query")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    return opened


def type_query(page: Any, sparql: str) -> None:
    """Replace the editor's text, as a user selecting all and typing would."""
    page.click(".tabPanel.active .CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(sparql)


def run(page: Any) -> None:
    page.click(".tabPanel.active .yasqe_queryButton")
    page.wait_for_selector(".tabPanel.active .yasr_response_chip", timeout=30_000)
    page.wait_for_function("() => !document.querySelector('.tabPanel.active .yasqe_queryButton.busy')")


def rows(page: Any) -> list[list[str]]:
    return page.locator(".tabPanel.active .yasr table.dataTable tbody tr").evaluate_all(
        "trs => trs.map(tr => Array.from(tr.querySelectorAll('td')).slice(1).map(td => td.innerText.trim()))")


def test_the_page_is_one_offline_document_with_the_prefixes_and_the_named_queries() -> None:
    html = render_query_page()
    markup = re.sub(r"(?s)<(script|style)>.*?</\1>", "", html)  # YASGUI inlined: no element loads a file
    assert "<script>" in html and not re.search(r"<(script|img|iframe|link)\b[^>]*(src|href)=", markup)
    assert "Yasgui" in html and "PREFIX bi: <https://w3id.org/bikg/ontology#>" in default_query()
    assert '"dyad-timeline"' in html and '"name":"a","kind":"country"' in html
    assert default_query().endswith(EXAMPLE)


@browser_only
def test_typing_a_query_and_running_it_shows_the_rows(browser: Any, server: Server) -> None:
    opened = open_page(browser, server)
    page = opened.page
    assert "PREFIX schema: <https://schema.org/>" in page.inner_text(".tabPanel.active .CodeMirror")  # prefixes preset
    type_query(page, "PREFIX bi: <https://w3id.org/bikg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                     "SELECT ?name WHERE { ?c a bi:Country ; rdfs:label ?name } ORDER BY ?name")
    run(page)
    names = [row[0] for row in rows(page)]
    assert len(names) > 10 and any("Azerbaijan" in n for n in names) and any("United States" in n for n in names)
    assert opened.errors == [] and opened.external == []
    assert all(url.startswith(server.url + "/") or url.startswith(("data:", "blob:")) for url in opened.requests)
    page.close()


@browser_only
def test_the_results_download_as_csv(browser: Any, server: Server) -> None:
    opened = open_page(browser, server)
    page = opened.page
    run(page)  # the example query the page opens with
    with page.expect_download() as download:
        page.click(".tabPanel.active .yasr_downloadIcon")
    table = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert table[0] == ["country", "name", "statements"]
    assert any(row[1] == "Azerbaijan" and row[2].isdigit() for row in table[1:])
    page.click(".tabPanel.active .select_response")  # the raw SPARQL results JSON, downloadable too
    with page.expect_download() as raw:
        page.click(".tabPanel.active .yasr_downloadIcon")
    answer = json.loads(Path(raw.value.path()).read_text(encoding="utf-8"))
    assert answer["head"]["vars"] == ["country", "name", "statements"] and answer["results"]["bindings"]
    assert opened.errors == [] and opened.external == []
    page.close()


@browser_only
def test_an_error_shows_the_endpoints_json_message(browser: Any, server: Server) -> None:
    opened = open_page(browser, server)
    page = opened.page
    type_query(page, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    run(page)
    shown = page.inner_text(".tabPanel.active .yasr")
    status, _, body = http(server.sparql + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}))
    message = json.loads(body)["error"]["message"]
    assert status >= 400 and "SERVICE" in message and message in shown
    assert opened.external == []  # the query named another host; the page never asked it
    page.close()


@browser_only
def test_a_named_query_opens_bound_to_its_parameters_and_runs(browser: Any, server: Server) -> None:
    opened = open_page(browser, server)
    page = opened.page
    page.select_option("#example", "dyad-timeline")
    assert "The statements between two countries" in page.inner_text("#about")
    page.fill("#params input[name='a']", "Azerbaijan")
    page.fill("#params input[name='b']", "USA")
    page.click("#open")
    page.wait_for_function("() => document.querySelectorAll('.tabPanel').length === 2")
    # the whole text (CodeMirror draws only the lines in view, and the countries are further down)
    editor = page.evaluate("() => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue()")
    # bound by a worker from the store's summaries (as /queries/dyad-timeline runs it), saying for what
    assert editor.startswith("# dyad-timeline with a=Azerbaijan, b=USA, read from this store's summaries")
    assert "LIMIT 100" in editor  # a page, the parameter left empty: its default
    run(page)
    found = rows(page)
    assert found and all(len(row) == 11 for row in found)
    # the same statements as the named-query route gives
    status, _, body = http(server.url + "/queries/dyad-timeline?a=AZE&b=USA&format=json")
    statements = [b["statement"]["value"].rsplit("/", 1)[-1] for b in json.loads(body)["results"]["bindings"]]
    assert status == 200 and len(found) == len(statements) and all(s in row[-1] for row, s in zip(found, statements))
    page.select_option("#example", "partners")
    page.fill("#params input[name='country']", "Atlantis")
    page.click("#open")
    page.wait_for_function("() => document.getElementById('problem').textContent.length > 0")
    assert "Atlantis" in page.inner_text("#problem")
    assert page.locator(".tabPanel").count() == 2  # no tab for a query that could not be bound
    assert opened.errors == [] and opened.external == []
    page.close()


@browser_only
def test_a_construct_answer_is_drawn_with_the_graph_view(browser: Any, server: Server) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    external: list[str] = []
    errors: list[str] = []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith((server.url + "/", "data:", "about:"))
                  else (external.append(r.request.url), r.abort()))
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/query")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    page.click("#graph-example")
    assert "CONSTRUCT" in page.inner_text(".tabPanel.active .CodeMirror")
    with page.expect_popup() as popup:
        page.click("#draw button")
    drawn = popup.value
    drawn.on("pageerror", lambda e: errors.append(str(e)))
    drawn.wait_for_selector("body[data-ready='1']", timeout=30_000)
    labels = drawn.evaluate("() => window.kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert "Azerbaijan" in labels and "Armenia" in labels
    assert int(drawn.evaluate("() => window.kgNetwork.body.data.edges.length")) >= 5
    assert "triples in the answer" in drawn.inner_text("#side")
    assert errors == [] and external == []
    context.close()


def test_only_a_graph_answer_can_be_drawn(server: Server) -> None:
    form = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}).encode()
    status, _, body = http(server.url + "/query/graph", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "CONSTRUCT or DESCRIBE" in json.loads(body)["error"]["message"]
