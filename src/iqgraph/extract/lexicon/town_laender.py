"""The Land each German town lies in, for a release that names towns but no Land ("in Kiel" -> Schleswig-Holstein).

Read from german_town_laender.txt (GeoNames, written by tools/german_town_laender.py): only towns whose name no
other Land's town shares, so "Neustadt" or "Frankfurt" say nothing.
"""

from __future__ import annotations

from .places import data_lines


def _land_of_town() -> dict[str, str]:
    return dict(line.split("\t") for line in data_lines("german_town_laender.txt"))


LAND_OF_TOWN = _land_of_town()
