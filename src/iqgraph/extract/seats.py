"""Where an organisation or a project is, as a sentence states it:

    attribute     "die Y gGmbH mit Sitz in Z", "der Verein Y aus Z", "die Beratungsstelle „Y“ in Z",
                  "Y an den Standorten Z1 und Z2" (every town of the list)
    predicate     "Y hat ihren Sitz in Z", "Y ist in Z ansässig", "Y befindet sich in Z"

A network is not read here: the Land it is located in is reference data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .relation_actors import COORDINATION_LINK, RelationFinding
from .spans import Mention

# What may be located: bodies and the projects and offices they run (not the generic "das Projekt").
_SEATED = frozenset({"Organisation", "Agency", "Subproject", "CoordinationOffice"})

# Between a name and its place: "mit Sitz in", "aus", "in", "am Standort"; a quoted name's closing mark first.
_SEAT = re.compile(
    r"^[“”\"«»]?\s*,?\s*(?:mit\s+(?:Sitz|Hauptsitz|Standort|Standorten)\s+in|am\s+Standort|an\s+den\s+Standorten"
    r"|ansässig\s+in|aus|in(?:\s+ganz)?)\s+$"
)
_SEAT_REACH = 24  # characters between a name and its place: the longest cue above, with a comma and spaces
# A name that holds a place of its own ("Beratung in der Erstaufnahme"): a place after it belongs to that one.
# A quoted name ("„Ankommen im Beruf“") is a title, no place.
_PLACE_IN_NAME = re.compile(r"\s(?:in\s+(?:der|dem|den)|im)\s+[A-ZÄÖÜ]")
_QUOTED = re.compile(r"[„“\"»][^„“”\"»«]*[“”\"«]")

# A clause that places its subject: "hat seinen Sitz in", "hat ihr Büro in der Musterstraße 5 in", "ist in …
# ansässig", "befindet sich in".
_STREET_BEFORE_TOWN = r"(?:in\s+der|im|am)\s+[A-ZÄÖÜ][\w.-]*(?:\s+\d+\s?[a-z]?)?\s+in\s+"
_SEAT_PREDICATE = re.compile(
    r"\b(?:hat|haben|hatte|hatten)\s+(?:[^;:]{1,60}?\s+)?(?P<seat>(?:sein|ihr)(?:e|en)?\s+"
    rf"(?:Sitz|Hauptsitz|Standort|Büro|Büros|Räume|Geschäftsstelle|Domizil)\s+(?:in\s+|{_STREET_BEFORE_TOWN}))$"
    rf"|\b(?:befindet|befinden|befand|befanden)\s+sich\s+(?:seit\s+\S+\s+)?(?:in\s+|{_STREET_BEFORE_TOWN})$"
    r"|\b(?:ist|sind|war|waren)\s+(?:seit\s+\S+\s+)?in\s+$"
)
_SETTLED_AFTER = re.compile(r"\s+(?:ansässig|beheimatet|zu\s+Hause|zuhause)\b")  # after "ist in Z"
_BARE_IS = re.compile(r"\b(?:ist|sind|war|waren)\s+(?:seit\s+\S+\s+)?in\s+$")
_CLAUSE_REACH = 100  # characters from the subject's name to the place its clause gives


def find_seats(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """`ms`: the mentions of the sentence."""
    places = [m for m in ms if m.type == "Place"]
    if not places:
        return
    venues = [m for m in places if m.label not in lexicon.CITIES and m.label not in lexicon.LAENDER]
    seated = [m for m in ms if m.type in _SEATED and not m.generic] + venues
    for unit in (m for m in seated if not _PLACE_IN_NAME.search(_QUOTED.sub("", m.surface))):
        yield from _attribute_seats(text, unit, places, venues)
    yield from _predicate_seats(text, sentence[0], ms, places)


def _attribute_seats(
    text: str, unit: Mention, places: list[Mention], venues: list[Mention]
) -> Iterator[RelationFinding]:
    """ "die Y gGmbH aus Z", "Musterhalle Musterstadt" (a venue and its town), "an den Standorten Z1 und Z2"."""
    for i, place in enumerate(places):
        gap = text[unit.end : place.start]
        if 0 < len(gap) <= _SEAT_REACH and (_SEAT.match(gap) or (unit in venues and gap == " ")):
            for other in [place, *_listed_after(text, place, places[i + 1 :])]:
                yield RelationFinding(unit, "locatedIn", other)


def _listed_after(text: str, first: Mention, places: list[Mention]) -> list[Mention]:
    """The places coordinated with `first`: "in Kiel, Lübeck und Flensburg"."""
    found = [first]
    for place in places:
        if not COORDINATION_LINK.match(text[found[-1].end : place.start]):
            break
        found.append(place)
    return found[1:]


def _predicate_seats(
    text: str, sentence_start: int, ms: list[Mention], places: list[Mention]
) -> Iterator[RelationFinding]:
    """ "Die Y gGmbH hat ihren Sitz in Z", "Der Verein ist seit 2010 in Z ansässig", "Seit 2019 hat die Y gGmbH
    ihren Sitz in Z": the named subject of the clause, the first body the sentence names before the seat noun
    (or the verb)."""
    for place in places:
        cue = _SEAT_PREDICATE.search(text, max(sentence_start, place.start - _CLAUSE_REACH), place.start)
        if cue is None or (_BARE_IS.match(cue.group()) and not _SETTLED_AFTER.match(text, place.end)):
            continue
        before = cue.start("seat") if cue.group("seat") else cue.start()
        subjects = [m for m in ms if m.end <= before and m.type in _SEATED and not m.generic]
        if subjects and before - subjects[0].end <= _CLAUSE_REACH:
            yield RelationFinding(subjects[0], "locatedIn", place)
