"""The view page as a file: self-contained, strict about what may run, and safe with hostile text.

What the page does in a browser is tested in test_view_browser.py; these checks need no browser.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from conftest import REPO, SEED, load_benchmark
from iqgraph.network.fit import fit_scale
from iqgraph.network.from_store import load_network
from iqgraph.network.labels import label_box
from iqgraph.network.layout import community_layout
from iqgraph.network.view import (
    KEY_FONT,
    KEY_FONT_MAX,
    PHYSICS_NODE_LIMIT,
    RADIAL_LIMIT,
    ViewOptions,
    first_shown,
    render_view,
    script_json,
)
from iqgraph.pipeline import BuildOptions, build
from iqgraph.store.embedded import LocalStore
from iqgraph.vocab import DETAIL_TYPES

PAYLOADS = (
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "\u2028line separator & ampersand",
)


class Page(HTMLParser):
    """The tags, attributes and script blocks of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def csp(self) -> str:
        for tag, attrs in self.tags:
            if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
                return attrs["content"] or ""
        return ""


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("view")
    build([SEED], out, BuildOptions(validate=False))
    return (out / "iqgraph.html").read_text(encoding="utf-8")


def hostile_network() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, text in enumerate(PAYLOADS):
        g.add_node(
            f"https://example.org/{n}",
            label=text,
            type="Person",
            iri=f"https://example.org/{n}",
            aliases=[text],
            roles=[{"title": text, "organisation": text, "first": None, "last": None}],
            quotes=[{"text": text, "title": text, "release": "https://example.org/r"}],
            sources=[{"title": text, "sentence": text, "release": "https://example.org/r"}],
            links=[{"url": "javascript:window.__pwned=4", "label": text}],
            first=None,
            last=None,
        )
    g.add_edge(
        "https://example.org/0",
        "https://example.org/1",
        key="memberOf",
        relation="memberOf",
        label="member of",
        evidence=[{"sentence": PAYLOADS[0], "title": PAYLOADS[1]}],
        first=None,
        last=None,
    )
    return g


def test_the_page_loads_nothing_from_anywhere(seed_page: str) -> None:
    page = Page(seed_page)
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert not re.search(r"@import|url\((?!\"?data:)", seed_page), "CSS fetching something"
    csp = page.csp()
    assert "default-src 'none'" in csp and "img-src data:" in csp


def test_only_the_pages_own_scripts_may_run(seed_page: str) -> None:
    page = Page(seed_page)
    executable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2  # vis-network and the view
    allowed = set(re.findall(r"'sha256-([^']+)'", page.csp()))
    hashes = {base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() for text in executable}
    assert hashes == allowed
    assert "'unsafe-inline'" not in page.csp().split("script-src")[1].split(";")[0]


def test_the_data_block_carries_the_network(seed_page: str) -> None:
    page = Page(seed_page)
    [data] = [json.loads(text) for attrs, text in page.scripts if attrs.get("id") == "iqgraph-data"]
    assert len(data["nodes"]) == 11 and len(data["edges"]) == 15
    assert {n["name"] for n in data["nodes"]} >= {"Alev Deniz", "IQ Landesnetzwerk Berlin"}
    assert data["physics"] is True  # a small graph: the browser settles the people and events
    assert {t["name"] for t in data["types"]} >= {"Ministry", "StateNetwork", "Person"}


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    html = render_view(hostile_network(), ViewOptions(title="<b>Titel</b> & Co"))
    for payload in PAYLOADS[:2]:
        assert payload not in html
    assert "<b>Titel</b>" not in html and "&lt;b&gt;Titel&lt;/b&gt; &amp; Co" in html
    page = Page(html)
    assert len(page.scripts) == 3  # no script block was opened by the payloads
    [data] = [json.loads(text) for attrs, text in page.scripts if attrs.get("id") == "iqgraph-data"]
    assert {n["name"] for n in data["nodes"]} == set(PAYLOADS)  # shown as the text it is
    assert data["details"]["edges"]["0"]["evidence"][0]["sentence"] == PAYLOADS[0]


def test_script_json_cannot_close_its_block() -> None:
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_the_same_network_gives_the_same_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([SEED], out, BuildOptions(validate=False))
    g = load_network(LocalStore(out))
    assert render_view(g) == render_view(g)


def test_large_views_get_positions_and_no_physics() -> None:
    synthetic = load_benchmark("synthetic_network")
    n = 1500  # 642 organisations (above RADIAL_LIMIT) and 858 details (above PHYSICS_NODE_LIMIT)
    g = synthetic.synthetic_network(n)
    details = sum(1 for _, t in g.nodes(data="type") if t in DETAIL_TYPES)
    assert details > PHYSICS_NODE_LIMIT and n - details > RADIAL_LIMIT
    html = render_view(g)
    [data] = [json.loads(text) for attrs, text in Page(html).scripts if attrs.get("id") == "iqgraph-data"]
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert len(data["nodes"]) == n and all("x" in node and "y" in node for node in data["nodes"])
    positions = community_layout(g)
    assert positions == community_layout(g)  # seeded: the same graph, the same picture
    spread = {(round(x), round(y)) for x, y in positions.values()}
    assert len(spread) > 0.95 * n  # nodes do not pile up on one spot


def test_the_layout_is_the_same_in_every_process() -> None:
    """Louvain and subgraph views iterate sets of nodes, whose order follows each interpreter's hash seed:
    without numbered nodes, two builds of the same releases drew different pictures."""
    script = (
        "import importlib.util, json, sys\n"
        "from iqgraph.network.layout import community_layout\n"
        "spec = importlib.util.spec_from_file_location('synthetic_network', sys.argv[1])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "print(json.dumps(sorted(community_layout(module.synthetic_network(1000)).items())))\n"
    )
    pictures = {
        subprocess.run(
            [sys.executable, "-c", script, str(REPO / "benchmarks" / "synthetic_network.py")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(pictures) == 1


# The key font follows the overview's extent ------------------------------------------------------------

LEGIBLE_PX = 11  # as test_view_browser.py asks of the page in Chromium


def _data(html: str) -> dict[str, Any]:
    [data] = [json.loads(text) for attrs, text in Page(html).scripts if attrs.get("id") == "iqgraph-data"]
    return data


def _key_font_at_opening(g: nx.MultiDiGraph) -> tuple[int, float]:
    """The key font of `g`'s page and the scale the page opens at in a 1280×800 window, estimated from the
    page's own nodes as view.js fits them: its key labels are drawn, so their width counts."""
    opening = {g.nodes[n]["label"] for n in first_shown(g)}
    nodes = [n for n in _data(render_view(g))["nodes"] if n["name"] in opening]
    font = max(n["font"]["size"] for n in nodes)
    return font, fit_scale(
        [
            (n["x"], n["y"], label_box(n["label"], font, n["size"])[2] if n["font"]["size"] == font else 0.0)
            for n in nodes
        ]
    )


def test_a_wider_overview_draws_its_key_labels_in_a_larger_font() -> None:
    """48 state networks: the overview is wider than the dev corpus's (25) and fits at a smaller scale."""
    g = load_benchmark("synthetic_network").synthetic_network(400, networks=48)
    font, scale = _key_font_at_opening(g)
    assert KEY_FONT * scale < LEGIBLE_PX  # in the base font, the key labels would be drawn too small
    assert KEY_FONT < font <= KEY_FONT_MAX and font * scale >= LEGIBLE_PX
    assert render_view(g) == render_view(g)


def test_a_small_overview_keeps_the_base_key_font(seed_page: str) -> None:
    g = load_benchmark("synthetic_network").synthetic_network(400)  # the 16 Länder's networks
    font, scale = _key_font_at_opening(g)
    assert font == KEY_FONT and font * scale >= LEGIBLE_PX
    assert max(n["font"]["size"] for n in _data(seed_page)["nodes"]) == KEY_FONT
