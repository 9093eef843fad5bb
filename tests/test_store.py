"""The persistent store: survives a reopen, refuses what it cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreUnavailable
from kg.store import open_source, open_store


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
