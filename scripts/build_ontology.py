"""Write kg/ontologies/bilateral.ttl from the vocabulary (kg/data/predicates.tsv, cameo_codes.tsv).

Run from the repository root: python scripts/build_ontology.py
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from kg import __version__
from kg.rdf import BI, SCHEMA
from kg.vocab import predicates

WDT = Namespace("http://www.wikidata.org/prop/direct/")
CLASSES = {
    "Actor": "A country, organisation, person or sector actor that acts in international relations.",
    "Country": "A sovereign state or commonly reported state-like entity, identified by its ISO 3166 alpha-3 code.",
    "Organization": "An international or other organisation.",
    "Person": "A person, with role and country where the text gives them.",
    "SectorActor": "A part of a country acting as such (government, military, business...), e.g. 'Turkish troops'.",
    "Topic": "Something statements are about that is not an actor: a project, policy, goal or field.",
    "Statement": "One extracted mention of a relation, with provenance.",
}


def build() -> Graph:
    g = Graph()
    g.bind("bi", BI)
    g.bind("owl", OWL)
    g.bind("skos", SKOS)
    g.bind("schema", SCHEMA)
    onto = URIRef(str(BI).rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("bilateral-kg ontology", lang="en")))
    g.add((onto, OWL.versionInfo, Literal(__version__)))
    g.add((onto, RDFS.comment, Literal("Goldstein values are the GDELT table (CAMEO.goldsteinscale.txt).", lang="en")))
    for name, comment in CLASSES.items():
        g.add((BI[name], RDF.type, OWL.Class))
        g.add((BI[name], RDFS.label, Literal(name, lang="en")))
        g.add((BI[name], RDFS.comment, Literal(comment, lang="en")))
        if name in ("Country", "Organization", "Person", "SectorActor"):
            g.add((BI[name], RDFS.subClassOf, BI.Actor))
    g.add((BI.Topic, RDFS.subClassOf, SKOS.Concept))
    for annotation in ("ploverCategory", "cameoCode", "goldstein"):
        g.add((BI[annotation], RDF.type, OWL.AnnotationProperty))
    categories = sorted({p.category for p in predicates().values()})
    for category in categories:
        g.add((BI[category], RDF.type, SKOS.Concept))
        g.add((BI[category], SKOS.prefLabel, Literal(category, lang="en")))
    for p in predicates().values():
        node = BI[p.name]
        g.add((node, RDF.type, OWL.ObjectProperty))
        if p.symmetric:
            g.add((node, RDF.type, OWL.SymmetricProperty))
        g.add((node, RDFS.label, Literal(p.label, lang="en")))
        g.add((node, RDFS.comment, Literal(p.comment, lang="en")))
        if p.domain in CLASSES:
            g.add((node, RDFS.domain, BI[p.domain]))
        if p.range in CLASSES:
            g.add((node, RDFS.range, BI[p.range]))
        g.add((node, BI.ploverCategory, BI[p.category]))
        if p.cameo:
            g.add((node, BI.cameoCode, Literal(p.cameo)))
        g.add((node, BI.goldstein, Literal(p.goldstein, datatype=XSD.decimal)))
        if p.name == "diplomaticRelationsWith":
            g.add((node, SKOS.closeMatch, WDT.P530))
    return g


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "kg" / "ontologies" / "bilateral.ttl"
    build().serialize(destination=target, format="turtle")
    print(f"wrote {target}")
