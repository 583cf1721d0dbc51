"""Where a body or project is, said beside its name rather than by a clause: a town's adjective before it ("die
Jenaer Beratungsstelle „X“"), or after it in apposition a town ("die Beispiel GmbH, Gera, und …"), its kind and
town ("X, ein Bildungsträger aus Z"), a participle of being settled ("X, ein in Z ansässiger Träger", "X, seit 1990
in Z ansässig, …"). Read with the other seats in seats.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text.spans import Mention
from .actors import RelationFinding
from .seat_places import REGIONAL_ADJECTIVE, SETTLED, SETTLED_AFTER, with_listed

__all__ = ["apposed_kinds", "apposed_participles", "apposed_settled", "apposed_towns", "town_adjective_seats"]


# A town's adjective right before a body's or project's name, or before its head noun: "die Jenaer Beratungsstelle
# „X“", "die Kasseler Musterhilfe gGmbH". A Land's adjective says no seat ("das Thüringer Projekt X" works in the
# Land), except a city state's, which is a town too.
_ADJECTIVE_TO_NAME = re.compile(r"\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def town_adjective_seats(
    text: str, seated: list[Mention], places: list[Mention]
) -> Iterator[RelationFinding]:
    for place in places:
        if not _is_town_adjective(place):
            continue
        unit = next((m for m in seated if m.start > place.end and m.type != "Place"), None)
        if unit is not None and _ADJECTIVE_TO_NAME.fullmatch(text, place.end, unit.start):
            yield RelationFinding(unit, "locatedIn", place)


def _is_town_adjective(place: Mention) -> bool:
    """ "Jenaer", "Kasseler", "Berliner": a town named by its adjective (not a Land's: "Thüringer")."""
    adjective = place.surface != place.label and place.surface.endswith("er")
    return adjective and (place.label not in lexicon.LAENDER or place.label in lexicon.CITY_STATES)


# A town in apposition right after a body's name, closed by a comma or bracket: "(Stiftung X, Jena)", "die Beispiel
# GmbH, Gera, und der Verein Y"; not the first of a list of towns ("die Stiftung X, Jena, Gera und Suhl").
_APPOSED = re.compile(r"[“”\"«»]?\s*,[ \xa0]*")
_APPOSITION_CLOSED = re.compile(
    r"[ \xa0]*(?:\)|;|\n|$|\.(?:\s|$)|,(?![ \xa0]*(?:[A-ZÄÖÜ][\w-]*[ \xa0]*(?:,|und\b|sowie\b|\))|(?:und|sowie)[ \xa0]+[A-ZÄÖÜ])))"
)


def apposed_towns(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    for unit in (m for m in seated if m.type != "Place"):
        place = next((p for p in places if p.start > unit.end), None)
        if place is None or not _APPOSED.fullmatch(text, unit.end, place.start):
            continue
        if _APPOSITION_CLOSED.match(text, place.end):
            yield RelationFinding(unit, "locatedIn", place)


# An apposition naming the body's kind and its town: "die Beispiel GmbH, ein ambulanter Dienst aus Z", "bei der
# Musterpflege gGmbH, einem Familienbetrieb in Z", "der Verein X, eine Initiative aus dem nordhessischen Z", "die
# Lernweg GmbH – ein Bildungsträger aus Z –".
_A_KIND = r"(?:ein|eine|einem|einer|eines|einen)\s+(?:[a-zäöü][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*\s+"
# ... or the predicate: "Die Beispiel GmbH ist ein Bildungsträger aus Z" ("in" there may say where it works).
_KIND_APPOSITION = re.compile(
    rf"[“”\"«»]?\s*(?:,|\s[–-])\s+{_A_KIND}(?:aus|in|mit\s+Sitz\s+in|{REGIONAL_ADJECTIVE})\s*"
    rf"|[“”\"«»]?\s+(?:ist|war)\s+{_A_KIND}(?:aus|mit\s+Sitz\s+in|{REGIONAL_ADJECTIVE})\s*"
)
_KIND_APPOSITION_REACH = (
    80  # characters from the name to its town: the article, two adjectives, a long kind noun
)


def apposed_kinds(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    for unit in (m for m in seated if m.type != "Place"):
        place = next((p for p in places if p.start > unit.end), None)
        if place is None or place.start - unit.end > _KIND_APPOSITION_REACH:
            continue
        if _KIND_APPOSITION.fullmatch(text, unit.end, place.start):
            yield from (
                RelationFinding(unit, "locatedIn", other) for other in with_listed(text, place, places)
            )


# An apposition whose participle of being settled places the body: "die Beispiel GmbH, ein in Z ansässiger
# Bildungsträger, …", "der Verein X, eine seit 2010 in Z beheimatete Initiative".
_PARTICIPLE_APPOSITION = re.compile(
    r"[“”\"«»]?\s*(?:,|\s[–-])\s+(?:ein|eine|einem|einer|eines|einen)\s+(?:seit\s+\S+\s+)?in\s+"
)
_SETTLED_PARTICIPLE = re.compile(rf"\s+{SETTLED}(?:e|en|er|es|em)?\s+(?:[a-zäöü][\w-]*\s+)?[A-ZÄÖÜ]")


def apposed_participles(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    for unit in (m for m in seated if m.type != "Place"):
        place = next((p for p in places if p.start > unit.end), None)
        if place is None or place.start - unit.end > _KIND_APPOSITION_REACH:
            continue
        if _PARTICIPLE_APPOSITION.fullmatch(text, unit.end, place.start) and _SETTLED_PARTICIPLE.match(
            text, place.end
        ):
            yield RelationFinding(unit, "locatedIn", place)


# A participle phrase of being settled in apposition, closed by a comma or dash: "die Beispiel GmbH, seit 1990 in Z
# ansässig, bietet …", "der Verein X – in Z beheimatet – lädt …".
_SETTLED_APPOSITION = re.compile(r"[“”\"«»]?\s*(?:,|\s[–-])\s+(?:seit\s+\S+\s+)?in\s+")
_APPOSITION_CLOSING = re.compile(r"\s*(?:,|\s[–-]|\))")


def apposed_settled(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    for unit in (m for m in seated if m.type != "Place"):
        place = next((p for p in places if p.start > unit.end), None)
        if place is None or not _SETTLED_APPOSITION.fullmatch(text, unit.end, place.start):
            continue
        listed = with_listed(text, place, places)
        settled = SETTLED_AFTER.match(text, listed[-1].end)
        if settled is not None and _APPOSITION_CLOSING.match(text, settled.end()):
            yield from (RelationFinding(unit, "locatedIn", other) for other in listed)
