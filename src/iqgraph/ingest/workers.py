"""Reading and extracting releases, in this process or in worker processes, one `Outcome` per file.

`extract_each` returns the outcomes in input order however it ran, so the build cannot depend on `jobs`.
With jobs > 1, files go to "spawn"ed workers in chunks (a release extracts in about 8 ms, so a task per
file would spend much of its time on the round trip); each worker receives the reference data once, when
it starts, and compiles the gazetteer before its first task. Spawned workers start from a fresh
interpreter on every platform, so nothing depends on what the calling process had loaded or patched.

A release that raises fails alone, with the same reason as in this process. A worker that dies (a crash in
a C extension, the OOM killer) takes the pool's running tasks with it: their releases are then run again
one at a time, each alone in a worker, so only the release that kills its worker fails.

A spawned worker starts by importing the script that called `build()`. A script that calls it at its top
level, without `if __name__ == "__main__":`, would start a build in every worker: there the call is refused
at once (multiprocessing marks a process that is still importing the script, and refuses to start
processes from it too), the worker dies before it could take a release, and the build in the calling
process, seeing no worker start, stops with the same advice instead of retrying each release alone.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.synchronize import Event
from pathlib import Path

from ..errors import ReleaseError, WorkerStartError
from ..extract import extract
from ..extract.names.gazetteer import build_gazetteer
from ..models import Extraction
from ..reference import Reference
from .releases import read_release

__all__ = ["Outcome", "extract_each", "read_and_extract", "usable_cpus"]

MAX_CHUNK = 32  # releases per task: big enough to hide the round trip, small enough to balance the load
CHUNKS_PER_WORKER = 8
CRASHED = "extraction failed (its worker process stopped abruptly); please report this release"
GUARD = 'put the call under `if __name__ == "__main__":`'

Progress = Callable[[Path], None]
_SPAWN = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its extraction, or the kind of failure and why."""

    path: Path
    key: str | None  # the release key, whenever the file could be read (duplicates are found by it)
    extraction: Extraction | None = None
    error: str | None = None  # ReleaseReport.error: empty, not-text, …, extraction
    reason: str | None = None


def read_and_extract(
    path: Path, reference: Reference, max_bytes: int, root: Path | None, time_limit: float | None = None
) -> Outcome:
    """Read and extract one file; past `time_limit` seconds it fails alone (kind "timeout")."""
    key = None
    try:
        with _time_limit(time_limit):
            release = read_release(path, max_bytes, root)
            key = release.key
            return Outcome(path, key, extract(release, reference))
    except _OutOfTime:
        reason = f"extraction took longer than {time_limit:g} s (--release-timeout); the others built"
        return Outcome(path, key, error="timeout", reason=reason)
    except ReleaseError as exc:
        return Outcome(path, key, error=exc.kind, reason=exc.reason)
    except Exception as exc:  # a bug in a rule must not cost the other releases their build
        return Outcome(path, key, error="extraction", reason=_bug(exc))


class _OutOfTime(BaseException):  # not an Exception: no rule's `except Exception` may swallow it
    pass


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _OutOfTime in this thread after `seconds` (SIGALRM: the main thread of this process or of a
    worker, where every release is extracted; elsewhere, and where there is no SIGALRM, no limit)."""
    in_main_thread = threading.current_thread() is threading.main_thread()
    if not seconds or not hasattr(signal, "SIGALRM") or not in_main_thread:
        yield
        return

    def out_of_time(_signum: int, _frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def usable_cpus() -> int:
    """The CPUs this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# Starting a worker costs about half a second (it imports iqgraph), more than extracting a couple of dozen
# releases: a smaller batch, such as the one release a rebuild adds, is extracted in this process.
IN_PROCESS_BELOW = 24


def extract_each(
    paths: Sequence[Path],
    reference: Reference,
    max_bytes: int,
    root: Path | None,
    jobs: int = 1,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> list[Outcome]:
    """One outcome per path, in order. `jobs`: worker processes, 0 for one per CPU; 1 starts none.
    `time_limit`: seconds each release may take to read and extract, after which it fails alone."""
    workers = min(jobs or usable_cpus(), len(paths))
    if workers <= 1 or len(paths) < IN_PROCESS_BELOW:
        return [
            _with_progress(read_and_extract(p, reference, max_bytes, root, time_limit), progress)
            for p in paths
        ]
    if _importing_the_calling_script():
        raise WorkerStartError(
            f"build(jobs={jobs}) was called while a worker process imports the calling script: {GUARD} "
            "(every worker imports it, and would start a build of its own)"
        )
    return _Run(paths, reference, max_bytes, root, progress, time_limit).in_processes(workers)


def _importing_the_calling_script() -> bool:
    """True in a spawned process that is still importing the main script, as multiprocessing checks it.

    Not `parent_process() is not None`: a build run by a process a script started itself may use workers.
    """
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


def _bug(exc: Exception) -> str:
    return f"extraction failed ({type(exc).__name__}: {exc}); please report this release"


def _with_progress(outcome: Outcome, progress: Progress | None) -> Outcome:
    if progress:
        progress(outcome.path)
    return outcome


# -- in worker processes -----------------------------------------------------------------------------

_worker_reference: Reference | None = None


def _start_worker(reference: Reference, started: Event) -> None:
    global _worker_reference
    started.set()  # this worker got past importing the calling script
    _worker_reference = reference
    build_gazetteer(reference)  # cached: compiling the names is the slow part of the first release


def _extract_chunk(
    paths: list[Path], max_bytes: int, root: Path | None, time_limit: float | None
) -> list[Outcome]:
    assert _worker_reference is not None, "_start_worker runs first in every worker"
    return [read_and_extract(p, _worker_reference, max_bytes, root, time_limit) for p in paths]


class _Run:
    """One parallel extraction: the chunks still to do and the outcomes gathered, by position in `paths`."""

    def __init__(
        self,
        paths: Sequence[Path],
        reference: Reference,
        max_bytes: int,
        root: Path | None,
        progress: Progress | None,
        time_limit: float | None = None,
    ) -> None:
        self.paths, self.reference, self.max_bytes, self.root = list(paths), reference, max_bytes, root
        self.progress, self.time_limit = progress, time_limit
        self.outcomes: list[Outcome | None] = [None] * len(self.paths)
        self.started = _SPAWN.Event()  # set by each worker once it has started

    def in_processes(self, workers: int) -> list[Outcome]:
        todo = deque(_chunks(len(self.paths), workers))
        while todo:  # a new pool after each crash; the chunks it took with it are run one file at a time
            lost = self._run_until_broken(todo, workers)
            if lost and not self.started.is_set():
                raise WorkerStartError(_no_worker_started())
            self._run_alone([i for chunk in lost for i in chunk])
        assert all(o is not None for o in self.outcomes)
        return [o for o in self.outcomes if o is not None]

    def _run_until_broken(self, todo: deque[range], workers: int) -> list[range]:
        """Run chunks from `todo` until it is empty or a worker dies; return the chunks lost with it.

        At most two chunks per worker are in flight, so a crash loses few and the rest wait in `todo`.
        """
        running: dict[Future[list[Outcome]], range] = {}
        lost: list[range] = []
        with self._pool(workers) as pool:
            while todo or running:
                while todo and len(running) < 2 * workers and not lost:
                    chunk = todo.popleft()
                    task = (self._paths(chunk), self.max_bytes, self.root, self.time_limit)
                    running[pool.submit(_extract_chunk, *task)] = chunk
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    chunk = running.pop(future)
                    try:
                        self._keep(chunk, future.result())
                    except Exception:  # BrokenProcessPool, or results that could not be sent back
                        lost.append(chunk)
        return lost

    def _run_alone(self, indexes: list[int]) -> None:
        """Each file in turn in a one-worker pool, so a crash names the file that caused it."""
        pool: ProcessPoolExecutor | None = None
        try:
            for i in indexes:
                pool = pool or self._pool(1)
                try:
                    task = ([self.paths[i]], self.max_bytes, self.root, self.time_limit)
                    [outcome] = pool.submit(_extract_chunk, *task).result()
                except BrokenProcessPool:
                    outcome = Outcome(self.paths[i], None, error="extraction", reason=CRASHED)
                    pool.shutdown()
                    pool = None  # the next file gets a fresh worker
                except Exception as exc:
                    outcome = Outcome(self.paths[i], None, error="extraction", reason=_bug(exc))
                self._keep(range(i, i + 1), [outcome])
        finally:
            if pool is not None:
                pool.shutdown()

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=_SPAWN, initializer=_start_worker, initargs=(self.reference, self.started)
        )

    def _paths(self, indexes: Sequence[int]) -> list[Path]:
        return [self.paths[i] for i in indexes]

    def _keep(self, chunk: range, outcomes: list[Outcome]) -> None:
        for i, outcome in zip(chunk, outcomes, strict=True):
            self.outcomes[i] = _with_progress(outcome, self.progress)


def _no_worker_started() -> str:
    return (
        "the build's worker processes stopped while starting, before any took a release. "
        "Each starts by importing the script that called build(): if it calls build() at its top level, "
        f"{GUARD} (the workers' own error is above)"
    )


def _chunks(n: int, workers: int) -> Iterator[range]:
    size = max(1, min(MAX_CHUNK, math.ceil(n / (workers * CHUNKS_PER_WORKER))))
    return (range(start, min(start + size, n)) for start in range(0, n, size))
