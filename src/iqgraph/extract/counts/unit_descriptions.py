"""A unit the release has named, referred to again by the head noun of its name: "die Informationsstelle" for the
"IQ Informationsstelle Welcome Vogtland" named before, also with adjectives ("der vogtländischen Fachstelle").

    DESCRIPTION := a definite article, adjectives, and a noun of a unit ("…stelle", "…zentrum", "…büro") that is a
                   word of exactly one named subproject of the release; an adjective of place ("vogtländischen")
                   must match a word of that name ("Vogtland")

Counts read such a description as the unit itself: "Im selben Jahr richtete die Informationsstelle 12 Fachtage aus".
Apart from the mentions because only counts read it so far: the stand-ins of names/mentions.py cover the nouns
every release uses ("die Beratungsstelle", "das Projekt").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..names.mentions import Mention

_DESCRIPTION = re.compile(
    r"(?<![\w-])(?i:der|die|dem|den|des|diese|dieser|diesem|das|dieses)\s+"
    r"(?P<adjectives>(?:[a-zäöü]\w*-\s+und\s+)?(?:[a-zäöü][\w-]*(?:e|en|er|es|em)\s+(?:und\s+)?){0,3})"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]*(?:stelle|zentrum|büro))(?![\w-])(?!\s+[A-ZÄÖÜ„\"])"
)
# "süd- und mittelhessischen" -> "mittelhess": an adjective of place, its stem a prefix of a word of the name
_PLACE_ADJECTIVE = re.compile(r"(?P<stem>[a-zäöü]+?)(?:ländisch|isch)(?:e|en|er|es|em)$")
_SUBPROJECT = "Subproject"


def unit_descriptions(
    text: str, span: tuple[int, int], mentions: list[Mention], own_unit: Mention | None
) -> list[Mention]:
    """The descriptions in `span` that stand for one named subproject (named near it, or the release's own unit),
    as generic mentions of it."""
    named = {m.key: m for m in mentions if m.type == _SUBPROJECT and not m.generic}
    if own_unit is not None and own_unit.type == _SUBPROJECT:
        named.setdefault(own_unit.key, own_unit)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for d in _DESCRIPTION.finditer(text, span[0], span[1]):
        # from its first adjective: what stands before it (its article and preposition) gives its case
        start, end = d.start("adjectives"), d.end("noun")
        if any(s < end and start < e for s, e in taken):
            continue
        noun = d.group("noun")
        units = [m for m in named.values() if noun in m.label.split()]
        units = [m for m in units if _adjectives_agree(d.group("adjectives"), m.label)]
        if len(units) == 1:
            out.append(
                replace(units[0], start=start, end=end, surface=text[start:end], generic=True, priority=0)
            )
    return out


def _adjectives_agree(adjectives: str, label: str) -> bool:
    """Adjectives of place must name a word of the unit's name: "mittelhessischen" agrees with "Mittelhessen"."""
    words = [w.lower() for w in re.findall(r"[\w]+", label)]
    for adjective in adjectives.replace("-", " ").split():
        place = _PLACE_ADJECTIVE.fullmatch(adjective)
        if place is not None and not any(w.startswith(place.group("stem")) for w in words):
            return False
    return True
