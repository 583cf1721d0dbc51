"""A carrier as the subject of an active verb of carrying: "Die Y gGmbH koordiniert das IQ Netzwerk X", "Seit 2011
betreibt der Verein Y die Anlaufstelle X", a verb with its separated particle ("Die Y gGmbH führt das Projekt X
durch", "A und B setzen das Projekt X um") and the object first ("Das Teilprojekt X führt der Verein Y durch"):
X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...names.projects.names import OPENING_QUOTES
from ...text.spans import Mention
from ..actors import (
    CARRIERS,
    COORDINATED,
    COORDINATION_LINK,
    RelationFinding,
    actors,
    listed_after,
    main_clause_end,
    main_clause_start,
)
from .words import OBJECT_NEXT, SUBJECT_AFTER_VERB, SUBJECT_OPENING, after_a_preposition

# Verbs whose subject carries their object, in the active voice: "Die Y gGmbH koordiniert das IQ Netzwerk X",
# "Die Stiftung Y betreibt die Anlaufstelle X", and with the object first: "Das Projekt „X“ verantwortet die Y".
_ACTIVE_CARRYING_VERB = re.compile(
    r"\b(?:koordiniert|koordinierte|koordinieren|betreibt|betrieb|betreiben|verantwortet|verantwortete"
    r"|leitet|leitete|trägt|trug|tragen|trugen|realisiert|realisierte|realisieren|unterhält|unterhielt)\b"  # "Die Stiftung Y leitet das Projekt X"
)


def active_carriers(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _ACTIVE_CARRYING_VERB.finditer(text, *sentence):
        # the verb's own clause: "…, das Projekt „X“ trägt der Verein Y" (a main clause after a comma)
        clause = main_clause_start(text, sentence[0], cue.start())
        before = actors(ms, clause, cue.start())
        after = actors(ms, cue.end(), main_clause_end(text, cue.end(), cue.end() + OBJECT_NEXT))
        if not before:
            yield from _subject_after_the_verb(text, cue, actors(ms, cue.end(), sentence[1]))
            continue
        opening = _CLAUSE_SUBJECT_OPENING if clause > sentence[0] else SUBJECT_OPENING
        if not after or not opening.fullmatch(text, clause, before[0].start):
            continue
        if len(before) > 1:
            yield from _plural_subject(text, ms, cue, before, after[0])
            continue
        subject, first_after = before[0], after[0]
        if (
            subject.type in CARRIERS
            and first_after.type in COORDINATED
            and _carried_object(text, cue, first_after)
        ):
            # "Die Y trägt die Projekte „A“ und „B“": each unit of the object
            units = listed_after(text, ms, first_after.start, sentence[1], COORDINATED)
            yield from (RelationFinding(unit, "hostedBy", subject) for unit in units)
        elif subject.type == "Subproject" and first_after.type in CARRIERS:
            carrier_subject = SUBJECT_AFTER_VERB.fullmatch(text, cue.end(), first_after.start)
            if carrier_subject and not after_a_preposition(text, carrier_subject.start("article")):
                yield RelationFinding(subject, "hostedBy", first_after)


# The same opening a main clause after a comma: "…, das Projekt „X“ trägt …"
_CLAUSE_SUBJECT_OPENING = re.compile(rf"(?:das|die|der|den)\s+(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?")


_OBJECT_BEFORE_NAME = (
    30  # characters back from the object's name to its article: a head noun and a quotation mark
)


def _carried_object(text: str, cue: re.Match[str], unit: Mention) -> bool:
    """The unit the object of the verb: after its article ("das Projekt X"), or its work ("die Arbeit des X")."""
    article = _OBJECT_ARTICLE.search(text, max(cue.end(), unit.start - _OBJECT_BEFORE_NAME), unit.start)
    return article is not None or _WORK_OF.fullmatch(text, cue.end(), unit.start) is not None


def _plural_subject(
    text: str, ms: list[Mention], cue: re.Match[str], before: list[Mention], unit: Mention
) -> Iterator[RelationFinding]:
    """ "A und B tragen gemeinsam das Projekt X": a plural verb has each body of the list before it."""
    listed = listed_after(text, ms, before[0].start, cue.start(), CARRIERS)
    plural = cue.group().endswith(("en", "trugen")) and len(listed) == len(before)
    if plural and unit.type in COORDINATED and _carried_object(text, cue, unit):
        yield from (RelationFinding(unit, "hostedBy", body) for body in listed)


# The unit's work as the object: "Die Y gGmbH koordiniert die Arbeit des IQ Netzwerks X", "… die Aktivitäten der
# Beratungsstelle X".
_WORK_OF = re.compile(
    r"\s+(?:(?:seit\s+\S+|bereits|auch)\s+)?die\s+(?:Arbeit|Aktivitäten|Angebote|Geschäfte)\s+(?:des|der)\s+[„\"»]?"
)


# An adverbial first, the carrier as subject right after the verb, the unit the object: "Seit 2011 koordiniert die Y
# gGmbH das IQ Netzwerk X", "In Leipzig betreibt der Verein Y die Anlaufstelle X".
_ARTICLE_BEFORE_NAME = (
    30  # characters back from a unit's name to its article: a head noun and a quotation mark
)
_ARTICLE_NEXT = re.compile(r"\s+(?:die|der|das|den)\s+(?:[A-ZÄÖÜ]\w*\s+)?")


def _subject_after_the_verb(text: str, cue: re.Match[str], after: list[Mention]) -> Iterator[RelationFinding]:
    if len(after) < 2 or after[0].type not in CARRIERS or after[1].type not in COORDINATED:
        return
    carrier, unit = after[:2]
    subject_next = _ARTICLE_NEXT.fullmatch(text, cue.end(), carrier.start)
    object_next = _OBJECT_ARTICLE.search(
        text, max(carrier.end, unit.start - _ARTICLE_BEFORE_NAME), unit.start
    )
    if subject_next and object_next and unit.start - carrier.end <= OBJECT_NEXT:
        yield RelationFinding(unit, "hostedBy", carrier)


# Verbs of carrying out with their separated particle: "Die X gGmbH führt das Projekt Y durch", "Seit 2019 setzt
# die X das Projekt Y um", "Die X bietet die Beratungsstelle Y an". The carrier is the subject, the project the
# object; the verb and its particle agree ("führt … durch", not "führt … an").
_CARRYING_VERB = re.compile(
    r"\b(?:(?:führt|führte|führen|führten)(?P<durch>)|(?:setzt|setzte|setzen|setzten)(?P<um>)"
    r"|(?:bietet|bot|bieten|boten)(?P<an>))\s(?P<middle>[^;:]{0,120}?)\s"
    # the particle the verb takes, so that an earlier other one ("setzt das durch die Stadt … finanzierte X um") is
    # read as part of the middle
    r"(?P<particle>(?(durch)durch|(?(um)um|an)))(?=\s*(?:[.,;:!?)]|$)|\s+(?:und|sowie|oder)\b)"  # at the clause's end
)
# A project named after a preposition is no object of the verb: "bietet mit dem Projekt X Kurse an".
# The programme's name may stand before the head noun: "führt das IQ Teilprojekt X durch".
_OBJECT_ARTICLE = re.compile(
    rf"(?:^|\s)(?:das|den|die)\s+(?:IQ\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[{OPENING_QUOTES}]?$"
)


# The object with a participle attribute between its article and its name: "führt das vom Land Y geförderte Projekt
# „X“ durch", "setzt die durch den ESF finanzierte Anlaufstelle X um".
_ATTRIBUTED_OBJECT = re.compile(
    rf"(?:^|\s)(?:das|den|die)\s+(?:vom|von|durch|aus|mit)\s[^,;]{{0,80}}?\s[a-zäöüß]+te[ns]?\s+(?:[A-ZÄÖÜ]\w*\s+)?"
    rf"[{OPENING_QUOTES}]?$"
)
# characters back from the name to the object's article: the attribute's agent and participle
_ATTRIBUTE_SPAN = 120
# the attribute's agent is no carrier after the verb ("führt das vom Land Y geförderte …")
# (nor is the body that commissions it: "setzt die Y im Auftrag der Stadt Z das Projekt X um")
# (nor a partner it works with: "bietet mit dem Jobcenter Z das Projekt X an")
_AGENT_BEFORE = re.compile(
    r"\b(?:vom|von|durch|mit|(?:aus|mit)\s+(?:den\s+)?Mitteln|im\s+Auftrag)\s+(?:(?:der|dem|den|die|das|des)\s+)?\Z"
)
_AGENT_WORDS = (
    28  # characters back from a name to the preposition and article introducing it: "aus den Mitteln des"
)


def carrying_verbs(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _CARRYING_VERB.finditer(text, *sentence):
        if cue.group(cue.group("particle")) is None:
            continue
        middle = cue.start("middle"), cue.end("middle")
        carried = [
            m
            for m in actors(ms, *middle, COORDINATED)
            if (
                (article := _OBJECT_ARTICLE.search(text, max(middle[0] - 1, m.start - 30), m.start))
                and not after_a_preposition(text, article.start() + 1)  # "bietet Räume für das Projekt X an"
            )
            or _ATTRIBUTED_OBJECT.search(text, max(middle[0] - 1, m.start - _ATTRIBUTE_SPAN), m.start)
            or _bare_name_as_object(text, ms, m, middle[0])
        ]
        inverted = (
            [
                m
                for m in actors(ms, middle[0], carried[0].start, CARRIERS)
                if not _AGENT_BEFORE.search(text, max(0, m.start - _AGENT_WORDS), m.start)
            ]
            if carried
            else []
        )
        # (a partner fronted after "mit" is none: "Im Verbund mit der Y führt das Netzwerk Z das Projekt X durch")
        carriers = inverted or [
            m
            for m in actors(ms, sentence[0], cue.start(), CARRIERS)
            if not _AGENT_BEFORE.search(text, max(0, m.start - _AGENT_WORDS), m.start)
        ]
        if carried and carriers:
            # a plural verb has every carrier of the list before it: "A und B setzen das Projekt X um"
            plural = cue.group(0).split()[0].endswith("en")
            if inverted:  # "Seit 2030 führen A und B das Projekt X durch"
                subjects = (
                    listed_after(text, ms, inverted[0].start, carried[0].start, CARRIERS)
                    if plural
                    else inverted[:1]
                )
            else:
                subjects = _coordinated_up_to(text, carriers) if plural else carriers[-1:]
            # "führt die Teilprojekte „A“ und „B“ durch": each unit of the object
            for unit in listed_after(text, ms, carried[0].start, middle[1], COORDINATED):
                yield from (RelationFinding(unit, "hostedBy", c) for c in subjects)
        elif not carried:
            yield from _object_first(text, sentence, ms, cue)


def _bare_name_as_object(text: str, ms: list[Mention], unit: Mention, verb_end: int) -> bool:
    """ "Die Y setzt KOMPASS um", "Seit Mai führt die Y KOMPASS durch": a project's name with no article right after
    the verb, or after the subject that follows the verb, is its object."""
    if unit.type != "Subproject":
        return False
    subjects = actors(ms, verb_end, unit.start, CARRIERS)
    return unit.start == verb_end or bool(subjects and not text[subjects[-1].end : unit.start].strip())


def _coordinated_up_to(text: str, carriers: list[Mention]) -> list[Mention]:
    """The last carrier and those coordinated right before it: "A, B und C"."""
    listed = carriers[-1:]
    for m in reversed(carriers[:-1]):
        if not COORDINATION_LINK.match(text[m.end : listed[0].start]):
            break
        listed.insert(0, m)
    return listed


# The project first as the object, the carrier after the verb as its subject: "Das Qualifizierungsprojekt „X“
# setzt die Y gGmbH um", "Das Teilprojekt X führt seit 2020 der Verein Y durch" (a body carries a project out;
# a project carries out no body).
_SENTENCE_OPENING = re.compile(rf"\s*(?:Das|Die|Den)\s+(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$")


def _object_first(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: re.Match[str]
) -> Iterator[RelationFinding]:
    units = actors(ms, sentence[0], cue.start(), COORDINATED)
    carrier = next(iter(actors(ms, cue.start("middle"), cue.end("middle"))), None)
    if not units or carrier is None or carrier.type not in CARRIERS or units[0].type != "Subproject":
        return
    opening = text[sentence[0] : units[0].start]
    subject = SUBJECT_AFTER_VERB.fullmatch(text, cue.start("middle") - 1, carrier.start)
    if (
        _SENTENCE_OPENING.fullmatch(opening)
        and subject
        and not after_a_preposition(text, subject.start("article"))
    ):
        yield RelationFinding(units[0], "hostedBy", carrier)
