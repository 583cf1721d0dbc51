"""What follows a listed project's name on its line and is no part of it: its carrier ("– Träger: Beispiel e. V.",
"– Handwerkskammer Kiel", ", durchgeführt von …") or its town (", Kiel")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.places import PLACE_NAMES
from ...text.spans import Mention
from ..organisations.organisations import find_organisations
from .name_parts import SUBTITLE_DASH, opens_an_item

# An item's carrier after its name: "Brücke Beruf – Träger: Beispiel e. V.", "Brücke Beruf, Träger: …", "Brücke Beruf,
# durchgeführt von der Volkshochschule X", "Brücke Beruf – umgesetzt vom Verein Y": no part of the name.
_CARRIER_TAIL = re.compile(
    r"(?:[^\S\n]+[–-]|[,;])[^\S\n]+(?:(?:Projekt)?[Tt]räger(?:in)?[^\S\n]*:"
    r"|(?:durchgeführt|umgesetzt|getragen|angeboten|betrieben|koordiniert)[^\S\n]+(?:von|vom|durch)\b"
    # "Brücke Beruf, in Trägerschaft der Y", "Brücke Beruf, Träger war die Y"
    r"|in[^\S\n]+Trägerschaft[^\S\n]+(?:des|der|von|vom)\b|(?:Projekt)?[Tt]räger(?:in)?[^\S\n]+(?:war|ist)\b"
    # or its payer: "Brücke Beruf – gefördert vom Land X", "Brücke Beruf, kofinanziert durch den ESF"
    r"|(?:ko)?(?:gefördert|finanziert)[^\S\n]+(?:von|vom|durch|aus)\b)"
)


# An answer's list naming the carrier in the genitive, no mark before it: "Sprachcoaching im Betrieb des Trägers Y
# mit 85.000 Euro", "Lotse Nord beim Träger Lernwerk e. V."
_GENITIVE_CARRIER_TAIL = re.compile(r"[^\S\n]+(?:des|beim)[^\S\n]+(?:Projekt)?[Tt]rägers?(?![\w-])")


def before_its_carrier(item: str) -> str:
    """A listed item's name, before the carrier the item names after a dash or comma, or in the genitive."""
    tail = _CARRIER_TAIL.search(item) or _GENITIVE_CARRIER_TAIL.search(item)
    return item[: tail.start()] if tail else item


# "• Brücke Beruf – Handwerkskammer Kiel", "1. Lotse Nord, Verein Lernort e. V.": the item's carrier alone after a
# spaced dash, a comma or a table's bar, a body's whole name (a subtitle is none: "Brücke Beruf – Pflege für Zugewanderte").
_CARRIER_MARKS = (SUBTITLE_DASH, ", ", " | ")


def before_a_dashed_carrier(item: str) -> str:
    """A listed item's name, before the body that carries it after a spaced dash or a comma."""
    for mark in _CARRIER_MARKS:
        name, dash, tail = item.partition(mark)
        if dash and one_body(tail.strip()):
            return name
    return item


def one_body(words: str) -> bool:
    return any(body.start == 0 and body.end == len(words) for body in find_organisations(words))


def carriers_apart_from_their_items(text: str, candidates: list[Mention]) -> list[Mention]:
    """ "• Lotse Süd – Lernwerk Kassel gGmbH": where a listed project ends before a spaced dash, a body read from the
    same start over the dash ("Tür an Tür – Integrationsprojekte gGmbH" in a list of partners) is the item's carrier
    alone, and a project read over the dash is none."""
    items: dict[int, int] = {}
    for m in candidates:
        if m.type == "Subproject" and opens_an_item(text, m.start):
            items[m.start] = min(m.end, items.get(m.start, m.end))
    out = []
    for m in candidates:
        end = items.get(m.start, m.end)
        tail = end + len(SUBTITLE_DASH)
        if not m.end > end or not text.startswith(SUBTITLE_DASH, end):
            out.append(m)
        elif m.type != "Subproject":
            out += [
                replace(body, start=tail + body.start, end=tail + body.end)
                for body in find_organisations(text[tail : m.end])
            ]
        elif not one_body(text[tail : m.end]):  # "Brücke Beruf – Pflege für Zugewanderte": a subtitle
            out.append(m)
    return out


# "• Brücke Beruf, Kiel", "- Lotsenhaus Nord, Bad Oldesloe": the town a listed project works in, after a comma.
_TOWN_TAIL = re.compile(r",[^\S\n]+(?P<town>[A-ZÄÖÜ][\w\-]*(?:[^\S\n]+[A-ZÄÖÜ(][\w\-)]*)?)$")


def before_its_town(item: str) -> str:
    """A listed item's name, before the town of the lists it names after a comma."""
    tail = _TOWN_TAIL.search(item)
    return item[: tail.start()] if tail and tail.group("town") in PLACE_NAMES else item
