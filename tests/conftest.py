from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph

from iqgraph.extract import extract
from iqgraph.models import Release
from iqgraph.pipeline import BuildOptions, BuildResult, build
from iqgraph.rdf.dumps import merged_graph
from iqgraph.rdf.namespaces import DEFAULT_BASE
from iqgraph.reference import load_reference
from iqgraph.resolve import resolve

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "releases" / "000_df654fb46e4af0be.txt"
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"

# A second release beside the seed: another network, a subproject, a funder, a quote, another year.
HAMBURG_2013 = """---
title: Pressemitteilung 2/13: Neues Teilprojekt im IQ Netzwerk Hamburg
date: 2013-05-06
---
Pressemitteilung 2/13: Neues Teilprojekt im IQ Netzwerk Hamburg

Das Teilprojekt „Anerkennungsberatung Hamburg“ ist Teil des IQ Netzwerks Hamburg. Das IQ Netzwerk \
Hamburg wird aus Mitteln des Bundesministeriums für Arbeit und Soziales (BMAS) gefördert.

„Wir beraten jede Woche Menschen mit ausländischen Abschlüssen“, sagte Jana Schulte, Leiterin des IQ \
Netzwerks Hamburg.
"""


def load_benchmark(script: str, module_name: str | None = None) -> ModuleType:
    """benchmarks/<script>.py as a module, registered as `module_name` (by default the script's name): a
    spawned process the script starts imports it by that name, and dataclasses look their module up."""
    spec = importlib.util.spec_from_file_location(module_name or script, REPO / "benchmarks" / f"{script}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_build() -> BuildResult:
    return build([SEED], options=BuildOptions(validate=True))


@pytest.fixture(scope="session")
def seed_graph(seed_build: BuildResult) -> Graph:
    return merged_graph(seed_build.dataset)


def build_text(tmp_path: Path, text: str, name: str = "release.txt", validate: bool = False) -> BuildResult:
    """Build one release written by a test, returning the result."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return build([path], options=BuildOptions(validate=validate))


@dataclass(frozen=True)
class Facts:
    """One release's findings with canonical labels instead of keys, as a reader of the graph sees them."""

    entities: set[tuple[str, str]]
    relations: set[tuple[str, str, str]]
    roles: set[tuple[str, str, str | None]]
    quotes: dict[str, list[str]]
    events: list[tuple[str, dt.date | None]]
    counts: set[tuple[str, int]]


def facts_of(text: str, date: dt.date | None = None) -> Facts:
    """Extract and resolve a release written by a test."""
    reference = load_reference()
    release = Release(
        Path("test.txt"), "test", text, "sha256:0", "txt", title=text.splitlines()[0], date=date
    )
    x = extract(release, reference)
    res = resolve([x], reference, DEFAULT_BASE)

    def label(key: str) -> str:
        return res.entities[res.iri(key)].label

    quotes: dict[str, list[str]] = {}
    for q in x.quotes:
        quotes.setdefault(label(q.speaker), []).append(q.text)
    return Facts(
        {(res.entities[res.iri(e.key)].type, label(e.key)) for e in x.entities},
        {(label(r.subject), r.predicate, label(r.object)) for r in x.relations},
        {(label(r.person), r.title, label(r.organisation) if r.organisation else None) for r in x.roles},
        quotes,
        [(label(e.key), e.date) for e in x.events],
        {(label(c.subject), c.value) for c in x.counts},
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/cases/*/expected.tsv (and stale xfail.txt lines) from the current extraction",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# Chromium (Debian's chromium package), driven by playwright, for the browser tests. Without either they skip,
# saying so; with IQGRAPH_REQUIRE_BROWSER=1 (as in CI) they run and fail instead.
BROWSER_REQUIRED = os.environ.get("IQGRAPH_REQUIRE_BROWSER") == "1"


def skip_module_without_browser(playwright_found: bool, chromium: Path) -> str | None:
    """Skip the calling test module when there is no browser to drive, unless CI requires one; what is
    missing (None when nothing is), so the module's browser fixture can fail saying it."""
    missing = (
        "the playwright package is not installed (pip install -e '.[test]')"
        if not playwright_found
        else f"no Chromium at {chromium} (Debian: apt-get install chromium)"
        if not chromium.is_file()
        else None
    )
    if missing and not BROWSER_REQUIRED:
        pytest.skip(f"browser tests need a browser: {missing}", allow_module_level=True)
    return missing


# Graphviz (Debian's graphviz package) draws the network pictures. Without it the picture tests skip, saying
# so; with IQGRAPH_REQUIRE_GRAPHVIZ=1 (as in CI) they run and fail instead.
GRAPHVIZ_REQUIRED = os.environ.get("IQGRAPH_REQUIRE_GRAPHVIZ") == "1"
needs_graphviz = pytest.mark.skipif(
    shutil.which("dot") is None and not GRAPHVIZ_REQUIRED,
    reason="pictures need Graphviz's `dot` (Debian: apt-get install graphviz)",
)


# Published sites (tests/publish/), built once per session: the shipped data and the dev corpus -------------


@dataclass(frozen=True)
class Site:
    build: Path
    site: Path


def publish_build(inputs: list[Path], root: Path) -> Site:
    from iqgraph.publish import publish

    out, site = root / "out", root / "site"
    build(inputs, out_dir=out, options=BuildOptions(validate=False))
    publish(out, site)
    return Site(out, site)


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return publish_build([REPO / "data" / "releases"], tmp_path_factory.mktemp("shipped"))


@pytest.fixture(scope="session")
def dev_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not here ({DEV_CORPUS}); it is not shipped with the project")
    return publish_build([DEV_CORPUS], tmp_path_factory.mktemp("dev"))
