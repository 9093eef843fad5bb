"""kg load (kg/load.py): many part files in one bulk load, what --lenient lets through, errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import main
from kg.load import load


def _parts(folder: Path, count: int, per_part: int) -> set[tuple[str, str, str, str]]:
    """Part files of invented quads, some repeated across files (as entity descriptions are); returns every quad."""
    folder.mkdir(parents=True)
    quads = set()
    for k in range(count):
        lines = []
        for i in range(per_part):
            quad = (f"<urn:kg:s{k}-{i}>", "<urn:kg:p>", f'"value {i}"', f"<urn:kg:g{k}>")
            lines.append(" ".join(quad) + " .\n")
            quads.add(quad)
        shared = ("<urn:kg:country>", "<urn:kg:label>", '"Country"', "<urn:kg:entities>")
        lines.append(" ".join(shared) + " .\n")
        quads.add(shared)
        (folder / f"part-{k:03d}.nq").write_text("".join(lines), encoding="utf-8")
    return quads


def test_every_part_file_lands_once_through_one_bulk_load(tmp_path: Path) -> None:
    expected = _parts(tmp_path / "parts", 25, 40)
    report = load([tmp_path / "parts"], tmp_path / "store")
    assert report.files == 25
    store = ox.Store.read_only(str(tmp_path / "store"))
    stored = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store if "urn:kg" in str(q.subject)}
    assert stored == expected
    assert report.load_seconds > 0 and report.load_cpu_seconds > 0


def test_lenient_loads_an_iri_the_strict_parser_refuses_and_both_name_a_syntax_error(tmp_path: Path) -> None:
    odd = tmp_path / "odd.nq"
    odd.write_text("<urn:kg:a> <urn:kg:p> <urn:kg:b|c> <urn:kg:g> .\n", encoding="utf-8")
    strict = CliRunner().invoke(main, ["load", str(odd), "--store", str(tmp_path / "strict")])
    assert strict.exit_code == 1 and f"{odd}: not valid N-Quads at line 1" in strict.stderr and "'|'" in strict.stderr
    lenient = CliRunner().invoke(main, ["load", str(odd), "--store", str(tmp_path / "lenient"), "--lenient"])
    assert lenient.exit_code == 0, lenient.output
    assert "loaded 1 files, 1 quads" in lenient.stderr and "cores)" in lenient.stderr
    # lenient skips checks of IRIs, not the syntax: a broken line is still an error naming its file and line
    good, broken = tmp_path / "good.nq", tmp_path / "broken.nq"
    good.write_text("<urn:kg:a> <urn:kg:p> <urn:kg:b> .\n<urn:kg:a> <urn:kg:p> <urn:kg:c> .\n", encoding="utf-8")
    broken.write_text("<urn:kg:a> <urn:kg:p> <urn:kg:b> .\n<urn:kg:a> <urn:kg:p> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(good), str(broken), "--store", str(tmp_path / "mixed"), "--lenient"])
    assert result.exit_code == 1 and f"{broken}: not valid N-Quads at line 2" in result.stderr


def test_a_part_file_without_a_final_line_break_does_not_run_into_the_next(tmp_path: Path) -> None:
    first, second = tmp_path / "a.nq", tmp_path / "b.nq"
    first.write_text("<urn:kg:a> <urn:kg:p> <urn:kg:b> <urn:kg:g> .", encoding="utf-8")
    second.write_text("<urn:kg:c> <urn:kg:p> <urn:kg:d> <urn:kg:g> .\n<urn:kg:c> <urn:kg:p> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(first), str(second), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and f"{second}: not valid N-Quads at line 2" in result.stderr
    second.write_text("<urn:kg:c> <urn:kg:p> <urn:kg:d> <urn:kg:g> .\n", encoding="utf-8")
    assert load([first, second], tmp_path / "store2").quads == 2


def _log_bytes(store: Path) -> int:
    """Bytes of RocksDB write-ahead log files in a store folder (``NNNNNN.log``; ``LOG`` is RocksDB's own diary)."""
    return sum(p.stat().st_size for p in store.glob("*.log"))


def test_kg_commands_that_write_leave_no_write_ahead_log_behind(tmp_path: Path) -> None:
    """Oxigraph keeps up to ten write-ahead log files for reuse and closing leaves them (4.2 GB after a
    10M-quad load): kg load, build, remove and summarize end by letting RocksDB delete them, and the
    store still holds every quad."""
    from example_build import example_trig

    runner = CliRunner()
    store = tmp_path / "store"
    loaded = runner.invoke(main, ["load", str(example_trig()), "--store", str(store)])
    assert loaded.exit_code == 0, loaded.output
    assert _log_bytes(store) == 0
    quads = len(ox.Store.read_only(str(store)))
    assert quads > 1000
    summarized = runner.invoke(main, ["summarize", "--store", str(store), "-q"])
    assert summarized.exit_code == 0, summarized.output
    assert _log_bytes(store) == 0 and len(ox.Store.read_only(str(store))) == quads
    article = tmp_path / "note.txt"
    article.write_text("Norway and Peru signed a fisheries agreement in Lima on Monday.\n", encoding="utf-8")
    articles = "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }"
    before = {str(row[0]) for row in ox.Store.read_only(str(store)).query(articles, use_default_graph_as_union=True)}
    built = runner.invoke(main, ["build", str(article), "--store", str(store), "-q"])
    assert built.exit_code == 0, built.output
    assert _log_bytes(store) == 0 and len(ox.Store.read_only(str(store))) > quads
    (new,) = {str(row[0]) for row in ox.Store.read_only(str(store)).query(articles, use_default_graph_as_union=True)} - before
    removed = runner.invoke(main, ["remove", new.strip("<>"), "--store", str(store)])
    assert removed.exit_code == 0, removed.output
    assert _log_bytes(store) == 0


def test_no_summaries_loads_and_drops_the_summaries_the_new_quads_would_make_wrong(tmp_path: Path) -> None:
    from kg.store import open_store
    from kg.summary import SUMMARY_GRAPH, has_summaries

    article = Path(__file__).parent / "data" / "rich_article.nq"
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["load", str(article), "--store", str(store)]).exit_code == 0
    assert has_summaries(open_store(store, read_only=True))
    more = tmp_path / "more.nq"
    more.write_text("<urn:kg:a> <urn:kg:p> <urn:kg:b> <urn:kg:g> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(more), "--store", str(store), "--no-summaries"])
    assert result.exit_code == 0 and "loaded 1 files, 1 quads" in result.stderr and "no dyad summaries" in result.stderr
    held = ox.Store.read_only(str(store))
    assert not any(True for _ in held.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH)))
    assert len(held) > 1  # the article's quads stay
    del held
    assert not has_summaries(open_store(store, read_only=True))
    # kg summarize computes them again
    assert CliRunner().invoke(main, ["summarize", "--store", str(store)]).exit_code == 0
    assert has_summaries(open_store(store, read_only=True))
