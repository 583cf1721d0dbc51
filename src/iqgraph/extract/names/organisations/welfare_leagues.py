"""The Länder's leagues of the welfare associations: "Liga der Freien Wohlfahrtspflege in Musterland", "LIGA der
freien Wohlfahrtsverbände Musterland". "Liga" alone is no head (it would take "Bundesliga", "Champions League"
readings of sport): only with the welfare genitive it names, which a feminine noun keeps in every case.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention

_LAND_NAMES = "|".join(re.escape(x) for x in sorted(lexicon.LAENDER, key=len, reverse=True))
_WELFARE_LEAGUE = re.compile(
    r"(?<![\w-])(?:Liga|LIGA)\s+der\s+(?:[Ff]reien\s+)?Wohlfahrts(?:pflege|verbände)"
    rf"(?:\s+(?:in\s+|im\s+Land\s+)?(?:{_LAND_NAMES}))?(?![\w-])"
)


def find_welfare_leagues(text: str) -> list[Mention]:
    return [
        Mention.named(m.start(), m.end(), "Organisation", re.sub(r"\s+", " ", m.group(0)), m.group(0))
        for m in _WELFARE_LEAGUE.finditer(text)
    ]
