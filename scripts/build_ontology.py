"""Write kg/ontologies/bilateral.ttl and docs/ontology.md from the vocabulary (kg/data/predicates.tsv).

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
    "Modality": "How a statement is put: asserted, possible, intended or negated.",
    "DyadSummary": "Totals of the statements between two countries (bi:countryA, bi:countryB), kept by the store in its"
    " summary graph <https://w3id.org/bikg/graph/summary> for the corpus-wide named queries (kg/summary.py).",
    "DyadMonthSummary": "Totals of the statements between two countries in one month (bi:month; absent when neither the"
    " statement nor its article is dated), in the store's summary graph.",
    "CountrySummary": "Totals of one country's statements with other countries (bi:summaryOf), in the store's summary graph.",
    "DyadCategorySummary": "Totals of the statements between two countries of one PLOVER category (bi:ploverCategory) and"
    " event date (bi:eventDate; absent for undated statements), in the store's summary graph: what the partners query adds up.",
    "DyadMonthListing": "The number of statements (every modality) between two countries in one month (bi:month), in the"
    " store's summary graph; each statement is bi:listedIn its listings. The dyad-timeline query pages through them.",
    "DyadCategoryTotal": "Totals of the statements between two countries of one PLOVER category (bi:ploverCategory),"
    " every event date together, with the first and last event date (bi:firstDate, bi:lastDate; absent while one of the"
    " statements has none), in the store's summary graph: what the partners query lists.",
    "TargetMonthListing": "The number of statements about a country (bi:targetCountry: their object is one of its entities,"
    " their subject none of them; negated ones left out) of one PLOVER category (bi:ploverCategory) and predicate"
    " (bi:statementPredicate) in one event month (bi:month; absent for statements without an event date), in the store's"
    " summary graph; each statement is bi:listedIn its listings. The who-supports, who-criticizes and who-sanctions queries"
    " page through them.",
    "PersonMonthListing": "The number of statements (every modality) of one person (bi:listedPerson) in one role"
    " (bi:statementRole: \"speaker\", they are attributed to the person, or \"subject\") and event month (bi:month; absent"
    " for statements without an event date), in the store's summary graph; each statement is bi:listedIn its listings."
    " The said-by query pages through them.",
    "DyadTopicListing": "The number of statements on one topic (bi:listedTopic; not negated) by an actor of one of two"
    " countries (bi:countryA, bi:countryB) in an article where the other country takes part, in the store's summary graph;"
    " each statement is bi:listedIn it. It keeps the topic's row of the dyad-topics query (bi:articleCount,"
    " bi:undatedCount, bi:firstDate, bi:lastDate, bi:listedPredicate, bi:listedActor), which the query reads instead of"
    " the statements.",
    "DyadTopicBucket": "The topics of a pair of countries (bi:bucketOf, the key of the pair's topic listings) that have the"
    " same number of statements (bi:topicStatements), with how many there are (bi:topicCount); each topic listing is"
    " bi:inBucket the bucket of its count. A page of the dyad-topics query reads the buckets of the most statements.",
    "SummaryGraph": "The store's summary graph itself: present, with bi:summaryVersion, when its dyad summaries are complete.",
}
MODALITIES = {
    "Asserted": "Stated as a fact: the triple is also asserted in the article's graph.",
    "Possible": "Hedged (can, could, may): not asserted.",
    "Intended": "Planned or wished (will, plans, intends, would like to): not asserted.",
    "Negated": "Denied or refused (not, never, refused, denied): not asserted.",
}
# Properties of statements, articles, entities and runs: (name, kind, domain, range, comment).
PROV = Namespace("http://www.w3.org/ns/prov#")
DESCRIPTIVE = [
    ("modality", "object", "Statement", "Modality", "How the statement is put."),
    ("confidence", "data", "Statement", XSD.decimal, "Confidence in [0, 1]: trigger weight x argument path x entity resolution (README)."),
    ("attributedTo", "object", "Statement", "Actor", "Who said it: the speaker of a quote or of reported speech."),
    ("eventDate", "data", None, XSD.date, "When the event happened: the article date unless the text gives another"
     " (on statements; on a dyad-category summary, the event date of the statements it totals)."),
    ("datePrecision", "data", "Statement", XSD.string,
     'How much of the event date the text gives when it is less than a day: "year" ("in 2001": eventDate is 1 January) '
     'or "month" (eventDate is the 1st). Absent: the day.'),
    ("validFrom", "data", "Statement", None, "On a structural statement (an office, a membership): when the state began, as precise as the text says:"
     " xsd:gYear, xsd:gYearMonth or xsd:date ('from 1990 to 1995', 'joined in 2004')."),
    ("validUntil", "data", "Statement", None, "On a structural statement: when the state ended, as xsd:gYear, xsd:gYearMonth or xsd:date ('to 1995')."),
    ("former", "data", "Statement", XSD.boolean, "true on a structural statement whose state the text says has ended ('former prime minister',"
     " 'served as president until 1995'): such a statement is recorded, but its subject-predicate-object triple is not written"
     " into the article's graph, which holds what is current."),
    ("evidence", "object", "Statement", None, "The evidence sentence, an oa:TextQuoteSelector and oa:TextPositionSelector."),
    ("extractor", "data", None, XSD.string, "Name and version of the extractor (on statements and extraction activities)."),
    ("trigger", "data", "Statement", XSD.string, "The lexicon trigger that matched."),
    ("cameoCode", "data", None, XSD.string, "CAMEO event code (on predicates and statements)."),
    ("goldstein", "data", None, XSD.decimal, "Goldstein value, GDELT table CAMEO.goldsteinscale.txt (on predicates and statements)."),
    ("ploverCategory", "object", None, None, "PLOVER category (on predicates and statements). A statement's is that of its CAMEO code: an intended cooperative act (a promise of aid, an announced visit) is AGREE, CAMEO 03x, whatever its predicate's."),
    ("contentHash", "data", None, XSD.string, "Hash of the article text: the store skips an article it holds with the same hash."),
    ("similarity", "data", None, XSD.decimal, "On a copy of an article (prov:alternateOf it): how alike the texts are, 1.0 = identical."),
    ("iso3", "data", "Country", XSD.string, "ISO 3166-1 alpha-3 code."),
    ("country", "object", "Actor", "Country", "The country a person, organisation or sector actor belongs to."),
    ("role", "data", "Person", XSD.string, "The office or role of a person, as the text gives it."),
    ("softwareVersion", "data", None, XSD.string, "Software that ran an extraction activity (prov:Activity)."),
    ("lexiconHash", "data", None, XSD.string, "Hash of the trigger lexicon an extraction activity used."),
    ("countryA", "object", None, "Country", "On a dyad summary: the first country of the pair (the smaller IRI)."),
    ("countryB", "object", None, "Country", "On a dyad summary: the second country of the pair (the larger IRI)."),
    ("summaryOf", "object", "CountrySummary", "Country", "The country a country summary totals."),
    ("partnerCount", "data", "CountrySummary", XSD.integer, "On a country summary: the number of other countries it has statements with."),
    ("month", "data", None, XSD.string, "The month (YYYY-MM) of a dyad-month summary or listing: the event date's, else the article's."),
    ("listedIn", "object", "Statement", None, "In the summary graph: a listing the statement is counted in: a dyad-month"
     " listing for each pair of countries its subject and object belong to, a target listing for each country its object"
     " belongs to and its subject does not, a person listing for its speaker and its subject when that is a person."),
    ("firstDate", "data", None, XSD.date, "On a dyad-category total or a dyad topic listing: the earliest event date of its"
     " statements (absent while one of them has no event date)."),
    ("lastDate", "data", None, XSD.date, "On a dyad-category total or a dyad topic listing: the latest event date of its"
     " statements (absent while one of them has no event date)."),
    ("listingOf", "object", None, None, "On a dyad-month listing: the summary node of its dyad (a bi:DyadSummary"
     " unless every statement of the dyad is negated), from which the dyad-timeline query finds the dyad's listings. On a"
     " dyad topic listing: the key of the pair's topic listings (kg.summary.summary_terms), from which the dyad-topics query"
     " finds every topic of the pair."),
    ("listedTopic", "object", "DyadTopicListing", None, "On a dyad topic listing: the topic whose statements it lists."),
    ("inBucket", "object", "DyadTopicListing", "DyadTopicBucket", "On a dyad topic listing: the bucket of the pair's topics"
     " with as many statements (kg.summary.topic_bucket)."),
    ("bucketOf", "object", "DyadTopicBucket", None, "On a dyad topic bucket: the key of its pair's topic listings."),
    ("topicStatements", "data", "DyadTopicBucket", XSD.integer, "On a dyad topic bucket: the number of statements each of its topics has."),
    ("topicCount", "data", "DyadTopicBucket", XSD.integer, "On a dyad topic bucket: the number of topics in it."),
    ("articleCount", "data", "DyadTopicListing", XSD.integer, "On a dyad topic listing: the number of articles its statements come from."),
    ("undatedCount", "data", "DyadTopicListing", XSD.integer, "On a dyad topic listing: the number of its statements without an"
     " event date (absent: none)."),
    ("listedPredicate", "object", "DyadTopicListing", None, "On a dyad topic listing: each predicate (rdf:predicate) of its statements."),
    ("listedActor", "object", "DyadTopicListing", None, "On a dyad topic listing: each subject (rdf:subject) of its statements,"
     " whose labels the dyad-topics query lists as the topic's actors."),
    ("monthOf", "object", "DyadMonthSummary", "DyadSummary", "On a dyad-month summary: the summary node of its dyad, from which"
     " the dyad-balance query finds the dyad's months."),
    ("totalFor", "object", "DyadCategoryTotal", "Country", "On a dyad-category total: each of its two countries, from which"
     " the partners query finds a country's totals."),
    ("totalForCategory", "object", "DyadCategoryTotal", None, "On a dyad-category total: for each of its two countries, a key of"
     " the country and the total's PLOVER category (kg.summary.category_key), from which the partners query finds a country's"
     " totals of one category, and counts them to pick the categories of a page."),
    ("listedFor", "object", "TargetMonthListing", None, "On a target listing: a key for each who-* query whose statements it"
     " holds (a hash of the country and the query's kind: kg.summary.target_kind_node), from which that query picks its listings."),
    ("targetCountry", "object", "TargetMonthListing", "Country", "On a target listing: the country on the receiving end of its statements."),
    ("statementPredicate", "object", "TargetMonthListing", None, "On a target listing: the predicate (rdf:predicate) of its statements."),
    ("listedPerson", "object", "PersonMonthListing", "Person", "On a person listing: the person whose statements it lists."),
    ("statementRole", "data", "PersonMonthListing", XSD.string, 'On a person listing: "speaker" (the statements are attributed'
     ' to the person) or "subject" (the person is their subject).'),
    ("mentionsCountry", "object", None, "Country", "In the summary graph, on an article: a country whose entities are the"
     " subject or object of one of its statements."),
    ("nameGram", "data", "Person", XSD.string, "In the summary graph, on a person: every two and three letters of each of"
     " their lower-cased labels (kg.summary.name_grams), from which the said-by query finds the people whose name holds a text."),
    ("statementCount", "data", None, XSD.integer, "On a dyad summary: the number of statements (negated ones left out, hedged ones counted)."),
    ("pairingCount", "data", None, XSD.integer, "On a dyad or country summary: statement and ordered country pair combinations,"
     " the statement count but for a statement whose subject and object both belong to both countries (counted twice)."),
    ("goldsteinSum", "data", None, XSD.decimal, "On a dyad or country summary: the sum of the Goldstein values over its pairings (0 without one)."),
    ("summaryVersion", "data", "SummaryGraph", XSD.integer, "Version of the summaries' definition; another version is computed again."),
]


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
    for name, comment in MODALITIES.items():
        g.add((BI[name], RDF.type, BI.Modality))
        g.add((BI[name], RDF.type, OWL.NamedIndividual))
        g.add((BI[name], RDFS.label, Literal(name.lower(), lang="en")))
        g.add((BI[name], RDFS.comment, Literal(comment, lang="en")))
    for name, kind, domain, rng, comment in DESCRIPTIVE:
        node = BI[name]
        # cameoCode, goldstein, ploverCategory annotate predicates too, so they are annotation properties.
        if name in ("cameoCode", "goldstein", "ploverCategory"):
            g.add((node, RDF.type, OWL.AnnotationProperty))
        else:
            g.add((node, RDF.type, OWL.ObjectProperty if kind == "object" else OWL.DatatypeProperty))
        g.add((node, RDFS.label, Literal(name, lang="en")))
        g.add((node, RDFS.comment, Literal(comment, lang="en")))
        if domain:
            g.add((node, RDFS.domain, BI[domain]))
        if isinstance(rng, URIRef):
            g.add((node, RDFS.range, rng))
        elif rng is not None:
            g.add((node, RDFS.range, BI[rng]))
    g.add((BI.Statement, RDFS.subClassOf, RDF.Statement))
    g.add((BI.Statement, RDFS.seeAlso, PROV.Entity))
    g.add((onto, RDFS.seeAlso, SCHEMA.NewsArticle))
    categories = sorted({p.category for p in predicates().values()})
    scheme = BI.PloverCategories
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("PLOVER event categories", lang="en")))
    for category in categories:
        g.add((BI[category], RDF.type, SKOS.Concept))
        g.add((BI[category], SKOS.prefLabel, Literal(category, lang="en")))
        g.add((BI[category], SKOS.inScheme, scheme))
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


def markdown() -> str:
    """A human-readable page of the ontology (docs/ontology.md)."""
    rows = [
        "# The bilateral-kg ontology",
        "",
        f"Generated by `scripts/build_ontology.py` from `kg/data/predicates.tsv`; version {__version__}.",
        "Namespace `bi:` = `https://w3id.org/bikg/ontology#`; the OWL 2 + SKOS source is",
        "`kg/ontologies/bilateral.ttl`, the SHACL shapes `kg/ontologies/shapes.ttl` (`kg validate`).",
        "Goldstein values are the GDELT table (`CAMEO.goldsteinscale.txt`); symmetric predicates are",
        "`owl:SymmetricProperty` and are emitted once per pair, in canonical order.",
        "",
        "## Classes",
        "",
        "| class | definition |",
        "|---|---|",
        *[f"| `bi:{name}` | {comment} |" for name, comment in CLASSES.items()],
        "| `schema:NewsArticle` | An article: headline, datePublished, publisher, author, url, `bi:contentHash`; a copy"
        " of it read elsewhere (a duplicate) is a `schema:NewsArticle` that is `prov:alternateOf` it, with `bi:similarity`. |",
        "| `prov:Activity` | An extraction run: `bi:softwareVersion`, `bi:extractor`, `bi:lexiconHash`. |",
        "",
        "Modalities (instances of `bi:Modality`):",
        "",
        *[f"- `bi:{n}`: {c}" for n, c in MODALITIES.items()],
        "",
        "## Relation predicates",
        "",
        "| predicate | label | domain → range | symmetric | PLOVER | CAMEO | Goldstein | meaning |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for p in sorted(predicates().values(), key=lambda p: (p.category, p.name)):
        rows.append(
            f"| `bi:{p.name}` | {p.label} | {p.domain} → {p.range} | {'yes' if p.symmetric else ''} | {p.category} "
            f"| {p.cameo or ''} | {p.goldstein:g} | {p.comment} |"
        )
    rows += ["", "`bi:diplomaticRelationsWith` is `skos:closeMatch` Wikidata P530 (diplomatic relation).", "", "## Other properties", ""]
    rows += ["| property | on | value | meaning |", "|---|---|---|---|"]
    for name, _kind, domain, rng, comment in DESCRIPTIVE:
        value = "" if rng is None else (f"xsd:{rng.removeprefix(str(XSD))}" if isinstance(rng, URIRef) else f"bi:{rng}")
        rows.append(f"| `bi:{name}` | {domain or ''} | {value} | {comment} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    build().serialize(destination=root / "kg" / "ontologies" / "bilateral.ttl", format="turtle")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "ontology.md").write_text(markdown(), encoding="utf-8")
    print("wrote kg/ontologies/bilateral.ttl and docs/ontology.md")
