"""Sites published from real builds, shared by the publish tests: the shipped data and the dev corpus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from iqgraph.pipeline import BuildOptions, build
from iqgraph.publish import PublishConfig, publish

REPO = Path(__file__).resolve().parent.parent.parent
SHIPPED = REPO / "data" / "releases"
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"  # as tests/conftest.py finds it


@dataclass(frozen=True)
class Site:
    build: Path
    site: Path


def publish_build(inputs: list[Path], root: Path, config: PublishConfig | None = None) -> Site:
    out, site = root / "out", root / "site"
    build(inputs, out_dir=out, options=BuildOptions(validate=False))
    publish(out, site, config)
    return Site(out, site)


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return publish_build([SHIPPED], tmp_path_factory.mktemp("shipped"))


@pytest.fixture(scope="session")
def dev_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not here ({DEV_CORPUS}); it is not shipped with the project")
    return publish_build([DEV_CORPUS], tmp_path_factory.mktemp("dev"))
