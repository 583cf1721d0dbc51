from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from iqgraph.dumps import merged_graph
from iqgraph.pipeline import BuildOptions, BuildResult, build

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "releases" / "000_df654fb46e4af0be.txt"
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"


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
