"""Project names a clause introduces without quotation marks: by an apposition after the head, by "unter dem
Namen", or by a naming verb whose subject stands for a project named in the plural before.

    APPOSITION := "Das zweite Vorhaben, Digital Skills for Newcomers (DSN), vermittelt …", "im Projekt, Brücke Nord,
                  …", "das Teilprojekt Nr. 4, Brücke Nord, …": a name of several words (or a styled one) between
                  commas right after a project head (and its number)
    AFTER A COLON := "Neu ist ein weiteres Teilprojekt: Brücke Nord.": a name after a singular head and a colon,
                  up to the sentence's end
    UNDER THE NAME := "Unter dem Namen Brückenjahr Handwerk bietet der Verein ein Angebot an": a name after "unter dem
                  Namen/Titel", where its sentence speaks of a project or an offer and of no event
    ORDINAL := "Der Verein hat zwei Projekte gestartet. Das erste heißt Pflege Plus …": an ordinal standing for one of
                  the projects named in the plural just before, as the subject of a naming verb
    OFFER COMPOUND := "das Beratungsangebot Lotsenhaus Süd", "die Brückenmaßnahme Pflege Plus Kiel": a name of
                  several words after the compound head of an offer (not a course's: a course title is no project)
    HEADLINE := "Lotsenhaus Süd: Neues Projekt hilft Pflegekräften": a name opening a heading line, a colon, and
                  a clause that calls it a project, an offer or a service unit
    CARRIER IN BRACKETS := "„Chance Pflege“ (Träger: Lernort e. V.)": a quoted name its carrier follows in brackets
    COORDINATED := "Das Projekt Ankommen und Bleiben begleitet …": two words joined by "und" after a head opening the
                  sentence, right before the verb of a service (elsewhere "dem Projekt Geld und Zeit geben" joins
                  objects)
"""

from __future__ import annotations

import re

from ...lexicon.events import EVENT_NOUNS
from ...lexicon.people import ROLE_STEMS
from ...lexicon.places import PLACE_NAMES
from ...lexicon.projects import FINITE_AUXILIARIES, SERVICE_VERBS, TEXT_KINDS
from ...text.spans import Mention
from .name_parts import (
    PLAIN_LINK,
    PLAIN_WORD,
    PROJECT_HEAD,
    QUOTED_NAME,
    STYLED,
    at_sentence_starts,
    before_a_carrier,
    before_a_time,
    may_be_a_plain_name,
)

_GAP = r"[^\S\n]+"
# The priority of a name its carrier's bracket marks: above the organisation grammar's reading of the same words.
_OVER_A_BODY = 2
# A name of several capitalised words and the links of a name ("Digital Skills for Newcomers", "Brücke Nord"), or a
# styled one ("KOMPASS", "Pflege.Perspektive.Kiel").
_NAME = rf"(?:{STYLED}|{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,5}}(?![\w-]))"
_SHORT_FORM = r"[A-ZÄÖÜ][\wÄÖÜ+]{1,9}"
# The units a name may follow besides a project's and an offer's head.
_SERVICE_HEAD = r"(?<![\w-])(?:Beratungs|Anlauf|Service|Kontakt)stelle"

# The head after its article (and an adjective): "das zweite Vorhaben", "im Teilprojekt", "die Beratungsstelle";
# a head without one may close a name ("Integration durch Qualifizierung, Bundesagentur …" lists bodies).
_ARTICLE = (
    r"(?<![\w-])(?:[Dd](?:as|em|es|er|ie)|[Ii]m|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur|[Ee]in(?:em|es|e|er)?|[Uu]nser(?:em|es|e)?)"
    rf"{_GAP}(?:[a-zäöüß]+(?:e|en|es|er|em){_GAP})?"
)
_IN_COMMAS = re.compile(
    rf"{_ARTICLE}(?:{PROJECT_HEAD}|Angebot(?:es|s)?|{_SERVICE_HEAD})(?:{_GAP}(?:Nr\.{_GAP}?)?\d{{1,2}})?,{_GAP}"
    rf"(?P<name>{_NAME})"
    rf"(?:{_GAP}\((?P<abbr>{_SHORT_FORM})\))?,{_GAP}"
)


# A person's title the head is the genitive of: "Die Leiterin der Beratungsstelle, Petra Beispiel, …" names her.
_TITLE_BEFORE = re.compile(rf"(?i:{'|'.join(ROLE_STEMS)})\w*[^\S\n]+$")
_TITLE_REACH = 40  # characters before the head's article for the title


def names_in_commas(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", name, name, m.group("abbr"))
        for m in _IN_COMMAS.finditer(text)
        for name in [m.group("name")]
        if may_be_a_plain_name(name)
        and before_a_carrier(before_a_time(name)) == name  # not "X am Mittwoch"
        and not _TITLE_BEFORE.search(text, max(0, m.start() - _TITLE_REACH), m.start())
    ]


# "Unter dem Namen X bietet …", "… bietet unter dem Titel X ein Angebot an": the name ends before a small word or a
# stop (a finite verb or an article after it).
_UNDER_THE_NAME = re.compile(
    rf"(?<![\w-])[Uu]nter{_GAP}dem{_GAP}(?:Namen|Titel){_GAP}(?P<name>{_NAME})(?=[^\S\n]*[,.;:!?]|{_GAP}[a-zäöüß])"
)
# What the sentence must speak of for the name to be a project's: a project, an offer or a service unit.
_PROJECT_WORD = re.compile(
    r"(?i:projekt|vorhaben|angebot|beratungsstelle|anlaufstelle|servicestelle)(?:e|en|es|s)?(?![\w-])"
)
_EVENT_WORD = re.compile(
    rf"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:{'|'.join(sorted(EVENT_NOUNS, key=len, reverse=True))})(?:e|en|es|s|n)?(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def names_under_the_name(text: str) -> list[Mention]:
    out = []
    for m in _UNDER_THE_NAME.finditer(text):
        sentence = text[_sentence_start(text, m.start()) : _sentence_end(text, m.end())]
        if (
            _PROJECT_WORD.search(sentence)
            and not _EVENT_WORD.search(sentence)
            and may_be_a_plain_name(m["name"])
        ):
            out.append(Mention.named(m.start("name"), m.end("name"), "Subproject", m["name"], m["name"]))
    return out


# "Das erste heißt X", "Das zweite trägt den Namen X": an ordinal as the subject of a naming verb, opening its sentence.
_ORDINAL_NAMED = re.compile(
    rf"(?:Das|Der|Die){_GAP}(?:erste|zweite|dritte|vierte|fünfte|andere|eine|letzte){_GAP}"
    rf"(?:heißt|hieß|nennt{_GAP}sich|trägt{_GAP}den{_GAP}Namen){_GAP}(?P<name>{STYLED}|{PLAIN_WORD}"
    rf"(?:{PLAIN_LINK}{PLAIN_WORD}){{0,4}})(?=[^\S\n]*[.,;!?]|{_GAP}und{_GAP})"
)
# The projects in the plural the ordinal counts, in the sentence before ("zwei neue Projekte", "drei Vorhaben").
_PLURAL_PROJECTS = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rojekte|Vorhaben|[Aa]ngebote)(?![\w-])"
)
_REACH_BACK_TO_THE_PLURAL = 300  # characters: the sentence before, or two short ones


def ordinals_named(text: str) -> list[Mention]:
    out = []
    for m in at_sentence_starts(_ORDINAL_NAMED, text):
        before = _PLURAL_PROJECTS.search(text, max(0, m.start() - _REACH_BACK_TO_THE_PLURAL), m.start())
        if before is not None and may_be_a_plain_name(m["name"]):
            out.append(Mention.named(m.start("name"), m.end("name"), "Subproject", m["name"], m["name"]))
    return out


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _REACH_BACK_TO_THE_PLURAL), pos)]
    return ends[-1] if ends else max(0, pos - _REACH_BACK_TO_THE_PLURAL)


def _sentence_end(text: str, pos: int) -> int:
    end = _SENTENCE_END.search(text, pos)
    return end.start() if end else len(text)


_COORDINATED_BEFORE_THE_VERB = re.compile(
    rf"(?:Das|Im|Beim|Vom|Dem){_GAP}(?:[a-zäöüß]+(?:e|en){_GAP})?(?:{PROJECT_HEAD}|{_SERVICE_HEAD}){_GAP}"
    rf"(?P<name>{PLAIN_WORD}{_GAP}und{_GAP}{PLAIN_WORD})"
    rf"{_GAP}(?:{'|'.join((*SERVICE_VERBS, *FINITE_AUXILIARIES))})(?![\w-])"
)


def coordinated_names(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", m["name"], m["name"])
        for m in at_sentence_starts(_COORDINATED_BEFORE_THE_VERB, text)
        if may_be_a_plain_name(m["name"])
    ]


# (the carrier's label in brackets, or after a comma or a dash as a list's item has it: "„X“, Träger: Y; „Z“ – Träger:
# W")
_QUOTED_BEFORE_ITS_CARRIER = re.compile(
    rf"{QUOTED_NAME}[^\S\n]*(?:\(|,|(?<=[^\S\n])[–-])[^\S\n]*(?:Projekt)?[Tt]räger(?:in)?[^\S\n]*:"
)


def quoted_before_a_carrier(text: str) -> list[Mention]:
    return [
        Mention.named(
            m.start("name") - 1, m.end("name") + 1, "Subproject", name, text[m.start() : m.end("name") + 1]
        )
        for m in _QUOTED_BEFORE_ITS_CARRIER.finditer(text)
        for name in [m["name"].strip()]
        if name[:1].isupper()
    ]


# "- Job-Brücke (Träger: Lernwerk e. V.)", "Welcome Hub Dessau (Projektträger: Stadt X)", "…, Lotsenhaus Nord (Träger:
# …) und …": an unquoted name its carrier follows in brackets, where an item begins (a line, after its bullet or
# number, or a list's comma or "und"); the bracket's carrier makes a single word a name too.
_ITEM_OPENING = r"(?:(?m:^)[^\S\n]*(?:(?:[-–•*▪]|\d{1,2}[.)])[^\S\n]+)?|(?<=[,;:])[^\S\n]+|(?:(?<=\sund)|(?<=\ssowie))[^\S\n]+)"
_NAME_BEFORE_ITS_CARRIER = re.compile(
    rf"{_ITEM_OPENING}(?P<name>{_NAME}|{PLAIN_WORD})[^\S\n]*\((?:Projekt)?[Tt]räger(?:in)?[^\S\n]*:"
)
# The network's own coordination listed with its carrier is no project ("Koordination (Träger: …)").
_NOT_A_PROJECT_ITEM = ("koordination", "koordinierung", "leitung", "netzwerk")


def names_before_a_carrier(text: str) -> list[Mention]:
    return [
        Mention.named(
            m.start("name"), m.end("name"), "Subproject", m["name"], m["name"], priority=_OVER_A_BODY
        )
        for m in _NAME_BEFORE_ITS_CARRIER.finditer(text)
        if may_be_a_plain_name(m["name"]) and not m["name"].lower().endswith(_NOT_A_PROJECT_ITEM)
    ]


_AFTER_A_COLON = re.compile(
    rf"(?<![\w-])(?:ein|eine|das|die){_GAP}(?:[a-zäöüß]+(?:e|es|er){_GAP})?(?:{PROJECT_HEAD}|Angebot|{_SERVICE_HEAD})"
    rf"[^\S\n]*:{_GAP}(?P<name>{_NAME})(?=[^\S\n]*(?:[.!]|$))"
)


def names_after_a_colon(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", m["name"], m["name"])
        for m in _AFTER_A_COLON.finditer(text)
        if may_be_a_plain_name(m["name"])
    ]


_OFFER_COMPOUND = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:angebot|maßnahme|qualifizierung|coaching|mentoring)(?:es|s)?"
    rf"{_GAP}(?P<name>{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,4}})(?![\w-])(?=[^\S\n]*[,.;:!?)]|{_GAP}[a-zäöüß])"
)


def names_after_an_offer_compound(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.start("name") + len(name), "Subproject", name, name)
        for m in _OFFER_COMPOUND.finditer(text)
        for name in [before_a_carrier(before_a_time(m["name"]))]
        if " " in name and may_be_a_plain_name(name)
    ]


_NAME_OPENING_A_HEADLINE = re.compile(
    rf"(?m)^[^\S\n]*(?P<name>{_NAME})[^\S\n]*:{_GAP}[^\n.]{{0,40}}?"
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:projekt|angebot|vorhaben|beratungsstelle|anlaufstelle)(?![\w-])[^\n.]*$"
)


def names_opening_a_headline(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", m["name"], m["name"])
        for m in _NAME_OPENING_A_HEADLINE.finditer(text)
        if may_be_a_plain_name(m["name"])
        and before_a_time(m["name"]) == m["name"]
        and not _a_place(m["name"])
        and m["name"].split()[0] not in TEXT_KINDS  # "Pressemitteilung der Stadt X: …"
    ]


_PLACE_WORDS = ("Stadt", "Landkreis", "Kreis", "Region", "Land", "Hansestadt")


def _a_place(name: str) -> bool:
    """ "Bad Oldesloe: Neues Projekt startet", "Landkreis Stade: …": a headline's dateline, no project."""
    words = name.split()
    return name in PLACE_NAMES or (words[0] in _PLACE_WORDS and " ".join(words[1:]) in PLACE_NAMES)
