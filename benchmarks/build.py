"""How fast and how large `iqgraph build` runs on N synthetic releases, with one and with more processes.

    python benchmarks/build.py [--releases 1000 10000] [--jobs 1 2] [--validate/--no-validate] [--json]

For each N: writes N seeded synthetic releases (benchmarks/synth.py), then runs `iqgraph build --timings`
in a subprocess per --jobs value, so each build's peak memory is its own: the largest process (wait4's
ru_maxrss) and the whole process tree, workers included (/proc sampled every 50 ms). Prints releases/s,
the seconds per stage the build reports, peak memory, and the build time over the time pyoxigraph needs to
bulk-load the build's iqgraph.nq into a fresh in-memory store. A build expected to take longer than
--limit minutes (extrapolated from the smaller N already measured) is not run, and the output says so.
Figures go to stdout as Markdown tables (or JSON), progress to stderr. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402  (benchmarks/synth.py)

STAGES = ("extract", "resolve", "graph", "timeline", "dumps", "store", "validate", "view", "report")
SAMPLE_SECONDS = 0.05


@dataclass
class Run:
    releases: int
    jobs: int
    seconds: float | None = None  # wall time of the whole `iqgraph build` process
    exit_code: int | None = None
    stages: dict[str, float] = field(default_factory=dict)
    cpu_seconds: float | None = None  # user + system, workers included: wall < cpu when they overlapped
    peak_process_mb: float | None = None  # the largest single process
    peak_tree_mb: float | None = None  # the build and its workers together, sampled
    quads: int | None = None
    nquads_mb: float | None = None
    bulk_load_seconds: float | None = None
    not_run: str | None = None  # why this build was not started
    stopped: bool = False  # killed at --limit

    @property
    def releases_per_second(self) -> float | None:
        return self.releases / self.seconds if self.seconds else None

    @property
    def over_bulk_load(self) -> float | None:
        return self.seconds / self.bulk_load_seconds if self.seconds and self.bulk_load_seconds else None


# -- one build ----------------------------------------------------------------------------------------

# --extraction-only: the one stage --jobs changes, timed alone (reference data, discovery, read, extract)
EXTRACT_ONLY = """
import sys, time
from pathlib import Path
from iqgraph.ingest.workers import extract_each
from iqgraph.reference import load_reference
from iqgraph.ingest.releases import DEFAULT_MAX_BYTES, discover
if __name__ == "__main__":
    start = time.perf_counter()
    folder = Path(sys.argv[1]).resolve()
    extract_each(discover([folder]), load_reference(), DEFAULT_MAX_BYTES, folder, int(sys.argv[2]))
    print(f"seconds: extract {time.perf_counter() - start:.2f}", file=sys.stderr)
"""


def run_build(releases: Path, out: Path, run: Run, args: argparse.Namespace) -> None:
    """Run `iqgraph build` (or, with --extraction-only, the extraction) in its own process; fill in `run`."""
    if args.extraction_only:
        command = [sys.executable, "-c", EXTRACT_ONLY, str(releases), str(run.jobs)]
    else:
        command = [sys.executable, "-c", "from iqgraph.cli import main; main()", "build", str(releases)]
        command += [
            "--out",
            str(out),
            "--jobs",
            str(run.jobs),
            "--timings",
            "--full",
        ]  # no cached extractions
        command += [] if args.validate else ["--no-validate"]
        command += [] if args.view else ["--no-view"]
    errors = measure(command, run, args.limit * 60)
    if run.exit_code is not None and run.exit_code < 0:
        run.stopped = True
        return
    if run.exit_code not in (0, 1, 3):
        sys.exit(f"{' '.join(command[3:])} failed ({run.exit_code}):\n{errors[-2000:]}")
    run.stages = parse_timings(errors)
    if not args.extraction_only:
        nquads = out / "iqgraph.nq"
        run.nquads_mb = nquads.stat().st_size / 2**20
        run.quads, run.bulk_load_seconds = bulk_load(nquads)


def measure(command: list[str], run: Run, limit_s: float) -> str:
    """Run `command`, filling in wall time, exit code and peak memory; return its stderr."""
    return measure_output(command, run, limit_s)[1]


def measure_output(command: list[str], run: Run, limit_s: float) -> tuple[str, str]:
    """Run `command`, filling in wall time, exit code and peak memory; return its stdout and stderr."""
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, start_new_session=True)
        sampler = TreeSampler(process.pid)
        timer = threading.Timer(limit_s, os.killpg, (process.pid, signal.SIGKILL))  # workers too
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)  # this process's own rusage, not all children's
        run.seconds = time.perf_counter() - start
        timer.cancel()
        process.returncode = run.exit_code = os.waitstatus_to_exitcode(status)
        run.cpu_seconds = usage.ru_utime + usage.ru_stime  # the workers' too: the build waited for them
        run.peak_process_mb = usage.ru_maxrss / 1024  # KiB on Linux
        run.peak_tree_mb = max(sampler.stop() or 0, run.peak_process_mb)  # samples can miss the peak
        stdout.seek(0)
        stderr.seek(0)
        return stdout.read().decode("utf-8", "replace"), stderr.read().decode("utf-8", "replace")


def parse_timings(stderr: str) -> dict[str, float]:
    """`seconds: extract 1.20, view 3.40; total 4.60` -> {"extract": 1.2, "view": 3.4} (a stage may be several words)"""
    line = next((x for x in stderr.splitlines() if x.startswith("seconds: ")), "")
    stages = re.findall(r"([a-z][a-z ]*?) (\d+\.\d+)", line.removeprefix("seconds: ").split(";")[0])
    return {stage: float(s) for stage, s in stages}


def bulk_load(nquads: Path) -> tuple[int, float]:
    store = ox.Store()
    start = time.perf_counter()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    return len(store), time.perf_counter() - start


class TreeSampler:
    """The largest summed resident memory of a process and its descendants, read from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> float | None:
        self._done.set()
        self._thread.join()
        return self.peak_kb / 1024 if self.peak_kb else None

    def _sample(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _tree(self.pid)))

    # A process that ends between listing and reading counts as 0: the sample is a lower bound.


def _tree(pid: int) -> list[int]:
    pids, i = [pid], 0
    while i < len(pids):
        try:
            children = Path(f"/proc/{pids[i]}/task/{pids[i]}/children").read_text().split()
        except OSError:
            children = []
        pids.extend(int(c) for c in children)
        i += 1
    return pids


def _rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


# -- the series ---------------------------------------------------------------------------------------


def expected_seconds(n: int, jobs: int, done: list[Run]) -> tuple[float, str] | None:
    """Extrapolated from the measured runs with the same jobs, and how: a power law through the two
    largest, else linear from one (a lower bound: a build grows at least linearly)."""
    measured = sorted((r.releases, r.seconds) for r in done if r.jobs == jobs and r.seconds and not r.stopped)
    if not measured:
        return None
    if len(measured) == 1 or measured[-1][0] == measured[-2][0]:
        n1, t1 = measured[-1]
        return t1 * n / n1, f"at least, linear from {n1:,}"
    (n0, t0), (n1, t1) = measured[-2:]
    exponent = max(1.0, math.log(t1 / t0) / math.log(n1 / n0))
    return t1 * (n / n1) ** exponent, f"time ∝ N^{exponent:.2f} from {n0:,} and {n1:,}"


def benchmark(args: argparse.Namespace, work: Path) -> list[Run]:
    runs: list[Run] = []
    for n in sorted(args.releases):
        folder = work / f"n{n}"
        generated = False
        for jobs in args.jobs:
            run = Run(n, jobs)
            runs.append(run)
            run.not_run = why_not(run, runs, args.limit)
            if run.not_run:
                progress(f"{n} releases, --jobs {jobs}: {run.not_run}")
                continue
            if not generated:
                progress(f"{n} releases: generating")
                synth.generate(n, folder, seed=args.seed)
                generated = True
            progress(f"{n} releases, --jobs {jobs}: building")
            run_build(folder / "releases", folder / f"out-{jobs}", run, args)
            progress(f"{n} releases, --jobs {jobs}: {run.seconds:.1f} s{' (stopped)' if run.stopped else ''}")
    return runs


def why_not(run: Run, runs: list[Run], limit_min: float) -> str | None:
    """Why `run` is not worth starting: it is expected to outlast the limit."""
    stopped = next((r for r in runs if r.releases == run.releases and r.stopped), None)
    smaller = [
        r for r in runs if r.releases < run.releases and r.stages and stopped and r.jobs == stopped.jobs
    ]
    if stopped and smaller:
        serial = 1 - smaller[-1].stages.get("extract", 0) / sum(smaller[-1].stages.values())
        if serial > 0.5:  # --jobs cannot make up for what it does not touch
            return (
                f"not run: --jobs {stopped.jobs} was stopped at the limit, and the stages --jobs does not "
                f"change took {serial:.0%} of the {smaller[-1].releases:,}-release build"
            )
    expected = expected_seconds(run.releases, run.jobs, runs)
    if expected is not None and expected[0] > limit_min * 60:
        return f"not run: expected {expected[0] / 60:.0f} min ({expected[1]}) > --limit {limit_min:g} min"
    return None


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- output -------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "date": dt.date.today().isoformat(),
        "machine": platform.machine(),
        "system": f"{platform.system()} {platform.release()}",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def tables(runs: list[Run], about: dict[str, Any], args: argparse.Namespace) -> str:
    load = "" if about["load_average"] is None else f", load average {about['load_average']:.1f} at the start"
    what = (
        "reading and extracting only (no build)"
        if args.extraction_only
        else f"validation {'on' if args.validate else 'off'}, view {'on' if args.view else 'off'}"
    )
    head = (
        f"Run on {about['date']}, {about['machine']}, {about['cpus']} CPUs, {about['system']}, Python "
        f"{about['python']}{load}; {what}; seed {args.seed}."
    )
    lines = [
        head,
        "",
        "| releases | jobs | wall s | CPU s | releases/s | peak RSS MB (largest process / all) "
        "| quads | bulk load s | build / bulk load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        if r.not_run or r.stopped:
            why = r.not_run or f"> {_f(r.seconds, 0)}: stopped at --limit"
            lines.append(f"| {r.releases:,} | {r.jobs} | {why} | | | | | | |")
            continue
        lines.append(
            f"| {r.releases:,} | {r.jobs} | {_f(r.seconds, 1)} | {_f(r.cpu_seconds, 1)} "
            f"| {_f(r.releases_per_second, 1)} | {_f(r.peak_process_mb, 0)} / {_f(r.peak_tree_mb, 0)} "
            f"| {_f(r.quads, 0)} | {_f(r.bulk_load_seconds, 2)} | {_f(r.over_bulk_load, 0)} |"
        )
    shown = [s for s in STAGES if any(s in r.stages for r in runs)]
    lines += ["", "Seconds per stage (as `iqgraph build --timings` reports them):", ""]
    lines += ["| releases | jobs | " + " | ".join(shown) + " |", "|---|---|" + "---|" * len(shown)]
    for r in runs:
        if r.stages:
            cells = " | ".join(_f(r.stages.get(s), 2) for s in shown)
            lines.append(f"| {r.releases:,} | {r.jobs} | {cells} |")
    lines += speedups(runs)
    return "\n".join(lines)


def speedups(runs: list[Run]) -> list[str]:
    out = []
    for n in sorted({r.releases for r in runs}):
        done = {r.jobs: r for r in runs if r.releases == n and r.seconds and not r.stopped}
        if 1 in done:
            for jobs, r in sorted(done.items()):
                if jobs != 1:
                    whole = done[1].seconds / r.seconds  # type: ignore[operator]
                    one, many = done[1].stages.get("extract"), r.stages.get("extract")
                    part = f", extraction stage {one / many:.2f}×" if one and many else ""
                    out.append(
                        f"{n:,} releases: --jobs {jobs} against --jobs 1: whole run {whole:.2f}×{part}"
                    )
    return ["", *out] if out else []


def _f(value: float | int | None, digits: int) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, nargs="+", default=[1000, 10000], metavar="N")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="J")
    parser.add_argument(
        "--validate", action=argparse.BooleanOptionalAction, default=True, help="SHACL (default on)"
    )
    parser.add_argument(
        "--view", action=argparse.BooleanOptionalAction, default=True, help="iqgraph.html (default on)"
    )
    parser.add_argument("--limit", type=float, default=15, help="minutes a build may take (default 15)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic releases (default 0)")
    parser.add_argument(
        "--work", type=Path, help="keep releases and builds here (default: a temporary folder)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument(
        "--extraction-only",
        action="store_true",
        help="time only reading and extracting the releases (the stage --jobs changes), not the build",
    )
    args = parser.parse_args()
    about = machine()
    with tempfile.TemporaryDirectory(prefix="iqgraph-bench-") as tmp:
        runs = benchmark(args, args.work or Path(tmp))
    if args.json:
        rows = [
            asdict(r) | {"releases_per_second": r.releases_per_second, "over_bulk_load": r.over_bulk_load}
            for r in runs
        ]
        print(
            json.dumps(
                {**about, **{k: v for k, v in vars(args).items() if k not in ("work", "json")}, "runs": rows},
                indent=2,
            )
        )
    else:
        print(tables(runs, about, args))


if __name__ == "__main__":
    main()
