"""The persons listed on the lines after a sentence: after a lead-in closing its line ("Es sprachen:") or after an
item of a programme opening with its time ("10:15 Uhr Grußwort"), one person opening each line.
"""

from __future__ import annotations

import re

from ..names.mentions import Mention
from ..text.spans import ByStart
from .organisers import JOINED

_LIST_LINE = re.compile(r"[ \t]*\n[ \t]*(?P<line>[^\n]+)")  # the next line of a list, not after a blank one
# An item of a programme opening with its time: "10:15 Uhr Grußwort", "10.45 – 11.30 Uhr: Impulsvortrag", "14 Uhr".
_PROGRAMME_ITEM = re.compile(
    r"[ \t]*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*Uhr\b|[ \t]*\d{1,2}[.:]\d{2}\s"
)
# ... or, a programme flattened one cell a line, its kind alone on a line ("Begrüßung", "Podiumsdiskussion:"), the
# time on the line above: the speech act is the whole line.
_ITEM_ALONE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w-]*(?:[ \t]+[\w-]+)?[ \t]*:?[ \t]*")
# ... or its kind and the talk's title after a colon on one line ("Impulsvortrag: „Was Betriebe gewinnen“", "Podium:
# Gute Beispiele aus der Region"), the persons on the lines after: read from that line's end (a "?" in the title ends
# a sentence inside it)
_ITEM_TITLED = re.compile(r"[A-ZÄÖÜ][\w-]*(?:[ \t]+[\w-]+)?[ \t]*:[ \t]*\S[^\n]*")
_A_SENTENCE = re.compile(
    r"[a-zäöüß]{3}[.!?][ \t]*$"
)  # a line of prose ends in a word and its stop, a cell does not
_MOST_LISTED = 20  # lines read after a lead-in: a programme's speakers, not the rest of the release
_ITEM_HEAD = 40  # characters from a line's start in which its person stands ("- Prof. Dr. Petra Beispiel")


def listed_after_lead_in(text: str, sentence: tuple[int, int], persons: ByStart[Mention]) -> list[Mention]:
    """ "Es sprachen:", "Auf dem Podium:" closing its line, then one person a line ("- Petra Beispiel, Ministerin"):
    the persons opening the lines of the list, up to a line that opens with none or a blank line."""
    if not text[sentence[0] : sentence[1]].rstrip().endswith(":"):
        return []
    listed: list[Mention] = []
    pos = sentence[1]
    for _ in range(_MOST_LISTED):
        line = _LIST_LINE.match(text, pos)
        head = (line.start("line"), min(line.end(), line.start("line") + _ITEM_HEAD)) if line else None
        first = persons.within(*head) if head else []
        if line is None or not first:
            break
        listed.append(first[0])
        pos = line.end()
    return listed


def on_the_items_next_line(text: str, sentence: tuple[int, int], persons: ByStart[Mention]) -> list[Mention]:
    """ "10:15 Uhr Grußwort" and on the lines after it "Staatsminister Jonas Muster" and "Petra Beispiel, Landrätin",
    or "mit Jonas Muster (Stadt X), Petra Beispiel (Kammer Y) und …": an item of a programme, its time first and its
    speech act named (or that act alone on its line, a flattened table's cell), is given by the persons opening the lines after it (with those listed along), up to a blank
    line, the next item or a line opening with no one."""
    alone = not _PROGRAMME_ITEM.match(text, *sentence)
    titled = _titled_item(text, sentence) if alone else None
    if alone and titled is None and not _ITEM_ALONE.fullmatch(text, *sentence):
        return []
    given: list[Mention] = []
    pos = sentence[1] if titled is None else titled
    if titled is not None:
        # the title's line ran on into the speaker's (a wrapped line joined): "… Praxis“ Petra X, …"
        given += listed_along(text, persons.within(sentence[1], titled))
    for _ in range(_MOST_LISTED):
        line = _LIST_LINE.match(text, pos)
        if line is None or _PROGRAMME_ITEM.match(text, line.start("line")):
            break
        if alone and _A_SENTENCE.search(line.group("line")):
            break  # "Begrüßung" over "Petra Beispiel leitet den Verein.": a heading over prose, no table's cell
        on_it = persons.within(line.start("line"), line.end())
        if not on_it or on_it[0].start >= line.start("line") + _ITEM_HEAD:
            break
        given += listed_along(text, on_it)
        pos = line.end()
    return given


def listed_along(text: str, persons: list[Mention]) -> list[Mention]:
    """The first person and those joined to it by commas or "und" ("X (Stadt Y), Z (Kammer W) und V")."""
    listed = persons[:1]
    for m in persons[1:]:
        if not JOINED.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed


def _titled_item(text: str, sentence: tuple[int, int]) -> int | None:
    """Where the line ends of an item that opens its line with its kind, a colon and its title ("Podium: Gute Beispiele
    aus der Region"); None for any other sentence."""
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    if text[line_start : sentence[0]].strip():
        return None  # the sentence does not open its line
    line = _ITEM_TITLED.match(text, sentence[0])
    if line is None or line.end() < sentence[1] - 1 or _A_SENTENCE.search(line.group()):
        return None  # "Fazit: Die Tagung war gut besucht." is prose: a title ends in no stop
    return line.end()
