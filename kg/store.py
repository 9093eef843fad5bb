"""Store stage: the persistent on-disk RDF store every command reads.

Entry points: :func:`open_store` (an Oxigraph store on disk behind rdflib's API,
through ``oxrdflib``) and :func:`open_source` (a store folder or a graph file,
whichever the user named). Both return an rdflib :class:`~rdflib.Dataset` whose
default graph, for queries, is the union of every article's graph and the
provenance graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef

from kg.errors import StoreUnavailable
from kg.model import Article, ArticleResult, Duplicate
from kg.rdf import (
    DEFAULT_BASE,
    QuadSet,
    TermQuad,
    add_article,
    add_copy,
    add_run,
    article_hash,
    article_iri,
    article_term,
)
from kg.summary import Known, article_update, has_summaries

DEFAULT_STORE = Path("kg-store")
"""Where ``kg build`` keeps its store when no ``--store`` is given (``$KG_STORE`` overrides)."""


def default_store() -> Path:
    """The store folder used when the user names none: ``$KG_STORE`` or ``./kg-store``."""
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


def open_store(path: Path, *, read_only: bool = False) -> Dataset:
    """Open (creating it if needed, unless ``read_only``) the Oxigraph store in folder ``path``.

    Raises:
        StoreUnavailable: the folder is missing (read-only), empty or not a
            store (read-only), not accessible, or another process holds it open
            for writing; the message says which.
    """
    path = Path(path)
    try:
        if read_only:
            if not path.is_dir():
                raise StoreUnavailable(f"{path}: no store here (build one with 'kg build --store {path} ...')")
            inner = ox.Store.read_only(str(path))
        else:
            if path.exists() and not path.is_dir():
                raise StoreUnavailable(f"{path}: is a file, not a store folder")
            path.mkdir(parents=True, exist_ok=True)
            inner = ox.Store(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB reports every failure as either
        raise StoreUnavailable(_why_unavailable(path, exc, read_only)) from None
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    return dataset


def open_source(store: Path | None = None, graph: Path | None = None) -> Dataset:
    """The dataset a reading command works on: a store folder, or else a graph file.

    With neither given, the default store (:func:`default_store`) is opened read-only.
    """
    if graph is not None:
        if Path(graph).is_dir():
            return open_store(Path(graph), read_only=True)
        from kg.query import load_graph

        return load_graph(Path(graph))
    return open_store(store if store is not None else default_store(), read_only=True)


def _why_unavailable(path: Path, exc: BaseException, read_only: bool) -> str:
    """What keeps the store in ``path`` from opening, in words, from the error RocksDB (or the file system) gave."""
    detail = str(exc)
    build = f"build one with 'kg build --store {path} ...'"
    if isinstance(exc, PermissionError) or "Permission denied" in detail or "Operation not permitted" in detail:
        return f"{path}: permission denied ({detail}); check that you may read{'' if read_only else ' and write'} this folder"
    if "LOCK" in detail and ("Resource temporarily unavailable" in detail or "lock" in detail.lower()):
        return (f"{path}: another process has the store open for writing (a kg build or kg remove, or kg serve "
                "--allow-update); wait for it to finish or stop it, then try again")
    if read_only and "CURRENT" in detail and ("No such file" in detail or isinstance(exc, FileNotFoundError)):
        if not any(path.iterdir()):
            return f"{path}: the folder is empty, not a store ({build})"
        return f"{path}: not a kg store (no Oxigraph database in this folder; {build})"
    if "No space left" in detail:
        return f"{path}: the disk is full ({detail})"
    return f"{path}: cannot open the store: {detail}"


# ---------------------------------------------------------------- writing

_PREFIXES = """PREFIX bi: <https://w3id.org/bikg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""

_ENTITY_TYPES = "bi:Country bi:Organization bi:Person bi:SectorActor bi:Topic"


@dataclass
class StoredArticle:
    """What the store knows of an article: its IRI, content hash and URL."""

    iri: str
    content_hash: str
    url: str | None


class ArticleIndex:
    """The articles already in a store, by IRI and by URL, to decide skip / add / replace.

    ``summaries`` says whether the store keeps dyad summaries (:mod:`kg.summary`),
    which writes then keep up to date.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.by_iri: dict[str, StoredArticle] = {}
        self.by_url: dict[str, StoredArticle] = {}
        # Descriptions of countries, people, organisations and sector actors this index has seen
        # written: most articles name the same few, and a write need not repeat what the store holds.
        self.described: set[TermQuad] = set()
        self.summaries = has_summaries(dataset)
        # What this index's writes have read and written of the summaries' inputs and totals: the next
        # writes need not read it again (one writer at a time, as for the rest of the index).
        self.known = Known()
        query = _PREFIXES + "SELECT ?a ?h ?u WHERE { ?a a schema:NewsArticle ; bi:contentHash ?h . OPTIONAL { ?a schema:url ?u } }"
        solutions = _ox(dataset).query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        for row in solutions:
            url = row["u"].value if row["u"] is not None else None
            self.remember(StoredArticle(row["a"].value, row["h"].value, url))

    def remember(self, stored: StoredArticle) -> None:
        """Record an article the store now holds."""
        self.by_iri[stored.iri] = stored
        if stored.url:
            self.by_url[stored.url] = stored

    def forget(self, iri: str) -> None:
        stored = self.by_iri.pop(iri, None)
        if stored and stored.url and self.by_url.get(stored.url) is stored:
            del self.by_url[stored.url]

    def unchanged(self, article: Article, base: str = DEFAULT_BASE) -> bool:
        """True when the store already holds this article with the same content."""
        stored = self.by_iri.get(str(article_iri(article.id, base)))
        return stored is not None and stored.content_hash == article_hash(article)

    def previous(self, article: Article, base: str = DEFAULT_BASE) -> list[str]:
        """IRIs of stored versions this article replaces: same id, or same URL with other content."""
        iri = str(article_iri(article.id, base))
        found = [iri] if iri in self.by_iri else []
        stored = self.by_url.get(article.url or "")
        if stored is not None and stored.iri not in found:
            found.append(stored.iri)
        return found


def oxigraph_of(dataset: Dataset) -> ox.Store | None:
    """The pyoxigraph store behind a dataset (a store folder or a graph file read by
    :func:`kg.query.load_graph`), or None for another rdflib store."""
    store = dataset.store
    return store._inner if isinstance(store, OxigraphStore) else None  # oxrdflib exposes it only as _inner


def _ox(dataset: Dataset) -> ox.Store:
    inner = oxigraph_of(dataset)
    if inner is None:
        raise TypeError("not an Oxigraph-backed dataset")
    return inner


def _removal(iri: str) -> str:
    """SPARQL Update operations that drop one article: its graph, its node, its statements and their selectors."""
    a = f"<{iri}>"
    return (
        f"DROP SILENT GRAPH {a} ;\n"
        f"DELETE {{ ?sel ?p2 ?o2 }} WHERE {{ ?st prov:wasDerivedFrom {a} ; bi:evidence ?sel . ?sel ?p2 ?o2 }} ;\n"
        f"DELETE {{ ?st ?p ?o }} WHERE {{ ?st prov:wasDerivedFrom {a} . ?st ?p ?o }} ;\n"
        f"DELETE WHERE {{ {a} ?p ?o }} ;\n"
        f"DELETE {{ ?copy ?p ?o }} WHERE {{ ?copy prov:alternateOf {a} ; ?p ?o }} ;\n"
    )


_ORPHANS_ONCE = (
    "DELETE { ?e ?p ?o } WHERE { VALUES ?t { " + _ENTITY_TYPES + " } ?e a ?t . "
    "FILTER NOT EXISTS { ?st rdf:subject|rdf:object|bi:attributedTo ?e } "
    "FILTER NOT EXISTS { ?x bi:country ?e } ?e ?p ?o }"
)
# Twice: a person dropped in the first pass may have been what kept its country.
_ORPHANS = _ORPHANS_ONCE + " ;\n" + _ORPHANS_ONCE


def _insert_data(quads: Iterable[TermQuad]) -> str:
    """A SPARQL ``INSERT DATA`` of quads of N-Triples terms (graph name None: the default graph)."""
    default: list[str] = []
    named: dict[str, list[str]] = {}
    for s, p, o, g in quads:
        if g is None:
            default.append(f"{s} {p} {o} .")
        else:
            named.setdefault(g, []).append(f"{s} {p} {o} .")
    blocks = [f"GRAPH {g} {{\n" + "\n".join(triples) + "\n}" for g, triples in named.items()]
    return "INSERT DATA {\n" + "\n".join(default + blocks) + "\n}"


_DESCRIBED_ONCE = ("country", "person", "org", "actor")
"""Entity kinds whose descriptions a build writes once (topics are mostly new in each article)."""


def write_article(
    dataset: Dataset, result: ArticleResult, run: URIRef, index: ArticleIndex, base: str = DEFAULT_BASE
) -> str:
    """Write one article's graph, statements and provenance in one transaction (see :func:`write_articles`).

    Returns:
        ``"replaced"`` or ``"added"``.
    """
    return write_articles(dataset, [result], run, index, base)[0]


def write_articles(
    dataset: Dataset, results: Sequence[ArticleResult], run: URIRef, index: ArticleIndex, base: str = DEFAULT_BASE
) -> list[str]:
    """Write articles' graphs, statements and provenance in one transaction.

    Stored versions with the same id or URL are removed in the same
    transaction, so a build killed at any point leaves every article either
    whole or absent. When the store keeps dyad summaries (``index.summaries``),
    the same transaction updates them (:func:`kg.summary.article_update`, which
    reads the store first: one writer at a time, as for the index). No two of
    ``results`` may share an id or a URL (write them in turn).

    Returns:
        ``"replaced"`` or ``"added"`` for each result.
    """
    previous = [index.previous(result.article, base) for result in results]
    removed = list(dict.fromkeys(iri for iris in previous for iri in iris))
    if removed:
        index.described.clear()  # removing the old versions may drop entities nothing else names
    written = QuadSet()  # the batch's quads, each once
    for result in results:
        add_article(written, result, run, base)
    described = index.described
    quads = [q for q in written.quads if q not in described] if described else list(written.quads)
    update = _PREFIXES + "".join(_removal(iri) for iri in removed) + _insert_data(quads)
    if removed:
        update += " ;\n" + _ORPHANS
    summary = article_update(_ox(dataset), removed, quads, index.known) if index.summaries else None
    if summary is not None:
        update += summary.operations
    _ox(dataset).update(update)
    if summary is not None:
        index.known.learn(summary)  # only now: a failed transaction leaves the store as it was
    entities = tuple(f"<{base}id/{kind}/" for kind in _DESCRIBED_ONCE)
    if len(index.described) > 100_000:
        index.described.clear()  # bounded memory on a huge corpus: at worst some descriptions are written again
    index.described.update(q for q in quads if q[3] is None and q[0].startswith(entities))
    for iri in removed:
        index.forget(iri)
    for result in results:
        index.remember(StoredArticle(str(article_iri(result.article.id, base)), article_hash(result.article), result.article.url))
    return ["replaced" if iris else "added" for iris in previous]


WRITE_BATCH = 50
"""Articles a build writes per transaction: the summaries they share are read and updated once
(measured in ``benchmarks/README.md``; :data:`FLUSH_EVERY` is a multiple, so flushes cut no batch short)."""


FLUSH_EVERY = 200
"""Articles written between two flushes of the store's write buffers during a build.

RocksDB keeps recent writes in per-index memtables until they fill (tens of MiB
each, for about ten indexes); flushing them regularly keeps a build's memory
flat whatever the corpus size (measured in ``benchmarks/README.md``).
"""


def flush(dataset: Dataset) -> None:
    """Write the store's in-memory write buffers to disk, freeing them."""
    _ox(dataset).flush()


def write_copies(dataset: Dataset, copies: Sequence[Duplicate], base: str = DEFAULT_BASE) -> None:
    """Record copies of stored articles (duplicates) as further sources, in one transaction."""
    if not copies:
        return
    quads = QuadSet()
    for copy in copies:
        add_copy(quads.default_graph, article_term(copy.of, base), copy)
    _ox(dataset).update(_insert_data(quads.quads))


def write_run(dataset: Dataset, run: URIRef, extractor: str, lexicon_digest: str) -> None:
    """Record the extraction activity (idempotent: the same activity has the same IRI)."""
    quads = QuadSet()
    add_run(quads.default_graph, run, extractor, lexicon_digest)
    _ox(dataset).update(_insert_data(quads.quads))


def remove_articles(dataset: Dataset, ids: Sequence[str], base: str = DEFAULT_BASE) -> list[str]:
    """Remove articles (by id, IRI or URL) with their graphs and statements, in one transaction.

    Raises:
        StoreUnavailable: an id names no article in the store (nothing is removed then).
    """
    index = ArticleIndex(dataset)
    iris = []
    for ident in ids:
        candidates = [ident, str(article_iri(ident, base))]
        stored = next((index.by_iri[c] for c in candidates if c in index.by_iri), None) or index.by_url.get(ident)
        if stored is None:
            raise StoreUnavailable(f"no article {ident!r} in the store")
        iris.append(stored.iri)
    if iris:
        summary = article_update(_ox(dataset), iris).operations if index.summaries else ""
        _ox(dataset).update(_PREFIXES + "".join(_removal(iri) for iri in iris) + _ORPHANS + summary)
    return iris


def article_count(dataset: Dataset) -> int:
    """How many articles the store holds."""
    return len(ArticleIndex(dataset).by_iri)
