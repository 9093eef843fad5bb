"""Load stage: bulk-load N-Quads / TriG made elsewhere into a store (``kg load``).

Entry point: :func:`load`. Files (or folders of ``*.nq``, ``*.nquads``,
``*.trig`` files, such as the part files of ``kg build --nquads-dir``) go
through Oxigraph's bulk loader, which writes the store's indexes directly
instead of through transactions; the dyad summaries (:mod:`kg.summary`) are
computed once at the end.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphUnreadable, StoreUnavailable

FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
"""File suffixes :func:`load` reads, and their formats."""


@dataclass(frozen=True)
class LoadReport:
    """What a load did.

    Attributes:
        files: files loaded.
        quads: quads in the store added by the load (the store's count after less before).
        load_seconds: time in the bulk loader.
        summaries: dyad-month summaries computed afterwards.
        summary_seconds: time computing them.
    """

    files: int
    quads: int
    load_seconds: float
    summaries: int
    summary_seconds: float


def files_of(sources: Sequence[Path]) -> list[Path]:
    """The files to load: each file given, and each ``*.nq``/``*.nquads``/``*.trig`` file under each folder given, sorted.

    Raises:
        GraphUnreadable: a file has another suffix, or a folder holds no file to load.
    """
    found: list[Path] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            inside = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)
            if not inside:
                raise GraphUnreadable(f"{source}: no .nq, .nquads or .trig file in this folder")
            found.extend(inside)
        elif source.suffix.lower() in FORMATS:
            found.append(source)
        else:
            raise GraphUnreadable(f"{source}: kg load reads N-Quads (.nq, .nquads) or TriG (.trig); convert other formats first")
    return found


CONCATENATE_BELOW = 256 * 2**20
"""N-Quads files smaller than this are loaded concatenated, up to this size a call: each call of the
bulk loader has a fixed cost, and ``kg build --nquads-dir`` writes a small part file per batch."""


def _batches(paths: Sequence[Path]) -> list[list[Path]]:
    """Consecutive N-Quads files grouped up to :data:`CONCATENATE_BELOW` bytes a group."""
    groups: list[list[Path]] = []
    size = 0
    for path in paths:
        length = path.stat().st_size
        if not groups or size + length > CONCATENATE_BELOW:
            groups.append([])
            size = 0
        groups[-1].append(path)
        size += length
    return groups


def _where(paths: Sequence[Path], error: Exception) -> tuple[Path, str]:
    """The file of ``paths`` (read one after another) and `` at line N`` of a parse error on their concatenation."""
    found = re.search(r"line (\d+)", str(error))
    if not found:
        return paths[0], ""
    line = int(found.group(1))
    for path in paths:
        with path.open("rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))  # noqa: B023
        if line <= lines or path == paths[-1]:
            return path, f" at line {line}"
        line -= lines
    return paths[-1], ""


def load(sources: Sequence[Path], store: Path) -> LoadReport:
    """Bulk-load ``sources`` into the store folder ``store`` (created if needed), then compute its dyad summaries.

    Raises:
        GraphUnreadable: a file cannot be parsed (the message names it and the
            position); the files before it are loaded.
        StoreUnavailable: the store cannot be opened for writing.
    """
    from kg.store import open_store, oxigraph_of
    from kg.summary import rebuild_summaries

    files = files_of(sources)
    dataset = open_store(store)
    inner = oxigraph_of(dataset)
    if inner is None:
        raise StoreUnavailable(f"{store}: not an Oxigraph store")
    before = len(inner)
    started = time.perf_counter()
    nquads = [p for p in files if FORMATS[p.suffix.lower()] == ox.RdfFormat.N_QUADS]
    for group in _batches(nquads):
        try:
            if len(group) == 1:
                inner.bulk_load(path=str(group[0]), format=ox.RdfFormat.N_QUADS)
            else:
                with tempfile.NamedTemporaryFile(suffix=".nq", dir=store) as joined:
                    for path in group:
                        with path.open("rb") as part:
                            shutil.copyfileobj(part, joined, 1 << 20)
                    joined.flush()
                    inner.bulk_load(path=joined.name, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as exc:
            inner.flush()
            path, line = _where(group, exc)
            raise GraphUnreadable(
                f"{path}: not valid N-Quads{line}: {exc}. Some quads may be loaded; fix the file and load them all again "
                "(a quad loaded twice is kept once)"
            ) from None
    for path in (p for p in files if p not in nquads):
        try:
            inner.bulk_load(path=str(path), format=FORMATS[path.suffix.lower()])
        except (SyntaxError, ValueError) as exc:
            inner.flush()
            raise GraphUnreadable(
                f"{path}: not valid TriG: {exc}. The files before it are loaded; fix it and load it and the files after it"
            ) from None
    inner.flush()
    load_seconds = time.perf_counter() - started
    loaded = len(inner) - before
    started = time.perf_counter()
    summaries = rebuild_summaries(dataset)
    inner.flush()
    return LoadReport(len(files), loaded, load_seconds, summaries, time.perf_counter() - started)
