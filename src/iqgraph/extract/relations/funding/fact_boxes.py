"""A profile's funding field funds the unit the profile is about: in a box opening with "Das Projekt
„X“ ist ein Teilprojekt im IQ Netzwerk Y." (or "Projekt: X") and going on with "Träger: …", the line "Gefördert
durch: BMAS, ESF" means X, not the network named after it."""

from __future__ import annotations

import re

from ...text.spans import Mention
from ..antecedents import Before

__all__ = ["unit_a_funding_field_is_about"]

# A field naming the payers: "Gefördert durch:", "Finanziert von:", "Förderung:", "Zuwendungsgeber:"
_FUNDING_FIELD = re.compile(
    r"\s*(?:(?:Ko-?|Mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?:durch|von|vom)"
    r"|(?:Förderung|Finanzierung|Förderer|Fördergeber|Fördermittelgeber|Zuwendungsgeber|Geldgeber)(?:\s+durch)?)\s*:"
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
    # the box's first unit: among the last few units named, else its first project (a long box)
    units = [m for m in before.recent("topic") if m.start >= box] or before.projects_since(box)
    if not units or _UNIT_OPENS.fullmatch(text, box, units[0].start) is None:
        return None
    return units[0]
