"""A body handing a unit's coordination or carrying on: "Die Y gibt die Koordination des IQ Netzwerks X ab", "Der Verein
Y hat die Trägerschaft des Projekts X an die Z abgegeben", "Die Y übergibt die Koordination des X an die Z". The body
that gives it up held it until then, the one it passes to holds it after: each X hostedBy (the graph keeps no period,
as with a change of coordinator)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors
from .words import UNIT_AFTER_COORDINATION

__all__ = ["handing_over"]

_HELD = (
    r"die\s+(?:Gesamt|Netzwerk|Landes|Projekt)?(?:Koordination|Koordinierung|Trägerschaft|Federführung)"
    r"\s+(?:des|der|für\s+(?:das|den|die))\s"
)
# The giving verb before the held noun ("gibt … ab", "übergibt", "übergab"), or its participle after it ("hat … abgegeben",
# "hat … übergeben"); the separable particle "ab" closes the clause.
_HANDED = re.compile(
    rf"\b(?P<verb>gibt|gab|übergibt|übergab|überträgt|übertrug)\s+(?:[\w.]+\s+){{0,3}}?{_HELD}"
    rf"|\b(?:hat|hatte)\s+(?:[\w.]+\s+){{0,3}}?{_HELD}"
)
# What closes the clause: the particle of "abgeben" or a participle of giving ("abgegeben", "übergeben").
_CLOSERS = {
    "gibt": re.compile(r"\sab\b"),
    "gab": re.compile(r"\sab\b"),
    None: re.compile(r"\s(?:abgegeben|übergeben|übertragen)\b"),
}
_CLAUSE = re.compile(r"[^.;:]{0,160}")
# The taker after "an": "… an die Z ab", "… an den Verein Z übergeben".
_TO = re.compile(r"\san\s+(?:die|den|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
# The giver opens the sentence: "Die Y gibt …", "Der Verein Y hat …" (an article and a head noun before it).
_GIVER_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")


def handing_over(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    start, end = sentence
    for cue in _HANDED.finditer(text, start, end):
        givers = actors(ms, start, cue.start(), CARRIERS)
        units = actors(ms, cue.end(), cue.end() + UNIT_AFTER_COORDINATION, COORDINATED)
        clause = _CLAUSE.match(text, cue.end(), end)  # matches always: it may match nothing
        clause_end = clause.end() if clause else cue.end()
        closer = _CLOSERS.get(cue.group("verb"))
        closed = closer is None or closer.search(text, cue.end(), clause_end) is not None
        if len(givers) != 1 or not units or not closed:
            continue
        if not _GIVER_OPENING.fullmatch(text, start, givers[0].start):
            continue
        yield RelationFinding(units[0], "hostedBy", givers[0])
        taker = next(
            (
                m
                for m in actors(ms, units[0].end, clause_end, CARRIERS)
                if _TO.search(text, units[0].end, m.start)
            ),
            None,
        )
        if taker is not None:
            yield RelationFinding(units[0], "hostedBy", taker)
