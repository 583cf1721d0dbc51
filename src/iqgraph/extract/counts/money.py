"""Money a clause names no one for: "Für die Laufzeit bis 2028 stehen rund 650.000 Euro zur Verfügung", "Die
Fördersumme beträgt fünf Millionen Euro", "Gefördert wird es mit 1,2 Millionen Euro". Such a clause goes on about
the unit the sentence before speaks of, and the money is what that unit receives."""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from .bodies import BODIES, names_someone
from .clauses import CountScope, case_of
from .numbers import NumberPhrase
from .owners import OWNERS

_FUNDING = re.compile("|".join(lexicon.FUNDING_MONEY_CUES))
_NAMES_ALLOWED = frozenset({"Place", "Programme"})  # where the money goes or which fund it comes from


# A payer giving money "for it": "Der Senat stellt dafür rund 1,2 Millionen Euro bereit", "Hierfür bewilligte das
# Land 300.000 Euro" - the payer is named, what the money is for is the unit the sentence before speaks of.
_PAID_FOR_IT = re.compile(
    r"\b(?:[Dd]afür|[Hh]ierfür)\b(?=[^;\n]*?\b(?:bereit|stellt|stellte|stellen|gibt|gab|bewilligt|bewilligte"
    r"|investiert|investierte|zahlt|zahlte|fördert|förderte)\b)"
)
# A body receiving the money: "dem Verein X", "an die Stadt X"
_RECEIVING = re.compile(r"(?<![\w-])(?:[Dd]em|[Aa]n\s+(?:den|die|das))\s+(?:[\w-]+\s+){0,2}$")
_RECEIVER_WINDOW = 40  # characters back from a body's name over its article and kind noun


def funds_the_topic(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether an amount of money is given, in a clause naming no one it is for, in words of funding (a payer may be
    named where it gives the money "dafür")."""
    if not number.money:
        return False
    if _PAID_FOR_IT.search(scope.text, clause[0], clause[1]):
        named = scope.within(clause)
        return not any(m.type in OWNERS and m.type != "Programme" or _receives(scope.text, m) for m in named)
    if names_someone(scope, clause):
        return False
    if any(m.type not in _NAMES_ALLOWED for m in scope.within(clause)):
        return False
    return _FUNDING.search(scope.text, clause[0], clause[1]) is not None


def _receives(text: str, m: Mention) -> bool:
    return _RECEIVING.search(text, max(0, m.start - _RECEIVER_WINDOW), m.start) is not None


def pays_someone_named(scope: CountScope, clause: tuple[int, int], antecedent: Mention) -> bool:
    """ "Die Stadt X, die das Projekt Y mit 40.000 Euro fördert", "…, die 40.000 Euro in das Projekt Y investiert":
    a paying body's relative clause naming a unit that receives money, or a body with no preposition before it
    (the object of the funding verb), gives the money to that one, not to the antecedent."""
    if antecedent.type in OWNERS:
        return False  # "Das Projekt Y, das die Stadt X mit 40.000 Euro fördert": the project's money
    return any(
        m.key != antecedent.key
        and (m.type in OWNERS or m.type in BODIES and case_of(scope.text, scope.sentence[0], m) == "subject")
        for m in scope.within(clause)
    )
