"""The example articles built once per test session (a TriG file and an on-disk store).

Plain cached functions rather than fixtures, so every test module that imports
them shares one build.
"""

from __future__ import annotations

import atexit
import gc
import shutil
import tempfile
from functools import cache
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


@cache
def _workdir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="kg-examples-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@cache
def _build() -> Path:
    """``kg build examples/articles --store STORE -o OUT``: the store, and the TriG file written from it."""
    out = _workdir() / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(_workdir() / "store"), "-o", str(out), "--no-html", "-q"])
    assert result.exit_code == 0, result.output
    gc.collect()  # the build's store handle must be gone before tests open the store read-only
    return out


def example_trig() -> Path:
    """The example graph as a TriG file."""
    return _build() / "graph.trig"


def example_store() -> Path:
    """The example graph's Oxigraph store folder (closed, ready to open read-only)."""
    _build()
    return _workdir() / "store"
