"""Publish stage: a build folder made into a static site for linked-data portals (site.py has the layout).

The site writer loads the network stack; `serve` needs only conneg.py, so the names here load on first use.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .config import PublishConfig, load_config
    from .site import PublishResult, publish

_LAZY = {"PublishConfig": "config", "load_config": "config", "PublishResult": "site", "publish": "site"}


def __getattr__(name: str) -> typing.Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PublishConfig", "PublishResult", "load_config", "publish"]
