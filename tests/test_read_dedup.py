"""Duplicates: identical and near-identical stories are reported, counted once, and recorded in the graph as further sources."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV

from kg.model import Article, Duplicate
from kg.pipeline import build
from kg.rdf import SCHEMA
from kg.read import read_articles
from kg.read.dedup import Deduplicator

ROOT = Path(__file__).parent.parent
STORY = (ROOT / "examples" / "articles" / "india-japan-strategic-dialogue-2024.txt").read_text(encoding="utf-8")


def body(text: str) -> str:
    return text.split("\n\n", 1)[1]


def test_syndicated_copy_with_other_headline_and_edits_is_a_near_duplicate() -> None:
    words = body(STORY).split()
    words[10] = "reportedly"
    words[40:48] = []  # a few words cut by the second outlet
    copy = "Tokyo and New Delhi deepen ties\n\n" + " ".join(words) + "\n\nThis story was distributed by Example Wire."
    seen = Deduplicator()
    assert seen.check(Article("a", STORY, title=STORY.split("\n")[0], origin="a.txt")) is None
    found = seen.check(Article("b", copy, title="Tokyo and New Delhi deepen ties", origin="b.txt", source="Example Wire"))
    assert found is not None and found.of == "a" and found.of_origin == "a.txt" and 0.6 <= found.similarity < 1
    assert found.source == "Example Wire"


def test_different_stories_are_not_duplicates() -> None:
    seen = Deduplicator()
    paths = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    assert all(seen.check(Article(p.stem, p.read_text(encoding="utf-8"), origin=str(p))) is None for p in paths)


def test_same_wording_in_a_short_text_is_only_identical_or_not() -> None:
    seen = Deduplicator()
    assert seen.check(Article("a", "Spain met Italy on Monday.", origin="a")) is None
    assert seen.check(Article("b", "Spain met Italy on Tuesday.", origin="b")) is None
    duplicate = seen.check(Article("c", "SPAIN met Italy on Monday", origin="c"))
    assert duplicate is not None and duplicate.similarity == 1.0


def test_build_counts_a_story_once_and_records_its_copies(tmp_path: Path) -> None:
    original = tmp_path / "a-original.txt"
    original.write_text(STORY, encoding="utf-8")
    copy = tmp_path / "b-copy.txt"
    copy.write_text("Japan and India hold talks\n\n" + body(STORY) + "\n\nThis article originally appeared in EXAMPLE WIRE on 08 March 2024.", encoding="utf-8")
    seen: list[Duplicate] = []
    summary = build([original, copy], tmp_path / "store", output=tmp_path / "out", on_duplicate=seen.append, html=False)
    alone = build([original], tmp_path / "alone")
    assert summary.articles == 1 and [d.origin for d in summary.duplicates] == [str(copy)] == [d.origin for d in seen]
    assert summary.statements == alone.statements  # statements are not double-counted

    from kg.query import load_graph

    graph = load_graph(tmp_path / "out" / "graph.trig")
    [article] = [a for a, _, _ in graph.triples((None, None, SCHEMA.NewsArticle)) if not str(a).count("/copy/")]
    copies = list(graph.subjects(PROV.alternateOf, article))
    assert len(copies) == 1
    assert (copies[0], SCHEMA.headline, Literal("Japan and India hold talks")) in graph
    assert (copies[0], SCHEMA.publisher, Literal("Example Wire")) in graph
    assert any(str(o) == "2024-03-08" for o in graph.objects(copies[0], SCHEMA.datePublished))
    assert isinstance(article, URIRef)


def test_dedupe_can_be_turned_off(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Title\n\nSpain met Italy.", encoding="utf-8")
    assert [type(i) for i in read_articles([tmp_path])] == [Article, Duplicate]
    assert [type(i) for i in read_articles([tmp_path], dedupe=False)] == [Article, Article]


def _nquads(store: Path) -> set[str]:
    from kg.export import quads
    from kg.store import open_source

    return {str(q) for q in quads(open_source(store=store))}


def test_duplicates_are_found_across_builds_so_the_graph_does_not_depend_on_how_inputs_were_split(tmp_path: Path) -> None:
    html, feeds = ROOT / "examples" / "html", ROOT / "examples" / "feeds"
    build([html], tmp_path / "two-runs")
    later = build([feeds], tmp_path / "two-runs")
    once = build([html, feeds], tmp_path / "one-run")
    assert [d.of_origin for d in later.duplicates] == [d.of_origin for d in once.duplicates] and len(once.duplicates) == 1
    assert _nquads(tmp_path / "two-runs") == _nquads(tmp_path / "one-run")
    again = build([html, feeds], tmp_path / "two-runs")  # read again: unchanged, not copies of themselves
    assert again.articles == 0 and again.unchanged == once.articles and len(again.duplicates) == 1
    assert _nquads(tmp_path / "two-runs") == _nquads(tmp_path / "one-run")


def test_a_story_removed_from_the_store_is_no_longer_the_original_of_its_copy(tmp_path: Path) -> None:
    from kg.store import open_store, remove_articles

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("Another headline\n\n" + body(STORY), encoding="utf-8")
    first = build([folder], tmp_path / "store")
    assert build([copy], tmp_path / "store").duplicates  # a copy of the stored story
    [kept] = [d.of for d in build([copy], tmp_path / "store").duplicates]
    assert first.articles == 1
    remove_articles(open_store(tmp_path / "store"), [kept])
    after = build([copy], tmp_path / "store")
    assert not after.duplicates and after.articles == 1  # the copy is the story now


def test_a_new_version_of_a_stored_article_replaces_it_rather_than_copying_it(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    build([path], tmp_path / "store")
    path.write_text(STORY + "\n\nThe two sides will meet again next year.\n", encoding="utf-8")  # the same URL, edited
    update = build([path], tmp_path / "store")
    assert not update.duplicates and update.articles == 1 and update.replaced == 1
