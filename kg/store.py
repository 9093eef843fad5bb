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
        StoreUnavailable: the folder is missing (read-only), is not a store,
            or another process holds it open for writing.
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
    except (OSError, RuntimeError) as exc:  # RocksDB reports locks and concurrent writers as either
        raise StoreUnavailable(f"{path}: cannot open the store (is another kg process writing to it?): {exc}") from None
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    return dataset


_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}

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


def oxigraph_of(dataset: Dataset) -> ox.Store | None:
    """The pyoxigraph store behind a dataset (a store folder or a graph file read by
    :func:`load_graph`), or None for another rdflib store."""
    store = dataset.store
    return store._inner if isinstance(store, OxigraphStore) else None  # oxrdflib exposes it only as _inner
