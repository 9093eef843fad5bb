"""The shipped ontology declares the whole vocabulary and is up to date with it."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, Graph
from rdflib.compare import isomorphic

from kg.rdf import BI
from kg.vocab import predicates

ROOT = Path(__file__).parent.parent


def _shipped() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg.ontologies").joinpath("bilateral.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def test_every_predicate_declared_with_symmetry_and_category() -> None:
    g = _shipped()
    for p in predicates().values():
        assert (BI[p.name], RDF.type, OWL.ObjectProperty) in g
        assert ((BI[p.name], RDF.type, OWL.SymmetricProperty) in g) == p.symmetric
        assert (BI[p.name], BI.ploverCategory, BI[p.category]) in g


def test_ontology_is_generated_from_the_vocabulary() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_ontology import build, markdown
    finally:
        sys.path.pop(0)
    assert isomorphic(build(), _shipped()), "run: python scripts/build_ontology.py"
    assert (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8") == markdown(), "run: python scripts/build_ontology.py"


def test_top_level_ontologies_folder_is_the_packaged_one() -> None:
    assert (ROOT / "ontologies" / "bilateral.ttl").read_bytes() == resources.files("kg.ontologies").joinpath("bilateral.ttl").read_bytes()
