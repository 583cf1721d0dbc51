"""A relative clause about the payer: "Das Land Y, das das Projekt X seit 2020 fördert, …", "die Stiftung Y, von der
das Projekt X finanziert wird": the antecedent pays, the unit in the clause is paid for (X fundedBy Y)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import RelationFinding, actors
from .marks import ADVERBIAL, PASSIVE_FUNDED, PAYER_TYPES, funded_list, is_fund

__all__ = ["payer_relative_clauses"]

# a character of one clause: no comma or full stop, but the point inside a number ("40.000 Euro")
_IN_THE_CLAUSE = r"(?:[^,;.]|(?<=\d)\.(?=\d))"
_CLAUSE = rf"{_IN_THE_CLAUSE}{{0,120}}?"  # the rest of the relative clause up to its verb
# The pronoun the subject, the unit its object, the active verb last: ", das das Projekt X fördert",
# ", die die Projekte A und B finanziert"; or the pronoun the agent of a passive: ", von der das Projekt X …
# gefördert wird".
_PAYER_RELATIVE = re.compile(
    r"[“”\"«)]?\s*,\s+(?:(?P<subject>das|die|der|welches|welche|welcher)"
    rf"\s+(?P<object>(?:das|die|den)\s{_CLAUSE})"
    r"\s(?:ko|mit)?(?:fördert|finanziert|förderte|finanzierte|bezuschusst|bezuschusste)"
    r"|(?:von\s+(?:dem|der|denen|welchem|welcher)|durch\s+(?:den|die|das|welchen))\s+(?P<passive>(?:das|die|der)\s"
    rf"{_CLAUSE})\s(?:ko|mit)?(?:gefördert|finanziert|bezuschusst)\s+(?:wird|werden|wurde|wurden))"
    r"\s*(?=[,.;]|$)"
)
# Nothing but an article, a head noun and the name's quote before the unit, adverbials after it.
_ARTICLE_AND_HEAD = re.compile(r"(?:das|die|den|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")
_AFTER_THE_UNIT = re.compile(rf"[“”\"«]?(?:\s+(?:{ADVERBIAL}|mit\s+{_IN_THE_CLAUSE}{{1,40}}))*\s*")


def payer_relative_clauses(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for clause in _PAYER_RELATIVE.finditer(text, *sentence):
        before = [m for m in actors(ms, sentence[0], clause.start() + 1) if m.end <= clause.start() + 1]
        payer = before[-1] if before else None
        if (
            payer is None
            or not (payer.type in PAYER_TYPES or is_fund(payer))
            or clause.start() - payer.end > 1
        ):
            continue
        zone = clause.span("object") if clause.group("object") is not None else clause.span("passive")
        units = [m for m in actors(ms, *zone) if m.type in PASSIVE_FUNDED]
        if not units or not _ARTICLE_AND_HEAD.fullmatch(text, zone[0], units[0].start):
            continue
        listed = funded_list(text, ms, units[0], zone[1])
        if _AFTER_THE_UNIT.fullmatch(text, listed[-1].end, zone[1]):
            yield from (RelationFinding(u, "fundedBy", payer) for u in listed)
