"""Lists of members and the wholes they join, as the member readers share them: the alliances a body may be a
member of (a network, or an organisation whose name opens with "Bündnis", "Netzwerk", "Verbund" …), the list
that ends right before a verb ("A, B und C| bilden das Bündnis Y") and the list that begins after a cue, each
body maybe with its seat ("Partner sind |A aus Kassel, B in Jena und C").
"""

from __future__ import annotations

from ..names.mentions import Mention
from .actors import COORDINATION_LINK, MEMBER_TYPES, actors
from .seats import past_its_seat

ALLIANCES = frozenset({"StateNetwork", "Organisation"})
ARTICLE = 4  # characters between the verb and the first member: its article ("die", "der")


ALLIANCE_HEADS = (
    "Bündnis",
    "Netzwerk",
    "Verbund",
    "Allianz",
    "Arbeitskreis",
    "Arbeitsgemeinschaft",
    "Initiative",
)


def listed_right_before(
    text: str, ms: list[Mention], pos: int, types: frozenset[str] = MEMBER_TYPES
) -> list[Mention]:
    """The bodies of the list that ends right at `pos` ("A, B und C| bilden"), in their order; [] if none ends there."""
    listed = [m for m in ms if m.end <= pos and m.type in types]
    if not listed or listed[-1].end != pos:
        return []
    members = [listed[-1]]
    for m in reversed(listed[:-1]):
        if not COORDINATION_LINK.match(text[m.end : members[-1].start]):
            break
        members.append(m)
    return members[::-1]


def members_listed(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    """The bodies of the list that begins after `start`, each maybe with its seat: "A aus Kassel, B in Jena und C"."""
    found: list[Mention] = []
    for m in actors(ms, start, end, MEMBER_TYPES):
        if found and not COORDINATION_LINK.match(text[past_its_seat(text, found[-1], ms) : m.start]):
            break
        found.append(m)
    return found
