"""A municipality's services named by the municipality, without an organisation head: "die Wirtschaftsförderung der
Stadt Musterstadt", "der Wirtschaftsförderung des Landkreises Beispiel", "die Wirtschaftsförderung Kassel". The
same nouns without an owner are the policy, no body ("Mittel der Wirtschaftsförderung", "die Wirtschaftsförderung
des Bundes"); with a legal form the service is a company, read by legal_forms.py.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import MUNICIPAL_SERVICES
from ...text.spans import Mention
from .heads import LEGAL_FORM, TOWNS
from .words import CAP, named_like_a_town

_SERVICES = "|".join(MUNICIPAL_SERVICES)
_MUNICIPAL_SERVICE = re.compile(
    rf"(?<![\w-])(?P<service>{_SERVICES})[ \xa0]+"
    r"(?:(?P<owner>der[ \xa0]+(?:(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt|Gemeinde|Region)"
    r"|des[ \xa0]+(?:Land)?[Kk]reises)[ \xa0]+)?"
    rf"(?P<town>{CAP})(?![\w-])(?![ \xa0]+{LEGAL_FORM})"
)


def find_municipal_services(text: str) -> list[Mention]:
    return [
        Mention.named(m.start(), m.end(), "Agency", " ".join(m.group(0).split()), m.group(0))
        for m in _MUNICIPAL_SERVICE.finditer(text)
        if _a_municipality(m)
    ]


def _a_municipality(match: re.Match[str]) -> bool:
    town = match.group("town")
    if match.group("owner"):
        return town not in lexicon.NOT_NAMES
    return town in TOWNS or named_like_a_town(town)
