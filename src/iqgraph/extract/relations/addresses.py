"""A body's address on a line of its own, as a contact block or a footer writes it: "Stiftung X, Lindenallee 7, 07545
Musterstadt", "Kontakt: Verein Y e. V., Am Markt 4, Musterstadt". The town of the address is the
body's seat. Only a street with its house number, or a postcode, makes the line an address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..text.spans import Mention
from .actors import RelationFinding

# A street and its house number: "Lindenallee 7", "Hauptstr. 3a", "Am Markt 4", "An der Mühle 12".
_STREET = (
    r"(?:\b[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|weg|allee|platz|ring|gasse|damm|ufer|chaussee|markt)"
    r"|\b(?:Am|An\s+der|Im|Auf\s+dem|Zum|Zur)\s+[A-ZÄÖÜ][\w-]*)[ \t]+\d{1,4}[ \t]?[a-z]?(?![\w.])"
)
_ADDRESSED = frozenset({"Organisation", "Agency", "Subproject", "CoordinationOffice"})
# The street and number, or a postcode, right before the town: "Lindenallee 7, ", "07545 ", "Am Markt 4, 07545 ".
_ADDRESS_BEFORE_TOWN = re.compile(rf"(?:{_STREET}[ \t]*,[ \t]*(?:\d{{5}}[ \t]+)?|(?<![\w.])\d{{5}}[ \t]+)$")
_ADDRESS_REACH = 60  # characters before a town for the street, its number and the postcode
# What may open the line before the body: a bullet, a field word ("Kontakt:", "Anschrift:").
_HEAD_WORD = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][\w-]*[ \t]+)?"
)  # "Verein Lernwerk e. V.": a kind noun before the name
_LINE_OPENING = re.compile(r"[ \t•*·–-]*(?:(?:Kontakt|Anschrift|Adresse|Post(?:anschrift)?)[ \t]*:[ \t]*)?")


def address_seats(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """`ms`: the sentence's mentions; the body opening the line whose address names a town is located there."""
    for town in (m for m in ms if m.type == "Place"):
        if not _ADDRESS_BEFORE_TOWN.search(text, max(0, town.start - _ADDRESS_REACH), town.start):
            continue
        line_start = text.rfind("\n", 0, town.start) + 1
        body = _opening_the_line(text, line_start, [m for m in ms if line_start <= m.start < town.start])
        if body is not None:
            yield RelationFinding(body, "locatedIn", town)


def _opening_the_line(text: str, line_start: int, on_the_line: list[Mention]) -> Mention | None:
    """The body that opens the line, after a field word at most."""
    first = on_the_line[0] if on_the_line else None
    if first is None or first.type not in _ADDRESSED or first.generic:
        return None
    opening = _LINE_OPENING.match(text, line_start)
    return first if opening is not None and _HEAD_WORD.fullmatch(text, opening.end(), first.start) else None


# A venue's address right after its name, in the running text: "im Bürgerhaus Nord, Lindenallee 7, 07545 Musterstadt".
_ADDRESS_AFTER_A_VENUE = re.compile(rf"[ \t]*,[ \t]*{_STREET}[ \t]*,[ \t]*(?:\d{{5}}[ \t]+)?")


def town_of_the_address_after(text: str, end: int, places: list[Mention]) -> Mention | None:
    """The town of the address that follows a venue's name ending at `end`: the venue is in that town (not in the
    district its name may hold, "Bürgerhaus Nord" in Z)."""
    address = _ADDRESS_AFTER_A_VENUE.match(text, end)
    if address is None:
        return None
    return next((p for p in places if p.start == address.end()), None)


# An address block of lines of its own: the body's line, its street and number, its postcode and town.
_STREET_AND_POSTCODE_LINES = re.compile(rf"[ \t]*{_STREET}[ \t]*\n[ \t]*(?:D-)?\d{{5}}[ \t]+")


def address_block_seats(text: str, mentions: list[Mention]) -> list[RelationFinding]:
    """ "Verein Lernwerk e. V." / "Lindenallee 7" / "36037 Musterstadt": the body opening the block's first line
    is located in the town of its last. `mentions`: the release's, in order."""
    found = []
    for town in (m for m in mentions if m.type == "Place"):
        town_line = text.rfind("\n", 0, town.start)
        street_line = text.rfind("\n", 0, town_line) if town_line > 0 else -1
        if street_line < 0 or not _STREET_AND_POSTCODE_LINES.fullmatch(text, street_line + 1, town.start):
            continue
        body_line = text.rfind("\n", 0, street_line) + 1
        on_the_line = [m for m in mentions if body_line <= m.start < street_line]
        body = _opening_the_line(text, body_line, on_the_line)
        if body is not None and text[body.end : street_line].strip(" \t,") == "":
            found.append(RelationFinding(body, "locatedIn", town))
    return found


# A dateline: a town opening a paragraph, then a full stop, a dash or a comma with a date ("Musterstadt. Die …",
# "Musterstadt – Die …", "Musterstadt, 3. Mai 2031. Die …").
_DATELINE_END = re.compile(
    r"\s*(?:\.|[–-]|,\s*(?:den\s+)?\d[\d./ ]*(?:\s*[A-ZÄÖÜ][a-zäöü]+\s+\d{4})?\s*[.:–-])\s+"
)
# The article and head words of the unit opening the first sentence as its subject: "Die Servicestelle X hat …".
_UNIT_OPENING = re.compile(r"(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}[„\"»]?")
_SITED_UNITS = frozenset({"Subproject", "CoordinationOffice"})
# The sentence tells that the unit opened or started: a release from its town announcing a new office.
_OPENED_OR_STARTED = re.compile(
    r"\b(?:eröffnet|eröffnete|eröffneten|startet|startete|starteten|gestartet)\b"
    r"|\b(?:nimmt|nahm|nehmen|nahmen)\b[^.;\n]{0,60}?\bArbeit\s+auf\b|\bArbeit\s+aufgenommen\b"
)


def dateline_seat(
    text: str, mentions: list[Mention], sentences: list[tuple[int, int]]
) -> RelationFinding | None:
    """ "Musterstadt. Die Servicestelle X hat am Montag ihre Arbeit aufgenommen": the dateline's town is the seat of
    the office or project the first sentence after it opens with, where that sentence tells it opened or started
    and names no other place."""
    town = next((m for m in mentions if m.type == "Place" and text[m.start - 1 : m.start] == "\n"), None)
    dateline = _DATELINE_END.match(text, town.end) if town is not None else None
    if town is None or dateline is None:
        return None
    sentence = next((s for s in sentences if s[0] <= dateline.end() < s[1]), None)
    if sentence is None:
        return None
    here = [m for m in mentions if sentence[0] <= m.start < sentence[1] and m.start >= dateline.end()]
    unit = here[0] if here else None
    if unit is None or unit.type not in _SITED_UNITS or unit.generic or any(m.type == "Place" for m in here):
        return None
    if not _OPENED_OR_STARTED.search(text, *sentence):
        return None
    return (
        RelationFinding(unit, "locatedIn", town)
        if _UNIT_OPENING.fullmatch(text, dateline.end(), unit.start)
        else None
    )
