"""Funders listed on the lines under a funding line that ends in a colon, as a project page's or release's footer
writes them: "Gefördert durch:" / "Das Projekt wird gefördert von:" / "Förderer:", then one body a line (or several,
comma-separated). They pay for the unit the text spoke of."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text.spans import Mention
from .actors import FUNDERS, RelationFinding, actors
from .funding.funding import FUNDED

_FUNDER_NOUN = rf"(?:{'|'.join(lexicon.FUNDER_NOUNS)})(?:in|innen|n|s)?"
# the funding line: a participle and its mark, or a funder noun, right before the colon that closes the line
_FUNDING_LINE = re.compile(
    rf"(?:\b{FUNDED}|\b[Gg]efördert|\b[Ff]inanziert)(?:\s+(?:durch|von|vom|mit\s+Mitteln|aus\s+Mitteln))?\s*:\s*$"
    rf"|(?:^|\s)(?:{_FUNDER_NOUN}|Förderung|Finanzierung)\s*:\s*$"
)
# what a line of funders holds besides their names: bullets, commas, "und", an article
_BETWEEN_NAMES = re.compile(r"[\s,;•*·–-]*(?:(?:und|sowie)\s+)?(?:(?:der|die|das|dem|den)\s+)?")
_LINE_END = re.compile(r"[\s.]*")
# a line above that may itself hold funders: short, no sentence of its own
_NAME_LINE = re.compile(r"[^\n.!?:]{0,120}")
_LINES_ABOVE = 6  # lines of funders between the funding line and the one read (logos' captions, one a line)


def funders_listed_below(
    text: str, sentence: tuple[int, int], ms: list[Mention], spoken_of: Mention | None
) -> Iterator[RelationFinding]:
    """The sentence a line of funders only: each funds the unit spoken of, where a funding line stands above it."""
    start, end = sentence
    named = actors(ms, start, end)
    if spoken_of is None or not named or not _a_line_of(text, start, end, named):
        return
    if _under_a_funding_line(text, start):
        yield from (RelationFinding(spoken_of, "fundedBy", f) for f in named if f.key != spoken_of.key)


def _a_line_of(text: str, start: int, end: int, named: list[Mention]) -> bool:
    """Whether the sentence is a line of its own holding only paying bodies."""
    if (start > 0 and text[start - 1] != "\n") or any(m.type not in FUNDERS for m in named):
        return False
    gaps = zip([start, *(m.end for m in named[:-1])], [m.start for m in named], strict=True)
    if not all(_BETWEEN_NAMES.fullmatch(text, a, b) for a, b in gaps):
        return False
    return _LINE_END.fullmatch(text, named[-1].end, end) is not None


def _under_a_funding_line(text: str, start: int) -> bool:
    """Whether a funding line stands above, with only blank lines or short lines (more funders) between."""
    line_start = start
    for _ in range(_LINES_ABOVE):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if _FUNDING_LINE.search(line):
            return True
        if not _NAME_LINE.fullmatch(line):
            return False
        line_start = above
    return False
