"""A profile's funding field funds the unit the profile is about: in a box opening with "Das Projekt
„X“ ist ein Teilprojekt im IQ Netzwerk Y." (or "Projekt: X") and going on with "Träger: …", the line "Gefördert
durch: BMAS, ESF" means X, not the network named after it. A box under a heading ("Projekt auf einen Blick") is about
the unit a page's title line names right above it ("Brücke Technik\n\nProjekt auf einen Blick\nTräger: …")."""

from __future__ import annotations

import re

from ...names.projects.name_parts import FACT_BOX_HEADING
from ...text.spans import Mention
from ..antecedents import Before

__all__ = ["unit_a_funding_field_is_about"]

# A field naming the payers: "Gefördert durch:", "Finanziert von:", "Förderung:", "Zuwendungsgeber:"
_FUNDING_FIELD = re.compile(
    r"\s*(?:(?:Ko-?|Mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?:durch|von|vom)"
    r"|(?:(?:Projekt)?(?:[Ff]örderung|[Ff]inanzierung)|Förderer|Fördergeber|Fördermittelgeber|Zuwendungsgeber|Geldgeber"
    r"|Mittelgeber)(?:\s+durch)?)\s*:"
)
# The unit opens the box: nothing but an article and a head noun before it ("Das Projekt „X“", "Projekt: X", "X")
_UNIT_OPENS = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?(?:[A-ZÄÖÜ][\w-]*\s*:?\s+){0,2}[„\"»]?")
_BOX_END = "\n\n"  # a blank line ends the box


def unit_a_funding_field_is_about(text: str, sentence: tuple[int, int], before: Before) -> Mention | None:
    """The unit opening the box (the paragraph) a funding field stands in, if the sentence is that field: a
    project, or a network ("Das IQ Netzwerk Y besteht aus den Teilprojekten A und B.\nGefördert durch: …")."""
    if _FUNDING_FIELD.match(text, sentence[0]) is None:
        return None
    box = text.rfind(_BOX_END, 0, sentence[0])
    box = 0 if box < 0 else box + len(_BOX_END)
    heading_end = text.find("\n", box, sentence[0])
    if heading_end > 0 and FACT_BOX_HEADING.fullmatch(text, box, heading_end):
        return _unit_of_the_title_line(text, box, before)
    # the box's first unit: among the last few units named, else its first project (a long box)
    units = [m for m in before.recent("topic") if m.start >= box] or before.projects_since(box)
    if not units or _UNIT_OPENS.fullmatch(text, box, units[0].start) is None:
        return None
    return units[0]


def _unit_of_the_title_line(text: str, box: int, before: Before) -> Mention | None:
    """The project opening the lone line of the paragraph right before the box (the page's title line)."""
    line_end = len(text[:box].rstrip())
    line_start = text.rfind("\n", 0, line_end) + 1
    name_start = line_end - len(text[line_start:line_end].lstrip(_TITLE_LINE_OPENING))
    return next((m for m in before.projects_since(line_start) if m.start == name_start), None)


_TITLE_LINE_OPENING = ' \t„"»'  # what may come before the name on its line
