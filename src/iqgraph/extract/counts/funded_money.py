"""The money of a funding the sentence reads: "Es wird vom Land X mit 320.000 Euro gefördert", "Das Land stellt dafür
320.000 Euro bereit" name the unit only by a pronoun or a stand-in, and "Gefördert durch: Ministerium X" /
"Fördersumme: 320.000 Euro" puts the payer right before the amount. The amount is what the funded unit receives."""

from __future__ import annotations

import re

from ...models import Count
from ..text.spans import Mention
from .numbers import NumberPhrase

Funding = tuple[str, str]  # (funded key, payer key)


def money_for_the_funded(
    counts: list[Count],
    money: list[NumberPhrase],
    read: tuple[list[Funding], list[Funding]],
    names_none: bool,
    index: int,
) -> list[Count]:
    """`counts`: the sentence's counts; `money`: its amounts; `read`: the fundings this sentence and the one before
    read; `names_none`: the sentence names no one. One amount and one funded unit: a count the readers
    gave the payer goes to the unit; with no count of that amount, the sentence that reads the funding gives the
    unit one, and so does the next one where it names no one ("Die Förderung beläuft sich auf 320.000 Euro")."""
    here, before = read
    fundings = here or before
    funded = {unit for unit, _ in fundings}
    if len(money) != 1 or len(funded) != 1:
        return counts
    unit, payers, amount = funded.pop(), {payer for _, payer in fundings}, money[0]
    of_the_amount = [c for c in counts if c.value == amount.value]
    if not of_the_amount:
        return [*counts, Count(unit, amount.what, amount.value, index)] if here or names_none else counts
    return [
        Count(unit, c.what, c.value, c.sentence) if c in of_the_amount and c.subject in payers else c
        for c in counts
    ]


# Where money comes from: "fließen ihnen 5 Millionen Euro zu, aus dem Programm „X“, das der Bund finanziert" - X is
# funded, but the amount is what X gives, not what it gets
_FROM_A_SOURCE = re.compile(r"\baus\s+(?:dem|der|den)\s+(?:[\w-]+\s+){0,2}[„\"»]?$")
_TO_THE_SOURCE_NOUN = 40  # characters back from a unit over "aus dem Förderprogramm „"


def sources_of_money(text: str, span: tuple[int, int], mentions: list[Mention]) -> set[str]:
    """The units of the sentence `span` that money comes out of (their fundings give the amount to no one)."""
    return {
        m.key
        for m in mentions
        if span[0] <= m.start < span[1]
        and _FROM_A_SOURCE.search(text, max(span[0], m.start - _TO_THE_SOURCE_NOUN), m.start)
    }
