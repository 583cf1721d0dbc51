"""Roles over time: each person's roles collected across releases, first and last attested.

A release attests a role on its date; the timeline is the span of those dates per person, role title and
organisation. Partial dates (a month, a year) compare as text ("2017-09" < "2017-09-21"), as they sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .models import Extraction, Release
from .rdf.graph import release_iri
from .resolve import Resolution


def role_timeline(
    extractions: Sequence[Extraction], resolution: Resolution, base: str
) -> list[dict[str, Any]]:
    spans: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for x in extractions:
        for role in x.roles:
            org = resolution.iri(role.organisation) if role.organisation else None
            entry = spans.setdefault(
                (resolution.iri(role.person), role.title, org), {"dates": [], "releases": []}
            )
            if x.release.date:
                entry["dates"].append(_attested(x.release))
            entry["releases"].append(str(release_iri(base, x.release)))
    rows = [_row(key, entry, resolution) for key, entry in spans.items()]
    return sorted(rows, key=lambda r: (r["person"], r["first"] or "", r["role"], r["organisation"] or ""))


def _attested(release: Release) -> str:
    date = release.date.isoformat() if release.date else ""
    return {"year": date[:4], "month": date[:7]}.get(release.date_precision or "day", date)


def _row(key: tuple[str, str, str | None], entry: dict[str, Any], resolution: Resolution) -> dict[str, Any]:
    person, title, org = key
    dates = sorted(entry["dates"])
    return {
        "person": resolution.entities[person].label,
        "person_iri": person,
        "role": title,
        "organisation": resolution.entities[org].label if org else None,
        "organisation_iri": org,
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "releases": sorted(set(entry["releases"])),
    }
