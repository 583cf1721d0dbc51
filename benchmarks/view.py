"""How large a network view can be: physics threshold and interactivity of large views, in headless Chromium.

    python benchmarks/view.py [--quick] [--json] [--runs 3] [--chromium /usr/bin/chromium]

Renders synthetic networks (benchmarks/synthetic_network.py, the schema of iqgraph.network.from_store.load_network)
with iqgraph.network.view.render_view and opens them in Debian's Chromium through Playwright (no browser download).
Times in the page are read from the page clock (performance.now(), 0 at navigation start), so they hold
what a reader waits for: reading the file, parsing, vis-network's setup and the first frame.

The page opens on the overview: organisations only, the details (people, events, places) folded until the
reader ticks "show people/events" (#show-details). Physics only ever moves details; positions come from
layout.py (rings up to RADIAL_LIMIT organisations, communities above, where nothing is fixed).
1. Physics threshold: networks of 100 to 800 nodes with physics ON; the time until vis-network's
   stabilisation is done on opening (iqgraphView.stabilizedAt), and the time from ticking #show-details
   until the details have settled (the simulation's next "stabilized"). The largest number of details that
   settles within ~1.5-2 s justifies PHYSICS_NODE_LIMIT in src/iqgraph/network/view.py.
2. Large views as rendered by default (physics off above the limit): 500, 2,000 and 5,000 nodes; HTML
   generation time in Python (render_view, and of it layout.community_layout), file size, the time to the
   first frame drawn (iqgraphView.readyAt) and to the frame after #show-details. For the largest, with its
   details shown, the time a type filter takes (uncheck a type until the next frame) and a zoom/pan frame
   (moveTo until the next frame), plus a synchronous full redraw.
The issue's target: a 5,000-node view is interactive within 3 s.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, timed  # noqa: E402
from synthetic_network import synthetic_network  # noqa: E402

import iqgraph  # noqa: E402
from iqgraph.network.layout import community_layout  # noqa: E402
from iqgraph.network.view import (  # noqa: E402
    PHYSICS_NODE_LIMIT,
    RADIAL_LIMIT,
    ViewOptions,
    first_shown,
    render_view,
)
from iqgraph.vocab import DETAIL_TYPES  # noqa: E402

PHYSICS_SIZES = (100, 200, 300, 500, 800)  # up to 452 details, all laid out in rings
LARGE_SIZES = (500, 2000, 5000)
QUICK_PHYSICS_SIZES = (100, 300, 500)
QUICK_LARGE_SIZES = (500, 2000)
SETTLE_TARGET_MS = 1500
INTERACTIVE_TARGET_MS = 3000
PAGE_TIMEOUT_MS = 120_000

# Playwright re-evaluates a string predicate with eval() on every poll, which the page's CSP refuses;
# a function is evaluated once and then called.
STABILIZED = "() => window.iqgraphView && iqgraphView.ready && iqgraphView.stabilized"
READY = "() => window.iqgraphView && iqgraphView.ready"

# In-page measurements: a change, then the next frame vis-network draws (-1 when none comes within 10 s).
NEXT_FRAME = """
function nextFrame(change) {
  return new Promise(resolve => {
    const net = iqgraphView.network, t0 = performance.now();
    const timer = setTimeout(() => resolve(-1), 10000);
    net.once("afterDrawing", () => { clearTimeout(timer); resolve(performance.now() - t0); });
    change(net);
  });
}
"""
TOGGLE_TYPE = (
    "([name, checked]) => { "
    + NEXT_FRAME
    + """return nextFrame(() => {
    const box = document.querySelector('#types input[data-name="' + name + '"]');
    if (box.checked !== checked) box.click();
  }); }"""
)
MOVE = (
    "(k) => { "
    + NEXT_FRAME
    + """return nextFrame(net => net.moveTo({position: {x: 150 * k, y: -100 * k}, scale: 0.4 + 0.15 * k})); }"""
)
# Tick "show people/events": the time until the details have settled (physics) or been drawn (no physics).
SHOW_DETAILS = """() => new Promise(resolve => {
  const net = iqgraphView.network, t0 = performance.now();
  const timer = setTimeout(() => resolve(-1), 60000);
  const done = () => { clearTimeout(timer); resolve(performance.now() - t0); };
  net.once(net.physics.options.enabled ? "stabilized" : "afterDrawing", done);
  document.getElementById("show-details").click();
})"""
REDRAW = (
    "() => { const t0 = performance.now(); iqgraphView.network.redraw(); return performance.now() - t0; }"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def open_page(browser: Any, path: Path, until: str) -> Any:
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function(until, timeout=PAGE_TIMEOUT_MS, polling=50)
    if errors:
        raise RuntimeError(f"{path.name}: {errors}")
    return page


def counts(g: Any) -> dict[str, int]:
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def details_of(g: Any) -> int:
    return sum(1 for _, t in g.nodes(data="type") if t in DETAIL_TYPES)


def open_and_show(browser: Any, path: Path, g: Any, until: str) -> tuple[float, float, float]:
    """Open the page (the overview), then show the details: (first frame, stabilised, details shown) ms."""
    page = open_page(browser, path, until)
    ready, stabilized, drawn = page.evaluate(
        "[iqgraphView.readyAt, iqgraphView.stabilizedAt, iqgraphView.drawn()]"
    )
    assert drawn == counts(g.subgraph(first_shown(g))), (len(g), drawn)
    shown = page.evaluate(SHOW_DETAILS)
    page.close()
    return ready, stabilized or ready, shown


def physics_threshold(browser: Any, folder: Path, sizes: tuple[int, ...], runs: int) -> list[dict[str, Any]]:
    rows = []
    for n in sizes:
        g = synthetic_network(n)
        path = folder / f"physics-{n}.html"
        path.write_text(render_view(g, ViewOptions(physics=True)), encoding="utf-8")
        times = [open_and_show(browser, path, g, STABILIZED) for _ in range(runs)]
        row = {
            "nodes": n,
            "edges": g.number_of_edges(),
            "details": details_of(g),
            "layout": "rings" if n - details_of(g) <= RADIAL_LIMIT else "communities",
            "stabilized_ms": median([t[1] for t in times]),
            "details_settled_ms": median([t[2] if t[2] >= 0 else math.inf for t in times]),
            "runs_ms": [round(t[2]) for t in times],
        }
        log(
            f"physics on, {n} nodes: opened at {row['stabilized_ms']} ms, details settled in {row['details_settled_ms']} ms"
        )
        rows.append(row)
    return rows


def large_views(
    browser: Any, folder: Path, sizes: tuple[int, ...], runs: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    interaction: dict[str, Any] = {}
    for n in sizes:
        g = synthetic_network(n)
        generation, html = timed(lambda g=g: render_view(g), runs)
        layout, _ = timed(lambda g=g: community_layout(g), runs)
        path = folder / f"large-{n}.html"
        path.write_text(html, encoding="utf-8")
        ready, shown = [], []
        for run in range(runs):
            page = open_page(browser, path, STABILIZED)
            ready_at, drawn = page.evaluate("[iqgraphView.readyAt, iqgraphView.drawn()]")
            assert drawn == counts(g.subgraph(first_shown(g))), (n, drawn)
            ready.append(ready_at)
            shown.append(page.evaluate(SHOW_DETAILS))
            page.uncheck("#hide-untied")  # every node drawn, so the filter's counts below are exact
            page.wait_for_function("() => !iqgraphView.moving", timeout=PAGE_TIMEOUT_MS, polling=50)
            assert page.evaluate("iqgraphView.drawn()") == counts(g), n
            if n == max(sizes) and run == runs - 1:
                interaction = interact(page, g)
            page.close()
        row = {
            "nodes": n,
            "edges": g.number_of_edges(),
            "generation_s": round(generation, 2),
            "layout_s": round(layout, 2),
            "size_mb": round(len(html.encode("utf-8")) / 1e6, 1),
            "physics": n - details_of(g) <= RADIAL_LIMIT and details_of(g) <= PHYSICS_NODE_LIMIT,
            "overview_nodes": len(first_shown(g)),
            "first_frame_ms": median(ready),
            "details_shown_ms": median(shown),
        }
        log(
            f"{n} nodes: {row['generation_s']} s to generate, first frame at {row['first_frame_ms']} ms, "
            f"details shown in {row['details_shown_ms']} ms"
        )
        rows.append(row)
    return rows, interaction


def interact(page: Any, g: Any) -> dict[str, Any]:
    """Filter and zoom times on an open view (after its first frame)."""
    types: dict[str, int] = {}
    for _, t in g.nodes(data="type"):
        types[t] = types.get(t, 0) + 1
    biggest = max(types, key=lambda t: types[t])
    hide, show = [], []
    for _ in range(3):
        hide.append(page.evaluate(TOGGLE_TYPE, [biggest, False]))
        assert page.evaluate("iqgraphView.drawn().nodes") == len(g) - types[biggest]
        show.append(page.evaluate(TOGGLE_TYPE, [biggest, True]))
        assert page.evaluate("iqgraphView.drawn().nodes") == len(g)
    moves = [page.evaluate(MOVE, k) for k in range(1, 8)]
    redraws = [page.evaluate(REDRAW) for _ in range(5)]
    result = {
        "nodes": len(g),
        "filter_type": biggest,
        "filter_nodes": types[biggest],
        "filter_hide_ms": median(hide),
        "filter_show_ms": median(show),
        "move_frame_ms": median(moves),
        "redraw_ms": median(redraws),
    }
    if min(hide + show + moves) < 0:
        result["warning"] = "a change was not followed by a frame within 10 s"
    return result


def machine(browser_version: str) -> dict[str, Any]:
    return {
        "date": time.strftime("%Y-%m-%d"),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "chromium": browser_version,
        "iqgraph": iqgraph.__version__,
        "viewport": f"{VIEWPORT['width']}x{VIEWPORT['height']}",
    }


def report(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        f"{m['date']}, {m['platform']}, {m['cpus']} CPUs, Python {m['python']}, Chromium {m['chromium']}, "
        f"viewport {m['viewport']}, median of {result['runs']} runs",
        "",
        "Physics threshold (physics on; page clock from navigation start)",
        f"{'nodes':>6} {'edges':>6} {'details':>8} {'layout':>12} {'opened ms':>10} {'details settled ms':>19}",
    ]
    for r in result["physics"]:
        lines.append(
            f"{r['nodes']:>6} {r['edges']:>6} {r['details']:>8} {r['layout']:>12} {r['stabilized_ms']:>10.0f}"
            f" {r['details_settled_ms']:>19.0f}"
        )
    settles = result["details_settle_within_target"]
    lines += [
        f"most details settled within {SETTLE_TARGET_MS} ms: {settles or 'none measured'} "
        f"(PHYSICS_NODE_LIMIT is {PHYSICS_NODE_LIMIT} details)",
        "",
        "Large views (as rendered by default; positions from layout.py)",
        f"{'nodes':>6} {'edges':>6} {'physics':>8} {'overview':>9} {'generate s':>11} {'of it layout s':>15}"
        f" {'size MB':>8} {'first frame ms':>15} {'details shown ms':>17}",
    ]
    for r in result["large"]:
        lines.append(
            f"{r['nodes']:>6} {r['edges']:>6} {str(r['physics']):>8} {r['overview_nodes']:>9}"
            f" {r['generation_s']:>11.2f} {r['layout_s']:>15.2f} {r['size_mb']:>8.1f}"
            f" {r['first_frame_ms']:>15.0f} {r['details_shown_ms']:>17.0f}"
        )
    i = result["interaction"]
    if i:
        lines += [
            "",
            f"Interaction on {i['nodes']} nodes: hide {i['filter_type']} ({i['filter_nodes']} nodes) "
            f"{i['filter_hide_ms']:.0f} ms, show again {i['filter_show_ms']:.0f} ms; zoom/pan frame "
            f"{i['move_frame_ms']:.0f} ms; full redraw {i['redraw_ms']:.0f} ms",
        ]
    target = result["target"]
    if target["nodes"]:
        verdict = "met" if target["met"] else "NOT met"
        lines.append(
            f"Target: {target['nodes']} nodes interactive within {INTERACTIVE_TARGET_MS} ms: {verdict} "
            f"(first frame at {target['first_frame_ms']:.0f} ms)"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer and smaller sizes")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium executable")
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("benchmarks/view.py needs playwright (pip install -e '.[test]'); it uses Debian's Chromium")
    if not Path(args.chromium).is_file():
        sys.exit(f"no Chromium at {args.chromium} (Debian: apt-get install chromium; or pass --chromium)")
    physics_sizes = QUICK_PHYSICS_SIZES if args.quick else PHYSICS_SIZES
    large_sizes = QUICK_LARGE_SIZES if args.quick else LARGE_SIZES
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        try:
            physics = physics_threshold(browser, Path(tmp), physics_sizes, args.runs)
            large, interaction = large_views(browser, Path(tmp), large_sizes, args.runs)
            info = machine(browser.version)
        finally:
            browser.close()
    within = [r["details"] for r in physics if r["details_settled_ms"] <= SETTLE_TARGET_MS]
    biggest = large[-1] if large else None
    result = {
        "machine": info,
        "runs": args.runs,
        "physics": physics,
        "details_settle_within_target": max(within) if within else None,
        "physics_node_limit": PHYSICS_NODE_LIMIT,
        "large": large,
        "interaction": interaction,
        "target": {
            "nodes": biggest["nodes"] if biggest else None,
            "first_frame_ms": biggest["first_frame_ms"] if biggest else None,
            "met": bool(biggest and biggest["first_frame_ms"] <= INTERACTIVE_TARGET_MS),
        },
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(report(result), end="")


if __name__ == "__main__":
    main()
