#!/usr/bin/env python3
"""Write src/iqgraph/extract/german_districts.txt (and german_kreis_districts.txt, below): the names of German Landkreise (and the Kreise, as Schleswig-Holstein
and Nordrhein-Westfalen call theirs) that name a landscape or a region rather than a town ("Uckermark", "Emsland",
"Dahme-Spreewald", "Steinburg"), from the Federal Statistical Office's list of districts (Destatis,
Gemeindeverzeichnis, "04-kreise", as of 31.12.2018) as the npm package `landkreise-deutschland` ships it (data/districts.json).

A development tool, run by hand when the list should change; the extractor reads the written file and needs
neither the package nor a network. Only Landkreise whose name is one word (a hyphen may join two) and no town of
german_places.txt; names that are common German words are left out.

    npm pack landkreise-deutschland && tar xzf landkreise-deutschland-*.tgz
    python tools/german_districts.py package/data/districts.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# District names that are common German words or a street's word in running text (as tools/german_places.py
# leaves out such town names).
COMMON_WORDS = frozenset({"Leer", "Hof", "Roth", "Börde", "Bergstraße", "Harz", "Olpe"})
# Schleswig-Holstein and Nordrhein-Westfalen call their Landkreise "Kreis" ("Kreis Steinburg", "Kreis Lippe").
DISTRICT_TYPES = frozenset({"Landkreis", "Kreis"})

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "iqgraph" / "extract"
OUT = EXTRACT / "german_districts.txt"
HEAD = (
    "# Landkreise named by a landscape or region, one a line: Destatis Gemeindeverzeichnis (04-kreise, 31.12.2018),\n"
    "# CC BY 4.0, © Statistisches Bundesamt (Destatis), 2019,\n"
    "# through the npm package landkreise-deutschland; written by tools/german_districts.py.\n"
)


def names(districts: list[dict[str, object]], towns: set[str]) -> list[str]:
    found = {
        str(d["name"])
        for d in districts
        if d["type"] in DISTRICT_TYPES
        and " " not in str(d["name"])
        and "," not in str(d["name"])
        and not str(d["name"]).lower().endswith("kreis")
    }
    return sorted(n for n in found if n not in towns and n not in COMMON_WORDS)


# The districts named by a compound of "Kreis" ("Wetteraukreis", "Main-Kinzig-Kreis"), one word that no reading of
# "Kreis X" finds; "Arbeitskreis", "Freundeskreis" are no such names, so the extractor reads only these.
KREIS_OUT = EXTRACT / "german_kreis_districts.txt"
KREIS_HEAD = HEAD.replace(
    "Landkreise named by a landscape or region", "Landkreise named by a compound of 'Kreis'"
)


def kreis_names(districts: list[dict[str, object]]) -> list[str]:
    return sorted(
        {
            str(d["name"])
            for d in districts
            if d["type"] in DISTRICT_TYPES
            and " " not in str(d["name"])
            and str(d["name"]).lower().endswith("kreis")
        }
    )


def main() -> None:
    districts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    towns = set((EXTRACT / "german_places.txt").read_text(encoding="utf-8").splitlines())
    for path, head, out in (
        (OUT, HEAD, names(districts, towns)),
        (KREIS_OUT, KREIS_HEAD, kreis_names(districts)),
    ):
        path.write_text(head + "\n".join(out) + "\n", encoding="utf-8")
        print(f"{path}: {len(out)} names")


if __name__ == "__main__":
    main()
