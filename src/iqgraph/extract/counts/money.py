"""Money a clause names no one for: "Für die Laufzeit bis 2028 stehen rund 650.000 Euro zur Verfügung", "Die
Fördersumme beträgt fünf Millionen Euro", "Gefördert wird es mit 1,2 Millionen Euro". Such a clause goes on about
the unit the sentence before speaks of, and the money is what that unit receives."""

from __future__ import annotations

import re

from .. import lexicon
from .bodies import names_someone
from .clauses import CountScope
from .numbers import NumberPhrase

_FUNDING = re.compile("|".join(lexicon.FUNDING_MONEY_CUES))
_NAMES_ALLOWED = frozenset({"Place", "Programme"})  # where the money goes or which fund it comes from


def funds_the_topic(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether an amount of money is given, in a clause naming no one it is for, in words of funding."""
    if not number.money or names_someone(scope, clause):
        return False
    if any(m.type not in _NAMES_ALLOWED for m in scope.within(clause)):
        return False
    return _FUNDING.search(scope.text, clause[0], clause[1]) is not None
