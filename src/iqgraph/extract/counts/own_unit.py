"""Counts a release gives of its own unit without naming it: its one subproject, else its main network.

TEAM := "Das Team besteht aus acht Beraterinnen und Beratern", "Zu unserem Team gehören 12 Fachkräfte": the team
      of no one named ("das Team der Kammer" is the chamber's) is the unit's
"""

from __future__ import annotations

import re

from ..names.mentions import Mention
from .clauses import CountScope
from .numbers import IN_THE_SENTENCE, NumberPhrase

_TEAM = re.compile(
    r"\s*(?:(?:Das|Unser)\s+(?:[a-zäöü]\w*\s+)?Team\s+(?:besteht|bestand|umfasst|umfasste|zählt|zählte)\b"
    r"|(?:Zum|Zu\s+unserem)\s+(?:[a-zäöü]\w*\s+)?Team\s+(?:gehören|gehörten|zählen|zählten)\b)"
)


def own_unit_subject(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """The release's own unit where the clause opens with the team of no one named."""
    if scope.own_unit is None or _TEAM.match(scope.text, clause[0], number.start) is None:
        return None
    return scope.own_unit


# a verb of offering: workshops or courses a project offers over time are its own, not an event's programme
_OFFERING = re.compile(rf"\b(?:bietet|bieten|bot|boten)\b{IN_THE_SENTENCE}\ban\b|\bangeboten\b|\banbieten\b")


def offers(scope: CountScope, clause: tuple[int, int], was_there: bool) -> bool:
    """Whether a clause no one attends offers what it counts ("Pro Jahr bieten wir vier Workshops an")."""
    return not was_there and _OFFERING.search(scope.text, clause[0], clause[1]) is not None
