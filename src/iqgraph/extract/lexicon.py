"""Word lists of German public-sector language: the gazetteer side of the extractor.

These are facts of the language (role nouns, legal forms, event nouns, place names), not of any release.
Facts about the IQ programme itself live in data/reference.ttl.
"""

from __future__ import annotations

from pathlib import Path

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
)

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
    "chef",
    "landrat",
    "landrät",
    "schirmherr",
    "expert",
    "anwalt",
    "anwält",
    "mediator",
    "rektor",
    "dekan",
    "professor",
    "vorständ",
    "beigeordnet",
    "obermeister",
    "dozent",
    "trainer",
    "manager",
    "botschafter",
    "mentor",
    "stadtrat",
    "stadträt",
)
# Adjectival nouns: their nominative depends on article and gender ("der Beauftragte", "ein Beauftragter").
ADJECTIVAL_ROLE_STEMS = (
    "beauftragt",
    "vorsitzend",
    "abgeordnet",
    "stellvertret",
    "angestellt",
    "beigeordnet",
)
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

# Countries of origin. Deutschland is left out: it is the setting of every release, not a place one is about.
COUNTRIES = [
    "Bulgarien",
    "Polen",
    "Rumänien",
    "Syrien",
    "Türkei",
    "Ukraine",
    "Russland",
    "Italien",
    "Spanien",
    "Griechenland",
    "Afghanistan",
    "Irak",
    "Iran",
    "Eritrea",
    "Österreich",
    "Frankreich",
    "Kroatien",
    "Serbien",
    "Kosovo",
    "Albanien",
    "Indien",
    "China",
]

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
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Januar",
        "Februar",
        "März",
        "April",
        "Eindrücke",
    ]
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

# Short forms of federal ministries' names, as the press writes them, and the names they stand for.
MINISTRY_SHORT_FORMS: dict[str, str] = {
    "Bundesarbeitsministerium": "Bundesministerium für Arbeit und Soziales",
    "Bundessozialministerium": "Bundesministerium für Arbeit und Soziales",
    "Bundesbildungsministerium": "Bundesministerium für Bildung und Forschung",
    "Bundesforschungsministerium": "Bundesministerium für Bildung und Forschung",
}


def _german_places() -> frozenset[str]:
    """German towns from GeoNames (german_places.txt, written by tools/german_places.py), less the Länder."""
    lines = Path(__file__).with_name("german_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#")) - set(LAENDER)


# Towns a name may end in ("Jobcenter Eisenach", "Universität Passau") or that stand after a preposition of
# place ("in Eisenhüttenstadt"); not searched for on their own.
GERMAN_PLACES = _german_places()
# Towns and districts named like common words or family names: places only after a preposition of place.
AMBIGUOUS_TOWNS = frozenset({"Essen", "Hagen", "Halle", "Siegen", "Hof", "Mitte", "Wedding", "Moabit"})


# ---------------------------------------------------------------- counts (extract/counts.py)

# Words before a number that make it approximate; the gold keeps them with the counted thing: "Gäste (rund)".
COUNT_QUALIFIERS = (
    "mehr als",
    "weit über",
    "über",
    "rund",
    "knapp",
    "ca.",
    "circa",
    "zirka",
    "etwa",
    "fast",
    "bis zu",
    "gut",
    "nahezu",
    "annähernd",
    "mindestens",
)
# Scale words after a number: "1,5 Millionen Euro".
COUNT_SCALES: dict[str, int] = {
    "Millionen": 1_000_000,
    "Million": 1_000_000,
    "Mio.": 1_000_000,
    "Milliarden": 1_000_000_000,
    "Milliarde": 1_000_000_000,
    "Mrd.": 1_000_000_000,
    "Tausend": 1_000,
}
# Currency after a number: the count is an amount of money.
CURRENCY_WORDS = ("Euro", "EUR", "€")
# Nouns after a number that measure time or a share, not a count of things.
NOT_COUNTED = frozenset(
    {
        "Jahr", "Jahre", "Jahren", "Jahres", "Monat", "Monate", "Monaten", "Woche", "Wochen", "Tag", "Tage",
        "Tagen", "Stunde", "Stunden", "Minute", "Minuten", "Sekunden", "Uhr", "Prozent", "Mal", "Prozentpunkte",
        "Lebensjahr", "Lebensjahre", "Lebensjahren", "Jahrhundert", "Jahrzehnte", "Jahrzehnten", "Cent",
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember",
    }
)  # fmt: skip
# Endings of nouns that have no plural in -s/-e/-n form of their own: after a number > 1 such a word is no
# counted noun but the start of a name ("328 Integration durch Bildung").
SINGULAR_ONLY_ENDINGS = ("ung", "ion", "heit", "keit", "schaft", "tät", "ismus", "ik")
# Lower-case words that end in an adjective ending but are not attributes of a counted noun.
COUNT_FUNCTION_WORDS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "eine", "einen", "einem", "einer", "eines", "keine", "diese",
        "dieser", "diesen", "jede", "jeder", "alle", "allen", "aller", "wurde", "wurden", "werden", "waren",
        "haben", "hatten", "sollen", "sollten", "können", "konnten", "müssen", "wollen", "sie", "wir", "ihre",
        "ihren", "ihrer", "seine", "seinen", "seiner", "unsere", "unseren", "oder", "aber", "sowie", "jetzt",
        "gerne", "hier", "mehr", "weitere", "weiteren", "andere", "anderen", "beide", "beiden", "ohne", "ganze",
    }
)  # fmt: skip
# Prepositions (with their contractions) before a name: it is no grammatical subject.
PREPOSITIONS = frozenset(
    {
        "in", "im", "ins", "mit", "von", "vom", "für", "bei", "beim", "aus", "zu", "zum", "zur", "an", "am",
        "auf", "über", "unter", "nach", "durch", "gegen", "ohne", "um", "seit", "vor", "hinter", "neben",
        "zwischen", "innerhalb", "außerhalb", "während", "wegen", "trotz", "dank", "laut", "gemäß", "ab", "bis",
        "als", "wie", "samt", "nebst", "statt", "anstatt",
    }
)  # fmt: skip
# Articles and determiners that may stand between a preposition and a name.
DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "seinem", "seiner",
     "seinen", "ihrem", "ihrer", "ihren", "diesem", "dieser", "diesen"}
)  # fmt: skip
# Prepositions that make a name the container of what is counted: "im Netzwerk arbeiten 29 Institutionen".
CONTAINER_PREPOSITIONS = frozenset({"in", "im", "innerhalb", "zum", "zur"})
# ... and for amounts of money also the beneficiary: "für das Netzwerk wurden 50.000 Euro bewilligt".
BENEFICIARY_PREPOSITIONS = frozenset({"für", "an"})
# "eines von 16 Landesnetzwerken": one member of a set that belongs to the programme.
ONE_OF = ("eines", "einer", "eins", "eine", "einem")
NETWORK_NOUN_STEM = "netzwerk"
# Counted nouns that are the participants or the programme items of an event: the event is the subject.
EVENT_COUNT_STEMS = (
    "gäst", "teilnehm", "besucher", "besuchend", "anwesend", "interessiert", "zuhörer", "zuhörend",
    "aussteller", "workshop", "panel", "foren", "fachforen", "roundtable", "vorträg", "vortrag", "podi",
    "diskussionsrund", "gesprächsrund", "themeninsel", "impuls", "arbeitsgruppe", "fachforum",
)  # fmt: skip
# Counted nouns that are subprojects of a network: written as iq:subprojectCount.
SUBPROJECT_COUNT_STEMS = ("teilprojekt", "teilvorhaben", "projekt")
# Labels before a number that make the number part of a name or reference: "§ 17", "Nr. 3", "Raum 12".
NUMBER_LABEL_WORDS = frozenset({"§", "§§", "Nr.", "Abs.", "Art.", "S.", "Tel.", "Fax", "Nummer", "Absatz"})


# ---- events (issue 11): more event nouns and speech acts, read with EVENT_NOUNS and SPEAKER_CUES above.
# Heads of event compounds ("Neueröffnung", "Landesbeiratssitzung", "Pressegespräch", "IQ Symposium").
MORE_EVENT_NOUNS = (
    "Symposium",
    "Eröffnung",
    "Besuch",
    "Auftakt",
    "Sitzung",
    "Fachgespräch",
    "Pressegespräch",
    "Seminar",
    "Feierstunde",
    "Gipfel",
    "Fest",
)
# Speech acts and speaking roles beyond SPEAKER_CUES (stems, matched case-insensitively).
MORE_SPEAKER_CUES = (
    "podium",
    "diskutierte",
    "ansprache",
    "laudatio",
    " rede ",
    " rede,",
    " rede.",
    "überreicht",
    "moderator",
    "referent",
    "willkommen",
    "input",
    "überblick",
    "erläuterte",
    "gesprächsrunde",
    "sprechen",
    "vorgestellt",
)


# ---- roles, quotes and persons (issue 11) ----
# Units inside an organisation that a role title keeps in the genitive ("Leiterin der Abteilung …",
# "Vorsitzende der Geschäftsführung", "Bürgermeister des Dezernats …"); matched at a word's end.
TITLE_UNIT_NOUNS = (
    "abteilung",
    "geschäftsführung",
    "bereich",
    "referat",
    "dezernat",
    "projekt",
    "ressort",
    "vorstand",
    "team",
    "stabsstelle",
    "fachgebiet",
    "fakultät",
    "lehrstuhl",
    "senat",
    "landtag",
    "bundestag",
    "regierung",
)
# Genitives of a Land that a title keeps ("Minister für … des Saarlandes", "… des Landes Hessen").
LAND_GENITIVES = ("Saarlandes", "Saarlands", "Freistaates Sachsen", "Freistaats Bayern", *LAENDER)
# Mandates written after a name ("Petra Beispiel MdL"): a role without an organisation.
MANDATES = ("MdL", "MdB", "MdEP", "MdA", "MdBB", "MdHB")
# Role nouns of the masculine (agentive) form; their "-in" form is feminine. Others fit either gender.
GENDERED_ROLE_STEMS = tuple(
    s
    for s in ROLE_STEMS
    if s not in ADJECTIVAL_ROLE_STEMS and s not in ("vorstand", "koordination", "projektleitung", "leitung")
)
# Verbs linking a person to a role named after them: "X wird neue Leiterin …", "X wurde zum … ernannt",
# "X übernimmt die Leitung …", "X war zuvor Referentin …".
APPOINTMENT_LINKS = (
    "wird",
    "wurde",
    "ist",
    "war",
    "bleibt",
    "wird zum",
    "wird zur",
    "wurde zum",
    "wurde zur",
    "übernimmt die",
    "übernahm die",
    "übernimmt als",
    "übernahm als",
)
# Adverbs of time between an appointment verb and the role ("war zuvor", "ist seit 2019").
APPOINTMENT_TIMES = (
    "zuvor",
    "vorher",
    "bisher",
    "bislang",
    "künftig",
    "nun",
    "jetzt",
    "ab sofort",
    "seit [\\w.]+",
)
# Nouns for people (not roles) that show the name after them is a person's: "der Bauingenieur Suvan Probandt".
PERSON_NOUN_STEMS = (
    "ingenieur",
    "arzt",
    "ärztin",
    "lehrer",
    "pfleger",
    "student",
    "absolvent",
    "teilnehmer",
    "mentor",
    "expert",
    "journalist",
    "wissenschaftler",
    "professor",
    "anwalt",
    "anwältin",
    "unternehmer",
    "kolleg",
    "preisträger",
    "schirmherr",
)
# Title nouns after which a family name may stand alone ("Senator Brodersen", "Ministerin Beispiel").
SURNAME_TITLE_STEMS = (
    "senator",
    "minister",
    "staatssekretär",
    "bürgermeister",
    "präsident",
    "landrat",
    "landrätin",
    "stadtrat",
    "stadträtin",
    "kanzler",
)
# A sentence after a quote that points back to it and names the speaker: "„…“ Mit diesen Worten eröffnete X …",
# "„…“ Das betonte X …".
QUOTE_BACK_REFERENCES = ("Mit diesen Worten", "Mit diesen Sätzen", "Das", "Dies", "Darauf", "Daran")
# Verbs of such a sentence besides the speech verbs.
QUOTE_ACT_VERBS = ("eröffnete", "begrüßte", "schloss", "appellierte", "mahnte", "forderte", "warb", "warnte")
# Verbs saying a person belongs to or works for an organisation named after them ("X arbeitet bei …",
# "X ist Mitglied im …", "X ist beim … tätig").
MEMBER_VERBS = ("arbeitet", "arbeitete", "ist Mitglied", "war Mitglied", "ist", "war", "engagiert sich")

# ---- roles, quotes and persons, round 2 (issue 11) ----
# Academic titles and degrees between a role and a name ("Geschäftsführer …, Mag. (FH) Karl Muster"), as
# regular expressions.
ACADEMIC_TITLES = (
    r"Dr\.",
    r"Prof\.",
    r"Mag\.",
    r"Dipl\.-\w+\.?",
    r"\(FH\)",
    r"M\.\s?A\.",
    r"h\.\s?c\.",
    r"PD",
)
# Role nouns of a government's political heads: without an organisation in their phrase, their ministry is
# the one the release names whose name holds the compound's first part ("Arbeitsministerin" ->
# "Ministerium für Arbeit …"; "die Ministerin" -> the release's one ministry).
MINISTRY_ROLE_STEMS = ("minister", "staatssekretär", "senator")
# First parts of such compounds that name the level, not the portfolio ("Bundesarbeitsministerin").
GOVERNMENT_LEVELS = ("bundes", "landes", "staats")
# Role nouns whose holder heads a body named by a place ("die Osnabrücker Landrätin" -> "Landkreis Osnabrück").
PLACE_BODY_OF_ROLE: dict[str, str] = {"landrat": "Landkreis", "landrät": "Landkreis"}
# A letter printed in a release: its salutation and its closing, before the signature (a name on its own line).
LETTER_SALUTATIONS = ("Sehr geehrte", "Sehr geehrter", "Sehr geehrtes", "Liebe", "Lieber", "Guten Tag")
LETTER_CLOSINGS = (
    "Mit freundlichen Grüßen",
    "Mit freundlichem Gruß",
    "Freundliche Grüße",
    "Viele Grüße",
    "Beste Grüße",
    "Herzliche Grüße",
    "Mit besten Grüßen",
)
# Words that report speech without a verb: "laut Petra Beispiel ist das „ein Erfolg für alle“".
SPEECH_CUES = ("laut", "Worten", "zufolge")


# ---- counts (issue 11, round 2): read with the counts block above (extract/counts.py).
# Counted nouns that are people in an event's audience: a small number of them ("vier Teilnehmende berichteten")
# is a group among the audience, not its size.
AUDIENCE_COUNT_STEMS = (
    "gäst", "teilnehm", "besucher", "besuchend", "anwesend", "interessiert", "zuhörer", "zuhörend",
)  # fmt: skip
# Fewer people than this are no audience an event report counts.
MIN_AUDIENCE = 10
# Words that put a count on the whole country ("bundesweit 300 Beratungsstellen"): it is the programme's or
# nobody's, never a Land's or a Land network's.
NATIONWIDE_WORDS = frozenset(
    {"bundesweit", "deutschlandweit", "bundesweiten", "deutschlandweiten", "bundesweite"}
)
# Determiners that introduce some other thing of a kind, not the one the release is about ("ein Netzwerk von
# 30 Betrieben").
INDEFINITE_DETERMINERS = frozenset(
    {"ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "andere",
     "anderen", "weitere", "weiteren"}
)  # fmt: skip
# Words joining a count to the one before it, which it shares the subject with: "35 Runde Tische und 3 Fachtage",
# "20 000 Beratungen durchgeführt und 12 000 Abschlüsse registriert", "800 Anerkennungen in 80 Berufen".
COUNT_CONJUNCTIONS = ("und", "sowie", "oder", "in", "an", "aus", ",")
# Words of a sentence that say people attended ("Rund 120 Gäste kamen", "Der Einladung folgten 150 Teilnehmende"):
# without one, "250 Teilnehmende" may be those of a course, not of the event the release reports.
ATTENDANCE_WORDS = frozenset(
    {"kam", "kamen", "gekommen", "nahm", "nahmen", "teil", "teilgenommen", "folgte", "folgten", "gefolgt",
     "besuchte", "besuchten", "besucht", "diskutierten", "diskutiert", "versammelten", "erwartet", "erwarteten",
     "begrüßte", "begrüßten", "lockte", "gelockt", "trafen", "getroffen", "dabei", "anwesend", "informierten",
     "tauschten", "verfolgten", "zählte", "lauschten", "nutzten", "vertreten"}
)  # fmt: skip
# ... or a preposition right before the number: "vor rund 200 Gästen", "mit über 150 Teilnehmenden".
ATTENDANCE_PREPOSITIONS = frozenset({"vor", "mit"})
# Counts read from another sentence or from no construction at all (a passive clause's topic, the main
# network) must be at least this large: "Dabei wurden zwei Projekte vorgestellt" reports an act, not a figure.
MIN_INFERRED = 5
# A passive clause without an agent is about the sentence before only when it reports a tally over a period
# ("Seither wurden 900 Anträge gestellt", "Im Vorjahr wurden insgesamt 70 Menschen begleitet"), not one act
# ("Dabei wurden 50 Fragen gestellt").
PASSIVE_FRAME_WORDS = frozenset(
    {"seit", "seitdem", "seither", "bislang", "bisher", "insgesamt", "jahr", "jahren", "zeitraum", "rahmen",
     "förderzeitraum", "förderphase", "jährlich", "allein", "alleine", "inzwischen", "mittlerweile", "bereits"}
)  # fmt: skip
# Prepositions before a small number that make it the object of one act ("vergibt den Preis an 3 Betriebe",
# "feierte mit 3 Reden"), not a figure of the clause's subject; "in drei Teilregionen" is one.
ACT_PREPOSITIONS = frozenset({"an", "mit", "für", "von", "zu", "bei", "über", "auf", "nach", "vor"})


# ---- events, round 2 (issue 11): labels, speech at an event, starts, organisers. Read by `events.py`.
# Stems of ordinal adjectives an event's name keeps ("ersten Fachkongress" -> "Erster Fachkongress").
ORDINAL_STEMS = (
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt",
    "siebent",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
)
# Speech acts that report a person speaking at the event in scope, beyond SPEAKER_CUES: reporting verbs
# and the parts of a programme a person gives ("gab einen Ausblick", "sorgte für den Einstieg").
EVENT_SPEECH_CUES = (
    "sagte",
    "betonte",
    "unterstrich",
    "erklärte",
    "argumentierte",
    "plädierte",
    "appellierte",
    "forderte",
    "mahnte",
    "warb ",
    "dankte",
    "würdigte",
    "ausblick",
    "einblick",
    "einstieg",
    "impuls",
)


# ---- counts, round 3 (issue 11): read by extract/counts.py.
# Prepositions that name the agent of a passive clause: "Rund 5.000 Ratsuchende wurden vom Netzwerk X beraten".
AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


# ---- events, round 3 (issue 11): starts and signings reported by their verb, read by extract/events.py.
# A service, project or office that started on a day: "startete am 3. Mai", "nahm zum 1. Juli ihre Arbeit auf",
# "ging am 2. März an den Start", "bietet ab heute … an" (regular expressions). The present "startet am 3. Mai"
# announces courses and registrations as often as a start: it is a cue only in the lead (EVENT_START_LEAD_CUES).
EVENT_START_CUES = (
    r"\b(?:startete|starteten|gestartet)\b",
    r"\b(?:nimmt|nehmen|nahm|nahmen)\b[^;\n]{0,80}?\bArbeit\s+auf\b",
    r"\bArbeit\s+aufgenommen\b",
    r"\b(?:geht|gehen|ging|gingen)\b[^;\n]{0,80}?\ban\s+den\s+Start\b",
    r"\b(?:[Aa]b|[Ss]eit)\s+(?:heute|dem\s+\d|\d)[^;\n]{0,200}?\b(?:an|angeboten)\b(?=\s*[.;,]|\s*$)",
)
# A lead that reports a start ("Beratungsstelle startet"): a "seit dem 3. Mai" in the text is then that start.
EVENT_START_LEAD_CUES = (r"\b(?:startet|starten)\b", *EVENT_START_CUES)
# An agreement signed or concluded on a day: "unterzeichneten am 3. Mai", "die am 3. Mai geschlossene
# Vereinbarung", "schlossen am 3. Mai einen Kooperationsvertrag".
_AGREEMENT = (
    r"(?:[A-ZÄÖÜ][a-zäöü]*(?:vereinbarung|vertrag|abkommen|pakt)|Vereinbarung|Vertrag|Abkommen|Pakt)\b"
)
EVENT_SIGNING_CUES = (
    r"\b(?:unterzeichnet|unterzeichnete|unterzeichneten|unterschrieben|unterschrieb)\b",
    r"\bgeschlossene[nm]?\s+(?:[a-zäöü]+\s+)?" + _AGREEMENT,
    r"\b(?:schloss|schlossen)\b[^;\n]{0,80}?" + _AGREEMENT,
)
# Heads whose quoted name may hold an event noun without naming an event: "das Projekt „Infotag Beispiel“".
NAMED_THING_HEADS = ("Projekt", "Programm", "Initiative", "Kampagne", "Vorhaben", "Angebot", "Modul")


# ---- names, round 3 (issue 11): organisation names beyond the German head nouns. Read by `organisations.py`.
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


# ---- roles, quotes and persons, round 3 (issue 11) ----
# Leading said by a verb (-> iq:ledBy): "X leitet das Projekt", "von X geleitet", "unter der Leitung von X".
LEAD_VERBS = ("leitet", "leitete", "koordiniert", "koordinierte")
LEAD_PARTICIPLES = ("geleitet", "koordiniert")
LEAD_NOUNS = ("Leitung", "Koordination", "Federführung")
# Verbs that attribute a quote, beyond SPEECH_VERBS (present and past; "„…“, erzählt X", "X fügte hinzu: „…“").
MORE_SPEECH_VERBS = (
    "erzählt",
    "erzählte",
    "fügt hinzu",
    "fügte hinzu",
    "führt aus",
    "führte aus",
    "gibt zu bedenken",
    "gab zu bedenken",
    "räumt ein",
    "räumte ein",
    "erinnert",
    "erinnerte",
    "versichert",
    "versicherte",
    "bilanziert",
    "bilanzierte",
    "hofft",
    "hoffte",
    "lobt",
    "lobte",
    "mahnt",
    "mahnte",
    "warnt",
    "warnte",
    "wünscht sich",
    "wünschte sich",
    "findet",
    "fand",
    "weiß",
    "ergänzen",
    "sagen",
    "betonen",
    "erklären",
    "heißt es",
)
QUOTE_VERBS = (*SPEECH_VERBS, *MORE_SPEECH_VERBS)

# ---- roles (w-roles): abbreviated role titles, written as they stand ("Ref. Grundsatzfragen",
# "Abt.-Leiterin"); the abbreviation is the title, not spelled out. Bare "GF", "Vors.", "Stv." read too much.
ROLE_ABBREVIATIONS = (
    "Ref.",
    "Refl.",
    "Abt.-Leiter",
    "Abt.-Leiterin",
    "Abt.-Ltr.",
)


# --- names (w-names, round 3) ---
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
