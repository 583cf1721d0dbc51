"""The named queries on a ~1M-triple build: iqgraph's embedded store (pyoxigraph) against rdflib's in-memory store.

    python benchmarks/query_engines.py [--releases 3000] [--runs 5] [--limit 20] [--json]

Writes N seeded synthetic releases (benchmarks/synth.py) into a temporary folder and builds them with
`iqgraph.build(..., BuildOptions(validate=False, view=False, jobs=2))` in a child process (so the build's
memory is not counted against rdflib's). The build's embedded store (`<out>/store`, opened with
`LocalStore`, as `iqgraph query` does) is one engine; the other is rdflib's `Dataset(default_union=True)`
parsing the same `<out>/iqgraph.nq`. Every named query runs on both with the union of all graphs as
default graph: once with no parameter bound, and, for a query with parameters, once more with one bound
to a value found in the build (`bind()`, as `iqgraph query NAME --param` does). Each case runs up to
--runs times per engine, fewer once its runs have taken --limit seconds in all; an rdflib run is given
up after --limit seconds (SIGALRM), and the ratio is then a lower bound. Prints the median latency per
engine, the ratio and whether the issue's targets hold (median ≤ 50 ms on the embedded store, ≥ 10 ×
faster than rdflib), with the load times, memory, machine and date. Nothing is written into the
repository and nothing is asserted. 3,000 releases give about 1.0 M quads (0.82 M distinct triples).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import platform
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF, RDFS

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402  (benchmarks/synth.py)

import iqgraph  # noqa: E402
from iqgraph.rdf.namespaces import IQ, ORG, SCHEMA  # noqa: E402
from iqgraph.store.embedded import LocalStore  # noqa: E402
from iqgraph.store.named_queries import bind, list_queries  # noqa: E402

MAX_MS = 50  # the targets: median latency on the embedded store, and speed-up over rdflib
MIN_RATIO = 10


@dataclass
class Engine:
    """One engine's figures for one case: the median of the runs made, or why there is none."""

    ms: float | None = None
    runs: int = 0
    rows: int | None = None
    gave_up: bool = False  # a run took longer than --limit
    error: str | None = None


@dataclass
class Case:
    query: str
    binding: dict[str, str]  # the parameters bound; {} runs the query for everything
    oxigraph: Engine = field(default_factory=Engine)
    rdflib: Engine = field(default_factory=Engine)
    ratio: float | None = None
    ratio_is_lower_bound: bool = False  # rdflib was given up: it is at least this much slower
    fast_enough: bool | None = None  # ≤ MAX_MS on the embedded store
    faster_enough: bool | None = None  # ≥ MIN_RATIO × rdflib

    @property
    def name(self) -> str:
        return " ".join([self.query, *(f'{k}="{v}"' for k, v in self.binding.items())])


# -- the build ----------------------------------------------------------------------------------------


def build_corpus(releases: int, work: Path) -> dict[str, Any]:
    """Generate and build the synthetic corpus in work/; runs in a child process (see measure_all)."""
    start = time.perf_counter()
    synth.generate(releases, work / "corpus")
    generated = time.perf_counter()
    options = iqgraph.BuildOptions(validate=False, view=False, jobs=2)
    result = iqgraph.build([work / "corpus" / "releases"], options=options, out_dir=work / "build")
    peak_kb = max(
        resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return {
        "generate_s": generated - start,
        "build_s": time.perf_counter() - generated,
        "stages_s": result.timings,
        "triples": result.report.triples,
        "build_peak_mb": peak_kb / 1024,
    }


def count_lines(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


def rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_oxigraph(nquads: Path, scratch: Path) -> dict[str, float]:
    """The load the build's store gets (store.write_store: bulk load, flush, compaction), into a fresh
    store on disk, timed on its own."""
    start = time.perf_counter()
    store = ox.Store(str(scratch))
    store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    loaded = time.perf_counter()
    store.optimize()
    return {"oxigraph_load_s": loaded - start, "oxigraph_optimize_s": time.perf_counter() - loaded}


def load_rdflib(nquads: Path) -> tuple[Dataset, dict[str, float]]:
    before, start = rss_mb(), time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    seconds = time.perf_counter() - start
    return ds, {"rdflib_load_s": seconds, "rdflib_rss_mb": rss_mb() - before}


# -- parameter values found in the build ----------------------------------------------------------------


def label(ds: Dataset, node: object) -> str:
    return min(str(o) for o in ds.objects(node, RDFS.label))  # type: ignore[arg-type]


def most(
    ds: Dataset, predicate: URIRef, of: str = "object", kind: URIRef | None = None, by: URIRef | None = None
) -> str:
    """The label of the node of type `kind` most often stated as the object (or subject) of `predicate`,
    in quads whose subject is of type `by` if given; ties go to the smallest IRI (same build, same value)."""
    quads = ds.quads((None, predicate, None, None))
    counts = Counter(
        q[2] if of == "object" else q[0] for q in quads if by is None or (q[0], RDF.type, by) in ds
    )
    if kind is not None:
        counts = Counter({n: c for n, c in counts.items() if (n, RDF.type, kind) in ds})
    return label(ds, min(counts, key=lambda n: (-counts[n], str(n))))


def most_stated(ds: Dataset) -> str:
    """The relation name most statements carry (as `which-sentence-says --param predicate=…` takes it)."""
    counts = Counter(q[2] for q in ds.quads((None, RDF.predicate, None, None)))
    return str(min(counts, key=lambda p: (-counts[p], str(p)))).rsplit("#", 1)[-1]


# Per query, the parameter bound and how its value is found: the node most often in that position, so
# each value is a real one with many facts (a demanding case, not a lucky one).
PICKS: dict[str, tuple[str, Callable[[Dataset], str]]] = {
    "about": ("entity", lambda ds: most(ds, SCHEMA.creator, kind=IQ.Person)),
    "co-appearance": ("person", lambda ds: most(ds, IQ.speakerAt, of="subject", kind=IQ.Person)),
    "funders": ("org", lambda ds: most(ds, IQ.fundedBy, of="subject")),
    "officials": ("person", lambda ds: most(ds, ORG.member, kind=IQ.Person)),
    "paths": ("ministry", lambda ds: most(ds, IQ.fundedBy, kind=IQ.Ministry, by=IQ.Programme)),
    "quotes": ("person", lambda ds: most(ds, SCHEMA.creator, kind=IQ.Person)),
    "role-timeline": ("person", lambda ds: most(ds, ORG.member, kind=IQ.Person)),
    "subprojects": ("network", lambda ds: most(ds, IQ.partOf, kind=IQ.StateNetwork)),
    "which-sentence-says": ("predicate", most_stated),
}


def cases(ds: Dataset) -> list[tuple[Case, str]]:
    """Each named query unbound, and bound as PICKS says when it has parameters; with the text to run."""
    todo = []
    for q in list_queries():
        todo.append((Case(q.name, {}), q.text))
        if q.params and q.name in PICKS:
            param, pick = PICKS[q.name]
            binding = {param: pick(ds)}
            todo.append((Case(q.name, binding), bind(q, binding)))
        elif q.params:
            print(f"{q.name}: no value to bind its parameters to; measured unbound only", file=sys.stderr)
    return todo


# -- timing ---------------------------------------------------------------------------------------------


def _give_up(_signum: int, _frame: object) -> None:
    raise TimeoutError


def measure(run: Callable[[], int], runs: int, limit: float, alarm: bool) -> Engine:
    """Up to `runs` runs, fewer once they have taken `limit` seconds in all; with `alarm`, a run is given
    up after `limit` seconds (SIGALRM). `run` returns the number of rows."""
    result, times = Engine(), []
    previous = signal.signal(signal.SIGALRM, _give_up)
    try:
        while len(times) < runs and sum(times) < limit:
            start = time.perf_counter()
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, limit)
            result.rows = run()
            signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - start)
    except TimeoutError:  # a later run given up counts as `limit` seconds: the median is then a lower bound
        result.gave_up = not times
        times.append(limit)
    except Exception as exc:  # rdflib's engine fails on some valid queries
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if not (result.gave_up or result.error):
        result.ms, result.runs = statistics.median(times) * 1000, len(times)
    return result


def judge(case: Case, limit: float) -> None:
    ox_ms = case.oxigraph.ms
    if ox_ms is None:
        return
    case.fast_enough = ox_ms <= MAX_MS
    if case.rdflib.ms is not None:
        case.ratio = case.rdflib.ms / ox_ms
    elif case.rdflib.gave_up:
        case.ratio, case.ratio_is_lower_bound = limit * 1000 / ox_ms, True
    if case.ratio is not None and (case.ratio >= MIN_RATIO or not case.ratio_is_lower_bound):
        case.faster_enough = case.ratio >= MIN_RATIO  # a lower bound below the target decides nothing


def run_case(case: Case, text: str, store: LocalStore, ds: Dataset, args: argparse.Namespace) -> None:
    case.oxigraph = measure(lambda: len(store.query(text).rows), args.runs, args.limit, alarm=False)
    case.rdflib = measure(lambda: len(ds.query(text)), args.runs, args.limit, alarm=True)
    judge(case, args.limit)


# -- report ---------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "date": dt.date.today().isoformat(),
        "system": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__,
        "rdflib": rdflib.__version__,
        "load_average_start": os.getloadavg()[0],
    }


def _ms(engine: Engine, limit: float) -> str:
    if engine.gave_up:
        return f"> {limit * 1000:,.0f}"
    if engine.error:
        return "fails"
    return "—" if engine.ms is None else f"{engine.ms:,.1f}"


def _yes(flag: bool | None) -> str:
    return "—" if flag is None else "yes" if flag else "no"


def table(found: list[Case], limit: float) -> list[str]:
    lines = [
        f"| query | oxigraph median ms | rdflib median ms | ratio | ≤{MAX_MS} ms | ≥{MIN_RATIO}× | rows |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in found:
        ratio = "—" if c.ratio is None else f"{'> ' if c.ratio_is_lower_bound else ''}{c.ratio:,.1f}"
        rows = "—" if c.oxigraph.rows is None else f"{c.oxigraph.rows:,}"
        if c.rdflib.rows is not None and c.rdflib.rows != c.oxigraph.rows:
            rows += f" (rdflib {c.rdflib.rows:,})"
        lines.append(
            f"| {c.name} | {_ms(c.oxigraph, limit)} | {_ms(c.rdflib, limit)} | {ratio} "
            f"| {_yes(c.fast_enough)} | {_yes(c.faster_enough)} | {rows} |"
        )
    return lines


def summary(info: dict[str, Any], found: list[Case], limit: float) -> list[str]:
    fast = sum(bool(c.fast_enough) for c in found)
    faster = sum(bool(c.faster_enough) for c in found)
    failed = [c.name for c in found if c.rdflib.error]
    return [
        f"{info['date']}, {info['system']}, {info['cpus']} CPUs, Python {info['python']}, "
        f"pyoxigraph {info['pyoxigraph']}, rdflib {info['rdflib']}; load average "
        f"{info['load_average_start']:.2f} at the start, {info['load_average_end']:.2f} at the end",
        f"{info['releases']:,} synthetic releases: {info['quads']:,} quads, {info['triples']:,} distinct "
        f"triples; generated in {info['generate_s']:.0f} s, built in {info['build_s']:.0f} s "
        f"(peak {info['build_peak_mb']:,.0f} MB)",
        f"load: pyoxigraph {info['oxigraph_load_s']:.1f} s bulk load + {info['oxigraph_optimize_s']:.1f} s "
        f"compaction (the build's store: {info['store_mb']:,.0f} MB on disk), rdflib "
        f"{info['rdflib_load_s']:.1f} s (+{info['rdflib_rss_mb']:,.0f} MB resident; peak of this process "
        f"{info['peak_mb']:,.0f} MB)",
        f"median of up to {info['runs']} runs per engine; ≤ {MAX_MS} ms on the embedded store: {fast} of "
        f"{len(found)} cases; ≥ {MIN_RATIO}× faster than rdflib: {faster} of {len(found)}; rdflib given up "
        f"after {limit:g} s in {sum(c.rdflib.gave_up for c in found)} (the ratio is then a lower bound) "
        f"and failed in {len(failed)}{': ' + ', '.join(failed) if failed else ''}",
    ]


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def measure_all(args: argparse.Namespace) -> tuple[dict[str, Any], list[Case]]:
    """Build, load rdflib, run every case: the figures and the cases measured."""
    info = machine() | {"releases": args.releases, "runs": args.runs, "limit_s": args.limit}
    with tempfile.TemporaryDirectory(prefix="iqgraph-query-engines-") as tmp:
        work = Path(tmp)
        print(f"building {args.releases} synthetic releases in {work} …", file=sys.stderr)
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
            info |= child.submit(build_corpus, args.releases, work).result()
        nquads = work / "build" / "iqgraph.nq"
        info |= {"quads": count_lines(nquads), "store_mb": folder_mb(work / "build" / "store")}
        print(f"{info['quads']:,} quads; loading them into pyoxigraph and rdflib …", file=sys.stderr)
        info |= load_oxigraph(nquads, work / "load")
        ds, loaded = load_rdflib(nquads)
        info |= loaded
        store, found = LocalStore(work / "build"), []
        for case, text in cases(ds):
            print(f"{case.name} …", file=sys.stderr)
            run_case(case, text, store, ds, args)
            found.append(case)
    info["load_average_end"] = os.getloadavg()[0]
    info["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return info, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=3000, help="synthetic releases (default 3000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query and engine (default 5)")
    parser.add_argument(
        "--limit", type=float, default=20, help="seconds before rdflib is given up (default 20)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args(argv)
    if args.releases < 1 or args.runs < 1 or args.limit <= 0:
        parser.error("--releases and --runs must be at least 1, --limit above 0")
    info, found = measure_all(args)
    if args.json:
        print(json.dumps(info | {"cases": [asdict(c) | {"name": c.name} for c in found]}, indent=2))
    else:
        print("\n".join([*summary(info, found, args.limit), "", *table(found, args.limit)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
