"""The block of lines a list's lead-in opens: its items, bulleted or numbered, or a heading over a carrier's label
line per item, up to the first blank line that no further item follows."""

from __future__ import annotations

import re

# a blank line not followed by the next item: a bullet, or a profile's heading over its carrier's label line
# ("Brücke Nord\nTräger: Lernort e. V.\n\nWerkstatt Süd\nTräger: …": one block per project)
_BLOCK_END = re.compile(
    r"\n[^\S\n]*\n(?![^\S\n]*[-–•*\d])"
    r"(?![^\S\n]*[A-ZÄÖÜ„\"][^\n]{1,120}\n[^\S\n]*(?:Projekt)?[Tt]räger(?:in|schaft)?[^\S\n]*:)"
)


def list_block(text: str, lead_in_end: int) -> tuple[int, int]:
    """Where the items after a lead-in ending at `lead_in_end` start (past blank lines) and end."""
    start = lead_in_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = next((m.start() for m in _BLOCK_END.finditer(text, start)), len(text))
    return start, end
