"""The README's example sessions (a code block that starts with ``$ kg ...``) are real runs: each command is
run again and must print what the README shows. ``pytest --update-golden`` writes them from a real run.

A block whose last line is ``...`` shows only the first lines of the output. Timings (``5.0 s``) are not compared.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```\n(\$ kg [^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_SECONDS = re.compile(r"\d+\.\d s$")


def _sessions(text: str) -> list[re.Match[str]]:
    return list(_BLOCK.finditer(text))


def _run(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What ``command`` prints, with the temporary folders named as in the README: stdout, then stderr (where a
    terminal shows the summary line: after the data, which the commands write at the end)."""
    args = shlex.split(command.removeprefix("$ "))[1:]
    out, store = tmp_path / "out", tmp_path / "kg-store"
    if "-o" in args:
        args[args.index("-o") + 1] = str(out)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("KG_STORE", str(store))
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 3), result.output  # 3: some inputs skipped, as the example may show
    text = (result.stdout + result.stderr).replace(str(out), "out").replace(str(store), "kg-store")
    return text.rstrip("\n").splitlines()


def _same(line: str) -> str:
    return _SECONDS.sub("N.N s", line.rstrip())


def test_the_readme_examples_are_what_a_real_run_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    text = README.read_text(encoding="utf-8")
    sessions = _sessions(text)
    assert len(sessions) >= 2
    update = request.config.getoption("--update-golden")
    for number, session in enumerate(reversed(sessions)):  # from the end, so that rewriting keeps the earlier offsets
        shown = session[2].rstrip("\n").splitlines()
        partial = bool(shown) and shown[-1] == "..."
        printed = _run(session[1], tmp_path / str(number), monkeypatch)
        if update:
            lines = printed[: len(shown) - 1] + ["..."] if partial else printed
            text = text[: session.start(2)] + "\n".join(lines) + "\n" + text[session.end(2) :]
            continue
        expected = shown[:-1] if partial else shown
        got = printed[: len(expected)] if partial else printed
        assert [_same(line) for line in got] == [_same(line) for line in expected], f"README example {session[1]!r}: run pytest --update-golden"
    if update:
        README.write_text(text, encoding="utf-8")
