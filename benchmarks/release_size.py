#!/usr/bin/env python3
"""Extraction time against the size of one release, 10 KB to just under the 5 MB read limit.

    python benchmarks/release_size.py [--sizes 10,100,400,1000,5000] [--limit 120] [--json]

Three kinds of text, each cut to every size (KB = 1,000 bytes of UTF-8):
  prose      synthetic releases (benchmarks/synth.py, seed 0) joined into one long release: many names,
             roles, quotes and dates, as a collection of releases pasted into one file would be;
  one-line   the same prose with every line break a space: no paragraph helps the sentence splitter;
  initials   "A. " repeated: a period after every letter, the case that was quadratic.
Each release is read with the pipeline's reader and extracted once (after one untimed small release loads
the reference data), in this process, with --limit seconds as the per-release time budget a build would
give (`--release-timeout`); a release over it is shown as "> LIMIT". The target of issue 12: a 5 MB release
extracts in at most 10 s. Figures go to stdout: wall seconds and the CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402 (the benchmarks folder is not a package)

from iqgraph.ingest.workers import read_and_extract  # noqa: E402
from iqgraph.reference import load_reference  # noqa: E402

TARGET_SECONDS = 10.0  # for a 5 MB release
MAX_BYTES = 5 * 2**20


def prose(size: int) -> str:
    """Synthetic releases joined until `size` bytes, cut at a line end."""
    rng, world, parts, length, number = random.Random(0), synth.World(random.Random(0)), [], 0, 0
    while length < size:
        number += 1
        text = synth.release(world, rng, number)[2].split("---\n")[-1]
        parts.append(text)
        length += len(text.encode("utf-8"))
    return _cut("\n".join(parts), size)


def one_line(size: int) -> str:
    return prose(size).replace("\n", " ")


def initials(size: int) -> str:
    return "Pressemitteilung\n\n" + "A. " * (size // 3)


KINDS = {"prose": prose, "one-line": one_line, "initials": initials}


def _cut(text: str, size: int) -> str:
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def measure(sizes_kb: list[int], limit: float) -> list[dict[str, object]]:
    reference = load_reference(None, "https://w3id.org/iqgraph/")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(prose(2000), encoding="utf-8")
        read_and_extract(warm, reference, MAX_BYTES, None)
        for kind, make in KINDS.items():
            for kb in sizes_kb:
                path = Path(folder) / f"{kind}-{kb}.txt"
                path.write_text(make(min(kb * 1000, MAX_BYTES - 100)), encoding="utf-8")
                start, start_cpu = time.perf_counter(), time.process_time()
                outcome = read_and_extract(path, reference, MAX_BYTES, None, limit)
                seconds = time.perf_counter() - start
                # CPU seconds too: on a shared machine wall time also counts the other processes' turns
                cpu_seconds = time.process_time() - start_cpu
                rows.append(
                    {
                        "kind": kind,
                        "kb": kb,
                        "seconds": None if outcome.error == "timeout" else round(seconds, 2),
                        "cpu_seconds": None if outcome.error == "timeout" else round(cpu_seconds, 2),
                        "error": outcome.error if outcome.error != "timeout" else None,
                        "entities": len(outcome.extraction.entities) if outcome.extraction else None,
                    }
                )
                print(_line(rows[-1], limit), file=sys.stderr, flush=True)
    return rows


def _line(row: dict[str, object], limit: float) -> str:
    took = (
        f"> {limit:g} s"
        if row["seconds"] is None
        else f"{row['seconds']:.2f} s ({row['cpu_seconds']:.2f} CPU)"
    )
    found = f"{row['entities']} entities" if row["entities"] is not None else (row["error"] or "")
    return f"{row['kind']:<9} {row['kb']:>6} KB  {took:>10}  {found}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,400,1000,5000", help="KB, comma-separated")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per release before giving up")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = measure(sizes, args.limit)
    biggest = [r for r in rows if r["kb"] == max(sizes)]
    met = all(r["seconds"] is not None and r["seconds"] <= TARGET_SECONDS for r in biggest)  # type: ignore[operator]
    if args.json:
        print(json.dumps({"rows": rows, "target_seconds": TARGET_SECONDS, "target_met": met}, indent=2))
        return 0
    print(
        f"iqgraph extraction time by release size, {dt.date.today()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("kind      |   size KB | seconds | CPU seconds")
    for row in rows:
        if row["seconds"] is None:
            took = f"> {args.limit:g} | -"
        else:
            took = f"{row['seconds']:.2f} | {row['cpu_seconds']:.2f}"
        print(f"{row['kind']:<9} | {row['kb']:>9} | {took}")
    print(f"target: {max(sizes)} KB in at most {TARGET_SECONDS:g} s: {'met' if met else 'not met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
