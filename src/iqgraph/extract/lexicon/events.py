"""Events: event nouns, speech acts at events, ordinals, starts and signings."""

from __future__ import annotations

# The months, as German writes them: never a name or a venue ("im Mai", "Ende Juni").
MONTH_NAMES = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")  # fmt: skip

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
GENERIC_EVENT_NOUNS = frozenset({"Veranstaltung", "Treffen", "Feier", "Ausstellung", "Empfang", "Event"})

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
    "vorträge",  # "Es folgten Vorträge von X und Y"
    "festrede",
    "rednerin",
    "redner",
    "keynote",
    "impulsvortrag",
    "berichtete",
    "berichteten",
    "stellte",
    "stellten",
    "gratulierte",
    "gratulierten",
)

# The first parts of the nouns naming where an event is held ("Veranstaltungsort", "Tagungsort").
VENUE_NOUN_PREFIXES = ("Veranstaltungs", "Tagungs", "Austragungs")
VENUE_FIELD_PREFIXES = VENUE_NOUN_PREFIXES  # "Veranstaltungsort: …" heads a venue field

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
    # more kinds of meeting a release reports: talks, assemblies, breakfasts and evenings held on a day
    "Rundgespräch",
    "Expertengespräch",
    "Werkstattgespräch",
    "Podiumsgespräch",
    "Kamingespräch",
    "Versammlung",
    "Kolloquium",
    "Frühstück",
    "Stammtisch",
    "Infoabend",
    "Informationsabend",
    "Themenabend",
    "Diskussionsabend",
    "Webinar",
    "Barcamp",
    "Exkursion",
    "Fachdialog",
    "Integrationsdialog",
    "Arbeitsmarktdialog",
    "Bürgerdialog",
    "Unternehmensdialog",
    "Gesprächsrunde",
    "Diskussionsrunde",
    "Expertenrunde",
    "Lesung",
    # ceremonies and starts held on a day
    "Einweihung",
    "Spatenstich",
    "Übergabe",
    "Unterzeichnung",
    "Gründung",
    "Projektstart",
    "Kick-off",
    "Kickoff",
    "Jobbörse",
    "Kontaktbörse",
    # fairs of places to learn or work, held on a day ("die 3. Ausbildungsbörse", "bei der Praktikumsbörse")
    "Ausbildungsbörse",
    "Lehrstellenbörse",
    "Praktikumsbörse",
    "Aktionswoche",
    "Festival",
    "Gala",
    "Rundgang",
    # days, anniversaries and hearings held on a day ("Praxistag", "zehnjähriges Jubiläum", "Vernissage")
    "Praxistag",
    "Thementag",
    "Netzwerktag",
    "Unternehmertag",
    "Beratungstag",
    "Karrieretag",
    "Studientag",
    # days and weeks named after their subject, often in the plural of a name ("die Fachkräftetage Nordhessen")
    "Fachkräftetag",
    "Integrationstag",
    "Begegnungstag",
    "Integrationswoche",
    "Themenwoche",
    "Jubiläum",
    "Vernissage",
    "Roundtable",
    "Hearing",
    "Anhörung",
    "Ehrung",
    "Verabschiedung",
    # talks, exchanges and evenings ("Fachkräftedialog", "Online-Talk", "Netzwerkabend"); no bare "Dialog" ("im
    # Dialog mit Betrieben")
    "Fachkräftedialog",
    "Unternehmerdialog",
    "Arbeitgeberdialog",
    "Branchendialog",
    "Zukunftsdialog",
    "Praxisdialog",
    "Expertendialog",
    "Talk",
    "Fachaustausch",
    "Erfahrungsaustausch",
    "Netzwerkabend",
    "Vortragsabend",
    "Begegnungsabend",
    "Unternehmerabend",
    "Speeddating",
    "Speed-Dating",
    # English names written apart, as they are borrowed: "beim Job Speed Dating", "ein Speed Dating für Betriebe"
    "Speed Dating",
    "Job Speed Dating",
    "Filmvorführung",
    # English names of events as German writes them ("das Networking-Event", "beim Fachkräfte-Summit"); a bare "Event"
    # refers back like "Veranstaltung"
    "Event",
    "Summit",
    # consultation hours held on a day ("Die Sprechstunde „Anerkennung“ findet am 3. Mai statt")
    "Sprechstunde",
    # formats of a day's programme: a game played through, a coding marathon, an evening of talks
    "Planspiel",
    "Hackathon",
    "Fachabend",
)
# The event nouns lowercased, to end a compound in any case ("der Fachtag", "die IQ-Fachtagung"): the heads the
# relations, the events' organisers and the counts' audiences look for.
EVENT_HEADS = tuple(n.lower() for n in (*EVENT_NOUNS, *MORE_EVENT_NOUNS))

# Heads that name an event only as the last part of a compound ("Werkstatttag", "Projekttag", "Elternabend", "Kulturabend"),
# never alone ("am Tag danach", "am Abend"), written as one word (not "Diversity-Tag": a day observed, no one's event),
# and not after these first parts: times, days of the week, parliaments and assemblies of bodies, days of an event
# named otherwise ("am zweiten Kongresstag") and days in a life (lower case, the head included).
COMPOUND_EVENT_HEADS = {
    "tag": (
        "montag", "dienstag", "donnerstag", "freitag", "samstag", "sonntag", "mittag", "geburtstag", "alltag",
        "landtag", "bundestag", "kreistag", "reichstag", "kammertag", "städtetag", "gemeindetag", "bauerntag",
        "stichtag", "feiertag", "werktag", "arbeitstag", "jahrestag", "gedenktag", "sitzungstag", "ruhetag",
        "wochentag", "kalendertag", "schultag", "todestag", "namenstag", "hochzeitstag", "folgetag", "vortag",
        "backstag", "wahltag", "sterbetag", "ehrentag", "urlaubstag", "krankheitstag", "spieltag", "lebenstag",
        "zahltag", "liefertag", "kongresstag", "tagungstag", "konferenztag", "messetag", "verhandlungstag",
        "frauentag", "kindertag", "flüchtlingstag",
    ),
    "abend": (
        "feierabend", "vorabend", "lebensabend", "heiligabend", "sonnabend", "tagabend", "mittwochabend", "sommerabend",
        "winterabend", "herbstabend", "frühlingsabend", "spätabend",
    ),
}  # fmt: skip

# Event names of several words, which no compound head finds: (nominative, pattern of any singular case, the noun
# whose gender the words before it take: "Erster Runder Tisch", "beim Tag der offenen Tür"). No plural: "35 Runde
# Tische" counts meetings, none of them one held.
MULTIWORD_EVENT_NOUNS = (
    ("Runder Tisch", r"Runde[nr]?\s+Tisch(?:es|s)?", "Tisch"),
    ("Tag der offenen Tür", r"Tag(?:es|s)?\s+der\s+offenen\s+Tür", "Tag"),
    # an evening of open doors named after what it shows ("zur Langen Nacht der Ausbildung", "die Lange Nacht der
    # Wissenschaften")
    ("Lange Nacht", r"Lange[n]?\s+Nacht(?=\s+(?:der|des)\s)", "Nacht"),
    # an English day of a kind, named as written ("beim Career Day", "der Welcome Day für Fachkräfte"); "" keeps the
    # words matched as the noun
    (
        "",
        r"(?:(?!(?:Der|Die|Das|Den|Dem|Des|Beim|Bei|Am|Zum|Zur|Im|Ein|Eine|Einem|Einen|Vom|Auf|Nach|Vor)\s)"
        r"[A-Z][a-z]+['’]?\s+){1,2}Day",
        "Tag",
    ),
    # a workshop named by its title ("die Werkstatt „Bewerbung“"); a bare "Werkstatt" is a room or a trade's shop
    ("Werkstatt", r"Werkstatt(?=\s*[„\"“‚»])", "Werkstatt"),
)

# Speech acts and speaking roles beyond SPEAKER_CUES (stems, matched case-insensitively).
MORE_SPEAKER_CUES = (
    "podium",
    "diskutier",  # "diskutierten", "diskutieren am Nachmittag", "diskutiert wurde mit"
    "ansprache",
    "laudatio",
    " rede ",
    " rede,",
    " rede.",
    "überreicht",
    "moderator",
    "willkommen",
    "input",
    "überblick",
    "erläuterte",
    "gesprächsrunde",
    "vorgestellt",
    # closing words, presenting, and leading through a programme in either word order ("führte durch den
    # Abend", "Durch das Programm führte X")
    "schlusswort",
    "präsentierte",
    "führte durch",
    "durch das programm",
    "durch den tag",
    "durch den abend",
    "durch die veranstaltung",
    # greetings passed on, debates and praise: "überbrachte die Grüße der Stadt", "debattierten", "die Laudatorin"
    "überbrachte",
    "überbrachten",
    "debattierte",
    "laudator",
    # who was on a panel to debate: "Als Diskutantinnen waren X und Y geladen"
    "diskutant",
)

# The parts of an event a speaker gives a talk at, as the genitive after "Referentin" (heads, matched
# case-insensitively): "der Workshops", "des Fachtags", "der Podiumsdiskussion".
_SESSIONS = (
    r"(?:workshop|tagung|konferenz|veranstaltung|foren|forum|fachtag|kongress|diskussion|runde|podium|seminar"
    r"|symposium|webinar)"
)

# Speech acts matched as whole words or by what follows them (regular expressions): speech verbs that longer words
# hold ("versprach", "entsprechend", "Ansprechpartner").
SPEAKING_WORDS = (
    r"\bsprach(?:en)?\b",
    r"\b(?:sprechen|spricht)\b(?!\s+für\s+sich\b)",  # "die Zahlen sprechen für sich"
    # an introduction given ("zur Einführung", "Einführung in das Thema"), not one of a law ("Einführung des …")
    r"\bEinführung\b(?!\s+(?:des|der|eines|einer)\b)",
    # who gives a talk ("Referentin war X", "Als Gastreferent sprach", "Referentinnen der Workshops waren X und Y"),
    # not a post ("Referentin für Öffentlichkeitsarbeit", "Pressereferent", "Referent im Ministerium", "Referentin der
    # Geschäftsführung")
    r"(?:\b|(?<=Gast)|(?<=Haupt)|(?<=Impuls))referent(?:in|innen|en)?\b"
    r"(?!\s+(?:für|im|in|bei|beim|vom|von)\b)(?!\s+(?:der|des)\s+(?![\w-]*" + _SESSIONS + r"))",
    # presenting in the present tense of an announcement or a report, the verb split around its object: "A und B
    # stellen ihre Projekte vor", "stellt Petra Beispiel die Studie vor" (not "stellt sich vor", "stellt … dar")
    r"\bstell(?:t|en)\b(?!\s+sich\b)[^;:\n]{0,80}?\bvor\b",  # a body's "e. V." may stand between
    # given the floor: "Zu Wort kamen X und Y", "kam X zu Wort", "ergriff X das Wort"
    r"\bzu\s+Wort\b",
    # a guest on the programme: "Zu Gast war Staatssekretärin X", "war X zu Gast" (not a visit to a body: "zu Gast bei
    # der Beratungsstelle"; not the audience: "Unter den Gästen war X")
    r"\bzu\s+Gast\b(?!\s+(?:bei|beim)\b)",
    # explaining or informing in an announcement's present, a topic after it: "Beraterin X erklärt, wie ein Abschluss
    # anerkannt wird", "Es informieren X und Y über die Förderung" (not "erklärt, dass": a statement; not "informiert
    # sich")
    r"\b(?:erklärt|erklären|erläutert|erläutern)\b(?=(?:\s+[a-zäöü]\w*){0,2}\s*,\s*(?:wie|was|warum|wann|welche[nrsm]?)\b)",
    r"\binformier(?:t|en)\b(?!\s+sich\b)(?=[^.;:\n]{0,60}?\büber\b)",
    r"\bergriff(?:en)?\b[^.;\n]{0,80}?\bdas\s+Wort\b",
    # words said ("nach einleitenden Worten von X", "mit einigen Worten"), not the phrase "mit anderen Worten"
    r"(?<!anderen\s)\bWorten?\b",
    # leading through an occasion named after "durch": "Durch die Tagung führte X", "Durch den Fachtag führten"
    r"\bdurch\s+(?:den|die|das)\s+(?:[\w\-]+\s+){1,2}(?:führte|führten)\b",
    # a talk on a stage or before the press, held with its speakers, a place or time between: "Diskussionsrunde mit X
    # und Y", "ein Pressegespräch im Rathaus mit der Ministerin", "Talk mit X"; not a "Fachgespräch mit Betrieben" or
    # "Gespräche mit" the staff (those met, not on stage)
    r"(?:diskussion|talk|pressegespräch|podiumsgespräch|kamingespräch|panel|podium)\w*\s+(?:[^.;,\n]{0,60}?\s)?mit\b",
    # contributions given by persons: "mit Beiträgen von X und Y", "ein Redebeitrag von X", "Fachbeiträge von …"
    r"(?:\b|(?<=[a-zäöü]))[Bb]eitr(?:ag|äge|ägen)\s+von\b",
    # an item of a programme named by its kind and a colon near its line's start, its speakers after it ("10:20 Uhr
    # Impuls: X", "Impulsreferat: X", "Lesung: X"; "Grußwort:" and "Vortrag:" hold cues of their own)
    # ... also the programme's close, its summing up and its panel ("16:30 Uhr Abschluss: X", "Fazit: Y", "Panel: Z"),
    # and a table's row, its cells parted by bars, tabs or runs of spaces ("11:30 Uhr | Diskussion | X, Y",
    # "Schlusswort<TAB>Z", "12:00   Zusammenfassung   W")
    r"(?m:^)(?:[^\n:]|\d:\d){0,24}?\b(?:Impuls\w*|Input|Referat|Lesung|Talk|Keynote|Gespräch\w*|Abschluss|Ausblick"
    r"|Fazit|Resümee|Panel|Podium|(?:Podiums)?[Dd]iskussion|Schlusswort|Zusammenfassung|Verabschiedung)"
    r"[ \t]*(?::|\||\t| {2})",
)

# What is welcomed rather than greeted: "begrüßte die Entscheidung", "begrüßt es, dass …" (heads of the object).
WELCOMED_THINGS = (
    "Entscheidung",
    "Beschluss",
    "Initiative",
    "Vorhaben",
    "Vorschlag",
    "Einigung",
    "Förderung",
    "Engagement",
    "Gesetz",
    "Plan",
    "Pläne",
    "Ergebnis",
    "Entwicklung",
    "Zusage",
    "Schritt",
    "Verlängerung",
    "Ausbau",
)

# A statement to the press, not speech at an event: "sagte X in einer Pressemitteilung", "laut Mitteilung",
# "gegenüber der Zeitung" (regular expressions).
PRESS_STATEMENT_CUES = (
    r"\b(?:in\s+einer|laut|per|einer)\s+(?:[a-zäöü]+\s+)?(?:Presse|Pressemitteilung|Pressemeldung|Mitteilung"
    r"|Stellungnahme|Erklärung)\b",
    r"\bgegenüber\s+(?:der|dem|den)\s+[\w\-]*(?:Zeitung|Presse|Redaktion|Blatt|Medien|Nachrichten)\b",
    r"\b(?:im|in\s+einem)\s+Interview\b",
)

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
    "warben",
    "dankte",
    "würdigte",
    "ausblick",
    "einblick",
    "einstieg",
    "impuls",
    # describing, adding and summing up at the occasion ("skizzierte", "verwies auf", "resümierte")
    "skizzierte",
    "verwies",
    "ergänzte",
    "resümierte",
    "bekräftigte",
    "hervorhob",
    "lobte",
    "warnte",
    "erzählte",  # "erzählte von ihrem Weg"
    "beantwortete",  # "beantwortete Fragen der Gäste"
    # describing, making clear, encouraging and recalling before the guests ("beleuchtete die Lage", "ermutigte die
    # Teilnehmenden", "erinnerte an die Anfänge")
    "beleuchtete",
    "verdeutlichte",
    "ermutigte",
    "erinnerte",
    # giving an opinion, an assurance or a summary before the guests ("meinte", "versicherte", "bilanzierte"; not
    # "schilderte", after a quote as often the writer's own impression told to the press)
    "meinte",
    "äußerte",
    "versicherte",
    "bilanzierte",
    # conceding, describing, criticising, citing and encouraging before the guests, and the parts of a talk named by
    # their noun ("räumte ein", "beschrieb die Lage", "gab einen Rückblick", "richtete einen Appell an")
    "räumte",
    "beschrieb",
    "kritisierte",
    "zitierte",
    "ermunterte",
    "rückblick",
    "appell",
    "schlaglicht",
)

# Those who came to an event, as the object or subject of what they did there ("begrüßte 100 Gäste", "die
# Teilnehmenden erfuhren").
_GUESTS = r"(?:Gäst\w*|Teilnehm\w*|Besucher\w*|Publikum|Anwesend\w*|Fachleute|Expert\w*|Vertreter\w*|Akteur\w*|Interessierte\w*)"
# A prize, an award or a seal, given or received at an event.
_PRIZE = r"(?:[\w\-]*[Pp]reis|Auszeichnung|Award|[\w\-]*[Ss]iegel)\w*"
# A dot inside a clause's middle field that ends no sentence: an abbreviated title or post ("Dr.", "Ref.").
_ABBREVIATION_DOT = r"(?:(?<=\bDr)|(?<=\bProf)|(?<=\bRef)|(?<=\bMag)|(?<=\bAbt))\."
_MIDDLE_FIELD = rf"(?:[^.;\n]|{_ABBREVIATION_DOT})"
# The article after "in" of a topic one leads into, in the accusative ("in das Thema", "in die Fragen").
_INTO = r"(?:das|den|die|ein|eine|einen|ihr\w*|sein\w*)\b"
# The heads of event nouns, for speech placed at an event ("bei der Veranstaltung", "auf der Fachtagung").
_AT_AN_EVENT = (
    rf"\b(?:bei|auf|während)\s+(?:der|dem|des)\s+(?:[a-zäöü]+\s+)?[\w-]*(?i:{'|'.join(EVENT_HEADS)})\b"
)

# The participles of reports of speech in the perfect: "hat … betont", "hatte … hingewiesen".
_SPEECH_PARTICIPLES = (
    r"(?:betont|hervorgehoben|unterstrichen|erläutert|gewürdigt|skizziert|bekräftigt|hingewiesen|verwiesen"
    r"|appelliert|geworben|gewarnt)"
)

# Reports of speech whose verb is split around its object (regular expressions): "hob die Rolle der Betriebe
# hervor", "machte deutlich, dass …", "zog eine positive Bilanz".
# The parts of a programme a person leads by speaking ("leitete das Gespräch", "Die Podiumsrunde leitete X"): a
# session, not a body ("leitet das Projekt", "leitete die Beratungsstelle").
_LED_SESSIONS = (
    r"(?:Workshop|Forum|Foren|Arbeitsgruppe|Diskussion|Gespräch|Debatte|Runde|Panel|Podium|Sitzung)"
)

EVENT_SPEECH_WORDS = (
    # giving the prizes at a ceremony, the verb split around its object: "zeichnete Ministerin X drei Betriebe aus"
    # (not the passive of the one awarded: "wurde X ausgezeichnet")
    r"\bzeichnete(?:n)?\b[^.;:\n]{0,80}?\saus\b",
    r"\bhob(?:en)?\b[^.;\n]{0,80}?\bhervor\b",
    r"\bmachte(?:n)?\b[^.;\n]{0,80}?\bdeutlich\b",
    r"\bzog(?:en)?\b[^.;\n]{0,60}?\bBilanz\b|\bBilanz\s+zog(?:en)?\b",
    r"\bfasste(?:n)?\b[^.;\n]{0,80}?\bzusammen\b",
    r"\bblickte(?:n)?\b[^.;\n]{0,80}?\bzurück\b",
    # leading a part of the programme, in either order ("leitete den Workshop", "Die Foren leiteten X und Y")
    r"\bleitete(?:n)?\b[^.;\n]{0,40}?\b" + _LED_SESSIONS,
    r"\b" + _LED_SESSIONS + r"\w*\s+leitete(?:n)?\b",
    # an announced talk in the present, its subject after the verb and no article before it (a person, not "die
    # Zeitung"): "Dort berichtet X über …", "Es berichten X und Y", "Anschließend berichtet Ministerin Z"
    r"\b(?:Dort|Dabei|Anschließend|Danach|Zudem|Außerdem|Es|Hier|Zunächst)\s+(?:berichtet|berichten)\b"
    r"(?!\s+(?:die|der|das|den|dem|ein|eine|einer|darüber|davon|dass)\b)",
    # ... also in the perfect or the passive: "hatte X einen Workshop geleitet", "Das Forum wurde von Y geleitet"
    r"\b" + _LED_SESSIONS + r"\w*\s+(?:[^.;\n]{0,40}?\s)?geleitet\b",
    # ... or shaping it, in either order ("Die Workshops gestalteten X und Y", "X gestaltete das Forum"), or offering it
    # fronted ("Workshops boten X und Y an"; not "Das Jobcenter bot Workshops für … an": a service)
    r"\bgestaltete(?:n)?\b[^.;\n]{0,40}?\b(?:Workshop|Forum|Foren|Arbeitsgruppe|Gesprächsrunde)",
    r"\b(?:Workshop|Forum|Foren|Arbeitsgruppe|Gesprächsrunde)\w*\s+(?:gestaltete(?:n)?|bot(?:en)?)\b",
    # experts invited to the stage: "Als Expertinnen waren X und Y geladen"
    r"\b[Aa]ls\s+(?:Expert|Fachexpert|Gastredner|Impulsgeber)\w*\s+(?:war|waren)\b[^.;\n]{0,80}?\b(?:ein)?geladen\b",
    # informing others ("informierte über die Regeln"), not being informed ("informierte sich")
    r"\binformierte(?:n)?\b(?!\s+sich\b)",
    # taking part in a debate, in either order: "An der Diskussion beteiligten sich X und Y", "X beteiligte sich an
    # der Podiumsdebatte" (not "beteiligte sich an den Kosten")
    r"\bbeteiligte(?:n)?\s+sich\b[^.;\n]{0,40}?(?:[Dd]iskussion|[Dd]ebatte|[Gg]esprächsrunde|Podium)"
    r"|(?:[Dd]iskussion|[Dd]ebatte|[Gg]esprächsrunde|Podium)\w*\s+beteiligte(?:n)?\s+sich\b",
    # heard by the guests: "Zu hören waren X und Y", "Als Rednerin war X zu hören"
    r"\b[Zz]u\s+hören\s+(?:war|waren)\b|\b(?:war|waren)\b[^.;\n]{0,80}?\bzu\s+hören\b",
    # following a question up in a talk: "ging der Frage nach, wie …"
    r"\bging(?:en)?\b[^.;\n]{0,40}?\bFragen?\b[^.;\n]{0,40}?\bnach\b",
    # the same reports in the perfect, the participle closing the clause: "hatte die Rolle der Betriebe
    # hervorgehoben", "hat die Bedeutung der Beratung betont"
    rf"\b(?:hat|hatte|haben|hatten)\b[^.;\n]{{0,100}}?\b{_SPEECH_PARTICIPLES}\b",
    # ... and in a clause of its own, the auxiliary last: "…, bei dem X auf den Mangel hingewiesen hatte"
    rf"\b{_SPEECH_PARTICIPLES}\s+(?:hat|hatte|haben|hatten)\b",
    # more speech with its verb split: "führte in das Thema ein", "ging auf die Fragen ein", "wies auf … hin", "rief
    # zu … auf", "gab zu bedenken", "nahm Stellung", "zeigte auf, wie …", "warf einen Blick auf", "ordnete … ein"
    # (into a topic, in the accusative: not "In der Stadt führte X eine Karte ein")
    rf"(?:\b[Ii]n\s+{_INTO}[^.;\n]{{0,60}}?\bführte(?:n)?\b|\bführte(?:n)?\b[^.;\n]{{0,40}}?\bin\s+{_INTO})"
    r"[^.;\n]{0,60}?\bein\b",
    r"\bging(?:en)?\b[^.;\n]{0,20}?\bauf\b[^.;\n]{0,60}?\bein\b",
    r"\bwies(?:en)?\b[^.;\n]{0,80}?\bhin\b",
    r"\brief(?:en)?\b[^.;\n]{0,80}?\bauf\b(?=\s*[.;,]|\s*$)",
    r"\bgab(?:en)?\s+zu\s+bedenken\b",
    r"\bnahm(?:en)?\b[^.;\n]{0,60}?\bStellung\b",
    r"\bzeigte(?:n)?\b(?!\s+sich\b)[^.;\n]{0,60}?\bauf\b(?=\s*[.;,])",
    # showing how a thing is done, a clause of "wie", "was" or "warum" after the verb: "zeigte anhand von Beispielen,
    # wie …", "zeigten, was Betriebe tun können"
    r"\bzeigte(?:n)?\b(?!\s+sich\b)[^.;\n]{0,60}?,\s*(?:wie|was|warum|wo|welche[nrsm]?)\b",
    r"\bwarf(?:en)?\b[^.;\n]{0,40}?\bBlick\b",
    r"\bordnete(?:n)?\b[^.;\n]{0,60}?\bein\b(?=\s*[.;,])",
    # adding and setting out: "fügte hinzu", "führte aus, dass …", "legte die Lage dar" (not a mood shown: "zeigte sich
    # erfreut")
    r"\bfügte(?:n)?\b[^.;\n]{0,60}?\bhinzu\b",
    r"\bführte(?:n)?\b[^.;\n]{0,60}?\baus\b(?=\s*[.;,:])",
    r"\blegte(?:n)?\b[^.;\n]{0,60}?\bdar\b",
    # announcing before the guests, the particle closing the clause: "kündigte weitere Kurse an", "kündigte an, dass …"
    r"\bkündigte(?:n)?\b[^.;\n]{0,80}?\ban\b(?=\s*[.;,:]|\s*$)",
    # opening or closing the programme: "Den Auftakt machte X", "X machte den Anfang", "den Abschluss bildete X"
    r"\b(?:Auftakt|Anfang|Abschluss|Schluss)\b[^.;\n]{0,20}?\b(?:machte|machten|bildete|bildeten)\b",
    r"\b(?:machte|machten|bildete|bildeten)\b[^.;\n]{0,20}?\b(?:Auftakt|Anfang|Abschluss|Schluss)\b",
    # ... or giving the signal to start or setting the close, in either order: "Den Startschuss gab X", "X setzte den
    # Schlusspunkt"
    r"\b(?:Startschuss|Schlusspunkt)\b[^.;\n]{0,20}?\b(?:gab|gaben|setzte|setzten)\b",
    r"\b(?:gab|gaben|setzte|setzten)\b[^.;\n]{0,60}?\b(?:Startschuss|Schlusspunkt)\b",
    # a verb split around a long subject, its particle closing the clause: "ging X (Verein Y) auf die Folgen ein",
    # "In das Thema führten danach A, Ref. Recht, und B ein" (an abbreviated post's dot between)
    r"\bging(?:en)?\b[^.;\n]{0,60}?\bauf\b[^.;\n]{0,60}?\bein\b(?=\s*[.;,:]|\s*$)",
    r"\b[Aa]uf\b[^.;\n]{0,60}?\bging(?:en)?\b[^.;\n]{0,80}?\bein\b(?=\s*[.;,:]|\s*$)",
    rf"\b[Ii]n\s+(?:das|die|den)\s+(?:[\w-]*Thema|[\w-]*Themen|Programm)\b{_MIDDLE_FIELD}{{0,120}}?\bführte(?:n)?\b"
    rf"{_MIDDLE_FIELD}{{0,200}}?\bein\b(?=\s*[.;,:]|\s*$)",
    # describing, told as speech by what follows: a question clause ("schilderte X, welche Erfahrungen …") or the event
    # it was said at ("schilderte bei der Veranstaltung: …"); a bare "schilderte" after a quote is as often a
    # statement to the press
    r"\bschilderte(?:n)?\b[^.;\n]{0,200}?,\s*(?:wie|was|warum|wo|welche[nrsm]?)\b",
    rf"\bschilderte(?:n)?\b[^.;\n]{{0,40}}?{_AT_AN_EVENT}",
    # a talk held on the stage with the speaker: "führte der Minister ein Gespräch über …" (not "führte Gespräche mit
    # Betrieben": meetings, told in the plural)
    r"\bführte(?:n)?\b[^.;\n]{0,60}?\b(?:ein|das)\s+(?:[a-zäöü]+\s+)?(?:Gespräch|Interview|Podiumsgespräch)\b",
    # what the audience learnt from a speaker: "Von X und Y erfuhren die Teilnehmenden, wie …"
    rf"\b[Vv]on\s+[^.;\n]{{3,160}}?\b(?:erfuhren|hörten|lernten)\s+(?:die|das)\s+(?:[a-zäöü]+\s+)?{_GUESTS}",
    # an award handed over, in either order: "Die Auszeichnung übergab X", "X übergab den Preis"
    rf"\b(?:übergab|übergaben)\b[^.;\n]{{0,80}}?{_PRIZE}|{_PRIZE}[^.;\n]{{0,30}}?\b(?:übergab|übergaben)\b",
)

# A service, project or office that started on a day: "startete am 3. Mai", "nahm zum 1. Juli ihre Arbeit auf",
# "ging am 2. März an den Start", "bietet ab heute … an" (regular expressions). The present "startet am 3. Mai"
# announces courses and registrations as often as a start: it is a cue only in the lead (EVENT_START_LEAD_CUES).
EVENT_START_CUES = (
    r"\b(?:startete|starteten|gestartet)\b",
    r"\b(?:nimmt|nehmen|nahm|nahmen)\b[^;\n]{0,80}?\bArbeit\s+auf\b",
    r"\bArbeit\s+aufgenommen\b",
    r"\b(?:geht|gehen|ging|gingen)\b[^;\n]{0,80}?\ban\s+den\s+Start\b",
    r"\b(?:[Aa]b|[Ss]eit)\s+(?:heute|dem\s+\d|\d)[^;\n]{0,200}?\b(?:an|angeboten)\b(?=\s*[.;,]|\s*$)",
    # the starting shot given or fired: "gibt am 3. Mai den Startschuss für die Stelle", "fiel der Startschuss"
    r"\bStartschuss\b",
)

# A gathering told by its host's verbs on a day, with no event noun: guests greeted ("begrüßte am 3. Mai rund
# 100 Gäste", "hieß die Teilnehmenden willkommen") or invited ("hatte am 3. Mai ins Rathaus eingeladen", "lud
# am 3. Mai Betriebe ein", "lud am 3. Mai zum Austausch") (regular expressions, searched within one sentence: a date's dot may stand between).
EVENT_GATHERING_CUES = (
    r"\b(?:begrüßte|begrüßten|begrüßt)\b[^;\n]{0,80}?\b" + _GUESTS,
    r"\b(?:hieß|hießen)\b[^;\n]{0,80}?\bwillkommen\b",
    r"\b(?:hatte|hatten|hat|haben)\b[^;\n]{0,120}?\beingeladen\b",
    r"\bEingeladen\s+(?:hatte|hatten|hat|haben)\b",  # the participle fronted: "Eingeladen hatte der Verein X"
    r"\b(?:lud|luden|lädt|laden)\b[^;\n]{0,120}?\b(?:ein|zum|zur|zu)\b",
    # guests who came, discussed or exchanged views, in either order ("Im Rathaus diskutierten am 3. Mai 80 Gäste")
    r"\b(?:diskutierten|tauschten|berieten|kamen|verfolgten|lauschten)\b[^;\n]{0,80}?\b" + _GUESTS,
    # ... and guests who followed or listened to the programme: "Rund 150 Teilnehmende verfolgten am 3. Mai die Vorträge"
    r"\b" + _GUESTS + r"[^;\n]{0,80}?\b(?:diskutierten|tauschten|berieten|kamen|verfolgten|lauschten)\b",
    # guests of any name who followed an invitation, took part or exchanged views among themselves ("80 Betriebe
    # folgten am 3. Mai der Einladung", "nahmen am 3. Mai an einer Schulung teil", "tauschten sich am 3. Mai aus")
    r"\b(?:folgten|folgte)\b[^;\n]{0,80}?\bEinladung\b|\bEinladung\b[^;\n]{0,80}?\b(?:folgten|folgte)\b",
    r"\b(?:nahmen|nahm)\b[^;\n]{0,120}?\b(?:an|am)\b[^;\n]{0,80}?\bteil\b",
    r"\b(?:An|an)\s+(?:der|dem|einer|einem)\b[^;\n]{0,80}?\b(?:nahmen|nahm)\b[^;\n]{0,80}?\bteil\b",
    r"\b(?:tauschten|tauschte)\s+sich\b",
)

# A host's invitation or celebration told in the past ("Zum Empfang hatte die Stadt X eingeladen", "Die Stiftung Y lud
# zum Sommerfest ein", "80 Gäste folgten der Einladung", "Der Verein Z hat sein Sommerfest gefeiert"): the event was
# held, a day given or not.
HELD_IN_THE_PAST_CUES = (
    r"\b(?:hatte|hatten|hat|haben)\b[^;\n]{0,120}?\beingeladen\b",
    r"\bEingeladen\s+(?:hatte|hatten|hat|haben)\b",
    r"\b(?:lud|luden)\b[^;\n]{0,120}?\b(?:ein|zum|zur|zu)\b",
    r"\b(?:folgten|folgte)\b[^;\n]{0,80}?\bEinladung\b",
    r"\b(?:feierte|feierten|beging|begingen)\b",
    r"\b(?:hat|haben|hatte|hatten)\b[^;\n]{0,120}?\b(?:gefeiert|begangen)\b",
    # a host's organising verb in the past, active or passive: "Der Verein X veranstaltete einen Workshop", "Die Tagung
    # wurde vom Netzwerk Y ausgerichtet" (not "richtete sich an": whom it was for)
    r"\b(?:veranstaltete|veranstalteten|organisierte|organisierten)\b|\b(?:richtete|richteten)\b(?!\s+sich\b)",
    r"\b(?:wurde|wurden)\b[^;\n]{0,120}?\b(?:veranstaltet|organisiert|ausgerichtet)\b",
)

# A prize, an award or a seal given on a day, in either order: "vergab am 3. Mai den Integrationspreis", "Der Preis
# wurde am 3. Mai vergeben" (regular expressions; not contracts "vergeben" to firms).
_GIVING = r"(?:vergab|vergaben|vergeben)"
EVENT_PRIZE_CUES = (
    rf"\b{_GIVING}\b[^;\n]{{0,80}}?{_PRIZE}",
    rf"{_PRIZE}[^;\n]{{0,80}}?\b{_GIVING}\b",
    # ... or received on a day by the one it honours: "Am 3. Mai erhielt der Verein X den Integrationspreis"
    rf"\b(?:erhielt|erhielten|bekam|bekamen)\b[^;\n]{{0,80}}?{_PRIZE}",
    rf"{_PRIZE}[^;\n]{{0,40}}?\b(?:erhielt|erhielten|bekam|bekamen)\b",
)

# A visit told by its verbs: "besuchte", "war zu Gast bei", and a visitor who "informierte sich" or "machte sich ein
# Bild" of the work (regular expressions).
EVENT_VISIT_CUES = (
    r"\b(?:besuchte|besuchten)\b",
    # the perfect, a day's dot between: "hat am 3. Mai die Beratungsstelle besucht"
    r"\b(?:hat|haben)\b(?:[^.;\n]|(?<=\d)\.){0,120}?\bbesucht\b",
    r"\bzu\s+Gast\s+(?:beim|bei|im|in)\b",
    r"\binformierte(?:n)?\s+sich\b",
    r"\bmachte(?:n)?\s+sich\b[^;\n]{0,60}?\bBild\b",
)

# A handover of documents on a day, told by its verb, the thing handed over in either order: "übergab am 3. Mai den
# Förderbescheid", "hat am 3. Mai die Urkunden übergeben", and graduates who "erhielten am 3. Mai ihre Zertifikate"
# (regular expressions, searched within one sentence: a date's dot may stand between). Not a task handed over ("die
# Koordination wurde an X übergeben"), not what a course gives ("erhalten ein Zertifikat": the present), not a
# notice projects received ("erhielten Bescheide": no ceremony told).
_CERTIFICATES = r"[\w\-]*(?:[Zz]ertifikat|[Uu]rkunde|[Zz]eugnis)\w*"
_HANDED_OVER = r"(?:" + _CERTIFICATES + r"|[\w\-]*(?:[Bb]escheid|[Ss]check|[Ss]chlüssel)\w*)"
_HANDING_OVER = r"(?:übergab|übergaben|übergeben|übergibt)"
EVENT_HANDOVER_CUES = (
    r"\b" + _HANDING_OVER + r"\b[^;\n]{0,80}?\b" + _HANDED_OVER,
    r"\b" + _HANDED_OVER + r"\b[^;\n]{0,80}?\b" + _HANDING_OVER + r"\b",
    r"\berhielten\b[^;\n]{0,80}?\b" + _CERTIFICATES,
)

# Funding notices or a cheque handed over by "überreichen" (the verb of prizes too), in either order: "überreichte die
# Bescheide", "Die Förderbescheide überreichte X": a grant passed on, no prize given (regular expressions).
_FUNDING_PAPERS = r"[\w\-]*(?:[Bb]escheid|[Ss]check)\w*"
_PRESENTING = r"(?:überreichte|überreichten|überreicht|überreichen)"
FUNDING_HANDED_OVER_CUES = (
    r"\b" + _PRESENTING + r"\b[^;\n]{0,80}?\b" + _FUNDING_PAPERS,
    r"\b" + _FUNDING_PAPERS + r"\b[^;\n]{0,80}?\b" + _PRESENTING + r"\b",
)

# A lead that reports a start ("Beratungsstelle startet"): a "seit dem 3. Mai" in the text is then that start.
# ... also a headline's noun ("Start für die Beratung in X", "Start der Stelle Y") and a first phase begun ("geht mit dem
# Vorhaben in die erste Projektphase").
EVENT_START_LEAD_CUES = (
    r"\b(?:startet|starten)\b",
    r"\bStart\s+(?:für|der|des|von)\b",
    r"\bin\s+die\s+erste\s+(?:Projektphase|Phase|Förderphase)\b",
    *EVENT_START_CUES,
)

# An agreement signed or concluded on a day: "unterzeichneten am 3. Mai", "die am 3. Mai geschlossene
# Vereinbarung", "schlossen am 3. Mai einen Kooperationsvertrag".
_AGREEMENT = (
    r"(?:[A-ZÄÖÜ][a-zäöü]*(?:vereinbarung|vertrag|abkommen|pakt)|Vereinbarung|Vertrag|Abkommen|Pakt)\b"
)

EVENT_SIGNING_CUES = (
    r"\b(?:unterzeichnet|unterzeichnete|unterzeichneten|unterschrieben|unterschrieb)\b",
    r"\bgeschlossene[nm]?\s+(?:[a-zäöü]+\s+)?" + _AGREEMENT,
    r"\b(?:schloss|schlossen)\b[^;\n]{0,80}?" + _AGREEMENT,
    # perfect or passive, the participle last: "haben am 3. Mai eine Vereinbarung (ab)geschlossen"
    _AGREEMENT + r"[^;\n]{0,80}?\b(?:ab)?geschlossen\b",
    # ... or a relative clause on the agreement, its middle field long, the participle before its auxiliary: "die
    # Vereinbarung X, die das Land am 3. Mai mit den Kammern und der Arbeitsagentur geschlossen hat"
    _AGREEMENT
    + r"[^;\n]{0,60}?,\s+(?:die|den|das|der)\b[^;\n]{0,200}?\b(?:ab|unter)?(?:geschlossen|zeichnet)\s+"
    r"(?:hat|haben|hatte|hatten|wurde|worden)\b",
)

# Participles a headline reports an event by, with the event noun they stand for: "Beratungszentrum X in Kassel
# eröffnet" reports the opening of the "Beratungszentrum X" the text may only call "die Eröffnung".
HEADLINE_EVENT_PARTICIPLES = {
    "eröffnet": "Eröffnung",
    "eingeweiht": "Einweihung",
    "gegründet": "Gründung",
    "verliehen": "Verleihung",
}
# Adverbs a headline may put before its participle ("offiziell eröffnet", "feierlich eingeweiht").
HEADLINE_MANNER_ADVERBS = ("offiziell", "feierlich", "erfolgreich", "jetzt", "nun")

# Event nouns whose possessor is a guest, not the host: "bei ihrem Besuch im Jobcenter" (the visitor's visit).
GUEST_EVENT_NOUNS = ("Besuch", "Teilnahme")

# Nouns naming who held an event ("Gastgeber war X", "Veranstalterin: Y", "Organisatorin des Fachtags war Z"); a suffix
# "in", "innen" or "en" may follow.
# ... also the co-hosts ("Mitveranstalterin war die Kammer X", "X war Mitausrichter").
HOST_NOUNS = ("Gastgeber", "Veranstalter", "Ausrichter", "Organisator", "Mitveranstalter", "Mitausrichter")

# Fields of an invitation that give the day of the event it invites to ("Termin: 6. Mai 2031", "Wann: …"); not a
# bare "Datum:", which heads a release with its own date as often.
EVENT_DATE_FIELDS = ("Termin", "Wann", "Veranstaltungstermin", "Veranstaltungsdatum")
# The fields that follow an event's day in an invitation's block: its hours and its place ("Uhrzeit: 13 Uhr").
EVENT_INFO_FIELDS = ("Uhrzeit", "Zeit", "Beginn", "Einlass", "Ort", "Wo", "Veranstaltungsort", "Tagungsort")

# Fields of work a topic in an event's name is placed in ("Fachtag Anerkennung in der Pflege", "Forum Vielfalt im
# Handwerk"): sectors, never venues, so "in der/im" before them goes on naming the event.
EVENT_TOPIC_FIELDS = (
    "Pflege", "Altenpflege", "Krankenpflege", "Gastronomie", "Hotellerie", "Logistik", "Industrie", "Medizin",
    "Handwerk", "Gesundheitswesen", "Bauwirtschaft", "Landwirtschaft", "Verwaltung", "Arbeitswelt", "Wirtschaft",
    "Ausbildung", "Beratung", "Kinderbetreuung", "Erziehung", "Sozialwirtschaft", "IT-Branche", "Pflegebranche",
)  # fmt: skip

# Heads whose quoted name may hold an event noun without naming an event: "das Projekt „Infotag Beispiel“".
NAMED_THING_HEADS = ("Projekt", "Programm", "Initiative", "Kampagne", "Vorhaben", "Angebot", "Modul")

# Rooms an event is held in, named with the institution they belong to: "im Saal der Landespressekonferenz",
# "im Foyer des Rathauses" (the venue is the room with its genitive).
VENUE_ROOMS = ("Saal", "Festsaal", "Plenarsaal", "Sitzungssaal", "Aula", "Foyer", "Lesecafé", "Atrium")

# Capitalised words after "im"/"in der" that name no building, though a town follows ("im Rahmen der Tagung in
# Kassel", "in der Region in Nordhessen", "im Oktober in Kiel"): never an event's venue.
NOT_VENUES = frozenset(
    {
        "Rahmen",
        "Jahr",
        "Region",
        "Stadt",
        "Land",
        "Bundesland",
        "Landkreis",
        "Kreis",
        "Gemeinde",
        "Nähe",
        "Innenstadt",
        "Zentrum",
        "Bereich",
        "Auftrag",
        "Namen",
        "Sommer",
        "Herbst",
        "Winter",
        "Frühjahr",
        "Anschluss",
        "Vorfeld",
        *MONTH_NAMES,
    }
)


# Endings of bodies and offices whose "in <Ort>" says where they are, not where the event is: "die Beratungsstelle
# in Fulda lud zum Fachtag", "Studierende der Hochschule in Kassel" (matched case-insensitively). Not persons:
# in "Jobbörse für Fachkräfte in Gera" the town is the event's.
PLACED_NOUN_ENDINGS = (
    "stelle",
    "beratung",
    "projekt",
    "netzwerk",
    "agentur",
    "jobcenter",
    "kammer",
    "verein",
    "verband",
    "hochschule",
    "universität",
    "schule",
    "behörde",
    "behörden",
)


# The tense of a sentence that names a day by its weekday alone ("am Montag eröffnete …", "findet am Montag
# statt"): the past puts the day before the release's own, the future after it (regular expressions).
# The narrated past: auxiliaries in the preterite and verbs of a report.
NARRATED_TENSE_CUES = (
    r"\b(?:hatte|hatten|war|waren|wurde|wurden)\b",
    r"\b(?:eröffnete|begrüßte|besuchte|sprach|kam|traf|fand|hielt|stellte|übergab|überreichte|unterzeichnete"
    r"|informierte|diskutierte|tagte|feierte|zeichnete|verlieh|lud|nahm|sagte|betonte|erklärte|würdigte|gab"
    r"|startete)(?:e?n)?\b",
    # more verbs of a report in the preterite: "Im Mittelpunkt stand am Montag …", "Am Dienstag zeigte X …"
    r"\b(?:stand|ging|zeigte|präsentierte|erläuterte|referierte|moderierte|dankte|lobte|tauschte|beriet"
    r"|nutzte|erhielt|folgte|machte|hob|zog|leitete|bot|gratulierte|ehrte|warb|unterstrich|berichtete"
    r"|skizzierte|appellierte|stieß|bildete|lockte|begann|endete|versammelte)(?:e?n)?\b",
    # a separable verb at the end of a subordinate clause: "die am Freitag stattfand", "an der 80 Gäste teilnahmen"
    r"\b(?:statt|teil|zusammen)(?:fand|fanden|nahm|nahmen|kam|kamen)\b",
)
# The perfect ("hat … eröffnet"), whose form an announcement shares ("ist für den 14. Oktober geplant").
PERFECT_TENSE_CUE = (
    r"\b(?:hat|haben|ist|sind)\b[^.;\n]{0,120}?\b(?:ge[a-zäöü]+(?:t|en)|[a-zäöü]+iert|eröffnet|begrüßt|besucht"
    r"|übergeben|überreicht|vorgestellt|unterzeichnet|verliehen|erhalten"
    # participles without "ge" first: "hat … begonnen", "hat … stattgefunden", "haben … teilgenommen"
    r"|begonnen|beendet|stattgefunden|teilgenommen|zusammengekommen|eingeladen|ausgetauscht"
    # the perfect passive, and a prize's participle: "sind am Mittwoch ausgezeichnet worden"
    r"|worden|ausgezeichnet)\b"
)
PAST_TENSE_CUES = (NARRATED_TENSE_CUES[0], PERFECT_TENSE_CUE, *NARRATED_TENSE_CUES[1:])
# An announcement of what is to come, in any tense of its own ("ist für den 14. Oktober geplant", "wird im Mai
# stattfinden", "lädt am 5. April zum Tag der offenen Tür ein", "Anmeldung bis 1. Mai"): the day it names lies
# ahead of the release.
ANNOUNCING_CUES = (
    r"\bgeplant\b",
    r"\bstattfinden\b",
    r"\b(?:findet|finden)\b(?:[^.;\n]|(?<=\d)\.){0,120}?\bstatt\b",  # a day's period inside: "am 10. Mai"
    r"\b(?:lädt|laden)\b(?:[^.;\n]|(?<=\d)\.){0,120}?\bein\b",
    r"\b(?:[Aa]nmeldung|anmelden)\b",
)
FUTURE_TENSE_CUES = (
    r"\b(?:findet|finden)\b[^.;\n]{0,120}?\bstatt\b",
    r"\b(?:wird|werden|soll|sollen)\b",
    r"\b(?:lädt|laden)\b",
)

# Ceremonies over a document or a thing handed on: bare ("bei der Unterzeichnung") and without a day, nothing
# tells which occasion they were (a bare "Eröffnung" is one: what it opened may be told around it).
ACT_EVENT_NOUNS = frozenset({"Unterzeichnung", "Übergabe", "Spatenstich"})

# Event nouns of an act done to a thing (opening, starting, kicking off): their genitive names what was opened or
# started ("Eröffnung der Beratungsstelle X", "Auftakt der Kampagne Y"), not who held the occasion.
OPENING_EVENT_NOUNS = (
    "Eröffnung",
    "Neueröffnung",
    "Einweihung",
    "Start",
    "Projektstart",
    "Auftakt",
    "Kick-off",
    "Kickoff",
)

# Capitalised words in -er that are determiners or adverbs at a sentence's start, never a town's adjective in an
# event's name ("Dieser Fachtag", "Unser Netzwerktreffen").
CAPITALISED_DETERMINERS = (
    "Dieser",
    "Jener",
    "Jeder",
    "Unser",
    "Unserer",
    "Ihrer",
    "Seiner",
    "Euer",
    "Aller",
    "Mancher",
    "Welcher",
    "Solcher",
    "Einer",
    "Keiner",
    "Meiner",
    "Oder",
    "Aber",
    "Über",
    "Unter",
    "Hinter",
    "Wieder",
    "Immer",
    "Weiter",
    "Später",
    "Bisher",
    "Vorher",
    "Nachher",
    "Außer",
    "Sicher",
    "Leider",
    "Zuvor",
    "Ganzer",
)

# Who a release quotes as one the work served ("eine frühere Teilnehmerin", "der Absolvent", "eine Ratsuchende"): their
# story told ("erzählte", "berichtete") is a testimony, no speech at the event unless an act of speaking says so.
SERVED_PERSON_NOUNS = (
    "Teilnehmerin",
    "Teilnehmer",
    "Kursteilnehmerin",
    "Kursteilnehmer",
    "Absolventin",
    "Absolvent",
    "Ratsuchende",
    "Ratsuchender",
    "Klientin",
    "Klient",
)
