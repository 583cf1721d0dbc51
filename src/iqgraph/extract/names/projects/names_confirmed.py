"""Project names without a head noun, opening a clause, that a sentence next to them confirms as a project's.

A writer names a project as the subject of what it does and says what it is in the sentence before or after:

    ANNOUNCED := "Im Netzwerk starten zwei neue Teilprojekte. KuBiK berät Betriebe, ProFi qualifiziert Fachkräfte.":
                 the sentence before speaks of projects in the plural
    REFERRED BACK := "Lernbrücke Pflege startet im Juni. Das neue Teilprojekt richtet sich an …", "Seit zwei Jahren
                 berät FairWork Beschäftigte. Die Beratungsstelle ist beim Y angesiedelt.": the sentence after opens
                 with a project's kind noun standing for it
    QUOTED OPENING := "„A“, „B“ und „C“ erhielten erneut Geld. Alle drei Projekte gehören zum …": quoted names
                 coordinated as the subject, a plural project noun in the sentence after or before

The name is a styled word ("KuBiK", "ProFi", "MIGRA", "start.up") or two to four capitalised words opening the
sentence, a noun first ("Lernbrücke Pflege", "Job Coaching Plus"; not "Viele Frauen", "Junge Menschen", nor a
person's name); a styled word may also follow the verb ("Seit Mai berät FairWork …") or open a clause after a comma.
Where an article or a pronoun follows the verb, the words before it are its object ("Junge Frauen begleitet das
Projekt …"), no name.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.projects import PROJECT_KIND_STAND_INS, SERVICE_VERBS, TIME_WORDS
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from ..persons.names import given_name_gender
from .name_parts import PLAIN_LINK, PLAIN_WORD, QUOTED_NAME

_GAP = r"[^\S\n]+"
# What a project does or what befalls it, in the present or past, as the finite verb after its name
_VERBS = (
    *SERVICE_VERBS,
    "geht",
    "ging",
    "wird",
    "wurde",
    "zieht",
    "zog",
    "feiert",
    "feierte",
    "endet",
    "endete",
)
_VERB = rf"(?:{'|'.join(_VERBS)})(?![\w-])"
# After the verb an article or a pronoun opens the subject: the words before the verb were its object.
_SUBJECT_AFTER = rf"(?!{_GAP}(?:der|die|das|den|dem|des|ein|eine|einen|es|sie|er|ihn|man|wir|ich)(?![\w-]))"
# "KuBiK", "ProFi", "FairWork", "MIGRA", "start.up", "WORK.IN", with "Plus" or "+" after it
_STYLED = (
    r"(?:[A-ZÄÖÜ]{3,}|[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][\wÄÖÜäöüß]*|[a-zäöüß]{2,}\.[a-zäöüß]{2,}"
    r"|[A-ZÄÖÜ]{2,}(?:\.[A-ZÄÖÜ]{2,})+)(?:\+|[^\S\n]+(?:Plus|plus)(?![\w-]))?"
)
_PLAIN = rf"{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,3}}"
_CAPITALS_OF_A_NAME = 5
# Where a clause may begin: a sentence's or a line's start, after a colon or a comma.
_CLAUSE_BREAK = re.compile(r"[.!?:,][^\S\n]|\n")
_NAME_THEN_VERB = re.compile(rf"(?P<name>{_STYLED}|{_PLAIN})(?![\w.-]){_GAP}{_VERB}{_SUBJECT_AFTER}")
# "Seit zwei Jahren berät FairWork Beschäftigte": a styled word as the subject after the verb (capitals alone need a
# small letter too, so "berät IHK Betriebe" does not count); the styled word is found first, the verb before it then
_STYLED_AFTER_A_WORD = re.compile(
    r"(?<=[^\S\n])(?P<name>[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][\wÄÖÜäöüß]*|[a-zäöüß]{2,}\.[a-zäöüß]{2,})(?![\w.-])"
)
_VERB_BEFORE = re.compile(rf"(?<![\w-]){_VERB}{_GAP}$")
_VERB_REACH = 20  # characters back from the styled word: the longest verb and its space
# "„A“, „B“ und „C“ erhielten …": quoted names coordinated at a sentence's start
_QUOTED_OPENING = re.compile(
    rf"(?m)(?:^|(?<=[.!?][^\S\n])){QUOTED_NAME}(?P<more>(?:[^\S\n]*(?:,|und|sowie)[^\S\n]*[„\"“»][^„\"“”»«\n]{{3,80}}[“\"”«])+)"
)
_MORE_QUOTED = re.compile(QUOTED_NAME)

# "Das neue Teilprojekt …", "Die Beratungsstelle …", "Dieses Angebot …": a kind noun opening the sentence after
_KIND_NOUNS = "|".join(sorted(PROJECT_KIND_STAND_INS - {"Beratung"}, key=len, reverse=True))
_REFERRED_BACK = re.compile(
    rf"[^\S\n]*(?:Das|Die|Der|Dieses|Diese|Dieser|Unser|Unsere)(?:{_GAP}[a-zäöüß]+(?:e|es|er)){{0,2}}{_GAP}"
    rf"(?:IQ[\s\-]+)?(?:{_KIND_NOUNS})(?![\w-])"
)
# "zwei neue Teilprojekte", "Alle drei Projekte", "Beide Angebote": projects in the plural
_PROJECTS_PLURAL = re.compile(
    r"(?<![\w-])(?:IQ-)?(?:[A-ZÄÖÜ][a-zäöüß]*projekte|Projekte|Angebote|Teilvorhaben)(?![\w-])"
)
_ABOUT_PROJECTS = re.compile(r"[Pp]rojekt|Angebot|Vorhaben|stelle")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SENTENCE_REACH = 400  # characters back to the start of the sentence before


def names_confirmed_by_a_neighbour(text: str) -> list[Mention]:
    if not _ABOUT_PROJECTS.search(text):
        return []
    out = []
    starts = (0, *(b.end() for b in _CLAUSE_BREAK.finditer(text)))
    opening = (m for start in starts if (m := _NAME_THEN_VERB.match(text, start)) is not None)
    after_a_verb = (
        m
        for m in _STYLED_AFTER_A_WORD.finditer(text)
        if _VERB_BEFORE.search(text, max(0, m.start() - _VERB_REACH), m.start())
    )
    for m in (*opening, *after_a_verb):
        name = m.group("name")
        if _may_be_a_name(name) and _confirmed(text, m.start("name"), m.end()):
            out.append(Mention.named(m.start("name"), m.end("name"), "Subproject", name, name))
    for m in _QUOTED_OPENING.finditer(text):
        if not _confirmed(text, m.start(), m.end(), plural_after=True):
            continue
        for q in (m, *_MORE_QUOTED.finditer(text, m.start("more"), m.end("more"))):
            name = q.group("name").strip()
            out.append(Mention.named(q.start("name") - 1, q.end("name") + 1, "Subproject", name, q.group(0)))
    return out


def _may_be_a_name(name: str) -> bool:
    words = name.split()
    first = words[0]
    if len(words) == 1:
        # capitals alone are as often a body's short form ("BAMF", "IHK"): five letters at least
        return first not in lexicon.NOT_NAMES and (not first.isupper() or len(first) >= _CAPITALS_OF_A_NAME)
    return not (
        first in TIME_WORDS
        or first in lexicon.NOT_NAMES
        or first.lower() in lexicon.PHRASE_OPENING_WORDS
        or first in lexicon.PREPOSITIONS
        or adjective_stem(first) is not None
        or any(given_name_gender(w) is not None for w in words)  # "Projektleiterin Merle Stein zieht Bilanz"
        or any(w in lexicon.LAENDER or w in lexicon.CITIES for w in words[:1])
    )


def _confirmed(text: str, start: int, end: int, plural_after: bool = False) -> bool:
    """A plural project noun in the sentence before (or, for a coordination, after), or a kind noun opening the
    sentence after."""
    before_start = _sentence_start(text, _sentence_start(text, start) - 1)
    if _PROJECTS_PLURAL.search(text, before_start, _sentence_start(text, start)):
        return True
    after = _sentence_end(text, end)
    if _REFERRED_BACK.match(text, after) and not plural_after:
        return True
    return plural_after and _PROJECTS_PLURAL.search(text, after, _sentence_end(text, after + 1)) is not None


def _sentence_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    ends = list(_SENTENCE_END.finditer(text, max(0, pos - _SENTENCE_REACH), pos))
    return ends[-1].end() if ends else max(0, pos - _SENTENCE_REACH)


def _sentence_end(text: str, pos: int) -> int:
    found = _SENTENCE_END.search(text, pos)
    return found.end() if found else len(text)
