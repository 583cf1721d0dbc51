"""A body and the project it runs: its own by a possessive ("Die Y GmbH startet mit ihrem neuen Projekt „X“"), its
instrument ("Mit dem Projekt „X“ will die Y GmbH …"), commissioned to it ("Mit der Durchführung des Projekts X wurde
die Y beauftragt"), started by it, standing behind it ("Hinter dem Projekt „X“ steht die Y gGmbH"), its short name
joined to the project ("das DGB-Projekt „X“") and a unit in its department: X hostedBy Y."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ... import lexicon
from ...names.projects.names import OPENING_QUOTES
from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after
from ..member_lists import listed_right_before
from .words import INSTRUMENT_CARRIERS, OBJECT_NEXT, SUBJECT_OPENING, UNIT_AFTER_COORDINATION

# The project as the carrier's own, by a possessive pronoun: "Die Y GmbH startet mit ihrem neuen Projekt „X“",
# "Der Verein Y stellt sein Teilprojekt X vor": the carrier is the body named last before the pronoun.
_OWN_PROJECT = re.compile(
    r"(?<![\w-])(?:ihr|sein)(?:e|em|en|es)?\s+(?:[a-zäöüß]\w*(?:e|en|em|es)\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Pp]rojekt|[Aa]ngebot)(?:e|en|es|s)?(?![\w-])"
)
_OWNERS = frozenset({"Organisation", "Agency"})  # a ministry's "own" project is one it funds


def own_projects(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _OWN_PROJECT.finditer(text, *sentence):
        owner = next(reversed(actors(ms, sentence[0], cue.start())), None)
        project = next(iter(actors(ms, cue.start(), cue.end() + _NAME_AFTER_HEAD + 1, COORDINATED)), None)
        if (
            owner is not None
            and owner.type in _OWNERS
            and project is not None
            and project.type == "Subproject"
        ):
            yield from _owners_of(text, sentence, ms, owner, project)


def _owners_of(
    text: str, sentence: tuple[int, int], ms: list[Mention], owner: Mention, project: Mention
) -> Iterator[RelationFinding]:
    """ "Die A und die B stellen ihr Projekt X vor": each body of the subject owns the one project; "Die A stellt ihre
    Projekte X und Y vor": the one body each project; with several of both which is whose is not said."""
    owners = listed_right_before(text, ms, owner.end, _OWNERS) or [owner]
    projects = listed_after(text, ms, project.start, sentence[1], COORDINATED) or [project]
    if len(owners) > 1 and len(projects) > 1:
        return
    yield from (RelationFinding(unit, "hostedBy", one) for one in owners for unit in projects)


# The project as the instrument of the carrier's action, first in the sentence: "Mit dem Projekt „X“ will die Y
# GmbH …", "Mit ihrem Teilprojekt X unterstützt die Stiftung Y …": the subject right after the finite verb. Or the
# carrier first as the subject taking part with it: "Der Verein Y ist mit dem Teilprojekt X im IQ Netzwerk Z
# vertreten", "Die Y beteiligt sich mit ihrem Projekt X am …", "Die Y bietet mit ihrem Projekt X Kurse an" (not "Die Y
# bietet mit dem Projekt X Kurse an": the project may be a partner's); or the phrase as an attribute of the body ("Zu den Partnern zählt die Stiftung Y mit
# dem Projekt X", "die Y mit ihrem Teilprojekt X und die Z mit …").
_WITH_THE_PROJECT = re.compile(
    r"(?<![\w-])(?:Mit|(?P<inner>mit))\s+(?:dem|(?P<own>ihrem|seinem))\s+(?:\w+en\s+)?(?:Teil|Modell|Pilot)?[Pp]rojekt\b"
    # the project's name alone fronted as the means, or the name it runs under: "Mit „X“ begleitet die Y …", "Unter
    # dem Namen „X“ bietet die Y … an" (only a subproject's name: see `_NAMED_ALONE`)
    rf"|(?:^|(?<=[.!?:]\s)|(?<=\n))\s*(?P<named>Mit|Unter\s+dem\s+(?:Namen|Titel|Label))\s+[{OPENING_QUOTES}]?"
)
_VERB_THEN_SUBJECT = re.compile(r"\s*[“”\"«]?\s+[a-zäöüß]+\s+(?:die|der|das)\s+(?:[a-zäöüß]+e\s+)?$")
# the finite verb right after the subject, then adverbs ("seit 2020", "bereits") before "mit"
_SUBJECT_THEN_VERB = re.compile(r"\s+[a-zäöüß]+\s+(?:[\w.]+\s+){0,2}?$")
# (or a member through it: "Der Verein Y ist mit dem Projekt X Teil / Mitglied / Partner des IQ Netzwerks Z")
_TAKING_PART = re.compile(
    r"\b(?:vertreten|beteiligt|aktiv|dabei|engagiert|Teil|Mitglied|Partner|Partnerin)\b"
)
_COOPERATION = re.compile("|".join(lexicon.COOPERATION_STEMS), re.IGNORECASE)
_NAME_AFTER_HEAD = 2  # a space and an opening quotation mark


def project_as_instrument(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _WITH_THE_PROJECT.finditer(text, *sentence):
        # the project's mention may begin at its head ("Projekt „X“") or at its name after it
        project = next((m for m in actors(ms, cue.start(), sentence[1], COORDINATED)), None)
        if project is None or project.start > cue.end() + _NAME_AFTER_HEAD:
            continue
        if cue.group("named") and (project.type != "Subproject" or text[cue.end() : project.start].strip()):
            continue  # "Mit dem IQ Netzwerk X …", "Mit Mitteln der Y …": no project's own name after "Mit"
        if _COOPERATION.search(text, sentence[0], sentence[1]):
            continue  # "Mit dem Projekt X arbeitet die Y zusammen": a partner, not the carrier
        carrier = (
            _subject_before(text, sentence, ms, cue)
            if cue.group("inner")
            else _subject_after(text, ms, project, sentence)
        )
        if carrier is not None and carrier.type in INSTRUMENT_CARRIERS:
            yield RelationFinding(project, "hostedBy", carrier)


def _subject_after(
    text: str, ms: list[Mention], project: Mention, sentence: tuple[int, int]
) -> Mention | None:
    carrier = next((m for m in actors(ms, project.end, sentence[1])), None)
    return carrier if carrier and _VERB_THEN_SUBJECT.fullmatch(text, project.end, carrier.start) else None


def _subject_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: re.Match[str]
) -> Mention | None:
    before = actors(ms, sentence[0], cue.start())
    if before and not text[before[-1].end : cue.start()].strip():
        return before[-1]  # the phrase as the body's attribute: "die Handwerkskammer X mit ihrem Projekt Y"
    if len(before) != 1 or not SUBJECT_OPENING.fullmatch(text, sentence[0], before[0].start):
        return None
    # the subject's own project, whatever it does with it: "Der Verein Y bietet mit seinem Projekt X Kurse an"
    taking_part = cue.group("own") or _TAKING_PART.search(text, before[0].end, sentence[1])
    return (
        before[0] if taking_part and _SUBJECT_THEN_VERB.fullmatch(text, before[0].end, cue.start()) else None
    )


# The body commissioned to carry a unit out: "Mit der Durchführung des Projekts X wurde die Y beauftragt", "Das Land
# hat den Verein Y mit der Umsetzung der Beratungsstelle X beauftragt" (the ministry or Land that commissions it pays:
# the carrier is the one other body of the sentence).
_COMMISSIONED = re.compile(
    r"\b[Mm]it\s+der\s+(?:Durchführung|Umsetzung|Koordination|Koordinierung|Trägerschaft)\s+(?:des|der)\s"
    r"(?=[^;]{0,200}?\bbeauftragt\b)"
)


def commissioned(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _COMMISSIONED.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + UNIT_AFTER_COORDINATION, COORDINATED)), None)
        bodies = [m for m in actors(ms, *sentence, INSTRUMENT_CARRIERS) if m is not unit]
        if unit is not None and len(bodies) == 1:
            yield RelationFinding(unit, "hostedBy", bodies[0])


# The body that starts a project, its subject opening the sentence: "Die Y gGmbH startet das Projekt „X“", "Der
# Verein Y hat im Mai das neue Teilprojekt X gestartet", "Die Y ruft die Anlaufstelle X ins Leben". "ruft" starts
# a project only with "ins Leben" after it.
_STARTS = re.compile(
    rf"\s+(?:(?P<finite>{'|'.join(lexicon.STARTING_VERBS)})"
    rf"|(?:hat|hatte|haben|hatten)(?=\s[^;:]{{0,120}}?\s(?:{'|'.join(lexicon.STARTING_PARTICIPLES)})(?=[\s.,;]|$)))\b"
)
_INTO_LIFE = re.compile(r"\sins\s+Leben\b")
# the object's article, an adjective ("das neue Projekt") and a head noun before the name
_STARTED_OBJECT = re.compile(
    rf"(?:^|\s)(?:das|den|die|ihr|sein|ihre|seine)\s+(?:[a-zäöüß]\w*(?:e|en|es)\s+)?(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$"
)


def started_by(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    opening = actors(ms, sentence[0], sentence[1])
    body = opening[0] if opening else None
    if body is None or body.type not in INSTRUMENT_CARRIERS:
        return
    if not SUBJECT_OPENING.fullmatch(text, sentence[0], body.start):
        return
    verb = _STARTS.match(text, body.end, sentence[1])
    if verb is None:
        return
    if verb.group("finite") in ("ruft", "rief") and not _INTO_LIFE.search(text, verb.end(), sentence[1]):
        return
    project = next(iter(actors(ms, verb.end(), sentence[1], COORDINATED)), None)
    if (
        project is not None
        and project.type == "Subproject"
        and _STARTED_OBJECT.search(text, max(verb.end(), project.start - OBJECT_NEXT), project.start)
    ):
        yield RelationFinding(project, "hostedBy", body)


# The carrier as the subject of "stehen hinter", the unit fronted: "Hinter dem Projekt „X“ steht die Y gGmbH",
# "Hinter der Anlaufstelle X stehen seit 2019 der Verein A und die Stadt B". A ministry behind a project funds it.
_BEHIND = re.compile(r"(?<![\w-])Hinter\s+(?:(?:dem|der|den)\s+)?")
_STANDS_BEHIND = re.compile(
    r"[“”\"«]?\s*(?:steht|stehen|stand|standen|steckt|stecken|steckte|steckten)\s+(?:[\w.]+\s+){0,3}?(?:die|der|das|den)\s+(?:[A-ZÄÖÜ]\w*\s+)?"
)


def behind_the_unit(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _BEHIND.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + UNIT_AFTER_COORDINATION + 2, COORDINATED)), None)
        if unit is None:
            continue
        carriers = listed_after(text, ms, unit.end, sentence[1], INSTRUMENT_CARRIERS)
        if carriers and _STANDS_BEHIND.fullmatch(text, unit.end, carriers[0].start):
            yield from (RelationFinding(unit, "hostedBy", carrier) for carrier in carriers)


def compound_carrier(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "das DGB-Projekt „X“", "die AWO-Beratungsstelle „Y“": the carrier's short name joined to the project's head
    (a ministry's, "das BMAS-Projekt „X“", pays for it: relations/funding/payers.py reads that)."""
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.end < project.start and text[m.end : project.start] == "-"), None)
        if carrier is not None and carrier.type in INSTRUMENT_CARRIERS:
            yield RelationFinding(project, "hostedBy", carrier)


# A unit placed in a department of a body: "Die Beratungsstelle X ist (organisatorisch) Teil der Abteilung Integration im
# Amt Y", "Als Teil der Sozialabteilung des Vereins Y arbeitet die Stelle X": the body carries it.
DEPARTMENT = (  # with the genitive ending: "des Fachbereichs", "des Referates"
    r"(?:[A-ZÄÖÜ][\w-]*(?:abteilung|bereich|referat|dienst|stelle)|Abteilung|Bereich|Referat|Dienst)(?:e?s)?"
)
_PART_OF_A_DEPARTMENT = re.compile(
    r"(?:\b(?P<fronted>Als)|\b(?:ist|sind|war)(?:\s+[a-zäöüß]+)?)\s+(?:(?:ein|eine)\s+)?(?:[a-zäöüß]\w*(?:e|er|es|en)\s+)?"
    rf"(?:Teil|Bestandteil)\s+(?:des|der)\s+{DEPARTMENT}(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:im|des|der|beim|bei\s+der|in\s+der)\s+"
    # or belonging to it, the verb anywhere before: "In X gehört die Stelle Y organisatorisch zur Abteilung Z im Amt W"
    rf"|(?P<belongs>\b(?:zum|zur))\s+{DEPARTMENT}(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:im|des|der|beim|bei\s+der|in\s+der)\s+"
)
_BELONGS = re.compile(r"\bgehör(?:t|te|en|ten)\b")


# "… befindet sich die Beratungsstelle X", "… arbeitet seit 2020 das Projekt X": the verb, adverbs, the subject's article
_SUBJECT_AFTER_THE_VERB = re.compile(
    r"\s+[a-zäöüß]+(?:\s+sich)?\s+(?:[a-zäöüß0-9.]+\s+){0,2}?(?:die|der|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?"
)


def part_of_a_bodys_department(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _PART_OF_A_DEPARTMENT.finditer(text, *sentence):
        body = next((m for m in ms if m.start == cue.end() and m.type in CARRIERS), None)
        if body is None or (cue.group("belongs") and not _BELONGS.search(text, sentence[0], cue.start())):
            continue
        # the subject: the name nearest before "ist", or after the fronted phrase the one right after the verb
        after = actors(ms, body.end, sentence[1])[:1]
        fronted = after and _SUBJECT_AFTER_THE_VERB.fullmatch(text, body.end, after[0].start)
        named = (
            (after if fronted else []) if cue.group("fronted") else actors(ms, sentence[0], cue.start())[-1:]
        )
        if named and named[0].type in COORDINATED:
            yield RelationFinding(named[0], "hostedBy", body)


# The carrier named first, its project in brackets after it, as a list of carriers gives them: "Verein Y e. V.
# (Teilprojekt „X“), Stiftung Z (Projekt: W)": X hostedBy Y.
_ITS_PROJECT_IN_BRACKETS = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:Teil|Modell)?[Pp]rojekte?[^\S\n]*:?[^\S\n]*[„\"»]?"
)


def project_in_the_carrier_s_brackets(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for body, project in itertools.pairwise(named):
        if (
            body.type in CARRIERS
            and project.type == "Subproject"
            and (opening := _ITS_PROJECT_IN_BRACKETS.match(text, body.end)) is not None
            and project.start <= opening.end() < project.end  # (the head may open the project's mention)
        ):
            yield RelationFinding(project, "hostedBy", body)
