"""`iqgraph serve --site`: entity IRIs answered by Accept (303 to the document), the site's files and the
SPARQL endpoint from one process, started as a user starts it and stopped by SIGTERM with its server."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from conftest import Site

SERVE = "import sys; from iqgraph.cli import main; sys.argv[0] = 'iqgraph'; main()"
ALEV = "id/person/alev-deniz"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _start_serve(site: Site) -> subprocess.Popen[str]:
    """`iqgraph serve --store BUILD --site SITE` in its own process, as a user starts it."""
    command = [sys.executable, "-c", SERVE, "serve", "--store", str(site.build), "--site", str(site.site)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def served(shipped_site: Site) -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = _start_serve(shipped_site)
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert found, line + process.stderr.read()  # type: ignore[union-attr]
    try:
        yield process, found.group()
    finally:
        process.kill()
        process.communicate()


def _get(url: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


@pytest.mark.parametrize(
    ("accept", "variant"),
    [
        ("text/html,application/xhtml+xml,*/*;q=0.8", ".html"),
        (None, ".html"),
        ("text/turtle", ".ttl"),
        ("application/ld+json", ".jsonld"),
    ],
)
def test_an_entity_iri_is_answered_by_accept(
    served: tuple[subprocess.Popen[str], str], shipped_site: Site, accept: str | None, variant: str
) -> None:
    base = served[1]
    status, headers, _ = _get(base + ALEV, accept)
    assert status == 303
    assert headers["Location"] == f"/{ALEV}{variant}" and headers["Vary"] == "Accept"
    status, headers, body = _get(base + ALEV + variant)
    assert status == 200
    assert body == (shipped_site.site / f"{ALEV}{variant}").read_bytes()
    if variant == ".ttl":
        assert headers["Content-Type"].startswith("text/turtle")
        assert len(Graph().parse(data=body.decode(), format="turtle")) > 0


def test_the_site_and_the_endpoint_share_the_port(served: tuple[subprocess.Popen[str], str]) -> None:
    base = served[1]
    status, headers, body = _get(base)
    assert status == 200 and b"<title>" in body and headers["Content-Type"].startswith("text/html")
    status, _, body = _get(
        base + "query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "application/sparql-results+json"
    )
    assert status == 200 and b"true" in body
    for escape in ("../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "id/person/nobody"):
        assert _get(base + escape)[0] == 404, escape


def test_sigterm_stops_serve_and_its_server(shipped_site: Site) -> None:
    process = _start_serve(shipped_site)
    try:
        assert process.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline())
        assert found
        assert _get(found.group())[0] == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                _get(found.group() + "query?query=ASK%7B%7D")
            except OSError:
                break
            time.sleep(0.1)
        with pytest.raises(OSError):
            _get(found.group() + "query?query=ASK%7B%7D")
    finally:
        process.kill()
        process.communicate()


@pytest.mark.parametrize("trial", range(3))
def test_sigterm_right_after_the_first_line_still_stops_the_server(shipped_site: Site, trial: int) -> None:
    """A stop while serve is still printing its lines (the site's line comes second) stops it cleanly too."""
    process = _start_serve(shipped_site)
    try:
        assert process.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline())
        assert found
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        with pytest.raises(OSError):
            _get(found.group() + "query?query=ASK%7B%7D")
    finally:
        process.kill()
        process.communicate()


def test_serve_without_a_published_site_says_publish_first(tmp_path: Path, shipped_site: Site) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SERVE, "serve", "--store", str(shipped_site.build), "--site", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and "iqgraph publish" in done.stderr
