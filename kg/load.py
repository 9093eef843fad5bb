"""Load stage: bulk-load N-Quads / TriG made elsewhere into a store (``kg load``).

Entry point: :func:`load`. Files (or folders of ``*.nq``, ``*.nquads``,
``*.trig`` files, such as the part files of ``kg build --nquads-dir``) go
through Oxigraph's bulk loader, which writes the store's indexes directly
instead of through transactions; the dyad summaries (:mod:`kg.summary`) are
computed once at the end.
"""

from __future__ import annotations

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
    for number, path in enumerate(files):
        try:
            inner.bulk_load(path=str(path), format=FORMATS[path.suffix.lower()])
        except (SyntaxError, ValueError) as exc:
            inner.flush()
            done = f"the {number} file{'s' if number > 1 else ''} before it {'are' if number > 1 else 'is'} loaded; " if number else ""
            raise GraphUnreadable(
                f"{path}: not valid {FORMATS[path.suffix.lower()].name}: {exc}. {done}fix it and load it and the files after it"
            ) from None
    inner.flush()
    load_seconds = time.perf_counter() - started
    loaded = len(inner) - before
    started = time.perf_counter()
    summaries = rebuild_summaries(dataset)
    inner.flush()
    return LoadReport(len(files), loaded, load_seconds, summaries, time.perf_counter() - started)
