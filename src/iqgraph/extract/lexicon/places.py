"""Places: the Länder and their adjectives, cities, German towns from GeoNames, venues. Countries are no places
here: a release names them as where people come from, not as a place it is about."""

from __future__ import annotations

from pathlib import Path

# First parts of venue compounds that name a kind of building every town has ("Rathaus", "Stadthalle",
# "Kongresszentrum"): such a venue, alone, is named by its town ("Rathaus Musterstadt").
GENERIC_VENUE_PARTS = (
    "rat",
    "stadt",
    "bürger",
    "gemeinde",
    "kongress",
    "kultur",
    "wissenschaft",
    "tagung",
    "technologie",
    "landes",
    "kreis",
    "volks",
    "jugend",
    "begegnung",
    "messe",
    # a hall or room named by its use: "Mehrzweckhalle", "Sporthalle", "Festsaal", "Plenarsaal"
    "mehrzweck",
    "sport",
    "turn",
    "fest",
    "schul",
    "gemeinschafts",
    "veranstaltungs",
    "sitzungs",
    "plenar",
)

# The 16 Länder and their adjectives: what a network or a Landesregierung is named after.
LAND_ADJECTIVES: dict[str, str] = {
    "Baden-Württembergische": "Baden-Württemberg",
    "Bayerische": "Bayern",
    "Berliner": "Berlin",
    "Brandenburger": "Brandenburg",
    "Brandenburgische": "Brandenburg",
    "Bremer": "Bremen",
    "Hamburger": "Hamburg",
    "Hessische": "Hessen",
    "Mecklenburg-Vorpommersche": "Mecklenburg-Vorpommern",
    "Niedersächsische": "Niedersachsen",
    "Nordrhein-Westfälische": "Nordrhein-Westfalen",
    "Rheinland-Pfälzische": "Rheinland-Pfalz",
    "Saarländische": "Saarland",
    "Sächsische": "Sachsen",
    "Thüringer": "Thüringen",
    "Schleswig-Holsteinische": "Schleswig-Holstein",
}
# The stems of those in "-sche", in small letters, to inflect: "niedersächsisch" -> "niedersächsische", "-en", "-er".
LAND_ADJECTIVE_STEMS = tuple(
    adjective.lower()[:-1] for adjective in LAND_ADJECTIVES if adjective.endswith("sche")
)

LAENDER = (
    "Baden-Württemberg",
    "Bayern",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hessen",
    "Mecklenburg-Vorpommern",
    "Niedersachsen",
    "Nordrhein-Westfalen",
    "Rheinland-Pfalz",
    "Saarland",
    "Sachsen-Anhalt",
    "Sachsen",
    "Schleswig-Holstein",
    "Thüringen",
)

# The Länder that are towns too: their adjective ("Berliner", "Hamburger") may name the town a body is in.
CITY_STATES = ("Berlin", "Hamburg", "Bremen")

# German cities and districts likely to appear as places (Land capitals and the larger cities).
CITIES = [
    "Aachen",
    "Augsburg",
    "Bamberg",
    "Bielefeld",
    "Bochum",
    "Bonn",
    "Bottrop",
    "Braunschweig",
    "Bremerhaven",
    "Chemnitz",
    "Cottbus",
    "Darmstadt",
    "Dessau",
    "Dortmund",
    "Dresden",
    "Duisburg",
    "Düsseldorf",
    "Erfurt",
    "Erlangen",
    "Flensburg",
    "Frankfurt",
    "Freiburg",
    "Fürth",
    "Gelsenkirchen",
    "Gera",
    "Gießen",
    "Göttingen",
    "Greifswald",
    "Hamm",
    "Hannover",
    "Heidelberg",
    "Heilbronn",
    "Herne",
    "Hildesheim",
    "Ingolstadt",
    "Jena",
    "Kaiserslautern",
    "Karlsruhe",
    "Kassel",
    "Kiel",
    "Koblenz",
    "Köln",
    "Krefeld",
    "Leipzig",
    "Leverkusen",
    "Lübeck",
    "Ludwigshafen",
    "Lüneburg",
    "Magdeburg",
    "Mainz",
    "Mannheim",
    "Marburg",
    "Moers",
    "Mönchengladbach",
    "Mülheim",
    "München",
    "Münster",
    "Neubrandenburg",
    "Neuss",
    "Nürnberg",
    "Oberhausen",
    "Offenbach",
    "Oldenburg",
    "Osnabrück",
    "Paderborn",
    "Pforzheim",
    "Potsdam",
    "Regensburg",
    "Remscheid",
    "Reutlingen",
    "Rostock",
    "Saarbrücken",
    "Salzgitter",
    "Schwerin",
    "Solingen",
    "Stralsund",
    "Stuttgart",
    "Trier",
    "Tübingen",
    "Ulm",
    "Weimar",
    "Wiesbaden",
    "Wismar",
    "Wolfsburg",
    "Wuppertal",
    "Würzburg",
    "Zwickau",
]


# The adjectives of cities that are not the city's name and "-er" ("Kieler", found by the name's inflection): the
# "-en" dropped ("Göttinger"), with an "n" kept ("Münchner", "Dresdner"). The gazetteer finds them as the city that
# `text.morphology.town_of_adjective` reads out of them.
IRREGULAR_TOWN_ADJECTIVES = (
    "Münchner",
    "Dresdner",
    "Göttinger",
    "Tübinger",
    "Erlanger",
    "Saarbrücker",
    "Solinger",
    "Reutlinger",
    "Bremer",
)

# Endings of the head nouns of a body or project a town's adjective may place ("der Fuldaer Verein", "die Eschweger
# Beratungsstelle", "das Gießener Bildungswerk"): the adjective of a town no list searches for is read there only.
SEATED_HEAD_ENDINGS = (
    "verein", "stiftung", "initiative", "verband", "werk", "träger", "unternehmen", "firma", "betrieb", "stelle",
    "projekt", "netzwerk", "bündnis", "jobcenter", "agentur", "schule", "universität", "institut", "kammer",
    "akademie", "zentrum", "büro",
)  # fmt: skip

# Words a town's name and "-r" or "-er" would spell that are nouns or given names, no town's adjective: "Lehrer"
# (not Lehre's), "Werner" (not Werne's), "Hammer" (not Hamm's), family names ("Mayer", "Berger").
NOT_TOWN_ADJECTIVES = frozenset(
    {
        "Lehrer",
        "Werner",
        "Hinter",
        "Hammer",
        "Sander",
        "Thaler",
        "Netter",
        "Steller",
        "Hager",
        "Hiller",
        "Holler",
    }
)


def _german_places() -> frozenset[str]:
    """German towns from GeoNames (german_places.txt, written by tools/german_places.py) and districts named by a
    landscape from Destatis ("Uckermark", "Emsland": german_districts.txt, tools/german_districts.py), less the
    Länder."""
    names = {*data_lines("german_places.txt"), *data_lines("german_districts.txt")}
    return frozenset(names) - set(LAENDER)


def data_lines(file: str) -> list[str]:
    """The lines of one of the extractor's data files (src/iqgraph/extract/*.txt), without its comment header."""
    lines = Path(__file__).parent.parent.joinpath(file).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


# Towns a name may end in ("Jobcenter Eisenach", "Universität Passau") or that stand after a preposition of
# place ("in Eisenhüttenstadt"); not searched for on their own.
GERMAN_PLACES = _german_places()

# Districts named by a compound of "Kreis" ("Wetteraukreis", "Main-Kinzig-Kreis": german_kreis_districts.txt,
# tools/german_districts.py): bodies where they act or pay ("Der Wetteraukreis fördert"); "Arbeitskreis" is none.
KREIS_DISTRICTS = frozenset(data_lines("german_kreis_districts.txt"))

# Regions named by a compass or height prefix and a Land or landscape: "Niederbayern", "Nordhessen",
# "Südwestfalen", "Oberfranken". Not "Ostdeutschland": the country is no place a release is about.
REGION_PREFIXES = ("Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Nieder", "Unter", "Nordost", "Nordwest", "Südost", "Südwest")  # fmt: skip
REGION_ROOTS = (
    "bayern", "hessen", "sachsen", "franken", "schwaben", "westfalen", "baden", "württemberg", "thüringen",
    "brandenburg", "friesland", "pfalz", "holstein", "lausitz", "mecklenburg", "niedersachsen",
)  # fmt: skip
# Historic and natural regions no district or town list names, which chambers, agencies and associations take as their
# name ("Handwerkskammer Rheinhessen", "Jobcenter Vogtland") and a release may be about ("in ganz Ostbeispielland"):
# from general knowledge of German geography. Not those that are also common words or family names ("Heide", "Land",
# "Angeln", "Anhalt" alone, "Franken"), nor "Schwaben", which stands inside bodies' own names ("IHK Schwaben", "Bezirk
# Schwaben") more often than for a place a text is about (left out after the odd half showed one wrong place).
HISTORIC_REGIONS = (
    "Rheinhessen", "Vorderpfalz", "Pfalz", "Eifel", "Hunsrück", "Westerwald", "Taunus", "Odenwald", "Spessart",
    "Vogelsberg", "Wetterau", "Rheingau", "Sauerland", "Hochsauerland", "Siegerland", "Münsterland", "Ruhrgebiet",
    "Niederrhein", "Mittelrhein", "Oberrhein", "Allgäu", "Schwarzwald", "Breisgau", "Kraichgau", "Ortenau",
    "Hohenlohe", "Bodensee", "Chiemgau", "Altmark", "Harz", "Lausitz", "Erzgebirge",
    "Vogtland", "Fläming", "Spreewald", "Vorpommern",
)  # fmt: skip
REGIONS = frozenset(prefix + root for prefix in REGION_PREFIXES for root in REGION_ROOTS) | set(
    HISTORIC_REGIONS
)

# Regions and landscapes named with an article, by the preposition their gender takes: "im Allgäu", "aus dem
# Sauerland" (masculine or neuter), "in der Pfalz", "aus der Uckermark" (feminine), "am Niederrhein" (named by a river
# or lake). Only names the place lists above know, so that "Bonn in der Pfalz" stays a town's name elsewhere.
REGIONS_WITH_ARTICLE: dict[str, tuple[str, ...]] = {
    "masculine": (
        "Allgäu", "Oberallgäu", "Ostallgäu", "Unterallgäu", "Hunsrück", "Westerwald", "Taunus", "Odenwald",
        "Spessart", "Vogelsberg", "Rheingau", "Sauerland", "Hochsauerland", "Siegerland", "Münsterland",
        "Ruhrgebiet", "Schwarzwald", "Breisgau", "Kraichgau", "Chiemgau", "Harz", "Erzgebirge", "Vogtland",
        "Fläming", "Spreewald", "Emsland", "Ammerland", "Barnim", "Eichsfeld", "Havelland",
    ),
    "feminine": (
        "Pfalz", "Vorderpfalz", "Oberpfalz", "Südpfalz", "Westpfalz", "Nordpfalz", "Südwestpfalz", "Eifel",
        "Vulkaneifel", "Wetterau", "Ortenau", "Altmark", "Lausitz", "Oberlausitz", "Niederlausitz", "Uckermark",
        "Prignitz", "Wesermarsch",
    ),
    "river": ("Niederrhein", "Mittelrhein", "Oberrhein", "Bodensee"),
}  # fmt: skip

# Words that open a region's two-word name before a landscape or a Land: adjectives of position in the strong
# neuter form a name takes ("Mittleres Mecklenburg", "Oberes Elbtal", "Östliches Ruhrgebiet", "Altes Land") and a
# historic territory's noun ("Grafschaft Bentheim").
REGION_POSITION_ADJECTIVES = (
    "Oberes", "Mittleres", "Unteres", "Östliches", "Westliches", "Nördliches", "Südliches", "Altes", "Hohes",
    "Grafschaft",
)  # fmt: skip

# Nouns of landscapes that a place's adjective makes a region's name ("Thüringer Becken", "Lüneburger Heide",
# "Sächsische Schweiz", "Schwäbische Alb"): such a region names a body after its head ("Hochschule Thüringer Becken").
LANDSCAPE_NOUNS = (
    "Becken", "Wald", "Heide", "Börde", "Schweiz", "Alb", "Bergland", "Hügelland", "Seenplatte", "Seenland",
    "Küste", "Mark", "Rhön", "Vogtland", "Land", "Tiefland", "Vorland", "Höhe", "Senke", "Platte",
)  # fmt: skip

# Every name of a place the lexicon knows: Länder, cities, the towns of the GeoNames list and regions.
PLACE_NAMES = frozenset({*LAENDER, *CITIES, *GERMAN_PLACES, *REGIONS})

# Territories named by a common noun alone ("im Land", "in der Region"): where a unit works, not part of its name
# ("die IQ Beratungsstellen im Land" names no unit).
GENERIC_TERRITORIES = frozenset(
    {"Land", "Bund", "Bundesland", "Kreis", "Landkreis", "Bezirk", "Raum", "Region", "Stadt", "Stadtgebiet",
     "Norden", "Süden", "Osten", "Westen", "Ausland", "Inland", "Freistaat"}
)  # fmt: skip
# Nouns that open a territory's or a municipality's name, never a person's: "Kreis Beispielhausen", "Stadt Musterhain"
TERRITORY_NOUNS = GENERIC_TERRITORIES | {"Hansestadt", "Landeshauptstadt", "Gemeinde", "Markt", "Amt"}

# Endings German town names are built on ("Beispielhausen", "Musterstedt", "Lindenfeld", "Ahrensburg"): after
# "Kreis" or "Stadt" a word with one names a town no place list knows. Not "-au" or "-tal", which end common nouns
# as often ("Ausbau", "Kapital").
TOWN_NAME_ENDINGS = (
    "hausen", "heim", "dorf", "burg", "berg", "feld", "stedt", "stadt", "ingen", "bach", "hagen", "rode",
    "leben", "walde", "hain", "furt", "brück", "brücken", "kirchen", "hofen", "witz", "itz", "ow", "beck",
)  # fmt: skip
# Common nouns with such an ending, which a body's head may precede in a clause ("dass das Institut Umfeld und …").
TOWN_SHAPED_COMMON_NOUNS = (
    "umfeld", "vorfeld", "sfeld", "spielfeld", "wohnheim", "pflegeheim", "altenheim", "kinderheim", "jugendheim",
    "innenstadt", "hauptstadt", "partnerstadt", "heimatstadt", "sitz", "sleben", "zusammenleben", "familienleben",
)  # fmt: skip

# Towns and districts named like common words or family names: places only after a preposition of place ("in
# Leer", "aus Marl", "nach Olpe"), in a list after one, or opening a dateline. Not those a preposition takes as a
# common noun ("nach Lage der Dinge", "in Waren des Bedarfs", "in Löhne investiert") or a family name ("nach Roth").
AMBIGUOUS_TOWNS = frozenset(
    {"Essen", "Hagen", "Halle", "Siegen", "Hof", "Mitte", "Wedding", "Moabit"}
    | {"Marl", "Leer", "Olpe", "Kamen", "Senden", "Selb", "Damme", "Weiden", "Wangen", "Werder", "Langen"}
    | {"Wolfen", "Singen"}
)

# Towns named like a room of a venue: before a number they are the room ("Saal 2", "Halle 3").
ROOM_NAMED_TOWNS = frozenset({"Saal", "Halle"})

# Rivers that follow "am" in a town's name ("Offenbach am Main", "Neckarsulm am Neckar" is none): the gazetteer
# lists some towns by their first word alone ("Offenbach"); the river after "am" still belongs to the name.
RIVERS_AFTER_AM = frozenset({"Main", "Rhein", "Neckar", "Inn", "Lech", "Regen", "Kocher"})

# Rivers that follow "an der" in a town's name ("Frankfurt an der Oder", "Halle an der Saale"); after "an der" any
# other word starts a phrase of its own ("die Stadt Kiel an der Seite des Vereins").
RIVERS_AFTER_AN_DER = frozenset(
    {"Oder", "Saale", "Ruhr", "Lahn", "Ilm", "Donau", "Havel", "Spree", "Elbe", "Weser", "Mosel", "Fulda", "Werra",
     "Eder", "Wupper", "Saar", "Naab", "Isar", "Ems", "Jagst", "Nahe", "Warnow", "Peene", "Unstrut", "Lenne",
     "Sieg", "Aller", "Leine", "Dosse", "Iller", "Lech", "Wertach", "Vils", "Rott"}
)  # fmt: skip

# Objects of a verb of work that name bodies with seats of their own: a place right after them is theirs ("berät
# Betriebe in Z": the firms in Z), not where the project that works with them is. People ("begleitet Pflegekräfte in
# Z") have no seat, so a place after them still says where the project works.
SEATED_OBJECT_NOUNS = (
    "Betriebe", "Betrieben", "Unternehmen", "Firmen", "Arbeitgeber", "Arbeitgeberinnen", "Kommunen", "Behörden",
    "Einrichtungen", "Institutionen", "Kammern", "Hochschulen", "Schulen", "Jobcenter", "Jobcentern", "Vereine",
    "Vereinen", "Organisationen", "Kliniken", "Krankenhäuser", "Krankenhäusern", "Praxen", "Pflegeeinrichtungen",
    "Handwerksbetriebe", "Ausbildungsbetriebe", "Landkreise", "Landkreisen", "Verwaltungen",
)  # fmt: skip
