"""End to end on the seed article with the real spaCy model, and the public API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import kg
from kg.model import ArticleResult
from kg.pipeline import build, process

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "articles" / "azerbaijan-us-independence-day-2021.txt"


def _seed() -> ArticleResult:
    [result] = list(process([SEED]))
    return result


def test_seed_article_statements() -> None:
    result = _seed()
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}
    assert ("Ilham Aliyev", "leaderOf", "Azerbaijan") in found
    assert ("Joe Biden", "leaderOf", "United States") in found  # "Joseph Biden" in the text; the usual name from kg/data/leaders.tsv
    assert ("United States", "supports", "diversification of energy supply routes") in found
    assert ("Armenia", "occupies", "Azerbaijan") in found
    assert ("Azerbaijan", "diplomaticRelationsWith", "United States") in found


def test_seed_article_metadata_and_dates() -> None:
    result = _seed()
    assert result.article.published == dt.date(2021, 7, 3)
    assert result.article.source == "Turan Informasiya Agentliyi"
    occupation = next(s for s in result.statements if s.predicate.name == "occupies")
    assert occupation.date == dt.date(2020, 1, 1)  # "Last year"
    assert all(result.article.text[s.evidence.start : s.evidence.end] == s.evidence.text for s in result.statements)


def test_build_on_examples_writes_trig_and_html(tmp_path: Path) -> None:
    summary = build([ROOT / "examples" / "articles"], tmp_path / "store", output=tmp_path)
    assert summary.articles == 13 and summary.statements > 50 and not summary.skipped
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(tmp_path / "graph.trig", format="trig")
    assert len(list(ds.graphs())) >= 14  # one per article plus the default graph
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "Azerbaijan" in html and 'src="http' not in html


def test_public_api_is_exactly_all() -> None:
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert getattr(kg, name) is not None
        if callable(getattr(kg, name)) and not isinstance(getattr(kg, name), type):
            assert getattr(kg, name).__doc__, f"kg.{name} has no docstring"
    assert {"read_articles", "parse", "resolve", "extract", "to_dataset", "to_networkx", "write_html", "build"} <= set(kg.__all__)


def test_processing_collects_young_garbage_less_often_and_restores_the_collector() -> None:
    """While articles are processed the youngest generation is collected every GC_YOUNG allocations;
    a program that calls the pipeline gets its own thresholds back."""
    import gc

    from kg.pipeline import GC_YOUNG

    before = gc.get_threshold()
    during = []
    for _ in process([SEED]):
        during.append(gc.get_threshold()[0])
    assert during == [GC_YOUNG] and gc.get_threshold() == before
