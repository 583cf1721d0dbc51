"""The fields of a list's item parted by semicolons, as answers to parliamentary questions write them: the unit opens
the item, then "Träger: Y" (hostedBy Y) and "Standort: Z" or "Standorte: Z1 und Z2" (locatedIn each town), then
maybe the money ("b) Lotsenhaus Nord; Träger: Lernwerk e. V.; Standorte: Jena und Gera; 90.000 Euro")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..names.projects.name_parts import opens_an_item
from ..text.spans import Mention
from .actors import CARRIERS, RelationFinding

# What may open such an item: a project or the network's own coordination office ("a) Koordinierungsstelle; …").
_ITEM_UNITS = frozenset({"Subproject", "CoordinationOffice"})
# One field after a semicolon: its label, a colon, its value up to the next semicolon or the line's end.
_FIELD = re.compile(r";[^\S\n]*(?P<label>[A-ZÄÖÜ][\w-]*)[^\S\n]*:[^\S\n]*(?P<value>[^;\n]*)")
_CARRIER_LABEL = re.compile(r"(?:Projekt)?[Tt]räger(?:in)?")
_PLACE_LABEL = re.compile(r"Standorte?|Sitz|Ort|Orte|Einsatzorte?")
# The places of a field are coordinated: "Jena und Gera", "Jena, Gera sowie Weimar".
_PLACE_LINK = re.compile(r"[^\S\n]*(?:,|und|sowie)[^\S\n]*|[^\S\n]*,[^\S\n]*(?:und|sowie)[^\S\n]+")


def facts_of_item_fields(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    starts = {m.start: m for m in mentions}
    for unit in mentions:
        if unit.type not in _ITEM_UNITS or unit.generic or not text.startswith(";", unit.end):
            continue
        if not opens_an_item(text, unit.start):
            continue
        line_end = text.find("\n", unit.end)
        line_end = len(text) if line_end < 0 else line_end
        for field in _FIELD.finditer(text, unit.end, line_end):
            value_start = field.start("value")
            value_end = value_start + len(field.group("value").rstrip())
            if _CARRIER_LABEL.fullmatch(field.group("label")):
                body = starts.get(value_start)
                # the body fills the field ("Träger: Lernwerk e. V."), maybe a sentence's full stop after it
                if body is not None and body.type in CARRIERS and body.end in (value_end, value_end - 1):
                    yield RelationFinding(unit, "hostedBy", body)
            elif _PLACE_LABEL.fullmatch(field.group("label")):
                yield from (
                    RelationFinding(unit, "locatedIn", p) for p in _places_filling(text, starts, field)
                )


def _places_filling(text: str, starts: dict[int, Mention], field: re.Match[str]) -> list[Mention]:
    """The towns that fill a place's field, each after the last or a link; none where other words come between."""
    pos = field.start("value")
    end = pos + len(field.group("value").rstrip(" .,"))
    places: list[Mention] = []
    while pos < end:
        place = starts.get(pos)
        if place is None or place.type != "Place":
            return []
        places.append(place)
        link = _PLACE_LINK.match(text, place.end, end)
        if place.end == end:
            return places
        if link is None:
            return []
        pos = link.end()
    return places
