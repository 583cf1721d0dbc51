"""Names of bodies: organisation head nouns, legal forms, parties, words that are never names."""

from __future__ import annotations

from .events import MONTH_NAMES
from .places import GENERIC_VENUE_PARTS

# Heads of organisation names, by the iq: class they signal. Matched as word endings, so compounds
# ("Arbeitsministerium", "Landesregierung") are covered.
ORG_HEADS: dict[str, str] = {
    "ministerium": "Ministry",
    "senatsverwaltung": "Ministry",
    # the head of government's office of a Land, of a city-state ("Senatskanzlei Hamburg"): the government's, no
    # ministry with a portfolio
    "staatskanzlei": "Agency",
    "senatskanzlei": "Agency",
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
    # a working group by its proper name ("der Arbeitskreis Asyl Fulda"); a firm's name after "Firma" is read in
    # organisations/firms.py
    "arbeitskreis": "Organisation",
    "stiftung": "Organisation",
    "kammer": "Organisation",
    "institut": "Organisation",
    "bildungswerk": "Organisation",
    "hochschule": "Organisation",
    "universität": "Organisation",
    "volkshochschule": "Organisation",
    # schools of a trade, named by a proper name or their town ("Pflegeschule Elbufer", "Sprachschule Lingua");
    # not a bare "Schule", a building as often as a body
    "pflegeschule": "Organisation",
    "berufsschule": "Organisation",
    "berufsfachschule": "Organisation",
    "sprachschule": "Organisation",
    "fachschule": "Organisation",
    "flüchtlingsrat": "Organisation",
    "sachverständigenrat": "Organisation",
    "verband": "Organisation",
    "gewerkschaft": "Organisation",
    "akademie": "Organisation",
    "werk": "Organisation",
    # a town's utility and transport companies, plural only ("die Stadtwerke Kassel", "die Kieler Verkehrsbetriebe")
    "stadtwerke": "Organisation",
    "verkehrsbetriebe": "Organisation",
    # the employers' federations of a region, plural only ("die Unternehmensverbände Mittelhessen", "die
    # Unternehmerverbände Niedersachsen")
    "unternehmensverbände": "Organisation",
    "unternehmerverbände": "Organisation",
    # the youth councils of a district or Land, named by it ("Kreisjugendring Musterkreis", "Landesjugendring X")
    "jugendring": "Organisation",
    "gesellschaft": "Organisation",
    "bündnis": "Organisation",
    # an alliance of bodies by its proper name ("der Beratungsverbund Nordland", "der Verbund Arbeit Musterstadt")
    "verbund": "Organisation",
    "zeitung": "Organisation",
    # broadcasters named by their Land or region: "Saarländischer Rundfunk", "Rundfunk Musterland"
    "rundfunk": "Organisation",
    # public bodies of the Länder and municipalities, parliaments, federations, funds
    "amt": "Agency",
    "landesdirektion": "Agency",  # not a bare "Direktion": the management of any business
    "regierung": "Agency",
    "landkreis": "Agency",
    "landeshauptstadt": "Agency",
    "senat": "Agency",
    "beirat": "Agency",
    "abgeordnetenhaus": "Organisation",
    # parliaments named by their adjective ("Europäisches Parlament"); a bare "Parlament" names none
    "parlament": "Organisation",
    "landtag": "Organisation",
    "bundestag": "Organisation",
    "union": "Organisation",
    "bund": "Organisation",
    "kammertag": "Organisation",
    "handwerkerschaft": "Organisation",
    # the guilds of a trade, named by their region or whose trade they are ("Bäckerinnung Musterstadt", "Innung des
    # Kraftfahrzeughandwerks Musterkreis")
    "innung": "Organisation",
    "diakonie": "Organisation",
    # church congregations, named by their confession and parish ("Evangelische Kirchengemeinde Musterdorf")
    "kirchengemeinde": "Organisation",
    "caritas": "Organisation",  # the Catholic welfare association by its region: "Caritas Trier"
    # chambers by their abbreviation and region: "IHK Kassel", "HWK Oberfranken"
    "ihk": "Organisation",
    "hwk": "Organisation",
    "klinikum": "Organisation",
    "klinik": "Organisation",
    "krankenhaus": "Organisation",
    # savings banks and university hospitals, named by their region or town ("Sparkasse Rhein-Nahe",
    # "Kreissparkasse Köln", "Universitätsmedizin Mainz")
    "sparkasse": "Organisation",
    "universitätsmedizin": "Organisation",
    "regierungspräsidium": "Agency",
    # the statutory pension insurance, a public body by its region ("Deutsche Rentenversicherung Nord")
    "rentenversicherung": "Agency",
    # the authorities that recognise foreign qualifications ("Zentrale Anerkennungsstelle Hessen")
    "anerkennungsstelle": "Agency",
    "kreisverwaltung": "Agency",
    # public institutions and the departments of a town's administration, named by what they are for or whose
    # they are ("Bundesanstalt für Arbeitsschutz", "Referat für Arbeit und Wirtschaft der Landeshauptstadt
    # München", "Sozialreferat der Stadt X", "Dezernat für Soziales der Stadt X", "Stabsstelle Integration der
    # Stadt X")
    "anstalt": "Agency",
    # federal central offices ("Bundeszentrale für politische Bildung") and a Hessian town's government ("Magistrat
    # der Stadt X")
    "bundeszentrale": "Agency",
    # ... and a Land's ("Landeszentrale für politische Bildung", "Landeszentrale für Gesundheit")
    "landeszentrale": "Agency",
    "magistrat": "Agency",
    "referat": "Agency",
    "dezernat": "Agency",
    "stabsstelle": "Agency",
    # a town's or district's departments, named by their topic and whose they are ("Fachbereich Integration der
    # Stadt X", "Fachdienst Migration des Landkreises X")
    "fachbereich": "Agency",
    "fachdienst": "Agency",
    # the federations of towns, districts and crafts of a Land: "Bayerischer Handwerkstag", "Hessischer Städtetag"
    # federations and working groups named by their members or region ("Bundesvereinigung der Deutschen
    # Arbeitgeberverbände", "Landesarbeitsgemeinschaft der Freien Wohlfahrtspflege Hessen")
    "vereinigung": "Organisation",
    "arbeitsgemeinschaft": "Organisation",
    "handwerkstag": "Organisation",
    # centres named by what they are for ("Zentrum für Migration und Arbeit", "Bildungszentrum für Pflege"); not a
    # "Forum", which is as often an event
    "zentrum": "Organisation",
    # international and other bodies named by what they are for ("Internationale Organisation für Migration")
    "organisation": "Organisation",
    # associations of migrants, named by a proper name after the head, like a "Verein" ("die Migrantenorganisation
    # Brückenschlag", "der Migrantinnenorganisation Lernwerk")
    "migrantenorganisation": "Organisation",
    "migrantinnenorganisation": "Organisation",
    "migrantenselbstorganisation": "Organisation",
    # federations of associations, named by their members ("Föderation der Beispielvereine in Deutschland")
    "föderation": "Organisation",
    # the municipal integration centres of North Rhine-Westphalia, one per district ("Kommunales Integrationszentrum
    # Kreis Musterland")
    "integrationszentrum": "Agency",
    # the parliaments of Hamburg and Bremen ("Hamburgische Bürgerschaft"); the EU's executive, a "kommission", is typed a
    # public body in organisations/heads.py
    "bürgerschaft": "Organisation",
    # a parliament's committees, named by their portfolio ("Ausschuss für Arbeit, Integration und Soziales")
    "ausschuss": "Organisation",
    "kommission": "Organisation",
    "städtetag": "Organisation",
    "landkreistag": "Organisation",
    "gemeindetag": "Organisation",
    "fonds": "Programme",
    # service units of a network or a carrier, named by their topic ("Anlaufstelle Anerkennung")
    "anlaufstelle": "Subproject",
    "beratungsstelle": "Subproject",
    "servicestelle": "Subproject",
    "informationsstelle": "Subproject",
    "infostelle": "Subproject",
    "kontaktstelle": "Subproject",
    # the migration services a programme funds and a welfare body carries, named by their town ("Jugendmigrationsdienst
    # Fulda"), like the "Migrationsberatung für erwachsene Zugewanderte"
    "migrationsdienst": "Subproject",
    "kompetenzzentrum": "Subproject",
    "informationszentrum": "Subproject",
    "beratungszentrum": "Subproject",
}

# Heads named only by a "für" phrase of what they are for, then perhaps a place or short form: "im Zentrum der
# Debatte", "im Zentrum Leipzigs", "das Bildungszentrum Nord", "die Organisation der Tagung" are no names.
CENTRE_HEADS = frozenset({"zentrum", "organisation"})
# First parts of a centre's compound that make it a part of a town or a venue, not a body the town names: "im
# Stadtzentrum Kassel", "das Einkaufszentrum Musterstadt", "im Kongresszentrum Kassel".
PLACE_CENTRE_PARTS = (
    *GENERIC_VENUE_PARTS, "innenstadt", "orts", "dorf", "einkaufs", "shopping", "veranstaltungs", "freizeit",
    "sport", "rechen", "logistik", "verteil", "ausstellungs", "tagungs",
)  # fmt: skip

# Departments of an administration, named by what they are for or whose they are ("Referat für Arbeit", "Dezernat
# für Soziales der Stadt X"); a word after the bare head names a ministry's unit ("das Referat Migration im
# Ministerium"), no body of its own.
DEPARTMENT_HEADS = frozenset({"referat", "dezernat", "fachbereich", "fachdienst"})

# Agencies of a trade, companies: "Werbeagentur Nordlicht", "Personalagentur der Stadtwerke" (the "agentur" head
# types public bodies: "Arbeitsagentur", "Agentur für Arbeit").
PRIVATE_AGENCY_PREFIXES = (
    "werbe", "personal", "kreativ", "zeitarbeits", "event", "marketing", "presse", "design", "kommunikations",
    "medien", "reise", "vermittlungs", "pflegevermittlungs", "digital", "internet", "text", "nachrichten",
)  # fmt: skip

# Nouns for a body or a venture that a genitive uses without naming one: "der Beirat des Netzwerks", "die Direktion
# des Hotels" (the bare heads of ORG_HEADS count as such too).
COMMON_BODY_NOUNS = frozenset(
    {
        "netzwerk",
        "projekt",
        "teilprojekt",
        "programm",
        "unternehmen",
        "betrieb",
        "hotel",
        "haus",
        "team",
        "träger",
    }
)

# Adjectives that describe a body or unit by its age, order or scope, and so name none: "die neue Servicestelle",
# "das gemeinsame Bündnis", "die zuständige Behörde" (stems, as morphology.adjective_stem returns them).
DESCRIPTIVE_ADJECTIVES = frozenset(
    {
        "neu",
        "erst",
        "gemeinsam",
        "bisherig",
        "künftig",
        "zuständig",
        "dortig",
        "hiesig",
        "jeweilig",
        "wissenschaftlich",
    }
)

# Bare authority nouns that, with a portfolio after "für", name a ministry of a city-state (Hamburg's
# "Behörde für Schule und Berufsbildung"); compounds ("Ausländerbehörde") stay agencies.
PORTFOLIO_AUTHORITIES = frozenset({"behörde"})

# City-state ministries by the short name the press gives them, a portfolio compound of "Behörde": "die
# Schulbehörde", "die Sozialbehörde" (not "Ausländerbehörde", a local office every town has).
PORTFOLIO_AUTHORITY_COMPOUNDS = frozenset(
    stem + "behörde"
    for stem in (
        "schul",
        "sozial",
        "innen",
        "wirtschafts",
        "wissenschafts",
        "kultur",
        "umwelt",
        "justiz",
        "finanz",
    )
    + ("gesundheits", "arbeits", "bildungs")
)

# Portfolios a ministry takes as a genitive rather than after "für" ("Bundesministerium des Innern") that the
# name grammar would otherwise read as a plural ("des Innern" looks like "der Mitarbeitern").
GENITIVE_PORTFOLIOS = frozenset({"Innern", "Justiz", "Finanzen"})

# Collective heads that lead a name ended by a legal form through its genitive and prepositional attributes
# ("Arbeitsgemeinschaft der Beispielvereine in Deutschland e.V.", "Zentralstelle für die Weiterbildung im
# Handwerk e.V."); matched as word endings.
COLLECTIVE_HEADS = (
    "gemeinschaft", "föderation", "vereinigung", "zentralstelle", "charta", "arbeitskreis", "initiative",
    "zentrum", "forum", "verbund", "zusammenschluss",
)  # fmt: skip

# Welfare associations, trade unions and aid organisations organised in regional units, each unit named by the
# association, perhaps a unit noun, and its region: "AWO Schleswig-Holstein", "DGB Bezirk Niedersachsen",
# "Arbeiterwohlfahrt Landesverband Sachsen", "DRK Kreisverband Musterland", "Der Paritätische Thüringen".
REGIONAL_ASSOCIATIONS = (
    "AWO", "Arbeiterwohlfahrt", "DRK", "Deutsches Rotes Kreuz", "DGB", "Deutscher Gewerkschaftsbund", "ver.di",
    "IG Metall", "Johanniter", "Malteser", "Volkssolidarität", "Lebenshilfe", "Sozialverband VdK", "VdK",
    "Internationaler Bund", "IB", "Kolping", "Caritas", "Diakonie", "Paritätischer Wohlfahrtsverband",
    # the educational association of the unions and adult education centres, by its Land ("Arbeit und Leben Musterland")
    "Arbeit und Leben", "ARBEIT UND LEBEN",
)  # fmt: skip
REGIONAL_UNITS = (
    "Bundesverband", "Landesverband", "Bezirksverband", "Kreisverband", "Regionalverband", "Stadtverband",
    "Ortsverband", "Ortsverein", "Diözesanverband", "Landesbezirk", "Bezirk", "Region", "Unterbezirk",
)  # fmt: skip

# Territories of churches and states a body serves, named in a "für" phrase after its head: "Caritasverband für
# die Diözese Mainz", "Diakonisches Werk für das Erzbistum X". Not a town or region: "der Einsatz der Diakonie für
# die Stadt Kassel" says what the body does. A district is, as associations' units are named by it: "Caritasverband
# für den Landkreis Musterland".
SERVED_TERRITORIES = (
    *("Erzbistum", "Bistum", "Erzdiözese", "Diözese", "Landeskirche", "Regierungsbezirk"),
    *("Landkreis", "Kreis"),
    # the Protestant and Catholic church districts welfare bodies are organised by ("Diakonisches Werk für den
    # Kirchenkreis X", "Caritasverband für das Dekanat X")
    *("Kirchenkreis", "Kirchenbezirk", "Dekanat"),
)

# Units that only one body has, and that body: a "Regionaldirektion Bayern" is always the Bundesagentur für
# Arbeit's, named in full with it ("Regionaldirektion Bayern der Bundesagentur für Arbeit").
UNIT_OWNERS: dict[str, str] = {"regionaldirektion": "Bundesagentur für Arbeit"}
# The owners' short forms, which a unit's name may begin with as a compound's first part ("BA-Regionaldirektion Nord").
UNIT_OWNER_SHORT_FORMS: dict[str, str] = {"Bundesagentur für Arbeit": "BA"}

# Heads that follow a proper name as a word of their own ("Bertelsmann Stiftung", "Bruderhaus Diakonie").
HEADS_AFTER_NAMES = (
    "Stiftung", "Diakonie", "Akademie", "Institut", "Universität", "Hochschule", "Klinikum", "Klinik", "Krankenhaus",
)  # fmt: skip

# Offices every town or district has: named only with their place ("Agentur für Arbeit Kassel", "Jobcenter
# Eisenach") or the body they belong to; alone they are a kind of office.
LOCAL_OFFICES = frozenset(
    {"agentur für arbeit", "arbeitsagentur", "jobcenter", "ausländerbehörde", "bezirksamt", "landratsamt"}
    | {"stadtverwaltung", "kreisverwaltung", "sozialamt", "jugendamt", "standesamt", "einbürgerungsbehörde"}
    | {"kommunales integrationszentrum", "integrationszentrum"}
)

# Bodies named by the territory they govern, and whether the territory keeps the head word in its name: after a
# preposition of place ("im Landkreis Gießen", "in der Landeshauptstadt Erfurt") the words name the district
# ("Landkreis Gießen") or the town ("Erfurt"), not the body that acts ("Der Landkreis Gießen fördert").
TERRITORIAL_BODIES: dict[str, bool] = {"Landkreis": True, "Landeshauptstadt": False}

# A municipality's services named by their task, which are bodies only with the municipality that owns them ("die
# Wirtschaftsförderung der Stadt Musterstadt"); alone they are the task.
MUNICIPAL_SERVICES = ("Wirtschaftsförderung", "Beschäftigungsförderung")

# Offices only a municipality has: standing alone in a release that names one municipality as the owner of a body
# ("Amt für Zuwanderung der Stadt Musterstadt … mit der Ausländerbehörde"), they are that municipality's.
MUNICIPAL_OFFICES = frozenset(
    {"Ausländerbehörde", "Einbürgerungsbehörde", "Sozialamt", "Jugendamt", "Standesamt"}
)

# Offices and bodies every town has, in the plural before a list of towns ("die Jobcenter Kiel, Lübeck und
# Flensburg", "die Agenturen für Arbeit Halle und Dessau"): one office of each town, by its name in the singular.
DISTRIBUTIVE_PLURALS: dict[str, str] = {
    "Jobcenter": "Jobcenter",
    "Agenturen für Arbeit": "Agentur für Arbeit",
    "Arbeitsagenturen": "Arbeitsagentur",
    "Ausländerbehörden": "Ausländerbehörde",
    "Handwerkskammern": "Handwerkskammer",
    "Industrie- und Handelskammern": "Industrie- und Handelskammer",
    "Volkshochschulen": "Volkshochschule",
    "Universitäten": "Universität",
    "Hochschulen": "Hochschule",
    # the offices of the Länder's districts and of the towns ("die Regierungspräsidien Kassel und Gießen")
    "Regierungspräsidien": "Regierungspräsidium",
    "Bezirksregierungen": "Bezirksregierung",
    "Landratsämter": "Landratsamt",
    "Kreisverwaltungen": "Kreisverwaltung",
    "Stadtverwaltungen": "Stadtverwaltung",
    # municipalities as bodies ("mit den Städten Gotha und Eisenach", "die Landkreise Greiz und Gotha fördern"); in
    # municipalities.py only where no preposition of place makes them the territory
    "Städte": "Stadt",
    "Landkreise": "Landkreis",
    "Gemeinden": "Gemeinde",
}
# The municipalities among those: bodies only as the subject or object, not after "in den", "aus den".
MUNICIPAL_PLURALS = frozenset({"Städte", "Landkreise", "Gemeinden"})

# Short forms of heads that a town follows, and the heads they stand for: "Uni Passau" is the "Universität Passau",
# "TU Dresden" the "Technische Universität Dresden".
SHORT_HEADS: dict[str, str] = {
    "Uni": "Universität",
    "TU": "Technische Universität",
    "FH": "Fachhochschule",
    "VHS": "Volkshochschule",
}

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
    # other associations of welfare and migration known by their name alone
    "Volkssolidarität": (),
    "Internationaler Bund": (),
    "Verband binationaler Familien und Partnerschaften": (),
    "Türkische Gemeinde in Deutschland": ("TGD",),
    "Deutscher Gewerkschaftsbund": ("DGB",),
    # the member unions, known by the name they write themselves ("die IG Metall fordert", "ver.di begrüßt")
    "IG Metall": (),
    "IG BCE": (),
    "IG BAU": (),
    "ver.di": (),
    "Gewerkschaft Erziehung und Wissenschaft": ("GEW",),
    "Gewerkschaft Nahrung-Genuss-Gaststätten": ("NGG",),
    "Eisenbahn- und Verkehrsgewerkschaft": ("EVG",),
    # the umbrella bodies of business and crafts, and international and research bodies of migration and labour,
    # often named by their abbreviation alone ("Experte der OECD", "laut DIHK")
    "Deutscher Industrie- und Handelskammertag": ("DIHK",),
    "Zentralverband des Deutschen Handwerks": ("ZDH",),
    "Bundesvereinigung der Deutschen Arbeitgeberverbände": ("BDA",),
    "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung": ("OECD",),
    "Internationale Organisation für Migration": ("IOM",),
    "Internationale Arbeitsorganisation": ("ILO",),
    "Hoher Flüchtlingskommissar der Vereinten Nationen": ("UNHCR",),
    "Deutsche Gesellschaft für Internationale Zusammenarbeit": ("GIZ",),
    "Sachverständigenrat für Integration und Migration": ("SVR",),
    "Charta der Vielfalt": (),
    "Goethe-Institut": (),
}

# The church welfare associations by their short names ("Beratung bei der Caritas und der Diakonie"): a body of its
# own only where the release names no regional one with that word ("Diakonie Saar" … "bei der Diakonie").
WELFARE_SHORT_NAMES = frozenset({"Caritas", "Diakonie"})

# Federal public bodies of recognition and labour-market integration whose names hold no head that types them as
# public (an "Institut", a "Zentralstelle", a "Konferenz"), with the abbreviations they are known by.
FEDERAL_PUBLIC_BODIES: dict[str, tuple[str, ...]] = {
    "Institut für Arbeitsmarkt- und Berufsforschung": ("IAB",),
    "Zentralstelle für ausländisches Bildungswesen": ("ZAB",),
    "Zentrale Auslands- und Fachvermittlung": ("ZAV",),
    "Kultusministerkonferenz": ("KMK",),
    "Integrationsministerkonferenz": ("IntMK",),  # the Länder's conferences of ministers, as the KMK
    "Arbeits- und Sozialministerkonferenz": ("ASMK",),
    "Bundesinstitut für Berufsbildung": ("BIBB", "BiBB"),
    "Statistisches Bundesamt": ("Destatis",),
    "Bundesverwaltungsamt": ("BVA",),
}

LEGAL_FORMS = ("gGmbH", "GmbH", "mbH", "gUG", "e. V.", "e.V.", "eG", "AG", "KG", "kAöR", "AöR")

# Nouns naming a subproject kind; a quoted name after them is the subproject's name.
SUBPROJECT_HEADS = (
    "Teilprojekt",
    "Projekt",
    # the programme's word for its subprojects from 2023 on ("das Teilvorhaben „X“"), and "Modellvorhaben"
    "Teilvorhaben",
    "Modellvorhaben",
    "Vorhaben",
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
    "namens", "mit dem Titel", "mit dem Namen", "unter dem Titel", "unter dem Namen", "heißt", "hieß", "trägt den Namen",
    "trägt den Titel", "nennt sich",
)  # fmt: skip

# Endings of compound heads that name a project or a measure by its kind ("Qualifizierungsprojekt",
# "Brückenmaßnahme", "Anpassungsqualifizierung", "Beratungsangebot"); a quoted name after them is a subproject's.
PROJECT_HEAD_ENDINGS = ("projekt", "maßnahme", "qualifizierung", "angebot")

# Compound heads that name a funding programme ("Förderprogramm", "Landesprogramm", "Bundesinitiative").
PROGRAMME_HEAD_ENDINGS = ("programm", "initiative")

# Nouns that close a programme's two-word name after its compound head ("das Landesprogramm Perspektive Arbeit", "das
# Bundesprogramm Neue Chancen"): the topics such names are made of, no bodies or people a verb could take as object.
PROGRAMME_NAME_NOUNS = (
    "Arbeit", "Beruf", "Zukunft", "Ausbildung", "Integration", "Qualifizierung", "Chancen", "Chance", "Wege",
    "Start", "Perspektive", "Perspektiven", "Anerkennung", "Teilhabe", "Bildung", "Beschäftigung", "Karriere",
)  # fmt: skip

# Endings of compounds naming a counselling service, named by its town ("Anerkennungsberatung Gera", "der
# Anerkennungslotse Niederbayern", "die Arbeitsmarktlotsen Kiel").
SERVICE_HEAD_ENDINGS = ("beratung", "lotse", "lotsen")

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

# Parties as the first part of a compound title ("SPD-Abgeordnete", "Grünen-Politiker", "Linken-Fraktionschefin"), in
# the inflected form the compound takes, and the names they stand for.
PARTY_COMPOUND_FORMS: dict[str, str] = {
    "SPD": "Sozialdemokratische Partei Deutschlands",
    "CDU": "Christlich Demokratische Union Deutschlands",
    "CSU": "Christlich-Soziale Union in Bayern",
    "FDP": "Freie Demokratische Partei",
    "AfD": "Alternative für Deutschland",
    "Grünen": "Bündnis 90/Die Grünen",
    "Linken": "Die Linke",
}

# Small words that stand before a noun without an adjective's ending: uninflected determiners and possessives,
# adverbs of degree and scope. Between a preposition and an organisation's head they are no brand written in
# small letters ("durch unser Institut", "mit rund Verein"), unlike "durch involas Institut".
SMALL_WORDS_BEFORE_NOUNS = frozenset(
    {"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "jed", "manch", "welch", "solch", "all"}
    | {"rund", "etwa", "fast", "knapp", "über", "mehr", "viel", "wenig", "nur", "auch", "noch", "schon", "bereits"}
    | {"insgesamt", "bundesweit", "landesweit", "erstmals", "jeweils", "sowohl", "weder", "nicht", "zwischen"}
)  # fmt: skip

# Nouns that end a body's name read after its bare head: a predicate noun ("ist das Bildungswerk Träger der
# Beratungsstelle", "… Mitglied im Netzwerk"). Not nouns of people: they do name bodies ("Bündnis Fachkräfte
# Nordhessen"). Compared in lower case, as word endings.
# A function a body has in a venture: masculine stems, read also as their feminine and plural forms ("Ausrichterin",
# "Veranstalterinnen", "Mitglieder").
FUNCTION_NOUN_STEMS = (
    "träger", "mitglied", "partner", "gastgeber", "ausrichter", "veranstalter", "förderer", "förderin",
    "initiator", "organisator", "auftraggeber", "geldgeber", "sponsor", "teilnehmer", "schirmherr",
)  # fmt: skip
# Whole words only, as endings they would cut names ("Lausitz"): "ist der Verein X Teil des Bündnisses".
PART_NOUNS = frozenset({"Teil", "Bestandteil", "Sitz", "Hauptsitz"})
NOT_PROPER_NAME_ENDINGS = tuple(
    stem + ending for stem in FUNCTION_NOUN_STEMS for ending in ("", "in", "innen", "er", "n")
)

# Capitalised words that start sentences or name things but are never a person's given name.
NOT_NAMES = frozenset(
    [
        # a noun of speech after a title in the plural ("weitere Beauftragte Rede und Antwort stehen")
        "Rede",
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
        # possessive determiners, some of which the name list holds ("Mein Kollege übernimmt …")
        *("Mein", "Meine", "Dein", "Deine", "Sein", "Seine", "Ihre", "Unser", "Unsere", "Euer", "Eure"),
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
    "Bundesfamilienministerium": "Bundesministerium für Familie, Senioren, Frauen und Jugend",
    "Bundesgesundheitsministerium": "Bundesministerium für Gesundheit",
    "Bundesentwicklungsministerium": "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",
}

# A ministry named again by its field in a compound ("das Sozialministerium" after "Ministerium für Soziales, Gesundheit
# und Integration"): the compound's first part and the portfolio words it stands for.
MINISTRY_FIELD_STEMS: dict[str, tuple[str, ...]] = {
    "Sozial": ("Soziales",), "Arbeits": ("Arbeit",), "Wirtschafts": ("Wirtschaft",),
    "Integrations": ("Integration",), "Innen": ("Inneres", "Innern"), "Bildungs": ("Bildung",),
    "Familien": ("Familie", "Familien"), "Gesundheits": ("Gesundheit",), "Justiz": ("Justiz",),
    "Wissenschafts": ("Wissenschaft",), "Finanz": ("Finanzen",), "Umwelt": ("Umwelt",),
}  # fmt: skip

# Lands by the short forms a ministry's short name may end with ("Integrationsministerium NRW").
LAND_SHORT_FORMS: dict[str, str] = {
    "NRW": "Nordrhein-Westfalen",
    "RLP": "Rheinland-Pfalz",
    "MV": "Mecklenburg-Vorpommern",
}

# Bodies of which there is only one, named by their head alone, and their full names: Berlin's parliament is the
# only "Abgeordnetenhaus" ("beim Abgeordnetenhaus" -> "Abgeordnetenhaus von Berlin"), Saxony's directorate the only
# "Landesdirektion" ("die Landesdirektion ist zuständig" -> "Landesdirektion Sachsen").
UNIQUE_BODY_SHORT_FORMS: dict[str, str] = {
    "Abgeordnetenhaus": "Abgeordnetenhaus von Berlin",
    "Landesdirektion": "Landesdirektion Sachsen",
    # the European Union's executive and parliament by the press's short forms
    "EU-Kommission": "Europäische Kommission",
    "EU-Parlament": "Europäisches Parlament",
}

# Nouns that classify the quoted name after them as a body's: "der Verein „Brückenbau“", "die Stiftung „Neue Wege“".
# Not "Projekt" or "Initiative": a quoted name after them is a project's or a programme's.
QUOTED_NAME_CLASSIFIERS = ("Verein", "Förderverein", "Stiftung", "Verband", "Bündnis")
# ... and the heads of compounds that classify a quoted name as a body of that kind: "der Migrantenverein „X“", "die
# Migrantenorganisation „X“ e. V.", "der Bildungsträger „X“ gGmbH", "die Bürgerstiftung „X“".
QUOTED_NAME_CLASSIFIER_HEADS = ("verein", "verband", "stiftung", "organisation", "träger")

# The chambers a text may name by their abbreviation alone, as a kind of body ("weder die IHK noch die HWK war
# beteiligt"), and their full names; where the text names one chamber of the kind ("IHK Kassel"), the short form
# points back to it.
CHAMBER_ABBREVIATIONS: dict[str, str] = {"IHK": "Industrie- und Handelskammer", "HWK": "Handwerkskammer"}

# English head nouns that end an organisation's name ("Maytree Foundation", "Migration Policy Institute").
ENGLISH_ORG_HEADS = (
    "Foundation",
    "Institute",
    "Association",
    "Council",
    "Trust",
    "Society",
    "Federation",
    "School",
    "Hub",
    "Lab",
    "Club",
    # companies with English names: "GreenGrid Solutions", "Nordlicht Consulting", "Hafenblick Group"
    "Solutions",
    "Consulting",
    "Group",
    "Technologies",
    "Services",
)

# Endings after a dot that make a word a web address or a file, not a styled name ("beispiel.de", "flyer.pdf").
WEB_SUFFIXES = (
    "de", "com", "org", "net", "eu", "info", "html", "htm", "php", "pdf", "doc", "docx", "jpg", "png", "nrw",
)  # fmt: skip

# Cues of a news page's teaser for other articles ("Lesen Sie auch: …"): the headlines after them are furniture.
TEASER_CUES = (
    "Lesen Sie auch", "Lesen Sie dazu auch", "Lesen Sie mehr", "Mehr zum Thema", "Auch interessant",
    "Das könnte Sie auch interessieren", "Das könnte Sie interessieren", "Weitere Artikel", "Verwandte Artikel",
    "Empfohlene Artikel", "Meistgelesen",
)  # fmt: skip

# Abbreviations written with a dot that may run into the next word without a space ("bzw.die").
DOT_ABBREVIATIONS = frozenset(
    {"bzw", "ggf", "usw", "inkl", "evtl", "vgl", "bspw", "sog", "zzgl", "etc", "str", "tel", "abs", "ziff"}
)

# Councils named by their topic: "Integrationsrat", "Migrationsbeirat" ("beirat" is a head already). Only
# topic compounds of "rat": a bare "-rat" would take the offices "Landrat", "Stadtrat", "Kreisrat".
# A council of a town or Land ("Integrationsrat", "Ausländerrat") is a municipal body; a "Migrationsrat", like a
# "Flüchtlingsrat", is the association of migrants' organisations, an NGO.
COUNCIL_HEADS: dict[str, str] = {
    "integrationsrat": "Agency",
    "migrationsrat": "Organisation",
    # the umbrella association of women's organisations: "Landesfrauenrat Musterland", "Deutscher Frauenrat"
    "frauenrat": "Organisation",
    "ausländerrat": "Agency",
    "seniorenrat": "Agency",
    "jugendrat": "Agency",
}

ORG_HEADS.update(COUNCIL_HEADS)


# A body's kind noun that stands for the one body of that kind named before it, as a subject ("Die Stiftung setzt das
# Projekt um", "Die Stadt fördert das Projekt"): the noun and the words a body's label holds for it to be one of that
# kind. "das Land" is a Land as a body ("Land Musterland"), not the country; "die Agentur" any employment agency.
BODY_KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "Stiftung": ("stiftung",),
    "Verein": ("e. v.",),
    "Verband": ("verband",),
    "gGmbH": ("ggmbh",),
    "GmbH": ("gmbh",),
    "Bildungswerk": ("bildungswerk",),
    "Akademie": ("akademie",),
    "Volkshochschule": ("volkshochschule",),
    "Hochschule": ("hochschule",),
    "Handwerkskammer": ("handwerkskammer",),
    "Kammer": ("kammer",),
    # public bodies (Agency)
    "Stadt": ("stadt ",),
    "Landkreis": ("landkreis ",),
    "Jobcenter": ("jobcenter",),
    "Arbeitsagentur": ("agentur für arbeit", "arbeitsagentur"),
    "Land": (" land ",),  # "Land Musterland", not "Saarland" or "Landkreis"
    "Freistaat": ("freistaat ",),
}

# Nouns of the part a body plays, said of it as a predicate right after its name: "Seit Mai ist der Verein X
# e. V. Partner im Netzwerk", "wird die Y gGmbH Trägerin des Projekts". After a legal form's full stop such a
# noun goes on with the sentence unless a finite verb follows it ("… e. V. Partner sind die Städte").
PREDICATE_ROLE_NOUNS = frozenset(
    {"Partner", "Partnerin", "Kooperationspartner", "Kooperationspartnerin", "Projektpartner",
     "Projektpartnerin", "Verbundpartner", "Verbundpartnerin", "Träger", "Trägerin", "Projektträger",
     "Projektträgerin", "Gastgeber", "Gastgeberin", "Mitglied", "Gründungsmitglied", "Ausrichter",
     "Ausrichterin", "Veranstalter", "Veranstalterin", "Mitveranstalter", "Mitveranstalterin", "Teil",
     "Koordinator", "Koordinatorin", "Sitz", "Anlaufstelle", "Ansprechpartner", "Ansprechpartnerin",
     # plurals: "sind der A e. V. und der B e. V. Mitglieder im Netzwerk"
     "Mitglieder", "Partnerinnen", "Kooperationspartnerinnen", "Projektpartnerinnen", "Trägerinnen",
     "Gastgeberinnen", "Ausrichterinnen", "Veranstalterinnen"}
)  # fmt: skip

# Endings of the nouns naming a kind of firm or public service that the body heads miss: a town's adjective before
# them is part of the name ("Hamburger Hochbahn AG", "Kasseler Pflegedienst GmbH"), not the firm's seat.
KIND_OF_SERVICE_ENDINGS = (
    "dienst", "dienste", "bank", "bahn", "betriebe", "werkstätten", "tafel", "zeitung", "reinigung", "klinik",
    "kliniken", "klinikum", "krankenhaus", "hafen", "messe", "bäder", "versorgung", "entsorgung", "werke",
    "verkehr", "wohnen", "pflege",
)  # fmt: skip

# The gender of bodies' abbreviations, which is their head noun's ("die IHK": die Kammer, "der DGB": der Bund),
# not the one an abbreviation's last letters suggest.
ABBREVIATION_GENDERS: dict[str, str] = {
    "IHK": "f",  # Industrie- und Handelskammer
    "HWK": "f",  # Handwerkskammer
    "DIHK": "f",  # Deutsche Industrie- und Handelskammer
    "AWO": "f",  # Arbeiterwohlfahrt
    "VHS": "f",  # Volkshochschule
    "BA": "f",  # Bundesagentur für Arbeit
    "ZAV": "f",  # Zentrale Auslands- und Fachvermittlung
    "GIZ": "f",  # Gesellschaft für Internationale Zusammenarbeit
    "IB": "m",  # Internationaler Bund
    "DGB": "m",  # Deutscher Gewerkschaftsbund
    "DRK": "n",  # Deutsches Rotes Kreuz
    "BAMF": "n",  # Bundesamt für Migration und Flüchtlinge
}
