"""Parliamentary groups (Fraktionen) as organisations: "die SPD-Fraktion", "der CDU-Landtagsfraktion", "die Fraktion
Bündnis 90/Die Grünen", "der Landtagsfraktion der FDP". Parliamentary answers and statements name them as the body a
speaker ("integrationspolitische Sprecherin der SPD-Fraktion") or an inquiry belongs to.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention

# The party as a group's name writes it: its abbreviation, its name, in capitals, or in the genitive ("der Grünen").
_PARTY_NAMES = {
    *lexicon.PARTIES,
    *(name.upper() for name in lexicon.PARTIES),
    "Grünen",
    "Linken",
    "GRÜNEN",
    "LINKEN",
}
_PARTY = "|".join(re.escape(name) for name in sorted(_PARTY_NAMES, key=len, reverse=True))
# The parliament a group sits in may be part of the compound: "Landtagsfraktion", "Bürgerschaftsfraktion".
_GROUP = r"(?:Landtags|Bundestags|Bürgerschafts|Kreistags|Stadtrats|Rats)?[Ff]raktion"
# Compounds end in the singular: in "der SPD-Fraktion" the ending does not change, "Fraktionen" are several groups.
_COMPOUND = re.compile(rf"(?<![\w-])(?P<party>{_PARTY})-{_GROUP}(?![\w-])")
_PHRASE = re.compile(rf"(?<![\w-]){_GROUP}\s+(?:der\s+|von\s+)?(?P<party>{_PARTY})(?![\w-])")


def find_parliamentary_groups(text: str) -> list[Mention]:
    return [
        Mention.named(m.start(), m.end(), "Organisation", " ".join(m.group(0).split()), m.group(0))
        for pattern in (_COMPOUND, _PHRASE)
        for m in pattern.finditer(text)
    ]
