"""The command line: help for every command, exit codes and messages for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import EXIT_SKIPPED, main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "articles" / "azerbaijan-us-independence-day-2021.txt"
COMMANDS = sorted(main.commands)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_python_dash_m_kg() -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "build" in done.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"kg {command}" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_readme(command: str) -> None:
    assert f"kg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_usage_error_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--format", "xml", str(SEED)])
    assert result.exit_code == 2


def test_missing_file_is_reported_and_exit_says_skipped(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "missing.txt"), str(SEED)])
    assert result.exit_code == EXIT_SKIPPED
    assert f"Skipped {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert result.stdout.count("\n") > 5  # the good article was still extracted


def test_binary_file_message(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = runner.invoke(main, ["extract", str(binary)])
    assert result.exit_code == EXIT_SKIPPED
    assert f"Skipped {binary}: binary file, not text" in result.stderr


def test_strict_stops_with_error_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", "--strict", str(tmp_path / "missing.txt"), str(SEED)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "missing.txt: no such file" in result.stderr
    assert result.stdout == ""


def test_unknown_extractor_lists_choices(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--extractor", "svo2", str(SEED)])
    assert result.exit_code == 1
    assert "Unknown extractor 'svo2'. Available: patterns.v1" in result.stderr


def test_extract_jsonl_contract(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", str(SEED)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert set(record["article"]) >= {"id", "title", "published", "source", "url"}
        assert set(record["subject"]) == {"iri", "label", "type", "country", "wikidata"}
        assert record["modality"] in {"asserted", "possible", "intended", "negated"}
        text = SEED.read_text(encoding="utf-8")
        assert text[record["evidence"]["start"] : record["evidence"]["end"]] == record["evidence"]["text"]
        assert record["extractor"] == "patterns.v1" and 0 < record["confidence"] <= 1


def test_extract_table(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "--format", "table", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout.startswith("subject") and "leaderOf" in result.stdout


def test_build_writes_graph_and_html_and_query_reads_it(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(SEED), "--store", str(tmp_path / "store"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "1 article read" in result.stderr and "1 written (0 replaced)" in result.stderr and "statements" in result.stderr
    assert (out / "graph.trig").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0
    sparql = "PREFIX bi: <https://w3id.org/bikg/ontology#> SELECT ?o WHERE { ?s bi:leaderOf ?o }"
    result = runner.invoke(main, ["query", str(out / "graph.trig"), sparql, "-f", "csv"])
    assert result.exit_code == 0 and "https://w3id.org/bikg/id/country/AZE" in result.stdout


def test_query_parse_error_is_reported(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(graph), "SELEC nonsense"])
    assert result.exit_code == 1 and result.stderr.startswith("Error: SPARQL query failed")


def test_evaluate_needs_a_mode(runner: CliRunner) -> None:
    result = runner.invoke(main, ["evaluate"])
    assert result.exit_code == 2 and "--gold" in result.output


@pytest.mark.parametrize(("base", "problem"), [("https://example.org/a b/", "not a valid IRI"), ("bikg/", "not an absolute IRI")])
def test_a_base_iri_that_cannot_begin_iris_is_a_usage_error(runner: CliRunner, tmp_path: Path, base: str, problem: str) -> None:
    """A bad --base-iri is refused before anything is read or written, naming the option and the problem."""
    result = runner.invoke(main, ["build", str(SEED), "--store", str(tmp_path / "store"), "--base-iri", base])
    assert result.exit_code == 2 and "--base-iri" in result.output and problem in result.output
    assert not (tmp_path / "store").exists()
