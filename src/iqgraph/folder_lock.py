"""One writer per output folder: a build holds `<out>/.iqgraph.lock` exclusively, a query shares it.

Two builds into one folder at once corrupted the store (RocksDB "Sst file size mismatch") and left no
report; now the second is refused with a message, as is a query while a build writes. The lock is an
advisory `flock`: the kernel drops it when the holder exits, even by `kill -9`, so it never goes stale.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import OutputError, QueryError

LOCK_FILE = ".iqgraph.lock"
PARTIAL_SUFFIX = ".partial"  # a dump being written; renamed into place when whole (rdf/dumps.py)

try:
    import fcntl
except ImportError:  # Windows: no flock; builds are then not guarded against each other
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def writing(out_dir: Path) -> Iterator[None]:
    """Hold `out_dir` for one build; refuse when another build or a query holds it."""
    with _lock_file(out_dir) as handle:
        if not _try(handle, exclusive=True):
            raise OutputError(
                f"{out_dir}: another iqgraph process is using this folder ({_holder(handle)}); "
                "wait for it to finish, or build into another --out"
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"build, pid {os.getpid()}\n")
        handle.flush()
        _remove_partial_dumps(out_dir)  # left by a build that was killed: no writer is alive now
        try:
            yield
        finally:
            handle.truncate(0)


@contextlib.contextmanager
def reading(out_dir: Path) -> Iterator[None]:
    """Hold `out_dir` for reading its store; refuse while a build writes it."""
    if not (out_dir / LOCK_FILE).is_file():  # made by an older version, or only a store: nothing guards it
        yield
        return
    with _lock_file(out_dir) as handle:
        if not _try(handle, exclusive=False):
            raise QueryError(
                f"{out_dir}: a build is writing this folder now ({_holder(handle)}); query again when it has finished"
            )
        yield


@contextlib.contextmanager
def _lock_file(out_dir: Path) -> Iterator[IO[str]]:
    try:
        handle = (out_dir / LOCK_FILE).open("a+", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create its lock file ({exc.strerror or exc})") from exc
    with handle:
        yield handle


def _try(handle: IO[str], exclusive: bool) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(handle: IO[str]) -> str:
    handle.seek(0)
    return handle.read().strip() or "a query"


def _remove_partial_dumps(out_dir: Path) -> None:
    for partial in out_dir.glob(f".*{PARTIAL_SUFFIX}"):
        partial.unlink(missing_ok=True)
