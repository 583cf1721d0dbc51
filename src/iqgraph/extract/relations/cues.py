"""The table of cue constructions ties are read from: "X ist ein Teilprojekt des IQ Netzwerks Y" (partOf), "…,
kofinanziert durch die Y" (fundedBy), "Bei der X GmbH liegt die Koordination des Y" (hostedBy), "Die X e.V. ist
Mitglied im Bündnis Y" (memberOf). A new construction is one row of `CUES`; the small engine that reads the rows
is cue_engine.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..lexicon.ties import FOUNDED_ALLIANCE_NOUNS
from ..text.alternation import longest_first
from .actors import CARRIERS, COORDINATED, FUNDERS, MEMBER_TYPES
from .funding.funding import FUNDED, PASSIVE_FUNDED

__all__ = ["CUES", "LISTED", "Cue"]

# Cue constructions read forward: the subject is the first actor of `subjects` before the cue (or, where the
# sentence opens with a pronoun, the topic), the object an actor right after the cue, its type naming the
# predicate ("ein Projekt des IQ Netzwerks X": partOf, "ein Projekt des Vereins X": hostedBy).
_PROJECTS = frozenset({"Subproject", "CoordinationOffice"})
_FUNDED_THINGS = PASSIVE_FUNDED | {"Organisation"}
_WHOLES = {"StateNetwork": "partOf", "Programme": "partOf"}
_HOSTS = {t: "hostedBy" for t in CARRIERS}
_PAYERS = {t: "fundedBy" for t in FUNDERS}
_NEXT_TO_CUE = 12  # characters between the cue and its object: "des IQ Netzwerks", "des Vereins „…“"
_RIGHT_AFTER = (
    2  # the object right after the cue's preposition, or its opening quotation mark ("am Tag des …": no)
)
LISTED = 120  # a coordination of objects after the cue: "durch den Bund, das Land und die EU"


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    subjects: frozenset[str]
    objects: dict[str, str]  # object type -> predicate
    reach: int  # characters between the cue and its first object
    many: bool = False  # every object of the coordination after the cue, not only the first
    inverse: bool = False  # the relation runs from the object to the subject: "Bei der X liegt … des Y"
    within: bool = False  # the subject is named in the cue's `carrier` group, or nowhere
    nearest: bool = (
        False  # the subject is the actor right before the cue: an apposition ("X, ein Partner im Y")
    )
    listed: bool = False  # every subject of a list ending right at the cue: "A, B und C sind Partner im Y"
    free: bool = False  # no subject after a preposition: "Außerhalb des Netzwerks setzt die Y im Auftrag …"
    # no subject that is a passive's agent: "Getragen wird es vom Verein Y, gefördert vom Land Z" funds "es"
    no_agent: bool = False
    repeated: bool = False  # objects coordinated with their preposition repeated: "Mitglied im Y und im Z"
    inverted: bool = (
        False  # with none before it, the subject right after the finite verb: "Seit 2015 ist die X …"
    )
    # the subject right after the finite verb the cue opens with, whatever is named before it: "Neben Y erhält X …"
    verb_second: bool = False


_PROJECT_WORD = (
    r"(?:Teil|Modell|Pilot|Beratungs|Förder|Kooperations|Verbund|Gemeinschafts)?[Pp]rojekt(?:e|en)?"
    r"|Angebot(?:e|en)?|Baustein(?:e|en)?|Vorhaben|Einrichtung(?:en)?"  # "ist eine Einrichtung der Y"
)
_CARRIED = {t: "hostedBy" for t in COORDINATED}
# what a body is a member of: a network, the programme or an alliance
_JOINED = {t: "memberOf" for t in ("StateNetwork", "Programme", "Organisation")}
# from the network to the role noun after it: "im Netzwerk IQ Nordland seit vielen Jahren als Partner"
_TO_THE_ROLE_NOUN = 80
# words between "ist" and the member noun: times ("seit vielen Jahren") or the subject itself after a fronted
# adverbial ("Seit 2020 ist der Verein X e. V. Mitglied im …")
_WORDS_TO_THE_MEMBER_NOUN = 6


# with the feminine and plural endings: "eine Partnerin im", "einer von zwölf Partnern im", "Mitglieder des"
# adverbs of time between a verb and its object: "beteiligt sich seit 2015 am", "trat 2019 dem … bei"
_ADVERBS = r"(?:(?:seit\s+[\w.]+|\d{4}|schon|bereits|nun|heute|auch|ebenfalls|aktiv)\s+)*"
_MEMBER_NOUN = rf"(?:{longest_first(lexicon.MEMBER_NOUNS)})(?:in|innen|n|en|er|ern)?"
# who the members of a network or alliance are: "X besteht aus A, B und C"
_MEMBERS = {t: "memberOf" for t in ("Organisation", "Agency", "Ministry")}
# the rest of a relative clause up to its verb, within the clause: "…, die seit 2015 dem Netzwerk Y |angehört"
_CLAUSE_UP_TO = rf"[^;,\n]{{0,{_TO_THE_ROLE_NOUN}}}\s"
_ALLIANCES = frozenset({"StateNetwork", "Organisation"})
# Working within an alliance named by its head noun, also in a compound: "im Rahmen des regionalen Integrationsnetzwerks"
_WORKING = "arbeitet|arbeitete|arbeiten|arbeiteten|kooperiert|kooperierte|kooperieren|kooperierten"
_TOGETHER = "gemeinsam|zusammen|eng"
_WITHIN_AN_ALLIANCE = (
    r"(?:im|in\s+dem)\s+Rahmen\s+(?:des|der)\s+"
    rf"(?=(?:\w+\s+)?(?:IQ[\s-]+)?[\w-]*(?i:{longest_first(FOUNDED_ALLIANCE_NOUNS)}))"
)
# the units a body works through, named before it: "die Projekte des Vereins X", "die Beratungsstellen von X"
_UNITS_OF_A_BODY = r"(?:[\w-]*[Pp]rojekte|[\w-]*[Ss]tellen|Angebote)\s+(?:von|des|der)"
_ALLIANCE_JOINED = {t: "memberOf" for t in ("StateNetwork", "Organisation")}
# a fund's name after "über den": "Europäischen Sozialfonds (Plus)", "ESF", "Integrationsfonds"
_FUND_NAME = r"(?:Europäischen\s+)?(?:[\w-]*[Ff]onds\b|ESF\b|AMIF\b)"
# what a unit receives: an amount, funds, a grant ("Fördergelder", "Landesmittel", "einen Zuschuss")
# (the sign is no word character: it opens no word boundary after a figure's space, "45.678 € vom Land")
_MONEY_NOUN = r"€|\b(?:Euro|EUR|\w*[Mm]itteln?|Förderung|\w*[Zz]uschuss|\w*[Zz]uschüsse|Zuwendung(?:en)?|\w*[Gg]eld(?:er|ern)?)"
# A prize received is no funding: "X erhält von der Stiftung Y den mit 5.000 Euro dotierten Integrationspreis"
_NO_PRIZE = r"(?!(?:[^.;]|(?<=\d)\.(?=\d))*?(?i:preis|auszeichnung|dotiert))"
_TO_THE_MONEY = (
    160  # characters from the payer to the money it gives: a ministry's long name, a time, an amount
)


# The small numbers of a part of several: "zwei von acht Teilprojekten"
_FEW = ("zwei", "drei", "vier", "fünf")


CUES = (
    # "X ist ein Teilprojekt des/im IQ Netzwerk Y", "als Projekt der Z gGmbH", "eines von fünf Teilprojekten im …",
    # "Bei X handelt es sich um ein Projekt der Y"
    Cue(
        re.compile(
            # "Bei X handelt es sich um ein Projekt der Y"
            r"\b(?:ist|sind|war|[Aa]ls|wird|wurde|handelt\s+es\s+sich\s+um|handelte\s+es\s+sich\s+um)\s+"
            # "eines von zwölf Teilprojekten", "zwei von acht Projekten" (a list of subjects: each of them)
            rf"(?:ein(?:e[sr]?)?\s+|(?:eines|einer|{longest_first(_FEW)})\s+von\s+\w+\s+|eines\s+der\s+)?"
            rf"(?:\w+(?:e|en|es)\s+)?(?:{_PROJECT_WORD})\s+(?:des|der|im|in\s+der|vom|von(?:\s+der)?)\b"
            rf"|\bzu\s+den\s+(?:\w+en\s+)?(?:{_PROJECT_WORD})\s+(?:des|der|im)\b"
        ),
        _PROJECTS | {"StateNetwork"},
        _WHOLES | _HOSTS,
        _NEXT_TO_CUE,
        many=True,  # "ein Kooperationsprojekt der Y und des Vereins Z": each carrier
        listed=True,  # "A und B sind Projekte des Vereins Y": each project
    ),
    # The project in apposition: "das Zentrum X, ein Teilprojekt des IQ Netzwerks Y", "…, einem Angebot der Z gGmbH",
    # in parentheses or dashes: "X (ein Projekt der Z)", "X – ein Angebot der Z –"
    Cue(
        re.compile(
            r"(?:,|\(|\s[–—-])\s*(?:ein|eine|einem|einer|eines)\s+(?:\w+(?:e|en|es|em)\s+)?"
            rf"(?:{_PROJECT_WORD})\s+(?:des|der|im|vom|von(?:\s+der)?)\b"
        ),
        _PROJECTS,
        _WHOLES | _HOSTS,
        _NEXT_TO_CUE,
        nearest=True,
    ),
    # "Im Rahmen des IQ Netzwerks X startet das Projekt Y", "Y, im Rahmen des Programms X gefördert", "Als Teil des
    # IQ Netzwerks X berät das Projekt Y", "Innerhalb des Netzwerks X arbeitet Y"
    Cue(
        re.compile(
            r"\b(?:[Ii]m|[Ii]n)\s+Rahmen\s+(?:des|der|von)\b|\b[Aa]ls\s+(?:fester\s+)?Teil\s+(?:des|der)\b"
            r"|\b[Ii]nnerhalb\s+(?:des|der)\b"
        ),
        _PROJECTS,
        _WHOLES,
        _NEXT_TO_CUE,
    ),
    # The project or network named right before the programme it runs in: "die Beratungsstelle „X“ im
    # Förderprogramm „Y“", "das Netzwerk X im Bundesprogramm Y berät …"
    Cue(
        re.compile(r"(?<=[\w“”\"«»)])\s+im\s+(?:Bundes|Förder|Landes)?[Pp]rogramm\s+"),
        _PROJECTS | {"StateNetwork"},
        {"Programme": "partOf"},
        _NEXT_TO_CUE,
        nearest=True,
    ),
    # "…, kofinanziert durch die Y", "…, gefördert aus Mitteln des ESF und des Bundes", "…, kofinanziert aus dem ESF",
    # a list's item "X – gefördert vom Y"
    Cue(
        re.compile(
            rf"(?:,|\s[–—-])\s+{FUNDED}\s+(?:durch|vom|von|aus(?:\s+den)?\s+Mitteln|aus\s+dem|aus\s+der)\b"
            r"|\bmit\s+(?:der\s+)?finanzielle[rn]?\s+Unterstützung\s+(?:des|der|von|durch)\b"
            r"|\b[Mm]it\s+(?:der\s+)?(?:Förderung|Finanzierung)\s+(?:des|der|vom|von\s+der|durch)\b"
            # compounds of the money noun too: "mit Landesmitteln des Freistaates Y", "mit Fördergeldern der EU"
            r"|\b[Mm]it\s+(?:den\s+)?(?:[\w-]*[Mm]itteln|[\w-]*[Gg]eldern)\s+(?:des|der|aus\s+dem|aus\s+der)\b"
        ),
        _FUNDED_THINGS,
        _PAYERS,
        _NEXT_TO_CUE + 8,
        many=True,
        no_agent=True,
    ),
    # A fund as the channel money comes through: "Das Projekt X wird gefördert über den Europäischen Sozialfonds",
    # "Für das Programm X stehen über den ESF 5 Millionen Euro zur Verfügung"
    Cue(
        re.compile(
            rf"\b{FUNDED}\s+über\s+(?:den|die)\s+(?={_FUND_NAME})"
            rf"|\b(?:über\s+(?:den|die)|aus\s+dem)\s+(?={_FUND_NAME}(?:[^;.]|(?<=\d)\.(?=\d)){{0,{LISTED}}}?\b(?:zur\s+Verfügung|bereit(?:gestellt)?)\b)"
        ),
        PASSIVE_FUNDED,
        _PAYERS,
        _RIGHT_AFTER,
    ),
    # "X erhält 200.000 Euro vom Ministerium Y", "X bekam Mittel aus dem Europäischen Sozialfonds", "X erhält
    # Fördermittel des Landes Y" (the payer in the genitive of the money noun), "X profitiert von Mitteln des Y"
    Cue(
        re.compile(
            rf"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen|profitiert|profitierte|profitieren)\s+{_NO_PRIZE}"
            r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"
            rf"(?:{_MONEY_NOUN})\s+"
            # (not the amount of the money noun: "einen Zuschuss von 20.000 Euro", the payer before it)
            r"(?:vom|von(?:\s+der|\s+dem)?|durch|aus\s+(?:den\s+)?Mitteln|aus\s+dem|aus\s+der|des|der)\b"
            r"(?!\s*(?:(?:insgesamt|rund|etwa|knapp|über|bis\s+zu|mehr\s+als)\s+)?\d)"
            # the payer before the money: "X erhält vom Land Y bis 2030 rund 2 Millionen Euro"
            rf"|\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen)\s+{_NO_PRIZE}(?:[\w.]+\s+){{0,2}}?"
            r"(?:vom|von\s+der|von\s+dem|aus\s+(?:den\s+)?Mitteln\s+(?:des|der)|aus\s+dem|aus\s+der)\b"
            rf"(?=(?:[^.;]|(?<=\d)\.(?=\d)){{0,{_TO_THE_MONEY}}}(?:{_MONEY_NOUN})(?:[\s.,;]|$))"
        ),
        _FUNDED_THINGS,
        _PAYERS,
        _NEXT_TO_CUE + 8,
        many=True,
        listed=True,  # "Die Projekte „A“ und „B“ erhalten vom Land Y je 50.000 Euro": each project
        verb_second=True,
    ),
    # Work commissioned by a payer: "Das Projekt X wird im Auftrag des Ministeriums Y durchgeführt", "Im Auftrag der
    # Stadt Z berät das Projekt X" (the commissioned is a unit, not the body that carries it out)
    Cue(
        re.compile(r"\b[Ii]m\s+Auftrag\s+(?:des|der|vom|von\s+der)\b"),
        PASSIVE_FUNDED,
        _PAYERS,
        _NEXT_TO_CUE,
        free=True,
    ),
    # A programme said to be a body's: "IQ ist ein Förderprogramm des Bundesministeriums X", "als Landesprogramm der
    # Stadt Y" (the body pays for it; a programme there is the one it belongs to)
    Cue(
        re.compile(
            r"\b(?:ist|sind|war|[Aa]ls)\s+(?:ein(?:e[sr]?)?\s+)?(?:\w+(?:e|en|es)\s+)?"
            r"(?:Förder|Bundes|Landes|Sonder|Modell)?[Pp]rogramm\s+(?:des|der)\b"
        ),
        PASSIVE_FUNDED,
        {"Ministry": "fundedBy", "Agency": "fundedBy", "Organisation": "fundedBy", "Programme": "partOf"},
        _NEXT_TO_CUE,
    ),
    # The same in apposition to the programme: "… „X“, einem Förderprogramm des Bundesministeriums Y, …"
    Cue(
        re.compile(
            r"(?:,|\(|\s[–—-])\s*(?:ein|eine|einem|eines)\s+(?:\w+(?:e|en|es|em)\s+)?"
            r"(?:Förder|Bundes|Landes|Sonder|Modell)?[Pp]rogramm(?:s)?\s+(?:des|der)\b"
        ),
        frozenset({"Programme"}),
        {"Ministry": "fundedBy", "Agency": "fundedBy"},
        _NEXT_TO_CUE,
        nearest=True,
    ),
    # The carrier first, in verb-second order: "Bei der X GmbH liegt die Koordination des IQ Netzwerks Y"
    Cue(
        re.compile(
            r"\b(?:[Bb]ei|[Bb]eim|[Ii]n|[Ii]m)\s+(?:der\s+|dem\s+)?(?P<carrier>[A-ZÄÖÜ][^;]{0,80}?)\s+"
            r"(?:(?:liegt|lag|endet|endete|beginnt|begann|ist|war)\s+)?die\s+(?:Gesamt)?(?:[Kk]oordin(?:ation|ierung)|"
            r"Trägerschaft)\s+(?:des|der)\b"
        ),
        CARRIERS,
        _CARRIED,
        _NEXT_TO_CUE,
        inverse=True,
        within=True,
    ),
    # "Die X e.V. ist Mitglied im Bündnis Y", "… ist seit 2015 Partner des IQ Netzwerks Z", the network first:
    # "Die X gGmbH ist seit 2005 im Netzwerk Y als operativer Partner aktiv"; several: "A und B sind Partner im Y"
    Cue(
        re.compile(
            rf"\b(?:ist|sind|war|waren|wurde|wurden)\s+(?:[\w.-]+\s+){{0,{_WORDS_TO_THE_MEMBER_NOUN}}}?(?:(?:{_MEMBER_NOUN})\s+"
            r"(?:im|in\s+der|des|der|beim|bei\s+der|am)"
            rf"|(?:im|in\s+der|am)(?=[^.;]{{0,{_TO_THE_ROLE_NOUN}}}\bals\s+(?:\w+\s+)?(?:{_MEMBER_NOUN})\b))\b"
            # working as a member: "Die X gGmbH arbeitet seit 2015 als Partnerin im IQ Netzwerk Y"
            rf"|\b(?:arbeitet|arbeitete|arbeiten|arbeiteten|wirkt|wirkte|wirken|wirkten|fungiert|fungierte)\s+"
            rf"{_ADVERBS}als\s+(?:\w+(?:e|en|er|es)\s+)?(?:{_MEMBER_NOUN})\s+(?:im|in\s+der|des|der|beim)\b"
        ),
        MEMBER_TYPES,
        _JOINED,
        _NEXT_TO_CUE,
        listed=True,
        repeated=True,  # "Der Verein X ist Mitglied im Bündnis Y und im Rat Z": a member of both
        inverted=True,
    ),
    # The member in apposition: "Die X gGmbH, ein Partner im IQ Netzwerk Y, …", "…, einem Mitglied des Bündnisses Y",
    # no article: "Die Stiftung X, Partnerin im IQ Netzwerk Y, …"; in parentheses or dashes: "Die X (Partnerin im
    # Netzwerk Y) …", "Die X – Mitglied im Bündnis Y – …"
    Cue(
        re.compile(
            rf"(?:,|\(|\s[–—])\s*(?:(?:ein|eine|einem|einer|eines|der|die|das|dem)\s+)?(?:\w+(?:e|en|er|es|em)\s+)?(?:{_MEMBER_NOUN})\s+"
            r"(?:im|in\s+der|des|der|beim|bei\s+der)\b"
        ),
        MEMBER_TYPES,
        _JOINED,
        _NEXT_TO_CUE,
        nearest=True,
    ),
    # Verbs of taking part: "Die X gGmbH beteiligt sich seit 2015 am IQ Netzwerk Y", "… engagiert sich im …", with a
    # separated particle: "… wirkt / arbeitet im Netzwerk Y mit", "… trat 2019 dem Bündnis Y bei"
    Cue(
        re.compile(
            rf"\b(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\s+{_ADVERBS}(?:am|an\s+der|an\s+dem)\b"
            rf"|\b(?:engagiert|engagierte|engagieren|engagierten)\s+sich\s+{_ADVERBS}(?:im|in\s+der|in\s+dem)\b"
            rf"|\b(?:wirkt|wirkte|wirken|wirkten|arbeitet|arbeitete|arbeiten|arbeiteten)\s+{_ADVERBS}"
            rf"(?:im|in\s+der|in\s+dem|am)\b(?=[^;]{{0,{_TO_THE_ROLE_NOUN}}}\bmit(?:\s*[.,;]|\s+und\b|$))"
            rf"|\b(?:tritt|trat|treten|traten)\s+{_ADVERBS}(?:dem|der)\b(?=[^;]{{0,{_TO_THE_ROLE_NOUN}}}\bbei\b)"
            # the perfect: "Die X gGmbH ist 2019 dem Netzwerk Y beigetreten"
            rf"|\b(?:ist|sind|war|waren)\s+{_ADVERBS}(?:dem|der)\b(?=[^.;,]{{0,{_TO_THE_ROLE_NOUN}}}\bbeigetreten\b)"
            # being active in the whole, the adjective closing the clause: "Die X ist seit 2015 im Netzwerk Y aktiv"
            rf"|\b(?:ist|sind|war|waren)\s+{_ADVERBS}(?:im|in\s+der|in\s+dem)\b"
            rf"(?=[^.;,]{{0,{_TO_THE_ROLE_NOUN}}}\s(?:aktiv|vertreten|eingebunden)\s*[.,;])"
        ),
        MEMBER_TYPES,
        _JOINED,
        _RIGHT_AFTER,
        listed=True,
    ),
    # Taking part, the participle closing the clause: "Die X gGmbH ist seit 2015 am IQ Netzwerk Y beteiligt" (a network
    # or the programme only: "ist an der Stiftung Y beteiligt" may be a share held); being taken in: "Die X wurde 2019
    # in das IQ Netzwerk Y aufgenommen", "… ist ins Bündnis Y aufgenommen worden"
    Cue(
        re.compile(
            rf"\b(?:ist|sind|war|waren)\s+{_ADVERBS}(?:am|an\s+der|an\s+dem)\b"
            rf"(?=[^.;,]{{0,{_TO_THE_ROLE_NOUN}}}\sbeteiligt\s*(?:[.,;]|$))"
        ),
        MEMBER_TYPES,
        {t: "memberOf" for t in ("StateNetwork", "Programme")},
        _RIGHT_AFTER,
        listed=True,
    ),
    Cue(
        re.compile(
            rf"\b(?:wird|wurde|werden|wurden|ist|sind|war|waren)\s+{_ADVERBS}(?:im\s+[A-ZÄÖÜ]\w+\s+)?(?:in\s+das|ins|in\s+den|in\s+die)\b"
            rf"(?=[^.;,]{{0,{_TO_THE_ROLE_NOUN}}}\saufgenommen\b)"
        ),
        MEMBER_TYPES,
        _ALLIANCE_JOINED,
        _RIGHT_AFTER,
        listed=True,
    ),
    # Working within an alliance: "Die Stiftung X arbeitet seit 2015 im Rahmen des Netzwerks Y", "A und B kooperieren
    # eng im Rahmen des Bündnisses Y" (its head noun named, so no programme or project frame)
    Cue(
        re.compile(rf"\b(?:{_WORKING})\s+{_ADVERBS}(?:{_TOGETHER}\s+)?{_WITHIN_AN_ALLIANCE}"),
        MEMBER_TYPES,
        _ALLIANCE_JOINED,
        _RIGHT_AFTER,
        listed=True,
    ),
    # the same with the verb first and the body after it, or its projects: "Seit 2020 arbeitet die Stiftung X im
    # Rahmen des Netzwerks Y", "Heute arbeiten die Beratungsstellen des Vereins X zusammen im Rahmen des Bündnisses Y"
    Cue(
        re.compile(
            rf"\b(?:{_WORKING})\s+(?:die|der|das)\s+(?:{_UNITS_OF_A_BODY}\s+)?(?P<carrier>[A-ZÄÖÜ][^;,]{{0,80}}?)\s+"
            rf"{_ADVERBS}(?:{_TOGETHER}\s+)?{_WITHIN_AN_ALLIANCE}"
        ),
        MEMBER_TYPES,
        _ALLIANCE_JOINED,
        _RIGHT_AFTER,
        within=True,
    ),
    # A fronted "als" phrase, the member after the verb: "Als Partnerin des IQ Netzwerks Y berät die X gGmbH …"
    Cue(
        re.compile(rf"\bAls\s+(?:\w+(?:e|en|er|es)\s+)?(?:{_MEMBER_NOUN})\s+(?:des|der|im|in\s+der)\b"),
        MEMBER_TYPES,
        _JOINED,
        _NEXT_TO_CUE,
    ),
    # The verb with its separated particle: "Die X gGmbH gehört dem Netzwerk Y seit 2015 an"; several: "A, B und C
    # gehören dem Bündnis Y an"; no subject after a preposition ("Einige Projekte von X arbeiten schon lange mit,
    # andere Träger gehören dem Netzwerk erst seit 2023 an": X is no member)
    Cue(
        re.compile(
            r"\b(?:gehört|gehören|gehörte|gehörten)\s+(?:(?:seit|schon|bereits|nun|heute|auch)\s+(?:[\w.]+\s+)?)?(?:dem|der)\b"
            rf"(?=[^.;]{{0,{_TO_THE_ROLE_NOUN}}}\ban\b)"
        ),
        MEMBER_TYPES,
        _JOINED,
        _NEXT_TO_CUE,
        listed=True,
        free=True,
    ),
    # A relative clause of belonging about the body right before it: "Die Stiftung X, die dem IQ Netzwerk Y angehört,
    # …", "…, der seit 2015 zum Bündnis Y gehört", "…, die im Netzwerk Y mitarbeitet / mitwirkt / vertreten ist";
    # "die"/"der" only ("das" is mostly a project's, which is part of the network, not its member)
    Cue(
        re.compile(
            rf",\s+(?:die|der)\s+{_ADVERBS}(?:(?:dem|der)\b(?={_CLAUSE_UP_TO}angehör(?:t|te|en|ten)\b)"
            rf"|(?:zum|zur)\b(?={_CLAUSE_UP_TO}gehör(?:t|te|en|ten)\b)"
            rf"|(?:im|in\s+der|am)\b(?={_CLAUSE_UP_TO}(?:mitarbeite|mitwirk|beteiligt\s|vertreten\s)))"
        ),
        MEMBER_TYPES,
        _JOINED,
        _RIGHT_AFTER,
        nearest=True,
        listed=True,
    ),
    # Bodies founding an alliance are its members: "A und B gründeten 2020 das Bündnis Y", "A, B und C haben am
    # Montag das Netzwerk Y gegründet" (the alliance's head noun right after the article)
    Cue(
        re.compile(
            rf"\b(?:gründen|gründeten|gründet|gründete)\s+{_ADVERBS}(?:das|den|die)\s+(?:neue[n]?\s+)?"
            rf"(?=(?:{longest_first(FOUNDED_ALLIANCE_NOUNS)})\b)"
            r"|\b(?:haben|hatten|hat|hatte)\s+(?:[^.;,]{0,30}?\s)?(?:das|den|die)\s+(?:neue[n]?\s+)?"
            rf"(?=(?:{longest_first(FOUNDED_ALLIANCE_NOUNS)})\b[^.;]{{0,{_TO_THE_ROLE_NOUN}}}?\bgegründet\b)"
        ),
        MEMBER_TYPES,
        _JOINED,
        _RIGHT_AFTER,
        listed=True,
    ),
    # The whole first, its members after: "Das Bündnis Y besteht aus A, B und C", "Y ist ein Verbund aus A und B",
    # "Das Netzwerk Y setzt sich aus A und B zusammen"
    Cue(
        re.compile(
            r"\b(?:besteht|bestand|bestehen|bestanden)\s+aus\b"
            r"|\b(?:setzt|setzte|setzen|setzten)\s+sich\s+(?:(?:seit\s+)?[\w.]+\s+)?aus\b(?=[^;]*\bzusammen\b)"
            r"|\b(?:Verbund|Zusammenschluss)\s+(?:aus|von)\b"
        ),
        _ALLIANCES,
        _MEMBERS,
        _NEXT_TO_CUE,
        many=True,
        inverse=True,
    ),
)
