"""iqgraph: press releases about the IQ programme turned into a linked-data knowledge graph.

>>> import iqgraph
>>> result = iqgraph.build(["data/releases"], out_dir="out")
>>> result.report.failed, len(result.dataset)
>>> network = iqgraph.load_network("out")            # the funding network (networkx) of a build
>>> iqgraph.write_view(network, Path("berlin.html"))  # the interactive page
"""

from __future__ import annotations

import os as _os
import typing as _typing

from .errors import IqgraphError
from .version import __version__

if _typing.TYPE_CHECKING:
    from .network.analysis import network_stats
    from .network.export import export_network
    from .network.from_store import NetworkFilter, apply_filter
    from .network.view import ViewOptions, render_view, write_view
    from .pipeline import BuildOptions, BuildResult, build
    from .store.named_queries import run_query

# The build (the extractor compiles its rules on import, a second and more), the network stack (networkx, pyvis,
# jinja2) and the query layer load on first use, so `import iqgraph` and the commands that only read a build stay
# light.
_LAZY = {
    "BuildOptions": "pipeline",
    "BuildResult": "pipeline",
    "build": "pipeline",
    "NetworkFilter": "network.from_store",
    "apply_filter": "network.from_store",
    "network_stats": "network.analysis",
    "export_network": "network.export",
    "ViewOptions": "network.view",
    "render_view": "network.view",
    "write_view": "network.view",
    "run_query": "store.named_queries",
}


def load_network(build_dir: str | _os.PathLike[str]) -> _typing.Any:
    """The funding network of a build folder (or its store/), as a networkx MultiDiGraph."""
    from pathlib import Path

    from .network.from_store import load_network as load
    from .store.embedded import LocalStore

    return load(LocalStore(Path(build_dir)))


def __getattr__(name: str) -> _typing.Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'iqgraph' has no attribute {name!r}")


__all__ = [
    "BuildOptions",
    "BuildResult",
    "IqgraphError",
    "NetworkFilter",
    "ViewOptions",
    "__version__",
    "apply_filter",
    "build",
    "export_network",
    "load_network",
    "network_stats",
    "render_view",
    "run_query",
    "write_view",
]
