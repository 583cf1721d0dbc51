"""Words of funding: who pays for a project, network or programme."""

from __future__ import annotations

# What a qualifying project does, standing for the project named before (never for a network): "Finanziert wird die
# Qualifizierung aus Mitteln des Y", "Der Kurs wird vom Land gefördert".
QUALIFYING_STAND_INS = (
    "Qualifizierung",
    "Qualifizierungsmaßnahme",
    "Anpassungsqualifizierung",
    "Weiterbildung",
    "Maßnahme",
    "Kurs",
    "Lehrgang",
)

# Nouns that stand for the project, network or programme named before, as the funded of a funding clause that
# names no unit ("Finanziert wird das Angebot durch …", "Gefördert wird das Vorhaben vom Land").
FUNDED_STAND_INS = (
    "Angebot",
    "Beratungsangebot",
    "Vorhaben",
    "Projekt",
    "Modellprojekt",
    "Pilotprojekt",
    "Teilprojekt",
    "Netzwerk",
    "Programm",
    "Förderprogramm",
    "Initiative",
    "Beratungsstelle",
    "Anlaufstelle",
    "Servicestelle",
    "Einrichtung",
    "Beratung",
    *QUALIFYING_STAND_INS,
)

# Nouns for who pays ("Förderer des Projekts X ist Y", "Geldgeber: Y"), with their plural and feminine endings
# read by the pattern.
FUNDER_NOUNS = (
    "Förderer",
    "Fördergeber",
    "Fördermittelgeber",
    "Geldgeber",
    "Mittelgeber",
    "Zuwendungsgeber",
    "Finanzier",
)

# Parts of a fund's name (Europäischer Sozialfonds, AMIF: "Asyl-, Migrations- und Integrationsfonds"): a fund pays, so
# a unit named before that is a fund is not what a later funding phrase without its funded means.
FUND_NAME_PARTS = ("fonds", "fund")


def names_a_fund(label: str) -> bool:
    """ "Europäischer Sozialfonds", "Asyl-, Migrations- und Integrationsfonds": a fund's name."""
    return any(part in label.lower() for part in FUND_NAME_PARTS)


# Bare head nouns that stand for a paying body the text named before ("vom Land", "aus Mitteln des Ministeriums",
# "durch die Arbeitsagentur"): each kind's noun forms, and how the name of a body of that kind begins or what it holds.
PAYER_STAND_INS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # kind: (noun forms, name beginnings, words in the name)
    "land": (("Land", "Landes", "Freistaat", "Freistaats", "Freistaates"), ("Land ", "Freistaat "), ()),
    "ministry": (
        ("Ministerium", "Ministeriums", "Staatsministerium", "Staatsministeriums", "Landesministerium",
         "Landesministeriums", "Sozialministerium", "Sozialministeriums", "Arbeitsministerium",
         "Arbeitsministeriums", "Bundesministerium", "Bundesministeriums"),
        (),
        ("ministerium",),
    ),
    "labour agency": (("Arbeitsagentur", "Bundesagentur"), (), ("agentur für arbeit",)),
    # a town, district or jobcenter named before: "von der Stadt und vom Jobcenter X", "den Rest trägt der Kreis"
    "town": (("Stadt",), ("Stadt ",), ()),
    "district": (("Landkreis", "Landkreises", "Kreis", "Kreises"), ("Landkreis ", "Kreis "), ()),
    "jobcenter": (("Jobcenter", "Jobcenters"), ("Jobcenter ",), ()),
}  # fmt: skip
