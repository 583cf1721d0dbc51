"""Find the files iqgraph ships beside its code: `ontology/`, `queries/`, `data/reference.ttl`.

In a checkout (or an editable install) they sit at the repository's top level, where users look for them;
a wheel carries copies inside the package (see `pyproject.toml`, force-include). Both layouts are searched.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ResourceNotFoundError

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. `resource_path("ontology", "shapes.ttl")`."""
    for root in (_CHECKOUT_DIR, _PACKAGE_DIR):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise ResourceNotFoundError(
        f"{'/'.join(parts)} is not in {_CHECKOUT_DIR} nor in {_PACKAGE_DIR}: the installation is incomplete; "
        "reinstall iqgraph (pip install .)"
    )
