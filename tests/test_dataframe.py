"""Query answers as pandas DataFrames (``QueryResult.to_dataframe``): typed columns, every kind of answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.errors import NotebookExtraMissing
from kg.query import load_graph, run_query

pd = pytest.importorskip("pandas")

GRAPH = """@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:day "2021-07-03"^^xsd:date ; ex:at "2021-07-03T10:30:00Z"^^xsd:dateTime ; ex:n 3 ; ex:g 2.5 ;
     ex:x "1.5E0"^^xsd:double ; ex:ok true ; ex:name "Azerbaijan"@en ; ex:month "2021-07" .
ex:b ex:day "2022-01-15"^^xsd:date ; ex:n 7 ; ex:g -1 ; ex:ok false ; ex:name "Kenya" ; ex:month "2022-01" .
"""

SELECT = """PREFIX ex: <http://example.org/>
SELECT ?s ?day ?at ?n ?g ?x ?ok ?name ?month WHERE {
  ?s ex:day ?day ; ex:n ?n ; ex:g ?g ; ex:ok ?ok ; ex:name ?name ; ex:month ?month .
  OPTIONAL { ?s ex:at ?at } OPTIONAL { ?s ex:x ?x }
} ORDER BY ?s"""


@pytest.fixture
def dataset(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "typed.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return load_graph(path)


def test_select_columns_are_typed_from_their_datatypes(dataset) -> None:  # type: ignore[no-untyped-def]
    frame = run_query(dataset, SELECT).to_dataframe()
    assert list(frame.columns) == ["s", "day", "at", "n", "g", "x", "ok", "name", "month"]
    assert pd.api.types.is_datetime64_any_dtype(frame["day"])
    assert frame["day"].tolist() == [pd.Timestamp("2021-07-03"), pd.Timestamp("2022-01-15")]
    assert pd.api.types.is_datetime64_any_dtype(frame["at"])
    assert frame["at"][0] == pd.Timestamp("2021-07-03T10:30:00Z") and pd.isna(frame["at"][1])
    assert str(frame["n"].dtype) == "Int64" and frame["n"].sum() == 10
    # an integer and a decimal in one column: both numbers
    assert frame["g"].dtype == "float64" and frame["g"].tolist() == [2.5, -1.0]
    assert frame["x"].dtype == "float64" and frame["x"][0] == 1.5 and pd.isna(frame["x"][1])
    assert str(frame["ok"].dtype) == "boolean" and frame["ok"].tolist() == [True, False]
    # IRIs, language-tagged and plain strings stay text
    assert frame["s"].tolist() == ["http://example.org/a", "http://example.org/b"]
    assert frame["name"].tolist() == ["Azerbaijan", "Kenya"] and frame["month"].tolist() == ["2021-07", "2022-01"]


def test_an_empty_answer_keeps_its_columns(dataset) -> None:  # type: ignore[no-untyped-def]
    frame = run_query(dataset, "SELECT ?s ?n WHERE { ?s <http://example.org/none> ?n }").to_dataframe()
    assert list(frame.columns) == ["s", "n"] and len(frame) == 0


def test_ask_and_construct_answers_are_frames_too(dataset) -> None:  # type: ignore[no-untyped-def]
    ask = run_query(dataset, "ASK { ?s <http://example.org/n> 7 }").to_dataframe()
    assert ask["boolean"].tolist() == [True]
    graph = run_query(dataset, "CONSTRUCT { ?s <http://example.org/n> ?n } WHERE { ?s <http://example.org/n> ?n }")
    frame = graph.to_dataframe()
    assert list(frame.columns) == ["subject", "predicate", "object"]
    assert sorted(frame["object"].tolist()) == [3, 7]


def test_without_pandas_the_error_names_the_extra_to_install(dataset, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    result = run_query(dataset, SELECT)
    monkeypatch.setitem(sys.modules, "pandas", None)  # what `import pandas` meets when it is not installed
    with pytest.raises(NotebookExtraMissing, match=r"pip install 'bilateral-kg\[notebook\]'"):
        result.to_dataframe()
