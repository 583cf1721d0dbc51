"""A forum that is a body, not an event: "das Wirtschaftsforum (Wifo) der Region Passau", "am Integrationsforum (IFO)
des Landkreises Kassel". A "-forum" names a meeting as often as an association of a region's firms and bodies; the
short form in parentheses and the region it is of say that it is the body (a meeting is named with its ordinal or
year: "das 5. Wirtschaftsforum (Wifo) der Region Passau 2024" is the fifth meeting, read as an event).
"""

from __future__ import annotations

import re

from ...text.spans import Mention
from .words import PLACE

_FORUM_OF_A_REGION = re.compile(
    r"(?<![\w-])(?P<head>[A-ZÄÖÜ][a-zäöüß]+forum)\s+\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,6})\)\s+"
    rf"(?P<owner>(?:der\s+Region|des\s+(?:Land)?[Kk]reises|der\s+Stadt)\s+(?:{PLACE}))(?![\w-])"
)
# an ordinal before it or a year after it: the meeting of that number or year
_ORDINAL_BEFORE = re.compile(r"\d+\.\s*$")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?![\w-])")
_ORDINAL_REACH = 6  # characters back from the head to an ordinal ("5. ")


def find_forums_of_a_region(text: str) -> list[Mention]:
    out = []
    for match in _FORUM_OF_A_REGION.finditer(text):
        start = match.start()
        if _ORDINAL_BEFORE.search(text, max(0, start - _ORDINAL_REACH), start) or _YEAR_AFTER.match(
            text, match.end()
        ):
            continue
        label = f"{match.group('head')} {' '.join(match.group('owner').split())}"
        abbr = match.group("abbr")
        out.append(Mention.named(start, match.end(), "Organisation", label, match.group(0), abbr))
        # "das Wifo", "dem Wifo" after it: its short form (one in small letters after a capital is no acronym the
        # short-form reader takes, which would take "(Jena)" for one too)
        out += [
            Mention.named(later.start(), later.end(), "Organisation", label, abbr, abbr)
            for later in re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])").finditer(text, match.end())
        ]
    return out
