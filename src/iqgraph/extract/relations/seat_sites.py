"""Seats said in clauses the readers of seats.py do not cover:

fronted participle  "Untergebracht ist die Beratungsstelle X in einem Büro in der Musterstraße 5 in Z",
                    "Ansässig ist der Verein Y seit 2010 in Z", "Ihr Büro hat die Stelle X in der Musterstraße 5 in Z"
moved               "Der Verein Y ist nach Z umgezogen", "Die Stelle X zieht im Mai in neue Räume in der Musterstraße 5
                    in Z"
counted sites       "Der Verein Y betreibt das Projekt X an zwei Standorten, in Z1 und in Z2" (the project's)
own sites           "Die Stiftung Y setzt das Projekt an ihrem Standort Z um" (the possessor's, the subject)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..text.spans import Mention
from .actors import RelationFinding
from .seat_places import with_listed

_PROJECTS = frozenset({"Subproject", "CoordinationOffice"})

# A participle of being settled opening the sentence, the subject after the verb: "Untergebracht ist die Stelle X …"
_FRONTED_SETTLED = re.compile(
    r"\s*(?:Untergebracht|Angesiedelt|Ansässig|Beheimatet|Zu\s+Hause|Zuhause)\s+(?:ist|sind|war|waren)\s+"
    r"(?:(?:der|die|das)\s+)?"
)
# ... or the seat noun with its possessive, the verb "hat" and the subject after: "Ihr Büro hat die Stelle X in der
# Musterstraße 5 in Z", "Seinen Sitz hat der Verein Y seit 2010 in Z"
_FRONTED_SEAT_NOUN = re.compile(
    r"\s*(?:Ihr|Sein|Ihren|Seinen|Ihre|Seine)\s+(?:Haupt)?(?:Sitz|Büro|Büros|Standort|Räume|Geschäftsstelle|Domizil)\s+"
    r"(?:hat|hatte|haben|hatten)\s+(?:(?:seit|ab)\s+\S+\s+)?(?:der|die|das)\s+"
)
_HEAD_WORDS = re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[„\"»]?")  # "die Beratungsstelle „", "der Verein "
# From the subject to its place: a time, a room in a house ("in einem Büro", "in den Räumen der …"), a street and its
# number, then "in"/"im" right before the place.
_ROOM = r"(?:in\s+(?:einem|einer|einen|zwei|drei)\s+[A-ZÄÖÜ][\w-]*\s+)"
_STREET = r"(?:(?:in\s+der|im|am)\s+[A-ZÄÖÜ][\w.-]*(?:\s+\d+\s?[a-z]?)?\s+)"
_TO_THE_FRONTED_PLACE = re.compile(
    rf"[“”\"«]?\s+(?:(?:seit|ab|bis)\s+\S+\s+)?(?:(?:auch|nun|jetzt|weiterhin)\s+)?{_ROOM}?{_STREET}?(?:in|im)\s+"
)

# Sites counted, then where they are: "an zwei Standorten, in Z1 und in Z2", "an drei Standorten: Z1, Z2 und Z3".
_COUNTED_SITES = re.compile(
    r"\ban\s+(?:zwei|drei|vier|fünf|sechs|mehreren)\s+Standorten\b(?P<verb>\s+[a-zäöüß]+)?\s*[,:–-]?\s*"
    r"(?:(?:nämlich|und\s+zwar)\s+)?(?:in\s+|im\s+)?"
)
_COUNTED_REACH = 80  # characters back from the sites to the project's name or its pronoun
_PRONOUN_OBJECT = re.compile(r"\b(?:sie|es|ihn)\b")

# Sites of the subject's own, by a possessive: "an ihrem Standort Z", "an seinen Standorten Z1 und Z2".
_OWN_SITES = re.compile(r"\ban\s+(?:ihrem|seinem|ihren|seinen)\s+(?:\w+\s+)?Standort(?:en)?\s+")
_BODIES = frozenset({"Organisation", "Agency"})


def fronted_seats(
    text: str, sentence: tuple[int, int], seated: list[Mention], places: list[Mention]
) -> Iterator[RelationFinding]:
    """ "Untergebracht ist die Stelle X in einem Büro in der Musterstraße 5 in Z": the subject after the fronted
    participle is placed in the place its clause names."""
    opening = _FRONTED_SETTLED.match(text, sentence[0]) or _FRONTED_SEAT_NOUN.match(text, sentence[0])
    subject = next(
        (m for m in seated if opening is not None and _HEAD_WORDS.fullmatch(text, opening.end(), m.start)),
        None,
    )
    if subject is None:
        return
    place = next((p for p in places if p.start > subject.end), None)
    if place is not None and _TO_THE_FRONTED_PLACE.fullmatch(text, subject.end, place.start):
        yield from (
            RelationFinding(subject, "locatedIn", other) for other in with_listed(text, place, places)
        )


def counted_sites(
    text: str,
    sentence: tuple[int, int],
    seated: list[Mention],
    places: list[Mention],
    project: Mention | None,
) -> Iterator[RelationFinding]:
    """ "… betreibt das Projekt X an zwei Standorten, in Z1 und in Z2": every town is a site of the project named
    before the sites, or (a pronoun its object: "das sie an zwei Standorten betrieb") of the project spoken of."""
    for cue in _COUNTED_SITES.finditer(text, *sentence):
        first = next((p for p in places if p.start == cue.end()), None)
        if first is None:
            continue
        before = max(sentence[0], cue.start() - _COUNTED_REACH)
        named = [m for m in seated if before <= m.start and m.end <= cue.start() and m.type in _PROJECTS]
        unit = named[-1] if named else None
        if unit is None and _PRONOUN_OBJECT.search(text, before, cue.start()):
            unit = project
        if unit is not None:
            yield from (RelationFinding(unit, "locatedIn", p) for p in with_listed(text, first, places))


def own_sites(
    text: str,
    sentence: tuple[int, int],
    seated: list[Mention],
    places: list[Mention],
    stand_in: Mention | None,
) -> Iterator[RelationFinding]:
    """ "Die Hochschule X setzt das Projekt an ihrem Standort Z um": the body the sentence names first (or its
    kind noun opening it stands for) has its site in Z."""
    for cue in _OWN_SITES.finditer(text, *sentence):
        first = next((p for p in places if p.start == cue.end()), None)
        if first is None:
            continue
        bodies = [m for m in seated if sentence[0] <= m.start and m.end <= cue.start() and m.type in _BODIES]
        owner = bodies[0] if bodies else stand_in
        if owner is not None:
            yield from (RelationFinding(owner, "locatedIn", p) for p in with_listed(text, first, places))


# A move to the place: "Der Verein Y ist im Mai nach Z umgezogen", "Die Stelle X zieht in neue Räume in der Musterstraße 5
# in Z", "Das Projekt X zog 2030 nach Z um"; the subject opens the sentence.
_SUBJECT_OPENING = re.compile(r"\s*(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[„\"»]?")
_NEW_ROOMS = r"(?:neue|größere|eigene)\s+(?:Räume|Räumlichkeiten|Büros?|Geschäftsräume)\s+"
# ... from the old seat, which it left: "Der Verein Y ist 2030 von Z1 nach Z2 umgezogen" (Z2 only).
_MOVED_FROM = r"(?:(?:von|aus)\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,2})"
_MOVED_TO = re.compile(
    r"[“”\"«]?\s+(?:(?P<perfect>ist|sind|war|waren)|zieht|ziehen|zog|zogen)\s+(?:(?:seit|ab|im|am|zum|Anfang|Ende)\s+"
    rf"[\w.]+\s+(?:\d{{4}}\s+)?|nun\s+|jetzt\s+|\d{{4}}\s+)?{_MOVED_FROM}?(?:nach|in\s+{_NEW_ROOMS}{_STREET}?in)\s+"
)
_OLD_SEAT = re.compile(r"\s+nach\s")
_MOVED_CLOSE = re.compile(r"\s+(?:um)?gezogen\b")
_MOVING_CLOSE = re.compile(r"(?:\s+um)?\s*(?:[.,;!]|$)")
_MOVERS = frozenset({"Organisation", "Subproject", "CoordinationOffice"})


def moved_seats(
    text: str, sentence: tuple[int, int], seated: list[Mention], places: list[Mention]
) -> Iterator[RelationFinding]:
    subject = next((m for m in seated if m.start >= sentence[0] and m.type in _MOVERS), None)
    if subject is None or not _SUBJECT_OPENING.fullmatch(text, sentence[0], subject.start):
        return
    # the first place not the old seat ("von Z1 nach …")
    place = next((p for p in places if p.start > subject.end and not _OLD_SEAT.match(text, p.end)), None)
    moved = _MOVED_TO.fullmatch(text, subject.end, place.start) if place is not None else None
    if place is None or moved is None:
        return
    listed = with_listed(text, place, places)
    close = _MOVED_CLOSE if moved.group("perfect") else _MOVING_CLOSE
    if close.match(text, listed[-1].end):
        yield from (RelationFinding(subject, "locatedIn", other) for other in listed)
