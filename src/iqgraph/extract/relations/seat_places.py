"""What the seat readers of seats.py and seat_appositions.py share: a venue and its town, the places coordinated
after a first one ("in Kiel, Lübeck und Flensburg"), and the words around a place that say a body is settled
there ("in Z ansässig", "die in Z ansässige Stiftung")."""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon.places import KREIS_DISTRICTS, PLACE_NAMES
from ..text.spans import Mention

__all__ = [
    "AFTER_THE_PLACE",
    "REGIONAL_ADJECTIVE",
    "SETTLED",
    "SETTLED_AFTER",
    "VENUE_TO_TOWN",
    "is_venue",
    "places_listed_after",
    "with_listed",
]

# A regional adjective before the town: "aus dem nordhessischen Z", "im sächsischen Z".
REGIONAL_ADJECTIVE = r"(?:(?:aus\s+dem|im|mit\s+(?:Haupt)?[Ss]itz\s+im)\s+[a-zäöü][\w-]*(?:ischen|er)\s+)"
# after "ist in Z", an adverb at most between: "ist in Z ebenfalls ansässig"
AFTER_THE_PLACE = r"\s+(?:(?:ebenfalls|auch|zudem|außerdem|bereits|schon|seit\s+\S+)\s+)?"
# ... the venue's town between: "ist im Haus der Vereine in Z untergebracht"
SETTLED_AFTER = re.compile(
    rf"{AFTER_THE_PLACE}(?:in\s+[A-ZÄÖÜ][\w-]+\s+)?(?:ansässig|beheimatet|angesiedelt|untergebracht|zu\s+Hause|zuhause"
    # ... or the verb of being seated closing a relative clause: "X, die in Z sitzt"
    r"|sitzt|sitzen|saß|saßen|residiert|residieren)\b"
)
# A participle of being settled: "ansässig", "gelegen".
SETTLED = r"(?:ansässig|angesiedelt|beheimatet|gelegen|befindlich)"


# Names of towns, districts and regions: no venue ("in Fulda, im Kongresszentrum X": Fulda is not in the centre).
_TOWNS_AND_REGIONS = PLACE_NAMES | lexicon.AMBIGUOUS_TOWNS | KREIS_DISTRICTS
_DISTRICT_NOUNS = ("Kreis ", "Landkreis ", "Stadtkreis ", "Bezirk ", "Region ")


def is_venue(place: Mention) -> bool:
    """A place that is neither a known town, district or region nor a Land: a building or site ("Rathaus",
    "Stadthalle")."""
    return place.label not in _TOWNS_AND_REGIONS and not place.label.startswith(_DISTRICT_NOUNS)


# A venue and its town: "Musterhalle Musterstadt", "in der Stadthalle von Musterstadt".
VENUE_TO_TOWN = (" ", " von ")


def with_listed(text: str, first: Mention, places: list[Mention]) -> list[Mention]:
    """`first` and the places of `places` coordinated after it."""
    return [first, *places_listed_after(text, first, [p for p in places if p.start > first.start])]


# Between two places of a list: a comma or conjunction, maybe the preposition again and an article ("in Kiel, in
# Lübeck und im Kreis X", "aus der Stadt Y und dem Kreis Z"), no noun of its own.
_PLACE_LINK = re.compile(
    r"\s*(?:,|und|sowie|bzw\.|oder)(?:\s*(?:,|und|sowie))?\s*(?:(?:in|im|aus|nach|am|an)\s+)?"
    r"(?:(?:der|dem|den|die|das)\s+)?$"
)


def places_listed_after(text: str, first: Mention, places: list[Mention]) -> list[Mention]:
    """The places coordinated with `first`: "in Kiel, Lübeck und Flensburg"."""
    found = [first]
    for place in places:
        if is_venue(found[-1]) and text[found[-1].end : place.start] in VENUE_TO_TOWN:
            break  # "im Rathaus Kassel": the town is the venue's, the unit is in the venue only
        if not _PLACE_LINK.match(text, found[-1].end, place.start):
            break  # "A aus X und Partner aus Y": a noun between opens a phrase of its own, Y is the partners'
        found.append(place)
    return found[1:]
