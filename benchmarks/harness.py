"""What the benchmarks and the browser tests share: a median timer and how Chromium is started here."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

CHROMIUM = "/usr/bin/chromium"  # Debian's package; no browser is ever downloaded
# Without the networking switches Chromium calls Google hosts at start; the sandbox needs a non-root user.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 800}


def timed(action: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """The median wall time of `runs` calls, in seconds, and the last call's result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result
