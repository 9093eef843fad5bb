"""Named queries on the example graph: each returns the rows a user expects, on the store and on the file."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from example_build import EXAMPLES, example_store, example_trig
from rdflib import Dataset
from rdflib.plugins.sparql import prepareQuery

from kg.cli import main
from kg.errors import QueryFailed, QueryParameterInvalid, ResultTooLarge, UnknownQuery
from kg.model import Modality
from kg.pipeline import process
from kg.query import QueryResult, load_graph, named_queries, named_query, parse_named_query, render_template, resolve_country, run_query
from kg.store import open_source

EXPECTED_QUERIES = {
    "dyad-timeline",
    "partners",
    "who-supports",
    "who-criticizes",
    "who-sanctions",
    "said-by",
    "dyad-topics",
    "dyad-balance",
    "central-countries",
}


@pytest.fixture(scope="module", params=["store", "file"])
def dataset(request: pytest.FixtureRequest) -> Iterator[Dataset]:
    """The example graph, as the on-disk store and as the TriG file (both must give the same rows)."""
    if request.param == "store":
        yield open_source(store=example_store())
    else:
        yield load_graph(example_trig())


@pytest.fixture(scope="module")
def statements() -> list[tuple[str, str, float, str, str]]:
    """(subject country, object country, Goldstein, month, PLOVER category) of every non-negated
    country-to-country statement, straight from the pipeline (no SPARQL)."""
    rows = []
    for result in process([EXAMPLES]):
        for st in result.statements:
            a, b = st.subject.country, st.object.country
            if not a or not b or a == b or st.modality is Modality.NEGATED:
                continue
            day = st.date or result.article.published
            rows.append((a, b, st.goldstein, day.isoformat()[:7] if day else "", st.category))
    return rows


def records(result: QueryResult) -> list[dict[str, str]]:
    return [dict(zip(result.columns, row)) for row in result.rows or []]


def run_named(dataset: Dataset, name: str, **params: str) -> list[dict[str, str]]:
    return records(run_query(dataset, named_query(name).bind(params)))


def test_every_named_query_is_shipped_with_a_header() -> None:
    queries = named_queries()
    assert EXPECTED_QUERIES <= set(queries)
    for q in queries.values():
        assert q.title and q.title != q.name and len(q.description) > 40, q.name
        for p in q.parameters:
            assert p.description, (q.name, p.name)


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_bound_queries_parse(name: str) -> None:
    q = named_query(name)
    countries = iter(["AZE", "USA"])  # a dyad's two countries must differ
    values = {p.name: next(countries) if p.kind == "country" else {"category": "SUPPORT", "text": "x", "integer": "10"}[p.kind] for p in q.parameters}
    prepareQuery(q.bind(values))


def test_dyad_timeline_both_directions_by_date_with_evidence_and_source(dataset: Dataset) -> None:
    rows = run_named(dataset, "dyad-timeline", a="AZE", b="USA")
    assert rows == run_named(dataset, "dyad-timeline", a="United States", b="azerbaijan")
    found = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Azerbaijan", "strategicPartnerOf", "United States") in found
    assert ("Ilham Aliyev", "congratulates", "United States") in found
    assert all(r["date"] == "2021-07-03" for r in rows)
    partnership = next(r for r in rows if r["predicate"] == "strategicPartnerOf")
    assert "strategic partnership" in partnership["evidence"]
    assert partnership["said_by"] == "Ilham Aliyev" and partnership["modality"] == "asserted"
    assert partnership["publisher"].startswith("Turan") and partnership["url"].endswith("azerbaijan-us-independence-day-2021.txt")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    # a dyad with no statements between them gives no rows, not an error
    assert run_named(dataset, "dyad-timeline", a="AZE", b="KEN") == []


def test_partners_by_category_agree_with_the_statements(dataset: Dataset, statements: list[tuple[str, str, float, str, str]]) -> None:
    rows = run_named(dataset, "partners", country="Kenya")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for a, b, _, _, category in statements:
        if "KEN" in (a, b):
            counts[(b if a == "KEN" else a, category)] += 1
    assert {(r["partner"], r["plover_category"]): int(r["statements"]) for r in rows} == counts
    assert ("CHN", "COOPERATE") in counts
    only = run_named(dataset, "partners", country="KEN", category="cooperate")
    assert only and {r["plover_category"] for r in only} == {"COOPERATE"}


def test_who_supports_criticizes_sanctions(dataset: Dataset) -> None:
    supporters = run_named(dataset, "who-supports", country="Kenya")
    assert ("China", "supports") in {(r["actor"], r["predicate"]) for r in supporters}
    assert all(r["evidence"] and r["modality"] != "negated" for r in supporters)
    critics = run_named(dataset, "who-criticizes", country="MAR")
    assert {r["actor_country"] for r in critics} == {"DZA"}
    sanctioners = run_named(dataset, "who-sanctions", country="Georgia")
    assert ("Russia", "sanctions", "Georgia") in {(r["actor"], r["predicate"], r["target"]) for r in sanctioners}
    assert "Russia" in sanctioners[0]["evidence"]


def test_statements_said_by_a_person(dataset: Dataset) -> None:
    rows = run_named(dataset, "said-by", person="aliyev")
    assert {r["name"] for r in rows} == {"Ilham Aliyev"}
    spoken = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["role"] == "speaker"}
    assert ("Azerbaijan", "strategicPartnerOf", "United States") in spoken
    assert any(r["role"] == "subject" and r["predicate"] == "leaderOf" for r in rows)


def test_topics_of_a_dyad(dataset: Dataset) -> None:
    from kg.vocab import predicates

    rows = run_named(dataset, "dyad-topics", a="Azerbaijan", b="United States")
    assert rows, "the Azerbaijan-US article relates both countries to topics"
    for row in rows:
        assert int(row["statements"]) >= int(row["articles"]) >= 1
        assert set(row["predicates"].split(", ")) <= set(predicates())
        assert "Azerbaijan" in row["actors"] or "United States" in row["actors"]


def test_dyad_balance_per_month_agrees_with_the_statements(dataset: Dataset, statements: list[tuple[str, str, float, str, str]]) -> None:
    expected: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for a, b, goldstein, month, _ in statements:
        expected[(min(a, b), max(a, b), month)].append(goldstein)
    rows = run_named(dataset, "dyad-balance")
    got = {(r["country_a"], r["country_b"], r["month"]): (int(r["statements"]), Decimal(r["goldstein_sum"])) for r in rows}
    assert got.keys() == expected.keys()
    for key, (count, total) in got.items():
        assert count == len(expected[key]) and float(total) == pytest.approx(sum(expected[key]))
    one = run_named(dataset, "dyad-balance", a="USA", b="Azerbaijan")
    assert {(r["country_a"], r["country_b"]) for r in one} == {("AZE", "USA")}
    assert float(one[0]["goldstein_sum"]) > 0  # congratulations, praise, partnership


def test_most_central_countries_rank_by_distinct_partners(dataset: Dataset, statements: list[tuple[str, str, float, str, str]]) -> None:
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b, *_ in statements:
        partners[a].add(b)
        partners[b].add(a)
    rows = run_named(dataset, "central-countries")
    assert {r["country"]: int(r["partners"]) for r in rows} == {c: len(p) for c, p in partners.items()}
    ranks = [int(r["partners"]) for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert rows[0]["name"]


def test_parameter_values_are_terms_not_sparql(dataset: Dataset) -> None:
    hostile = 'x")) } } SELECT * WHERE { ?s ?p ?o } #'
    text = named_query("said-by").bind({"person": hostile})
    prepareQuery(text)  # still one well-formed query
    assert run_named(dataset, "said-by", person=hostile) == []
    with pytest.raises(QueryParameterInvalid, match="Unknown country"):
        named_query("partners").bind({"country": "AZE> } ?s ?p ?o {"})
    with pytest.raises(QueryParameterInvalid, match="Available: .*SUPPORT"):
        named_query("partners").bind({"country": "AZE", "category": "bi:SUPPORT"})


@pytest.mark.parametrize(
    "hostile",
    [
        "?person ?b #if !person",  # variables and directives inside the value stay text
        "x\n#endif\n} SELECT * WHERE { ?s ?p ?o }",  # a newline cannot end the literal or add a line
        'back\\slash \\" and \r and \t',
    ],
)
def test_text_parameters_stay_one_literal(dataset: Dataset, hostile: str) -> None:
    text = named_query("said-by").bind({"person": hostile})
    prepareQuery(text)
    assert text.count("LCASE(STR(") == 4  # one FILTER in each branch, the literal in place of ?person
    assert "?person" not in text.split("WHERE", 1)[1].replace(hostile, "")
    assert run_named(dataset, "said-by", person=hostile) == []


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_bound_queries_name_no_parameter_variable(name: str) -> None:
    q = named_query(name)
    countries = iter(["AZE", "USA"])  # a dyad's two countries must differ
    values = {p.name: next(countries) if p.kind == "country" else {"category": "SUPPORT", "text": "x", "integer": "10"}[p.kind] for p in q.parameters}
    body = q.bind(values).split("WHERE", 1)[1]
    for p in q.parameters:
        assert not re.search(rf"[?$]{p.name}\b", body), (name, p.name)


def test_optional_parameters_narrow_the_unbound_answer(dataset: Dataset) -> None:
    every = run_named(dataset, "dyad-balance")
    for params in ({"a": "USA"}, {"b": "USA"}, {"a": "AZE", "b": "USA"}, {"a": "USA", "b": "AZE"}):
        codes = set(params.values())
        expected = [r for r in every if codes <= {r["country_a"], r["country_b"]}]
        assert expected and run_named(dataset, "dyad-balance", **params) == expected, params
    kenya = run_named(dataset, "partners", country="KEN")
    assert run_named(dataset, "partners", country="KEN", category="COOPERATE") == [r for r in kenya if r["plover_category"] == "COOPERATE"]


def test_template_blocks() -> None:
    template = "A\n#if a\nB ?a\n#elif b\nC\n#else\nD\n#if !c\nE\n#endif\n#endif\nF\n"
    assert render_template(template, {"a"}) == "A\nB ?a\nF\n"
    assert render_template(template, {"b"}) == "A\nC\nF\n"
    assert render_template(template, set()) == "A\nD\nE\nF\n"
    assert render_template(template, {"c"}) == "A\nD\nF\n"
    with pytest.raises(QueryFailed, match="x.rq: #if without #endif"):
        render_template("#if a\nB\n", set(), "x")
    with pytest.raises(QueryFailed, match="x.rq: #else without #if"):
        parse_named_query("x", "# title: X\nSELECT * WHERE { ?s ?p ?o }\n#else\n")
    with pytest.raises(QueryFailed, match="x.rq: #if names 'c', which is not a parameter"):
        parse_named_query("x", "# title: X\n# param: a country?  A.\nSELECT * WHERE {\n#if !c\n?s ?p ?a\n#endif\n}\n")


def test_parameter_errors_name_the_choices() -> None:
    with pytest.raises(UnknownQuery, match="Available: .*dyad-timeline"):
        named_query("dyad-timelines")
    with pytest.raises(QueryParameterInvalid, match="needs --param b"):
        named_query("dyad-timeline").bind({"a": "AZE"})
    with pytest.raises(QueryParameterInvalid, match="no parameter 'c'"):
        named_query("dyad-timeline").bind({"a": "AZE", "b": "USA", "c": "FRA"})
    with pytest.raises(QueryParameterInvalid, match="Did you mean: Azerbaijan"):
        resolve_country("Azerbaidjan")
    assert resolve_country("UK") == resolve_country("gbr") == "GBR"


def test_result_cap(dataset: Dataset) -> None:
    with pytest.raises(ResultTooLarge, match="more than 10 rows"):
        run_query(dataset, "SELECT * WHERE { ?s ?p ?o }", max_results=10)
    assert len(run_query(dataset, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", max_results=10)) == 10


def test_output_formats(dataset: Dataset) -> None:
    select = run_query(dataset, named_query("central-countries").text)
    assert select.serialize("tsv").splitlines()[0].startswith("?country\t?name")
    timeline = run_query(dataset, named_query("dyad-timeline").bind({"a": "AZE", "b": "USA"}))
    tsv = timeline.serialize("tsv").splitlines()
    assert len(tsv) == len(timeline) + 1 and all(line.count("\t") == len(timeline.columns) - 1 for line in tsv)
    assert not any(str(cell).endswith("\n") for row in (timeline.rows or []) for cell in row)  # evidence ends at its sentence
    broken = run_query(dataset, 'SELECT ?text WHERE { BIND ("two\\nlines" AS ?text) }').serialize("tsv").splitlines()
    assert len(broken) == 2 and broken[1].startswith('"two\\nlines"')  # a literal's line breaks are escaped, one row per line
    assert '"head"' in select.serialize("json") and "<sparql" in select.serialize("xml")
    assert select.serialize("csv").startswith("country,name,partners")
    graph = run_query(dataset, "PREFIX bi: <https://w3id.org/bikg/ontology#> CONSTRUCT { ?s a bi:Country } WHERE { ?s a bi:Country }")
    assert graph.is_graph and len(graph) > 10
    assert '"@id"' in graph.serialize("json-ld") and "ontology#Country>" in graph.serialize("ntriples")
    ask = run_query(dataset, "ASK { ?s ?p ?o }")
    assert ask.serialize("table") == "true\n" and '"boolean": true' in ask.serialize("json")


# --- the command line ---------------------------------------------------------------------


def test_cli_named_query_on_the_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--store", str(example_store()), "--name", "dyad-timeline", "--param", "a=AZE", "--param", "b=United States", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("date,subject,predicate")
    assert "strategicPartnerOf" in result.stdout



def test_cli_named_query_from_the_summaries_never_counts_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store opened for the summaries is used as it is: asking whether a Dataset is "true"
    counts every triple of the store (7.5 s at 1M triples, for a 3 ms answer)."""
    from oxrdflib import OxigraphStore

    def refuse(self: object) -> int:
        raise AssertionError("kg query counted every triple of the store")

    monkeypatch.setattr(OxigraphStore, "__len__", refuse)
    result = CliRunner().invoke(main, ["query", "--store", str(example_store()), "-n", "central-countries", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("country,name,partners") and len(result.stdout.splitlines()) > 10

def test_cli_named_query_on_a_file_and_list() -> None:
    result = CliRunner().invoke(main, ["query", str(example_trig()), "-n", "who-sanctions", "-p", "country=GEO", "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("?actor\t") and '"Russia"@en' in result.stdout
    listing = CliRunner().invoke(main, ["query", "--list"])
    assert listing.exit_code == 0
    for name in EXPECTED_QUERIES:
        assert name in listing.stdout
    assert "--param a=COUNTRY" in listing.stdout


def test_cli_query_errors_are_clear() -> None:
    runner = CliRunner()
    bad = runner.invoke(main, ["query", "--store", str(example_store()), "-n", "partners", "-p", "country=Narnia"])
    assert bad.exit_code == 1 and "Unknown country 'Narnia'" in bad.stderr
    usage = runner.invoke(main, ["query", "--store", str(example_store()), "-p", "a=AZE", "SELECT * WHERE {}"])
    assert usage.exit_code == 2 and "--param goes with --name" in usage.output
    wrong_format = runner.invoke(main, ["query", str(example_trig()), "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 1", "-f", "csv"])
    assert wrong_format.exit_code == 1 and "turtle" in wrong_format.stderr


def test_cli_reads_the_default_store_from_kg_store() -> None:
    result = CliRunner().invoke(main, ["query", "-n", "central-countries", "-f", "csv"], env={"KG_STORE": str(example_store())})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("country,name,partners") and len(result.stdout.splitlines()) > 10


def test_cli_show_prints_the_bound_query() -> None:
    result = CliRunner().invoke(main, ["query", "-n", "partners", "-p", "country=Kenya", "--show"])
    assert result.exit_code == 0
    assert "?x bi:country? <https://w3id.org/bikg/id/country/KEN> ." in result.stdout
    assert "?country" not in result.stdout.split("WHERE", 1)[1]


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_oxigraph_answers_equal_rdflib_s_route(dataset: Dataset, name: str) -> None:
    """run_query asks Oxigraph directly; the rows must be those of ``dataset.query`` (through oxrdflib)."""
    q = named_query(name)
    country = {"who-criticizes": "MAR", "who-sanctions": "GEO"}.get(name, "KEN")
    values = {p.name: {"a": "AZE", "b": "USA", "country": country, "person": "aliyev"}[p.name] for p in q.parameters if not p.optional}
    sparql = q.bind(values)
    result = run_query(dataset, sparql)
    assert result.terms and result.terms == [tuple(row) for row in dataset.query(sparql)]  # type: ignore[misc]
    assert result.columns == [str(v) for v in dataset.query(sparql).vars or []]


def test_queries_may_use_the_dataset_s_prefixes(dataset: Dataset) -> None:
    sparql = "SELECT ?c WHERE { ?c rdf:type <https://w3id.org/bikg/ontology#Country> } ORDER BY ?c LIMIT 3"
    rows = run_query(dataset, sparql).rows
    assert rows == [[str(row[0])] for row in dataset.query(sparql)]  # type: ignore[index]
    assert rows and all("/id/country/" in r[0] for r in rows)


# --- SELECT answers written from plain cells: the text rdflib's writers give -------------------

_TYPED_TURTLE = """@prefix x: <http://x/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
x:a x:p "é\\t\\"q\\"<&>\\n\\r\\\\", "x"@en-US, "1.0E0"^^xsd:double, " 5 "^^xsd:integer, "01"^^xsd:integer,
    "2021-07-03T10:00:00Z"^^xsd:dateTime, "2021-07-03"^^xsd:date, 3, -17, 2.50, 1.25, -4.125, "7"^^xsd:decimal,
    "1e3"^^xsd:float, "2021"^^xsd:gYear, "a&b"^^<http://x/d?a=1&b=2>, _:b1, <http://x/é%20?q=1&r=2>, "", "plain" .
x:b x:p x:a .
"""

# Computed values of the kinds the named queries give: sums, means (decimal division), counts.
_COMPUTED = """PREFIX x: <http://x/>
SELECT ?s ?p ?o ?n ?sum ?mean ?none WHERE {
  { ?s ?p ?o } UNION { VALUES (?n ?k) { (1 3) (7 4) (-11 6) (2 8) (100 7) } }
  BIND (?n * 1.7 AS ?sum) BIND (?sum / ?k AS ?mean)
} ORDER BY ?s ?p ?o ?n"""


def _typed_dataset() -> Dataset:
    from oxrdflib import OxigraphStore

    ds = Dataset(store=OxigraphStore(), default_union=True)
    ds.parse(data=_TYPED_TURTLE, format="ox-turtle")
    return ds


def _rdflib_writer(result: QueryResult, fmt: str) -> str:
    """What QueryResult wrote before it kept cells: rdflib's SPARQL results writers on its terms."""
    text = (result._rdflib().serialize(format=fmt) or b"").decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def _old_tsv(result: QueryResult) -> str:
    from rdflib import BNode, Literal
    from rdflib.plugins.serializers.nt import _quoteLiteral

    def term(t: object) -> str:
        if t is None:
            return ""
        if isinstance(t, BNode):
            return f"_:{t}"
        if isinstance(t, Literal):
            return _quoteLiteral(t).replace("\t", "\\t")
        return t.n3()  # type: ignore[attr-defined, no-any-return]

    return "\n".join(["\t".join("?" + c for c in result.columns)] + ["\t".join(term(t) for t in row) for row in result.terms]) + "\n"


def test_select_formats_are_rdflib_s_text_for_every_kind_of_term() -> None:
    """Typed, language-tagged, plain, non-canonical and computed literals, IRIs, blank nodes and
    unbound cells come out of JSON, XML, TSV, CSV and the table exactly as rdflib wrote them."""
    result = run_query(_typed_dataset(), _COMPUTED)
    assert len(result) > 20
    reference = QueryResult("SELECT", result.columns, result.terms)
    assert reference.cells == result.cells
    assert result.serialize("json") == _rdflib_writer(result, "json")
    assert result.serialize("tsv") == _old_tsv(result)
    assert result.rows == [["" if t is None else str(t) for t in row] for row in result.terms]
    # rdflib's XML writer leaves a literal whose value is false in Python (0, 0.0, false) empty:
    # those rows are left out of the byte comparison and checked by reading the XML back below
    falsy = [row for row in result.terms if any(t is not None and hasattr(t, "datatype") and not t for t in row)]
    kept = QueryResult("SELECT", result.columns, [row for row in result.terms if row not in falsy])
    assert kept.serialize("xml") == _rdflib_writer(kept, "xml")
    # rdflib normalises what Oxigraph writes otherwise: the cells keep rdflib's text
    texts = {t for row in result.rows or [] for t in row}
    assert {"5", "1", "1.0", "2021-07-03T10:00:00+00:00", "2.5"} <= texts
    assert not {" 5 ", "01", "1.0E0"} & texts


def test_every_select_format_reads_back_to_the_same_terms() -> None:
    import io

    from rdflib.query import Result

    result = run_query(_typed_dataset(), _COMPUTED)
    for fmt in ("json", "xml", "tsv"):
        parsed = [tuple(row) for row in Result.parse(io.StringIO(result.serialize(fmt)), format=fmt)]  # type: ignore[arg-type]
        if fmt == "xml":  # a raw carriage return (as rdflib writes it) reads back as a line feed
            assert [r for r in parsed if "<&>" not in str(r[2])] == [r for r in result.terms if "<&>" not in str(r[2])]
        else:
            assert parsed == result.terms, fmt
    zero = run_query(_typed_dataset(), "SELECT ?z ?f WHERE { BIND (0 AS ?z) BIND (false AS ?f) }")
    assert "<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">0</literal>" in zero.serialize("xml")
    assert ">false</literal>" in zero.serialize("xml")


def test_large_answer_formats_equal_the_rdflib_route(dataset: Dataset) -> None:
    """A few thousand rows of counts, sums and means (the shape of dyad-balance): every format
    equals what the rdflib terms give, and the terms equal those of ``dataset.query``."""
    sparql = """SELECT ?i ?label ?n ?sum ?mean WHERE {
      VALUES ?a { 0 1 2 3 4 5 6 7 8 9 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 } VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } VALUES ?d { 1 2 3 }
      BIND (?a * 100 + ?b * 10 + ?c AS ?i) BIND (CONCAT("AZE-", STR(?i)) AS ?label) BIND (?c - ?b AS ?n)
      BIND (?n * 0.3 AS ?sum) BIND (?sum / ?d AS ?mean)
    } ORDER BY ?i ?d"""
    result = run_query(dataset, sparql)
    assert len(result) == 3000
    assert result.terms == [tuple(row) for row in dataset.query(sparql)]  # type: ignore[misc]
    assert result.serialize("json") == _rdflib_writer(result, "json")
    assert result.serialize("tsv") == _old_tsv(result)
    kept = QueryResult("SELECT", result.columns, [row for row in result.terms if all(t is None or t for t in row)])
    assert len(kept) > 1000 and kept.serialize("xml") == _rdflib_writer(kept, "xml")


# --- dataset clauses, and the rough edges of kg query (issue 19) -----------------------------

COUNT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ {} }}"


def _article_graphs(dataset: Dataset) -> list[str]:
    sparql = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/bikg/id/article/")) } ORDER BY ?g'
    rows = run_query(dataset, sparql).rows or []
    return [r[0] for r in rows]


def test_from_makes_one_article_s_graph_the_default_graph(dataset: Dataset) -> None:
    first, second = _article_graphs(dataset)[:2]
    whole = int((run_query(dataset, COUNT.format("", "?s ?p ?o")).rows or [])[0][0])
    one = int((run_query(dataset, COUNT.format(f"FROM <{first}>", "?s ?p ?o")).rows or [])[0][0])
    inside = int((run_query(dataset, COUNT.format("", f"GRAPH <{first}> {{ ?s ?p ?o }}")).rows or [])[0][0])
    assert 0 < one == inside < whole
    both = int((run_query(dataset, COUNT.format(f"FROM <{first}> FROM <{second}>", "?s ?p ?o")).rows or [])[0][0])
    assert one < both < whole
    assert (run_query(dataset, COUNT.format("FROM <https://example.org/no-such-graph>", "?s ?p ?o")).rows or [])[0][0] == "0"


def test_from_named_limits_the_named_graphs_and_empties_the_default(dataset: Dataset) -> None:
    first = _article_graphs(dataset)[0]
    named = run_query(dataset, f"SELECT DISTINCT ?g FROM NAMED <{first}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}").rows
    assert named == [[first]]
    assert (run_query(dataset, COUNT.format(f"FROM NAMED <{first}>", "?s ?p ?o")).rows or [])[0][0] == "0"


def test_kg_query_says_it_is_read_only_for_an_update() -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(example_store()), "PREFIX x: <urn:x:> INSERT DATA { x:a x:b x:c }"])
    assert result.exit_code == 1 and "kg query is read-only" in result.stderr and "CONSTRUCT" not in result.stderr


def test_an_unknown_prefix_is_named_in_one_line() -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(example_store()), "SELECT ?s WHERE { ?s nope:thing ?o }"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "'nope:'" in result.stderr and "\\u{" not in result.stderr
    known = CliRunner().invoke(main, ["query", "--store", str(example_store()), "SELECT ?s WHERE { ?s bi:sanctions ?o }"])
    assert "PREFIX bi: <https://w3id.org/bikg/ontology#>" in known.stderr


def test_a_graph_file_without_a_query_is_told_so() -> None:
    result = CliRunner().invoke(main, ["query", str(example_trig())])
    assert result.exit_code == 2 and "not a query" in result.output and "no store here" not in result.output


SERVICE = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"


def test_local_service_is_refused_unless_allowed() -> None:
    refused = CliRunner().invoke(main, ["query", str(example_trig()), SERVICE])
    assert refused.exit_code == 1 and "--allow-service" in refused.stderr
    allowed = CliRunner().invoke(main, ["query", str(example_trig()), SERVICE, "--allow-service", "-f", "csv"])
    assert allowed.exit_code == 0, allowed.output  # SILENT: the unreachable endpoint gives one empty solution
    assert set(allowed.stdout.splitlines()[0].split(",")) == {"s", "p", "o"}


@pytest.mark.parametrize(("name", "codes"), [("Korea", ("KOR", "PRK")), ("Congo", ("COD", "COG"))])
def test_ambiguous_country_names_list_the_candidates(name: str, codes: tuple[str, str]) -> None:
    with pytest.raises(QueryParameterInvalid) as caught:
        resolve_country(name)
    assert all(code in str(caught.value) for code in codes)
    result = CliRunner().invoke(main, ["query", "--store", str(example_store()), "--name", "partners", "-p", f"country={name}"])
    assert result.exit_code == 1 and all(code in result.stderr for code in codes)
    assert resolve_country("Guinea") == "GIN" and resolve_country("DR Congo") == "COD"


def test_a_dyad_of_one_country_is_refused_as_kg_timeline_refuses_it() -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(example_store()), "--name", "dyad-timeline", "-p", "a=AZE", "-p", "b=Azerbaijan"])
    assert result.exit_code == 1 and "two different countries, got AZE twice" in result.stderr


PUBLIC_NAMES = {
    "kg.store": {"load_graph"},  # the store module opens stores and graph files; re-exported by kg.query
    "run": {"run_query", "run_endpoint_query", "endpoint_url", "has_dataset_clause", "write_query", "for_endpoint", "STREAMED_FORMATS"},
    "result": {"QueryResult", "Cell", "format_table", "TABLE_FORMATS", "GRAPH_FORMATS", "MEDIA_TYPES", "GRAPH_MEDIA_TYPES"},
    "named": {"NamedQuery", "named_queries", "named_query", "parse_named_query", "render_template", "with_summary"},
    "params": {"Parameter", "PARAMETER_KINDS", "BI_NS", "parameter_term", "parse_params", "resolve_country"},
}


def test_every_public_name_of_the_query_package_is_importable_from_kg_query() -> None:
    import importlib

    import kg
    import kg.query

    assert set(kg.query.__all__) == set().union(*PUBLIC_NAMES.values())
    for module, names in PUBLIC_NAMES.items():
        holder = importlib.import_module(module if module.startswith("kg.") else f"kg.query.{module}")
        for name in names:
            assert getattr(kg.query, name) is getattr(holder, name), f"kg.query.{name} is not kg.query.{module}.{name}"
    assert (kg.load_graph, kg.run_query, kg.run_endpoint_query, kg.named_query) == (
        kg.query.load_graph,
        kg.query.run_query,
        kg.query.run_endpoint_query,
        kg.query.named_query,
    )


def test_the_query_modules_import_each_other_never_the_package() -> None:
    """A module of kg/query/ that imported ``kg.query`` would import itself through ``__init__``: a cycle."""
    import ast

    import kg.query

    folder = Path(kg.query.__file__).parent
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert "kg.query" not in names, f"{path.name} imports the kg.query package; import the module that holds the name"
            assert not (isinstance(node, ast.ImportFrom) and node.level), f"{path.name}: use absolute imports (kg.query.NAME)"
