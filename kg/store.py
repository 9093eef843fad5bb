"""Store stage: opening the persistent on-disk RDF store and graph files, which every command reads.

Entry points: :func:`open_store` (an Oxigraph store on disk behind rdflib's API,
through ``oxrdflib``), :func:`load_graph` (a graph file) and :func:`open_source`
(a store folder or a graph file, whichever the user named). All return an rdflib
:class:`~rdflib.Dataset` whose default graph, for queries, is the union of every
article's graph and the provenance graph.

This module opens stores and imports no other stage: queries (:mod:`kg.query`),
dyad summaries (:mod:`kg.summary`) and writes (:mod:`kg.write`) use it
(``tests/test_imports.py`` checks that the imports form no cycle).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.errors import GraphUnreadable, StoreUnavailable

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


_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml",
            # files named after kg export's formats (-f nquads -o graph.nquads); rdf12 is TriG 1.2
            ".nquads": "nquads", ".json-ld": "json-ld", ".turtle": "turtle", ".ntriples": "nt", ".rdf12": "trig"}

_OX_FORMATS = {"trig": "ox-trig", "turtle": "ox-turtle", "nt": "ox-nt", "nquads": "ox-nquads", "json-ld": "ox-json-ld", "xml": "ox-xml"}


def load_graph(path: Path) -> Dataset:
    """Parse an RDF file (format from its extension) into a Dataset whose default graph is the union.

    Raises:
        GraphUnreadable: the file cannot be parsed; the message names it.
    """
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphUnreadable(f"{path}: unknown graph format {path.suffix!r}. Available: {', '.join(sorted(_FORMATS))}")
    # An in-memory Oxigraph store: its parsers and query engine are much faster than rdflib's
    # (a 106k-triple TriG file: 1.4 s against 9 s).
    ds = Dataset(store=OxigraphStore(), default_union=True)
    try:
        ds.parse(path, format=_OX_FORMATS[fmt])
    except Exception as exc:  # parsers raise many types
        raise GraphUnreadable(f"{path}: not a valid {fmt} file: {exc}") from None
    return ds


def open_source(store: Path | None = None, graph: Path | None = None) -> Dataset:
    """The dataset a reading command works on: a store folder, or else a graph file.

    With neither given, the default store (:func:`default_store`) is opened read-only.
    """
    if graph is not None:
        if Path(graph).is_dir():
            return open_store(Path(graph), read_only=True)
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


def drop_recycled_logs(path: Path) -> bool:
    """Open the store in folder ``path`` for writing once and close it, so that RocksDB deletes the
    write-ahead log files a writer kept for reuse. Oxigraph keeps up to ten (``recycle_log_file_num``),
    each as large as a write buffer, and closing the store leaves them: 4 MB of a 6 MB store after
    building the example articles, 4.2 GB after bulk-loading 10 million quads. Opening deletes them
    (0.3 s). Call it once this process no longer holds the store; False if it still does (or another
    process does), and the files stay until the next write."""
    gc.collect()  # a dataset in a reference cycle still holds the store's lock
    try:
        ox.Store(str(path))
    except (OSError, RuntimeError):
        return False
    return True


def oxigraph_of(dataset: Dataset) -> ox.Store | None:
    """The pyoxigraph store behind a dataset (a store folder or a graph file read by
    :func:`load_graph`), or None for another rdflib store."""
    store = dataset.store
    return store._inner if isinstance(store, OxigraphStore) else None  # oxrdflib exposes it only as _inner
