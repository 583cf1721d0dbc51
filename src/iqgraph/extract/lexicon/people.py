"""People: role nouns and titles, mandates, appointment phrases, speech verbs, letters, leading."""

from __future__ import annotations

from .places import LAENDER

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
    "handwerksmeister",  # "Kreishandwerksmeister", "Landeshandwerksmeister": the crafts' elected heads
    "dozent",
    "trainer",
    "manager",
    "botschafter",
    "mentor",
    "stadtrat",
    "stadträt",
    "kreisrat",  # councillors of a district or a municipality, as "Stadtrat"
    "kreisrät",
    "gemeinderat",
    "gemeinderät",
    "journalist",  # "moderiert von der Journalistin X": the profession she is named by
    "ansprechpartner",  # "Ansprechpartnerin für Betriebe ist X", a contact field "Ansprechpartner: X"
    "forscher",  # "Arbeitsmarktforscher an der Hochschule Y": a researcher's post at a university or institute
    # offices of city states and governments: "Staatsrätin", "Bundeskanzlerin", "Generalsekretär"
    "staatsrat",
    "staatsrät",
    "kanzler",
    "sekretär",
    "bevollmächtigt",
    "sachbearbeiter",
    # posts of placement, counselling and an association's board: "Arbeitsvermittlerin", "Schatzmeister"
    "vermittler",
    "jobcoach",
    "sozialarbeiter",
    "schatzmeister",
    "kassenwart",
    "schriftführer",
    "redakteur",
    # who organised or started an event or project, and an assistant's post: "Organisatorin", "Projektassistent"
    "organisator",
    "initiator",
    "assistent",
    "ausbilder",  # a firm's trainer of apprentices: "Ausbilder Karl Muster"
    # carers and coaches of a project's participants: "Betreuerin", "Coach" (not "Lotse": units are named so)
    "betreuer",
    "coach",
    # a firm's authorised officer and a village's elected head: "Prokuristin", "Ortsvorsteher"
    "prokurist",
    "ortsvorsteher",
)

# Masculine role nouns standing alone that are no family names (unlike "Leiter", "Sprecher", "Meister"): after a
# family name met again they close the name ("Vorher war Demir Referent beim …": Demir's post, no person "Demir
# Referent").
ROLE_NOUNS_NO_FAMILY_NAME = frozenset(
    {"Referent", "Koordinator", "Geschäftsführer", "Staatssekretär", "Präsident", "Direktor", "Dezernent",
     "Mitarbeiter", "Moderator", "Dozent", "Projektleiter", "Berater", "Vorsitzender", "Beauftragter"}
)  # fmt: skip

# Adjectives before a role noun that say when the post is held and end in no adjective suffix the role pattern
# knows ("die frühere Präsidentin", "der designierte Leiter", "die neu gewählte Vorsitzende").
ROLE_TIME_ADJECTIVES = ("früher", "designiert", "gewählt", "wiedergewählt")

# Posts inside a body (its heads and staff): where a role phrase names no body, the one body the sentence before
# names is theirs ("Die Brückenbau gGmbH … . Geschäftsführerin Petra Beispiel …"). Offices of government
# ("Bürgermeisterin") and professions ("Journalistin", "Moderator") are not.
STAFF_ROLE_STEMS = (
    "leiter",
    "leitung",
    "geschäftsführer",
    "vorsitzend",
    "koordinator",
    "koordination",
    "vorstand",
    "vorständ",
    "mitarbeiter",
    "präsident",
    "direktor",
    "gründer",
    "inhaber",
    "chef",  # "Personalchefin", "Agenturchef": a head inside a body
    "ausbilder",
)

# Adjectival nouns: their nominative depends on article and gender ("der Beauftragte", "ein Beauftragter").
ADJECTIVAL_ROLE_STEMS = (
    "beauftragt",
    "bevollmächtigt",
    "vorsitzend",
    "abgeordnet",
    "stellvertret",
    "angestellt",
    "beigeordnet",
)

# Roles whose holder leads the organisation named with them (-> iq:ledBy).
LEADER_STEMS = ("leiter", "koordinator", "projektleitung", "leitung", "koordination")

TITLE_WORDS = ("Dr.", "Prof.", "Dipl.-Ing.", "Dr.-Ing.", "PD")

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

# The role noun of a deputy, written before the name ("der Abgeordneten Petra Beispiel (SPD)"): a seat in a
# parliament whose name holds one of these words.
PARLIAMENT_WORDS = ("Landtag", "Bundestag", "Parlament", "Abgeordnetenhaus", "Bürgerschaft")

# The same mandates spelled out in apposition ("Petra Beispiel, Mitglied des Landtags, …"), as regular expressions.
SPELLED_MANDATES = (
    r"Mitglied des (?:Deutschen )?(?:Landtags|Landtages|Bundestags|Bundestages|Abgeordnetenhauses)",
    r"Mitglied des Europäischen Parlaments",
)

# Role nouns of the masculine (agentive) form; their "-in" form is feminine. Others fit either gender.
GENDERED_ROLE_STEMS = tuple(
    s
    for s in ROLE_STEMS
    if s not in ADJECTIVAL_ROLE_STEMS
    and s
    not in ("vorstand", "koordination", "projektleitung", "leitung", "coach", "jobcoach")  # "Coach" fits both
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
    "übernimmt",  # "übernimmt zum 1. Mai die Leitung …": a time between the verb and the office
    "übernahm",
)

# Adverbs of time between an appointment verb and the role ("war zuvor", "ist seit 2019").
APPOINTMENT_TIMES = (
    # how long, first (it may open with "zuvor"): "war zuvor sieben Jahre Referentin", "war zwei Jahre lang Leiterin"
    "(?:zuvor |davor |bereits |schon )?(?:\\w+|\\d+) Jahre(?: lang)?",
    "seit (?:\\w+|\\d+) Jahren",  # "X, seit drei Jahren Beraterin im …"
    "zuvor",
    "vorher",
    "bisher",
    "bislang",
    "künftig",
    "weiterhin",  # "Ansprechpartnerin bleibt weiterhin Petra Beispiel"
    "nun",
    "jetzt",
    "ab sofort",
    "seit [\\w.]+",
    "seit (?:dem )?(?:\\d{1,2}\\. ?)?\\w+ \\d{4}",  # "seit dem 1. Januar 2022", "seit März 2021"
    # when an office is taken: "zum 1. September 2021", "zum Jahresbeginn", "ab Mai", "im Juni 2024"
    "(?:zum|ab|im|am) (?:dem )?(?:\\d{1,2}\\. ?)?[\\wä]+(?: \\d{4})?",
    "mit sofortiger Wirkung",
    "bis (?:zum )?(?:\\d{1,2}\\. ?)?[\\w.]+(?: \\d{4})?",  # an earlier post: "war bis 2020", "bis März 2021"
    "lange",
)

# Adverbs that add a post to one named before, between the copula and the title: "X ist zudem Sprecherin der …",
# "Seit 2021 ist X auch Vorsitzende des …".
ADDING_ADVERBS = ("zudem", "auch", "außerdem", "ebenfalls", "zugleich", "gleichzeitig", "bereits", "schon")

# Adverbials that open a sentence saying what a person is or was, before the verb and the pronoun: "Zuvor war sie
# Referentin …", "Seit 2019 ist er Vorsitzender …", "Bis 2020 war sie …".
FRONTED_TIMES = (
    "Zuvor",
    "Vorher",
    "Davor",
    "Bisher",
    "Bislang",
    "Seitdem",
    "Seither",
    "Künftig",
    "Inzwischen",
    "Heute",
    "Zuletzt",
    # an earlier or later post told in sequence: "Danach war sie Referentin …", "Anschließend war er Leiter …"
    "Danach",
    "Anschließend",
    "Später",
    "Früher",
    "Damals",
    "Seit [\\w.]+(?: \\d{4})?",  # "Seit 2019", "Seit März 2021"
    "Bis [\\w.]+(?: \\d{4})?",
    "Von \\d{4} bis \\d{4}",
)

# Given names the offline name list lacks, common among people who came from Eritrea, Ethiopia, Somalia, West
# Africa, Afghanistan and Kurdistan (the people IQ advises): name -> "f", "m" or "x" (either). Names as often a
# father's name standing as the family name ("Tekle", "Tesfaye") are left out.
MORE_GIVEN_NAMES: dict[str, str] = {
    # Eritrea, Ethiopia
    "Yonas": "m", "Semere": "m", "Filmon": "m", "Habtom": "m", "Dawit": "m", "Bereket": "m",
    "Goitom": "m", "Mehari": "m", "Tewolde": "m", "Tadesse": "m", "Yohannes": "m",
    "Mulugeta": "m", "Abebe": "m", "Eyerusalem": "f", "Senait": "f", "Selamawit": "f", "Tsega": "f",
    "Mebrat": "f", "Luwam": "f", "Winta": "f",
    "Amanuel": "m", "Merhawi": "m", "Biniam": "m", "Eyob": "m", "Mesfin": "m", "Tigist": "f", "Feven": "f",
    "Abeba": "f",
    # Somalia
    "Abdirahman": "m", "Mohamud": "m", "Abdullahi": "m", "Faduma": "f", "Hodan": "f", "Ayan": "f",
    # Nigeria, Ghana, West Africa
    "Chiamaka": "f", "Obinna": "m", "Chinedu": "m", "Ngozi": "f", "Oluwaseun": "x", "Ifeoma": "f",
    "Adaeze": "f", "Emeka": "m", "Uche": "x", "Chukwuemeka": "m", "Nnamdi": "m", "Babajide": "m",
    "Folake": "f", "Temitope": "x", "Yewande": "f", "Ifeanyi": "m", "Nkechi": "f", "Kwame": "m",
    "Akosua": "f", "Kwabena": "m", "Efua": "f", "Abena": "f", "Fatoumata": "f", "Ousmane": "m",
    "Ibrahima": "m", "Seydou": "m", "Boubacar": "m", "Sekou": "m", "Lamin": "m", "Aliou": "m", "Modou": "m",
    "Fatou": "f", "Ahmadou": "m", "Idrissa": "m",
    # Afghanistan
    "Sediqa": "f", "Zarmina": "f", "Mursal": "f", "Shabnam": "f", "Freshta": "f", "Naweed": "m",
    "Rohullah": "m", "Mirwais": "m", "Shukria": "f", "Masooma": "f", "Zabihullah": "m", "Hamidullah": "m",
    # Kurdistan
    "Hevin": "f", "Rojin": "f", "Rojda": "f", "Delal": "f", "Zilan": "f", "Kawa": "m", "Shvan": "m",
    "Nechirvan": "m", "Golnar": "f",
}  # fmt: skip

# German words the given-name list also holds ("zum zweiten Mal", "Alle Formulare", "Ende Mai"): never a
# given name at the start of a capitalised pair.
WORDS_NOT_GIVEN_NAMES = frozenset(
    {"Alle", "Mal", "Man", "Andere", "Ende", "Nur", "Tat"}
    # nouns for a group of performers before its name, which the name list takes for given names: "das Duo X"
    | {"Duo", "Trio", "Quartett", "Band", "Chor", "Ensemble"}
    # common nouns the name list also holds as given names, which open projects' and firms' names: "Chance Pflege"
    | {"Chance", "Job", "Fair", "Anker", "Hope", "Faith", "Fortuna"}
    # a kind of institution before its name: "die Leiterin der Kita Sonnenschein"
    | {"Kita"}
)

# Nouns of a verb phrase ("nahm Platz", "nahmen Teil", "bezog Stellung", "nahm Abschied"): after a given name and a
# family name such a noun belongs to the verb, never to the name ("nahmen Anna Probe und Karl Muster Platz").
VERB_PHRASE_NOUNS = frozenset(
    {"Platz", "Teil", "Stellung", "Abschied", "Bezug", "Anteil", "Abstand", "Anlauf", "Einfluss", "Rücksicht"}
    | {"Kenntnis", "Auskunft", "Antwort", "Einblick", "Einblicke", "Position", "Partei", "Bilanz", "Resümee"}
)

# Nouns of a firm's kind before its name, which may be its owner's: "die Firma Karl Muster", "Gärtnerei Rose Beispiel",
# "Malerbetrieb Jonas Probe" (compared in lower case, as endings of a compound).
FIRM_KIND_ENDINGS = (
    *("firma", "betrieb", "spedition", "gärtnerei", "bäckerei", "metzgerei", "schreinerei", "tischlerei"),
    *("autohaus", "unternehmen", "werkstatt", "kanzlei"),
)

# Vietnamese names put the family name first and a middle name of gender after it ("Nguyen Van Beispiel", "Tran Thi
# Probe"): the three words are one person's name, the middle name says the gender.
VIETNAMESE_FAMILY_NAMES = frozenset(
    {
        "Nguyen",
        "Nguyễn",
        "Tran",
        "Trần",
        "Le",
        "Lê",
        "Pham",
        "Phạm",
        "Hoang",
        "Huynh",
        "Phan",
        "Vu",
        "Vo",
        "Dang",
    }
    | {"Bui", "Do", "Ho", "Ngo", "Duong", "Ly"}
)
VIETNAMESE_MIDDLE_NAMES = {"Van": "m", "Văn": "m", "Thi": "f", "Thị": "f"}
# A journalist's titles and the cues of an interview's asking: the person asking in a printed interview holds no
# role the release reports ("fragte Reporterin X", "Redakteur X hat nachgefragt", "im Gespräch mit Redakteurin X").
JOURNALIST_STEMS = ("redakteur", "reporter", "journalist", "korrespondent", "interviewer", "volontär")
# ("fragte nach" alone may be a question from an event's audience: "X, Journalist aus Kassel, fragte nach").
INTERVIEW_CUES = (
    *("nachgefragt", "befragt", "befragte", "wollte wissen", "will wissen"),
    *("Interview", "im Gespräch mit", "Im Gespräch mit"),
)
# Titles of nobility, since 1919 part of the family name, between a given name and its particle: "Wolf-Dieter
# Graf von Hohenstein", "Marie Freifrau von Beispielburg".
NOBILITY_TITLES = frozenset(
    {
        "Graf",
        "Gräfin",
        "Freiherr",
        "Freifrau",
        "Freiin",
        "Baron",
        "Baronin",
        "Fürst",
        "Fürstin",
        "Prinz",
        "Prinzessin",
    }
)

# Verbs of coming, fleeing and moving, whose subject a direction follows ("kam Amanuel Beispiel nach Kassel",
# "Amanuel Beispiel floh 2015 aus Eritrea"): a person's.
MOVEMENT_VERBS = (
    *("kam", "kamen", "floh", "flohen", "flüchtete", "flüchteten", "zog", "zogen", "reiste", "reisten"),
    *("wanderte", "wanderten", "übersiedelte", "emigrierte", "migrierte"),
)

# Endings of a business's noun after a family name: a firm named after its owner ("Kaya Logistik", "Demir Bau",
# "Özdemir Consulting", "Chance Pflege"), no person (compared in lower case; compounds end the same way).
BUSINESS_NOUN_ENDINGS = (
    *("logistik", "bau", "service", "services", "consulting", "pflege", "reinigung", "transporte"),
    *("gastronomie", "catering", "elektro", "technik", "immobilien", "sanitär", "spedition", "umzüge"),
)

# Quantifiers, adverbs and adjectives that open a sentence's phrase before a capitalised noun, never a person's
# given name: "Viele Betriebe sagten ab", "Erstmals Gast war …", "Letzte Woche sprach …" (compared in lower case).
PHRASE_OPENING_WORDS = frozenset(
    {
        "viel",
        "wenig",
        "viele",
        "zahlreiche",
        "dutzende",
        "hunderte",
        "tausende",
        "einige",
        "mehrere",
        "wenige",
        "manche",
    }
    | {"etliche", "sämtliche", "verschiedene", "unterschiedliche", "andere", "weitere", "beide"}
    | {"erstmals", "erneut", "herzlich", "besonders", "gerade", "bereits", "schon", "noch", "ebenfalls"}
    | {"ebenso", "zudem", "außerdem", "deshalb", "daher", "inzwischen", "mittlerweile", "künftig", "bislang"}
    | {
        "bisher",
        "zuletzt",
        "zunächst",
        "anschließend",
        "danach",
        "später",
        "heute",
        "gestern",
        "jetzt",
        "nun",
    }
    | {"rund", "knapp", "fast", "etwa", "sehr", "ganz", "letzte", "letzten", "nächste", "nächsten", "großes"}
    | {"große", "großen", "kleine", "kleines"}
)

# Offices named by the noun for holding them ("übernimmt die Schirmherrschaft für …"): masculine and
# feminine title of the holder.
OFFICE_NOUNS: dict[str, tuple[str, str]] = {
    "Schirmherrschaft": ("Schirmherr", "Schirmherrin"),
    "Patenschaft": ("Pate", "Patin"),
}

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
    # trades and professions a release gives people who came with a foreign qualification
    "elektriker",
    "mechatroniker",
    "informatiker",
    "erzieher",
    "therapeut",
    "apotheker",
    "architekt",
    "jurist",
    "ökonom",
    "fachkraft",
    "sozialarbeiter",
    "dolmetscher",
    "ratsuchend",
    "geflüchtet",
    # where a person comes from: "die gebürtige Syrerin Rania Beispiel", "der Ukrainer Taras Muster"
    "gebürtig",
    "syrer",
    "ukrainer",
    "eritreer",
    "afghan",
    "iraner",
    "iraker",
    "türkin",
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
    "staatsrat",
    "staatsrät",
    # public offices, and adjectival titles (with their endings): "Dezernentin Hoffmann", "Beigeordneter Krause",
    # "Integrationsbeauftragte Beispiel"; not a firm's "Geschäftsführer Technik", "Direktor Vertrieb"
    "dezernent",
    "beigeordnet",
    "beauftragt",
    "abgeordnet",
    "professor",
    "bischof",
    "bischöf",
    "präses",
)

# Titles of posts in bodies and projects after which a family name may stand alone ("Projektleiterin Beispiel",
# "Geschäftsführer Muster", "Koordinatorin Probe"), unless the word after them names a department
# (DEPARTMENT_WORDS).
POST_TITLE_STEMS = (
    "leiter",
    "koordinator",
    "geschäftsführer",
    "referent",
    "sprecher",
    "direktor",
    "berater",
    "vorsitzend",
    "moderator",
    "rektor",
    "dekan",
)

# Departments and fields a post is named for, never a family name after its title: "Leiter Vertrieb",
# "Geschäftsführer Technik", "Referentin Presse".
DEPARTMENT_WORDS = frozenset(
    {
        "Technik",
        "Vertrieb",
        "Personal",
        "Marketing",
        "Finanzen",
        "Einkauf",
        "Ehrenamt",
        "Recht",
        "Controlling",
        "Presse",
        "Logistik",
        "Produktion",
        "Soziales",
        "Kultur",
        "Sport",
        "Jugend",
        "Arbeitsmarkt",
        "Migration",
        "Integration",
        "Bildung",
        "Beratung",
        "Verwaltung",
        "Forschung",
        "Entwicklung",
        "Qualität",
        "Betrieb",
        "Kommunikation",
        "Öffentlichkeitsarbeit",
        "Projekte",
        "Programme",
        "Region",
        "Innovation",
        "Digitales",
        "Finanz",
        "Wirtschaft",
        "Handwerk",
        "Ausbildung",
        "Weiterbildung",
        "Pflege",
        "Gesundheit",
        "Sprachen",
        "Sprache",
    }
)

# Forms of address before a family name standing alone ("Frau Beispiel", "Herrn Muster"), matched as words.
ADDRESS_WORDS = ("Frau", "Herr", "Herrn")

# A sentence after a quote that points back to it and names the speaker: "„…“ Mit diesen Worten eröffnete X …",
# "„…“ Das betonte X …".
QUOTE_BACK_REFERENCES = ("Mit diesen Worten", "Mit diesen Sätzen", "Das", "Dies", "Darauf", "Daran")

# Verbs of such a sentence besides the speech verbs.
QUOTE_ACT_VERBS = ("eröffnete", "begrüßte", "schloss", "appellierte", "mahnte", "forderte", "warb", "warnte")

# Founding or starting a project or a body, whose founders are its members: the finite verbs ("Petra Beispiel
# gründete 2015 den Verein X") and the participles of the perfect ("A und B haben das Projekt X gestartet").
FOUNDING_VERBS = ("gründete", "gründeten", "startete", "starteten", "initiierte", "initiierten")
FOUNDING_PARTICIPLES = ("gegründet", "gestartet", "initiiert", "ins Leben gerufen", "aufgebaut")

# Verbs saying a person belongs to or works for an organisation named after them ("X arbeitet bei …",
# "X ist Mitglied im …", "X ist beim … tätig").
MEMBER_VERBS = (
    "arbeitet",
    "arbeitete",
    "ist Mitglied",
    "war Mitglied",
    "ist Gründungsmitglied",
    "war Gründungsmitglied",
    "ist",
    "war",
    "engagiert sich",
    "gehört",  # "gehört (seit 2019) zum Team der Stiftung X"
    "gehörte",
)
# The same in the plural, after names listed: "A und B arbeiten beim Verein X" (each of them is a member).
MEMBER_VERBS_PLURAL = (
    "arbeiten",
    "arbeiteten",
    "sind Mitglied",
    "waren Mitglied",
    "sind Mitglieder",
    "waren Mitglieder",
    "sind",
    "waren",
    "engagieren sich",
    "gehören",
    "gehörten",
)

# Verbs of academic work at a university or institute named after "an" ("X forscht an der Hochschule Y", "X lehrt
# seit 2019 an der Universität Z"): the person is a member of it.
ACADEMIC_WORK_VERBS = ("forscht", "forschte", "lehrt", "lehrte", "promoviert", "promovierte")

# Verbs of work done at a body named after "bei" ("leitet bei der Stiftung X die Beratung"): the person works there.
WORK_AT_VERBS = (
    "leitet", "leitete", "koordiniert", "koordinierte", "verantwortet", "verantwortete", "betreut", "betreute",
    "berät", "beriet", "unterrichtet", "unterrichtete", "begleitet", "begleitete",
)  # fmt: skip

# Verbs in second place whose subject, a person's name, is followed by their object: a light-verb phrase's noun
# ("zog Petra Beispiel Bilanz", "nahm Anna Probe Stellung") or a plural or mass noun without an article ("stellte
# Karl Muster Ergebnisse vor", "überreichte Anna Probe Urkunden"). A third capital word there is the object, not a
# second family name.
VERBS_BEFORE_THEIR_OBJECT = (
    "zog", "zogen", "zieht", "gab", "gaben", "gibt", "nahm", "nahmen", "nimmt", "machte", "machten", "macht",
    "hielt", "hielten", "hält", "legte", "legten", "legt", "übte", "übten", "übt", "leistete", "leistet",
    "traf", "trafen", "trifft", "stand", "standen", "steht", "fand", "fanden", "findet",
    "stellte", "stellten", "stellt", "präsentierte", "präsentierten", "präsentiert", "zeigte", "zeigten", "zeigt",
    "überreichte", "überreichten", "überreicht", "übergab", "übergaben", "übergibt", "nannte", "nannten", "nennt",
    "bekam", "bekamen", "bekommt", "erhielt", "erhielten", "erhält",
    # verbs of receiving and informing people, whose object is a plural of persons ("begrüßte Anna Probe Gäste")
    "begrüßte", "begrüßten", "begrüßt", "empfing", "empfingen", "empfängt", "informierte", "informierten",
    "informiert", "beriet", "berieten", "berät", "ehrte", "ehrten", "ehrt", "ermutigte", "ermutigten", "ermutigt",
)  # fmt: skip

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
    # the field of a doctorate after "Dr.": "Dr. med.", "Dr. rer. nat.", "Dr. phil. habil."
    r"rer\.\s?(?:nat|pol|soc|oec)\.",
    r"(?:med|phil|jur|theol|paed|oec|habil|dent|vet|iur|sc)\.",
)

# Role nouns of a government's political heads: without an organisation in their phrase, their ministry is
# the one the release names whose name holds the compound's first part ("Arbeitsministerin" ->
# "Ministerium für Arbeit …"; "die Ministerin" -> the release's one ministry).
MINISTRY_ROLE_STEMS = ("minister", "staatssekretär", "senator")

# First parts of such compounds that name the level, not the portfolio ("Bundesarbeitsministerin").
GOVERNMENT_LEVELS = ("bundes", "landes", "staats")

# Role nouns whose holder heads a body named by a place ("die Osnabrücker Landrätin" -> "Landkreis Osnabrück", "der
# Kasseler Oberbürgermeister" -> "Stadt Kassel").
PLACE_BODY_OF_ROLE: dict[str, str] = {
    "landrat": "Landkreis",
    "landrät": "Landkreis",
    "oberbürgermeister": "Stadt",
    "bürgermeister": "Stadt",
}

# A local government named by its kind and its place after a role ("Landrätin des Kreises Greiz",
# "Bürgermeister der Stadt Merseburg"): the kind as written in the genitive, and its nominative.
LOCAL_BODY_GENITIVES: dict[str, str] = {
    "Landkreises": "Landkreis",
    "Kreises": "Kreis",
    "Stadt": "Stadt",
    "Hansestadt": "Hansestadt",
    "Gemeinde": "Gemeinde",
    "Bezirks": "Bezirk",
}

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

# Leading said by a verb (-> iq:ledBy): "X leitet das Projekt", "von X geleitet", "unter der Leitung von X".
LEAD_VERBS = ("leitet", "leitete", "koordiniert", "koordinierte")
# The same in the plural, for heads named together ("A und B leiten das Projekt X"); not in LEAD_VERBS, which the
# reader of names uses after one name.
LEAD_VERBS_PLURAL = ("leiten", "leiteten", "koordinieren", "koordinierten")

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
    "bestätigt",
    "bestätigte",
    "verspricht",
    "versprach",
    "bekennt",
    "bekannte",
    "begründet",
    "begründete",
    "verdeutlicht",
    "verdeutlichte",
    "kritisiert",
    "kritisierte",
    "verweist",
    "verwies",
    "beschreibt",
    "beschrieb",
    "würdigt",
    "würdigte",
    "lautet",
    "lautete",
)

QUOTE_VERBS = (*SPEECH_VERBS, *MORE_SPEECH_VERBS)

# Separable speech verbs split around the speaker after a quote ("„…“, kündigte Petra Beispiel an"): the
# finite verb and the particle that must close the clause; also a light-verb phrase's noun ("„…“, zog Petra
# Beispiel Bilanz").
SPLIT_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "kündigt": ("an",),
    "kündigte": ("an",),
    "fügt": ("hinzu",),
    "fügte": ("hinzu",),
    "führt": ("aus",),
    "führte": ("aus",),
    "hebt": ("hervor",),
    "hob": ("hervor",),
    "fasst": ("zusammen",),
    "fasste": ("zusammen",),
    "stellt": ("fest", "klar"),
    "stellte": ("fest", "klar"),
    "räumt": ("ein",),
    "räumte": ("ein",),
    "gibt": ("zu bedenken",),
    "gab": ("zu bedenken",),
    "merkt": ("an",),
    "merkte": ("an",),
    "wirft": ("ein",),
    "warf": ("ein",),
    "macht": ("deutlich", "klar"),
    "machte": ("deutlich", "klar"),
    "zieht": ("Bilanz", "Resümee"),
    "zog": ("Bilanz", "Resümee"),
}

# What opens a quote's introduction instead of a speaker ("Und weiter: „…“", "Außerdem: „…“"): the speaker
# of the quote before goes on.
QUOTE_CONTINUATION_CUES = ("und weiter", "weiter", "außerdem", "ferner", "zudem", "und", "dann")

# What a person does in a report, past tense, beyond speech verbs: "Petra Beispiel (Verein X) gab einen Überblick",
# "… stellte das Projekt vor". After a name and its affiliation in brackets they say the name is a person's.
PRESENTING_VERBS = (
    "gab",
    "gaben",
    "stellte",
    "stellten",
    "sprach",
    "sprachen",
    "präsentierte",
    "präsentierten",
    "hielt",
    "begrüßte",
    "eröffnete",
    "moderierte",
    "referierte",
    "informierte",
    "zeigte",
    "beleuchtete",
    "diskutierte",
    "diskutierten",
)

# "Abt.-Leiterin"); the abbreviation is the title, not spelled out. Bare "GF", "Vors.", "Stv." read too much.
ROLE_ABBREVIATIONS = (
    "Ref.",
    "Refl.",
    "Abt.-Leiter",
    "Abt.-Leiterin",
    "Abt.-Ltr.",
)

# Posts in a project named by a compound of "Projekt" ("Projektleiterin", "Projektkoordinator"): with no body in
# their phrase they are posts in the one project a release names.
# A project's contact person ("Ansprechpartnerin: Petra Beispiel"), named on a label line as its head is.
CONTACT_ROLE_STEMS = ("ansprechpartner",)

PROJECT_POST_PREFIXES = (
    "projektleit",
    "projektkoordinat",
    "projektmitarbeit",
    "projektreferent",
    "projektmanager",
)

# Posts whose compound names the network they are held in: "Netzwerkkoordinatorin Petra Beispiel" in a release about
# one network is that network's coordinator (not the body named in the sentence before).
NETWORK_POST_PREFIXES = (
    "netzwerkkoordinat",
    "netzwerkleit",
    "netzwerkreferent",
    "netzwerkmanager",
    "landesnetzwerkkoordinat",
    "landesnetzwerkleit",
)

# Titles that name a person's boss after a possessive, no post ("Ihr Chef, Projektleiter X", "seine Chefin X").
RELATIONAL_TITLES = frozenset({"Chef", "Chefin"})
