"""Dyad summaries: the corpus-wide named queries answer the same rows from them as in full."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal

from example_build import example_store, example_trig
from kg.cli import main
from kg.export import quads
from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.pipeline import build
from kg.push import units
from kg.query import QueryResult, named_queries, named_query, run_query
from kg.rdf import BI, run_iri
from kg.store import open_store, oxigraph_of
from kg.summary import SUMMARY_GRAPH, SUMMARY_VERSION, drop_summaries, ensure_summaries, has_summaries, rebuild_summaries, summary_terms
from kg.validate import validate
from kg.vocab import predicates
from kg.write import ArticleIndex, remove_articles, write_article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
CASES = [
    ("central-countries", {}),
    ("dyad-balance", {}),
    ("dyad-balance", {"a": "AZE"}),
    ("dyad-balance", {"b": "USA"}),
    ("dyad-balance", {"a": "AZE", "b": "USA"}),
    ("dyad-balance", {"a": "Georgia", "b": "Russia"}),
    # the listings and the article index (kg.summary.listings, kg.summary.mentions): every
    # statement, pages of them, and the topics of a dyad
    ("dyad-timeline", {"a": "AZE", "b": "USA", "limit": "0"}),
    ("dyad-timeline", {"a": "USA", "b": "AZE"}),
    ("dyad-timeline", {"a": "AZE", "b": "USA", "limit": "2", "offset": "1"}),
    ("dyad-timeline", {"a": "GEO", "b": "RUS", "limit": "1"}),
    ("dyad-timeline", {"a": "AZE", "b": "GEO", "limit": "0"}),
    ("dyad-timeline", {"a": "AZE", "b": "FRA", "limit": "1", "offset": "1"}),
    ("dyad-topics", {"a": "AZE", "b": "USA"}),
    ("dyad-topics", {"a": "CHN", "b": "KEN"}),
    ("dyad-topics", {"a": "GEO", "b": "AZE"}),
    # pages of topics: the buckets of the most statements (kg.summary.topic_bucket), every topic
    ("dyad-topics", {"a": "AZE", "b": "USA", "limit": "1"}),
    ("dyad-topics", {"a": "AZE", "b": "USA", "limit": "2", "offset": "3"}),
    ("dyad-topics", {"a": "CHN", "b": "KEN", "limit": "0"}),
    ("partners", {"country": "AZE"}),
    ("partners", {"country": "USA"}),
    ("partners", {"country": "GEO", "category": "SUPPORT"}),
    ("partners", {"country": "Russia"}),
    # pages of partners: category by category (partners.listings.rq), one category's rows, every row
    ("partners", {"country": "USA", "limit": "3", "offset": "2"}),
    ("partners", {"country": "AZE", "limit": "2", "offset": "5"}),
    ("partners", {"country": "AZE", "limit": "0"}),
    ("partners", {"country": "USA", "category": "COOPERATE", "limit": "1", "offset": "1"}),
    # the target listings (kg.summary.target_listings): every statement about a country, and pages of them
    ("who-supports", {"country": "KEN", "limit": "0"}),
    ("who-supports", {"country": "USA", "limit": "1", "offset": "1"}),
    ("who-supports", {"country": "AZE", "limit": "2"}),
    ("who-criticizes", {"country": "MAR", "limit": "0"}),
    ("who-criticizes", {"country": "RUS", "limit": "1", "offset": "2"}),
    ("who-criticizes", {"country": "GEO"}),
    ("who-sanctions", {"country": "GEO", "limit": "0"}),
    ("who-sanctions", {"country": "RUS", "limit": "1"}),
    # the person listings (kg.summary.person_listings)
    ("said-by", {"person": "aliyev", "limit": "0"}),
    ("said-by", {"person": "Aliyev", "limit": "1", "offset": "1"}),
    ("said-by", {"person": "a", "limit": "3", "offset": "2"}),
    ("said-by", {"person": "e"}),
    # through the name index (kg.summary.search_grams): two letters, a piece across a space or a slash,
    # a whole label, and a name longer than any (nothing)
    ("said-by", {"person": "li"}),
    ("said-by", {"person": "HAM ALI", "limit": "2"}),
    ("said-by", {"person": "rson/", "limit": "0"}),
    ("said-by", {"person": "person/b"}),
    ("said-by", {"person": "aliyeva"}),
]


def answers(dataset: Dataset, summaries: bool) -> list[QueryResult]:
    return [run_query(dataset, named_query(name).bind(values, summaries=summaries, store=dataset)) for name, values in CASES]


def assert_same_answers(dataset: Dataset) -> None:
    """Every case gives the same columns and the same rows (RDF terms, in order) both ways."""
    assert has_summaries(dataset)
    for (name, values), raw, summarised in zip(CASES, answers(dataset, False), answers(dataset, True)):
        assert (summarised.columns, _unordered_lists(summarised)) == (raw.columns, _unordered_lists(raw)), (name, values)


def _unordered_lists(result: QueryResult) -> list[tuple]:  # type: ignore[type-arg]
    """The result's terms, each GROUP_CONCAT list (dyad-topics' predicates and actors) sorted: SPARQL
    leaves their order to the engine's, which differs between a query and its summary form."""
    lists = [n for n, column in enumerate(result.columns) if column in ("predicates", "actors")]
    return [
        tuple(Literal(", ".join(sorted(t.split(", "))), lang=t.language, datatype=t.datatype) if n in lists and isinstance(t, Literal) else t
              for n, t in enumerate(row))
        for row in result.terms or []
    ]


def summary_graph(dataset: Dataset) -> set[str]:
    inner = oxigraph_of(dataset)
    assert inner is not None
    return {str(q) for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH))}


def assert_rebuild_gives_the_same(store: Path, tmp_path: Path) -> None:
    """Computing the summaries from scratch gives exactly the graph the writes kept."""
    gc.collect()
    copy = tmp_path / f"rebuilt-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(store, copy)
    dataset = open_store(copy)
    kept = summary_graph(dataset)
    rebuild_summaries(dataset)
    assert summary_graph(dataset) == kept
    # a summary graph gone wrong (a stray node, a lost count) is put right, and an empty one filled
    inner = oxigraph_of(dataset)
    assert inner is not None
    graph = ox.NamedNode(SUMMARY_GRAPH)
    for lost in list(inner.quads_for_pattern(None, ox.NamedNode(str(BI.statementCount)), None, graph))[:1]:
        inner.remove(lost)
    inner.add(ox.Quad(ox.NamedNode(f"{SUMMARY_GRAPH}/stray"), ox.NamedNode(str(BI.pairingCount)), ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), graph))
    rebuild_summaries(dataset)
    assert summary_graph(dataset) == kept
    drop_summaries(dataset)
    rebuild_summaries(dataset)
    assert summary_graph(dataset) == kept


def test_the_example_build_answers_the_same_from_its_summaries(tmp_path: Path) -> None:
    dataset = open_store(example_store(), read_only=True)
    assert_same_answers(dataset)
    rows = answers(dataset, True)
    assert len(rows[0]) > 10 and len(rows[1]) > 10 and len(rows[4]) >= 1  # the example corpus has many dyads
    del dataset
    assert_rebuild_gives_the_same(example_store(), tmp_path)


# Hand-made articles: people whose country only some articles give, a person and an organisation
# that belong to two countries, hedged, negated and undated statements.
def _country(code: str) -> Entity:
    return Entity(f"country/{code}", code, EntityType.COUNTRY, country=code)


def _statement(
    article: str, s: Entity, predicate: str, o: Entity, modality: Modality, date: dt.date | None, n: int,
    speaker: Entity | None = None, coded: str | None = None,
) -> Statement:
    p = predicates()[predicate]
    return Statement(article, s, p, o, modality, Evidence(f"Sentence {n}.", 10 * n, 10 * n + 9), "test.v1", 0.8, date, speaker, p.cameo,
                     p.goldstein, coded_category=coded)


def _article(article_id: str, published: dt.date | None, *statements: tuple) -> ArticleResult:  # type: ignore[type-arg]
    """An article of statements (subject, predicate, object, modality, event date[, speaker[, coded PLOVER category]])."""
    text = f"Article {article_id}. " + " ".join(f"Sentence {n}." for n in range(len(statements)))
    article = Article(article_id, text, f"Headline {article_id}", published, "Wire", f"https://example.org/{article_id}", "test")
    made = tuple(_statement(article_id, *fields[:5], n, *fields[5:]) for n, fields in enumerate(statements))
    return ArticleResult(article, len(statements), (), made)


AZE, USA, RUS, GEO, FRA = (_country(c) for c in ("AZE", "USA", "RUS", "GEO", "FRA"))
ALIYEV_BARE = Entity("person/ilham-aliyev", "Ilham Aliyev", EntityType.PERSON)
ALIYEV_AZE = Entity("person/ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, country="AZE")
ALIYEV_GEO = Entity("person/ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, country="GEO")
FIRM_AZE = Entity("org/caspian-firm", "Caspian Firm", EntityType.ORGANIZATION, country="AZE")
FIRM_GEO = Entity("org/caspian-firm", "Caspian Firm", EntityType.ORGANIZATION, country="GEO")
MAY, JUNE = dt.date(2021, 5, 3), dt.date(2021, 6, 9)
A, P, I, N = Modality.ASSERTED, Modality.POSSIBLE, Modality.INTENDED, Modality.NEGATED


def test_writes_replacements_and_removals_keep_the_summaries_exact(tmp_path: Path) -> None:
    store = tmp_path / "store"
    dataset = open_store(store)
    ensure_summaries(dataset)
    index = ArticleIndex(dataset)
    run = run_iri("test.v1", "")
    steps = [
        # Aliyev has no country yet: his statements count for nothing
        _article("a1", MAY, (ALIYEV_BARE, "supports", USA, A, MAY), (ALIYEV_BARE, "criticizes", RUS, P, None), (USA, "supports", AZE, N, MAY)),
        # now he has one: a1's statements count for Azerbaijan too
        _article("a2", JUNE, (ALIYEV_AZE, "meetsWith", FRA, I, JUNE), (AZE, "supports", USA, A, None)),
        # an undated article, and a second country for Aliyev and for a firm (one statement, two pairings)
        _article("a3", None, (ALIYEV_GEO, "cooperatesWith", FIRM_AZE, A, None), (FIRM_GEO, "supports", USA, P, None)),
        # a1 changes: one statement negated, one added
        _article("a1", MAY, (ALIYEV_BARE, "supports", USA, N, MAY), (ALIYEV_BARE, "criticizes", RUS, P, None), (GEO, "accuses", RUS, A, JUNE)),
    ]
    for result in steps:
        write_article(dataset, result, run, index)
        assert_same_answers(dataset)
    balance = run_query(dataset, named_query("dyad-balance").bind({}, summaries=True))
    assert ["AZE", "FRA", "2021-06"] in [row[:3] for row in balance.rows or []]  # Aliyev's country from a2
    assert any(row[2] == "" for row in balance.rows or [])  # the undated article's month
    firm = [row for row in balance.rows or [] if row[:2] == ["AZE", "GEO"]]
    assert firm and firm[0][3] == "1"  # one statement ...
    firm_node = run_query(
        dataset,
        "PREFIX bi: <https://w3id.org/bikg/ontology#> SELECT ?r WHERE { ?d a bi:DyadMonthSummary ; bi:countryA <https://w3id.org/bikg/id/country/AZE> ; "
        "bi:countryB <https://w3id.org/bikg/id/country/GEO> ; bi:pairingCount ?r FILTER NOT EXISTS { ?d bi:month ?m } }",
    )
    assert firm_node.rows == [["2"]]  # ... counted for AZE-GEO and GEO-AZE, as the raw query counts it
    # (the hand-made entities break other shapes on purpose: two countries each, no extraction activity)
    assert not [v for v in validate(dataset).violations if v.node.startswith(SUMMARY_GRAPH)]
    del dataset, index
    assert_rebuild_gives_the_same(store, tmp_path)

    dataset = open_store(store)
    assert remove_articles(dataset, ["a2"]) and has_summaries(dataset)
    assert_same_answers(dataset)  # Aliyev keeps the country a2 gave him while a1 and a3 name him
    remove_articles(dataset, ["a1", "a3"])
    assert_same_answers(dataset)
    assert run_query(dataset, named_query("central-countries").bind({}, summaries=True)).rows == []
    assert summary_graph(dataset) == {f"<{SUMMARY_GRAPH}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/bikg/ontology#SummaryGraph> <{SUMMARY_GRAPH}>",
                                      f'<{SUMMARY_GRAPH}> <https://w3id.org/bikg/ontology#summaryVersion> "{SUMMARY_VERSION}"^^<http://www.w3.org/2001/XMLSchema#integer> <{SUMMARY_GRAPH}>'}


def test_a_changed_article_a_removal_and_a_killed_build_through_kg_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = tmp_path / "store"
    build([corpus], store)
    seed = corpus / "azerbaijan-us-independence-day-2021.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("United States", "Russia", 2), encoding="utf-8")
    assert build([corpus], store).replaced == 1
    assert_same_answers(open_store(store, read_only=True))
    gc.collect()
    remove_articles(open_store(store), [seed.resolve().as_uri()])
    gc.collect()
    assert_same_answers(open_store(store, read_only=True))
    assert_rebuild_gives_the_same(store, tmp_path)


def test_a_store_without_summaries_runs_the_raw_queries_until_kg_build_or_kg_summarize_adds_them(tmp_path: Path) -> None:
    store = tmp_path / "bulk"
    dataset = open_store(store)
    dataset.parse(example_trig(), format="ox-trig")  # filled in bulk: no summaries
    assert not has_summaries(dataset)
    assert not ArticleIndex(dataset).summaries
    del dataset
    gc.collect()
    runner = CliRunner()
    raw = runner.invoke(main, ["query", "--store", str(store), "--name", "central-countries", "--show"])
    assert "bi:CountrySummary" not in raw.output and "rdf:subject" in raw.output
    result = runner.invoke(main, ["summarize", "--store", str(store)])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(main, ["query", "--store", str(store), "--name", "central-countries", "--show"])
    assert "bi:CountrySummary" in shown.output
    on_store = runner.invoke(main, ["query", "--store", str(store), "--name", "dyad-balance", "-f", "csv"])
    on_file = runner.invoke(main, ["query", str(example_trig()), "--name", "dyad-balance", "-f", "csv"])
    assert on_store.exit_code == 0 and on_store.output == on_file.output and on_store.output.count("\n") > 10

    dataset = open_store(store)
    drop_summaries(dataset)  # what kg serve --allow-update does before an update
    assert not has_summaries(dataset)
    del dataset
    gc.collect()
    build([EXAMPLES / "azerbaijan-us-independence-day-2021.txt"], store)  # unchanged, but the build computes them
    assert_same_answers(open_store(store, read_only=True))


def test_a_build_without_summaries_drops_them_and_the_queries_still_answer_in_full(tmp_path: Path) -> None:
    store = tmp_path / "store"
    runner = CliRunner()
    seed = EXAMPLES / "azerbaijan-us-independence-day-2021.txt"
    assert runner.invoke(main, ["build", str(seed), "--store", str(store), "-q"]).exit_code == 0
    gc.collect()
    assert has_summaries(open_store(store, read_only=True))
    gc.collect()
    # A faster build that does not follow the summaries must not leave them stale.
    result = runner.invoke(main, ["build", str(EXAMPLES), "--store", str(store), "-q", "--no-summaries"])
    assert result.exit_code == 0, result.output
    gc.collect()
    dataset = open_store(store, read_only=True)
    assert not has_summaries(dataset) and summary_graph(dataset) == set()
    shown = runner.invoke(main, ["query", "--store", str(store), "--name", "central-countries", "--show"])
    assert "bi:CountrySummary" not in shown.output
    full = runner.invoke(main, ["query", "--store", str(store), "--name", "central-countries", "-f", "csv"])
    on_file = runner.invoke(main, ["query", str(example_trig()), "--name", "central-countries", "-f", "csv"])
    assert full.output == on_file.output and full.output.count("\n") > 10
    del dataset
    gc.collect()
    assert runner.invoke(main, ["summarize", "--store", str(store)]).exit_code == 0
    gc.collect()
    assert_same_answers(open_store(store, read_only=True))


def test_exports_and_pushes_leave_the_summaries_out_and_validation_checks_them(tmp_path: Path) -> None:
    dataset = open_store(example_store(), read_only=True)
    assert summary_graph(dataset)
    assert not any(q.graph_name == ox.NamedNode(SUMMARY_GRAPH) for q in quads(dataset))
    assert any(q.graph_name == ox.NamedNode(SUMMARY_GRAPH) for q in quads(dataset, summaries=True))
    assert SUMMARY_GRAPH not in {unit.graph for unit in units(dataset)}
    assert SUMMARY_GRAPH not in example_trig().read_text(encoding="utf-8")
    del dataset
    gc.collect()
    copy = tmp_path / "store"
    shutil.copytree(example_store(), copy)
    broken = open_store(copy)
    inner = oxigraph_of(broken)
    assert inner is not None
    inner.update(
        f"PREFIX bi: <https://w3id.org/bikg/ontology#> DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d bi:statementCount ?n }} }} "
        f"INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d bi:statementCount 0 }} }} WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d a bi:DyadSummary ; bi:statementCount ?n }} }}"
    )
    report = validate(broken)
    assert not report.conforms
    assert any("counts at least one statement" in v.message for v in report.violations)


@pytest.mark.parametrize("workers", [2])
def test_two_workers_keep_the_same_summaries_as_one(tmp_path: Path, workers: int) -> None:
    from kg.pipeline import Options

    build([EXAMPLES], tmp_path / "two", Options(workers=workers))
    gc.collect()
    two = summary_graph(open_store(tmp_path / "two", read_only=True))
    one = summary_graph(open_store(example_store(), read_only=True))
    assert two == one


@pytest.mark.parametrize("seed", [9, 10, 11])
def test_random_writes_replacements_and_removals_agree_with_the_raw_queries(tmp_path: Path, seed: int) -> None:
    """A seeded random history: people and organisations whose countries differ between articles,
    every modality, dated and undated statements and articles, rewrites and removals."""
    import random

    rng = random.Random(seed)
    countries = [AZE, USA, RUS, GEO, FRA]
    names = ["person/a", "person/b", "org/c", "org/d"]
    kinds = {"person": EntityType.PERSON, "org": EntityType.ORGANIZATION}
    preds = ["supports", "criticizes", "meetsWith", "accuses", "cooperatesWith"]
    dates = [None, MAY, JUNE, dt.date(2020, 1, 2)]

    def entity() -> Entity:
        if rng.random() < 0.5:
            return rng.choice(countries)
        key = rng.choice(names)
        country = rng.choice([None, None, "AZE", "USA", "GEO"])
        return Entity(key, key, kinds[key.split("/")[0]], country=country)

    store = tmp_path / "store"
    dataset = open_store(store)
    ensure_summaries(dataset)
    index = ArticleIndex(dataset)
    run = run_iri("test.v1", "")
    alive: set[str] = set()
    sizes, topics = [], []
    for _ in range(30):
        if alive and rng.random() < 0.2:
            gone = rng.choice(sorted(alive))
            remove_articles(dataset, [gone])
            index = ArticleIndex(dataset)
            alive.discard(gone)
        else:
            article_id = f"r{rng.randrange(8)}"
            statements = []
            for _ in range(rng.randrange(1, 5)):
                s, o = entity(), entity()
                if rng.random() < 0.3:  # a topic (dyad-topics): its subject's country and its article's decide
                    o = Entity(f"topic/t{rng.randrange(3)}", f"topic {o.key}", EntityType.TOPIC)
                if s.key != o.key:
                    # now and then a speaker (said-by), and a pledge coded AGREE whatever its predicate (who-supports)
                    speaker = entity() if rng.random() < 0.4 else None
                    speaker = speaker if speaker is not None and speaker.type == EntityType.PERSON else None
                    coded = "AGREE" if rng.random() < 0.2 else None
                    statements.append((s, rng.choice(preds), o, rng.choice(list(Modality)), rng.choice(dates), speaker, coded))
            write_article(dataset, _article(article_id, rng.choice(dates), *statements), run, index)
            alive.add(article_id)
        assert_same_answers(dataset)
        sizes.append(len(run_query(dataset, named_query("dyad-balance").bind({}))))
        topics.append(sum(len(run_query(dataset, named_query("dyad-topics").bind(v)).rows or []) for n, v in CASES if n == "dyad-topics"))
    assert max(sizes) >= 5 and max(topics) >= 2  # the history built up something to summarise
    del dataset, index
    assert_rebuild_gives_the_same(store, tmp_path)


def test_a_country_gained_elsewhere_brings_an_articles_topics_to_a_new_dyad(tmp_path: Path) -> None:
    """dyad-topics counts a topic statement for the countries its article names: when a person of that
    article gains a country through another article, the untouched topic statement counts for it too."""
    dataset = open_store(tmp_path / "store")
    ensure_summaries(dataset)
    index, run = ArticleIndex(dataset), run_iri("test.v1", "")
    pipeline = Entity("topic/gas-pipeline", "gas pipeline", EntityType.TOPIC)
    topics = named_query("dyad-topics")

    def listed(a: str, b: str) -> list[str]:
        return [row[0] for row in run_query(dataset, topics.bind({"a": a, "b": b}, summaries=True, store=dataset)).rows or []]

    write_article(dataset, _article("t1", MAY, (AZE, "supports", pipeline, A, MAY), (ALIYEV_BARE, "meetsWith", USA, A, MAY)), run, index)
    assert listed("AZE", "USA") == ["gas pipeline"] and listed("AZE", "GEO") == []
    write_article(dataset, _article("t2", JUNE, (ALIYEV_GEO, "criticizes", RUS, A, JUNE)), run, index)
    assert listed("AZE", "GEO") == ["gas pipeline"]  # t1 now names Georgia, through Aliyev
    assert_same_answers(dataset)
    remove_articles(dataset, ["t2"])  # Aliyev keeps the country t2 gave him while t1 names him
    assert listed("AZE", "GEO") == ["gas pipeline"] and listed("AZE", "USA") == ["gas pipeline"]
    assert_same_answers(dataset)
    remove_articles(dataset, ["t1"])
    assert listed("AZE", "GEO") == listed("AZE", "USA") == []


def test_a_topics_row_follows_the_articles_written_and_removed(tmp_path: Path) -> None:
    """dyad-topics reads each topic's row from its listing: statements, articles, predicates, actors and
    dates move with every write, whether it adds to the row or takes away the earliest date, the only
    statement of a predicate or the last undated statement."""
    dataset = open_store(tmp_path / "store")
    ensure_summaries(dataset)
    index, run = ArticleIndex(dataset), run_iri("test.v1", "")
    pipeline = Entity("topic/gas-pipeline", "gas pipeline", EntityType.TOPIC)
    topics = named_query("dyad-topics")
    M, J = MAY.isoformat(), JUNE.isoformat()

    def row() -> tuple:  # type: ignore[type-arg]
        rows = [r for r in run_query(dataset, topics.bind({"a": "AZE", "b": "USA"}, summaries=True, store=dataset)).rows or []]
        assert len(rows) <= 1
        assert_same_answers(dataset)
        if not rows:
            return ()
        label, statements, articles, predicates, actors, first, last, _ = rows[0]
        return label, int(statements), int(articles), sorted(predicates.split(", ")), "Ilham Aliyev" in actors.split(", "), first, last

    write_article(dataset, _article("t1", MAY, (AZE, "supports", pipeline, A, MAY), (AZE, "meetsWith", USA, A, MAY)), run, index)
    assert row() == ("gas pipeline", 1, 1, ["supports"], False, M, M)
    write_article(dataset, _article("t2", JUNE, (ALIYEV_AZE, "criticizes", pipeline, A, JUNE), (USA, "supports", pipeline, A, JUNE)), run, index)
    assert row() == ("gas pipeline", 3, 2, ["criticizes", "supports"], True, M, J)
    remove_articles(dataset, ["t1"])  # the earliest date goes, and so does AZE's own statement (and AZE from t1)
    index = ArticleIndex(dataset)  # (an index knows what its own writes left, not what a removal did)
    assert row() == ("gas pipeline", 2, 1, ["criticizes", "supports"], True, J, J)
    write_article(dataset, _article("t3", None, (USA, "criticizes", pipeline, A, None), (AZE, "meetsWith", USA, A, None)), run, index)
    assert row() == ("gas pipeline", 3, 2, ["criticizes", "supports"], True, "", "")  # one undated: no dates
    remove_articles(dataset, ["t3"])
    index = ArticleIndex(dataset)
    assert row() == ("gas pipeline", 2, 1, ["criticizes", "supports"], True, J, J)
    write_article(dataset, _article("t2", JUNE, (USA, "supports", pipeline, A, JUNE), (AZE, "meetsWith", USA, A, JUNE)), run, index)
    assert row() == ("gas pipeline", 1, 1, ["supports"], False, J, J)  # a new version: Aliyev's criticism gone
    remove_articles(dataset, ["t2"])
    assert row() == ()
    del dataset, index
    assert_rebuild_gives_the_same(tmp_path / "store", tmp_path)


def test_said_by_finds_people_through_the_name_index(tmp_path: Path) -> None:
    """A name's first and last three letters (or both of two) are the index's keys; one letter reads every name."""
    dataset = open_store(tmp_path / "store")
    ensure_summaries(dataset)
    write_article(dataset, _article("a1", MAY, (ALIYEV_AZE, "supports", USA, A, MAY)), run_iri("test.v1", ""), ArticleIndex(dataset))
    assert summary_terms({"person": "Aliyev"}) == {"person_gram": '"ali"', "person_gram2": '"yev"'}
    assert summary_terms({"person": "Xi"}) == {"person_gram": '"xi"', "person_gram2": '"xi"'}
    assert summary_terms({"person": "X"}) == {}
    said_by = named_query("said-by")

    def found(text: str) -> list[str]:
        return [row[0] for row in run_query(dataset, said_by.bind({"person": text}, summaries=True, store=dataset)).rows or []]

    for text, rows in (("Aliyev", 1), ("m ali", 1), ("il", 1), ("Aliyeva", 0), ("Ilham Aliyev Jr", 0)):
        assert found(text) == ["Ilham Aliyev"] * rows, text
    # no one found: the page reads one listing that holds nothing, not every statement (42 s at 10M triples)
    assert f"<{SUMMARY_GRAPH}/none>" in said_by.bind({"person": "Aliyeva"}, summaries=True, store=dataset)
    assert_same_answers(dataset)
    # the index is what finds them: without it, only a one-letter text (every name read) does
    dataset.update(f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?who <https://w3id.org/bikg/ontology#nameGram> ?gram }} }}")
    assert found("Aliyev") == [] and found("A") == ["Ilham Aliyev"]


def test_said_by_starts_from_the_rarest_pieces_of_the_name(tmp_path: Path) -> None:
    """Many names that share a beginning and an end ("Minister ... Aziz"): on a store, the name index's
    keys are the pieces of the text that the fewest names hold, and the page is still the raw query's."""
    from kg.summary import search_grams

    dataset = open_store(tmp_path / "store")
    ensure_summaries(dataset)
    index, run = ArticleIndex(dataset), run_iri("test.v1", "")
    for n, first in enumerate(["Omar", "Karim", "Yusuf", "Samir", "Tariq", "Nabil"]):
        minister = Entity(f"person/{first.lower()}", f"Minister {first} Aziz", EntityType.PERSON, country="AZE")
        write_article(dataset, _article(f"m{n}", MAY, (minister, "supports", USA, A, MAY)), run, index)
    inner = oxigraph_of(dataset)
    assert search_grams("Minister Tariq Aziz") == ["min", "ziz"]  # no store: the first and last three letters
    grams = search_grams("Minister Tariq Aziz", inner)
    assert len(grams) == 2 and all(g in "minister tariq aziz" and g not in "minister " and g not in " aziz" for g in grams), grams
    said_by = named_query("said-by")
    page = run_query(dataset, said_by.bind({"person": "Minister Tariq Aziz"}, summaries=True, store=dataset))
    assert [row[0] for row in page.rows or []] == ["Minister Tariq Aziz"]
    assert_same_answers(dataset)


def test_a_summary_variant_is_checked_against_its_query() -> None:
    from kg.errors import QueryFailed
    from kg.query import parse_named_query, with_summary

    query = parse_named_query("q", "# title: Q\n# param: a country?  A country.\nSELECT * WHERE { ?s ?p ?a }")
    assert with_summary(query, "#if a\nSELECT 1 {}\n#endif\n").bind({}, summaries=True).strip() == ""
    with pytest.raises(QueryFailed, match="q.summary.rq: #if names 'b'"):
        with_summary(query, "#if b\n#endif\n")
    with pytest.raises(QueryFailed, match="#if without #endif"):
        with_summary(query, "#if a\n")
    with pytest.raises(QueryFailed, match="#listed line but no q.listings.rq"):
        with_summary(query, "SELECT * WHERE {\n#listed\n}\n")
    assert {name for name, q in named_queries().items() if q.summary} == {
        "central-countries", "dyad-balance", "dyad-timeline", "dyad-topics", "partners", "said-by", "who-criticizes", "who-sanctions", "who-supports"
    }
    assert {name for name, q in named_queries().items() if q.listings} == {"dyad-timeline", "dyad-topics", "partners", "said-by", "who-criticizes", "who-sanctions", "who-supports"}


@pytest.mark.parametrize("seed", [21, 22, 23])
def test_a_writer_that_remembers_what_it_read_writes_what_a_fresh_one_would(tmp_path: Path, seed: int) -> None:
    """A build's index remembers the summaries' inputs and totals between writes (kg.summary.Known):
    a seeded random history of batches, rewrites and entities gaining countries, written with one
    index throughout and with a fresh index (which reads everything) for every batch, gives the
    same store after every batch."""
    import random

    from kg.write import write_articles

    rng = random.Random(seed)
    countries = [AZE, USA, RUS, GEO, FRA]
    names = ["person/a", "person/b", "org/c", "org/d", "person/e"]
    kinds = {"person": EntityType.PERSON, "org": EntityType.ORGANIZATION}

    def entity() -> Entity:
        if rng.random() < 0.4:
            return rng.choice(countries)
        key = rng.choice(names)
        return Entity(key, key, kinds[key.split("/")[0]], country=rng.choice([None, None, "AZE", "USA", "GEO", "FRA"]))

    stores = [open_store(tmp_path / "remembering"), open_store(tmp_path / "fresh")]
    for dataset in stores:
        ensure_summaries(dataset)
    remembering = ArticleIndex(stores[0])
    run = run_iri("test.v1", "")
    remembered = 0
    for step in range(30):
        if step == 8:
            remembering = ArticleIndex(stores[0])  # from now on it meets entities and totals written before it
        batch: dict[str, ArticleResult] = {}
        for _ in range(rng.randrange(1, 4)):
            article_id = f"r{rng.randrange(30)}"  # now and then a new version of an article written before
            statements = []
            for _ in range(rng.randrange(1, 5)):
                s, o = entity(), entity()
                if s.key != o.key:
                    statements.append((s, rng.choice(["supports", "criticizes", "meetsWith", "accuses"]), o, rng.choice(list(Modality)),
                                       rng.choice([None, MAY, JUNE])))
            batch[article_id] = _article(article_id, rng.choice([None, MAY, JUNE]), *statements)
        remembered = max(remembered, len(remembering.known.links))
        write_articles(stores[0], list(batch.values()), run, remembering if step >= 8 else ArticleIndex(stores[0]))
        write_articles(stores[1], list(batch.values()), run, ArticleIndex(stores[1]))
        held = [{str(q) for q in oxigraph_of(dataset).quads_for_pattern(None, None, None, None)} for dataset in stores]  # type: ignore[union-attr]
        assert held[0] == held[1]
    assert remembering.known.nodes and remembered >= 4  # it did remember entities' countries, and used them
    assert_same_answers(stores[0])
