"""What a rebuild costs when little changed: N synthetic releases built once, then one release added,
one replaced, one deleted, and nothing changed, each timed against a full rebuild of the same folder.

    python benchmarks/incremental.py [--releases 10000] [--jobs 2] [--validate/--no-validate] [--json]

Each step runs `iqgraph build --timings` in its own process (benchmarks/build.py measures it: wall time,
peak memory, seconds per stage) on the same output folder, so it reuses the cached extractions and
updates the embedded store graph by graph. Prints per step: seconds, the stages, how many of the store's
graphs were replaced or removed (the build says so), and whether the outputs are byte-identical to a full
build of the same releases (checked once at the end). The view is off (--no-view) unless --view.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build as bench  # noqa: E402  (benchmarks/build.py)
import synth  # noqa: E402

DUMPS = ("iqgraph.nq", "iqgraph.trig", "iqgraph.ttl", "iqgraph.jsonld", "report.json")


@dataclass
class Step:
    name: str
    run: bench.Run
    replaced: int | None = None  # store graphs replaced; None when the store was loaded whole
    removed: int | None = None
    stages: dict[str, float] = field(default_factory=dict)


def build_step(name: str, releases: Path, out: Path, n: int, args: argparse.Namespace, *extra: str) -> Step:
    command = [sys.executable, "-c", "from iqgraph.cli import main; main()", "build", str(releases)]
    command += ["--out", str(out), "--jobs", str(args.jobs), "--timings", *extra]
    command += [] if args.validate else ["--no-validate"]
    command += [] if args.view else ["--no-view"]
    step = Step(name, bench.Run(n, args.jobs))
    stdout, stderr = bench.measure_output(command, step.run, args.limit * 60)
    if step.run.exit_code not in (0, 1, 3):
        sys.exit(f"{name}: iqgraph build failed ({step.run.exit_code}):\n{stderr[-2000:]}")
    step.stages = bench.parse_timings(stderr)
    found = re.search(r"store: (\d+) graph\(s\) replaced, (\d+) removed", stdout)
    if found:
        step.replaced, step.removed = int(found[1]), int(found[2])
    bench.progress(f"{name}: {step.run.seconds:.1f} s")
    return step


def same_outputs(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in DUMPS)


def benchmark(args: argparse.Namespace, work: Path) -> tuple[list[Step], bool]:
    n = args.releases
    bench.progress(f"generating {n + 1} releases")
    synth.generate(n + 1, work, seed=args.seed)
    releases, out = work / "releases", work / "out"
    held_out = work / "held-out"  # the release the "add one" step adds
    held_out.mkdir()
    last = sorted(releases.iterdir())[-1]
    shutil.move(last, held_out / last.name)
    steps = [build_step(f"first build of {n:,} releases", releases, out, n, args)]
    steps.append(build_step("nothing changed", releases, out, n, args))
    shutil.move(held_out / last.name, releases / last.name)
    steps.append(build_step("one release added", releases, out, n + 1, args))
    edited = sorted(releases.iterdir())[n // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nDas IQ Netzwerk lädt ein.\n", encoding="utf-8")
    steps.append(build_step("one release replaced (text edited)", releases, out, n + 1, args))
    sorted(releases.iterdir())[n // 3].unlink()
    steps.append(build_step("one release deleted", releases, out, n, args))
    steps.append(
        build_step("full rebuild (--full), same releases", releases, work / "full", n, args, "--full")
    )
    return steps, same_outputs(out, work / "full")


def table(steps: list[Step], identical: bool, about: dict[str, object], args: argparse.Namespace) -> str:
    shown = [s for s in bench.STAGES if any(s in step.stages for step in steps)]
    lines = [
        f"Run on {about['date']}, {about['system']} {about['machine']}, {about['cpus']} CPUs, Python "
        f"{about['python']} (load average {about['load_average']:.2f} at the start); --jobs {args.jobs}, "
        f"validation {'on' if args.validate else 'off'}, view {'on' if args.view else 'off'}.",
        "",
        "| step | seconds | peak MB | store graphs replaced / removed | " + " | ".join(shown) + " |",
        "|---|---|---|---|" + "---|" * len(shown),
    ]
    for step in steps:
        graphs = "loaded whole" if step.replaced is None else f"{step.replaced} / {step.removed}"
        cells = " | ".join(bench._f(step.stages.get(s), 2) for s in shown)
        lines.append(
            f"| {step.name} | {bench._f(step.run.seconds, 1)} | {bench._f(step.run.peak_tree_mb, 0)} "
            f"| {graphs} | {cells} |"
        )
    lines += [
        "",
        f"Dumps and report after the steps byte-identical to the full rebuild: {'yes' if identical else 'NO'}.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10000, metavar="N")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--validate", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--view", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--limit", type=float, default=30, help="minutes one step may take (default 30)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--work", type=Path, help="keep releases and builds here (default: a temporary folder)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    about = bench.machine()
    with tempfile.TemporaryDirectory(prefix="iqgraph-incremental-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        steps, identical = benchmark(args, work)
    if args.json:
        rows = [asdict(s) for s in steps]
        print(json.dumps({**about, "jobs": args.jobs, "identical": identical, "steps": rows}, indent=2))
    else:
        print(table(steps, identical, about, args))


if __name__ == "__main__":
    main()
