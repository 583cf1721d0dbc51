"""The named queries on a ~1M-quad build: iqgraph's embedded store (pyoxigraph) against rdflib's in-memory store.

    python benchmarks/query_engines.py [--releases 3000] [--runs 5] [--limit 20] [--json]

Writes N seeded synthetic releases (benchmarks/synth.py) into a temporary folder and builds them with
`iqgraph.build(..., BuildOptions(validate=False, view=False, jobs=2))` in a child process (so the build's
memory is not counted against rdflib's). The build's embedded store (`<out>/store`, opened with
`LocalStore`, as `iqgraph query` does) is one engine; the other is rdflib's `Dataset(default_union=True)`
parsing the same `<out>/iqgraph.nq`. Every named query runs on both with the union of all graphs as
default graph, as `iqgraph query NAME [--param …]` runs it (`named_queries.answer`: the parameter resolved
from the name a user types, the rows ordered and cut to the first page of 100, the rows after it counted):
once with no parameter bound (unless one is required), and, for a query with parameters, once more with
one bound to a name found in the build. Each case runs up to --runs times per engine, fewer once its runs
have taken --limit seconds in all; an rdflib run is given up after --limit seconds (SIGALRM), and the
ratio is then a lower bound. Prints the median latency per engine (and the embedded store's median CPU
time, which other work on the machine moves less), the ratio and whether the issue's targets hold (a
bound query ≤ 50 ms, an unbound one's first page ≤ 100 ms on the embedded store, ≥ 10 × faster than
rdflib), with the load times, memory, machine, date and load. Nothing is written into the repository and
nothing is asserted. 3,000 releases give about 0.8 M quads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
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
from rdflib.namespace import DCTERMS, RDF, RDFS

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402  (benchmarks/synth.py)

import iqgraph  # noqa: E402
from iqgraph.rdf.namespaces import IQ, ORG, SCHEMA  # noqa: E402
from iqgraph.store.embedded import LocalStore, QueryResult  # noqa: E402
from iqgraph.store.named_queries import (  # noqa: E402
    DEFAULT_PAGE,
    answer,
    bind,
    list_queries,
    load_query,
    resolve_params,
)

BOUND_MS, PAGE_MS = 50, 100  # the targets: a bound query's median, an unbound one's first page
MIN_RATIO = 10  # and the speed-up over rdflib


@dataclass
class Engine:
    """One engine's figures for one case: the median of the runs made, or why there is none."""

    ms: float | None = None
    cpu_ms: float | None = None  # this process's CPU time, which other work on the machine moves less
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
    fast_enough: bool | None = (
        None  # ≤ BOUND_MS (a bound query) or PAGE_MS (a first page) on the embedded store
    )
    faster_enough: bool | None = None  # ≥ MIN_RATIO × rdflib

    @property
    def name(self) -> str:
        return " ".join([self.query, *(f'{k}="{v}"' for k, v in self.binding.items())])

    @property
    def target_ms(self) -> int:
        return BOUND_MS if self.binding else PAGE_MS


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


def most_published(ds: Dataset) -> str:
    """The publisher most releases name."""
    counts = Counter(str(o) for o in ds.objects(None, DCTERMS.publisher))
    return min(counts, key=lambda p: (-counts[p], p))


# Per query, the parameter bound and how its value is found: the node most often in that position, so
# each value is a real one with many facts (a demanding case, not a lucky one).
PICKS: dict[str, tuple[str, Callable[[Dataset], str]]] = {
    "about": ("entity", lambda ds: most(ds, SCHEMA.creator, kind=IQ.Person)),
    "co-appearance": ("person", lambda ds: most(ds, IQ.speakerAt, of="subject", kind=IQ.Person)),
    "events": ("place", lambda ds: most(ds, IQ.locatedIn, kind=IQ.Place, by=IQ.Event)),
    "funders": ("org", lambda ds: most(ds, IQ.fundedBy, of="subject")),
    "officials": ("person", lambda ds: most(ds, ORG.member, kind=IQ.Person)),
    "paths": ("ministry", lambda ds: most(ds, IQ.fundedBy, kind=IQ.Ministry, by=IQ.Programme)),
    "quotes": ("person", lambda ds: most(ds, SCHEMA.creator, kind=IQ.Person)),
    "releases-per-year": ("publisher", most_published),
    "role-timeline": ("person", lambda ds: most(ds, ORG.member, kind=IQ.Person)),
    "subprojects": ("network", lambda ds: most(ds, IQ.partOf, kind=IQ.StateNetwork)),
    "which-sentence-says": ("predicate", most_stated),
}


def cases(ds: Dataset) -> list[Case]:
    """Each named query unbound (unless a parameter is required), and bound as PICKS says when it has
    parameters."""
    todo = []
    for q in list_queries():
        if not any(p.required for p in q.params):
            todo.append(Case(q.name, {}))
        if q.params and q.name in PICKS:
            param, pick = PICKS[q.name]
            todo.append(Case(q.name, {param: pick(ds)}))
        elif q.params:
            print(f"{q.name}: no value to bind its parameters to; measured unbound only", file=sys.stderr)
    return todo


# -- timing ---------------------------------------------------------------------------------------------


def _give_up(_signum: int, _frame: object) -> None:
    raise TimeoutError


def measure(run: Callable[[], int], runs: int, limit: float, alarm: bool) -> Engine:
    """Up to `runs` runs, fewer once they have taken `limit` seconds in all; with `alarm`, a run is given
    up after `limit` seconds (SIGALRM). `run` returns the number of rows."""
    result, times, cpu = Engine(), [], []
    previous = signal.signal(signal.SIGALRM, _give_up)
    # no garbage collection inside a timed run, as timeit does: the times are the query's, and the alarm never
    # interrupts a collection's callback (where the TimeoutError would be lost as "unraisable")
    collecting = gc.isenabled()
    gc.disable()
    try:
        while len(times) < runs and sum(times) < limit:
            start, start_cpu = time.perf_counter(), time.process_time()
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, limit)
            result.rows = run()
            signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    except TimeoutError:  # a later run given up counts as `limit` seconds: the median is then a lower bound
        result.gave_up = not times
        times.append(limit)
    except Exception as exc:  # rdflib's engine fails on some valid queries
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if collecting:
            gc.enable()
    if not (result.gave_up or result.error):
        result.ms, result.runs = statistics.median(times) * 1000, len(times)
        result.cpu_ms = statistics.median(cpu) * 1000
    return result


def judge(case: Case, limit: float) -> None:
    ox_ms = case.oxigraph.ms
    if ox_ms is None:
        return
    case.fast_enough = ox_ms <= case.target_ms
    if case.rdflib.ms is not None:
        case.ratio = case.rdflib.ms / ox_ms
    elif case.rdflib.gave_up:
        case.ratio, case.ratio_is_lower_bound = limit * 1000 / ox_ms, True
    if case.ratio is not None and (case.ratio >= MIN_RATIO or not case.ratio_is_lower_bound):
        case.faster_enough = case.ratio >= MIN_RATIO  # a lower bound below the target decides nothing


def rdflib_ask(ds: Dataset) -> Callable[[str], QueryResult]:
    def ask(text: str) -> QueryResult:
        found = ds.query(text)
        variables = [str(v) for v in found.vars or []]
        return QueryResult("select", variables, [tuple(row) for row in found])  # type: ignore[arg-type]

    return ask


def first_page(store: LocalStore, case: Case) -> int:
    """`iqgraph query NAME [--param …]` on the embedded store: the first page's rows."""
    query = load_query(case.query)
    answered = answer(store.query, store.term_rows, query, query.text, case.binding, DEFAULT_PAGE, 0)
    return len(answered.result.rows)


def first_page_by_rdflib(ds: Dataset, case: Case) -> int:
    """The same with rdflib, as a SPARQL client would ask it: the names resolved by the same lookups, the
    bound query whole, its first page cut after (iqgraph's two steps lean on Oxigraph's evaluation, and
    rdflib answers some of their forms wrongly: OPTIONAL sub-selects started from a VALUES block)."""
    query, ask = load_query(case.query), rdflib_ask(ds)
    resolved = resolve_params(query, case.binding, ask)
    rows = ask(bind(query, {r.name: r.term for r in resolved})).rows
    return len(rows[:DEFAULT_PAGE])


def run_case(case: Case, store: LocalStore, ds: Dataset, args: argparse.Namespace) -> None:
    case.oxigraph = measure(lambda: first_page(store, case), args.runs, args.limit, alarm=False)
    case.rdflib = measure(lambda: first_page_by_rdflib(ds, case), args.runs, args.limit, alarm=True)
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
        "| query | oxigraph median ms | of it CPU ms | rdflib median ms | ratio | target ms | met | "
        f"≥{MIN_RATIO}× | rows |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for c in found:
        ratio = "—" if c.ratio is None else f"{'> ' if c.ratio_is_lower_bound else ''}{c.ratio:,.1f}"
        rows = "—" if c.oxigraph.rows is None else f"{c.oxigraph.rows:,}"
        if c.rdflib.rows is not None and c.rdflib.rows != c.oxigraph.rows:
            rows += f" (rdflib {c.rdflib.rows:,})"
        cpu = "—" if c.oxigraph.cpu_ms is None else f"{c.oxigraph.cpu_ms:,.1f}"
        lines.append(
            f"| {c.name} | {_ms(c.oxigraph, limit)} | {cpu} | {_ms(c.rdflib, limit)} | {ratio} "
            f"| {c.target_ms} | {_yes(c.fast_enough)} | {_yes(c.faster_enough)} | {rows} |"
        )
    return lines


def summary(info: dict[str, Any], found: list[Case], limit: float) -> list[str]:
    fast = sum(bool(c.fast_enough) for c in found)
    bound = [c for c in found if c.binding]
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
        f"median of up to {info['runs']} runs per engine; on target on the embedded store (bound ≤ "
        f"{BOUND_MS} ms: {sum(bool(c.fast_enough) for c in bound)} of {len(bound)}, first page ≤ {PAGE_MS} ms: "
        f"{fast - sum(bool(c.fast_enough) for c in bound)} of {len(found) - len(bound)}); "
        f"≥ {MIN_RATIO}× faster than rdflib: {faster} of {len(found)}; rdflib given up "
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
        for case in cases(ds):
            print(f"{case.name} …", file=sys.stderr)
            run_case(case, store, ds, args)
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
