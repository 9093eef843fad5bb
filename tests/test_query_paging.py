"""Pages of the statement listings (limit, offset, newest first), on the example store with and
without its summaries, on the graph file, and through kg query."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from example_build import example_store, example_trig

from kg.cli import main
from kg.errors import QueryFailed, QueryParameterInvalid
from kg.query import load_graph, named_query, parse_named_query, run_query
from kg.store import open_store
from kg.summary import CATEGORIES, SUMMARY_TERMS, has_summaries

# (query, parameters) of every query that lists statements, with a dyad or country of the examples
LISTINGS = [
    ("dyad-timeline", {"a": "AZE", "b": "USA"}),
    ("dyad-timeline", {"a": "CHN", "b": "KEN"}),
    ("who-supports", {"country": "KEN"}),
    ("who-criticizes", {"country": "MAR"}),
    ("who-sanctions", {"country": "GEO"}),
    ("said-by", {"person": "aliyev"}),
]


def _rows(dataset: object, name: str, values: dict[str, str], summaries: bool) -> list[tuple[object, ...]]:
    result = run_query(dataset, named_query(name).bind(values, summaries=summaries, store=dataset if summaries else None))  # type: ignore[arg-type]
    return [tuple(row) for row in result.terms or []]


@pytest.mark.parametrize("name,values", LISTINGS)
def test_pages_cover_every_statement_once_newest_first(name: str, values: dict[str, str]) -> None:
    store = open_store(example_store(), read_only=True)
    assert has_summaries(store)
    for dataset, summaries in ((store, True), (store, False), (load_graph(example_trig()), False)):
        everything = _rows(dataset, name, {**values, "limit": "0"}, summaries)
        assert len(everything) >= (2 if name in ("dyad-timeline", "said-by", "who-supports") else 1), (name, values)
        column = named_query(name).bind(values).split("WHERE")[0]
        assert "?date" in column
        dates = [row[2 if name == "said-by" else 0 if name == "dyad-timeline" else 4] for row in everything]
        known = [str(d) for d in dates if d is not None]
        assert known == sorted(known, reverse=True), (name, "newest first")
        pages = [_rows(dataset, name, {**values, "limit": "1", "offset": str(i)}, summaries) for i in range(len(everything) + 1)]
        assert pages[-1] == []  # past the end: an empty page, not an error
        assert [row for page in pages for row in page] == everything, (name, values, summaries)
        # the default page holds at most 100 statements: all of them here
        assert _rows(dataset, name, values, summaries) == everything


def test_an_integer_parameter_is_a_bare_number_with_a_default_and_0_means_every_row() -> None:
    query = named_query("dyad-timeline")
    assert {p.name: p.default for p in query.parameters if p.kind == "integer"} == {"limit": "100", "offset": "0"}
    text = query.bind({"a": "AZE", "b": "USA"})
    assert "LIMIT 100" in text and "OFFSET" not in text
    page = query.bind({"a": "AZE", "b": "USA", "limit": "20", "offset": "40"})
    assert "LIMIT 20" in page and "OFFSET 40" in page
    assert "LIMIT" not in query.bind({"a": "AZE", "b": "USA", "limit": "0"})
    store = open_store(example_store(), read_only=True)
    summary = query.bind({"a": "AZE", "b": "USA", "limit": "20", "offset": "40"}, summaries=True, store=store)
    assert "VALUES (?listing) { (<https://w3id.org/bikg/graph/summary/" in summary and "LIMIT 20" in summary and "OFFSET 40" in summary
    with pytest.raises(QueryFailed, match="listings of a store"):
        query.bind({"a": "AZE", "b": "USA"}, summaries=True)
    for bad in ("-1", "ten", "1.5", "١٢"):
        with pytest.raises(QueryParameterInvalid, match="--param limit=.*whole number"):
            query.bind({"a": "AZE", "b": "USA", "limit": bad})
    with pytest.raises(QueryFailed, match="only an integer parameter has a default"):
        parse_named_query("q", "# title: Q\n# param: c country=AZE  A country.\nSELECT * WHERE { ?s ?p ?c }")


def test_kg_query_pages_and_lists_the_defaults(tmp_path: object) -> None:
    runner = CliRunner()
    base = ["query", "--store", str(example_store()), "-n", "dyad-timeline", "-p", "a=AZE", "-p", "b=USA", "-f", "csv"]
    every = runner.invoke(main, [*base, "-p", "limit=0"])
    first = runner.invoke(main, [*base, "-p", "limit=1"])
    second = runner.invoke(main, [*base, "-p", "limit=1", "-p", "offset=1"])
    assert every.exit_code == first.exit_code == second.exit_code == 0, every.output
    lines = every.stdout.splitlines()
    assert first.stdout.splitlines() == lines[:2] and second.stdout.splitlines() == [lines[0], lines[2]]
    bad = runner.invoke(main, [*base, "-p", "limit=all"])
    assert bad.exit_code != 0 and "limit" in bad.output and "whole number" in bad.output
    listing = runner.invoke(main, ["query", "--list"])
    assert "--param limit=INTEGER (default 100)" in listing.stdout


def test_the_partner_listings_count_every_category_a_statement_may_carry() -> None:
    """partners.listings.rq lists the categories' keys by hand: a category missing there would never be on a page."""
    listed = re.findall(r"\(\?category_(\w+) \"(\w+)\"\)", named_query("partners").listings)
    assert [name for name, _ in listed] == [label for _, label in listed] == sorted(CATEGORIES)
    assert {f"category_{name}" for name in CATEGORIES} <= SUMMARY_TERMS


@pytest.mark.parametrize("country", ["USA", "AZE"])
def test_partner_pages_run_category_by_category_and_cover_every_row_once(country: str) -> None:
    """partners with every category gives a page of rows in category order: a page read from the
    totals of the categories that hold it (partners.listings.rq) is the raw query's page."""
    store = open_store(example_store(), read_only=True)
    for dataset, summaries in ((store, True), (store, False), (load_graph(example_trig()), False)):
        everything = _rows(dataset, "partners", {"country": country, "limit": "0"}, summaries)
        categories = [str(row[2]) for row in everything]
        assert len(set(categories)) >= 2 and categories == sorted(categories), (country, summaries)
        pages = [_rows(dataset, "partners", {"country": country, "limit": "2", "offset": str(i)}, summaries) for i in range(0, len(everything) + 2, 2)]
        assert pages[-1] == []
        assert [row for page in pages for row in page] == everything, (country, summaries)
    # the page names only the categories that hold it: the first category's key, not the others'
    first = str(everything[0][2])
    text = named_query("partners").bind({"country": country, "limit": "1"}, summaries=True, store=store)
    values = text.split("VALUES (?country_category) {", 1)[1].split("}", 1)[0]
    assert values.count("<https://w3id.org/bikg/graph/summary/") == 1 and first != str(everything[-1][2])


def test_topic_pages_run_from_the_most_statements_and_cover_every_topic_once() -> None:
    """dyad-topics gives a page of topics, the most statements first: a page read from the dyad's
    buckets of topics by statement count (dyad-topics.listings.rq) is the raw query's page."""
    store = open_store(example_store(), read_only=True)
    values = {"a": "AZE", "b": "USA"}
    for dataset, summaries in ((store, True), (store, False), (load_graph(example_trig()), False)):
        everything = _rows(dataset, "dyad-topics", {**values, "limit": "0"}, summaries)
        counts = [int(row[1]) for row in everything]
        assert len(everything) >= 3 and counts == sorted(counts, reverse=True), summaries
        pages = [_rows(dataset, "dyad-topics", {**values, "limit": "2", "offset": str(i)}, summaries) for i in range(0, len(everything) + 2, 2)]
        assert pages[-1] == []
        assert [row for page in pages for row in page] == everything, summaries
    # a page of one topic names one bucket: that of the most statements
    text = named_query("dyad-topics").bind({**values, "limit": "1"}, summaries=True, store=store)
    buckets = text.split("VALUES (?bucket) {", 1)[1].split("}", 1)[0]
    assert buckets.count("<https://w3id.org/bikg/graph/summary/") == 1
