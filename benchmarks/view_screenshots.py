"""The README's pictures of the network view, taken in headless Chromium at 1280×800.

    python benchmarks/view_screenshots.py BUILD [--out docs]

BUILD is a build folder (e.g. `iqgraph build /work/shared/corpus/dev --out /tmp/dev`). Writes
view-overview.png (the default page), view-berlin.png (`--focus "IQ Landesnetzwerk Berlin"`) and
view-panel.png (the overview after a search for Berlin's state network: its node panel open) into --out, and prints for each the
view's scale, the labels drawn and how many pairs of them overlap. Debian's Chromium through Playwright,
with the settings of harness.py; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import CHROMIUM, CHROMIUM_ARGS, VIEWPORT  # noqa: E402

from iqgraph.network.from_store import NetworkFilter, apply_filter, load_network  # noqa: E402
from iqgraph.network.view import ViewOptions, write_view  # noqa: E402
from iqgraph.store.embedded import LocalStore  # noqa: E402

READY = "() => window.iqgraphView && iqgraphView.ready && iqgraphView.stabilized"
# Drawn labels, and pairs of them whose boxes (as vis-network measured them on the canvas) overlap.
LABELS = """() => {
  const boxes = iqgraphView.nodes.getIds().map(id => iqgraphView.network.body.nodes[id].labelModule)
    .filter(label => label.visible()).map(label => label.getSize());
  let pairs = 0;
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
    if (a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height) pairs++;
  }));
  return [boxes.length, pairs];
}"""
FOCUS = "IQ Landesnetzwerk Berlin"
PANEL_NODE = "IQ Landesnetzwerk Berlin"


def pages(build: Path, work: Path) -> dict[str, tuple[Path, str | None]]:
    """name -> (page, the node whose panel to open or None)."""
    whole = load_network(LocalStore(build))
    berlin = apply_filter(whole, NetworkFilter(focus=FOCUS, depth=2))
    return {
        "view-overview": (write_view(whole, work / "overview.html", ViewOptions()), None),
        "view-berlin": (
            write_view(berlin, work / "berlin.html", ViewOptions(title=f"IQ-Förderstruktur um {FOCUS}")),
            None,
        ),
        "view-panel": (work / "overview.html", PANEL_NODE),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (page_file, node) in pages(args.build, Path(tmp)).items():
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(page_file.resolve().as_uri())
            page.wait_for_function(READY, timeout=60_000)
            if node:
                page.fill("#search", node)
                page.press("#search", "Enter")
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.out / f"{name}.png"))
            labels, overlaps = page.evaluate(LABELS)
            scale = round(page.evaluate("iqgraphView.network.getScale()"), 2)
            print(args.out / f"{name}.png", f"scale {scale}, {labels} labels drawn, {overlaps} pairs overlap")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
