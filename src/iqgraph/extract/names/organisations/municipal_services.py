"""A municipality's services and councils named by the municipality, without an organisation head: "die
Wirtschaftsförderung der Stadt Musterstadt", "die Wirtschaftsförderung Kassel", "der Rat der Stadt Musterstadt". The
same nouns without an owner are the policy, no body ("Mittel der Wirtschaftsförderung", "die Wirtschaftsförderung
des Bundes"); with a legal form the service is a company, read by legal_forms.py.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import MUNICIPAL_SERVICES
from ...text.spans import Mention
from .heads import LEGAL_FORM, TOWNS
from .words import CAP, dated_town, named_like_a_town

_SERVICES = "|".join(MUNICIPAL_SERVICES)
_OWNER = (
    r"(?P<owner>der[ \xa0]+(?:(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt|Gemeinde|Region)"
    r"|des[ \xa0]+(?:Land)?[Kk]reises)"
)
# ... and its elected councils, named only with their municipality ("der Rat der Stadt Musterstadt", "im Kreistag des
# Landkreises Beispiel"): the council's noun in any case, its label in the nominative
_ORGANS = r"(?P<organ>Rat|Kreistag)(?:e?s)?"
_MUNICIPAL_SERVICE = re.compile(
    rf"(?<![\w-])(?:(?P<service>{_SERVICES})|{_ORGANS}(?=[ \xa0]+d))[ \xa0]+"
    rf"(?:{_OWNER}(?:[ \xa0]+(?P<owned>{CAP}))?|(?P<town>{CAP}))"
    rf"(?![\w-])(?![ \xa0]+{LEGAL_FORM})"
)


def find_municipal_services(text: str) -> list[Mention]:
    out = []
    dated = dated_town(text)
    for match in _MUNICIPAL_SERVICE.finditer(text):
        named = _named(match, dated)
        if named is not None:
            end, label = named
            out.append(Mention.named(match.start(), end, "Agency", label, text[match.start() : end]))
    return out


def _named(match: re.Match[str], dated: str | None) -> tuple[int, str] | None:
    """The end and label of a service's name: by its town, its owner and town, or its owner alone in a release
    dated from a town ("die Wirtschaftsförderung der Stadt" is the dateline town's)."""
    service = match.group("service") or match.group("organ")
    if match.group("organ") and not (match.group("owner") and match.group("owned")):
        return None  # a council is named with its municipality: "der Rat der Stadt X"
    if match.group("town"):
        town = match.group("town")
        return (match.end(), f"{service} {town}") if town in TOWNS or named_like_a_town(town) else None
    owner = " ".join(match.group("owner").split())
    owned = match.group("owned")
    if owned and owned not in lexicon.NOT_NAMES:
        return match.end(), f"{service} {owner} {owned}"
    if dated is None or match.group("owner").startswith("des"):
        return None
    return match.end("owner"), f"{service} {owner} {dated}"
