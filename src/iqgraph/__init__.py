"""iqgraph: press releases about the IQ programme turned into a linked-data knowledge graph.

>>> import iqgraph
>>> result = iqgraph.build(["data/releases"], out_dir="out")
>>> result.report.failed, len(result.dataset)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import IqgraphError  # noqa: E402
from .pipeline import BuildOptions, BuildResult, build  # noqa: E402

__all__ = ["BuildOptions", "BuildResult", "IqgraphError", "__version__", "build"]
