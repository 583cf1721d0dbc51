"""Which engine answers the named queries faster: pyoxigraph's Store or rdflib's in-memory Dataset?

    python benchmarks/query_engines.py [--copies N] [--runs R]

Builds the dev corpus (../shared/corpus/dev) or, without it, the shipped release, and copies its release
graphs N times under new IRIs to reach a size where engines differ. Loads the same N-Quads into both engines
and runs every named query R times on each, union default graph on both. Prints the load time, the median
latency per query and engine, and their ratio. The embedded store (store.py) uses the faster one.
"""

from __future__ import annotations

import argparse
import platform
import signal
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import timed  # noqa: E402

import iqgraph  # noqa: E402
from iqgraph.queries import list_queries  # noqa: E402
from iqgraph.store import COMMON_PREFIXES  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "corpus" / "dev"


def corpus_nquads(copies: int) -> str:
    inputs = sorted(DEV.glob("*.txt")) if DEV.is_dir() else [REPO / "data" / "releases"]
    lines = iqgraph.build(inputs, options=iqgraph.BuildOptions(validate=False)).dataset.serialize(
        format="nquads"
    )
    copied = [lines.replace("/id/", f"/id/copy{n}/") for n in range(1, copies)]
    return "\n".join([lines, *copied])


def _give_up(_signum: int, _frame: object) -> None:
    raise TimeoutError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=20, help="seconds before an rdflib query is given up")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _give_up)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # figures appear as they are measured
    nquads = corpus_nquads(args.copies)
    start = time.perf_counter()
    oxi = ox.Store()
    oxi.bulk_load(nquads.encode(), ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - start
    start = time.perf_counter()
    rdf = Dataset(default_union=True)
    rdf.parse(data=nquads, format="nquads")
    rdf_load = time.perf_counter() - start
    print(f"{platform.machine()}, {platform.python_version()}, {time.strftime('%Y-%m-%d')}: {len(rdf)} quads")
    print(f"load: pyoxigraph {ox_load:.2f} s, rdflib {rdf_load:.2f} s")
    print(f"{'query':24s} {'pyoxigraph ms':>14s} {'rdflib ms':>10s} {'ratio':>7s}")
    ratios = []
    for q in list_queries():
        ox_time, _ = timed(
            lambda q=q: list(oxi.query(q.text, prefixes=COMMON_PREFIXES, use_default_graph_as_union=True)),
            args.runs,
        )
        try:
            signal.alarm(args.limit)  # rdflib plans some joins as cartesian products: give up after a while
            rdf_time, _ = timed(lambda q=q: list(rdf.query(q.text)), 1)
        except TimeoutError:
            print(f"{q.name:24s} {ox_time * 1000:14.1f} {'>' + str(args.limit) + ' s':>10s}")
            continue
        except Exception as exc:  # rdflib's engine fails on some valid queries (e.g. MIN over unbound values)
            print(f"{q.name:24s} {ox_time * 1000:14.1f} {'fails':>10s}  ({type(exc).__name__}: {exc})")
            continue
        finally:
            signal.alarm(0)
        ratios.append(rdf_time / ox_time)
        print(f"{q.name:24s} {ox_time * 1000:14.1f} {rdf_time * 1000:10.1f} {rdf_time / ox_time:7.1f}")
    print(f"median ratio rdflib/pyoxigraph: {statistics.median(ratios):.1f}")


if __name__ == "__main__":
    main()
