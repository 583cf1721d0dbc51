"""The network view in a real browser (headless Chromium via Playwright), as a user meets it.

The page must load without a single request beyond its own file, draw what the network holds, and its
search, filters and details panel must show the right things. Payloads from a release must stay text.

Skipped when Debian's Chromium (/usr/bin/chromium) or the playwright package is missing; with
IQGRAPH_REQUIRE_BROWSER=1 (as in CI) that is a failure instead. No browser is ever downloaded.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from test_labels import breaks_only_between_words

from conftest import DEV_CORPUS, SEED, load_benchmark, skip_module_without_browser
from iqgraph.cli import main
from iqgraph.network.from_store import NetworkFilter, _in_window, apply_filter, load_network
from iqgraph.network.view import VIEW_FILE, ViewOptions, first_shown, render_view, write_view
from iqgraph.pipeline import BuildOptions, build
from iqgraph.store.embedded import LocalStore
from iqgraph.vocab import DETAIL_TYPES

_harness = load_benchmark("harness")
CHROMIUM, CHROMIUM_ARGS, VIEWPORT = Path(_harness.CHROMIUM), _harness.CHROMIUM_ARGS, _harness.VIEWPORT


def _synthetic() -> Any:
    return load_benchmark("synthetic_network")


try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

_MISSING = skip_module_without_browser(sync_playwright is not None, CHROMIUM)


# Fixtures ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if _MISSING:  # only reached when IQGRAPH_REQUIRE_BROWSER=1
        pytest.fail(f"IQGRAPH_REQUIRE_BROWSER=1 but {_MISSING}", pytrace=False)
    assert sync_playwright is not None
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Build:
    out: Path
    network: nx.MultiDiGraph

    @property
    def page(self) -> Path:
        return self.out / VIEW_FILE


def _build(inputs: list[Path], out: Path) -> Build:
    build(inputs, out, BuildOptions(validate=False))
    return Build(out, load_network(LocalStore(out)))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return _build([SEED], tmp_path_factory.mktemp("seed") / "out")


# Opening a page and recording everything it does --------------------------------------------------------

# Runs before the page's scripts: the page's own CSP cannot block it, and it sees every violation.
RECORDER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""
# Waits poll functions: Playwright evaluates a string predicate with eval() on every poll after the first,
# which the page's CSP (no 'unsafe-eval') refuses; a function is evaluated once and then called.
READY = "() => window.iqgraphView && iqgraphView.ready && iqgraphView.stabilized"


@dataclass
class View:
    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # uncaught exceptions and console errors

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def drawn(self) -> dict[str, int]:
        result: dict[str, int] = self.js("iqgraphView.drawn()")
        return result

    def labels(self) -> list[str]:
        return sorted(self.js("iqgraphView.nodes.get().map(n => n.name)"))

    def details(self) -> str:
        return str(self.page.text_content("#details"))

    def node_id(self, label: str) -> int:
        found = self.js("l => iqgraphView.nodes.get().filter(n => n.name === l).map(n => n.id)", label)
        assert len(found) == 1, (label, found)
        return int(found[0])

    def show_everything(self) -> None:
        """Unfold people, events and places, and keep untied nodes: the whole network, as the filters leave it."""
        self.page.check("#show-details")
        self.page.uncheck("#hide-untied")
        self.page.wait_for_function("() => !iqgraphView.moving", timeout=30_000)

    def click_node(self, label: str) -> None:
        """A real mouse click on the node's centre, as a user does it (unfolding the details if need be);
        the mouse then rests on the node, where its tooltip opens."""
        if label not in self.labels():
            self.show_everything()
        node = self.node_id(label)
        self.js("iqgraphView.network.unselectAll()")
        point = self.point(node)
        assert point["hit"] == node, f"{label!r} is covered by node {point['hit']} at {point}"
        self.page.mouse.click(point["x"], point["y"])
        assert self.js("iqgraphView.network.getSelectedNodes()") == [node]
        assert self.page.text_content("#details h2") == label
        self.page.wait_for_function("() => !iqgraphView.moving", timeout=30_000)
        point = self.point(node)  # the panel opened beside the canvas: people may have settled anew
        self.page.mouse.move(point["x"] + 1, point["y"])

    def point(self, node: int) -> dict[str, Any]:
        """Where a node is on the page, and which node a click there hits."""
        point: dict[str, Any] = self.js(
            """id => {
              const net = iqgraphView.network, p = net.canvasToDOM(net.getPosition(id));
              const r = document.querySelector("#network canvas").getBoundingClientRect();
              return {x: r.left + p.x, y: r.top + p.y, hit: net.getNodeAt(p)};
            }""",
            node,
        )
        return point

    def click_edge(self, edge_id: int) -> None:
        self.js("id => iqgraphView.network.emit('click', {nodes: [], edges: [id]})", edge_id)

    def problems(self) -> dict[str, Any]:
        """Everything that must be empty after any interaction."""
        return {
            "requests": [u for u in self.requests if u != self.url],
            "failed": self.failed,
            "errors": self.errors,
            "csp": self.js("window.__csp"),
            "pwned": self.js("typeof window.__pwned === 'undefined' ? null : window.__pwned"),
        }


def assert_clean(view: View) -> None:
    assert view.problems() == {"requests": [], "failed": [], "errors": [], "csp": [], "pwned": None}
    assert view.requests == [view.url]  # the page itself and nothing else


def open_view(browser: Browser, path: Path) -> Iterator[View]:
    page = browser.new_page(viewport=VIEWPORT)
    view = View(page, path.resolve().as_uri())
    page.on("request", lambda r: view.requests.append(r.url))
    page.on("requestfailed", lambda r: view.failed.append(f"{r.url}: {r.failure}"))
    page.on("pageerror", lambda e: view.errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: view.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.add_init_script(RECORDER)
    try:
        page.goto(view.url)
        page.wait_for_function(READY, timeout=30_000)
        yield view
    finally:
        page.close()


@pytest.fixture
def opened(browser: Browser) -> Iterator[Any]:
    """opened(path) -> a View of the loaded page; closed after the test."""
    stack: list[Iterator[View]] = []

    def open_(path: Path) -> View:
        gen = open_view(browser, path)
        stack.append(gen)
        return next(gen)

    yield open_
    for gen in stack:
        gen.close()


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def network_labels(g: nx.MultiDiGraph) -> list[str]:
    return sorted(label for _, label in g.nodes(data="label"))


def counts(g: nx.MultiDiGraph) -> dict[str, int]:
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


# 1. The build's page ----------------------------------------------------------------------------------


def test_the_seed_page_loads_offline_and_draws_the_whole_network(seed: Build, opened: Any) -> None:
    view = opened(seed.page)
    assert_clean(view)
    stats = json.loads(invoke("stats", "--store", str(seed.out), "--format", "json"))
    overview = seed.network.subgraph(first_shown(seed.network))
    assert view.drawn() == counts(overview) and 0 < len(overview) < len(seed.network)
    assert view.labels() == network_labels(overview)
    assert not {t for _, t in overview.nodes(data="type")} & set(DETAIL_TYPES)  # people etc. folded
    view.show_everything()
    assert view.drawn() == counts(seed.network) == {"nodes": stats["nodes"], "edges": stats["edges"]}
    assert view.labels() == network_labels(seed.network)
    assert view.page.text_content("#counts") == (
        f"{stats['nodes']} von {stats['nodes']} Knoten, {stats['edges']} von {stats['edges']} Verbindungen"
    )
    # the recorder is not blind: an image from elsewhere is refused by the page's CSP, and reported
    view.js(
        "() => { const i = document.createElement('img'); i.src = 'https://example.org/x.png'; document.body.append(i); }"
    )
    view.page.wait_for_function("() => window.__csp.length > 0")
    assert view.js("window.__csp") == ["img-src https://example.org/x.png"]
    assert view.requests == [view.url, "https://example.org/x.png"]
    assert len(view.failed) == 1 and view.failed[0].startswith("https://example.org/x.png: ")
    assert "csp" in view.failed[0].lower()  # Chromium names the reason: "csp" or net::ERR_BLOCKED_BY_CSP


# 2.-4. Filters ----------------------------------------------------------------------------------------


def test_the_focus_view_draws_the_neighbourhood(seed: Build, opened: Any, tmp_path: Path) -> None:
    page = tmp_path / "f.html"
    invoke("view", "--store", str(seed.out), "--focus", "Alev Deniz", "--depth", "1", "-o", str(page))
    expected = apply_filter(seed.network, NetworkFilter(focus="Alev Deniz", depth=1))
    assert 1 < len(expected) < len(seed.network)
    view = opened(page)
    assert view.drawn() == counts(expected)
    assert view.labels() == network_labels(expected)
    assert view.page.text_content("#details h2") == "Alev Deniz"  # the focus is selected on opening
    assert_clean(view)


def test_the_types_option_draws_only_those_types(seed: Build, opened: Any, tmp_path: Path) -> None:
    page = tmp_path / "t.html"
    invoke("view", "--store", str(seed.out), "--types", "Ministry,Programme", "-o", str(page))
    expected = apply_filter(seed.network, NetworkFilter(types=("Ministry", "Programme")))
    view = opened(page)
    assert set(view.js("iqgraphView.nodes.get().map(n => n.type)")) == {"Ministry", "Programme"}
    assert view.drawn() == counts(expected) and expected.number_of_edges() > 0
    assert view.labels() == network_labels(expected)
    assert_clean(view)


def test_unchecking_a_type_hides_its_nodes_and_their_ties(seed: Build, opened: Any) -> None:
    g = seed.network
    others = tuple(sorted({t for _, t in g.nodes(data="type")} - {"Person"}))
    without = apply_filter(g, NetworkFilter(types=others))
    people = [label for _, label in g.nodes(data="label") if g.nodes[_]["type"] == "Person"]
    assert people and without.number_of_edges() < g.number_of_edges()
    view = opened(seed.page)
    view.show_everything()
    box = '#types input[type=checkbox][data-name="Person"]'
    view.page.uncheck(box)
    view.page.wait_for_function("n => iqgraphView.drawn().nodes === n", arg=len(without))
    assert view.drawn() == counts(without)
    assert view.labels() == network_labels(without)
    assert not set(people) & set(view.labels())
    assert view.page.text_content("#counts", timeout=1000).startswith(f"{len(without)} von {len(g)} Knoten")
    view.page.check(box)
    view.page.wait_for_function("n => iqgraphView.drawn().nodes === n", arg=len(g))
    assert view.drawn() == counts(g)
    assert_clean(view)


LATER = (
    "---\ntitle: Fachtag in Bremen\ndate: 2019-04-12\n---\n"
    "Pressemitteilung 3/19: Fachtag des IQ Netzwerks Bremen am 12.04.2019\n\n"
    "Am 12.04.2019 veranstaltet das IQ Netzwerk Bremen einen Fachtag in Bremen. "
    "Das IQ Netzwerk Bremen wird durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert.\n"
)


def _set_range(view: View, selector: str, year: int) -> None:
    """Move a range slider as a drag does: set its value and fire input."""
    view.js(
        "([s, y]) => { const i = document.querySelector(s); i.value = y; i.dispatchEvent(new Event('input')); }",
        [selector, year],
    )


def _window(g: nx.MultiDiGraph, spec: NetworkFilter) -> dict[str, Any]:
    """What the page should show for a time window, by network._in_window: dated nodes, their dated ties."""
    nodes = {n for n in g if _in_window(g.nodes[n], spec)}
    edges = [e for e in g.edges(keys=True) if _in_window(g.edges[e], spec) and {e[0], e[1]} <= nodes]
    expected = {
        "nodes": len(nodes),
        "edges": len(edges),
        "labels": sorted(g.nodes[n]["label"] for n in nodes),
    }
    filtered = apply_filter(g, spec)  # the CLI's --since/--until agree
    assert expected == {**counts(filtered), "labels": network_labels(filtered)}
    return expected


def test_the_time_sliders_hide_what_lies_outside_the_years(
    opened: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("time")
    (folder / "bremen.md").write_text(LATER, encoding="utf-8")
    built = _build([SEED, folder / "bremen.md"], folder / "out")
    g = built.network
    view = opened(built.page)
    view.show_everything()
    assert view.page.is_visible("#time")
    low = int(view.js("document.querySelector('#year-from').min"))
    high = int(view.js("document.querySelector('#year-to').max"))
    assert low <= 2017 and high >= 2019

    def shown() -> dict[str, Any]:
        return {**view.drawn(), "labels": view.labels()}

    # from 2018 on: what was last seen before 2018 (the seed's 2017 reception and its speakers) goes
    since = _window(g, NetworkFilter(since=dt.date(2018, 1, 1)))
    assert {"Alev Deniz", "Elke Breitenbach"} <= set(network_labels(g)) - set(since["labels"])
    _set_range(view, "#year-from", 2018)
    assert shown() == since
    assert view.page.text_content("#year-from-value") == "2018"
    # back to the start, and up to 2016: what was first seen after 2016 goes
    _set_range(view, "#year-from", low)
    _set_range(view, "#year-to", 2016)
    until = _window(g, NetworkFilter(until=dt.date(2016, 12, 31)))
    assert until["nodes"] < len(g) and "Alev Deniz" not in until["labels"]
    assert shown() == until
    _set_range(view, "#year-to", high)
    assert view.drawn() == counts(g)
    assert_clean(view)


# 5.-6. Search and details -------------------------------------------------------------------------------


def test_searching_an_abbreviation_selects_the_ministry(seed: Build, opened: Any) -> None:
    view = opened(seed.page)
    view.page.fill("#search", "BMAS")
    view.page.press("#search", "Enter")
    ministry = "Bundesministerium für Arbeit und Soziales"
    assert view.page.text_content("#details h2") == ministry
    assert "auch: BMAS" in view.details()
    assert view.js("iqgraphView.network.getSelectedNodes()") == [view.node_id(ministry)]
    assert view.page.text_content("#search-result") == ""
    view.page.fill("#search", "Ministerium für Zauberei")
    view.page.press("#search", "Enter")
    assert view.page.text_content("#search-result") == "nicht gefunden"
    assert_clean(view)


def _seed_sentence(start: str) -> str:
    """The seed sentence starting with `start`, spaces normalised."""
    text = " ".join(SEED.read_text(encoding="utf-8").split())
    match = re.search(re.escape(start) + r"[^.]*\.", text)
    assert match, start
    return match.group(0)


def test_clicking_a_tie_shows_the_sentence_it_comes_from(seed: Build, opened: Any) -> None:
    view = opened(seed.page)
    ministry = view.node_id("Bundesministerium für Arbeit und Soziales")
    ids = view.js(
        "m => iqgraphView.edges.get().filter(e => e.relation === 'fundedBy' && e.to === m).map(e => e.id)",
        ministry,
    )
    assert len(ids) == 1
    view.click_edge(ids[0])
    shown = " ".join(view.details().split())
    assert (
        "Integration durch Qualifizierung — gefördert von → Bundesministerium für Arbeit und Soziales"
        in shown
    )
    assert _seed_sentence("Das Programm wird aus den Mitteln") in shown
    assert "Pressemitteilung 5/17" in shown  # the release it comes from
    assert_clean(view)


# 7. Payloads stay text --------------------------------------------------------------------------------

PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "</script><script>window.__pwned=3</script>",
)
HOSTILE = f"""---
title: "Pressemitteilung 1/18: {PAYLOADS[0]} Empfang"
date: 2018-03-01
source: javascript:window.__pwned=4
---
Pressemitteilung 1/18: {PAYLOADS[0]} Empfang des IQ Landesnetzwerks Hamburg am 01.03.2018

Zu einem Empfang in Hamburg bittet am 1. März 2018 das IQ Landesnetzwerk Hamburg. Gefördert wird das IQ Landesnetzwerk Hamburg {PAYLOADS[2]} seit Jahren vom Bundesministerium für Arbeit und Soziales (BMAS).

Maria Schmidt, Leiterin des IQ Landesnetzwerks Hamburg: „Wir sagen {PAYLOADS[1]} und {PAYLOADS[2]} zu allen Gästen des Empfangs.“

So sagte Jana Berg vom IQ Netzwerk Hamburg: „{PAYLOADS[1]}“
"""


def _carriers(g: nx.MultiDiGraph, text: str) -> tuple[list[str], list[int]]:
    """Labels of the nodes and the view's ids of the edges whose data contains `text`."""
    nodes = [d["label"] for _, d in sorted(g.nodes(data=True)) if text in json.dumps(d, ensure_ascii=False)]
    edges = [
        i
        for i, (*_, d) in enumerate(sorted(g.edges(keys=True, data=True)))
        if text in json.dumps(d, ensure_ascii=False)
    ]
    return nodes, edges


def test_payloads_in_a_release_stay_text(opened: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    built = _build([folder / "hostile.txt"], folder / "out")
    g = built.network
    # the payloads really reach the network, so this test cannot pass by the extractor dropping them
    title_nodes, title_edges = _carriers(g, PAYLOADS[0])
    img_nodes, img_edges = _carriers(g, "<img src=x onerror=")
    _, closing_edges = _carriers(g, PAYLOADS[2])
    assert title_nodes and title_edges and img_edges and closing_edges
    assert "Maria Schmidt" in img_nodes  # her quote
    html = built.page.read_text(encoding="utf-8")
    assert not any(p in html for p in PAYLOADS) and "<img src=x" not in html
    view = opened(built.page)
    for label in sorted(set(title_nodes + img_nodes)):
        view.click_node(label)
        shown = view.details()
        assert PAYLOADS[0] in shown  # the release title, as text
        if label in img_nodes:
            assert "<img src=x onerror=" in shown
    for edge in sorted(set(title_edges + img_edges + closing_edges)):
        view.click_edge(edge)
        assert PAYLOADS[0] in view.details()
    view.click_edge(closing_edges[0])
    assert PAYLOADS[2] in view.details()
    view.click_edge(img_edges[0])
    assert PAYLOADS[1] in view.details()
    assert view.js("document.querySelectorAll('#details *:is(img, script, a[href^=javascript])').length") == 0
    # hovering Maria Schmidt shows her quote in the tooltip, as text
    view.click_node("Maria Schmidt")
    view.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<img src=x onerror=" in str(view.page.text_content("div.vis-tooltip"))
    assert view.js("document.querySelectorAll('div.vis-tooltip :not(br)').length") == 0  # lines only
    for query in ("Maria Schmidt", PAYLOADS[1], PAYLOADS[2]):
        view.page.fill("#search", query)
        view.page.press("#search", "Enter")
    assert view.js("document.querySelectorAll('img').length") == 0
    assert view.js("document.scripts.length") == 3  # the data block, vis-network and the view's own
    assert_clean(view)


def test_payloads_in_every_field_of_a_network_stay_text(opened: Any, tmp_path: Path) -> None:
    """What the extractor does not produce today (labels, aliases, role titles, links) is safe too."""
    g = _synthetic().synthetic_network(60, seed=1)
    person = next(n for n, t in g.nodes(data="type") if t == "Person")
    data = g.nodes[person]
    data["label"] = f"Maria {PAYLOADS[1]}"
    data["aliases"] = [PAYLOADS[2]]
    data["roles"] = [{"title": PAYLOADS[0], "organisation": PAYLOADS[2], "first": None, "last": None}]
    data["links"] = [{"url": "javascript:window.__pwned=7", "label": "Wikidata"}]
    data["iri"] = "javascript:window.__pwned=8"
    s, o, key = next(iter(g.out_edges(person, keys=True)))
    g.edges[s, o, key]["label"] = PAYLOADS[2]
    page = write_view(g, tmp_path / "payloads.html", ViewOptions(title=PAYLOADS[2]))
    assert not any(p in page.read_text(encoding="utf-8") for p in PAYLOADS)
    view = opened(page)
    assert view.page.title() == PAYLOADS[2]
    view.click_node(data["label"])
    view.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert data["label"] in str(view.page.text_content("div.vis-tooltip"))
    view.page.fill("#search", PAYLOADS[2])  # by its alias
    view.page.press("#search", "Enter")
    shown = view.details()
    assert view.page.text_content("#details h2") == data["label"]
    for text in (*PAYLOADS, "javascript:window.__pwned=7", "javascript:window.__pwned=8"):
        assert text in shown, text
    assert view.js("document.querySelectorAll('#details a').length") == 0  # a javascript: link is not a link
    assert view.js(
        f"Array.from(document.querySelectorAll('#labels option')).some(o => o.value === {json.dumps(data['label'])})"
    )
    assert view.js("document.querySelectorAll('img, div.vis-tooltip :not(br)').length") == 0
    assert_clean(view)


# 8.-9. Large graphs and screenshots -----------------------------------------------------------------------


def test_a_large_network_is_drawn_at_once_without_physics(opened: Any, tmp_path: Path) -> None:
    g = _synthetic().synthetic_network(1500)
    html = render_view(g)
    match = re.search(r'<script type="application/json" id="iqgraph-data">(.*?)</script>', html, re.S)
    assert match
    payload = json.loads(match.group(1))
    assert payload["physics"] is False and payload["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in payload["nodes"])  # positions precomputed in Python
    page = tmp_path / "large.html"
    page.write_text(html, encoding="utf-8")
    view = opened(page)
    assert view.js("iqgraphView.stabilized && iqgraphView.readyAt > 0")
    assert view.drawn() == counts(g.subgraph(first_shown(g)))  # the overview: organisations first
    view.show_everything()
    assert view.drawn() == counts(g) == {"nodes": 1500, "edges": g.number_of_edges()}
    assert_clean(view)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _png_pixels(data: bytes) -> bytes:
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            chunks.append(data[pos + 8 : pos + 8 + length])
        pos += 12 + length
    return zlib.decompress(b"".join(chunks))


def test_a_screenshot_of_the_view(seed: Build, opened: Any, tmp_path: Path) -> None:
    view = opened(seed.page)
    shot = tmp_path / "seed.png"
    view.page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert _png_size(data) == (VIEWPORT["width"], VIEWPORT["height"])
    assert len(set(_png_pixels(data))) > 16  # not a blank page: the network and legend are drawn
    assert_clean(view)


# 10. Issue 14: overview first, focus on topic, German panel, fitting, keyboard ----------------------------


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Build:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not at {DEV_CORPUS}")
    return _build([DEV_CORPUS], tmp_path_factory.mktemp("dev") / "out")


LEGIBLE_PX = 11  # screen pixels a label needs at 1280×800 to be read without zooming


def _label_pixels(view: View, ids: list[int]) -> dict[int, float]:
    """Each node's label size on screen: its font size in canvas units times the view's scale."""
    result: dict[str, float] = view.js(
        """ids => { const s = iqgraphView.network.getScale();
          return Object.fromEntries(ids.map(id => [id, iqgraphView.nodes.get(id).font.size * s])); }""",
        ids,
    )
    return {int(k): v for k, v in result.items()}


def test_the_dev_overview_names_the_programme_networks_and_funders_legibly(dev: Build, opened: Any) -> None:
    g = dev.network
    view = opened(dev.page)
    assert_clean(view)
    assert view.page.text_content("#show-details") is not None and not view.page.is_checked("#show-details")
    drawn = set(view.labels())
    networks = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "StateNetwork"}
    funders = {g.nodes[o]["label"] for _, o, r in g.edges(data="relation") if r == "fundedBy"}
    assert {"Integration durch Qualifizierung", *networks} <= drawn
    assert funders & drawn == {f for f in funders if f in network_labels(g.subgraph(first_shown(g)))}
    assert not {d["label"] for _, d in g.nodes(data=True) if d["type"] in DETAIL_TYPES} & drawn
    key = [view.node_id(label) for label in sorted({"Integration durch Qualifizierung", *networks})]
    assert min(_label_pixels(view, key).values()) >= LEGIBLE_PX
    # the main structure in the middle: the programme near the canvas centre
    point = view.point(view.node_id("Integration durch Qualifizierung"))
    box = view.js(
        "(() => { const r = document.querySelector('#network').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()"
    )
    assert (
        abs(point["x"] - (box[0] + box[2] / 2)) < box[2] / 5
        and abs(point["y"] - (box[1] + box[3] / 2)) < box[3] / 5
    )


def test_a_wider_overview_names_its_key_nodes_legibly_too(opened: Any, tmp_path: Path) -> None:
    """48 state networks (the dev corpus has 25): the overview is wider and fits at a smaller scale, where
    the base key font drew 8.6 px; the key font grows with the extent, and the labels still do not meet."""
    g = _synthetic().synthetic_network(400, networks=48)
    view = opened(write_view(g, tmp_path / "wide.html"))
    funders = {o for _, o, r in g.edges(data="relation") if r in ("fundedBy", "implementationPartner")}
    key = sorted(
        g.nodes[n]["label"]
        for n in first_shown(g)
        if g.nodes[n]["type"] in ("Programme", "StateNetwork") or n in funders
    )
    assert len(key) > 50
    assert min(_label_pixels(view, [view.node_id(label) for label in key]).values()) >= LEGIBLE_PX
    assert set(key) <= set(_drawn_lines(view))  # drawn, not left out as too small
    assert view.js(OVERLAPPING_LABELS) == 0
    assert_clean(view)


def test_berlin_stays_on_topic_unless_asked(dev: Build, opened: Any, tmp_path: Path) -> None:
    page = tmp_path / "berlin.html"
    invoke("view", "--store", str(dev.out), "--focus", "IQ Landesnetzwerk Berlin", "-o", str(page))
    g = dev.network
    focused = apply_filter(g, NetworkFilter(focus="IQ Landesnetzwerk Berlin"))
    networks = [d["label"] for _, d in focused.nodes(data=True) if d["type"] == "StateNetwork"]
    assert networks == ["IQ Landesnetzwerk Berlin"]
    assert "Integration durch Qualifizierung" in network_labels(focused)  # a hub tied to Berlin: shown
    wide = apply_filter(g, NetworkFilter(focus="IQ Landesnetzwerk Berlin", through_hubs=True))
    assert sum(1 for _, t in wide.nodes(data="type") if t == "StateNetwork") > 10
    view = opened(page)
    assert view.page.text_content("#details h2") == "IQ Landesnetzwerk Berlin"
    assert set(view.labels()) <= set(network_labels(focused))
    assert view.page.text_content("#title") == "IQ-Förderstruktur um IQ Landesnetzwerk Berlin (2 Schritte)"
    assert_clean(view)


def test_the_node_panel_lists_ties_dates_and_titles_in_german(dev: Build, opened: Any) -> None:
    view = opened(dev.page)
    view.page.fill("#search", "BMAS")
    view.page.press("#search", "Enter")
    shown = " ".join(view.details().split())
    assert "Ministerium" in shown and "Ministry" not in shown
    assert "Verbindungen" in shown and "fördert" in shown and "Integration durch Qualifizierung" in shown
    assert re.search(r"seit \d{4}", shown) and "null" not in shown and "undefined" not in shown
    assert re.search(r"\d+ Quellen?", shown)
    assert "source source" not in shown and "https://w3id.org/iqgraph/id/release/" not in shown
    # a tie's source count opens the tie with its dated sentences
    view.page.click("#details button.meta")
    assert "Belege" in view.details() and view.page.text_content("#details h2").count("→") == 1
    assert_clean(view)


def test_english_with_lang_en(seed: Build, opened: Any, tmp_path: Path) -> None:
    page = tmp_path / "en.html"
    invoke("view", "--store", str(seed.out), "--lang", "en", "-o", str(page))
    view = opened(page)
    assert view.js("document.documentElement.lang") == "en"
    assert "state network" in view.page.text_content("#types")
    assert "funded by" in view.page.text_content("#relations")
    view.page.fill("#search", "Zauberei")
    view.page.press("#search", "Enter")
    assert view.page.text_content("#search-result") == "not found"
    assert_clean(view)


def _visible_box(view: View) -> dict[str, float]:
    """The canvas units on screen now."""
    box: dict[str, float] = view.js(
        """(() => { const net = iqgraphView.network, c = document.querySelector('#network canvas');
          const a = net.DOMtoCanvas({x: 0, y: 0}), b = net.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
          return {left: a.x, top: a.y, right: b.x, bottom: b.y}; })()"""
    )
    return box


def _all_on_screen(view: View) -> bool:
    box = _visible_box(view)
    positions = view.js("iqgraphView.network.getPositions(iqgraphView.nodes.getIds())")
    return all(
        box["left"] <= p["x"] <= box["right"] and box["top"] <= p["y"] <= box["bottom"]
        for p in positions.values()
    )


def test_search_then_filters_fit_the_view_and_untied_nodes_go(seed: Build, opened: Any) -> None:
    view = opened(seed.page)
    assert _all_on_screen(view)
    view.page.fill("#search", "Alev Deniz")  # a person: folded in the overview, unfolded by the search
    view.page.press("#search", "Enter")
    assert view.page.text_content("#details h2") == "Alev Deniz" and "Alev Deniz" in view.labels()
    # the panel sits beside the canvas, never over it
    canvas = view.page.locator("#network").bounding_box()
    panel = view.page.locator("#details").bounding_box()
    assert canvas and panel and canvas["x"] + canvas["width"] <= panel["x"] + 0.5
    view.page.uncheck('#relations input[data-name="partOf"]')
    assert _all_on_screen(view)  # refitted after the filter
    drawn = view.js("iqgraphView.nodes.getIds()")
    ties = view.js("iqgraphView.edges.get().flatMap(e => [e.from, e.to])")
    assert set(drawn) - set(ties) <= set(view.js("[...iqgraphView.network.getSelectedNodes()]")) | {
        view.node_id("Alev Deniz")
    }  # nobody left standing without a tie, but the one searched for
    before = len(drawn)
    view.page.uncheck("#hide-untied")
    assert len(view.js("iqgraphView.nodes.getIds()")) > before
    assert_clean(view)


def test_the_year_sliders_move_with_the_arrow_keys(seed: Build, opened: Any) -> None:
    view = opened(seed.page)
    view.show_everything()
    end = int(view.page.input_value("#year-to"))
    shown = view.drawn()
    view.page.focus("#year-to")
    for _ in range(3):
        view.page.keyboard.press("ArrowLeft")
    assert int(view.page.input_value("#year-to")) == end - 3
    assert view.page.text_content("#year-to-value") == str(end - 3)
    view.page.keyboard.press("Home")
    first = int(view.page.input_value("#year-to"))
    until = _window(seed.network, NetworkFilter(until=dt.date(first, 12, 31)))
    assert {**view.drawn(), "labels": view.labels()} == until and until["nodes"] < shown["nodes"]
    view.page.keyboard.press("End")
    assert view.drawn() == shown
    assert_clean(view)


# 11. Labels whole, nothing under the panel ---------------------------------------------------------------


def _drawn_lines(view: View) -> dict[str, list[str]]:
    """Each drawn label (by the name as written) as vis-network laid it out in lines on the canvas."""
    lines: dict[str, list[str]] = view.js(
        """() => Object.fromEntries(iqgraphView.nodes.get().map(n => [n.name, iqgraphView.network.body.nodes[n.id].labelModule])
          .filter(([_, label]) => label.visible())
          .map(([name, label]) => [name, label.lines.map(line => line.blocks.map(b => b.text).join(""))]))"""
    )
    return lines


# Pairs of drawn labels whose boxes (as vis-network measured them on the canvas) overlap.
OVERLAPPING_LABELS = """() => {
  const boxes = iqgraphView.nodes.getIds().map(id => iqgraphView.network.body.nodes[id].labelModule)
    .filter(label => label.visible()).map(label => label.getSize());
  let pairs = 0;
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
    if (a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height) pairs++;
  }));
  return pairs;
}"""


def test_labels_break_between_words_only_and_rarely_meet(dev: Build, opened: Any, tmp_path: Path) -> None:
    berlin = tmp_path / "berlin.html"
    invoke("view", "--store", str(dev.out), "--focus", "IQ Landesnetzwerk Berlin", "-o", str(berlin))
    # measured before labels were given room: 4 overlapping pairs in the overview, 8 in Berlin's view; Berlin's
    # view allows 3 since it shows the network's coordination office and its carrier (206: "TP 1: Koordination")
    for page, overlaps in ((dev.page, 0), (berlin, 3)):
        view = opened(page)
        lines = _drawn_lines(view)
        assert len(lines) >= 20
        assert {
            name: drawn for name, drawn in lines.items() if not breaks_only_between_words(name, drawn)
        } == {}
        assert sum(len(drawn) > 1 for drawn in lines.values()) >= 5  # long names do wrap
        assert view.js(OVERLAPPING_LABELS) <= overlaps


def _on_canvas(view: View) -> dict[int, bool]:
    """Per drawn node: whether its centre lies on the canvas, left of the details panel when it is open."""
    panel = view.page.locator("#details").bounding_box() if view.page.is_visible("#details") else None
    canvas = view.page.locator("#network").bounding_box()
    assert canvas
    right = min(canvas["x"] + canvas["width"], panel["x"] if panel else math.inf)
    return {
        node: canvas["x"] <= p["x"] <= right and canvas["y"] <= p["y"] <= canvas["y"] + canvas["height"]
        for node in view.js("iqgraphView.nodes.getIds()")
        for p in [view.point(node)]
    }


def test_no_node_sits_under_the_details_panel(dev: Build, opened: Any) -> None:
    view = opened(dev.page)
    assert all(_on_canvas(view).values())
    view.click_node("IQ Landesnetzwerk Berlin")  # at the overview's right edge, beside the panel's place
    assert view.page.is_visible("#details") and all(_on_canvas(view).values())
    view.page.click("#close-details")
    assert not view.page.is_visible("#details") and all(_on_canvas(view).values())
    # zoomed in by the reader: what was on screen stays on screen when the panel opens
    box = view.page.locator("#network").bounding_box()
    assert box
    view.page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + box["height"] / 2)
    view.page.mouse.wheel(0, -400)
    view.page.wait_for_timeout(300)
    seen = {node for node, on in _on_canvas(view).items() if on}
    assert 0 < len(seen) < len(view.js("iqgraphView.nodes.getIds()"))
    programme = view.node_id("Integration durch Qualifizierung")
    view.js("id => iqgraphView.network.emit('click', {nodes: [id], edges: []})", programme)
    assert view.page.is_visible("#details")
    assert {node for node, on in _on_canvas(view).items() if on} >= seen
    view.page.click("#close-details")
    # searching a hub: its neighbours span the drawing, which stays whole beside the panel
    view.page.fill("#search", "Integration durch Qualifizierung")
    view.page.press("#search", "Enter")
    assert view.page.text_content("#details h2") == "Integration durch Qualifizierung"
    assert all(_on_canvas(view).values())
    # searching a person: the view comes closer to her and her ties
    view.page.fill("#search", "Alev Deniz")
    view.page.press("#search", "Enter")
    person = view.node_id("Alev Deniz")
    assert _on_canvas(view)[person] and not all(_on_canvas(view).values())
    assert_clean(view)
