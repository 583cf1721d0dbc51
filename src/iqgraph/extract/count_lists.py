"""Counts in a list: a bullet line opened by a figure ("- 1.200 Beratungen zur Anerkennung") continues the
line that leads into the list ("Im Jahr 2021 erreichte das IQ Netzwerk X:"), whose topic the figure counts."""

from __future__ import annotations

import re

from . import lexicon

_BULLET = re.compile("[ \\t]*(?:" + "|".join(re.escape(b) for b in lexicon.BULLET_MARKS) + ")[ \\t]+")
MAX_BULLETS = 12  # lines of one list between a bullet and its lead-in line: a list longer is a table, no list


def lead_in(text: str, number_start: int) -> tuple[int, int] | None:
    """The span of the line leading into the list, when the number opens a bullet line and the lines above it
    up to a line ending in a colon are bullets too."""
    line_start = text.rfind("\n", 0, number_start) + 1
    bullet = _BULLET.match(text, line_start)
    if bullet is None or bullet.end() != number_start:
        return None
    end = line_start - 1
    for _ in range(MAX_BULLETS + 1):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            end = start - 1  # a blank line between the lead-in and the list
            continue
        if _BULLET.match(line):
            end = start - 1
            continue
        return (start, end) if line.rstrip().endswith(":") else None
    return None
