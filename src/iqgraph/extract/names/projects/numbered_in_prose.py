"""Subprojects named in running text beside their number ("TP 3", "Teilprojekt 2"), not in a numbered list.

The number marks the words next to it as a subproject's name in three German word orders:
- after "als" and the number, with the name's article: "als TP 2 das Berufscoaching in Trägerschaft des Vereins X",
  "als Teilprojekt 3 der Wegweiser Anerkennung – WAZ, getragen von …";
- the number in brackets after the name: "Für den Wegweiser Anerkennung – WAZ (TP 3) war …", "Das Berufscoaching
  (TP 2) hatte als Träger …";
- the name in apposition after the number, between commas: "hinter TP 4, Mit Mut in den Beruf, stand der Verein X".
A network's own coordination ("als TP 1 die Koordination", "… die Koordination und weitere Partner") is no named
subproject.
"""

from __future__ import annotations

import re

from ...text.spans import Mention
from .name_parts import before_a_carrier

__all__ = ["subprojects_by_their_number"]

_NUMBER = r"(?:TP|Teilprojekt)[^\S\n]*\d{1,2}(?:\.\d{1,2})?"
# The small words linking a name's words, before a capital or an adjective: "Fahrplan für die Anerkennung",
# "Wege in den Beruf", "Brücke zum Job" (not "in" alone: "… in Trägerschaft des Vereins" names the carrier).
_LINK = r"(?:für|und|der|des|dem|zur|zum|von|im|mit|am|auf|in[^\S\n]+(?:der|die|den|das|dem))"
# A name: a capitalised word, then capitalised words, inflected adjectives before a noun, or links.
_NAME = (
    rf"[A-ZÄÖÜ][\w\-]*(?:[^\S\n]+(?:[A-ZÄÖÜ][\w\-]*|[a-zäöüß]+(?:e|en|er|es)(?=[^\S\n]+[A-ZÄÖÜ])"
    rf"|{_LINK}(?=[^\S\n]+[\wÄÖÜäöü])|die(?=[^\S\n]+[a-zäöüß]+(?:e|en)[^\S\n]+[A-ZÄÖÜ]))){{0,7}}"
)
# Its short form after a dash: "Wegweiser Anerkennung – WAZ"
_SHORT_FORM = r"(?:[^\S\n]+[-–][^\S\n]+(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü+]*))?"
# What ends the name: a comma, a semicolon, a bracket, a full stop, or the carrier's phrase.
_NAME_END = r"(?=[^\S\n]*(?:[,;(]|\.(?:\s|$)|$)|[^\S\n]+(?:in[^\S\n]+Trägerschaft|getragen|durchgeführt)\b)"
_AFTER_ALS = re.compile(
    rf"(?<![\w-])als[^\S\n]+{_NUMBER}[^\S\n]+(?:der|die|das)[^\S\n]+(?P<name>{_NAME}){_SHORT_FORM}{_NAME_END}"
)
_BEFORE_BRACKETED = re.compile(
    rf"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as|den|dem|des)[^\S\n]+(?P<name>{_NAME}){_SHORT_FORM}[^\S\n]*\({_NUMBER}\)"
)
_IN_APPOSITION = re.compile(
    rf"(?<![\w-]){_NUMBER},[^\S\n]+(?P<name>[A-ZÄÖÜ][^\d,;:.()\n„“\"]{{2,80}}?),(?=[^\S\n]+[a-zäöüß])"
)
_MOST_WORDS = 8  # more words (between the commas) make a clause, not a name
_NOT_NAMES = ("koordination", "koordinierung", "leitung")


def subprojects_by_their_number(text: str) -> list[Mention]:
    out = []
    for pattern in (_AFTER_ALS, _BEFORE_BRACKETED, _IN_APPOSITION):
        for match in pattern.finditer(text):
            name = before_a_carrier(match.group("name")).strip()
            words = name.lower().split()
            if words[0].endswith(_NOT_NAMES) or words[-1].endswith(_NOT_NAMES) or len(words) > _MOST_WORDS:
                continue
            abbreviation = match.groupdict().get("abbr")
            start = match.start("name")
            end = match.end("abbr") if abbreviation else start + len(name)
            out.append(Mention.named(start, end, "Subproject", name, text[start:end], abbreviation))
    return out
