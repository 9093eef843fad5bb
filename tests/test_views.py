"""Tests of the views (kg.views): RDF dataset → networkx graph → offline HTML page."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest

import kg.views as views
from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.rdf import entity_iri, to_dataset
from kg.errors import InvalidViewOption, UnknownCountry
from kg.views import script_json, select, timeline_data, to_networkx, write_html
from kg.views.html import edge_colour
from kg.views.select import parse_date
from kg.vocab import predicate

AZE = Entity("country/AZE", "Azerbaijan", EntityType.COUNTRY, country="AZE", wikidata="Q227")
USA = Entity("country/USA", "United States", EntityType.COUNTRY, country="USA", wikidata="Q30")
ARM = Entity("country/ARM", "Armenia", EntityType.COUNTRY, country="ARM", wikidata="Q399")
NATO = Entity("organization/nato", "NATO", EntityType.ORGANIZATION, wikidata="Q7184")
ALIYEV = Entity("person/ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, country="AZE", role="president")
SOCAR = Entity("sector/socar", "SOCAR", EntityType.SECTOR_ACTOR, country="AZE", role="energy")
ENERGY = Entity("topic/energy-security", "energy security", EntityType.TOPIC)

SENTENCE_1 = "The United States supports Azerbaijan's efforts, the envoy said."
SENTENCE_2 = "Washington again supports Azerbaijan, officials said."
NASTY = 'Armenia "may" cooperate with Azerbaijan </script><script>alert(1)</script> & more'
NASTY_HEADLINE = "Talks <b>resume</b> & continue"


def iri(entity: Entity) -> str:
    return str(entity_iri(entity))


def statement(article: Article, subject: Entity, name: str, obj: Entity, sentence: str, **extra: object) -> Statement:
    pred = predicate(name)
    start = article.text.find(sentence)
    return Statement(
        article_id=article.id, subject=subject, predicate=pred, object=obj,
        modality=extra.pop("modality", Modality.ASSERTED),  # type: ignore[arg-type]
        evidence=Evidence(sentence, start, start + len(sentence)),
        extractor="test.v1", confidence=0.9, date=article.published, cameo=pred.cameo,
        goldstein=pred.goldstein, **extra,  # type: ignore[arg-type]
    )


def results() -> list[ArticleResult]:
    a1 = Article("a1", f"{SENTENCE_1} Aliyev leads Azerbaijan.", title="US backs Baku", published=dt.date(2024, 1, 10),
                 source="Reuters", url="https://example.org/a1")
    a2 = Article("a2", f"{SENTENCE_2} {NASTY} SOCAR invests in energy security.", title=NASTY_HEADLINE,
                 published=dt.date(2024, 3, 5), source="AP", url="https://example.org/a2?x=1&y=2")
    a3 = Article("a3", "Azerbaijan cooperates with Armenia. Azerbaijan is a member of NATO.", title="Neighbours",
                 published=dt.date(2024, 2, 1), source="AFP", url="javascript:alert(2)")
    return [
        ArticleResult(a1, 2, (), (
            statement(a1, USA, "supports", AZE, SENTENCE_1, attributed_to=ALIYEV),
            statement(a1, ALIYEV, "leaderOf", AZE, "Aliyev leads Azerbaijan."),
        )),
        ArticleResult(a2, 3, (), (
            statement(a2, USA, "supports", AZE, SENTENCE_2),
            statement(a2, ARM, "cooperatesWith", AZE, NASTY, modality=Modality.POSSIBLE),
            statement(a2, SOCAR, "investsIn", ENERGY, "SOCAR invests in energy security."),
        )),
        ArticleResult(a3, 2, (), (
            statement(a3, AZE, "cooperatesWith", ARM, "Azerbaijan cooperates with Armenia."),
            statement(a3, AZE, "memberOf", NATO, "Azerbaijan is a member of NATO."),
        )),
    ]


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(to_dataset(results()))


@pytest.fixture(scope="module")
def page(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = write_html(graph, tmp_path_factory.mktemp("html") / "out" / "graph.html", title="Test <graph>")
    return path, path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- to_networkx


def test_nodes_have_labels_types_and_ids(graph: nx.MultiDiGraph) -> None:
    assert graph.number_of_nodes() == 7
    assert {graph.nodes[iri(e)]["label"] for e in (AZE, USA, ARM, NATO, ALIYEV, SOCAR, ENERGY)} == {
        "Azerbaijan", "United States", "Armenia", "NATO", "Ilham Aliyev", "SOCAR", "energy security"}
    assert graph.nodes[iri(AZE)] == {"label": "Azerbaijan", "type": "Country", "country": "AZE",
                                     "wikidata": "Q227", "iri": iri(AZE)}
    assert graph.nodes[iri(NATO)]["type"] == "Organization"
    assert graph.nodes[iri(ALIYEV)]["type"] == "Person"
    assert graph.nodes[iri(ALIYEV)]["country"] == "AZE"
    assert graph.nodes[iri(SOCAR)]["type"] == "SectorActor"
    assert graph.nodes[iri(ENERGY)]["type"] == "Topic"
    assert graph.nodes[iri(ENERGY)]["wikidata"] is None


def test_mentions_of_one_triple_are_one_edge(graph: nx.MultiDiGraph) -> None:
    assert graph.number_of_edges() == 5
    assert graph.graph["statements"] == 7
    edges = graph.get_edge_data(iri(USA), iri(AZE))
    assert list(edges) == ["supports"]
    e = edges["supports"]
    assert e["predicate"] == "supports"
    assert e["category"] == "SUPPORT"
    assert e["count"] == 2
    assert len(e["sources"]) == 2
    assert e["goldstein"] == pytest.approx(3.5)
    assert e["modalities"] == {"asserted": 2}
    assert e["asserted"] is True
    assert e["symmetric"] is False
    assert e["speakers"] == ["Ilham Aliyev"]
    assert (e["first_date"], e["last_date"]) == ("2024-01-10", "2024-03-05")
    # evidence: most recent first, with its article's metadata
    assert [ev["sentence"] for ev in e["evidence"]] == [SENTENCE_2, SENTENCE_1]
    assert e["evidence"][1] == {
        "sentence": SENTENCE_1, "headline": "US backs Baku", "publisher": "Reuters", "date": "2024-01-10",
        "url": "https://example.org/a1", "article": e["evidence"][1]["article"], "modality": "asserted",
        "speaker": "Ilham Aliyev",
    }
    assert e["evidence"][1]["article"].endswith("/id/article/a1")


def test_symmetric_predicate_both_directions_is_one_edge(graph: nx.MultiDiGraph) -> None:
    found = [(s, o, a) for s, o, k, a in graph.edges(keys=True, data=True) if k == "cooperatesWith"]
    assert len(found) == 1
    s, o, attrs = found[0]
    assert {s, o} == {iri(AZE), iri(ARM)}
    assert attrs["symmetric"] is True
    assert attrs["count"] == 2
    assert attrs["modalities"] == {"asserted": 1, "possible": 1}
    assert attrs["goldstein"] == pytest.approx(6.0)


def test_structural_edge(graph: nx.MultiDiGraph) -> None:
    e = graph.get_edge_data(iri(AZE), iri(NATO))["memberOf"]
    assert (e["category"], e["goldstein"], e["count"], e["symmetric"]) == ("STRUCTURAL", 0.0, 1, False)


def test_evidence_is_capped() -> None:
    a = Article("many", " ".join(f"Sentence {i} on support." for i in range(8)), published=dt.date(2024, 1, 1))
    sts = tuple(statement(a, USA, "supports", AZE, f"Sentence {i} on support.") for i in range(8))
    g = to_networkx(to_dataset([ArticleResult(a, 8, (), sts)]))
    e = g.get_edge_data(iri(USA), iri(AZE))["supports"]
    assert e["count"] == 8
    assert len(e["sources"]) == 1
    assert len(e["evidence"]) == views.MAX_EVIDENCE


def test_empty_dataset(tmp_path: Path) -> None:
    g = to_networkx(to_dataset([]))
    assert g.number_of_nodes() == g.number_of_edges() == 0
    text = write_html(g, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "new vis.Network" in text


# --------------------------------------------------------------------------- select


def test_select_without_options_keeps_everything(graph: nx.MultiDiGraph) -> None:
    sel = select(graph)
    assert (len(sel.graph), sel.graph.number_of_edges(), sel.dropped_nodes, sel.notes) == (7, 5, 0, [])


def test_dyad_keeps_edges_between_the_two_sides(graph: nx.MultiDiGraph) -> None:
    sel = select(graph, dyad=("aze", "United States"))
    triples = {(graph.nodes[s]["label"], k, graph.nodes[o]["label"]) for s, o, k in sel.graph.edges(keys=True)}
    assert triples == {("United States", "supports", "Azerbaijan")}
    assert sel.focus == [iri(AZE), iri(USA)]
    assert sel.notes[0] == "Dyad Azerbaijan – United States."


def test_dyad_keeps_statements_one_side_says_about_the_other(graph: nx.MultiDiGraph) -> None:
    # Aliyev (AZE) says the United States supports energy security: part of the dyad, though no edge joins them.
    a = Article("q", "The US supports energy security, Aliyev said.", published=dt.date(2024, 5, 1))
    extra = statement(a, USA, "supports", ENERGY, "The US supports energy security, Aliyev said.", attributed_to=ALIYEV)
    g = to_networkx(to_dataset([*results(), ArticleResult(a, 1, (), (extra,))]))
    sel = select(g, dyad=("AZE", "USA"))
    assert (iri(USA), iri(ENERGY), "supports") in set(sel.graph.edges(keys=True))
    assert (iri(ARM), iri(AZE), "cooperatesWith") not in set(sel.graph.edges(keys=True))


def test_ego_view_and_depth(graph: nx.MultiDiGraph) -> None:
    one = select(graph, country="ARM", depth=1)
    assert {graph.nodes[n]["label"] for n in one.graph} == {"Armenia", "Azerbaijan"}
    two = select(graph, country="ARM", depth=2)
    assert {graph.nodes[n]["label"] for n in two.graph} >= {"Armenia", "Azerbaijan", "United States", "NATO"}
    assert "depth 2" in two.notes[0]


def test_dates_reaggregate_the_mentions_in_range(graph: nx.MultiDiGraph) -> None:
    sel = select(graph, since="2024-03", until="2024")
    e = sel.graph.get_edge_data(iri(USA), iri(AZE))["supports"]
    assert (e["count"], e["dates"], [ev["sentence"] for ev in e["evidence"]]) == (1, ["2024-03-05"], [SENTENCE_2])
    assert iri(NATO) not in sel.graph  # memberOf is dated 2024-02-01
    assert select(graph, until="2024-01").graph.number_of_edges() == 2  # supports (a1) and leaderOf


def test_category_and_min_sources(graph: nx.MultiDiGraph) -> None:
    assert {k for _, _, k in select(graph, categories=["structural"]).graph.edges(keys=True)} == {"leaderOf", "memberOf"}
    strong = select(graph, min_sources=2)
    assert {k for _, _, k in strong.graph.edges(keys=True)} == {"supports", "cooperatesWith"}
    assert iri(SOCAR) not in strong.graph


def test_max_nodes_keeps_the_most_relevant_and_says_what_it_left_out(graph: nx.MultiDiGraph) -> None:
    sel = select(graph, max_nodes=3)
    assert set(sel.graph) == {iri(AZE), iri(USA), iri(ARM)}  # the most sources
    assert (sel.dropped_nodes, sel.total_nodes, sel.total_edges) == (4, 7, 5)
    assert sel.dropped_edges == 3
    assert "Left out 4 of 7 entities" in sel.notes[-1] and "--max-nodes" in sel.notes[-1]
    focused = select(graph, country="AZE", depth=1, max_nodes=1)
    assert set(focused.graph) == {iri(AZE)}


def test_bad_options_are_clear_errors(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(UnknownCountry, match="No country 'XYZ'.*Countries present: ARM, AZE, USA"):
        select(graph, dyad=("AZE", "XYZ"))
    with pytest.raises(InvalidViewOption, match="Unknown category 'PEACE'. Available: .*COOPERATE"):
        select(graph, categories=["PEACE"])
    with pytest.raises(InvalidViewOption, match="Not a date: '2024-13'"):
        select(graph, since="2024-13")
    with pytest.raises(InvalidViewOption, match="after the end date"):
        select(graph, since="2025", until="2024")
    with pytest.raises(InvalidViewOption, match="two different countries"):
        select(graph, dyad=("AZE", "Azerbaijan"))


def test_parse_date() -> None:
    assert parse_date("2024") == "2024-01-01" and parse_date("2024", end=True) == "2024-12-31"
    assert parse_date("2023-02", end=True) == "2023-02-28" and parse_date("2024-03-05", end=True) == "2024-03-05"


def test_timeline_sums_asserted_statements_per_month(graph: nx.MultiDiGraph) -> None:
    data = timeline_data(graph, "AZE", "ARM")
    assert data["dyad"] == ["Azerbaijan", "Armenia"]
    assert [m["month"] for m in data["months"]] == ["2024-02", "2024-03"]
    feb, march = data["months"]
    assert (feb["cooperation"], feb["cooperation_count"], feb["statements"]) == (6.0, 1, 1)
    # the March statement is hedged ("may cooperate"): listed, not counted
    assert (march["cooperation"], march["cooperation_count"], march["statements"]) == (0.0, 0, 1)
    assert [s["modality"] for s in data["statements"]] == ["asserted", "possible"]
    assert data["statements"][1]["sentence"] == NASTY


# --------------------------------------------------------------------------- write_html


def embedded_data(text: str) -> dict[str, object]:
    match = re.search(r"var DATA = (\{.*?\});\n", text)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_page_is_written_and_works_offline(page: tuple[Path, str]) -> None:
    path, text = page
    assert path.is_file()
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=", text, re.I)
    assert "new vis.Network" in text
    assert "vis-network" in text and len(text) > 400_000  # library inlined
    assert text.count("</script>") == 2


def test_page_contains_labels_evidence_filters_and_legend(page: tuple[Path, str]) -> None:
    _, text = page
    data = embedded_data(text)
    labels = {n["label"] for n in data["nodes"]}  # type: ignore[attr-defined]
    assert labels == {"Azerbaijan", "United States", "Armenia", "NATO", "Ilham Aliyev", "SOCAR", "energy security"}
    assert "<title>Test &lt;graph&gt;</title>" in text
    supports = next(e for e in data["edges"] if e["predicate"] == "supports")  # type: ignore[attr-defined]
    assert supports["evidence"][0][:5] == [SENTENCE_2, NASTY_HEADLINE, "AP", "2024-03-05", "https://example.org/a2?x=1&y=2"]
    assert supports["dates"] == ["2024-01-10", "2024-03-05"] and supports["sources"] == 2
    assert 'value="SUPPORT" checked' in text and 'id="since"' in text and 'id="search"' in text
    assert "Entities" in text and "cooperation (Goldstein &gt; 0)" in text


def test_visual_encoding(page: tuple[Path, str]) -> None:
    data = embedded_data(page[1])
    nodes = {n["label"]: n for n in data["nodes"]}  # type: ignore[attr-defined]
    assert (nodes["Azerbaijan"]["shape"], nodes["NATO"]["shape"], nodes["energy security"]["shape"]) == (
        "dot", "diamond", "square")
    assert nodes["Azerbaijan"]["size"] > nodes["NATO"]["size"]  # larger degree
    assert nodes["energy security"]["size"] < min(n["size"] for n in nodes.values() if n["type"] != "Topic")
    # labels by importance: a country's is larger than a person's, a topic's smallest
    assert nodes["Azerbaijan"]["font"]["size"] > nodes["Ilham Aliyev"]["font"]["size"] > nodes["energy security"]["font"]["size"]
    assert nodes["Azerbaijan"]["rel"] == {"cooperatesWith": 1, "leaderOf": 1, "memberOf": 1, "supports": 1}
    assert all(isinstance(n["x"], float) for n in nodes.values())
    assert data["options"]["physics"] == {"enabled": False}  # type: ignore[index]
    edges = {e["predicate"]: e for e in data["edges"]}  # type: ignore[attr-defined]
    assert edges["supports"]["label"] == "supports ×2"
    assert edges["supports"]["color"]["color"] == edge_colour(3.5)
    assert edges["supports"]["color"]["color"].startswith("#") and edges["supports"]["color"]["color"] != "#9e9e9e"
    assert edges["memberOf"]["color"]["color"] == "#9e9e9e"
    assert edge_colour(-5.0) != edge_colour(5.0)
    assert edges["supports"]["width"] > edges["memberOf"]["width"]  # 2 sources vs 1
    assert edges["cooperatesWith"]["arrows"]["to"]["enabled"] is False
    assert edges["supports"]["arrows"]["to"]["enabled"] is True


def test_article_text_is_escaped_in_the_page(page: tuple[Path, str]) -> None:
    _, text = page
    assert "<script>alert(1)</script>" not in text
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in text  # present, as data
    assert "<b>resume</b>" not in text


def test_script_json_cannot_close_script() -> None:
    text = script_json({"s": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"s": "</script><!-- & \u2028"}


def test_layout_spreads_a_large_graph_without_scipy() -> None:
    from kg.views.layout import CORE_SIZE, layout

    star = nx.star_graph(CORE_SIZE * 3)  # one hub, many leaves: placed around it, not piled up
    nx.add_path(star, range(CORE_SIZE * 3 + 1, CORE_SIZE * 3 + 400))
    pos = layout(star)
    assert len(pos) == len(star)
    assert len({(round(x), round(y)) for x, y in pos.values()}) == len(star)
    assert layout(star) == pos  # deterministic


def test_doctests() -> None:
    for name in ("graph", "html", "select", "layout", "timeline"):
        assert doctest.testmod(importlib.import_module(f"kg.views.{name}")).failed == 0


def test_a_malformed_goldstein_value_does_not_break_the_page(tmp_path: Path) -> None:
    from rdflib import Literal, URIRef

    from kg.rdf import BI

    ds = to_dataset(results())
    node = next(iter(ds.default_graph.subjects(BI.goldstein, None)))
    ds.default_graph.set((URIRef(str(node)), BI.goldstein, Literal("NaN", datatype=URIRef("http://www.w3.org/2001/XMLSchema#double"))))
    text = write_html(to_networkx(ds), tmp_path / "nan.html").read_text(encoding="utf-8")
    assert "NaN" not in json.dumps(embedded_data(text)["edges"])
