"""Words around the names of projects and the units of a network."""

from __future__ import annotations

from .events import MONTH_NAMES
from .names import WEEKDAYS

# Capitalised words that follow a project head as an adverbial of time, not as the project's name: "das Projekt
# Ende März abschließen", "das Projekt Anfang 2024 starten", "dem Projekt Montag früh".
TIME_WORDS = frozenset(
    {"Ende", "Anfang", "Mitte", "Beginn", "Start", "Jahr", "Jahres", *MONTH_NAMES, *WEEKDAYS}
)

# Endings of the nouns an IQ unit is named by together with its town ("IQ Qualifizierungsbegleitung Koblenz",
# "IQ Mentoring Passau", "IQ-Anerkennungscoaching Kiel"); units named by "…stelle" or "…beratung" are read with
# the IQ Fachstellen.
IQ_UNIT_HEAD_ENDINGS = ("begleitung", "coaching", "mentoring", "qualifizierung", "lotsen", "service")

# Counselling units named by a compound of a counselling root and a unit noun before a quoted name: "die
# Lotsenstelle „X“", "das Kontaktbüro „X“", "der Beratungspunkt „X“" (not "Schwerpunkt", "Pressestelle" or "Reisebüro":
# the root must say counselling).
COUNSELLING_UNIT_ROOTS = (
    "Lotsen", "Beratungs", "Anlauf", "Service", "Kontakt", "Informations", "Info", "Clearing", "Vermittlungs",
    "Koordinierungs", "Willkommens", "Welcome", "Anerkennungs", "Integrations", "Migrations",
)  # fmt: skip
COUNSELLING_UNIT_ENDINGS = ("stelle", "büro", "punkt")
# The counselling offices a compound names with a first part of its own before a quoted name ("die
# Fachberatungsstelle „X“", "die Migrationsberatungsstelle „X“", "die Landesfachstelle „X“", "die
# Jugendanlaufstelle „X“"): the compound keeps the office's head, so no "Arbeitsstelle" or "Pressestelle".
COUNSELLING_OFFICE_COMPOUND_ENDINGS = (
    "beratungsstelle", "anlaufstelle", "servicestelle", "fachstelle", "informationsstelle", "kontaktstelle",
)  # fmt: skip

# Rivers and compass words that make up the name of a region or a town's part a service is named by, joined by a
# hyphen or after "am": "Anerkennungsberatung Rhein-Neckar", "Weser-Ems", "Ostwestfalen-Lippe", "Bremen-Nord",
# "Servicestelle Frankfurt am Main".
REGION_NAME_PARTS = frozenset(
    {"Rhein", "Main", "Neckar", "Ruhr", "Lippe", "Ems", "Weser", "Elbe", "Saar", "Mosel", "Nahe", "Lahn", "Sieg",
     "Havel", "Spree", "Oder", "Saale", "Donau", "Isar", "Nord", "Süd", "Ost", "West", "Mitte"}
)  # fmt: skip

# Compass words that, as a word of their own after a Land or region, name the part of it a service works in
# ("Anerkennungsberatung Thüringen Ost", "IQ Servicestelle Sachsen-Anhalt Süd"); not "Mitte", also a word of time.
COMPASS_WORDS = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest")

# Endings of the abstract nouns a project's name puts after a bare "in" ("Migrantinnen in Arbeit", "Wege in
# Beschäftigung", "Frauen in Ausbildung"); any other capitalised word after "in" is a place the project works in
# ("Lernen und Arbeiten in Musterland").
ABSTRACT_NOUN_ENDINGS = ("arbeit", "ung", "heit", "keit", "schaft", "tion")
# Nouns of working life a name links with "in" or "im" ("Ankommen im Beruf", "Vielfalt im Betrieb", "Frauen im
# Handwerk"); a town or a district after "im" says where a project works ("im Landkreis X").
WORKING_LIFE_NOUNS = ("Beruf", "Betrieb", "Handwerk", "Job", "Alltag", "Unternehmen", "Ehrenamt", "Team")

# First parts of a "…programm" compound that name an activity a network runs for people, not money it hands out:
# "das Mentoringprogramm „Tandem“" is a subproject, "das Förderprogramm „X“" a programme.
ACTIVITY_PROGRAMME_PREFIXES = (
    "mentoring", "coaching", "training", "qualifizierungs", "weiterbildungs", "patenschafts", "lotsen", "sprach",
)  # fmt: skip


# Bare nouns of an offer or an activity a network runs, before the quoted name of one ("das Angebot „X“", "die
# Maßnahme „X“", "die Qualifizierung „X“", "das Mentoring „X“"); also the second part of a hyphenated compound
# head ("das Coaching-Angebot „X“", "die Qualifizierungs-Maßnahme „X“"); a campaign a body runs is a venture of
# its own ("die Kampagne „X“"; not a web portal, named as a source of forms as often as a venture).
# A guide service and a series of courses are offers too ("den neuen Lotsendienst „X“", "die Kursreihe „X“").
OFFER_NOUNS = (
    "Angebot", "Maßnahme", "Qualifizierung", "Mentoring", "Coaching", "Kampagne", "Lotsendienst", "Kursreihe",
    "Sprachkurs", "Beratungsdienst",
)  # fmt: skip
# Endings of compounds naming an activity a network offers, before a quoted name ("das Bewerbungscoaching „X“", "die
# Anerkennungsberatung „X“", "das Gruppenmentoring „X“"), with the project heads of
# `lexicon.names.PROJECT_HEAD_ENDINGS`; campaigns ("die Imagekampagne „X“"); a guide or counselling service ("den
# neuen Lotsendienst „X“") and a series of courses ("die Kursreihe „X“", "der Sprachkurs „X“"), not any "…dienst"
# ("der Pflegedienst „X“" is a firm) or "…kurs" ("der Diskurs"); the bare nouns are in `OFFER_NOUNS`.
ACTIVITY_HEAD_ENDINGS = (
    "coaching", "mentoring", "beratung", "kampagne", "lotsendienst", "beratungsdienst", "kursreihe", "sprachkurs",
)  # fmt: skip

# Verbs that say what a service does, right after its quoted name as the subject of a sentence ("„X“ berät seit Mai
# …", "„X“ bietet … an", "„X“ richtet sich an …", "„X“ gehört zum IQ Netzwerk …"): the quoted words name an offer.
SERVICE_VERBS = (
    "berät", "beraten", "beriet", "berieten", "begleitet", "begleiten", "begleitete", "begleiteten",
    "unterstützt", "unterstützen", "unterstützte", "unterstützten", "bietet", "bieten", "bot", "boten",
    "richtet sich", "richten sich", "richtete sich", "hilft", "helfen", "half", "vermittelt", "vermitteln",
    "qualifiziert", "qualifizieren", "informiert", "informieren", "startet", "starten", "startete", "läuft",
    "lief", "gehört", "gehörte", "ist Teil", "war Teil",
)  # fmt: skip

# Participles of the same verbs in the perfect, at the clause's end ("„X“ hat seit Mai 300 Menschen beraten").
SERVICE_PARTICIPLES = ("beraten", "begleitet", "unterstützt", "qualifiziert", "vermittelt", "informiert")

# Parts of the titles of a project's staff ("Projektleiterin", "Berater", "Mitarbeiterin", "Koordinatorin", "Coach"):
# after such a title a quoted name with "bei"/"von" is the project the person works in ("Petra Beispiel,
# Beraterin bei „X“"); a speaker's or a host's title ("Moderatorin bei „X“") may as well name an event.
PROJECT_STAFF_TITLE_PARTS = (
    "leiter", "berater", "mitarbeiter", "koordinator", "coach", "mentor", "lotse", "lotsin", "begleiter",
)  # fmt: skip

# The kind nouns a later sentence names a project by, as its subject ("Das Projekt hat seinen Sitz in …",
# "Die Beratungsstelle befindet sich in …"): the last project named before is meant.
PROJECT_STAND_INS = frozenset(
    {"Projekt", "Teilprojekt", "Modellprojekt", "Vorhaben", "Beratungsstelle", "Anlaufstelle", "Servicestelle",
     "Fachstelle", "Kontaktstelle", "Informationsstelle"}
)  # fmt: skip

# The same with the nouns of an offer: "Das Angebot wird vom Land gefördert", "Die Beratung wird aus dem ESF
# finanziert" stand for the project named last.
PROJECT_KIND_STAND_INS = PROJECT_STAND_INS | {"Angebot", "Beratungsangebot", "Pilotprojekt", "Beratung"}

# Adjectives that form the names of projects although morphology.adjective_stem does not read them as adjectives
# (stems): "die Faire Integration", "bei Mobile Beratung Anerkennung".
NAME_FORMING_ADJECTIVES = frozenset({"fair", "mobil"})

# Stems of adjectives that begin the names of bodies, states and funds, not of projects: "die Europäische Union",
# "beim Deutschen Roten Kreuz", "der Paritätische Wohlfahrtsverband", "das Statistische Landesamt".
BODY_NAME_ADJECTIVES = frozenset(
    {"europäisch", "deutsch", "evangelisch", "katholisch", "paritätisch", "statistisch", "international",
     "national", "föderal", "kommunal", "christlich", "sozialdemokratisch", "frei", "öffentlich"}
)  # fmt: skip

# Nouns made of adjectives that name people, not a name's first word: "bietet den Jugendlichen Orientierung",
# "hilft Einheimischen Kontakte zu knüpfen" (stems, as morphology.adjective_stem returns them).
PERSON_ADJECTIVE_NOUNS = frozenset(
    {"jugendlich", "ehrenamtlich", "hauptamtlich", "verantwortlich", "einheimisch", "angehörig", "freiwillig",
     "minderjährig", "volljährig", "selbstständig", "selbständig", "sachverständig", "arbeitslos", "erwerbslos",
     "obdachlos", "erwerbsfähig", "pflegebedürftig"}
)  # fmt: skip

# Endings of the last word of a capitalised name that make it a body, a programme, a fund, a plan or an event,
# other readers' business, not a project's: "die Europäische Union", "im Rahmen des Nationalen Aktionsplans",
# "bei der Interkulturellen Woche", "der Soziale Arbeitsmarkt" (the head noun of the name, in any case).
NOT_PROJECT_NAME_ENDINGS = (
    "union", "kommission", "programm", "programms", "initiative", "plan", "plans", "fonds", "strategie", "gesetz",
    "gesetzes", "pakt", "pakts", "woche", "preis", "preises", "tag", "tages", "tage", "kongress", "forum", "foren",
    "gipfel", "konferenz", "messe", "markt", "marktes", "rat", "rates", "bund", "bundes", "partei", "kreuz",
    "kreuzes", "hilfe", "werk", "werks", "kirche", "rundfunk", "zeitung", "haus", "hauses", "schule", "klinik",
    "universität", "netzwerk", "netzwerks", "netzwerkes", "verbund", "verbunds", "bündnis", "bündnisses",
    "unternehmen", "betriebe",
)  # fmt: skip

# English words that make a run of capitalised words a name: "Welcome Coaching Kiel", "Career Point Anerkennung".
NAME_LIKE_ENGLISH_WORDS = frozenset(
    {"Welcome", "Center", "Centre", "Coaching", "Career", "Talent", "Talents", "Skills", "Connect", "Support",
     "Point", "Desk", "Check", "Job", "Jobs", "Bridge", "Work", "Women", "Start", "Together", "Future", "Pro"}
)  # fmt: skip

# Endings of the plural nouns of people and firms a service verb takes as its object, where the object follows a
# subject named after the verb: "berät die Faire Integration Geflüchtete", "begleitet X Plus Zugewanderte".
OBJECT_NOUN_ENDINGS = (
    "te", "ten", "ende", "enden", "innen", "kräfte", "menschen", "frauen", "männer", "unternehmen", "betriebe",
    "firmen", "personen", "leute", "eltern", "familien",
)  # fmt: skip

# Finite auxiliaries and modals that, right after "Das Projekt X" opening a sentence, show X ends the subject.
FINITE_AUXILIARIES = (
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "kann",
    "können", "soll", "sollen", "will", "wollen", "möchte", "arbeitet", "arbeiten", "lädt",
)  # fmt: skip

# Endings of German common nouns (abstract nouns, collectives): a single such word after "Projekt" may be what the
# project is about, not its name ("Das Projekt Integration wird …" stays unread).
COMMON_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum", "ismus", "ik")

# Terms of a field or a discipline German writes with a capitalised adjective, no project's name: "Die Soziale
# Arbeit unterstützt …", "bei der Künstlichen Intelligenz" (the words as a bare name has them).
CAPITALISED_TERMS = frozenset(
    {"Soziale Arbeit", "Künstliche Intelligenz", "Erneuerbare Energien", "Schwarzes Brett"}
)

# Uninflected adjectives and participles that close a project's name after its capitalised words ("das Projekt
# Anerkennung konkret", "im Kurs Baurecht kompakt", "das Projekt Pflege digital"): a name's last word, not an
# attribute (German puts an attributive adjective before its noun, inflected).
NAME_CLOSING_ADJECTIVES = frozenset(
    {"konkret", "kompakt", "aktiv", "digital", "international", "interkulturell", "regional", "mobil", "direkt",
     "inklusiv", "vernetzt", "anerkannt", "global", "lokal", "praktisch", "kreativ", "fair", "sicher"}
)  # fmt: skip

# Endings of the head nouns of a service unit a network runs, named by its topic after the head ("die Fachberatung
# Pflegeberufe", "die Lotsenstelle Arbeit und Ankommen", "das Beratungszentrum Anerkennung"): a "…zentrum" only
# after the words of counselling and information ("das Integrationszentrum X" is a town's office).
SERVICE_UNIT_HEAD_ENDINGS = (
    "stelle", "beratung", "lotsen", "coaching", "mentoring", "begleitung", "beratungszentrum", "kompetenzzentrum",
    "informationszentrum",
)  # fmt: skip
# First parts of "…stelle" compounds that name a body's office or a job, not a service ("die Geschäftsstelle X",
# "die Pressestelle", "die Koordinierungsstelle" (the network's own office), "eine Ausbildungsstelle").
NOT_SERVICE_OFFICE_PARTS = (
    "Geschäfts", "Presse", "Koordinierungs", "Koordinations", "Stabs", "Zentral", "Leit", "Melde", "Dienst",
    "Außen", "Zweig", "Verbindungs", "Arbeits", "Lehr", "Ausbildungs", "Stelle", "Halte", "Bau", "Feuer",
)  # fmt: skip

# Kinds of a text: a headline opening with one ("Pressemitteilung der Stadt X: Neue Anlaufstelle …") names the text
# and who sent it, no project.
TEXT_KINDS = (
    "Pressemitteilung", "Pressemeldung", "Presseinformation", "Pressenotiz", "Meldung", "Kurzmeldung",
    "Mitteilung", "Newsletter", "Rundbrief", "Rundschreiben", "Infobrief", "Bericht", "Nachricht", "Nachrichten",
    "Jahresbericht", "Nachbericht", "Rückblick", "Ankündigung", "Interview", "Porträt", "Kommentar",
)  # fmt: skip

# Finite verbs in second place after a subject opening a main clause, no modal: after "Das Projekt Chancen schaffen" a
# service verb or an auxiliary of the passive or the perfect shows the infinitive closes the project's name ("…
# läuft bis 2025", "… wird vom Land gefördert"); a modal may follow a fronted verb phrase ("Das Projekt Kollegen
# vorstellen will sie morgen").
VERBS_AFTER_A_NAMED_SUBJECT = (
    *SERVICE_VERBS, "ist", "war", "wird", "wurde", "hat", "hatte", "beginnt", "begann", "endet", "endete", "geht",
    "ging", "erhält", "erhielt", "bringt", "brachte", "lädt", "stellt", "zieht", "feiert", "sucht", "dauert",
)  # fmt: skip
# Small words ending like an infinitive that are none: adverbs, prepositions, determiners ("Das Projekt Pflege
# gestern …" is no name).
NOT_INFINITIVES = frozenset(
    {"gestern", "morgen", "neben", "gegen", "zwischen", "oben", "unten", "hinten", "innen", "außen", "binnen",
     "wegen", "eben", "seinen", "ihren", "unseren", "einen", "keinen", "diesen", "jenen", "allen", "vielen",
     "wenigen", "anderen", "selten", "trotzen"}
)  # fmt: skip
