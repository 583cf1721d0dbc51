"""The parts project-name rules share: the words a name is made of, its quotation marks, and where it ends.

    STYLED := "KOMPASS", "ZAQ+", "klever-iq", "MedBrücke": a word styled as a name
    PLAIN := "Faire Integration", "Haus des Ankommens": capitalised words and the small words linking them
    QUOTED := "„Brücken bauen“", "»Start Nord«": a name in quotation marks
    END := "das Projekt Lotse des Vereins Lernwege" names "Lotse" (a carrier in the genitive, a personal name or a
           word of time ends a name)

A name that begins with the programme's word ("IQ Netzwerk …"), a function word or a word of time is no project's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from ...lexicon.projects import (
    ABSTRACT_NOUN_ENDINGS,
    PROJECT_STAND_INS,
    SERVICE_VERBS,
    TIME_WORDS,
    WORKING_LIFE_NOUNS,
)
from ...text.morphology import adjective_stem, town_of_adjective
from ..persons.persons import given_name_gender

# A word styled as a name: "KOMPASS", "ZAQ+" (capitals throughout, three at least: "IQ" and two-letter forms are
# the programme's or a Land's), "klever-iq" (small letters joined by a hyphen), "MedBrücke" (a capital inside
# the word: no common noun is written so).
# Also "MIGRA-PRO", "AQUA-Plus": capitals, then parts joined by hyphens; "Frauen.Stärken.Beruf": words joined by
# full stops, no space between ("WORK.IN" in capitals).
STYLED = (
    r"[A-ZÄÖÜ]{2,}(?:\.[A-ZÄÖÜ]{2,})+(?![\w.-])|"  # "WORK.IN": capitals joined by a full stop, tried first
    r"[A-ZÄÖÜ]{3,}\+?(?![\w-])|[a-zäöüß]{2,}(?:-[a-zäöüß]{2,})+(?![\w-])"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)+(?![\w-])"
    r"|[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+)+\+?(?![\w-])"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:\.[A-ZÄÖÜ][a-zäöüß]+)+\.?(?![\w-])"
    # "start.up", "work.in": small letters joined by a full stop (a web address has its domain after it)
    r"|[a-zäöüß]{2,}\.[a-zäöüß]{2,}(?![\w.-])"
)
# "das Projekt Faire Integration", "im Teilprojekt Haus des Ankommens", "die Programmlinie Faire Mobilität": the
# name's words run from the head to the first small word that is no link of a name ("und" is left out: "dem Projekt
# Geld und Zeit geben" coordinates objects).
# "in" links an abstract noun ("Wege in Arbeit", "Frauen in Ausbildung"), not a town ("Lernen in Kiel").
# ... but "in Kooperation mit", "in Zusammenarbeit mit" joins a partner to the phrase, ending the name before it.
_IN_BEFORE_AN_ABSTRACT_NOUN = (
    rf"in(?=[^\S\n]+(?=[A-ZÄÖÜ])\w*(?i:{'|'.join(ABSTRACT_NOUN_ENDINGS)})(?![\w-])(?![^\S\n]+mit(?![\w-])))"
)
# ("ins" too, before a neuter one or working life itself: "Wege ins Handwerk", "Start ins Berufsleben")
_IM_BEFORE_WORKING_LIFE = rf"i(?:ns|[nm])(?=[^\S\n]+(?:{'|'.join(WORKING_LIFE_NOUNS)}|Berufsleben|Arbeitsleben)(?![\w-]))"  # "Ankommen im Beruf"
# "in" or "im" linking the words of a name ("Start in Arbeit", "Ankommen im Beruf").
IN_A_NAME = rf"(?:{_IN_BEFORE_AN_ABSTRACT_NOUN}|{_IM_BEFORE_WORKING_LIFE})"
PLAIN_NAME_LINKS = (  # English names too: "Fit for Job"; an ampersand: "Sprache & Beruf"
    rf"(?:für|des|der|zur|zum|am|for|to|of|with|the|&|{_IN_BEFORE_AN_ABSTRACT_NOUN}|{_IM_BEFORE_WORKING_LIFE})"
)
# "Projekt", "Teilprojekt", "Modellprojekt", "IQ-Projekt", "IQ Teilprojekt", "Teilvorhaben" (the programme's word
# from 2023 on), "Vorhaben", "ESF-Projekt" (a fund's or a body's short form joined to it): the head a project name
# follows.
# Not "Förderprojekt": a funding instrument ("das Förderprojekt „Zuschuss“ des Bundes") is a programme.
PROJECT_HEAD = r"(?<![\w-])(?:IQ[\s\-]+|(?!IQ-)[A-ZÄÖÜ]{2,}-)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt|(?:Teil|Modell)vorhaben|Vorhaben)(?:es|s)?"
# An offer's head before a styled name: "die Brückenmaßnahme MedPro", "die Anpassungsqualifizierung TEKO", "das
# Angebot KOMPASS", "das Gruppencoaching StartUp" (its compounds, not a programme's: "Förderprogramm" heads a fund).
OFFER_HEAD = (
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*(?:maßnahme|qualifizierung|angebot|kurs|coaching|mentoring)|Maßnahme"
    r"|Qualifizierung|Angebot|Kurs|Coaching|Mentoring)(?:es|s|n|en)?"
)
PLAIN_WORD = r"[A-ZÄÖÜ][\w\-+]*"
# The time a unit runs, in brackets after its name: "das Projekt X (Laufzeit 2019 bis 2022) der Y", "„X“ (2019–2022)
# des IQ Netzwerks Z", "(seit 2020)"; the carrier or the whole after it is still the name's attribute.
TIME_IN_BRACKETS = r"(?:[^\S\n]*\((?:(?:Projekt)?[Ll]aufzeit|seit\s|bis\s|[12]\d{3})[^()\n]{0,40}\))"
PLAIN_LINK = rf"[^\S\n]+(?:{PLAIN_NAME_LINKS}[^\S\n]+)?"
# A name that begins with the programme's or a network's word is theirs ("Projekt IQ Netzwerk …").
_NOT_A_PLAIN_PROJECT_NAME = re.compile(r"^(?:IQ|Netzwerk|Landesnetzwerk)\b")
# Where a sentence or a line begins: the patterns read at the start of one are tried there only (`at_sentence_starts`).
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


# Quotation marks around a name: double ones („…“, "…", »…«) and single ones (‚…‘, ›…‹), German style.
OPENING_QUOTES = '„"“»‚›'
CLOSING_QUOTES = '“"”«‘‹'
QUOTED_NAME = (
    rf"[{OPENING_QUOTES}](?P<name>[^{OPENING_QUOTES}{CLOSING_QUOTES}”\n?]{{3,80}})[{CLOSING_QUOTES}”]"
)


def at_sentence_starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [m for start in _sentence_starts(text) if (m := pattern.match(text, start)) is not None]


@lru_cache(maxsize=2)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where a sentence or line begins, found once for the patterns tried there (four of them; a long text of
    short sentences spent a fifth of its time finding them again)."""
    return tuple(sorted({0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))}))


# Nouns of a time that an adjective before them makes a name's noun: "das Projekt Neue Mitte", "Guter Start".
_NOUNS_OF_A_POINT_IN_TIME = frozenset({"Ende", "Anfang", "Mitte", "Beginn", "Start"})


def before_a_time(name: str) -> str:
    """A word of time ends a name: "das Projekt KOMPASS Mitte Mai beenden" names "KOMPASS" (not after an
    adjective: "das Projekt Neue Mitte" is named so)."""
    words = name.split(" ")
    cut = next(
        (
            i
            for i, word in enumerate(words[1:], 1)
            if word in TIME_WORDS
            and not (word in _NOUNS_OF_A_POINT_IN_TIME and adjective_stem(words[i - 1]) is not None)
        ),
        len(words),
    )
    return " ".join(words[:cut])


# "das Projekt ProBeruf der Diakonie Kiel", "das Projekt Lotse des Vereins Lernwege": a genitive whose noun names a
# body is the project's carrier, no part of its name ("Haus des Ankommens" keeps its genitive).
_GENITIVE_OF_A_BODY = re.compile(r"\s+(?:der|des)\s+(?P<body>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)")
_BODY_NOUN_ENDINGS = (*lexicon.ORG_HEADS, "netzwerk", "stadt", "gemeinde", "kreis")


def before_a_person(name: str) -> str:
    """A name that runs on into a personal name ("… Business Chances Musterstadt Petra Beispiel") ends before
    the given name."""
    words = name.split(" ")
    for i in range(1, len(words) - 1):
        if words[i][:1].isupper() and given_name_gender(words[i]) and words[i + 1][:1].isupper():
            return " ".join(words[:i])
    return name


# "berät das Projekt X Zugewanderte": the subject after a service verb, and the people it serves, its object, right
# after the name ("Zugewanderte", "Pflegekräfte", "Akademikerinnen", "Menschen").
_SERVICE_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(SERVICE_VERBS)})[^\S\n]+(?:(?:auch|nun|jetzt|seit[^\S\n]+\S+)[^\S\n]+)?(?:das|die|der)[^\S\n]+$"
)
_PEOPLE_STEMS = (
    *lexicon.ATTENDING_PEOPLE_STEMS,
    "zugewandert",
    "geflüchtet",
    "migrant",
    "ratsuchend",
    "klient",
)
_PEOPLE_ENDINGS = ("kräfte", "innen")
_REACH_BACK_TO_THE_VERB = 40  # characters before the head: an adverb, the article and the verb


def names_people(word: str) -> bool:
    """ "Zugewanderte", "Geflüchtete", "Pflegekräfte": people a service serves."""
    low = word.lower()
    return low.endswith(_PEOPLE_ENDINGS) or low.startswith(_PEOPLE_STEMS)


# The firms a service serves, a plural noun after the name: "Unternehmen", "Betriebe", "Arbeitgeber".
_FIRMS = frozenset(
    {"Unternehmen", "Betriebe", "Arbeitgeber", "Arbeitgeberinnen", "Firmen", "Kammern", "Jobcenter"}
)
# The project as the means or the frame of a clause whose verb takes an object: "mit dem Projekt X Unternehmen beraten",
# "im Projekt X Betriebe unterstützen", "über das Projekt X Fachkräfte gewinnen".
_INSTRUMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Mm]it\s+dem|[Üü]ber\s+das|[Dd]urch\s+das|(?P<frame>[Ii]m))[^\S\n]+$"
)
_INSTRUMENT_REACH = 12  # characters back from the head over "über das "
_LINK_WORDS = frozenset(
    {"für", "des", "der", "zur", "zum", "am", "im", "in", "und", "&", "for", "of", "with", "the"}
)


def before_the_people_served(text: str, head_start: int, name: str) -> str:
    """ "In Kiel berät das Projekt Job-Brücke Zugewanderte": the people after the name are the verb's object; so are
    people or firms after the name of a project that is the clause's means ("mit dem Projekt X Unternehmen beraten")."""
    words = name.split(" ")
    firms = words[-1] in _FIRMS
    if len(words) < 2 or not (firms or names_people(words[-1])) or _joined_to_the_name(words[-2]):
        return name
    verb = _SERVICE_VERB_BEFORE.search(text, max(0, head_start - _REACH_BACK_TO_THE_VERB), head_start)
    means = _INSTRUMENT_BEFORE.search(text, max(0, head_start - _INSTRUMENT_REACH), head_start)
    # "Im Projekt Starke Frauen lernen …": in a frame ("im") only firms are taken for an object
    means = means if means is None or not means.group("frame") or firms else None
    return " ".join(words[:-1]) if verb or means else name


def _joined_to_the_name(word: str) -> bool:
    """A link ("Chancen für Unternehmen") or an adjective ("Starke Frauen") joins the noun to the name."""
    return word in _LINK_WORDS or adjective_stem(word) is not None


def before_a_carrier(name: str) -> str:
    """A genitive naming a body ends a name: "BRÜCKE – Berufliche Integration der Volkshochschule X" is the
    project of the Volkshochschule X."""
    for genitive in _GENITIVE_OF_A_BODY.finditer(name):
        if any(_names_a_body(word) for word in genitive.group("body").split()):
            return name[: genitive.start()]
    return name


def _names_a_body(word: str) -> bool:
    """ "Diakonie", "Vereins", "Netzwerks": a noun (in the genitive) ending in the head of a body's name."""
    low = word.lower()
    return any(
        form.endswith(_BODY_NOUN_ENDINGS) for form in (low, low.removesuffix("s"), low.removesuffix("es"))
    )


def may_be_a_plain_name(name: str) -> bool:
    """Not a word of time ("Ende März"), a function word ("Zum Start"), the programme's or a network's name, or a
    town's adjective before a project's kind noun ("Die Kieler Beratungsstelle ist …": the office named before)."""
    first = name.split()[0]
    return (
        first not in TIME_WORDS
        and first not in lexicon.NOT_NAMES
        and not _NOT_A_PLAIN_PROJECT_NAME.match(name)
        and not _a_town_s_kind_of_project(name.split())
    )


def _a_town_s_kind_of_project(words: list[str]) -> bool:
    """ "Lübecker Beratungsstelle", "Berliner Projekt": a town's adjective and a project's kind noun, no name."""
    if len(words) != 2 or words[1] not in PROJECT_STAND_INS:
        return False
    return town_of_adjective(words[0]) is not None or words[0] in lexicon.LAND_ADJECTIVES


STYLED_WORD = re.compile(
    r"[A-ZÄÖÜ]{3,}\+?|[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]\w*|[A-ZÄÖÜ][a-zäöüß]+(?:\.[A-ZÄÖÜ][a-zäöüß]+)+\.?"
    r"|[A-ZÄÖÜ]{2,}(?:\.[A-ZÄÖÜ]{2,})+"
)


SUBTITLE_DASH = " – "
# The mark opening a list's item on its line: "- ", "• ", "1. ", "2) ", "a) ".
ITEM_MARK = re.compile(r"[^\S\n]*(?:[-–•*▪»›→►■◦·✓✔]|\d{1,2}[.)]|[a-z]\))[^\S\n]+")
# An item's number before its name: "TP 3: …", "TP 2.1: …", "TP1: …", "Teilprojekt 2: …", "Projekt Nr. 4 – …".
ITEM_NUMBER = re.compile(
    r"(?:TP[^\S\n]*|(?:Teilprojekt|Projekt)[^\S\n]+)(?:Nr\.[^\S\n]*)?\d{1,2}(?:\.\d{1,2})?[^\S\n]*(?::|[–-][^\S\n])[^\S\n]*"
)


def opens_an_item(text: str, start: int) -> bool:
    """The name at `start` opens a list's item, after its mark and number ("• TP 3: Brücke Beruf – …"); past an
    opening quote too ("• „Brücke Beruf“ – …")."""
    mark = ITEM_MARK.match(text, text.rfind("\n", 0, start) + 1)
    if mark is None:
        return False
    number = ITEM_NUMBER.match(text, mark.end())
    opening = number.end() if number else mark.end()
    return start == opening or (start == opening + 1 and text[opening] in '„"»')


def repeatable(label: str) -> bool:
    return len(label.split()) > 1 or bool(STYLED_WORD.fullmatch(label))


# A fact box's heading line, no name: "Projekt auf einen Blick", "Das Wichtigste in Kürze", "Steckbrief",
# "Eckdaten zum Projekt" (a page's title line above it names the unit the box's fields are about).
FACT_BOX_HEADING = re.compile(
    r"[^\S\n]*(?:[\wÄÖÜäöüß-]+[^\S\n]+){0,3}?"
    r"(?:auf[^\S\n]+einen[^\S\n]+Blick|in[^\S\n]+Kürze|im[^\S\n]+Überblick|kurz[^\S\n]+und[^\S\n]+knapp"
    r"|(?:Projekt)?(?:[Ss]teckbrief|[Kk]urzinfos?|[Kk]urzprofil|[Ee]ckdaten|[Ff]akten|[Dd]aten|[Ii]nfobox)"
    r"(?:[^\S\n]+(?:zum|des)[^\S\n]+(?:Projekts?|Angebots?|Vorhabens?))?)[^\S\n]*"
)
