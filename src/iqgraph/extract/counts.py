"""Counts stated in text: "mit seinen 21 Teilprojektpartnern", "aus 12 Teilprojekten", "43 Teilprojekte"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .mentions import Mention

_NUMBER_WORDS = "|".join(lexicon.GERMAN_NUMBER_WORDS)
COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:[.\s]\d{{3}})+|\d+|{_NUMBER_WORDS})\s+"
    r"(?P<what>(?:IQ[\s-])?(?:Teilprojektpartner|Teilprojekt|Teilvorhaben|Projektpartner|Kooperationspartner|Projekt)\w*)"
)
_SUBPROJECT_WORDS = ("Teilprojekt", "Teilvorhaben", "Projekt")
_OWNERS = frozenset({"StateNetwork", "Programme"})


@dataclass(frozen=True)
class CountFinding:
    subject: Mention
    what: str
    value: int
    is_subprojects: bool


def find_counts(
    text: str, sentence: tuple[int, int], mentions: list[Mention], fallback: Mention | None
) -> list[CountFinding]:
    out = []
    for match in COUNT_RE.finditer(text, sentence[0], sentence[1]):
        value = _value(match.group("n"))
        owner = _owner(mentions, sentence, match.start()) or fallback
        if owner is None or value is None:
            continue
        what = match.group("what")
        is_sub = what.split("-")[-1].split()[-1].startswith(_SUBPROJECT_WORDS)
        out.append(CountFinding(owner, what, value, is_sub))
    return out


def _value(text: str) -> int | None:
    if text.lower() in lexicon.GERMAN_NUMBER_WORDS:
        return lexicon.GERMAN_NUMBER_WORDS[text.lower()]
    digits = re.sub(r"[.\s]", "", text)
    return int(digits) if digits.isdigit() else None


def _owner(mentions: list[Mention], sentence: tuple[int, int], pos: int) -> Mention | None:
    """The network (else programme) the sentence names nearest before the number, else after it."""
    here = [m for m in mentions if m.type in _OWNERS and sentence[0] <= m.start < sentence[1]]
    before = [m for m in here if m.start < pos]
    networks = [m for m in before if m.type == "StateNetwork"] or [
        m for m in here if m.type == "StateNetwork"
    ]
    if networks:
        return networks[-1] if networks[-1].start < pos else networks[0]
    return before[-1] if before else (here[0] if here else None)
