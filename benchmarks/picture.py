"""How long a network picture takes and how large it is: `iqgraph view --format svg|png` through Graphviz.

    python benchmarks/picture.py [--runs 3] [--store DIR] [--corpus DIR] [--sizes 5000] [--json]

Measures render_picture (DOT written in Python, drawn by Debian's Graphviz) on
1. the dev corpus's build (built into a temporary folder from --corpus, default ../shared/corpus/dev, unless
   --store names a build), as the overview (without persons, events, places) and whole;
2. synthetic networks (benchmarks/synthetic_network.py) of --sizes nodes, as the overview and whole.
For each: nodes and ties drawn, the layout engine chosen (dot up to HIERARCHY_EDGE_LIMIT ties, else sfdp), the
median seconds and the bytes of SVG and PNG, and the PNG's pixels.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import timed  # noqa: E402
from synthetic_network import synthetic_network  # noqa: E402

import iqgraph  # noqa: E402
from iqgraph.network.picture import PictureOptions, layout_engine, picture_graph, render_picture  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
SIZES = (5000,)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(name: str, g: Any, overview: bool, runs: int) -> dict[str, Any]:
    """Median seconds and bytes of the SVG and the PNG of one network."""
    shown, untied = picture_graph(g, overview)
    row: dict[str, Any] = {
        "network": name,
        "overview": overview,
        "nodes": shown.number_of_nodes(),
        "ties": shown.number_of_edges(),
        "untied_left_out": untied,
        "engine": layout_engine(shown),
    }
    options = PictureOptions(title=name, overview=overview)
    for fmt in ("svg", "png"):
        log(f"{name} ({'overview' if overview else 'whole'}): {fmt} ...")
        seconds, picture = timed(lambda fmt=fmt: render_picture(g, fmt, options), runs)
        row[f"{fmt}_s"], row[f"{fmt}_bytes"] = seconds, len(picture)
        if fmt == "png":
            row["png_pixels"] = "x".join(str(v) for v in struct.unpack(">II", picture[16:24]))
    return row


def dev_network(store: Path | None, corpus: Path, tmp: Path) -> Any:
    if store is None:
        if not corpus.is_dir():
            sys.exit(f"no dev corpus at {corpus}: pass --corpus DIR or --store BUILD")
        store = tmp / "dev"
        log(f"building {corpus} into {store} ...")
        iqgraph.build([corpus], store, iqgraph.BuildOptions(validate=False, view=False))
    return iqgraph.load_network(store)


def machine() -> dict[str, Any]:
    version = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False).stderr.strip()
    return {
        "date": time.strftime("%Y-%m-%d"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "graphviz": version,
        "iqgraph": iqgraph.__version__,
    }


def report(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        f"{m['date']}, {m['platform']}, {m['cpus']} CPUs, Python {m['python']}, {m['graphviz']}, "
        f"median of {result['runs']} runs",
        "",
        "| network | shown | nodes | ties | engine | SVG s | SVG KB | PNG s | PNG KB | PNG pixels |",
        "|---|---|---:|---:|---|---:|---:|---:|---:|---|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['network']} | {'overview' if r['overview'] else 'whole'} | {r['nodes']:,} | {r['ties']:,} "
            f"| {r['engine']} | {r['svg_s']:.1f} | {r['svg_bytes'] / 1024:,.0f} | {r['png_s']:.1f} "
            f"| {r['png_bytes'] / 1024:,.0f} | {r['png_pixels']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--store", type=Path, help="a build of the dev corpus (else one is built)")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="the dev corpus to build")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="synthetic network sizes")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        dev = dev_network(args.store, args.corpus, Path(tmp))
        rows += [measure("dev corpus", dev, overview, args.runs) for overview in (True, False)]
    for size in args.sizes:
        g = synthetic_network(size, seed=0)
        rows += [measure(f"synthetic {size:,}", g, overview, args.runs) for overview in (True, False)]
    result = {"machine": machine(), "runs": args.runs, "rows": rows}
    print(json.dumps(result, indent=2) if args.json else report(result), end="\n" if args.json else "")


if __name__ == "__main__":
    main()
