"""A plural subject standing for the units named right before it, each of them the subject. relations.py asks, in
this order:

BOTH := "Beide Projekte werden vom Land Z gefördert": the two projects named last
BULLETED := "Die Teilprojekte werden …", "Alle genannten Projekte …" right after a bulleted list: the list's items
PLURAL := "Zum Netzwerk Y gehören die Projekte „A“, „B“ und „C“. Sie werden vom Land Z gefördert" (or "Alle drei
          werden …", "Die Teilprojekte werden …"), and the same after lines that each name a unit ("„A“ (Träger: …)"
          per line, blank lines between, no bullet): what it asks when the two before give none
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..text.spans import end_of_the_text_before
from .antecedents import SENTENCE_BEFORE_REACH, Before, start_of_the_sentence_before

__all__ = [
    "BOTH_SUBJECT",
    "both_named_before",
    "items_listed_right_before",
    "units_a_plural_subject_means",
]

_COUNT = rf"(?:{'|'.join(lexicon.GERMAN_NUMBER_WORDS)}|\d{{1,2}})"
_PLURAL_UNITS = r"(?:Teil|Modell)?(?:[Pp]rojekte|Vorhaben|Beratungsstellen|Angebote)"
# "Gefördert werden die Projekte …": a passive's participle first, the plural subject after its auxiliary
_FRONTED_PARTICIPLE = (
    r"(?:Gefördert|Finanziert|Kofinanziert|Unterstützt|Getragen|Umgesetzt|Durchgeführt)\s+(?:werden|wurden)\s+"
    r"(?:die|alle|diese|sämtliche)"
)
# "Die Teilprojekte", "Alle drei Projekte", "Diese genannten Vorhaben", "Alle drei", "Beide", "Sie werden", "Gefördert
# werden die Projekte"
_PLURAL_SUBJECT = re.compile(
    rf"\s*(?:(?:Die|Alle|Diese|Sämtliche|{_FRONTED_PARTICIPLE})\s+(?:(?:genannten|beteiligten|aufgeführten|folgenden|beiden)\s+)?"
    rf"(?:{_COUNT}\s+)?{_PLURAL_UNITS}"
    rf"|Alle\s+{_COUNT}|Beide"
    r"|Sie(?=\s+(?:werden|wurden|sind|waren|erhalten|erhielten|bekommen|bekamen|gehören|gehörten)\b))\s"
)
# Between two coordinated names: a comma, "und", "sowie" (their quotation marks around): "„A“, „B“ und „C“"
_COORDINATION = re.compile(r"[“”\"«]?\s*(?:,\s*(?:und\s+|sowie\s+)?|und\s+|sowie\s+)[„\"»]?")
# A list item's bullet, number or letter: "- ", "2. ", "a) Lotse Nord; Träger: …"
_BULLET = r"(?:[-–•*▪]|\d{1,2}[.)]|[a-z]\))"
# What may stand before a unit's name at a line's start: a bullet or number, a quotation mark, "Projekt:"
_LINE_OPENING = re.compile(rf"[^\S\n]*(?:{_BULLET}[^\S\n]+)?(?:[A-ZÄÖÜ][\w-]*:[^\S\n]*)?[„\"»]?")
_MIN_UNITS = 2  # a plural needs two at least

BOTH_SUBJECT = re.compile(
    r"\s*(?:Beide|Die\s+beiden)\s+(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rojekte|[Aa]ngebote|[Ss]tellen|Vorhaben)\s"
)
# "Die Teilprojekte werden vom Land Y gefördert", "Alle genannten Projekte gehören …" right after a bulleted list of
# projects: the plural head speaks of the list's items, each the subject.
_ALL_LISTED = re.compile(
    rf"\s*(?:Die|Alle|Diese|Sämtliche|{_FRONTED_PARTICIPLE})\s+(?:(?:genannten|beteiligten|aufgeführten|folgenden)\s+)?"
    rf"{_PLURAL_UNITS}\s"
)
_BULLET_LINE = re.compile(rf"[^\S\n]*{_BULLET}[^\S\n]")


def both_named_before(text: str, sentence: tuple[int, int], before: Before) -> list[Mention]:
    """The two projects named last before a sentence opening with "Beide Projekte", in their order."""
    if BOTH_SUBJECT.match(text, sentence[0]) is None:
        return []
    last_two = _distinct(before.recent("project"))[-2:]
    return last_two if len(last_two) == 2 else []


def items_listed_right_before(text: str, sentence: tuple[int, int], before: Before) -> list[Mention]:
    """The projects the bulleted lines right before the sentence name (blank lines between), where the sentence
    opens with a plural project head; two at least, in their order."""
    if _ALL_LISTED.match(text, sentence[0]) is None:
        return []
    start = end = end_of_the_text_before(text, sentence[0])
    while (line_start := text.rfind("\n", 0, start) + 1) and _BULLET_LINE.match(text, line_start):
        start = line_start - 1
    listed = _distinct([m for m in before.projects_since(start) if m.start < end])
    return listed if len(listed) >= _MIN_UNITS else []


def units_a_plural_subject_means(text: str, sentence: tuple[int, int], before: Before) -> list[Mention]:
    """The units a sentence's plural subject stands for, in their order: the lines right before, each opening with
    a unit's name, or the units coordinated in the sentence right before; none unless two at least."""
    if _PLURAL_SUBJECT.match(text, sentence[0]) is None:
        return []
    return _units_on_the_lines_before(text, sentence[0], before) or _units_coordinated_before(
        text, sentence[0], before
    )


def _units_on_the_lines_before(text: str, start: int, before: Before) -> list[Mention]:
    """The units on the lines right before `start` that each open with one, blank lines between them allowed."""
    end = end_of_the_text_before(text, start)
    if text.rfind("\n", end, start) < 0:
        return []  # the sentence goes on the line of the one before: no list before it
    lines_start = end
    while True:
        line_start = text.rfind("\n", 0, end) + 1
        named = [m for m in before.projects_since(line_start) if m.start < end]
        if not named or _LINE_OPENING.fullmatch(text, line_start, named[0].start) is None:
            break
        lines_start, end = line_start, end_of_the_text_before(text, line_start)
    # every unit on those lines (two short items may have been joined as one wrapped line)
    listed = _distinct([m for m in before.projects_since(lines_start) if m.start < start])
    return listed if len(listed) >= _MIN_UNITS else []


def _units_coordinated_before(text: str, start: int, before: Before) -> list[Mention]:
    """The last run of units coordinated in the sentence right before `start` ("„A“, „B“ und „C“")."""
    begins = start_of_the_sentence_before(text, start)
    opening = begins if begins is not None else start - SENTENCE_BEFORE_REACH
    named = [m for m in before.projects_since(opening) if m.start < start]
    run: list[Mention] = []
    for m in named:
        run = [*run, m] if run and _COORDINATION.fullmatch(text, run[-1].end, m.start) else [m]
    return _distinct(run) if len(_distinct(run)) >= _MIN_UNITS else []


def _distinct(units: list[Mention]) -> list[Mention]:
    return list({m.key: m for m in units}.values())
