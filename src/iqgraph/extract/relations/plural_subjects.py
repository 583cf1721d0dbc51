"""A plural subject standing for the units named right before it, each of them the subject: "Zum Netzwerk Y gehören
die Projekte „A“, „B“ und „C“. Sie werden vom Land Z gefördert" (or "Alle drei werden …", "Die Teilprojekte werden
…"), and the same after lines that each name a unit ("„A“ (Träger: …)" per line, blank lines between, no bullet).
relations.py reads a bulleted list's plural head and "Beide Projekte" itself; this is what it asks when those give
none."""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..text.spans import end_of_the_text_before
from .antecedents import SENTENCE_BEFORE_REACH, Before, start_of_the_sentence_before

__all__ = ["units_a_plural_subject_means"]

_COUNT = rf"(?:{'|'.join(lexicon.GERMAN_NUMBER_WORDS)}|\d{{1,2}})"
_PLURAL_UNITS = r"(?:Teil|Modell)?(?:[Pp]rojekte|Vorhaben|Beratungsstellen|Angebote)"
# "Die Teilprojekte", "Alle drei Projekte", "Diese genannten Vorhaben", "Alle drei", "Beide", "Sie werden"
_PLURAL_SUBJECT = re.compile(
    r"\s*(?:(?:Die|Alle|Diese|Sämtliche)\s+(?:(?:genannten|beteiligten|aufgeführten|folgenden|beiden)\s+)?"
    rf"(?:{_COUNT}\s+)?{_PLURAL_UNITS}"
    rf"|Alle\s+{_COUNT}|Beide"
    r"|Sie(?=\s+(?:werden|wurden|sind|waren|erhalten|erhielten|bekommen|bekamen|gehören|gehörten)\b))\s"
)
# Between two coordinated names: a comma, "und", "sowie" (their quotation marks around): "„A“, „B“ und „C“"
_COORDINATION = re.compile(r"[“”\"«]?\s*(?:,\s*(?:und\s+|sowie\s+)?|und\s+|sowie\s+)[„\"»]?")
# What may stand before a unit's name at a line's start: a bullet or number, a quotation mark, "Projekt:"
_LINE_OPENING = re.compile(r"[^\S\n]*(?:(?:[-–•*▪]|\d{1,2}[.)])[^\S\n]+)?(?:[A-ZÄÖÜ][\w-]*:[^\S\n]*)?[„\"»]?")
_MIN_UNITS = 2  # a plural needs two at least


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
