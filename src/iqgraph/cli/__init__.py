"""The `iqgraph` command: a thin click layer over the Python API.

Exit codes (documented in the README):
    0  every release built (and the graph conforms to the shapes, where validated)
    1  the build finished, but some releases failed (each is named in report.json and on stderr)
    2  usage error (click's own) or nothing could be built (no input, every release failed, an output folder
       that cannot be written, unreadable reference data …)
    3  the graph does not conform to ontology/shapes.ttl (`build` with validation, `validate`)
"""

from __future__ import annotations

# Each module adds its commands to `main`, in the order they stood in the one cli.py.
# isort: off
from . import build, validate, store, network, publish  # noqa: F401

# isort: on
from .build import PROGRESS_THRESHOLD, STAGE_LABELS
from .group import EXIT_ERROR, EXIT_NOT_CONFORMING, EXIT_OK, EXIT_SOME_FAILED, main

__all__ = [
    "EXIT_ERROR",
    "EXIT_NOT_CONFORMING",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "PROGRESS_THRESHOLD",
    "STAGE_LABELS",
    "main",
]
