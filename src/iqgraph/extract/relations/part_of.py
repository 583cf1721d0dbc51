"""A unit, network or body that is part of a whole, or a body that is a member of it by being part.

    "X ist Teil des Y", "X gehört zum Y", "als Teil des Y", "A und B sind Teil des Netzwerks Y"
    "Zum Y gehören (auch) A und B" (the whole first, its parts after the verb)
    "Das Bündnis gehört zum …" (the alliance named before)
    "die Beratungsstelle „X“ des IQ Netzwerks Y", "das Projekt „X“ im / aus dem IQ Netzwerk Y", "(IQ Netzwerk Y)"
A body part of a network or the programme is one of its members, a unit part of a body is carried by it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..names.mentions import Mention
from ..names.projects.name_parts import TIME_IN_BRACKETS
from .actors import ACTORS, RelationFinding, actors, subject_before
from .funding.marks import is_fund
from .hosting.projects import DEPARTMENT
from .member_lists import ALLIANCE_HEADS, listed_right_before

_TIMES = r"(?:(?:seit\s+[\w.]+|schon|bereits|nun|heute|auch|ebenfalls)\s+)*"  # "…, das seit 2021 zum …"
_RELATIVE_CLAUSE_MAX = 120  # characters from "zum" to the verb closing the relative clause: the whole's name
_PART_OF = re.compile(
    # (how it belongs: "ist organisatorisch Teil der Stadt Y", "gehört organisatorisch zum Verein Y")
    r"\b(?:ist|sind|war|als)\s+(?:(?:seit|schon|bereits|nun|heute|auch|ebenfalls|organisatorisch)\s+[\w.]*\s*)?"
    r"(?:ein\s+|eine\s+)?(?:fester\s+)?(?:Teil|Bestandteil)\s+(?:des|der|vom)\b"
    # a relative clause, its verb last: "die Ausschreibung „X“, die Teil des Programms „Y“ ist"
    r"|(?P<relative>(?<=[“”\"«],\s(?:die|der|das)\s)(?:Teil|Bestandteil)\s+(?:des|der)\b"
    # or its verb "gehört" last: "die Ausschreibung „X“, die zum Programm „Y“ (kurz Z) gehört"
    rf"|(?<=[“”\"«],\s)(?:die|der|das)\s+{_TIMES}(?P<verb_last>zum|zur)\b"
    rf"(?=[^.;:]{{0,{_RELATIVE_CLAUSE_MAX}}}\sgehör(?:t|te)\b))"
    r"|\bgehört\s+(?:(?:seit|schon|bereits|nun|heute|auch|ebenfalls|organisatorisch)\s+[\w.]*\s*)?(?:zum|zur)\b"
)


# The agent of a participle attribute before the whole: "Teil des vom Land Y geförderten Programms Z" (Y is no whole)
_ATTRIBUTE_AGENT = re.compile(r"\s*(?:vom|von|durch)\s+(?:(?:der|dem|den|die|das)\s+)?")
# A clause of its own before the cue, with a subject no name: "Träger ist der Verein X, das Angebot gehört zum …".
_OWN_CLAUSE_SUBJECT = re.compile(r",\s+(?:das|der|die|es|sie|er)\s+(?:[A-ZÄÖÜ]\w*\s+)?$", re.IGNORECASE)
_CLAUSE_OPENING = 40  # characters back from the cue to the comma that opens its clause


# "Das Bündnis gehört zum …": the head noun alone opening the sentence stands for the alliance named before it
_HEAD_SUBJECT = re.compile(
    rf"\s*(?:Das|Der|Die|Dieses|Dieser|Diese)\s+(?P<head>{'|'.join(ALLIANCE_HEADS)})\s+$"
)


def part_of(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    topic: Mention | None = None,
) -> Iterator[RelationFinding]:
    """`earlier`: the alliance named before; `topic`: the unit a pronoun opening the sentence goes on with."""
    for cue in _PART_OF.finditer(text, *sentence):
        # the clause's own subject, else the sentence's (a pronoun opening the clause: "…; sie ist Teil des …")
        clause = actors(ms, _clause_start(text, sentence[0], cue.start()), cue.start())
        subject = (
            _antecedent(clause, cue)
            or subject_before(clause, cue.start())
            or subject_before(ms, cue.start())
            or _alliance_by_its_head(text, sentence[0], cue.start(), earlier)
            or _unit_by_its_pronoun(text, sentence[0], cue.start(), topic)
        )
        after = [
            m
            for m in actors(ms, cue.end(), cue.end() + 60)
            if not _ATTRIBUTE_AGENT.fullmatch(text, cue.end(), m.start)
            and not text.startswith("-", m.end)  # "zum ESF-Plus-Programm „Y“": the fund only qualifies Y
        ]
        own = (
            not cue.group("relative")
            and subject
            and _OWN_CLAUSE_SUBJECT.search(text, max(subject.end, cue.start() - _CLAUSE_OPENING), cue.start())
        )
        if not (subject and after) or own or _IN_A_DEPARTMENT.fullmatch(text, cue.end(), after[0].start):
            continue  # ("Teil der Sozialabteilung im Amt Y": hosting.projects reads the department's body)
        if cue.group("verb_last") and not _VERB_AFTER_THE_WHOLE.match(text, after[0].end):
            continue  # "…, das zum Programm Y nicht passt und zur Stadt gehört": Y is no whole of it
        # "A und B sind Teil des Netzwerks Y": every body or unit of the list that ends right before the verb
        verb = sentence[0] + len(text[sentence[0] : cue.start()].rstrip())
        listed = listed_right_before(text, ms, verb, ACTORS)
        for one in listed if len(listed) > 1 and listed[0] == subject else [subject]:
            yield RelationFinding(one, _part_or_member(one, after[0]), after[0])


_IN_A_DEPARTMENT = re.compile(
    rf"\s*{DEPARTMENT}(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:im|des|der|beim|bei\s+der|in\s+der)\s+"
)


# the verb closing the relative clause right after the whole's name, an abbreviation between: "„Y“, kurz Z, gehört"
_VERB_AFTER_THE_WHOLE = re.compile(
    r"[“”\"«]?(?:\s*,\s*kurz\s+[\w-]+\s*,|\s*\([^()]{1,20}\))?\s+gehör(?:t|te)\b"
)
_RELATIVE_REACH = 7  # characters from the antecedent's name to the cue: '“, die '


def _antecedent(clause: list[Mention], cue: re.Match[str]) -> Mention | None:
    """A relative clause's subject: the name right before its comma ("„X“, die Teil des …"), else none."""
    if not cue.group("relative"):
        return None
    return next((m for m in reversed(clause) if cue.start() - m.end <= _RELATIVE_REACH), None)


# The whole opening the clause, its parts after the verb: "Zum IQ Netzwerk Y gehören seit 2020 auch A und B".
_WHOLE_FIRST = re.compile(
    r"(?:\b(?:Zum|Zur)|[,;:]\s+(?:zum|zur))\s+(?:(?:Bundes|Förder|Landes)?[Pp]rogramm\s+[„\"»]?)?$"
)
_WHOLE_FIRST_REACH = 30  # characters back from the whole over "zum", a programme's head noun and a comma
_BELONG_AFTER_WHOLE = re.compile(
    r"(?:\s*\([\w-]{1,12}\))?\s+gehör(?:t|en|te|ten)\s+(?:(?:seit\s+[\w.]+|seit\s+dem\s+\w+|schon|bereits|nun|heute|auch|"
    r"ebenfalls|dagegen|außerdem|zudem|inzwischen|unter\s+anderem|u\.\s*a\.)\s+)*"
    r"(?:(?:der|die|das|den|dem|des)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»‚]?$"
)
_PART_REACH = 80  # characters from the verb to the first part: adverbs, an article, a quote mark


def whole_first(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for whole in (m for m in ms if sentence[0] <= m.start < sentence[1] and m.type in _WHOLES_FIRST):
        if not _WHOLE_FIRST.search(text, max(sentence[0], whole.start - _WHOLE_FIRST_REACH), whole.start):
            continue
        parts = actors(ms, whole.end, min(sentence[1], whole.end + _PART_REACH), _PARTS_AFTER)
        if not parts or not _BELONG_AFTER_WHOLE.match(text[whole.end : parts[0].start]):
            continue
        for part in _listed(text, parts[0], actors(ms, parts[0].end, sentence[1], _PARTS_AFTER)):
            yield RelationFinding(part, _part_or_member(part, whole), whole)


_WHOLES_FIRST = frozenset({"StateNetwork", "Programme"})
# units only: bodies listed after "Zum Netzwerk gehören" are its members (members.py)
_PARTS_AFTER = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})


# Between two parts of a list: a comma or conjunction and maybe an article, no genitive ("„X“ der Stiftung Y")
_NEXT_PART = re.compile(
    r"[“”\"«]?\s*(?:,\s*(?:und\s+|sowie\s+)?|\s+(?:und|sowie)\s+)(?:(?:der|die|das|den|dem)\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)


def _listed(text: str, first: Mention, after: list[Mention]) -> Iterator[Mention]:
    """The first part and the parts listed right after it ("A, B und das Projekt C")."""
    yield first
    last = first
    for m in after:
        if not _NEXT_PART.fullmatch(text, last.end, m.start):
            return
        yield m
        last = m


# A main clause joined to the one before: "Das Jobcenter X berät, und die Stiftung Y ist Teil des Netzwerks Z"
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:und|aber|doch|sondern|denn)|;)\s+")


def _clause_start(text: str, start: int, cue: int) -> int:
    """Where the clause of the cue begins: after the last joined main clause before it, else at the sentence."""
    joins = list(_CLAUSE_JOIN.finditer(text, start, cue))
    return joins[-1].end() if joins else start


# "Es gehört zum Programm Y", "Sie ist Teil des Netzwerks Y": a pronoun alone before the cue, opening the sentence
_PRONOUN_SUBJECT = re.compile(r"\s*(?:Es|Er|Sie)\s+$")


def _unit_by_its_pronoun(text: str, start: int, cue: int, topic: Mention | None) -> Mention | None:
    if (
        topic is None
        or topic.type not in _UNITS_OF_A_BODY
        or not _PRONOUN_SUBJECT.fullmatch(text, start, cue)
    ):
        return None
    return topic


def _alliance_by_its_head(text: str, start: int, cue: int, earlier: Mention | None) -> Mention | None:
    head = _HEAD_SUBJECT.fullmatch(text, start, cue)
    if head is None or earlier is None or not earlier.label.startswith(head.group("head")):
        return None
    return earlier


# A body is part of a network or the programme as one of its members: "Die Stiftung X ist Teil des IQ Netzwerks Y"
_BODIES = frozenset({"Organisation", "Agency", "Ministry"})
_MEMBERSHIPS = frozenset({"StateNetwork", "Programme"})
_UNITS_OF_A_BODY = frozenset({"Subproject", "CoordinationOffice"})  # a body's unit: carried by it


def _part_or_member(subject: Mention, whole: Mention) -> str:
    # "Die Beratungsstelle X gehört zur Stiftung Y": the body carries its unit
    if subject.type in _UNITS_OF_A_BODY and whole.type in _BODIES:
        return "hostedBy"
    return "memberOf" if subject.type in _BODIES and whole.type in _MEMBERSHIPS else "partOf"


# The whole in a genitive, "im" or "aus dem" phrase or in parentheses right after a unit's name: "die
# Beratungsstelle „X“ des IQ Netzwerks Y", "die Landeskoordinierung des Förderprogramms IQ", "das Projekt „X“ im / aus
# dem IQ Netzwerk Y", "das Projekt „X“ (IQ Netzwerk Y)"; the programme's head noun
# may stand outside its name ("des Förderprogramms „Integration durch Qualifizierung“").
_WHOLE_AFTER = re.compile(
    rf"[“”\"»]?{TIME_IN_BRACKETS}?(?:\s+(?:des|der|im|in\s+der|vom|aus\s+dem|aus\s+der)\s+|\s*\()"
    r"(?P<head>(?:\w+-)?(?:Bundes|Förder|Landes)?[Pp]rogramms?\s+[„\"»]?)?"
)
_UNIT_WHOLES = {
    "Subproject": ("StateNetwork", "Programme"),
    "CoordinationOffice": ("StateNetwork", "Programme"),
}
_NETWORK_WHOLES = {"StateNetwork": ("Programme",)}


def whole_right_after(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    wholes = {**_UNIT_WHOLES, **_NETWORK_WHOLES}
    for unit in (m for m in ms if m.type in wholes and not m.generic):
        link = _WHOLE_AFTER.match(text, unit.end)
        if link is None:
            continue
        starts = {link.end(), link.start("head") if link.group("head") else link.end()}
        whole = next((m for m in ms if m.start in starts and _may_hold(unit, m, wholes)), None)
        if whole is not None and is_fund(whole) and link.group().strip() == "vom":
            continue  # "Finanziert wird das Netzwerk X vom Europäischen Sozialfonds": the fund pays, holds nothing
        if whole is not None and whole.key != unit.key:
            yield RelationFinding(unit, "partOf", whole)


# "das Projekt „X“ der IQ Fachstelle Y": a nationwide unit of the programme holds projects of its own
_UNIT_OF_UNITS = "IQ Fachstelle "


def _may_hold(unit: Mention, whole: Mention, wholes: dict[str, tuple[str, ...]]) -> bool:
    if whole.type in wholes[unit.type]:
        return True
    return unit.type == "Subproject" and whole.type == "Subproject" and whole.label.startswith(_UNIT_OF_UNITS)


# The whole a relative clause of belonging names for the unit before it: "die Ausschreibung „X“, die zum Programm „Y“
# gehört", "das Projekt „X“, das Teil des Netzwerks Y ist"; the text goes on speaking of X, not of Y.
_WHOLE_OF_A_RELATIVE = re.compile(
    rf"[“”\"«],\s(?:die|der|das)\s+{_TIMES}(?:zum|zur|(?:ein\s+|eine\s+)?(?:Teil|Bestandteil)\s+(?:des|der))\s+"
    r"(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)
_WHOLE_REACH = 50  # characters back from the whole's name over '“, die zum Förderprogramm „'


def whole_of_a_relative_clause(text: str, m: Mention) -> bool:
    return _WHOLE_OF_A_RELATIVE.search(text, max(0, m.start - _WHOLE_REACH), m.start) is not None
