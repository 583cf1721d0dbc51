"""The Land a release is about, for bodies it names without their Land: "das IQ-Netzwerk", "die Landesregierung"
(the gold convention gives such a body the Land from the text)."""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..text.spans import Mention

LAND = re.compile("|".join(re.escape(x) for x in sorted(lexicon.LAENDER, key=len, reverse=True)))


def land_the_text_names(chosen: list[Mention]) -> str | None:
    """The Land the mentions name most often, on their own or inside a name ("IQ Netzwerk Sachsen", "Ministerium
    für Soziales Sachsen"); where they name none, the Land of the towns they name ("in Kiel", "die Stadt Husum").
    None where none is named or two are named equally often."""
    named = Counter(
        land.group(0)
        for m in chosen
        if not m.generic and m.type != "Person"
        for land in LAND.finditer(m.label)
    )
    if not named:
        named = Counter(
            lexicon.LAND_OF_TOWN[m.label]
            for m in chosen
            if m.type == "Place" and m.label in lexicon.LAND_OF_TOWN
        )
    ranked = named.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
