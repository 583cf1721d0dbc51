"""Words that tie one body to another: who carries, funds or belongs to a project, network or alliance."""

from __future__ import annotations

# Nouns of belonging to a network or alliance ("Die X e.V. ist Mitglied im Bündnis Y", "… Partner des
# IQ Netzwerks Z").
MEMBER_NOUNS = (
    "Mitglied",
    "Partner",
    "Kooperationspartner",
    "Netzwerkpartner",
    "Bündnispartner",
    # "ist Gründungsmitglied des Netzwerks Y", "eine von zwölf Partnerorganisationen im Netzwerk Y"
    "Gründungsmitglied",
    "Partnerorganisation",
    "Mitgliedsorganisation",
    # carrying one of the network's subprojects: "Die X gGmbH ist Teilprojektträgerin im IQ Netzwerk Y"
    "Teilprojektträger",
)

# Verbs of a body joining a network or alliance as a partner, said with "als Partner" or "einen neuen Partner": the
# member strengthens or completes the whole ("Als neuer Partner verstärkt die X das Netzwerk Y"), or the whole
# welcomes, gains or takes it in ("Das Netzwerk Y begrüßt die X als Partnerin", "… hat mit der X einen neuen Partner
# gewonnen").
PARTNER_JOINING_VERBS = (
    "verstärkt", "verstärkte", "verstärken", "verstärkten", "ergänzt", "ergänzte", "ergänzen", "ergänzten",
    "erweitert", "erweiterte", "bereichert", "bereicherte", "unterstützt", "unterstützte", "unterstützen",
    "begrüßt", "begrüßte", "begrüßen", "begrüßten", "gewinnt", "gewann", "gewonnen", "hinzugewonnen",
    "aufgenommen", "willkommen",
)  # fmt: skip

# The plural nouns that head a list of a network's or alliance's members ("Netzwerkpartner sind A, B und C",
# "Mitglieder des Bündnisses Y sind …"); not "Kooperationspartner", which an event or a project has too.
MEMBER_PLURALS = (
    "Mitglieder",
    "Partner",
    "Partnerinnen",
    "Netzwerkpartner",
    "Netzwerkpartnerinnen",
    "Bündnispartner",
    "Partnerorganisationen",
    "Mitgliedsorganisationen",
)

# Verbs of bodies working together in a network named with them ("Im Netzwerk Y arbeiten A und B zusammen",
# "A und B haben sich im Bündnis Y zusammengeschlossen"): the finite verb, then a word that closes the clause
# (`COOPERATING_CLOSERS`); the verbs of `COOPERATING_ALONE` need none ("Im Netzwerk Y kooperieren A und B").
COOPERATING_VERBS = (
    "arbeiten",
    "arbeiteten",
    "sind",
    "waren",
    "haben sich",
    "hatten sich",
)
# "Im Netzwerk Y engagieren sich A und B": engaging oneself in a network is taking part in it, with no closing word
COOPERATING_ALONE = ("kooperieren", "kooperierten", "engagieren sich", "engagierten sich")
# ("mit": the particle of "mitarbeiten", "mitwirken": "Im Netzwerk Y arbeiten A und B mit")
COOPERATING_CLOSERS = ("zusammen", "zusammengeschlossen", "vertreten", "organisiert", "aktiv", "mit")

# Words of working with a project as a partner, not carrying it ("Die Y arbeitet mit dem Projekt X zusammen",
# "Die Y schloss mit dem Projekt X eine Kooperationsvereinbarung"): a body "mit dem Projekt" is then no carrier.
# Stems, read anywhere in a word and in any case ("Kooperationsvereinbarung", "Erfahrungsaustausch").
COOPERATION_STEMS = (
    "zusammen",
    "kooperier",
    "vernetz",
    "Kooperation",
    "Vereinbarung",
    "Vertrag",
    "Verträge",
    "Gespräch",
    "Austausch",
)

# Verbs of a body starting a project it then carries, finite ("Die Y gGmbH startet das Projekt X", "ruft … ins
# Leben") and as the participle of a perfect ("Die Y hat das Projekt X gestartet / ins Leben gerufen").
STARTING_VERBS = ("startet", "startete", "starten", "starteten", "initiiert", "initiierte", "ruft", "rief")
STARTING_PARTICIPLES = ("gestartet", "initiiert", "ins Leben gerufen")

# Verbs of a person acting for a body named before them with "für": "Für die Stiftung X sprach Petra Beispiel",
# "Für den Verein Y unterzeichnete Karl Muster den Vertrag" (not "Für die Stiftung X warb …": a campaign is no post).
ACTING_FOR_VERBS = (
    "sprach",
    "sprachen",
    "spricht",
    "unterzeichnete",
    "unterzeichneten",
    "unterschrieb",
    "unterschrieben",
    "nahm",
    "nahmen",
    "berichtete",
    "berichteten",
    # presenting the body's work: "Für die Stiftung X stellte Petra Beispiel das Projekt vor"
    "stellte",
    "stellten",
    "präsentierte",
    "präsentierten",
    "erläuterte",
    "erläuterten",
)

# Heads of a service or office inside a body, between a verb of work and the body's genitive: "arbeitet für die
# Anerkennungsberatung der Stiftung X", "ist in der Geschäftsstelle des Vereins Y tätig".
BODY_SERVICE_HEADS = ("beratung", "stelle", "büro", "dienst", "service", "zentrale")

# Heads of bodies' names that are feminine or neuter: "er" opening the next sentence cannot stand for such a body
# ("… beim Diakonischen Werk Y. Er wechselte …" is about a man named before).
NOT_MASCULINE_BODY_HEADS = (
    "werk", "stiftung", "kammer", "agentur", "gmbh", "akademie", "hochschule", "universität", "behörde", "stadt",
    "ministerium", "amt", "institut", "jobcenter", "zentrum", "netzwerk", "bündnis", "projekt", "schule",
    "gesellschaft", "vereinigung", "diakonie", "caritas", "initiative", "beratungsstelle", "verwaltung",
)  # fmt: skip

# Heads of feminine bodies' names and feminine legal forms ("die Beispiel GmbH"): "sein" cannot point back to them.
FEMININE_BODY_HEADS = (
    "stiftung", "kammer", "agentur", "akademie", "hochschule", "universität", "behörde", "stadt", "schule",
    "gesellschaft", "vereinigung", "diakonie", "caritas", "initiative", "stelle", "verwaltung", "gemeinde",
    "direktion", "einrichtung", "genossenschaft", "organisation", "kita",
)  # fmt: skip
FEMININE_LEGAL_FORMS = ("gmbh", "ggmbh", "ag", "kg", "eg", "ug")

# Heads of masculine bodies' names, which "er" may stand for whatever else the name holds ("Lernwerk e. V.").
MASCULINE_BODY_HEADS = (
    "verein", "verband", "bund", "kreis", "rat", "dienst", "träger", "ausschuss", "landtag", "bundestag", "senat",
)  # fmt: skip

# Verbs of greeting and stating after a fronted "für" and a body: its speaker speaks for it ("Für die Stadt X begrüßte
# Bürgermeisterin Y die Gäste", "Für den Verein Z betonte Vorstand W, …"); not "fand lobende Worte", said about it.
FRONTED_FOR_VERBS = (
    "begrüßte", "begrüßten", "eröffnete", "eröffneten", "dankte", "dankten", "überreichte", "überreichten",
    "betonte", "betonten", "erklärte", "erklärten", "unterstrich", "unterstrichen",
)  # fmt: skip

# Verbs a person does in a body's name or on its behalf besides those above, and being there so: "begrüßte im Namen
# des Vereins Y die Gäste", "war im Auftrag der Stiftung X vor Ort".
ON_BEHALF_VERBS = (
    "begrüßte",
    "begrüßten",
    "dankte",
    "dankten",
    "überreichte",
    "überreichten",
    "war",
    "waren",
    "ist",
)

# Verbs of persons coming from a body named first ("Von der Stiftung X kamen A und B", "Aus dem Jobcenter Y nahm
# Karl Muster teil"); not "berichtete/sprach von …", which is about the body.
COMING_FROM_VERBS = ("kam", "kamen", "kommt", "kommen", "nahm", "nahmen", "reiste", "reisten")

# Nouns of money and support whose genitive names the body that pays ("Mittel des Landes Hessen", "mit
# Unterstützung des Freistaates Sachsen"), in small letters.
PAYMENT_NOUNS = frozenset(
    {
        "mittel",
        "mitteln",
        "fördermittel",
        "fördermitteln",
        "haushaltsmittel",
        "haushaltsmitteln",
        "geld",
        "gelder",
    }
    | {"geldern", "förderung", "kofinanzierung", "finanzierung", "unterstützung", "zuschuss", "zuschüsse"}
    | {"zuwendung", "zuwendungen", "auftrag", "beteiligung"}
)
# Endings that make a compound a payment noun too: "Landesmittel", "Fördergeldern", "Anschubfinanzierung".
PAYMENT_NOUN_ENDINGS = (
    "mittel", "mitteln", "geld", "gelder", "geldern", "förderung", "finanzierung", "zuschuss", "zuschüsse",
)  # fmt: skip

# Head nouns of an alliance that bodies found together, its founders becoming its members ("A und B gründeten das
# Bündnis Y", "A, B und C haben das Netzwerk Y gegründet"); not a company or a project they found.
FOUNDED_ALLIANCE_NOUNS = ("Bündnis", "Netzwerk", "Verbund", "Allianz", "Arbeitskreis", "Arbeitsgemeinschaft")

# Adverbs between a copula and the carrier noun after it: "ist seither auch Träger des Projekts X".
CARRIER_ADVERBS = (
    "auch", "nun", "nunmehr", "inzwischen", "seither", "seitdem", "weiterhin", "zudem", "außerdem", "erneut",
    "wieder", "jetzt", "heute", "bereits", "schon", "künftig", "gemeinsam", "zugleich", "ebenfalls",
)  # fmt: skip

# Verbs of a body carrying a part of a network's work ("Die Stiftung X trägt im Netzwerk Y die Beratung"); not
# "koordiniert": the coordinating body hosts the network.
CARRYING_VERBS = (
    "trägt",
    "trug",
    "betreibt",
    "betrieb",
    "verantwortet",
    "verantwortete",
    "bietet",
    "bot",
    "führt",
    "setzt",  # "setzt im IQ Netzwerk Y das Teilprojekt Z um"
    "setzte",
)

# Verbs of giving, which take a recipient in the dative and a thing in the accusative: "überreichte das Ministerium
# der Hochschule einen Bescheid" (the "der" phrase is the recipient, no genitive attribute of the giver).
GIVING_VERBS = frozenset(
    {
        "überreichte",
        "überreichten",
        "überreicht",
        "überreichen",
        "übergab",
        "übergaben",
        "übergibt",
        "übergeben",
    }
    | {
        "verlieh",
        "verliehen",
        "verleiht",
        "schenkte",
        "schenkten",
        "schenkt",
        "gewährte",
        "gewährten",
        "gewährt",
    }
    | {
        "bewilligte",
        "bewilligten",
        "bewilligt",
        "überwies",
        "überwiesen",
        "überweist",
        "spendete",
        "spendeten",
    }
    | {"übermittelte", "übermittelten", "zahlte", "zahlten", "überließ", "überließen"}
)
