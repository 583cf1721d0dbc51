"""Counts: number words, qualifiers, scales, counted nouns, the words around a number."""

from __future__ import annotations

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
    # round tens and hundreds a text writes out ("dreißig Betriebe", "hundert Gäste"); "Dutzend" is twelve
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "einhundert": 100,
    "zweihundert": 200,
    "dreihundert": 300,
    "vierhundert": 400,
    "fünfhundert": 500,
    "sechshundert": 600,
    "siebenhundert": 700,
    "achthundert": 800,
    "neunhundert": 900,
    "tausend": 1000,
    "eintausend": 1000,
    "zweitausend": 2000,
    "dreitausend": 3000,
    "viertausend": 4000,
    "fünftausend": 5000,
    "sechstausend": 6000,
    "siebentausend": 7000,
    "achttausend": 8000,
    "neuntausend": 9000,
    "zehntausend": 10000,
    "eine million": 1_000_000,  # the scale written with the article: "eine Million Euro"
    "eine halbe million": 500_000,
    "eine milliarde": 1_000_000_000,
    "ein dutzend": 12,
    # the same after a preposition of the dative: "mit rund einem Dutzend Betrieben", "mit einer Million Euro"
    "einem dutzend": 12,
    "einer million": 1_000_000,
    "einer halben million": 500_000,
    "zwei dutzend": 24,
    "drei dutzend": 36,
}

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
    "Mio": 1_000_000,  # also written without its dot: "3,5 Mio Euro"
    "Milliarden": 1_000_000_000,
    "Milliarde": 1_000_000_000,
    "Mrd.": 1_000_000_000,
    "Mrd": 1_000_000_000,
    "Tausend": 1_000,
    "Tsd.": 1_000,  # "800 Tsd. Euro"
    "Tsd": 1_000,
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
        "November", "Dezember", "Drittel", "Viertel", "Fünftel", "Zehntel", "Hälfte",
        # the length of a document ("ein Bericht mit 48 Seiten"): a page count is no figure of anyone's work
        "Seite", "Seiten",
    }
    # a scale word with no currency or noun after it ("erhält 3 Mio."): an amount of nothing named
    | {scale.rstrip(".") for scale in COUNT_SCALES}
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

# Counted nouns for whom or what a network's advice is (clients, consultations, applications): in a sentence that
# names no body, the figure is the release's main network's ("Seither wurden 9.000 Menschen beraten").
SERVED_COUNT_STEMS = (
    "beratung", "erstberatung", "ratsuchend", "mensch", "person", "unternehm", "betrieb", "antr", "anerkennung",
    "fachkräft", "klient", "zugewandert", "geflüchtet", "migrant",
)  # fmt: skip

# Counted nouns that are subprojects of a network: written as iq:subprojectCount.
SUBPROJECT_COUNT_STEMS = ("teilprojekt", "teilvorhaben", "projekt")

# Labels before a number that make the number part of a name or reference: "§ 17", "Nr. 3", "Raum 12".
# A budget's and a parliament's references too, their numbers in groups: "Kapitel 0540 Titel 684 71", "Drucksache 17 / 4321".
NUMBER_LABEL_WORDS = frozenset(
    {"§", "§§", "Nr.", "Abs.", "Art.", "S.", "Tel.", "Fax", "Nummer", "Absatz", "Titel", "Kapitel", "Einzelplan",
     "Drucksache", "Haushaltsstelle", "Titelgruppe"}
)  # fmt: skip

# Counted nouns that are people in an event's audience: a small number of them ("vier Teilnehmende berichteten")
# is a group among the audience, not its size.
AUDIENCE_COUNT_STEMS = (
    "gäst", "teilnehm", "besucher", "besuchend", "anwesend", "interessiert", "zuhörer", "zuhörend",
)  # fmt: skip

# People of any kind a report counts as an event's audience when they came to it or took part ("mehr als tausend
# Menschen kamen", "Es nahmen 130 Personen teil", "80 Vertreterinnen und Vertreter folgten der Einladung").
ATTENDING_PEOPLE_STEMS = (
    "mensch", "person", "fachleut", "vertreter", "expert", "akteur", "fachkräft", "bürger", "unternehmer",
    "arbeitgeber", "beschäftigt", "mitarbeit", "multiplikator", "frauen", "männer", "jugendlich", "schüler",
    "student", "ehrenamtlich", "fachkolleg", "kolleg", "berater", "beratend",
)  # fmt: skip

# Firms and bodies that take part in an occasion as people do ("Es nahmen rund 80 Betriebe teil", "40 Unternehmen
# waren dabei").
ATTENDING_FIRM_STEMS = ("betrieb", "unternehm", "firm", "ausbildungsbetrieb", "institution", "organisation")

# Verbs of taking part in an occasion (regular expressions, searched in the counted sentence).
ATTENDING_VERBS = (
    r"\b(?:folgte|folgten|gefolgt)\b[^;\n]{0,60}?\bEinladung\b|\bEinladung\b[^;\n]{0,60}?\b(?:folgte|folgten)\b",
    r"\b(?:nahm|nahmen)\b[^;\n]{0,120}?\bteil\b|\bteilgenommen\b",
    r"\bversammelten\s+sich\b|\bwaren\s+(?:der\s+Einladung|dabei|vor\s+Ort)\b",
    # meeting or coming together for the occasion: "trafen sich 180 Fachleute", "kamen 90 Akteure zusammen"
    r"\btrafen\s+sich\b|\b(?:kamen|kommen)\b[^;\n]{0,120}?\bzusammen\b",
    # an occasion bringing them together: "Der Fachtag brachte rund 180 Akteure zusammen"
    r"\b(?:brachte|brachten)\b[^;\n]{0,120}?\bzusammen\b",
    # talking it over or getting informed there: "diskutierten 180 Fachleute", "informierten sich 300 Besucher"
    r"\bdiskutierten\b|\b(?:informierten|tauschten)\s+sich\b",
    # taking part, said with "beteiligen", in the past only ("An der Tagung beteiligten sich 200 Fachleute"): the
    # present tense is a partner's standing share in a body ("80 Betriebe beteiligen sich am Netzwerk")
    r"\b(?:beteiligten|beteiligte)\s+sich\b",
    # signing up for it: "Über 300 Gäste hatten sich angemeldet"
    r"\b(?:hatten|haben)\s+sich\b[^;\n]{0,80}?\bangemeldet\b",
)

# Counted nouns of the firms and bodies that present themselves at an event, and of their stands ("Rund 40 Betriebe
# stellten sich vor", "An 35 Ständen präsentierten sich Firmen").
EXHIBITOR_STEMS = (
    "betrieb", "unternehm", "firm", "arbeitgeber", "aussteller", "ausbildungsbetrieb", "stände", "infostände",
    "messestände", "informationsstände", "hochschul", "bildungsträger", "kammern",
)  # fmt: skip

# Verbs of presenting oneself at an event (regular expressions, searched in the counted sentence).
EXHIBITING_VERBS = (
    r"\b(?:stellten|stellen)\s+(?:[\w.-]+\s+){0,2}?sich\b[^;\n]{0,80}?\bvor\b(?=\s*(?:[.,;!?]|und\b|$))",
    r"\bpräsentierten\s+(?:[\w.-]+\s+){0,2}?sich\b",
    # firms expected at a coming event: "Erwartet werden rund 40 Betriebe", "Es werden 40 Aussteller erwartet" (not
    # with a year: "werden bis 2033 rund 40 neue Betriebe erwartet" is a forecast)
    r"\b[Ee]rwartet\s+werden\b(?![^;.\n]*\b(?:19|20)\d\d\b)|\bwerden\b(?:(?!\b(?:19|20)\d\d\b)[^;.\n]){0,80}?\berwartet\b",
)

# Times of day after "am" ("am Vormittag nahmen 120 Fachleute teil"): when people took part, not in what.
DAY_TIMES = frozenset({"Vormittag", "Nachmittag", "Mittag", "Morgen", "Abend", "Wochenende", "Tag", "Ende"})

# Audience nouns that also name the people a project serves over time ("640 Teilnehmende begleitet"): where the
# sentence says nobody attended anything, the count is the clause's subject's, not an event's.
PROGRAMME_PARTICIPANT_STEMS = ("teilnehm",)

# Nouns of what a unit offers its clients ("die Beratung", "das Angebot", "die Kurse"): who used them are the unit's
# clients ("Mehr als 2.000 Menschen nutzten die Beratung des Netzwerks X"); compounds end in them
# ("Beratungsangebot", "Erstberatung").
OFFER_NOUN_ENDINGS = (
    "angebot", "angebote", "beratung", "beratungen", "kurs", "kurse", "sprechstunde", "sprechstunden",
    "qualifizierung", "qualifizierungen", "unterstützung", "leistungen", "dienste", "lotsendienst", "seminare",
)  # fmt: skip

# Endings of nouns of a survey ("Umfrage", "Mitgliederbefragung", "Studie"): whom it asked, after "unter"/"von"/"bei"/
# "mit", are its sample, no one's tally.
SURVEY_NOUN_ENDINGS = ("umfrage", "befragung", "studie", "erhebung", "stichprobe", "analyse", "auswertung")

# Units after "pro"/"je" that make a figure a rate, no total: "600 Euro Zuschuss pro Person", "12 Plätze je Kurs"
# (a figure "pro Jahr" or "pro Monat" is a tally over a period and stays one).
PER_UNIT_NOUNS = (
    "Person", "Kopf", "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Teilnehmenden", "Antrag", "Fall", "Kurs",
    "Stunde", "Unterrichtsstunde", "Gruppe", "Klasse",
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
     "tauschten", "verfolgten", "zählte", "lauschten", "nutzten", "vertreten",
     # celebrating with, turning up, filling the hall: "Rund 300 Gäste feierten mit", "erschienen", "füllten"
     "feierte", "feierten", "gefeiert", "erschien", "erschienen", "füllten",
     # taking part or signed up: "An der Tagung beteiligten sich 200 Teilnehmende", "300 Gäste hatten sich angemeldet"
     "beteiligten", "angemeldet"}
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

# Adverbs opening a clause that counts a part of the figure before it ("Davon waren 3.218 Frauen"): the part
# belongs to the same subject.
PARTITIVE_ADVERBS = frozenset({"davon", "darunter", "hiervon", "hierunter"})

# Participles of paying for something: "Damit werden fünf neue Beratungsstellen finanziert" counts what the money
# named before pays for, its recipient's.
FUNDED_PARTICIPLES = (
    "finanziert", "gefördert", "geschaffen", "eingerichtet", "aufgebaut", "bezahlt", "ermöglicht", "unterstützt",
    "besetzt", "eröffnet", "ausgebaut",
)  # fmt: skip

# Verbs of joining into a body (regular expressions): "Sieben Partner haben sich zum Bündnis X zusammengeschlossen"
# counts the members of X.
JOINING_VERBS = (
    r"\bzusammengeschlossen\b",
    r"\bzusammenschließen\b",
    r"\b(?:schlossen|schließen|schloss|schließt)\s+sich\b[^.;\n]{0,120}?\bzusammen\b",
)

# Verbs that put what is counted into the name after "zu"/"zum"/"zur": "Sechs Beratungsstellen gehören zum
# Netzwerk X".
BELONGING_VERBS = frozenset({"gehören", "gehört", "gehörten", "gehörte", "zählen", "zählten"})

# A part taken from a whole the number counts: "eines von zwölf Projekten", "zwei der acht Projekte", and the verbs
# that put one among them ("gehört zu den zwölf Projekten").
PARTITIVE_LINKS = frozenset({"von", "der"})
WHOLE_OF_PARTS_VERBS = BELONGING_VERBS | {"zählt", "zählte"}

# Prepositions that name the agent of a passive clause: "Rund 5.000 Ratsuchende wurden vom Netzwerk X beraten".
AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})

# Head nouns that stand for a body named just before ("Der Verein hat 35 Mitglieder"): the noun and the words a
# body's name holds (or ends with) for it to be one of that kind.
BODY_STAND_INS: dict[str, tuple[str, ...]] = {
    "Verein": ("verein", "e. v.", "e.v."),
    "Stiftung": ("stiftung",),
    "Kammer": ("kammer",),
    "Verband": ("verband",),
    "Behörde": ("behörde",),
    "Bildungswerk": ("bildungswerk",),
    "Akademie": ("akademie",),
}

# Nouns naming a period that a figure may follow right after ("im Vorjahr 250 Familien", "im Quartal 80 Anträge"):
# not a label before a number ("Raum 12").
PERIOD_NOUNS = frozenset(
    {"Vorjahr", "Jahr", "Halbjahr", "Quartal", "Monat", "Zeitraum", "Förderzeitraum", "Berichtsjahr", "Berichtszeitraum",
     "Schnitt", "Durchschnitt",
     # a time of day, as a programme item opens: "14:00 Uhr Vier parallele Workshops"
     "Uhr"}
)  # fmt: skip

# Uninflected adverbs that may stand before an attribute of the counted noun ("300 neu zugewanderte Menschen",
# "40 bereits anerkannte Fachkräfte", "12 so genannte Lotsen"); words ending in ATTRIBUTE_ADVERB_ENDINGS are
# such adverbs too ("bundesweit tätige", "beruflich qualifizierte", "international erfahrene").
ATTRIBUTE_ADVERBS = frozenset(
    {"neu", "bereits", "schon", "so", "gut", "hoch", "frisch", "eigens", "erfolgreich", "erstmals", "zusätzlich",
     "kürzlich", "speziell", "besonders", "eng", "fest", "direkt", "aktiv"}
)  # fmt: skip
ATTRIBUTE_ADVERB_ENDINGS = ("weit", "lich", "isch")

# Currency signs written before the amount: "€ 250.000", "EUR 1,2 Mio.".
CURRENCY_BEFORE = ("EUR", "€")

# Prepositions that govern the dative (or take it as a place): the counted noun after them is in the dative plural
# ("an 17 Standorten", "mit 150 Teilnehmenden"), stored in the nominative.
DATIVE_PREPOSITIONS = frozenset(
    {"an", "auf", "aus", "bei", "in", "mit", "nach", "seit", "von", "zu", "vor", "unter", "hinter", "neben",
     "zwischen", "gegenüber", "außer", "samt", "nebst", "ab", "entgegen"}
)  # fmt: skip

# Nominative plurals in -e that add -n in the dative: "an 17 Standorten" counts "Standorte". The last part of a compound is enough ("Landesnetzwerken" ends in
# "netzwerken"). Plurals in -en ("Beratungsstellen", "Frauen", "Menschen") and the nouns whose singular ends in -en
# ("Unternehmen", "Verfahren", "Treffen") are the same in the dative and are not listed.
E_PLURALS = (
    "standorte", "netzwerke", "betriebe", "projekte", "kurse", "stände", "gäste", "anträge",
    "vorträge", "beiträge", "verbände", "vereine", "berufe", "bereiche", "gespräche", "angebote", "seminare",
    "akteure", "kräfte", "städte", "landkreise", "arbeitskreise", "termine", "abschlüsse", "zuschüsse",
    "bescheide", "verträge", "plätze", "tische", "preise", "fälle", "schritte", "kontakte", "dokumente",
    "instrumente", "module", "formate", "produkte", "konzepte", "besuche", "einsätze", "märkte", "ziele",
    "programme", "systeme", "institute", "sitze", "berichte", "aufträge", "standbeine", "heime", "räume",
)  # fmt: skip

# Plurals in -ern that keep the -n in the nominative ("Kammern", "Nummern"): not "Beratern" -> "Berater".
PLURALS_IN_ERN = (
    "kammern", "nummern", "ziffern", "schwestern", "feiern", "mauern", "steuern", "eltern", "adern", "federn",
    "bauern", "vettern",
)  # fmt: skip

# Endings of nouns made of adjectives and participles ("Teilnehmende", "Geflüchtete", "Jugendliche"): after a
# number without an article the dative plural adds -n ("mit 150 Teilnehmenden").
ADJECTIVAL_NOUN_ENDINGS = ("ende", "liche", "igte", "ierte", "tete", "derte", "lose", "ige", "ellte", "annte")

# Nouns (and last parts of compounds) with such an ending whose plural is -en in every case ("Spenden",
# "Wochenenden", "Gegenden").
NOT_ADJECTIVAL_NOUNS = (
    "spenden", "wochenenden", "legenden", "dividenden", "blenden", "gegenden", "tugenden",
)  # fmt: skip

# Adverbs between "waren es" and the number standing for the figure before ("2024 waren es bereits über 3.400",
# "zuletzt waren es nur noch 80").
ELLIPSIS_ADVERBS = (
    "bereits", "schon", "nur", "noch", "sogar", "dann", "zuletzt", "nun", "jetzt", "inzwischen", "mittlerweile",
    "immerhin", "damit", "erst", "wieder",
)  # fmt: skip

# Last parts of compound nouns for people ("Pflegekräfte", "Ingenieurinnen", "Zahnärzte"): counted people taking
# part in a project's course.
PEOPLE_NOUN_ENDINGS = ("kräfte", "frauen", "männer", "personen", "menschen", "innen", "ärzte", "leute")

# Words of funding in a clause that gives an amount of money and names no one it is for (regular expressions):
# "stehen rund 650.000 Euro zur Verfügung", "Die Fördersumme beträgt 5 Mio. Euro", "Gefördert wird es mit 1,2
# Millionen Euro", "Dafür fließen 300.000 Euro".
FUNDING_MONEY_CUES = (
    r"\b(?:stehen|steht|standen|stand)\b[^;\n]*?\bzur\s+Verfügung\b",
    # the noun also as the last part of a compound: "Gesamtbudget", "Projektvolumen", "Gesamtfördersumme"
    r"(?:\b(?:[A-ZÄÖÜ][a-zäöüß]*?)?(?:[Ff]ördersumme|[Ff]ördervolumen|[Ff]örderbetrag|[Ff]ördermittel|[Bb]udget|[Vv]olumen)"
    r"|\bZuwendung)\b[^;\n]*?"
    r"\b(?:beträgt|betragen|betrug|liegt|lag|umfasst|belaufen|beläuft)\b",
    r"\b(?:[Gg]efördert|[Ff]inanziert)\s+(?:wird|werden|wurde|wurden)\s+(?:es|sie|er|das\s+\w+)\s+mit\b",
    r"\b(?:fließen|fließt|flossen|floss)\b",
)
