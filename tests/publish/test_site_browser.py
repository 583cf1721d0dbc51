"""A published site served on loopback and crawled in headless Chromium, as a visitor meets it.

Every page must load without a console error and without a request beyond itself (the pages are
self-contained; the CSP forbids the rest), and every link inside the site must resolve. Text from a
hostile release must stay text. Skipped without Chromium or playwright, failed instead under
IQGRAPH_REQUIRE_BROWSER=1 (as in CI).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import Site, load_benchmark, publish_build, skip_module_without_browser

_harness = load_benchmark("harness")
CHROMIUM, CHROMIUM_ARGS = Path(_harness.CHROMIUM), _harness.CHROMIUM_ARGS

try:
    from playwright.sync_api import Browser, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

_MISSING = skip_module_without_browser(sync_playwright is not None, CHROMIUM)

PAYLOADS = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=2">')
HOSTILE = f"""---
title: "Pressemitteilung 1/18: {PAYLOADS[0]} Empfang"
date: 2018-03-01
publisher: "{PAYLOADS[1]}"
source: javascript:window.__pwned=4
---
Pressemitteilung 1/18: {PAYLOADS[0]} Empfang des IQ Landesnetzwerks Hamburg am 01.03.2018

Zu einem Empfang in Hamburg bittet am 1. März 2018 das IQ Landesnetzwerk Hamburg. Gefördert wird das IQ Landesnetzwerk Hamburg {PAYLOADS[0]} seit Jahren vom Bundesministerium für Arbeit und Soziales (BMAS).

Maria Schmidt, Leiterin des IQ Landesnetzwerks Hamburg: „Wir sagen {PAYLOADS[1]} zu allen Gästen des Empfangs.“
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if _MISSING:
        pytest.fail(f"IQGRAPH_REQUIRE_BROWSER=1 but {_MISSING}", pytrace=False)
    assert sync_playwright is not None
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _served(site: Path, prefix: str = "/some/host/path") -> Iterator[str]:
    """The site on 127.0.0.1 under `prefix` (relative links must work below any path)."""

    class Handler(_Quiet):
        def translate_path(self, path: str) -> str:
            inner = path.split("?", 1)[0]
            if not inner.startswith(prefix + "/"):
                return str(site / "does-not-exist")
            return super().translate_path(inner[len(prefix) :])

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}/"
    finally:
        server.shutdown()
        server.server_close()


def _crawl(browser: Browser, site: Path) -> dict[str, Any]:
    """Open every HTML page of the site; what went wrong, and every link found."""
    problems: list[str] = []
    links: dict[str, str] = {}  # link -> the page it is on
    with _served(site) as base:
        page = browser.new_page()
        current = {"url": ""}
        page.on(
            "request",
            lambda r: (
                problems.append(f"request {r.url} from {current['url']}") if r.url != current["url"] else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"pageerror {e} on {current['url']}"))
        page.on(
            "console",
            lambda m: problems.append(f"console {m.text} on {current['url']}") if m.type == "error" else None,
        )
        pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
        for relative in pages:
            current["url"] = base + relative
            response = page.goto(current["url"], wait_until="load")
            assert response is not None and response.status == 200, relative
            for href in page.eval_on_selector_all(
                "a[href]", "els => els.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
            ):
                links.setdefault(href.split("#", 1)[0], relative)
            if page.evaluate("typeof window.__pwned !== 'undefined'"):
                problems.append(f"a payload ran on {relative}")
        page.close()
        broken = [
            f"{link} (on {on})"
            for link, on in sorted(links.items())
            if link.startswith(base) and not _resolves(link)
        ]
        outside = sorted(
            link for link in links if link.startswith("http://127.0.0.1") and not link.startswith(base)
        )
        return {
            "pages": len(pages),
            "problems": problems,
            "broken": broken,
            "outside": outside,
            "links": links,
        }
    raise AssertionError("unreachable")


def _resolves(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.mark.parametrize("which", ["shipped_site", "dev_site"])
def test_every_page_loads_clean_and_every_link_resolves(
    which: str, browser: Browser, request: pytest.FixtureRequest
) -> None:
    published: Site = request.getfixturevalue(which)
    found = _crawl(browser, published.site)
    assert found["pages"] >= 15
    assert found["problems"] == []
    assert found["broken"] == []
    assert found["outside"] == []  # no link climbs above the site's folder
    linked = {urllib.parse.urlsplit(link).path.rsplit("/", 1)[-1] for link in found["links"]}
    assert {"void.ttl", "iqgraph.ttl.gz", "SHA256SUMS", "network.html", "iqgraph.rdf"} <= linked


def test_index_search_finds_an_entity_by_its_abbreviation(browser: Browser, shipped_site: Site) -> None:
    with _served(shipped_site.site) as base:
        page = browser.new_page()
        page.goto(base + "index.html")
        page.fill("#search", "bmas")
        results = page.eval_on_selector_all("#results a", "els => els.map(a => [a.textContent, a.href])")
        page.close()
        assert results == [
            [
                "Bundesministerium für Arbeit und Soziales",
                base + "id/ministry/bundesministerium-fuer-arbeit-und-soziales.html",
            ]
        ]


def test_a_hostile_release_stays_text_on_every_page(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    published = publish_build([tmp_path / "hostile.txt"], tmp_path)
    release = next((published.site / "id" / "release").glob("*.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in release  # the payload reached the page, escaped
    assert "javascript:" not in release.replace(
        "javascript:window.__pwned=4</td>", ""
    )  # the source is no link
    found = _crawl(browser, published.site)
    assert found["problems"] == []
    assert not any(link.startswith("javascript:") for link in found["links"])
