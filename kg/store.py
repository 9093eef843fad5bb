"""Store stage: the persistent on-disk RDF store every command reads.

Entry points: :func:`open_store` (an Oxigraph store on disk behind rdflib's API,
through ``oxrdflib``) and :func:`open_source` (a store folder or a graph file,
whichever the user named). Both return an rdflib :class:`~rdflib.Dataset` whose
default graph, for queries, is the union of every article's graph and the
provenance graph.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.errors import StoreUnavailable

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
            inner = ox.Store(str(path))
    except OSError as exc:
        raise StoreUnavailable(f"{path}: cannot open the store: {exc}") from None
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
