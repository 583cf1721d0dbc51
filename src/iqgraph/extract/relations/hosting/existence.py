"""A project said to exist or run at a body: "Das Projekt X gibt es seit 2023 bei der Y", "Bei der Y gibt es seit
Mai die Anlaufstelle X", "Das Projekt X läuft beim Verein Y": X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, RelationFinding, actors

__all__ = ["existing_at_a_body"]

_UNITS = frozenset({"Subproject", "CoordinationOffice"})
# Adverbials between the verb and the place: "seit 2023", "seit November 2023", "nun auch", "bereits".
_TIMES = r"(?:(?:seit|ab)\s+(?:[A-ZÄÖÜ]\w+\s+)?\d{4}|(?:seit|ab)\s+[A-ZÄÖÜ]\w+|bereits|schon|nun|jetzt|auch|weiterhin)"
_AT_A_BODY = r"(?:bei\s+(?:der|dem)|beim|an\s+der|am)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
# The unit first: "Das Projekt X gibt es seit 2023 bei der Y", "… läuft seit Mai beim Verein Y".
_UNIT_THEN_BODY = re.compile(
    rf"[“”\"«]?\s+(?:gibt\s+es|gab\s+es|läuft|lief)\s+(?:{_TIMES}\s+){{0,3}}{_AT_A_BODY}$"
)
# The body first: "Bei der Y gibt es seit Mai das Projekt X".
_BODY_FIRST = re.compile(r"\s*(?:Bei\s+(?:der|dem)|Beim|An\s+der|Am)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$")
_BODY_THEN_UNIT = re.compile(
    rf"[“”\"«]?\s+(?:gibt|gab)\s+es\s+(?:{_TIMES}\s+){{0,3}}(?:das|die|den|eine[n]?|ein)\s+(?:\w+\s+)?[„\"»]?$"
)
# "Das Projekt X gibt es bei der Y nicht mehr": the clause after the body denies it
_DENIED = re.compile(r"[^,;.]*?\b(?:nicht|nie|kein\w*)\b")
_NEXT = 80  # characters from the first name to the second: the verb, times, an article and a head noun


def existing_at_a_body(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for first, second in zip(named, named[1:], strict=False):
        if second.start - first.end > _NEXT:
            continue
        if first.type in _UNITS and second.type in CARRIERS:
            denied = _DENIED.match(text, second.end, sentence[1])
            if _UNIT_THEN_BODY.fullmatch(text, first.end, second.start) and not denied:
                yield RelationFinding(first, "hostedBy", second)
        elif first.type in CARRIERS and second.type in _UNITS:
            opening = _BODY_FIRST.fullmatch(text, sentence[0], first.start)
            if opening and _BODY_THEN_UNIT.fullmatch(text, first.end, second.start):
                yield RelationFinding(second, "hostedBy", first)
