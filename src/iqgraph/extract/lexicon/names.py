"""Names of bodies: organisation head nouns, legal forms, parties, words that are never names."""

from __future__ import annotations

from .events import MONTH_NAMES

# Heads of organisation names, by the iq: class they signal. Matched as word endings, so compounds
# ("Arbeitsministerium", "Landesregierung") are covered.
ORG_HEADS: dict[str, str] = {
    "ministerium": "Ministry",
    "senatsverwaltung": "Ministry",
    "staatskanzlei": "Ministry",
    "agentur": "Agency",
    "bundesamt": "Agency",
    "landesamt": "Agency",
    "regionaldirektion": "Agency",
    "landesregierung": "Agency",
    "bundesregierung": "Agency",
    "bundesinstitut": "Agency",
    "landratsamt": "Agency",
    "jobcenter": "Agency",
    "bezirksamt": "Agency",
    "stadtverwaltung": "Agency",
    "behörde": "Agency",
    "verein": "Organisation",
    "stiftung": "Organisation",
    "kammer": "Organisation",
    "institut": "Organisation",
    "bildungswerk": "Organisation",
    "hochschule": "Organisation",
    "universität": "Organisation",
    "volkshochschule": "Organisation",
    "flüchtlingsrat": "Organisation",
    "sachverständigenrat": "Organisation",
    "verband": "Organisation",
    "gewerkschaft": "Organisation",
    "akademie": "Organisation",
    "werk": "Organisation",
    "gesellschaft": "Organisation",
    "bündnis": "Organisation",
    "zeitung": "Organisation",
    # public bodies of the Länder and municipalities, parliaments, federations, funds
    "amt": "Agency",
    "direktion": "Agency",
    "regierung": "Agency",
    "landkreis": "Agency",
    "landeshauptstadt": "Agency",
    "senat": "Agency",
    "beirat": "Agency",
    "abgeordnetenhaus": "Organisation",
    "landtag": "Organisation",
    "bundestag": "Organisation",
    "union": "Organisation",
    "bund": "Organisation",
    "kammertag": "Organisation",
    "handwerkerschaft": "Organisation",
    "diakonie": "Organisation",
    "caritas": "Organisation",  # the Catholic welfare association by its region: "Caritas Trier"
    # chambers by their abbreviation and region: "IHK Kassel", "HWK Oberfranken"
    "ihk": "Organisation",
    "hwk": "Organisation",
    "klinikum": "Organisation",
    "regierungspräsidium": "Agency",
    "kreisverwaltung": "Agency",
    # the federations of towns, districts and crafts of a Land: "Bayerischer Handwerkstag", "Hessischer Städtetag"
    "handwerkstag": "Organisation",
    "städtetag": "Organisation",
    "landkreistag": "Organisation",
    "gemeindetag": "Organisation",
    "fonds": "Programme",
    # service units of a network or a carrier, named by their topic ("Anlaufstelle Anerkennung")
    "anlaufstelle": "Subproject",
    "beratungsstelle": "Subproject",
    "servicestelle": "Subproject",
    "informationsstelle": "Subproject",
    "kompetenzzentrum": "Subproject",
    "informationszentrum": "Subproject",
    "beratungszentrum": "Subproject",
}

# Adjectives that describe a body or unit by its age, order or scope, and so name none: "die neue Servicestelle",
# "das gemeinsame Bündnis", "die zuständige Behörde" (stems, as morphology.adjective_stem returns them).
DESCRIPTIVE_ADJECTIVES = frozenset(
    {"neu", "erst", "gemeinsam", "bisherig", "künftig", "zuständig", "dortig", "hiesig", "jeweilig"}
)

# Bare authority nouns that, with a portfolio after "für", name a ministry of a city-state (Hamburg's
# "Behörde für Schule und Berufsbildung"); compounds ("Ausländerbehörde") stay agencies.
PORTFOLIO_AUTHORITIES = frozenset({"behörde"})

# Portfolios a ministry takes as a genitive rather than after "für" ("Bundesministerium des Innern") that the
# name grammar would otherwise read as a plural ("des Innern" looks like "der Mitarbeitern").
GENITIVE_PORTFOLIOS = frozenset({"Innern"})

# Collective heads that lead a name ended by a legal form through its genitive and prepositional attributes
# ("Arbeitsgemeinschaft der Beispielvereine in Deutschland e.V.", "Zentralstelle für die Weiterbildung im
# Handwerk e.V."); matched as word endings.
COLLECTIVE_HEADS = (
    "gemeinschaft", "föderation", "vereinigung", "zentralstelle", "charta", "arbeitskreis", "initiative",
    "zentrum", "forum", "verbund", "zusammenschluss",
)  # fmt: skip

# Heads that follow a proper name as a word of their own ("Bertelsmann Stiftung", "Bruderhaus Diakonie").
HEADS_AFTER_NAMES = ("Stiftung", "Diakonie", "Akademie", "Institut")

# Offices every town or district has: named only with their place ("Agentur für Arbeit Kassel", "Jobcenter
# Eisenach") or the body they belong to; alone they are a kind of office.
LOCAL_OFFICES = frozenset(
    {"agentur für arbeit", "arbeitsagentur", "jobcenter", "ausländerbehörde", "bezirksamt", "landratsamt"}
    | {"stadtverwaltung", "kreisverwaltung", "sozialamt", "jugendamt", "standesamt", "einbürgerungsbehörde"}
)

# Words that follow a local office's name but are not its town: the days of its opening hours ("Jobcenter Montag
# bis Freitag") and the endings of nominalised participles ("Agentur für Arbeit Mitarbeitende").
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
PARTICIPLE_NOUN_ENDINGS = ("ende", "enden", "ierte", "ierten")

# Nationwide associations whose names are proper nouns without a complement ("der Caritasverband"), with the
# abbreviations they are known by: the free welfare associations and the trade-union federation.
NATIONAL_ASSOCIATIONS: dict[str, tuple[str, ...]] = {
    "Arbeiterwohlfahrt": ("AWO",),
    "Caritasverband": (),
    "Deutscher Caritasverband": (),
    "Deutsches Rotes Kreuz": ("DRK",),
    "Paritätischer Wohlfahrtsverband": (),
    "Zentralwohlfahrtsstelle der Juden in Deutschland": ("ZWST",),
    "Deutscher Gewerkschaftsbund": ("DGB",),
}

LEGAL_FORMS = ("gGmbH", "GmbH", "mbH", "gUG", "e. V.", "e.V.", "eG", "AG", "KG", "kAöR", "AöR")

# Nouns naming a subproject kind; a quoted name after them is the subproject's name.
SUBPROJECT_HEADS = (
    "Teilprojekt",
    "Projekt",
    "Programmlinie",
    "Fachstelle",
    "Servicestelle",
    "Beratungsstelle",
    "Anlaufstelle",
    "Erstanlaufstelle",
    "Kompetenzzentrum",
)

# Phrases that introduce a project's or programme's name after its head noun: "ein Projekt namens „X“", "das
# Mentoringprojekt mit dem Titel „X“", "Das Angebot läuft unter dem Namen „X“", "Die Maßnahme heißt „X“".
NAMING_PHRASES = (
    "namens", "mit dem Titel", "mit dem Namen", "unter dem Titel", "unter dem Namen", "heißt", "trägt den Namen",
)  # fmt: skip

# Endings of compound heads that name a project or a measure by its kind ("Qualifizierungsprojekt",
# "Brückenmaßnahme", "Anpassungsqualifizierung", "Beratungsangebot"); a quoted name after them is a subproject's.
PROJECT_HEAD_ENDINGS = ("projekt", "maßnahme", "qualifizierung", "angebot")

# Compound heads that name a funding programme ("Förderprogramm", "Landesprogramm", "Bundesinitiative").
PROGRAMME_HEAD_ENDINGS = ("programm", "initiative")

# Endings of compounds naming a counselling service, named by its town ("Anerkennungsberatung Gera").
SERVICE_HEAD_ENDINGS = ("beratung",)

# Parties a person's name may be followed by, "(SPD)": abbreviation → full name.
PARTIES: dict[str, str] = {
    "SPD": "Sozialdemokratische Partei Deutschlands",
    "CDU": "Christlich Demokratische Union Deutschlands",
    "CSU": "Christlich-Soziale Union in Bayern",
    "FDP": "Freie Demokratische Partei",
    "Grüne": "Bündnis 90/Die Grünen",
    "Bündnis 90/Die Grünen": "Bündnis 90/Die Grünen",
    "Die Linke": "Die Linke",
    "Linke": "Die Linke",
    "AfD": "Alternative für Deutschland",
}

# Capitalised words that start sentences or name things but are never a person's given name.
NOT_NAMES = frozenset(
    [
        "Am",
        "Im",
        "Zum",
        "Zur",
        "Beim",
        "Vom",
        "Die",
        "Der",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einen",
        "Auch",
        "Nach",
        "Mit",
        "Bei",
        "Für",
        "Von",
        "Seit",
        "Als",
        "Auf",
        "Aus",
        "In",
        "An",
        "Unter",
        "Über",
        "Neben",
        "Heute",
        "Damit",
        "Dazu",
        "Da",
        "So",
        "Sie",
        "Er",
        "Es",
        "Wir",
        "Ihr",
        "Dort",
        "Hier",
        "Insgesamt",
        "Bereits",
        "Frau",
        "Herr",
        "Herrn",
        "Gemeinsam",
        "Zudem",
        "Außerdem",
        "Allerdings",
        "Doch",
        "Mehr",
        "Weitere",
        "Weiterhin",
        "Integration",
        "Berlin",
        *MONTH_NAMES,
        "Eindrücke",
    ]
)

# Short forms of federal ministries' names, as the press writes them, and the names they stand for.
MINISTRY_SHORT_FORMS: dict[str, str] = {
    "Bundesarbeitsministerium": "Bundesministerium für Arbeit und Soziales",
    "Bundessozialministerium": "Bundesministerium für Arbeit und Soziales",
    "Bundesbildungsministerium": "Bundesministerium für Bildung und Forschung",
    "Bundesforschungsministerium": "Bundesministerium für Bildung und Forschung",
}

# English head nouns that end an organisation's name ("Maytree Foundation", "Migration Policy Institute").
ENGLISH_ORG_HEADS = (
    "Foundation",
    "Institute",
    "Association",
    "Council",
    "Trust",
    "Society",
    "Federation",
)

# Endings after a dot that make a word a web address or a file, not a styled name ("beispiel.de", "flyer.pdf").
WEB_SUFFIXES = (
    "de", "com", "org", "net", "eu", "info", "html", "htm", "php", "pdf", "doc", "docx", "jpg", "png", "nrw",
)  # fmt: skip

# Abbreviations written with a dot that may run into the next word without a space ("bzw.die").
DOT_ABBREVIATIONS = frozenset(
    {"bzw", "ggf", "usw", "inkl", "evtl", "vgl", "bspw", "sog", "zzgl", "etc", "str", "tel", "abs", "ziff"}
)

# Councils named by their topic: "Integrationsrat", "Migrationsbeirat" ("beirat" is a head already). Only
# topic compounds of "rat": a bare "-rat" would take the offices "Landrat", "Stadtrat", "Kreisrat".
COUNCIL_HEADS: dict[str, str] = {
    "integrationsrat": "Agency",
    "migrationsrat": "Agency",
    "ausländerrat": "Agency",
    "seniorenrat": "Agency",
    "jugendrat": "Agency",
}

ORG_HEADS.update(COUNCIL_HEADS)
