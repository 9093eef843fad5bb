"""What ``kg serve`` reads while ``kg build`` writes the same store: a private snapshot, renewed after each write.

Entry point: :class:`StoreSnapshots`.

pyoxigraph 0.5 opens a store read-only or read-write, nothing in between, and
a read-only opening while another process writes is undefined behaviour (the
writer compacts away the files the reader still needs: a worker then crashes
with ``std::bad_alloc``, and a reader never sees what was written after it
opened). So the server never opens the store folder itself. It opens a
snapshot: a sibling folder with hard links to the store's table files
(immutable once written, and kept alive by the link when the writer deletes
them) and copies of its small mutable files (``CURRENT``, the manifest, the
write-ahead log). A snapshot is taken only while no process holds the store's
write lock, and kept only if the store did not change while it was taken. A
watcher takes a new one once a writer has finished and changed the store, and
the workers are replaced to read it.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

_FLOCK = "hhqqi4x"  # struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid
_LINKED = (".sst", ".blob")


def writer_active(store: Path) -> bool:
    """Whether a process holds the store's write lock (RocksDB's ``LOCK`` file): a ``kg build``,
    ``kg remove`` or ``kg serve --allow-update`` writing. Asked with ``F_GETLK``: no lock is taken."""
    try:
        fd = os.open(store / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
        return struct.unpack(_FLOCK, answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def store_state(store: Path) -> tuple[tuple[str, int, int], ...]:
    """The store folder's files with their sizes and change times: it changes when anything is written."""
    found = []
    for entry in os.scandir(store):
        if entry.is_file() and not entry.name.startswith("LOG"):
            stat = entry.stat()
            found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def _copy_into(store: Path, folder: Path) -> None:
    for entry in os.scandir(store):
        if not entry.is_file() or entry.name.startswith("LOG"):  # LOG*: RocksDB's own diagnostics
            continue
        target = folder / entry.name
        if entry.name.endswith(_LINKED):
            try:
                os.link(entry.path, target)
                continue
            except FileNotFoundError:
                continue  # compacted away meanwhile: the state check below notices
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
                    raise
        shutil.copy2(entry.path, target)


class StoreSnapshots:
    """The snapshots of one store folder that a server reads, and the watcher that renews them.

    Args:
        store: the store folder.
        keep_old: seconds an old snapshot is kept after a new one is handed over
            (the queries still running on it end within the query time limit).
    """

    def __init__(self, store: Path, keep_old: float = 60.0) -> None:
        self.store = Path(store)
        self.keep_old = keep_old
        self.current: Path | None = None
        self._state: tuple[tuple[str, int, int], ...] = ()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        _remove_abandoned(self.store)

    def take(self) -> Path:
        """A new snapshot of the store (also while a writer is active, when there is no other choice: at start).

        Raises:
            OSError: the folder beside the store cannot be written.
        """
        before = store_state(self.store)
        folder = Path(tempfile.mkdtemp(prefix=f".{self.store.name}.kg-serve-{os.getpid()}-", dir=self.store.parent))
        try:
            _copy_into(self.store, folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        self._state = before
        self.current = folder
        return folder

    def changed(self) -> bool:
        """Whether the store changed since the last snapshot and no writer is at work on it now."""
        return not writer_active(self.store) and store_state(self.store) != self._state

    def renew(self, on_new: Callable[[Path], None]) -> Path | None:
        """Take a new snapshot if the store changed and is at rest; hand it to ``on_new``; None if nothing changed."""
        if not self.changed():
            return None
        old, old_state = self.current, self._state
        folder = self.take()
        if writer_active(self.store) or store_state(self.store) != self._state:  # a writer started while copying
            shutil.rmtree(folder, ignore_errors=True)
            self.current, self._state = old, old_state
            return None
        try:
            on_new(folder)
        except Exception:
            log.exception("kg serve: cannot read the new snapshot of %s; still serving the previous one", self.store)
            shutil.rmtree(folder, ignore_errors=True)
            self.current = old  # keep the new state: the same files would fail again; the next write retries
            return None
        if old is not None:
            timer = threading.Timer(self.keep_old, shutil.rmtree, (old, True))
            timer.daemon = True
            timer.start()
        return folder

    def watch(self, on_new: Callable[[Path], None], every: float = 1.0) -> None:
        """Renew the snapshot in a background thread, looking every ``every`` seconds."""

        def loop() -> None:
            while not self._stop.wait(every):
                try:
                    self.renew(on_new)
                except OSError:
                    log.exception("kg serve: cannot snapshot %s", self.store)

        self._thread = threading.Thread(target=loop, daemon=True, name="kg-serve-snapshots")
        self._thread.start()

    def close(self) -> None:
        """Stop watching and remove the snapshots."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        for folder in self.store.parent.glob(f".{self.store.name}.kg-serve-{os.getpid()}-*"):
            shutil.rmtree(folder, ignore_errors=True)


def _remove_abandoned(store: Path) -> None:
    """Remove snapshots left by servers that are gone (killed before they could clean up)."""
    for folder in store.parent.glob(f".{store.name}.kg-serve-*-*"):
        pid = folder.name[len(f".{store.name}.kg-serve-") :].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)
