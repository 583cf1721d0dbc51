"""How large a network view can be: physics threshold and interactivity of large views, in headless Chromium.

    python benchmarks/view.py [--quick] [--json] [--runs 3] [--chromium /usr/bin/chromium]

Renders synthetic networks (benchmarks/synthetic_network.py, the schema of iqgraph.network.from_store.load_network)
with iqgraph.network.view.render_view and opens them in Debian's Chromium through Playwright (no browser download).
Times in the page are read from the page clock (performance.now(), 0 at navigation start), so they hold
what a reader waits for: reading the file, parsing, vis-network's setup and the first frame.

1. Physics threshold: networks of 100 to 1,200 nodes with physics ON; the time until vis-network's
   stabilisation is done (iqgraphView.stabilizedAt), as rendered and with straight edges (the page's data
   block with edges.smooth false: "dynamic" smooth edges put a hidden node per edge into the simulation).
   The largest size that settles within ~1.5 s justifies PHYSICS_NODE_LIMIT in src/iqgraph/view.py.
2. Large views with physics OFF (positions from layout.py): 500, 2,000 and 5,000 nodes; HTML generation
   time in Python (render_view, and of it layout.community_layout), file size, and the time to the first
   frame drawn (iqgraphView.readyAt). For the largest, the time a type filter takes (uncheck a type until
   the next frame) and a zoom/pan frame (moveTo until the next frame), plus a synchronous full redraw.
The issue's target: a 5,000-node view is interactive within 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
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
from iqgraph.network.view import PHYSICS_NODE_LIMIT, ViewOptions, render_view, script_json  # noqa: E402

PHYSICS_SIZES = (100, 200, 300, 500, 800, 1200)
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


DATA_BLOCK = re.compile(r'(<script type="application/json" id="iqgraph-data">)(.*?)(</script>)', re.S)


def straight_edges(html: str) -> str:
    """The same page with straight edges: vis-network's "dynamic" smooth edges each add a hidden support
    node to the physics simulation. Only the data block changes (it is not a script, so no CSP hash)."""
    match = DATA_BLOCK.search(html)
    assert match, "no data block in the page"
    data = json.loads(match.group(2))
    data["options"]["edges"]["smooth"] = False
    return html[: match.start(2)] + script_json(data) + html[match.end(2) :]


def settle(browser: Any, path: Path, g: Any, runs: int) -> tuple[float, float, list[float]]:
    settled, first = [], []
    for _ in range(runs):
        page = open_page(browser, path, STABILIZED)
        at = page.evaluate("[iqgraphView.stabilizedAt, iqgraphView.readyAt, iqgraphView.drawn()]")
        page.close()
        assert at[2] == {"nodes": len(g), "edges": g.number_of_edges()}, (len(g), at[2])
        settled.append(at[0])
        first.append(at[1])
    return median(settled), median(first), [round(t) for t in settled]


def physics_threshold(browser: Any, folder: Path, sizes: tuple[int, ...], runs: int) -> list[dict[str, Any]]:
    rows = []
    for n in sizes:
        g = synthetic_network(n)
        html = render_view(g, ViewOptions(physics=True))
        path, straight = folder / f"physics-{n}.html", folder / f"physics-{n}-straight.html"
        path.write_text(html, encoding="utf-8")
        straight.write_text(straight_edges(html), encoding="utf-8")
        stabilized, first, runs_ms = settle(browser, path, g, runs)
        straight_ms, _, straight_runs = settle(browser, straight, g, runs)
        row = {
            "nodes": n,
            "edges": g.number_of_edges(),
            "stabilized_ms": stabilized,
            "first_frame_ms": first,
            "runs_ms": runs_ms,
            "straight_edges_stabilized_ms": straight_ms,
            "straight_edges_runs_ms": straight_runs,
        }
        log(f"physics on, {n} nodes: stabilised at {stabilized} ms ({straight_ms} ms with straight edges)")
        rows.append(row)
    return rows


def large_views(
    browser: Any, folder: Path, sizes: tuple[int, ...], runs: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    interaction: dict[str, Any] = {}
    for n in sizes:
        g = synthetic_network(n)
        generation, html = timed(lambda g=g: render_view(g, ViewOptions(physics=False)), runs)
        layout, _ = timed(lambda g=g: community_layout(g), runs)
        path = folder / f"large-{n}.html"
        path.write_text(html, encoding="utf-8")
        ready, wall = [], []
        for run in range(runs):
            start = time.perf_counter()
            page = open_page(browser, path, READY)
            wall.append((time.perf_counter() - start) * 1000)
            ready_at, drawn = page.evaluate("[iqgraphView.readyAt, iqgraphView.drawn()]")
            assert drawn == {"nodes": n, "edges": g.number_of_edges()}, (n, drawn)
            ready.append(ready_at)
            if n == max(sizes) and run == runs - 1:
                interaction = interact(page, g)
            page.close()
        row = {
            "nodes": n,
            "edges": g.number_of_edges(),
            "generation_s": round(generation, 2),
            "layout_s": round(layout, 2),
            "size_mb": round(len(html.encode("utf-8")) / 1e6, 1),
            "first_frame_ms": median(ready),
            "python_wall_ms": median(wall),
        }
        log(
            f"physics off, {n} nodes: {row['generation_s']} s to generate, first frame at {row['first_frame_ms']} ms"
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
        f"{'nodes':>6} {'edges':>6} {'stabilised ms':>14} {'first frame ms':>15} {'straight edges ms':>18}",
    ]
    for r in result["physics"]:
        lines.append(
            f"{r['nodes']:>6} {r['edges']:>6} {r['stabilized_ms']:>14.0f} {r['first_frame_ms']:>15.0f}"
            f" {r['straight_edges_stabilized_ms']:>18.0f}"
        )
    settles, straight = result["physics_settles_within_target"], result["straight_edges_settle_within_target"]
    lines += [
        f"largest size stabilised within {SETTLE_TARGET_MS} ms: {settles or 'none measured'} as rendered, "
        f"{straight or 'none measured'} with straight edges (PHYSICS_NODE_LIMIT is {PHYSICS_NODE_LIMIT})",
        "",
        "Large views (physics off, positions from layout.py)",
        f"{'nodes':>6} {'edges':>6} {'generate s':>11} {'of it layout s':>15} {'size MB':>8} {'first frame ms':>15}",
    ]
    for r in result["large"]:
        lines.append(
            f"{r['nodes']:>6} {r['edges']:>6} {r['generation_s']:>11.2f} {r['layout_s']:>15.2f} {r['size_mb']:>8.1f}"
            f" {r['first_frame_ms']:>15.0f}"
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
    within = [r["nodes"] for r in physics if r["stabilized_ms"] <= SETTLE_TARGET_MS]
    within_straight = [r["nodes"] for r in physics if r["straight_edges_stabilized_ms"] <= SETTLE_TARGET_MS]
    biggest = large[-1] if large else None
    result = {
        "machine": info,
        "runs": args.runs,
        "physics": physics,
        "physics_settles_within_target": max(within) if within else None,
        "straight_edges_settle_within_target": max(within_straight) if within_straight else None,
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
