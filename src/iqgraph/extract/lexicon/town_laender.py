"""The Land each German town lies in, for a release that names towns but no Land ("in Kiel" -> Schleswig-Holstein).

Read from german_town_laender.txt (GeoNames, written by tools/german_town_laender.py): only towns whose name no
other Land's town shares, so "Neustadt" or "Frankfurt" say nothing.
"""

from __future__ import annotations

from pathlib import Path


def _land_of_town() -> dict[str, str]:
    lines = (
        Path(__file__)
        .parent.parent.joinpath("german_town_laender.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


LAND_OF_TOWN = _land_of_town()
