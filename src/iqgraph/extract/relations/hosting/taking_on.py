"""A body taking a unit on as its own, said with no noun of carrying before the unit.

    "2020 übernahm die Y das Projekt X", "Die Y hat das Projekt X übernommen"   (the carrier taking it over)
    "Das Projekt X hat die Y als Träger"                                         (the carrier as the unit's)
    "Zu den Angeboten der Y gehört das Projekt X", "Zu den Projekten der Y zählen A und B"   (the body's offers)
A network or the programme is no carrier (CARRIERS): "Zu den Projekten des IQ Netzwerks Y zählt X" is a part
(part_of.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after
from .words import after_a_preposition

__all__ = ["taken_on"]

_UNIT_HEAD = r"(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"  # the unit's head noun and opening mark: "das Projekt „"
# "übernahm die Y das Projekt X" (verb second, the carrier after it), "Die Y übernimmt 2025 das Projekt X"
_TAKES_OVER = re.compile(r"\b(?:übernimmt|übernahm|übernehmen|übernahmen)\s")
# "Die Y hat (2020) das Projekt X übernommen": the auxiliary, the unit and the participle closing the clause
_HAS_TAKEN_OVER = re.compile(
    rf"\b(?:hat|hatte|haben|hatten)\s+(?:[\w.]+\s+){{0,3}}?(?:das|die|den)\s+{_UNIT_HEAD}$"
)
_TAKEN_OVER_CLOSE = re.compile(r"[“”\"«]?\s+(?:(?:von\s+der|vom|von\s+dem)\s+[^.;,]{1,60}?\s+)?übernommen\b")
_OBJECT_ARTICLE = re.compile(rf"\s(?:das|die|den)\s+{_UNIT_HEAD}$")
_TO_THE_UNIT = 40  # characters from the verb or the carrier to the unit's article and head noun
# "Das Projekt X hat (seit 2020) die Y als Träger(in)"
_AS_CARRIER = re.compile(
    r"\s+(?:hat|hatte|haben|hatten)\s+(?:(?:seit\s+[\w.]+|\d{4}|nun|jetzt|heute)\s+)*(?:die|den|das)\s+$"
)
_AS_CARRIER_AFTER = re.compile(r"\s+als\s+(?:neuen?\s+)?(?:Projekt)?[Tt]räger(?:in)?\b")
# "Zu den Angeboten der Y gehört X", "Zu den Projekten des Vereins Y zählen A und B"
_OFFERS_OF = re.compile(
    r"\bZu\s+den\s+(?:\w+en\s+)?(?:Angeboten|Projekten|Teilprojekten|Beratungsangeboten)\s+(?:der|des|von)\s+"
)
_BELONGS = re.compile(
    r"\s+(?:gehört|gehören|gehörte|gehörten|zählt|zählen|zählte|zählten)\s+(?:(?:auch|seit\s+[\w.]+|heute)\s+)*"
    rf"(?:(?:das|die|der)\s+)?(?P<unit>){_UNIT_HEAD}"
)


def taken_on(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    yield from _taken_over(text, sentence, ms)
    yield from _has_as_carrier(text, sentence, ms)
    yield from _offers_of_a_body(text, sentence, ms)


def _taken_over(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    start, end = sentence
    carriers = [m for m in actors(ms, start, end, CARRIERS) if not after_a_preposition(text, m.start)]
    for unit in actors(ms, start, end, COORDINATED):
        # the unit the verb's object, the verb in its clause: "übernahm die Y das Projekt X" (not "übernahm die Y
        # die Kosten für das Projekt X", nor "übernahm die Y, die das Projekt X …")
        lo = max(start, unit.start - _TO_THE_UNIT * 2, text.rfind(",", start, unit.start) + 1)
        article = _OBJECT_ARTICLE.search(text, lo, unit.start)
        if article is None or after_a_preposition(text, article.start() + 1):
            continue
        verb = _last_verb(text, lo, unit.start)
        perfect = _HAS_TAKEN_OVER.search(text, lo, unit.start)
        if verb is not None:
            carrier = _carrier_of(carriers, start, verb, unit)
        elif perfect is not None and _TAKEN_OVER_CLOSE.match(text, unit.end):
            carrier = _carrier_of(carriers, start, perfect.start(), unit)
        else:
            continue
        if carrier is not None:
            yield RelationFinding(unit, "hostedBy", carrier)


def _last_verb(text: str, start: int, end: int) -> int | None:
    found = list(_TAKES_OVER.finditer(text, start, end))
    return found[-1].start() if found else None


def _carrier_of(carriers: list[Mention], start: int, verb: int, unit: Mention) -> Mention | None:
    """The subject: right after the verb (something fronted) or the one carrier before it."""
    after = [c for c in carriers if verb < c.start < unit.start]
    before = [c for c in carriers if start <= c.start < verb]
    if after:
        return after[0]
    return before[0] if len(before) == 1 else None


def _has_as_carrier(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    units = actors(ms, *sentence, COORDINATED)
    for carrier in actors(ms, *sentence, CARRIERS):
        if not _AS_CARRIER_AFTER.match(text, carrier.end):
            continue
        unit = next((u for u in reversed(units) if u.end <= carrier.start), None)
        if unit is not None and _AS_CARRIER.fullmatch(text, unit.end, carrier.start):
            yield RelationFinding(unit, "hostedBy", carrier)


def _offers_of_a_body(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _OFFERS_OF.finditer(text, *sentence):
        body = next((m for m in ms if m.start == cue.end()), None)
        verb = _BELONGS.match(text, body.end) if body is not None else None
        if body is None or body.type not in CARRIERS or verb is None:
            continue
        # (the unit's mention may take its head noun in: "das Projekt „X“" from "Projekt" or from "X")
        first = next(
            (m for m in ms if verb.start("unit") <= m.start <= verb.end() and m.type in COORDINATED), None
        )
        if first is not None:
            units = listed_after(text, ms, first.start, sentence[1], COORDINATED)
            yield from (RelationFinding(u, "hostedBy", body) for u in units)
