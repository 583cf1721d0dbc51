"""Publish stage: the dataset written as TriG, Turtle, N-Quads and JSON-LD, byte-identical for the same input.

The dataset is read once and every term turned into its N-Triples text (quads.py); the sorted quads
of that text feed all four writers, so the dumps agree term for term and two builds of the same
releases can be diffed line by line. rdflib's serialisers are not used: on a large build they took most
of the build's time, choosing prefixed names, and their order varied by run.

    iqgraph.nq      sorted N-Quads lines, the default graph's without a graph label
    iqgraph.trig    the default graph, then the named graphs by IRI (dumps_turtle.py)
    iqgraph.ttl     the triples of all graphs merged into one graph
    iqgraph.jsonld  JSON-LD 1.1, a named graph's nodes under its `@graph` (dumps_jsonld.py)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Dataset, Graph

from ..child_processes import die_with
from ..errors import OutputError
from ..folder_lock import PARTIAL_SUFFIX
from .dumps_jsonld import jsonld_chunks
from .dumps_turtle import trig_chunks, turtle_chunks
from .namespaces import PREFIXES
from .quads import Names, Quad, Quads, by_graph

DUMP_NAMES = {
    "trig": "iqgraph.trig",
    "turtle": "iqgraph.ttl",
    "nquads": "iqgraph.nq",
    "json-ld": "iqgraph.jsonld",
}
# In the JSON-LD context whether used or not, so the context reads the same from build to build.
USUAL_PREFIXES = (*PREFIXES, "id")


def merged_graph(ds: Dataset) -> Graph:
    """Every triple of every graph in one graph (what most portals harvest)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write_dumps(data: Dataset | Quads, out_dir: Path) -> dict[str, Path]:
    """Write the four dumps of `data` into `out_dir`.

    On Linux the Turtle and JSON-LD dumps are written by a forked copy of this process while this one
    writes the N-Quads and TriG: the writers are pure Python, so two processes halve the time on two
    cores, and a fork shares the quads instead of sending them (10,000 releases: ~33 s -> ~21 s).
    """
    data = as_quads(data)
    names = Names(data.namespaces)
    paths = {fmt: out_dir / name for fmt, name in DUMP_NAMES.items()}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        graphs = by_graph(data.sorted)
        meanwhile = _forked(lambda: _write_turtle_and_jsonld(data, graphs, names, paths))
        try:
            _write(paths["nquads"], data.nquads())
            _write(paths["trig"], trig_chunks(graphs, names))
        finally:
            if meanwhile is not None:
                meanwhile()  # waits for the child even when this side failed, and raises its error
        if meanwhile is None:
            _write_turtle_and_jsonld(data, graphs, names, paths)
    except OSError as exc:
        raise OutputError(f"cannot write the dumps to {out_dir}: {exc.strerror or exc}") from exc
    return paths


def _write_turtle_and_jsonld(
    data: Quads, graphs: dict[str, list[Quad]], names: Names, paths: dict[str, Path]
) -> None:
    _write(paths["turtle"], turtle_chunks(data.sorted, names))
    _write(paths["json-ld"], jsonld_chunks(graphs, names, USUAL_PREFIXES))


def _forked(work: Callable[[], None]) -> Callable[[], None] | None:
    """Start `work` in a forked child; return the call that waits for it and raises its OSError.

    None where fork is not the safe default (only Linux; macOS forks badly with system frameworks loaded).
    """
    if sys.platform != "linux":
        return None
    reader, writer = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: do the work, report a failure through the pipe, never return
        code = 0
        try:
            os.close(reader)
            die_with(parent)
            work()
        except BaseException as exc:  # noqa: BLE001 (whatever it was, the parent must hear of it)
            os.write(
                writer, (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).encode()[:4000]
            )
            code = 1
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers twice
    os.close(writer)

    def wait() -> None:
        with os.fdopen(reader, "rb") as pipe:
            message = pipe.read().decode("utf-8", "replace")
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise OSError(message or f"the process writing the Turtle and JSON-LD dumps stopped ({status})")

    return wait


def write_nquads(data: Dataset | Quads, path: Path) -> Path:
    """Only the N-Quads dump: the bytes of `iqgraph.nq`, at `path`."""
    _write(path, as_quads(data).nquads())
    return path


def as_quads(data: Dataset | Quads) -> Quads:
    return data if isinstance(data, Quads) else Quads.of(data)


def _write(path: Path, chunks: Iterable[str]) -> None:
    """Write into a hidden temporary beside `path` and rename it into place when whole: a reader, or a
    build killed half-way, never leaves a cut dump under the real name."""
    partial = path.with_name(f".{path.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as handle:
            batch: list[str] = []
            for chunk in chunks:
                batch.append(chunk)
                if len(batch) == 8192:  # a write per line would cost more than making the line
                    handle.write("".join(batch))
                    batch.clear()
            handle.write("".join(batch))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
