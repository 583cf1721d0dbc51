"""Word lists of German public-sector language: the gazetteer side of the extractor.

These are facts of the language (role nouns, legal forms, event nouns, place names), not of any release.
Facts about the IQ programme itself live in data/reference.ttl.
"""

from __future__ import annotations

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
    "verband": "Organisation",
    "gewerkschaft": "Organisation",
    "akademie": "Organisation",
    "werk": "Organisation",
    "gesellschaft": "Organisation",
    "bündnis": "Organisation",
    "zeitung": "Organisation",
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

# Role nouns (masculine stem; "-in" forms and compounds such as "Referatsleiterin" follow from them).
ROLE_STEMS = (
    "leiter",
    "minister",
    "senator",
    "koordinator",
    "geschäftsführer",
    "referent",
    "staatssekretär",
    "präsident",
    "sprecher",
    "direktor",
    "bürgermeister",
    "vertreter",
    "mitarbeiter",
    "berater",
    "dezernent",
    "vorstand",
    "gründer",
    "inhaber",
    "abgeordnet",
    "beauftragt",
    "vorsitzend",
    "stellvertret",
    "moderator",
    "koordination",
    "projektleitung",
    "leitung",
)
# Adjectival nouns: their nominative depends on article and gender ("der Beauftragte", "ein Beauftragter").
ADJECTIVAL_ROLE_STEMS = ("beauftragt", "vorsitzend", "abgeordnet", "stellvertret", "angestellt")
# Roles whose holder leads the organisation named with them (-> iq:ledBy).
LEADER_STEMS = ("leiter", "koordinator", "projektleitung", "leitung")

TITLE_WORDS = ("Dr.", "Prof.", "Dipl.-Ing.", "Dr.-Ing.", "PD")

EVENT_NOUNS = (
    "Auftaktveranstaltung",
    "Abschlussveranstaltung",
    "Fachveranstaltung",
    "Veranstaltung",
    "Jubiläumsfeier",
    "Festveranstaltung",
    "Empfang",
    "Neujahrsempfang",
    "Fachtag",
    "Fachtagung",
    "Jahrestagung",
    "Tagung",
    "Fachkonferenz",
    "Konferenz",
    "Kongress",
    "Netzwerktreffen",
    "Treffen",
    "Workshop",
    "Ausstellung",
    "Podiumsdiskussion",
    "Preisverleihung",
    "Verleihung",
    "Festakt",
    "Zukunftswerkstatt",
    "Forum",
    "Messe",
    "Jobmesse",
    "Infotag",
    "Aktionstag",
    "Sommerfest",
    "Feier",
)
# Generic event nouns refer back to the release's main event rather than starting a new one.
GENERIC_EVENT_NOUNS = frozenset({"Veranstaltung", "Treffen", "Feier", "Ausstellung", "Empfang"})

# Speech acts that make a person a speaker at the event (stems, matched case-insensitively).
SPEAKER_CUES = (
    "eröffne",
    "eröffnung",
    "grußwort",
    "begrüß",
    "moderation",
    "moderier",
    "referier",
    "vortrag",
    "festrede",
    "rednerin",
    "redner",
    "keynote",
    "impulsvortrag",
    "sprach ",
    "sprachen ",
    "berichtete",
    "berichteten",
    "stellte",
    "stellten",
    "einführung",
    "gratulierte",
    "gratulierten",
)

# Verbs that introduce or close a direct quote.
SPEECH_VERBS = (
    "sagt",
    "sagte",
    "sagten",
    "erklärt",
    "erklärte",
    "betont",
    "betonte",
    "betonten",
    "meint",
    "meinte",
    "ergänzt",
    "ergänzte",
    "erläutert",
    "erläuterte",
    "unterstreicht",
    "unterstrich",
    "freut sich",
    "freute sich",
    "resümiert",
    "resümierte",
    "berichtet",
    "berichtete",
    "fasst zusammen",
    "fasste zusammen",
    "hebt hervor",
    "hob hervor",
    "blickt",
    "blickte",
    "schildert",
    "schilderte",
    "bekräftigt",
    "bekräftigte",
    "stellt fest",
    "stellte fest",
    "so",
    "sagt",
    "kommentiert",
    "kommentierte",
    "unterstreicht",
    "zeigt sich",
    "zeigte sich",
    "appelliert",
    "appellierte",
    "fordert",
    "forderte",
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

# German cities and districts likely to appear as places (Land capitals and the larger cities).
CITIES = (
    "Aachen Augsburg Bamberg Bielefeld Bochum Bonn Bottrop Braunschweig Bremerhaven Chemnitz Cottbus "
    "Darmstadt Dessau Dortmund Dresden Duisburg Düsseldorf Erfurt Erlangen Essen Flensburg Frankfurt "
    "Freiburg Fürth Gelsenkirchen Gera Gießen Göttingen Greifswald Hagen Halle Hamm Hannover Heidelberg "
    "Heilbronn Herne Hildesheim Ingolstadt Jena Kaiserslautern Karlsruhe Kassel Kiel Koblenz Köln Krefeld "
    "Leipzig Leverkusen Lübeck Ludwigshafen Lüneburg Magdeburg Mainz Mannheim Marburg Moers Mönchengladbach "
    "Mülheim München Münster Neubrandenburg Neuss Nürnberg Oberhausen Offenbach Oldenburg Osnabrück "
    "Paderborn Pforzheim Potsdam Regensburg Remscheid Reutlingen Rostock Saarbrücken Salzgitter Schwerin "
    "Siegen Solingen Stralsund Stuttgart Trier Tübingen Ulm Weimar Wiesbaden Wismar Wolfsburg Wuppertal "
    "Würzburg Zwickau Tiergarten Kreuzberg Neukölln Mitte Spandau Charlottenburg Moabit Wedding"
).split()

COUNTRIES = (
    "Deutschland Bulgarien Polen Rumänien Syrien Türkei Ukraine Russland Italien Spanien Griechenland "
    "Afghanistan Irak Iran Eritrea Österreich Frankreich Kroatien Serbien Kosovo Albanien Indien China"
).split()

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
    """
    Am Im Zum Zur Beim Vom Die Der Das Den Dem Des Ein Eine Einen Auch Nach Mit Bei Für Von Seit Als
    Auf Aus In An Unter Über Neben Heute Damit Dazu Da So Sie Er Es Wir Ihr Dort Hier Insgesamt Bereits
    Frau Herr Herrn Gemeinsam Zudem Außerdem Allerdings Doch Mehr Weitere Weiterhin Integration Berlin
    Mai Juni Juli August September Oktober November Dezember Januar Februar März April Eindrücke
    """.split()
)

GERMAN_NUMBER_WORDS: dict[str, int] = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
}
