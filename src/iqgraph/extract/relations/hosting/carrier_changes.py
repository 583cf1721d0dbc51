"""A change of carrier told in one clause, read by the roles its words mark, whatever their order: the noun of what
is held (the coordination, the carrying), the unit in its genitive (or the one spoken of last), the body that held it
before after "von" and the one that holds it after "an"/"auf"/"zu" or as the subject of "übernehmen".

    "Ab Januar übernimmt der Verein B die Koordination."                     (the unit spoken of last)
    "Die Trägerschaft des Projekts X wechselt von der A zum Verein B."
    "Der Verein B übernimmt ab Januar von der A die Trägerschaft des Projekts X."
    "Zum 1. Januar geht die Koordination an den Verein B über."
    "Die Koordination des X wird ab Mai vom Verein B übernommen."            (the passive's agent is the new one)

The graph keeps no period: the body before and the body after each carried the unit (as coordination.py reads "Die
Koordination des X wechselt von der A zum Verein B").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors
from .words import UNIT_AFTER_COORDINATION, after_a_preposition

__all__ = ["carrier_changes"]

# What is held, its article before it (none in a headline: "B übernimmt Koordination des X"), the unit's genitive
# after it; "die Koordination der Tagung" names no unit and is skipped.
_HELD = re.compile(
    r"(?<![\w-])(?:Gesamt|Netzwerk|Landes|Projekt)?(?:[Kk]oordination|[Kk]oordinierung|Trägerschaft)(?![\w-])"
    r"(?P<of>\s+(?:des|der|für\s+(?:das|den|die))\s)?"
)
# A bare noun with a preposition's object after it ("die Koordination von Terminen", "… mit der Y") is no unit's.
_BARE_THEN_OBJECT = re.compile(r"\s+(?:von|vom|mit|zwischen|im|in|bei|beim|für|aller|vieler)\b")
# The verbs of a change: taking it over (the new body its subject), or it passing from one body to another.
_TAKES = re.compile(r"(?<![\w-])(?:übernimmt|übernahm|übernehmen|übernahmen|übernommen)(?![\w-])")
_PASSES = re.compile(
    r"(?<![\w-])(?:wechselt|wechselte|wechseln|wechselten|gewechselt|geht|ging|gehen|gingen|übergegangen)(?![\w-])"
)
_PASSIVE = re.compile(r"(?<![\w-])(?:wird|wurde|werden|wurden)(?![\w-])")
_RETURNS = re.compile(r"\szurück\b")  # "geht auf die Y zurück": it began with Y, no change of carrier
# The body before: "von der A", "vom Verein A" (a head noun between); the body after: "an den Verein B", "auf die B",
# "zur B", "zum Verein B".
_FROM = re.compile(r"(?<![\w-])(?:[Vv]on\s+der|[Vv]on\s+dem|[Vv]om|[Vv]on)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_TO = re.compile(r"(?<![\w-])(?:(?:an|auf)\s+(?:die|den|das)|zur|zum)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_LINK_REACH = 30  # characters back from a body to its preposition: the article and a head noun
# "vom Land Y gefördert": an agent of another participle, not the body the unit came from
_PARTICIPLE_NEXT = re.compile(r"\s+(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\b")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:die|der|den)\s+$")
_ARTICLE_REACH = 5
_GENITIVE_ATTRIBUTE = re.compile(
    r"(?<![\w-])(?:die|der|das|den|dem|eine|einer|eines|ein)\s+[A-ZÄÖÜ][\w-]*\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_CLAUSE_BREAKS = re.compile(r"[,;:]\s|\s[–-]\s")


def carrier_changes(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    """`earlier`: the network or project named last before the sentence, what a bare "die Koordination" is of."""
    start, end = sentence
    for held in _HELD.finditer(text, start, end):
        article = _ARTICLE_BEFORE.search(text, max(start, held.start() - _ARTICLE_REACH), held.start())
        if after_a_preposition(
            text, article.start() if article else held.start()
        ):  # "in der Koordination", "Kosten für die Koordination"
            continue
        lo, hi = _clause_around(text, start, end, held.start(), held.end())
        unit = _unit(text, ms, held, earlier)
        if unit is None:
            continue
        bodies = [m for m in actors(ms, lo, hi, CARRIERS) if not (unit.start <= m.start < unit.end)]
        before = _linked(text, bodies, _FROM)
        after = _linked(text, bodies, _TO)
        taken = _TAKES.search(text, lo, hi)
        if taken is not None and _PASSIVE.search(text, lo, hi):
            after, before = after or before, []  # "wird vom Verein B übernommen": the agent takes it over
        elif taken is not None and not after:
            subjects = [b for b in bodies if b not in before and not _object_or_attribute(text, b)]
            after = subjects if len(subjects) == 1 else []
        elif taken is None and (not _PASSES.search(text, lo, hi) or _RETURNS.search(text, lo, hi)):
            continue
        for body in (before[:1] + after[:1]) if after else []:
            yield RelationFinding(unit, "hostedBy", body)


def _object_or_attribute(text: str, body: Mention) -> bool:
    """No subject: the object of a preposition ("mit der Y") or a noun's genitive ("die Aufgabe der Y")."""
    reach = max(0, body.start - _LINK_REACH)
    return (
        after_a_preposition(text, body.start)
        or _GENITIVE_ATTRIBUTE.search(text, reach, body.start) is not None
    )


def _clause_around(text: str, start: int, end: int, at: int, past: int) -> tuple[int, int]:
    """The clause the noun stands in: from the break before it to the break after it (a comma inside a name such as
    "Y gGmbH, Bonn" is rare in this construction)."""
    lo = start
    for brk in _CLAUSE_BREAKS.finditer(text, start, at):
        lo = brk.end()
    after = _CLAUSE_BREAKS.search(text, past, end)
    return lo, after.start() if after else end


def _unit(text: str, ms: list[Mention], held: re.Match[str], earlier: Mention | None) -> Mention | None:
    if held.group("of"):
        named = actors(ms, held.end(), held.end() + UNIT_AFTER_COORDINATION, COORDINATED)
        return named[0] if named else None
    if _BARE_THEN_OBJECT.match(text, held.end()):
        return None
    return earlier if earlier is not None and earlier.type in COORDINATED else None


def _linked(text: str, bodies: list[Mention], link: re.Pattern[str]) -> list[Mention]:
    return [
        b
        for b in bodies
        if link.search(text, max(0, b.start - _LINK_REACH), b.start)
        and not _PARTICIPLE_NEXT.match(text, b.end)
    ]
