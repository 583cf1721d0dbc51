"""Publish stage: a build folder made into a static site for linked-data portals (site.py has the layout)."""

from __future__ import annotations

from .config import PublishConfig, load_config
from .site import PublishResult, publish

__all__ = ["PublishConfig", "PublishResult", "load_config", "publish"]
