"""The small engine that reads the cue table of cues.py, a sentence at a time: for each row's cue, the objects
right after it (with `many`, those coordinated with it), the subject before it (or where the row's flags say), and
a tie from each subject to each object, its predicate named by the object's type."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text.spans import Mention
from .actors import (
    COORDINATION_LINK,
    RelationFinding,
    actors,
    attribute_of_an_event,
    conjunction_clause_start,
)
from .cues import CUES, LISTED, Cue

__all__ = ["find_cued"]

_HEAD_WORD = re.compile(r"^(?:[A-ZÄÖÜ]\w*\s+)?$")  # a head noun the name may leave out: "Verein", "Stiftung"


def find_cued(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in CUES:
        for match in cue.pattern.finditer(text, *sentence):
            yield from _read_cue(text, sentence, ms, cue, match, None if cue.within else topic)


def _read_cue(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    cue: Cue,
    match: re.Match[str],
    topic: Mention | None,
) -> Iterator[RelationFinding]:
    objects = _objects(text, ms, match.end(), sentence[1], cue)
    if not objects:
        return
    subjects = _cue_subjects(text, sentence, ms, cue, match)
    after_the_verb = _named_after_the_verb(text, ms, cue, match) if cue.verb_second else []
    if after_the_verb:
        # "Im Gegensatz zum Projekt Y erhält das Projekt X Mittel vom Z": the verb in second place, its subject
        # after it; whatever stands before the verb is fronted, not the subject
        subjects = after_the_verb
    if cue.no_agent and subjects and attribute_of_an_event(text, subjects[0]):
        return  # "Die Tagung des Vereins Y fand statt, gefördert durch Z": the event is funded, not its organiser
    if (
        not subjects and cue.inverted
    ):  # "Seit 2015 ist die X gGmbH Partner im Y", "Heute sind wir Mitglied im Y"
        middle = actors(ms, match.start(), match.end(), cue.subjects)[:1]
        subjects = [m for m in middle if _AFTER_THE_VERB.fullmatch(text, match.start(), m.start)]
    if (
        not subjects and topic is None and not (cue.within or cue.nearest)
    ):  # "Im Rahmen des Netzwerks X startet Y"
        subjects = actors(ms, objects[-1].end, sentence[1], cue.subjects)
        if _FUNDING in cue.objects.values():
            # "Mit Förderung des Landes Z hat der Verein Y das Projekt X aufgebaut": the unit is funded, the body
            # that built or runs it is not
            subjects = [m for m in subjects if m.type not in _BODIES] or subjects
    subject = (subjects[-1] if cue.nearest else subjects[0]) if subjects else topic
    if subject is None or (cue.nearest and not _RIGHT_BEFORE.fullmatch(text, subject.end, match.start())):
        return
    listed = _listed_up_to(text, subjects, match.start()) if cue.listed else []
    for one in listed if len(listed) > 1 else [subject]:
        for obj in objects:
            pair = (obj, one) if cue.inverse else (one, obj)
            yield RelationFinding(pair[0], cue.objects[obj.type], pair[1])


_FUNDING = "fundedBy"
_BODIES = frozenset({"Organisation"})

# the finite verb opening a cue and an article or possessive before the subject that follows it
_AFTER_THE_VERB = re.compile(r"\w+\s+(?:(?:der|die|das|unser|unsere)\s+)?")

# the finite verb, adverbs, an article and a head noun before the subject: "erhält das Projekt „X“", "bekam 2020
# auch die Y gGmbH"
_VERB_ARTICLE_HEAD = re.compile(
    r"\w+\s+(?:(?:[a-zäöüß]+|\d{4})\s+){0,2}?(?:(?:der|die|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?)?[„\"»]?"
)


def _named_after_the_verb(text: str, ms: list[Mention], cue: Cue, match: re.Match[str]) -> list[Mention]:
    middle = actors(ms, match.start(), match.end(), cue.subjects)[:1]
    return [m for m in middle if _VERB_ARTICLE_HEAD.fullmatch(text, match.start(), m.start)]


# Between the actor an apposition or relative clause is about and the cue: a closing mark, an abbreviation in
# parentheses ("Die Stiftung X (SX), die …"); a person named there is the one it is about ("begrüßte A, der …").
_RIGHT_BEFORE = re.compile(r"[“”\"«»]?(?:\s*[(\[][^()\[\]]{1,20}[)\]])?\s*")


_CLOSING_MARKS = ' \n“”"«»'


def _listed_up_to(text: str, subjects: list[Mention], cue: int) -> list[Mention]:
    """The subjects coordinated in a list that ends right before the cue: "A, B und C| sind Partner im Y"."""
    if not subjects or text[subjects[-1].end : cue].strip(_CLOSING_MARKS):
        return []  # (a quoted name's closing mark may stand before the cue: "„A“ und „B“ erhalten …")
    listed = [subjects[-1]]
    for m in reversed(subjects[:-1]):
        if not COORDINATION_LINK.match(text[m.end : listed[-1].start]):
            break
        listed.append(m)
    return listed[::-1]


def _cue_subjects(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: Cue, match: re.Match[str]
) -> list[Mention]:
    if cue.within:  # named right where the cue says: "Bei der X GmbH liegt …", "Beim Verein X e.V. …"
        at = match.start("carrier")
        named = actors(ms, at, match.end(), cue.subjects)
        return [m for m in named[:1] if _HEAD_WORD.match(text[at : m.start])]
    named = actors(ms, sentence[0], match.start(), cue.subjects)
    clause = conjunction_clause_start(text, sentence[0], match.start())
    if any(m.start >= clause for m in named):
        named = [m for m in named if m.start >= clause]  # "X startet, und das Projekt Y erhält …": Y's clause
    if cue.no_agent:
        named = [m for m in named if not _AGENT_BEFORE.search(text, max(0, m.start - _WORDS_BEFORE), m.start)]
    return [m for m in named if not _after_a_preposition(text, m.start)] if cue.free else named


# A passive's agent: "vom Verein Y", "von der Stiftung Y", "durch das Land Y" (a head noun between: "vom Verein")
_AGENT_BEFORE = re.compile(
    r"\b(?:vom|von|durch)\s+(?:(?:der|dem|den|die|das)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)


_WORDS_BEFORE = 24  # characters back from a name to a preposition and its article: "außerhalb des"
_ARTICLES = frozenset({"der", "des", "dem", "den", "die", "das"})


def _after_a_preposition(text: str, pos: int) -> bool:
    """ "außerhalb des IQ Netzwerks", "im Netzwerk": the name is a preposition's object, no subject."""
    words = text[max(0, pos - _WORDS_BEFORE) : pos].lower().split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in lexicon.PREPOSITIONS


# A programme's head noun left out of its quoted name: "im Rahmen des Förderprogramms „Integration durch …“"
_PROGRAMME_HEAD = re.compile(r"\s+(?:\w+-)?(?:Bundes|Förder|Landes|Sonder)?[Pp]rogramms?\s+[„\"»‚]")


def _next_to_the_cue(text: str, start: int, first: Mention, reach: int) -> bool:
    """The first object is right after the cue, or after the head noun of the programme it names."""
    if first.start - start <= reach:
        return True
    return first.type == "Programme" and _PROGRAMME_HEAD.fullmatch(text, start, first.start) is not None


def _qualifies_a_whole(text: str, m: Mention, cue: Cue) -> bool:
    """ "im Rahmen der ESF-Plus-Förderrichtlinie „Y“": the fund opening the compound only qualifies the whole Y."""
    return cue.objects.get(m.type) == "partOf" and text.startswith("-", m.end)


def _objects(text: str, ms: list[Mention], start: int, end: int, cue: Cue) -> list[Mention]:
    """The object right after the cue, and with `many` the ones coordinated with it."""
    after = [
        m
        for m in actors(ms, start, end)
        if (m.type in cue.objects or m.type == "Place") and not _qualifies_a_whole(text, m, cue)
    ]
    if (
        not after
        or not _next_to_the_cue(text, start, after[0], cue.reach)
        or after[0].type not in cue.objects
    ):
        return []
    found = [after[0]]
    for m in after[1:] if cue.many or cue.repeated else []:
        link = text[found[-1].end : m.start]
        linked = _REPEATED_PREPOSITION.fullmatch(link) if cue.repeated else COORDINATION_LINK.match(link)
        if m.type not in cue.objects or m.start - start > LISTED or not linked:
            break
        found.append(m)
    return found


# Objects coordinated with their preposition (and article) said again: "im Bündnis Y und im Rat Z", "des Vereins Y
# sowie der Stiftung Z"; the second is an object as well, never the subject of the cue.
_REPEATED_PREPOSITION = re.compile(
    r"[“”\"«»]?\s*(?:,|,?\s*und|,?\s*sowie)\s+(?:im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|am|des|der)\s+[„\"»]?"
)
