"""The persistent store: incremental, idempotent, replaceable, removable and kill-safe builds."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreUnavailable
from kg.export import quads
from kg.model import ArticleResult
from kg.pipeline import build, process
from kg.rdf import run_iri
from kg.summary import ensure_summaries
from kg.store import open_source, open_store
from kg.write import ArticleIndex, article_count, remove_articles, write_articles

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def canonical(store: Path) -> ox.Dataset:
    """The store's quads with blank nodes canonicalised: equal datasets are isomorphic graphs."""
    dataset = ox.Dataset(quads(open_store(store, read_only=True)))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def copy_examples(folder: Path) -> Path:
    shutil.copytree(EXAMPLES, folder)
    return folder


def test_store_keeps_named_graphs_across_reopen(tmp_path: Path) -> None:
    ds = open_store(tmp_path / "store")
    ds.graph(URIRef("https://example.org/g")).add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
    del ds
    again = open_source(store=tmp_path / "store")
    rows = list(again.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p 'x' } }"))
    assert [str(r[0]) for r in rows] == ["https://example.org/g"]


def test_reading_a_missing_store_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="nowhere"):
        open_source(store=tmp_path / "nowhere")


def test_rebuild_skips_unchanged_articles_and_gives_the_same_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = build([EXAMPLES], store)
    assert (first.articles, first.unchanged) == (13, 0) and first.statements > 50
    before = canonical(store)
    again = build([EXAMPLES], store)
    assert (again.articles, again.unchanged, again.statements) == (0, 13, 0)
    assert canonical(store) == before
    build([EXAMPLES], tmp_path / "other")
    assert canonical(tmp_path / "other") == before


def test_articles_written_in_one_transaction_give_the_store_written_one_at_a_time(tmp_path: Path) -> None:
    corpus = copy_examples(tmp_path / "corpus")
    first = list(process([corpus]))
    for path in sorted(corpus.glob("*.txt"))[:3]:  # new versions of three articles (same file, so same URL)
        path.write_text(path.read_text(encoding="utf-8").replace("the", "this", 3), encoding="utf-8")
    changed = [r for r in process([corpus]) if r.article.id not in {f.article.id for f in first}]
    assert len(changed) == 3
    run = run_iri()

    def written(name: str, batches: list[list]) -> ox.Dataset:
        store = open_store(tmp_path / name)
        ensure_summaries(store)
        index = ArticleIndex(store)
        statuses = [status for batch in batches for status in write_articles(store, batch, run, index)]
        assert statuses.count("replaced") == 3
        dataset = ox.Dataset(quads(store, summaries=True))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        return dataset

    at_once = written("batched", [first, changed])
    one_by_one = written("single", [[r] for r in first + changed])
    assert at_once == one_by_one
    assert len(at_once) > 3000


def test_changed_article_replaces_its_graph_and_removal_leaves_no_trace(tmp_path: Path) -> None:
    corpus = copy_examples(tmp_path / "corpus")
    store = tmp_path / "store"
    build([corpus], store)
    seed = corpus / "azerbaijan-us-independence-day-2021.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Azerbaijan", "Azerbaijan Republic", 1), encoding="utf-8")
    summary = build([corpus], store)
    assert (summary.articles, summary.replaced, summary.unchanged) == (1, 1, 12)
    assert article_count(open_store(store, read_only=True)) == 13
    build([corpus], tmp_path / "fresh")
    assert canonical(store) == canonical(tmp_path / "fresh")

    url = seed.resolve().as_uri()
    assert len(remove_articles(open_store(store), [url])) == 1
    assert article_count(open_store(store, read_only=True)) == 12
    seed.unlink()
    build([corpus], tmp_path / "without")
    kept, fresh = set(quads(open_store(store, read_only=True))), set(quads(open_store(tmp_path / "without", read_only=True)))
    assert fresh <= kept
    # What is left over is only what the removed article said about entities other articles still mention.
    attributes = {"http://www.w3.org/2004/02/skos/core#altLabel", "https://w3id.org/bikg/ontology#country", "https://w3id.org/bikg/ontology#role"}
    assert all(q.predicate.value in attributes for q in kept - fresh)


def test_removing_an_unknown_article_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([EXAMPLES / "azerbaijan-us-independence-day-2021.txt"], store)
    with pytest.raises(StoreUnavailable, match="no article 'nope'"):
        remove_articles(open_store(store), ["nope"])
    assert article_count(open_store(store, read_only=True)) == 1


def test_a_relation_lists_its_sources_and_first_and_last_date(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([EXAMPLES], store)
    rows = list(
        open_source(store=store).query(
            """PREFIX bi: <https://w3id.org/bikg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?s ?p ?o (COUNT(DISTINCT ?a) AS ?n) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
              ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a ; bi:eventDate ?d
            } GROUP BY ?s ?p ?o ORDER BY DESC(?n)"""
        )
    )
    assert rows and all(r[4] <= r[5] for r in rows)
    assert int(rows[0][3]) >= 1


def test_a_killed_build_leaves_a_consistent_store_that_the_next_build_completes(tmp_path: Path) -> None:
    from kg.write import WRITE_BATCH

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted(EXAMPLES.glob("*.txt"))
    copies = WRITE_BATCH // len(sources) + 2  # at least one batch more than a transaction holds
    for copy in range(1, copies + 1):  # each two stories joined, none a near-duplicate of another
        for i, path in enumerate(sources):
            other = sources[(i + copy) % len(sources)].read_text(encoding="utf-8")
            (corpus / f"{copy}-{path.name}").write_text(path.read_text(encoding="utf-8") + "\n\n" + other, encoding="utf-8")
    total = copies * len(sources)
    store = tmp_path / "store"
    # A build that says how many articles it has analysed: killed a few articles after its first
    # transaction, well before its last one (whatever the machine's speed).
    script = (
        "import sys\nfrom pathlib import Path\nfrom kg.pipeline import build\n"
        "build([Path(sys.argv[1])], Path(sys.argv[2]), on_progress=lambda p: print(p.articles, flush=True))"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(store)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= WRITE_BATCH + 5:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ds = open_store(store)
    index = ArticleIndex(ds)
    assert 0 < len(index.by_iri) < total and len(index.by_iri) % WRITE_BATCH == 0, "whole transactions, some but not all"
    # Every statement belongs to a stored article, and every stored article has its headline.
    orphans = ds.query(
        "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <https://schema.org/> "
        "ASK { ?st prov:wasDerivedFrom ?a FILTER NOT EXISTS { ?a a schema:NewsArticle } }"
    )
    assert not orphans.askAnswer
    # The dyad summaries count exactly the articles that landed: the named queries answer the same from them.
    from kg.query import named_query, run_query

    for name in ("central-countries", "dyad-balance"):
        summarised = run_query(ds, named_query(name).bind({}, summaries=True))
        assert index.summaries and summarised.terms == run_query(ds, named_query(name).bind({})).terms
    del ds, index
    summary = build([corpus], store)
    assert summary.articles + summary.unchanged == total
    build([corpus], tmp_path / "clean")
    assert canonical(store) == canonical(tmp_path / "clean")


def test_two_workers_build_the_same_store_as_one(tmp_path: Path) -> None:
    from kg.pipeline import Options

    one = build([EXAMPLES], tmp_path / "one")
    two = build([EXAMPLES], tmp_path / "two", Options(workers=2))
    assert (two.articles, two.statements) == (one.articles, one.statements)
    assert canonical(tmp_path / "two") == canonical(tmp_path / "one")


def test_a_stored_article_is_exactly_its_golden_quads(tmp_path: Path) -> None:
    """The store write sends its own N-Triples text: the store must hold what kg.rdf says the article is
    (tests/data/rich_article.nq), and a second article naming the same entities (whose descriptions the
    write then skips) must add exactly its own quads."""
    from rich_article import RUN, rich_result

    first = rich_result()
    second = replace(
        first,
        article=replace(first.article, id="rich-2", url="https://example.org/2", text=first.article.text + " More.", duplicates=()),
        statements=tuple(replace(s, article_id="rich-2") for s in first.statements[1:]),
    )

    def stored(name: str, *results: ArticleResult) -> set[str]:
        ds = open_store(tmp_path / name)
        ensure_summaries(ds)
        index = ArticleIndex(ds)
        for result in results:
            write_articles(ds, [result], URIRef(RUN), index)
        return {f"{q} ." for q in quads(ds)}

    held = ox.Store()  # the store keeps numbers in its own form ("-2.0" comes back "-2"): compare what stores hold
    held.load(path=ROOT / "tests" / "data" / "rich_article.nq", format=ox.RdfFormat.N_QUADS)
    golden = {f"{q} ." for q in held}
    assert stored("first", first) == golden
    assert stored("both", first, second) == golden | stored("second", second)
