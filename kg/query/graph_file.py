"""Reading an RDF graph file into a dataset to query: :func:`load_graph`.

The one place the query package opens a file; a store folder is opened by
:mod:`kg.store` (:func:`kg.store.open_source` picks between them).
"""

from __future__ import annotations

from pathlib import Path

from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.errors import GraphUnreadable

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
