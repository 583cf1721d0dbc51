#!/usr/bin/env python3
"""Build time and size of the site `iqgraph publish` writes, for a build of synthetic releases.

    python benchmarks/synth.py 10000 /tmp/synth10k
    iqgraph build /tmp/synth10k/releases --out /tmp/build10k --jobs 2 --no-validate
    python benchmarks/publish_site.py /tmp/build10k /tmp/site10k [--runs 3]

Prints the median seconds of `publish` (and its CPU seconds: on a shared machine the wall time is mostly
waiting for the disk) and what the site holds: files, bytes (all, pages, dumps), the
largest page, the number of entity and release pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
from pathlib import Path

from harness import timed

from iqgraph.publish import publish


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="a build folder (iqgraph build --out)")
    parser.add_argument("site", type=Path, help="where to write the site (replaced)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    cpu = time.process_time()
    seconds, result = timed(lambda: publish(args.build, args.site), args.runs)
    cpu = (time.process_time() - cpu) / args.runs
    files = [p for p in args.site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    pages = [p for p in html if "id" in p.relative_to(args.site).parts]
    dumps = [p for p in files if p.relative_to(args.site).parts[0] == "dumps"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    print(
        f"{dt.date.today()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"publish: {seconds:.1f} s (median of {args.runs}), {cpu:.1f} s CPU; load average {load:.2f} at the start"
    )
    print(f"pages: {result.pages} entity and release pages, {len(html)} HTML files in all")
    print(f"site: {len(files)} files, {_size(files) / 2**20:.1f} MiB")
    print(
        f"  HTML {_size(html) / 2**20:.1f} MiB, of which entity/release pages {_size(pages) / 2**20:.1f} MiB"
    )
    print(f"  dumps {_size(dumps) / 2**20:.1f} MiB")
    print(f"  index.html {(args.site / 'index.html').stat().st_size / 2**10:.0f} KiB")
    print(f"  largest page {largest.relative_to(args.site)}: {largest.stat().st_size / 2**10:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
