"""What every reader of ties between organisations shares: the finding, the types of actor each side may
have, and the actors in a stretch of a sentence ("die Stadt, das Land und die EU": one list of three)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..text.alternation import longest_first
from ..text.spans import Mention

ACTORS = frozenset(
    {"Programme", "StateNetwork", "CoordinationOffice", "Subproject", "Ministry", "Agency", "Organisation"}
)
CARRIERS = frozenset({"Organisation", "Agency", "Ministry"})
FUNDERS = frozenset({"Programme", "Ministry", "Agency", "Organisation", "StateNetwork"})


@dataclass(frozen=True)
class RelationFinding:
    subject: Mention
    predicate: str
    object: Mention


COORDINATED = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})

MEMBER_TYPES = frozenset({"Organisation", "Agency", "Ministry", "StateNetwork"})


def actors(ms: list[Mention], start: int, end: int, types: frozenset[str] = ACTORS) -> list[Mention]:
    return [m for m in ms if start <= m.start < end and m.type in types]


def subject_before(ms: list[Mention], pos: int) -> Mention | None:
    before = actors(ms, 0, pos)
    return before[0] if before else None


# A body named as the attribute of an event noun with its article ("der Workshop von der Kammer X", "die Tagung des
# Vereins Y") is the event's organiser, not the subject a funding phrase of the clause is said of: the event is (and an
# event is funded by no one in the graph). A preposition's frame ("im Rahmen des Programms X") has no article.
_EVENT_HEADS = longest_first(lexicon.EVENT_HEADS)
_ATTRIBUTE_OF_AN_EVENT = re.compile(
    rf"\b(?i:der|die|das|dem|den|ein|eine|einem|einen|einer)\s+(?=[A-ZÄÖÜ])[\w-]*?(?i:{_EVENT_HEADS})(?:es|s|en|n)?\s+"
    r"(?:des|der|vom|von\s+der|von\s+dem)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_ATTRIBUTE_REACH = 60  # characters back from the body to the article of the event noun it is the attribute of


def attribute_of_an_event(text: str, m: Mention) -> bool:
    return _ATTRIBUTE_OF_AN_EVENT.search(text, max(0, m.start - _ATTRIBUTE_REACH), m.start) is not None


def listed_after(text: str, ms: list[Mention], start: int, end: int, types: frozenset[str]) -> list[Mention]:
    """The first actor of `types` after `start` and those coordinated with it: "A, B und C" (not a body the
    sentence names after the list: "…, berichtete die X")."""
    found: list[Mention] = []
    for m in actors(ms, start, end, types):
        if found and (
            not COORDINATION_LINK.match(text[found[-1].end : m.start])
            or main_clause_start(text, found[-1].end, m.start) > found[-1].end
        ):
            break  # (not "…, die Beratungsstelle „Z“ koordiniert die Y": a clause of its own)
        found.append(m)
    return found


# Between two members of a list: a comma or conjunction, then articles, prepositions and capitalised head nouns
# ("und der Verein", "sowie aus Mitteln des"), not a clause of its own (", berichtete die").
COORDINATION_LINK = re.compile(
    # (a bar or a bullet between a logo line's names: "Gefördert durch: A | B | C")
    # ("sowohl A als auch B": the second part of a paired conjunction)
    r"^\s*(?:,|und|sowie|bzw\.|oder|als\s+auch|[|•·])?\s*"
    # an article right before a preposition is a relative pronoun: ", das vom Land Y gefördert wird"
    r"(?:(?:der|die|das|dem|den|des)\s+(?!(?:vom|von|beim|bei|durch|aus|mit|über)\s)"
    r"|(?:vom|von|beim|bei|durch|aus|mit|über)\s+|[A-ZÄÖÜ][\w.-]*\s+){0,3}?$"
)


# A comma that opens a main clause of its own with a fronted participle: "Umgesetzt wird X vom Verein Y, gefördert
# wird es vom Land Z". The agent of each passive belongs to its own clause, so nothing is read across this comma.
FRONTED_CLAUSE = re.compile(
    r",\s+(?=[a-zäöü][a-zäöüß-]+(?:t|en)\s+(?:wird|werden|wurde|wurden)\b)"
)  # "ko-finanziert"
_FRONTED_REACH = 40  # characters past a comma that the participle and its auxiliary take


def clause_after_fronted(text: str, start: int, end: int) -> int:
    """Where the last clause opened by a fronted participle with its comma between `start` and `end` begins
    (else `start`)."""
    last = start
    for comma in FRONTED_CLAUSE.finditer(text, start, end + _FRONTED_REACH):
        if comma.start() >= end:
            break
        last = comma.end()
    return last


# A comma before an article, its noun (and a quoted name) and a finite verb in second place with more words after
# it opens a main clause, not a relative one: "…, das Projekt „X“ trägt die Stadt Y", "…, das Projekt ist beim
# Verein Y angesiedelt" (a relative clause ends on its verb: "…, das die Stadt Y trägt").
MAIN_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?P<article>das|die|der|den)\s+(?:[A-ZÄÖÜ][\w.-]*\s+){1,4}(?:[„\"»][^“”\"«,;.]{1,60}[“”\"«]\s+)?"
    r"(?=(?:ist|war|sind|waren|wird|wurde|werden|wurden|hat|hatte|haben|trägt|trug|tragen|koordiniert"
    r"|koordinierte|betreibt|betrieb|verantwortet|leitet|leitete|setzt|setzte|führt|führte|bietet|bot|liegt|lag"
    r"|gehört|fördert|förderte|finanziert|finanzierte|unterstützt|unterstützte)\s+\w)"
)
_MAIN_CLAUSE_REACH = 120  # characters from the comma over the noun phrase to its verb


def main_clause_start(text: str, start: int, pos: int) -> int:
    """Where the last main clause opened after a comma before `pos` begins (its article), else `start`."""
    last = start
    for comma in MAIN_CLAUSE_AFTER_COMMA.finditer(
        text, max(start, pos - _MAIN_CLAUSE_REACH), pos + _MAIN_CLAUSE_REACH
    ):
        if comma.start() >= pos:
            break
        last = comma.start("article")
    return last


def main_clause_end(text: str, start: int, end: int) -> int:
    """Where the next main clause opened after a comma between `start` and `end` begins (its comma), else `end`."""
    comma = MAIN_CLAUSE_AFTER_COMMA.search(text, start, end + _MAIN_CLAUSE_REACH)
    return comma.start() if comma is not None and comma.start() < end else end


# A clause of its own opened after a comma by a conjunction, or after a semicolon: "Das Projekt X startet im Mai, und
# das Projekt Y erhält vom Land Z Mittel", "…, während das Projekt Y beim Verein Z angesiedelt ist", "…; Y ist Partner
# im Netzwerk Z". A reading's subject is named in its own clause when a name stands there.
_CLAUSE_OPENING = re.compile(
    r"(?:,\s+(?:und|aber|doch|jedoch|sondern|denn|während|wohingegen|wogegen|wobei|weil|da|obwohl|zumal)|;)\s+"
)


def conjunction_clause_start(text: str, start: int, pos: int) -> int:
    """Where the last clause opened by a conjunction after a comma (or by a semicolon) before `pos` begins, else
    `start`."""
    openings = list(_CLAUSE_OPENING.finditer(text, start, pos))
    return openings[-1].end() if openings else start
