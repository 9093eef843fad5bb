"""Tests of the views (kg.views): RDF dataset → networkx graph → offline HTML page."""

from __future__ import annotations

import datetime as dt
import doctest
import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

import kg.views as views
from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.rdf import entity_iri, to_dataset
from kg.views import script_json, to_networkx, write_html
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


# --------------------------------------------------------------------------- write_html


def embedded_data(text: str) -> dict[str, object]:
    match = re.search(r"var DATA = (\{.*?\});\n", text)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_page_is_written_and_works_offline(page: tuple[Path, str]) -> None:
    path, text = page
    assert path.is_file()
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=", text, re.I)
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=", text, re.I)
    assert "new vis.Network" in text
    assert "vis-network" in text and len(text) > 400_000  # library inlined
    assert text.count("<script") == 3  # the library (which mentions "<script>" once in a string) + our code
    assert text.count("</script>") == 2


def test_page_contains_labels_evidence_and_legend(page: tuple[Path, str]) -> None:
    _, text = page
    data = embedded_data(text)
    labels = {n["label"] for n in data["nodes"]}  # type: ignore[attr-defined]
    assert labels == {"Azerbaijan", "United States", "Armenia", "NATO", "Ilham Aliyev", "SOCAR", "energy security"}
    assert "<title>Test &lt;graph&gt;</title>" in text
    titles = " ".join(e["title"] for e in data["edges"])  # type: ignore[attr-defined]
    assert "Washington again supports Azerbaijan, officials said." in titles
    assert "Reuters, 2024-01-10" in titles
    assert SENTENCE_2 in text  # no character of it needs escaping
    assert "Legend" in text or "Entities" in text
    assert "cooperation (Goldstein &gt; 0)" in text


def test_visual_encoding(page: tuple[Path, str]) -> None:
    data = embedded_data(page[1])
    nodes = {n["label"]: n for n in data["nodes"]}  # type: ignore[attr-defined]
    assert (nodes["Azerbaijan"]["shape"], nodes["NATO"]["shape"], nodes["energy security"]["shape"]) == (
        "dot", "diamond", "box")
    assert nodes["Azerbaijan"]["size"] > nodes["NATO"]["size"]  # larger degree
    assert all(isinstance(n["x"], float) for n in nodes.values())
    assert data["options"]["physics"] == {"enabled": False}  # type: ignore[index]
    edges = {e["label"]: e for e in data["edges"]}  # type: ignore[attr-defined]
    assert edges["supports"]["color"]["color"] == "#43a047"
    assert edges["memberOf"]["color"]["color"] == "#9e9e9e"
    assert edges["supports"]["width"] > edges["memberOf"]["width"]  # 2 sources vs 1
    assert edges["cooperatesWith"]["arrows"]["to"]["enabled"] is False
    assert edges["supports"]["arrows"]["to"]["enabled"] is True


def test_article_text_is_escaped(page: tuple[Path, str]) -> None:
    _, text = page
    assert "<script>alert(1)</script>" not in text
    assert "alert(1)" in text  # present, but escaped
    assert "<b>resume</b>" not in text
    data = embedded_data(text)
    titles = " ".join(e["title"] for e in data["edges"])  # type: ignore[attr-defined]
    # inside the data, the tooltip HTML has the sentence HTML-escaped
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in titles
    assert "&quot;may&quot;" in titles
    assert "Talks &lt;b&gt;resume&lt;/b&gt; &amp; continue" in titles
    # links only for safe schemes; query strings escaped in the attribute
    assert 'href="https://example.org/a2?x=1&amp;y=2"' in titles
    assert 'href="javascript' not in titles
    assert "javascript:alert(2)" in titles  # shown as plain text


NODE_HARNESS = """
var made = null;
var elements = {};
function el(id) { return elements[id] || (elements[id] = {id: id, innerHTML: id === "details" ? "hint" : ""}); }
var document = {getElementById: el, createElement: function () { return {innerHTML: ""}; }};
var vis = {
  DataSet: function (items) { this.items = items; },
  Network: function (container, data, options) {
    this.handlers = {};
    this.on = function (name, fn) { this.handlers[name] = fn; };
    this.fit = function () {};
    made = {container: container.id, data: data, options: options, net: this};
  }
};
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_page_scripts_run(page: tuple[Path, str], tmp_path: Path) -> None:
    """Both inline scripts parse, and ours builds the network and fills the panel on click (DOM stubbed)."""
    scripts = re.findall(r"<script>\n(.*?)\n</script>", page[1], re.S)
    assert len(scripts) == 2
    library = tmp_path / "vis.js"
    library.write_text(scripts[0], encoding="utf-8")
    subprocess.run(["node", "--check", str(library)], check=True)
    app = tmp_path / "app.js"
    app.write_text(NODE_HARNESS + scripts[1] + """
var edge = made.data.edges.items.find(function (e) { return e.label === "cooperatesWith"; });
made.net.handlers.click({nodes: [], edges: [edge.id]});
console.log(JSON.stringify({container: made.container, nodes: made.data.nodes.items.length,
  edges: made.data.edges.items.length, physics: made.options.physics.enabled,
  details: elements.details.innerHTML}));
""", encoding="utf-8")
    out = subprocess.run(["node", str(app)], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    assert result["container"] == "graph"
    assert (result["nodes"], result["edges"], result["physics"]) == (7, 5, False)
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in result["details"]


def test_script_json_cannot_close_script() -> None:
    text = script_json({"s": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"s": "</script><!-- & \u2028"}


def test_doctests() -> None:
    assert doctest.testmod(views).failed == 0
