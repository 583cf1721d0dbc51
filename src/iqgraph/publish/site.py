"""`publish(build_dir, site_dir)`: a build folder made into a static site for linked-data portals.

    site/index.html                 the dataset, counts, downloads, example queries, search, licence
    site/void.ttl                   DCAT-AP.de + VoID description (description.py)
    site/dumps/                     the four dumps, each also .gz, and SHA256SUMS (dumps.py)
    site/ontology/                  index.html, iqgraph.ttl, iqgraph.rdf (ontology_docs.py)
    site/network.html               the build's interactive network view
    site/id/<path>.html|.ttl|.jsonld  one page per entity and release, at the path of its IRI (entity_pages.py)
    site/list/<Class>.html          every page of a class (index_page.py)

The site is written beside the target and renamed into place when whole; a folder that is there already
is replaced only when it is a site `publish` wrote (it holds `.iqgraph-site`), never another folder.
The same build and config give byte-identical files.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..errors import PublishError
from ..network.from_store import load_network
from ..network.view import VIEW_FILE, write_view
from ..store.embedded import LocalStore
from .build_data import descriptions, read_build
from .config import PublishConfig
from .description import SHAPES_FILE, VOID_FILE, check_description, describe
from .dumps import Download, write_downloads
from .entity_pages import PageWriter
from .facts import count_facts
from .index_page import write_index
from .ontology_docs import write_ontology

SITE_MARKER = ".iqgraph-site"  # in every site publish writes: the sign that it may replace the folder
NETWORK_PAGE = "network.html"


@dataclass
class PublishResult:
    site_dir: Path
    pages: int = 0  # entity and release pages
    downloads: list[Download] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)  # IRIs left without a page: their path is not plain
    placeholders: list[str] = field(default_factory=list)  # config keys still at their placeholder
    warnings: list[str] = field(default_factory=list)  # recommended DCAT-AP.de properties void.ttl lacks


def publish(build_dir: Path, site_dir: Path, config: PublishConfig | None = None) -> PublishResult:
    """Write the site of the build in `build_dir` to `site_dir`."""
    config = config or PublishConfig()
    _check_target(site_dir, build_dir)
    partial = site_dir.with_name(f".{site_dir.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        result = _write_site(build_dir, partial, config)
        _swap_in(partial, site_dir)
    except OSError as exc:
        raise PublishError(f"cannot write the site to {site_dir}: {exc.strerror or exc}") from exc
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    result.site_dir = site_dir
    return result


def _check_target(site_dir: Path, build_dir: Path) -> None:
    if site_dir.resolve() == build_dir.resolve():
        raise PublishError("the site cannot be written into the build folder itself: name another -o")
    if site_dir.exists() and not site_dir.is_dir():
        raise PublishError(f"{site_dir} is a file: name a folder for the site")
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / SITE_MARKER).is_file():
        raise PublishError(
            f"{site_dir} is not empty and is not a site iqgraph published: name a new or empty folder"
        )


def _write_site(build_dir: Path, site_dir: Path, config: PublishConfig) -> PublishResult:
    data = read_build(build_dir)
    site_dir.mkdir(parents=True)
    downloads = write_downloads(build_dir, site_dir)
    facts = count_facts(data)
    description = describe(config, data, facts, downloads)
    results = check_description(description)
    violations = [message for severity, message in results if severity == "Violation"]
    if violations:  # the config's values passed its checks, so this is iqgraph's fault: say what it is
        raise PublishError(f"void.ttl does not conform to {SHAPES_FILE}: {'; '.join(violations)}")
    (site_dir / VOID_FILE).write_text(description, encoding="utf-8", newline="\n")
    write_ontology(site_dir)
    network = load_network(LocalStore(build_dir))
    _network_page(build_dir, site_dir, network)
    pages = PageWriter(site_dir, data, facts, network).write_all(descriptions(data))
    write_index(site_dir, data, facts, downloads, config)
    (site_dir / SITE_MARKER).write_text(
        "written by `iqgraph publish`; it replaces this folder\n", encoding="utf-8"
    )
    warnings = [message for severity, message in results if severity != "Violation"]
    return PublishResult(site_dir, pages, downloads, data.unsafe, config.placeholders, warnings)


def _network_page(build_dir: Path, site_dir: Path, network: nx.MultiDiGraph) -> None:
    """The build's own view when it wrote one, else the same view drawn now."""
    view = build_dir / VIEW_FILE
    if view.is_file():
        shutil.copyfile(view, site_dir / NETWORK_PAGE)
    else:
        write_view(network, site_dir / NETWORK_PAGE)


def _swap_in(partial: Path, site_dir: Path) -> None:
    old = site_dir.with_name(f".{site_dir.name}.{os.getpid()}.old")
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(partial, site_dir)
    shutil.rmtree(old, ignore_errors=True)
