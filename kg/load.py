"""Load stage: bulk-load N-Quads / TriG made elsewhere into a store (``kg load``).

Entry point: :func:`load`. Files (or folders of ``*.nq``, ``*.nquads``,
``*.trig`` files, such as the part files of ``kg build --nquads-dir``) go
through Oxigraph's bulk loader, which writes the store's indexes directly
instead of through transactions; the dyad summaries (:mod:`kg.summary`) are
computed once at the end.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import GraphUnreadable, StoreUnavailable

FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
"""File suffixes :func:`load` reads, and their formats."""

READ_BUFFER = 1 << 20
"""Bytes read from the files at a time for the bulk loader."""


@dataclass(frozen=True)
class LoadReport:
    """What a load did.

    Attributes:
        files: files loaded.
        quads: quads in the store added by the load (the store's count after less before).
        load_seconds: time in the bulk loader.
        load_cpu_seconds: CPU time of this process meanwhile, all its threads (the loader's and RocksDB's):
            against ``load_seconds``, the cores the load used.
        summaries: dyad-month summaries computed afterwards (0 when they were dropped instead).
        summary_seconds: time computing (or dropping) them.
    """

    files: int
    quads: int
    load_seconds: float
    summaries: int
    summary_seconds: float
    load_cpu_seconds: float = 0.0


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


class _Joined(io.RawIOBase):
    """Files read one after another as one stream: the bulk loader takes them in one call, without a copy.

    Each call of the bulk loader has a fixed cost (its last partial batch, and more sorted runs for RocksDB
    to compact), and ``kg build --nquads-dir`` writes a small part file per batch; a temporary concatenation
    (this module's first way) also wrote the whole corpus to disk once more.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths = list(reversed(paths))
        self._file: io.BufferedReader | None = None
        self._last = b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._file is None:
                if not self._paths:
                    return 0
                self._file = self._paths.pop().open("rb")
                self._last = b"\n"
            read = self._file.readinto(buffer)
            if read:
                self._last = bytes(buffer[read - 1 : read])
                return read
            self._file.close()
            self._file = None
            if self._last != b"\n":  # a file without a final line break: its last line must not run into the next file's first
                buffer[0:1] = b"\n"
                return 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def _where(paths: Sequence[Path], error: Exception) -> tuple[Path, str]:
    """The file of ``paths`` (read one after another) and `` at line N`` of a parse error on their concatenation."""
    found = re.search(r"line (\d+)", str(error))
    if not found:
        return paths[0], ""
    line = int(found.group(1))
    for path in paths:
        lines, last = 0, b"\n"
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):  # noqa: B023
                lines, last = lines + chunk.count(b"\n"), chunk[-1:]
        lines += last != b"\n"  # a last line without a line break (see _Joined)
        if line <= lines or path == paths[-1]:
            return path, f" at line {line}"
        line -= lines
    return paths[-1], ""


def load(sources: Sequence[Path], store: Path, *, lenient: bool = False, summaries: bool = True) -> LoadReport:
    """Bulk-load ``sources`` into the store folder ``store`` (created if needed), then compute its dyad summaries.

    The N-Quads files go through the bulk loader in one call, read one after
    another; each TriG file in a call of its own. With ``lenient``, the parser
    skips some checks (IRIs are not validated): faster, for files a trusted
    writer made, such as the part files of ``kg build --nquads-dir``. Without
    ``summaries``, the store's dyad summaries are dropped instead of computed
    (the loaded quads would make them wrong): for a store whose one rebuild in
    memory would not fit (:func:`kg.summary.rebuild_summaries`); the named
    queries then read every statement until ``kg summarize``.

    Raises:
        GraphUnreadable: a file cannot be parsed (the message names it and the
            position); the files before it are loaded.
        StoreUnavailable: the store cannot be opened for writing.
    """
    from kg.store import open_store, oxigraph_of
    from kg.summary import drop_summaries, rebuild_summaries

    files = files_of(sources)
    dataset = open_store(store)
    inner = oxigraph_of(dataset)
    if inner is None:
        raise StoreUnavailable(f"{store}: not an Oxigraph store")
    before = len(inner)
    started, cpu = time.perf_counter(), time.process_time()
    nquads = [p for p in files if FORMATS[p.suffix.lower()] == ox.RdfFormat.N_QUADS]
    if nquads:
        try:
            with io.BufferedReader(_Joined(nquads), READ_BUFFER) as joined:
                inner.bulk_load(joined, format=ox.RdfFormat.N_QUADS, lenient=lenient)
        except (SyntaxError, ValueError) as exc:
            inner.flush()
            path, line = _where(nquads, exc)
            raise GraphUnreadable(
                f"{path}: not valid N-Quads{line}: {exc}. Some quads may be loaded; fix the file and load them all again "
                "(a quad loaded twice is kept once)"
            ) from None
    for path in (p for p in files if p not in nquads):
        try:
            inner.bulk_load(path=str(path), format=FORMATS[path.suffix.lower()], lenient=lenient)
        except (SyntaxError, ValueError) as exc:
            inner.flush()
            raise GraphUnreadable(
                f"{path}: not valid TriG: {exc}. The files before it are loaded; fix it and load it and the files after it"
            ) from None
    inner.flush()
    load_seconds, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    loaded = len(inner) - before
    started = time.perf_counter()
    if summaries:
        months = rebuild_summaries(dataset)
    else:
        drop_summaries(dataset)
        months = 0
    inner.flush()
    return LoadReport(len(files), loaded, load_seconds, months, time.perf_counter() - started, load_cpu)
