"""Figures listed under a heading, one a line with no clause of their own ("Bilanz des Netzwerks X 2030" over
"- 3.912 Beratungen", "- 25 Teilprojekte"): the one body or project the heading names owns them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names.mentions import Mention
from .bodies import BODIES
from .owners import OWNERS

# A line that is one figure: a bullet, a qualifier, a number and what it counts, no sentence's stop.
_FIGURE_LINE = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]*)?(?:(?:rund|über|mehr\s+als|knapp|fast|ca\.|insgesamt)[ \t]+)?"
    r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})*(?:,\d+)?[ \t]+[A-ZÄÖÜa-zäöü][^\n.!?:]*"
)
_SENTENCE_STOP = re.compile(r"[.!?:][ \t]*$")
_LISTED = OWNERS | BODIES


def figure_list_owners(
    text: str, spans: Sequence[tuple[int, int]], here: Sequence[list[Mention]]
) -> list[Mention | None]:
    """For each sentence (`here`: the mentions starting in it), the owner of the figure list it is a line of: the
    one body or project named by the heading line above the list (no stop at its end); None for other sentences."""
    owners: list[Mention | None] = []
    current: Mention | None = None
    for span, named in zip(spans, here, strict=True):
        line = text[span[0] : span[1]]
        if "\n" not in line.strip() and _FIGURE_LINE.fullmatch(line.strip()):
            owners.append(current)
            continue
        owners.append(None)
        keys = {m.key for m in named if m.type in _LISTED}
        heading = "\n" not in line.strip() and not _SENTENCE_STOP.search(line) and len(keys) == 1
        current = next(m for m in named if m.type in _LISTED) if heading else None
    return owners
