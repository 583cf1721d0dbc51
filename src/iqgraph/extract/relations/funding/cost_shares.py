"""A share of the costs named without the word "Kosten", the sentence before telling what the unit costs:

    "Das Projekt X kostet 2 Millionen Euro. Den größeren Teil tragen das Land Y und die Stadt Z."
    "… Den Rest übernimmt die Stadt Z."  /  "… Die Stadt Z trägt den Rest."  /  "… Die Hälfte zahlt das Land Y."

Who bears a share of the sum pays for the unit (as "Die Kosten trägt das Land Y", nouns.py). Only a sentence right
after one with a sum or a noun of costs: "Den größeren Teil tragen die Teilnehmenden selbst" after a sentence about a
course is no funding, and a share of something else ("Den Rest des Tages …") is cut by its genitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors, listed_after
from .marks import MONEY, PASSIVE_FUNDED, PAYER_OPENS, PAYER_TYPES, is_fund, spoken_of

__all__ = ["cost_shares"]

_SHARE = (
    r"(?:(?:den|der|die)\s+(?:(?:größere|größten|kleinere|kleineren|überwiegende|übrige|restliche)n?\s+)?"
    r"(?:Teil|Rest|Großteil|Löwenanteil|Hälfte|Restbetrag)|(?:ein|zwei)\s+Drittel|drei\s+Viertel|\d+\s*(?:Prozent|%))"
)
_BEAR = r"(?:trägt|trug|tragen|trugen|übernimmt|übernahm|übernehmen|übernahmen|zahlt|zahlte|zahlen|zahlten|finanziert|finanzierte|finanzieren|steuert|steuerte|steuern)"
# The share fronted, its payers the subject after the verb: "Den größeren Teil tragen A und B" (not "Den Rest des
# Tages …": a share of something named).
_SHARE_FIRST = re.compile(
    rf"\s*(?i:{_SHARE})\s+{_BEAR}\s+(?:(?:jeweils|dabei|davon|zudem|auch)\s+)?(?=(?:die|der|das|den)\s)"
)
# The payer first, the share its object closing the clause: "Die Stadt Z trägt den Rest", "… übernimmt die Hälfte bei".
_SHARE_LAST = re.compile(
    rf"\s{_BEAR}\s+(?:(?:jeweils|davon|zudem|auch)\s+)?{_SHARE}(?:\s+(?:bei|dazu))?\s*[.;]"
)
# What the sentence before must tell: a sum, a noun of costs or the verb "kosten".
_COSTS_BEFORE = re.compile(
    rf"{MONEY}|(?<![\w-])(?:Gesamtkosten|Kosten|Projektkosten|kostet|kostete|kosten)(?![\w-])"
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_SENTENCE_BEFORE_REACH = 300  # characters back to the start of the sentence before


def _start_of_the_sentence_before(text: str, start: int) -> int:
    """(antecedents.py has the same; importing it here would close a circle of imports.)"""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_BEFORE_REACH), start - 1)]
    return ends[-1] if ends else max(0, start - _SENTENCE_BEFORE_REACH)


def cost_shares(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    start, end = sentence
    first = _SHARE_FIRST.match(text, start, end)
    last = None if first else _SHARE_LAST.search(text, start, end)
    if first is None and last is None:
        return
    before = _start_of_the_sentence_before(text, start)
    if not _COSTS_BEFORE.search(text, before, start):
        return
    if first is not None:
        head = actors(ms, first.end(), end)[:1]
        payers = listed_after(text, ms, head[0].start, end, FUNDERS) if head else []
    elif last is not None:
        opening = actors(ms, start, last.start())
        payers = opening[:1] if opening and PAYER_OPENS.fullmatch(text, start, opening[0].start) else []
    if not payers or not all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
        return
    units = [m for m in actors(ms, before, start) if m.type in PASSIVE_FUNDED and not is_fund(m)]
    funded = units[0] if units else topic if spoken_of(text, topic) else None
    if funded is not None:
        yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)
