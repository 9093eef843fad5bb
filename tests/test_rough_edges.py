"""Small things a user meets: plurals, incremental-build counts, store and input messages, CSV rows,
one-line reasons, -q help, year-precision dates, and evidence without stray whitespace."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import _Reporter, main
from kg.model import ArticleResult, Skipped
from kg.pipeline import skip_reasons, statement_record
from kg.read import read_articles

# ---------------------------------------------------------------- dates and evidence

DATED = [
    ("Norway signed a fisheries agreement with Iceland in 2001.", None, ("Norway", "Iceland"), "2001", "year"),
    ("Chile criticized Peru last year over the fishing dispute.", "2021-07-03", ("Chile", "Peru"), "2020", "year"),
    ("Kenya condemned Uganda last month over the raid.", "2021-07-03", ("Kenya", "Uganda"), "2021-06", "month"),
    ("Egypt accused Sudan on 3 March 2021 of backing the rebels.", None, ("Egypt", "Sudan"), "2021-03-03", "day"),
    ("Fiji praised Samoa for its help.", "2022-05-06", ("Fiji", "Samoa"), "2022-05-06", "day"),  # no date in the text: the article's
]


@pytest.mark.parametrize(("text", "published", "pair", "date", "precision"), DATED)
def test_a_date_keeps_the_precision_the_text_gives(run: Callable[..., ArticleResult], text: str, published: str | None,
                                                    pair: tuple[str, str], date: str, precision: str) -> None:
    result = run(text, published)
    [statement] = [s for s in result.statements if (s.subject.label, s.object.label) == pair]
    record = statement_record(statement, result.article)
    assert (record["date"], record["date_precision"]) == (date, precision)


def test_an_undated_statement_has_no_date_precision(run: Callable[..., ArticleResult]) -> None:
    # (the help is Samoa's, to Fiji: a second statement, undated as well)
    [statement] = [s for s in run("Fiji praised Samoa for its help.").statements if s.predicate.name == "praises"]
    record = statement_record(statement, run("Fiji praised Samoa for its help.").article)
    assert record["date"] is None and record["date_precision"] is None


def test_year_precision_is_in_the_graph_beside_a_sortable_date(run: Callable[..., ArticleResult]) -> None:
    from rdflib import Dataset

    from kg.rdf import BI, to_dataset

    result = run("Norway signed a fisheries agreement with Iceland in 2001.")
    dataset: Dataset = to_dataset([result])
    assert {str(o) for o in dataset.objects(None, BI.datePrecision)} == {"year"}
    assert {str(o) for o in dataset.objects(None, BI.eventDate)} == {"2001-01-01"}


def test_evidence_has_no_trailing_line_break_and_its_offsets_still_match(run: Callable[..., ArticleResult]) -> None:
    result = run("Talks\n\nNorway signed a fisheries agreement with Iceland.\n\nChile criticized Peru over the dispute.\n\n\n")
    assert len(result.statements) == 2
    for statement in result.statements:
        evidence = statement.evidence
        assert evidence.text == evidence.text.strip() and evidence.text.endswith(".")
        assert result.article.text[evidence.start : evidence.end] == evidence.text


# ---------------------------------------------------------------- the build summary


def test_counts_are_singular_for_one_and_an_incremental_rebuild_says_unchanged(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("Fisheries\n\nNorway signed a fisheries agreement with Iceland.\n", encoding="utf-8")
    args = ["build", str(article), "--store", str(tmp_path / "store")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "1 article read, 0 duplicates (counted once), 0 skipped; 1 written (0 replaced), 0 unchanged" in first.stderr
    assert "1 statement;" in first.stderr and "1 articles" not in first.stderr
    again = CliRunner().invoke(main, args)
    assert "1 article read, 0 duplicates (counted once), 0 skipped; 0 written (0 replaced), 1 unchanged" in again.stderr
    removed = CliRunner().invoke(main, ["remove", str(next(iter(_article_ids(tmp_path / "store")))), "--store", str(tmp_path / "store")])
    assert removed.exit_code == 0 and "Removed 1 article from" in removed.stderr


def _article_ids(store: Path) -> list[str]:
    from kg.store import open_store
    from kg.write import ArticleIndex

    return list(ArticleIndex(open_store(store, read_only=True)).by_iri)


def test_a_multi_line_reason_is_one_line_in_the_messages_and_the_summary() -> None:
    reporter = _Reporter(quiet=True)
    with reporter.console.capture() as captured:
        reporter.skip(Skipped("a.txt", "extraction failed: ValueError: first line\n  second line"))
        reporter.skip(Skipped("b.txt", "broken\nin two"))
    assert captured.get().splitlines() == [
        "Skipped a.txt: extraction failed: ValueError: first line second line", "Skipped b.txt: broken in two"]
    assert skip_reasons(reporter.skipped) == {"extraction failed": 1, "broken": 1}
    assert "\n" not in reporter.summary(1.0)


@pytest.mark.parametrize("command", ["summarize", "viz", "timeline", "push"])
def test_the_quiet_help_names_only_what_the_command_prints(command: str) -> None:
    text = " ".join(CliRunner().invoke(main, [command, "--help"]).output.split())
    quiet = text.split("-q, --quiet")[1].split(" -h, --help")[0]
    assert "progress bar" not in quiet and "skipped inputs" not in quiet and "duplicates" not in quiet


# ---------------------------------------------------------------- what is wrong, in words


def test_an_empty_folder_or_one_that_is_no_store_is_called_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["query", "--store", str(empty), "ASK {}"])
    assert result.exit_code == 1 and "the folder is empty, not a store" in result.stderr and "another kg process" not in result.stderr
    (empty / "notes.txt").write_text("hello", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--store", str(empty), "-f", "nt", "-o", "-"])
    assert result.exit_code == 1 and "not a kg store" in result.stderr


def test_a_folder_the_user_may_not_write_is_called_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--store", "/sys/kg-store"])  # refused even to root
    assert result.exit_code == 1 and "permission denied" in result.stderr and "another kg process" not in result.stderr


def test_a_store_another_process_writes_is_called_so(tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", f"import pyoxigraph, time; s = pyoxigraph.Store({str(store)!r}); print('open', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        article = tmp_path / "one.txt"
        article.write_text("Norway signed a fisheries agreement with Iceland.\n", encoding="utf-8")
        started = time.monotonic()
        result = CliRunner().invoke(main, ["build", str(article), "--store", str(store)])
        assert result.exit_code == 1 and "another process has the store open for writing" in result.stderr
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait(10)


def test_an_input_folder_with_nothing_to_read_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    [item] = list(read_articles([tmp_path]))
    assert isinstance(item, Skipped) and item.reason.startswith("no articles in this folder") and ".txt" in item.reason


def test_a_csv_row_that_ends_before_its_text_is_reported_as_too_short(tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    corpus.write_text("id,title,text,author\n1,Talks,Norway met Iceland in Oslo.,A. Writer\n2,Too short\n3,No author,Fiji praised Samoa.\n",
                      encoding="utf-8")
    items = list(read_articles([corpus]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [(s.origin.rsplit(":", 1)[1], s.reason) for s in skipped] == [
        ("3", "only 2 cells but the header has 4 columns (the row ends before its text)")]
    assert len(items) == 3  # the row without its last (optional) cell is read
