"""A programme called a body's funding instrument in an apposition: "aus dem „Startgeld“, einem Förderprojekt des
Bundesministeriums Y", "„Neustart“, ein Förderprogramm der Landesregierung Z": the programme fundedBy that body (and
those coordinated with it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import RelationFinding, listed_after
from .marks import PAYER_TYPES

_FUNDING_APPOSITION = re.compile(
    r"[“\"”«]?(?:,|\s+[–-])?\s+(?:ein|eine|einem|einer|eines)\s+(?:[A-ZÄÖÜ][a-zäöüß]*f|F)örder(?:projekt|programm|instrument)"
    r"(?:e?s)?\s+(?:des|der)\s+"
)
_APPOSITION_REACH = 40  # characters from the name's end to the payer: '“, einem Förderprojekt des '


def instrument_in_apposition(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for programme in (m for m in ms if m.type == "Programme" and not m.generic and sentence[0] <= m.start):
        payers = [m for m in ms if programme.end < m.start <= programme.end + _APPOSITION_REACH]
        if not payers or not _FUNDING_APPOSITION.fullmatch(text, programme.end, payers[0].start):
            continue
        for payer in listed_after(text, ms, payers[0].start, sentence[1], PAYER_TYPES):
            yield RelationFinding(programme, "fundedBy", payer)
