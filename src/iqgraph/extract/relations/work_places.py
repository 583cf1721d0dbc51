"""Where a project works, as a sentence tells its work there (the project is located in those places):

    verb of work    "Das Projekt X des Vereins Y berät in Z1 und Z2", "Es begleitet Zugewanderte in Z" (a pronoun
                    going on with the project the sentence before opened with), "Die Beratungsstelle berät seit 2029
                    in Z" (its kind noun, the project spoken of last in the paragraph)
    fronted places  "In Z1 und Z2 berät das Projekt X …", "In Z hat der Verein Y seinen Sitz" (the subject after the verb)
    its services    "Die Kurse finden in Z statt", "Die Sprechstunden des Projekts finden in Z1 und Z2 statt" (the
                    project spoken of last in the paragraph)
    its sites       "Standorte sind Z1 und Z2", "Beratungsorte: Z1, Z2", "Beraten wird in Z" (the same project)
    where clause    "… in Z1 und Z2, wo das Projekt X Pflegekräfte begleitet" (the project the clause opens with)

A body at work in a town ("Die Stiftung berät in Z") may have its seat elsewhere: only projects and offices are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..lexicon.projects import PROJECT_STAND_INS
from ..text.spans import Mention
from .actors import COORDINATION_LINK, RelationFinding
from .seat_places import is_venue, places_listed_after

_PROJECTS = frozenset({"Subproject", "CoordinationOffice"})
# A verb of a project's work, then up to three words (its object, an adverb) and "in" before the place: "berät in",
# "begleitet Pflegekräfte in", "vermittelt seit 2020 in".
_WORK_VERB_BEFORE = re.compile(
    r"\b(?:berät|beraten|beriet|berieten|begleitet|begleiten|begleitete|begleiteten|vermittelt|vermitteln"
    r"|vermittelte|vermittelten|qualifiziert|qualifizieren|qualifizierte|qualifizierten|schult|schulte"
    r"|arbeitet|arbeitete|bietet|bieten|bot|boten|unterstützt|unterstützte|betreut|betreute|informiert|informierte"
    # a project opening or starting in a town is there: "startet am 1. März in Z", "öffnet in Z ihre Türen"
    r"|startet|startete|starten|starteten|öffnet|öffnete|eröffnet|eröffnete)\s+(?P<between>(?:[\w.-]+\s+){0,3}?)"
    # ... a region with its article: "berät in der Pfalz", "bietet Beratung im Allgäu an"
    r"(?:in\s+(?:ganz\s+)?|(?P<article>im|in\s+der)\s+(?:ganze[nr]?\s+)?)$"
)
_SEATED_OBJECT = re.compile(rf"\b(?:{'|'.join(lexicon.SEATED_OBJECT_NOUNS)})\b")
_WORK_REACH = 60  # characters before a place for its verb, three words and "in"
# The project's name opening the sentence as its subject, with a genitive of its carrier at most before the verb.
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?(?:[A-ZÄÖÜ][\w-]*[\s-]+){0,2}[„\"»]?")
_TO_THE_VERB = re.compile(r"[“”\"«]?(?:\s+(?:des|der|vom|von\s+der)\s+[^,;:!?\n]{1,60}?)?\s+$")
_PRONOUN_OPENING = re.compile(r"\s*(?:Es|Er|Sie)\s+$")
# The project's kind noun as the subject, no name after it: "Die Beratungsstelle berät in …", "Das Projekt begleitet …".
_STAND_IN_OPENING = re.compile(
    rf"\s*(?:Die|Das|Der|Diese|Dieses|Dieser)\s+(?P<kind>{'|'.join(sorted(PROJECT_STAND_INS))})\s+$"
)
# A project's services held in a place: "Die Kurse finden in Z statt", "Die Beratung des Projekts findet in Z statt".
_SERVICES_HELD = re.compile(
    r"\s*(?:Die|Alle|Unsere|Seine|Ihre)\s+(?:[a-zäöü]+\s+)?(?:[A-ZÄÖÜ][\w-]*?)?"  # "Sprachkurse", "Online-Seminare"
    r"(?i:kurse|beratungen|beratung|sprechstunden|sprechzeiten|workshops|seminare|schulungen|lehrgänge|coachings)"
    r"(?:\s+(?:des|dieses)\s+Projekts)?\s+(?:finden|findet|fanden|fand)\s+(?:[\w-]+\s+){0,2}?in\s+$"
)
_HELD_CLOSE = re.compile(r"\s+statt\b")
# ... the project named in the subject: "Die Beratung im Projekt „X“ findet in Z1 und Z2 statt", "Die Sprechstunden der
# Beratungsstelle X finden in Z statt"
_SERVICES_OF = re.compile(
    r"\s*(?:Die|Alle)\s+(?:[a-zäöü]+\s+)?(?:[A-ZÄÖÜ][\w-]*?)?"
    r"(?i:kurse|beratungen|beratung|sprechstunden|sprechzeiten|workshops|seminare|schulungen|lehrgänge|coachings)"
    r"\s+(?:des|der|im|in\s+der|beim|bei\s+der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)
_SERVICES_HELD_AFTER = re.compile(r"[“”\"«]?\s+(?:finden|findet|fanden|fand)\s+(?:[\w-]+\s+){0,2}?in\s+")
# The sites of the project spoken of, named as the sentence's subject or a field: "Standorte sind Z1 und Z2",
# "Beratungsorte: Z1, Z2", "Beraten wird in Z1 und Z2".
_SITES_NAMED = re.compile(
    r"\s*(?:(?:Die\s+)?(?:Standorte?|Beratungsorte?|Einsatzorte?)\s*(?::|sind|ist|waren|war)"
    r"|(?:Beraten|Gearbeitet|Qualifiziert)\s+wird\s+(?:[\w-]+\s+){0,2}?in)\s+(?:ganz\s+)?"
)
# The places fronted, the verb second and the unit its subject right after: "In Kassel berät das Projekt X …", "Vor
# Ort in Z1 und Z2 begleitet die Beratungsstelle Y …", "In Kassel hat der Verein Z seinen Sitz".
_FRONTED_PLACE = re.compile(r"\s*(?:Vor\s+Ort\s+(?:in|im)|In\s+der|In|Im)\s+(?:ganz\s+|ganzen?\s+)?$")
# When, between the verb and the subject: "seit 2030", "am kommenden Montag", "ab sofort", "nun".
_WHEN = r"(?:(?:seit|ab|im|am|zum|bis)(?:\s+[\w.]+){1,3}?|heute|nun|jetzt|künftig|wieder|erstmals)"
# ... or opens, starts or is there: "In Z öffnet die Beratungsstelle X", "In Z startet im Mai das Projekt X", "In Z gibt
# es seit 2030 die Servicestelle X", "In Z hat die Beratungsstelle X ihre Arbeit aufgenommen".
_VERB_THEN_SUBJECT = re.compile(
    r"\s+(?P<verb>berät|beraten|beriet|berieten|begleitet|begleiten|begleitete|begleiteten|vermittelt|vermittelte"
    r"|qualifiziert|qualifizierte|arbeitet|arbeitete|bietet|bot|öffnet|öffnete|eröffnet|eröffnete|startet|startete"
    r"|unterstützt|unterstützte|betreut|betreute|informiert|informierte"
    rf"|nimmt|nahm|gibt\s+es|gab\s+es|(?P<has>hat|hatte))\s+(?:{_WHEN}\s+)?"
    r"(?:der|die|das|den)\s+(?P<head>)(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)
_ITS_SEAT_AFTER = re.compile(
    r"[“”\"«»]?\s+(?:seit\s+\S+\s+)?(?:seinen|ihren)\s+(?:Sitz|Hauptsitz|Standort|Büro|Geschäftsstelle)\b"
)
# ... "hat" with the project's start: "In Z hat die Beratungsstelle X ihre Arbeit aufgenommen / ihre Türen geöffnet".
_ITS_START_AFTER = re.compile(
    r"[“”\"«»]?\s+(?:seine|ihre)\s+(?:Arbeit\s+aufgenommen|Türen\s+geöffnet|Tore\s+geöffnet)\b"
)
_SEATED = frozenset({"Organisation", "Agency"}) | _PROJECTS
# Being there, the place after the verb: "Seit Januar gibt es in Z die Beratungsstelle X", "Es gibt nun in Z1 und Z2
# das Projekt Y" (the places fronted are read by _VERB_THEN_SUBJECT).
_THERE_IS_IN = re.compile(
    rf"\s*(?:(?:{_WHEN}|[A-ZÄÖÜ][\w.]*(?:\s+[\w.]+){{0,2}}?)\s+(?:gibt|gab)\s+es|Es\s+(?:gibt|gab))\s+"
    rf"(?:(?:{_WHEN}|auch|bereits|schon)\s+){{0,2}}(?:in|im)\s+(?:ganz\s+)?"
)
_WHAT_THERE_IS = re.compile(
    rf"\s+(?:(?:{_WHEN}|auch|bereits|schon)\s+)?(?:der|die|das|den)\s+(?P<head>)(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)


def find_work_places(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None, project: Mention | None
) -> Iterator[RelationFinding]:
    """`ms`: the sentence's mentions; `topic`: what a pronoun subject goes on with; `project`: the project
    spoken of last before the sentence."""
    places = [m for m in ms if m.type == "Place"]
    for place in places:
        start = max(sentence[0], place.start - _WORK_REACH)
        verb = _WORK_VERB_BEFORE.search(text, start, place.start)
        if verb and _SEATED_OBJECT.search(verb.group("between")):
            verb = None  # "berät Betriebe in Z": the place is the firms'
        if verb and verb.group("article") and is_venue(place):
            verb = None  # "berät im Rathaus": a building the work is done in, not the area
        unit = _worker(text, sentence, ms, verb.start(), topic, project) if verb else None
        if unit is None and _SERVICES_HELD.fullmatch(text, sentence[0], place.start):
            unit = _in_the_paragraph(text, sentence, project)
            listed = _listed(text, place, places)
            unit = unit if _HELD_CLOSE.match(text, listed[-1].end) else None
        if unit is None:
            unit = _project_of_the_services(text, sentence, ms, place, places)
        if unit is None and _SITES_NAMED.fullmatch(text, sentence[0], place.start):
            unit = _in_the_paragraph(text, sentence, project)
        if unit is None:
            unit = _project_where(text, ms, _listed(text, place, places)[-1])
        if unit is None and _FRONTED_PLACE.fullmatch(text, sentence[0], place.start):
            unit = _subject_after_the_places(text, ms, _listed(text, place, places)[-1])
        if unit is None and _THERE_IS_IN.fullmatch(text, sentence[0], place.start):
            unit = _what_there_is(text, ms, _listed(text, place, places)[-1])
        if unit is not None:
            yield from (RelationFinding(unit, "locatedIn", p) for p in _listed(text, place, places))
            return


# A relative clause of place after the places, its subject a project: "… Husum und Bredstedt, wo das Projekt X berät".
_WHERE_THE_SUBJECT = re.compile(
    r"\s*,\s+wo\s+(?:seit\s+\S+\s+)?(?:der|die|das)\s+(?P<head>)(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)


def _project_of_the_services(
    text: str, sentence: tuple[int, int], ms: list[Mention], place: Mention, places: list[Mention]
) -> Mention | None:
    """ "Die Beratung im Projekt „X“ findet in Z statt": the project the subject names holds its services there."""
    unit = next((m for m in ms if m.type in _PROJECTS and not m.generic and m.start >= sentence[0]), None)
    if unit is None or unit.end > place.start or not _SERVICES_OF.fullmatch(text, sentence[0], unit.start):
        return None
    if not _SERVICES_HELD_AFTER.fullmatch(text, unit.end, place.start):
        return None
    return unit if _HELD_CLOSE.match(text, _listed(text, place, places)[-1].end) else None


def _project_where(text: str, ms: list[Mention], last: Mention) -> Mention | None:
    where = _WHERE_THE_SUBJECT.match(text, last.end)
    starts = (where.start("head"), where.end()) if where is not None else ()
    unit = next((m for m in ms if m.start in starts), None)
    return unit if unit is not None and unit.type in _PROJECTS and not unit.generic else None


def _subject_after_the_places(text: str, ms: list[Mention], last: Mention) -> Mention | None:
    """ "In Z1 und Z2 berät das Projekt X …": the project right after the verb; "In Z hat der Verein Y seinen Sitz":
    the body or project whose seat the clause names."""
    verb = _VERB_THEN_SUBJECT.match(text, last.end)
    starts = (verb.start("head"), verb.end()) if verb is not None else ()  # with its kind noun or after it
    unit = next((m for m in ms if m.start in starts), None)
    if verb is None or unit is None or unit.generic:
        return None
    if verb.group("has"):
        if _ITS_START_AFTER.match(text, unit.end):
            return unit if unit.type in _PROJECTS else None
        return unit if unit.type in _SEATED and _ITS_SEAT_AFTER.match(text, unit.end) else None
    return unit if unit.type in _PROJECTS else None


def _what_there_is(text: str, ms: list[Mention], last: Mention) -> Mention | None:
    """ "Seit Januar gibt es in Z die Beratungsstelle X": the unit right after the places (with its kind noun or after
    it) is there."""
    there = _WHAT_THERE_IS.match(text, last.end)
    starts = (there.start("head"), there.end()) if there is not None else ()
    unit = next((m for m in ms if m.start in starts), None)
    return unit if unit is not None and unit.type in _SEATED and not unit.generic else None


def _worker(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    verb: int,
    topic: Mention | None,
    project: Mention | None,
) -> Mention | None:
    """The project whose work the verb tells: named opening the sentence, the topic a pronoun opening it stands for,
    or the project spoken of last in the paragraph where its kind noun opens it ("Die Beratungsstelle berät …")."""
    if _PRONOUN_OPENING.fullmatch(text, sentence[0], verb):
        return topic if topic is not None and topic.type in _PROJECTS else None
    stand_in = _STAND_IN_OPENING.fullmatch(text, sentence[0], verb)
    if stand_in is not None:
        # the noun names the project's kind ("die Beratungsstelle X"), or it is the paragraph's project
        if project is not None and stand_in.group("kind") in project.surface and project.type in _PROJECTS:
            return project
        return _in_the_paragraph(text, sentence, project)
    first = next(
        (m for m in ms if m.start >= sentence[0] and not _programme_word_of_a_unit(text, m, ms)), None
    )
    if first is None or first.type not in _PROJECTS or first.generic or first.end > verb:
        return None
    opens = _SUBJECT_OPENING.fullmatch(text, sentence[0], first.start)
    return first if opens and _TO_THE_VERB.fullmatch(text, first.end, verb) else None


def _programme_word_of_a_unit(text: str, m: Mention, ms: list[Mention]) -> bool:
    """ "Die IQ Qualifizierungsberatung berät …": "IQ" names the programme, the unit after it is the subject."""
    return m.type == "Programme" and any(
        u.type in _PROJECTS and u.start - m.end == 1 and text[m.end] in " -" for u in ms
    )


def _in_the_paragraph(text: str, sentence: tuple[int, int], project: Mention | None) -> Mention | None:
    if project is None or project.type not in _PROJECTS or "\n\n" in text[project.end : sentence[0]]:
        return None
    return project


def _listed(text: str, first: Mention, places: list[Mention]) -> list[Mention]:
    """`first` and the places coordinated after it: "in Gera, Jena und Suhl"."""
    found = [first]
    for place in (p for p in places if p.start > first.start):
        # "in Gera, Jena und Suhl", "in der Eifel und im Hunsrück" (the preposition again)
        if not COORDINATION_LINK.match(text[found[-1].end : place.start]) and not places_listed_after(
            text, found[-1], [place]
        ):
            break
        found.append(place)
    return found
