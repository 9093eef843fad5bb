"""The reading options of the command line: --field, the summary with duplicates and skip reasons, -q."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import EXIT_SKIPPED, main

EXAMPLES = Path(__file__).parent.parent / "examples"
CSV = EXAMPLES / "corpora" / "andes-wire.csv"


def test_build_csv_with_field_mapping_reports_duplicate_language_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(CSV), "--field", "id=story_id", "--field", "source=outlet", "--store", str(tmp_path / "store"), "-o", str(out), "--no-html"])
    assert result.exit_code == EXIT_SKIPPED, result.stderr  # the French row was skipped
    assert f"Duplicate {CSV}:8: " in result.stderr and f"like {CSV}:2; counted once" in result.stderr
    assert f"Skipped {CSV}:11: not English (detected 'fr'" in result.stderr
    assert "2 articles read, 1 duplicate (counted once), 1 skipped (not English: 1);" in result.stderr
    assert "https://w3id.org/bikg/id/article/w-101" in (out / "graph.trig").read_text(encoding="utf-8")


def test_quiet_hides_summary_and_duplicates_but_not_skips(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "-q", str(CSV)])
    assert result.exit_code == EXIT_SKIPPED
    assert "Skipped" in result.stderr and "Duplicate" not in result.stderr and "articles read" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len({r["article"]["id"] for r in records}) == 2  # the duplicate was not extracted again


def test_extract_prints_a_summary_and_no_progress_bar_when_not_a_terminal() -> None:
    result = CliRunner().invoke(main, ["extract", str(EXAMPLES / "feeds"), str(EXAMPLES / "html")])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("5 articles read, 1 duplicate (counted once), 0 skipped;") and "statements" in lines[-1]
    assert "inputs" not in result.stderr  # the rich bar only draws on a terminal


def test_malformed_field_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", "--field", "text", str(CSV)])
    assert result.exit_code == 2 and "is not NAME=COLUMN" in result.output
    result = CliRunner().invoke(main, ["build", "--field", "body=text", str(CSV)])
    assert result.exit_code == 2 and "unknown field 'body'. Available: id, text" in result.output
