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
def example_trig() -> Path:
    """``kg build examples/articles`` → the TriG file."""
    out = _workdir() / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out), "--no-html", "-q"])
    assert result.exit_code == 0, result.output
    return out / "graph.trig"


@cache
def example_store() -> Path:
    """The example graph loaded into an Oxigraph store folder (closed again, ready to open read-only)."""
    from kg.store import open_store

    folder = _workdir() / "store"
    ds = open_store(folder)
    ds.parse(example_trig(), format="ox-trig")
    del ds
    gc.collect()
    return folder
