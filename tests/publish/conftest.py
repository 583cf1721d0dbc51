"""The publish tests' sites, built once per session (publish_fixtures.py)."""

from publish_fixtures import dev_site, shipped_site

__all__ = ["dev_site", "shipped_site"]
