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
