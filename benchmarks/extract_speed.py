#!/usr/bin/env python3
"""How long `extract(release, reference)` takes per release, in one process.

    python benchmarks/extract_speed.py [--corpus DIR_OR_FILE] [--releases 500] [--json]

Reads the releases (default: the `*.txt` files of `../shared/corpus/dev`, not its gold folder) with the
pipeline's reader, repeats them in order until there are at least --releases, and times each `extract` call
with `time.perf_counter`. One untimed call comes first, so the reference data and the gazetteer are loaded
before timing starts. Prints the median, mean, 95th percentile and maximum milliseconds per release, releases
per second (timed releases over the summed extraction time), and whether the target of issue 11 (a mean
of at most 30 ms per release, so 10,000 releases extract in minutes) is met. Figures go to stdout, problems to stderr.

Exit status: 0 when it ran (target met or not: the output says which) or when there is no corpus (skipped,
saying so on stderr), 2 when a release cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from iqgraph.errors import IqgraphError
from iqgraph.extract import extract
from iqgraph.ingest.releases import read_release
from iqgraph.models import Release
from iqgraph.reference import load_reference

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
TARGET_MS = 30.0


@dataclass(frozen=True)
class Timing:
    releases: int  # timed extract calls
    distinct: int  # distinct release files they repeat
    median_ms: float
    mean_ms: float
    p95_ms: float
    max_ms: float
    releases_per_second: float
    target_ms: float
    target_met: bool


def read_corpus(corpus: Path) -> list[Release]:
    """The releases of a folder's top-level `*.txt` files, or of one file."""
    paths = [corpus] if corpus.is_file() else sorted(corpus.glob("*.txt"))
    return [read_release(path) for path in paths]


def repeated(releases: list[Release], at_least: int) -> list[Release]:
    rounds = math.ceil(at_least / len(releases))
    return (releases * rounds)[: max(at_least, len(releases))]


def time_extraction(releases: list[Release], at_least: int) -> Timing:
    reference = load_reference()
    extract(releases[0], reference)  # untimed: loads the reference data and builds the gazetteer
    seconds = []
    for release in repeated(releases, at_least):
        start = time.perf_counter()
        extract(release, reference)
        seconds.append(time.perf_counter() - start)
    return summarise(seconds, len(releases))


def summarise(seconds: list[float], distinct: int) -> Timing:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[math.ceil(0.95 * len(ms)) - 1]  # nearest rank
    median = statistics.median(ms)
    return Timing(
        releases=len(ms),
        distinct=distinct,
        median_ms=round(median, 2),
        mean_ms=round(statistics.fmean(ms), 2),
        p95_ms=round(p95, 2),
        max_ms=round(ms[-1], 2),
        releases_per_second=round(len(ms) / sum(seconds), 1),
        target_ms=TARGET_MS,
        target_met=statistics.fmean(ms) <= TARGET_MS,
    )


def machine() -> dict[str, str]:
    return {
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
    }


def render(timing: Timing) -> str:
    met = "met" if timing.target_met else "NOT met"
    return "\n".join(
        [
            f"releases timed: {timing.releases} ({timing.distinct} distinct, repeated)",
            f"ms per release: median {timing.median_ms}, mean {timing.mean_ms}, p95 {timing.p95_ms}, "
            f"max {timing.max_ms}",
            f"releases per second: {timing.releases_per_second}",
            f"target: mean <= {timing.target_ms:g} ms per release: {met}",
        ]
    )


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of *.txt releases or one file"
    )
    parser.add_argument("--releases", type=int, default=500, help="time at least this many (default 500)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if not args.corpus.exists() or (args.corpus.is_dir() and not any(args.corpus.glob("*.txt"))):
        print(f"skipped: no releases at {args.corpus}; pass --corpus DIR_OR_FILE", file=sys.stderr)
        return 0
    try:
        releases = read_corpus(args.corpus)
    except IqgraphError as exc:
        print(f"cannot read the corpus: {exc}", file=sys.stderr)
        return 2
    timing = time_extraction(releases, args.releases)
    if args.json:
        print(json.dumps({**asdict(timing), **machine(), "corpus": str(args.corpus)}, indent=2))
    else:
        print(render(timing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
