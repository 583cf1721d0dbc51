"""Wrapped lines joined: a sentence a release breaks over lines is read as one before it is split.

A module of its own because deciding where a line break is a wrap is a layout question (the width a text was
wrapped at, list items, headings, quotations left open, labels on lines of their own), apart from where a
sentence ends inside a line (text.py).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .. import lexicon
from ..lexicon.events import MONTH_NAMES
from .text import ABBREVIATIONS


def unwrap(text: str) -> str:
    """The text with each line break inside a wrapped sentence made a space (same length: offsets hold): where
    the next line goes on in small letters ("… vom Land gefördert\nund vom Verein umgesetzt"), and in a text
    wrapped at a fixed width, where a line ends without a mark and the next line's first word would not have
    fitted on it. Headings, datelines, names and list items keep their own lines."""
    lines = text.split("\n")
    layout = _wrap_layout(lines)
    quoting = _quotation_open_after(lines) if layout is not None else [False] * len(lines)
    layouts = _narrow_prose_only(lines, layout)
    out: list[str] = []
    opens = True  # whether the line opens a paragraph
    item = False  # whether the paragraph the line is in opens with a list item's mark
    for i, (line, following) in enumerate(itertools.pairwise(lines)):
        item = bool(_LIST_ITEM.match(line)) if opens else item
        after = lines[i + 2] if i + 2 < len(lines) else ""
        joined = _wraps(line, following, layouts[i], item, after) or _quotation_goes_on(
            line, following, quoting[i], layouts[i]
        )
        out.append(line + (" " if joined else "\n"))
        opens = not joined
    return "".join(out) + lines[-1]


# Marks that open and close a quotation where opening and closing differ.
_QUOTE_OPENING, _QUOTE_CLOSING = "„»", "“”«"
_QUOTE_STRAIGHT = '"'  # opens where none is open and closes where one is („…" is written as often as „…“)


def _quotation_open_after(lines: list[str]) -> list[bool]:
    """For each line, whether a quotation opened in it or before it is still open at its end."""
    out, open_ = [], False
    for line in lines:
        if not line.strip():
            open_ = False  # a blank line ends a paragraph, and a quotation left open with it
        for char in line:
            if char in _QUOTE_OPENING:
                open_ = True
            elif char in _QUOTE_CLOSING:
                open_ = False
            elif char == _QUOTE_STRAIGHT:
                open_ = not open_
        out.append(open_)
    return out


def _quotation_goes_on(line: str, following: str, open_: bool, layout: _Layout | None) -> bool:
    """In a wrapped text, a line that ends a sentence inside a quotation still open goes on in the next line:
    the quotation and its speaker ("…“, sagte X") are one paragraph; so does a dash the wrap moved down ("zum
    Thema „Wozu warten?\n– Wege in Arbeit“")."""
    return (
        open_
        and bool(following.strip())
        and (not _LIST_ITEM.match(following) or _next_word_did_not_fit(line, following, layout))
        and len(line.split()) >= WRAP_MIN_WORDS
    )


# A line ends its sentence where it ends in a mark (perhaps closed by a quotation mark or bracket) that is no
# abbreviation's, initial's or ordinal's full stop: "Prof. Dr." or "am 3." at a line's end go on.
_CLOSED_END = re.compile(r"(?P<mark>[.!?…:;])[\"“”»«')\]]*\s*$")
_ABBREVIATION_END = re.compile(r"(?<![\w-])(?P<word>\w+)\.\s*$")
WRAP_MIN_WORDS = 4  # a shorter line (a heading, a dateline, a name) is no sentence wrapped at its end
_GOES_ON_SMALL = re.compile(r"\s*[a-zäöüß]")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·▪»›→►■◦✓✔]|\d{1,2}[.)]|[a-z]\))\s")  # "a) …" too
# "Seit\n15. Januar 2019 wird …": a day and its month at a line's start go on with a date, no list item.
_DATE_AT_LINE_START = re.compile(rf"\s*\d{{1,2}}\.\s+(?:{'|'.join(MONTH_NAMES)})(?!\w)")
WRAP_MAX_CHARS = 100  # no line of a text wrapped at a fixed width is longer
WRAP_SLACK = 20  # a wrapped line ends at most this short of the width: the next word did not fit
WRAP_MIN_WIDTH = 45  # texts are wrapped at 55 to 90 characters; a short text of short lines is a list
WRAPPED_LINES = 5  # lines that long a text needs to be taken as wrapped (a short release has a few)
# A table's row: cells parted by bars or tabs ("Projekt | Träger", "| Brücke Nord | Lernort e. V. |", "Projekt\tTräger").
_TABLE_ROW = re.compile(r"[^\S\n]*\||[^\n]*(?: \| |\S\t+\S)")
WRAP_QUANTILE = 80  # percent of the lines within the width
# The width a text was wrapped at is at most this much beyond the length most lines stay within, and many lines
# reach it: it is the length of the third longest line.
WRAP_FILL_REACH = 10
WRAP_FILL_RANK = 3


@dataclass(frozen=True)
class _Layout:
    """How a text wrapped at a fixed width is laid out: `width`, the length most of its long lines stay within,
    and `fill`, the longest line of its paragraphs (the width it was wrapped at: a word that would have made a
    line longer went to the next one)."""

    width: int
    fill: int


def _wrap_layout(lines: list[str]) -> _Layout | None:
    width = _wrap_width(lines)
    if width is None:
        return None
    # a line of one word may be longer than the width (a link), one of two words or more is not; and a word
    # split over two lines and joined when the text was read ("Förder-\nprogramm") makes one or two longer
    longest = sorted(
        (
            n
            for line in lines
            if len(line.split()) > 1 and (n := len(line.rstrip())) <= width + WRAP_FILL_REACH
        ),
        reverse=True,
    )
    return _Layout(width, max([width, *longest[WRAP_FILL_RANK - 1 : WRAP_FILL_RANK]]))


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text is wrapped at, or None where it is not wrapped at a fixed width: the length most of its
    long lines stay within (a word joined back from the next line may push one or two beyond it)."""
    # a table's rows ("Projekt | Träger | Summe") are no sentences wrapped at a width
    body = sorted(len(line.rstrip()) for line in lines if line.strip() and not _TABLE_ROW.match(line))
    if len(body) < WRAPPED_LINES:
        return None
    width = body[len(body) * WRAP_QUANTILE // 100]
    if NARROW_MIN_WIDTH <= width < WRAP_MIN_WIDTH and _a_narrow_column(lines):
        return width if sum(n >= width - width // NARROW_SLACK_PART for n in body) >= WRAPPED_LINES else None
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_CHARS:
        return None
    return width if sum(n >= width - WRAP_SLACK for n in body) >= WRAPPED_LINES else None


# A newspaper's column, printed and read back as text, is wrapped at 28 to 44 characters: prose, not a list of short
# names, where most lines hold a clause's words and many end in a small word or a comma or go on in small letters.
NARROW_MIN_WIDTH = 28
NARROW_SLACK_PART = 4  # a line of a narrow column ends at most a quarter of the width short of it
NARROW_GOING_ON = 3  # lines that visibly go on (most end in a capitalised noun, which tells nothing)
_SMALL_START = re.compile(r"\s*[a-zäöüß„“]")
# a line ending in a small word or a comma (an article, a verb, a clause's comma): a list's item ends in a name
_SMALL_OR_COMMA_END = re.compile(r"(?:(?<![\w-])[a-zäöüß]+|,)\s*$")


def _narrow_prose_only(lines: list[str], layout: _Layout | None) -> list[_Layout | None]:
    """Each line's layout: a narrow column's only in the paragraphs written as its prose, so that a list of short
    names between them ("Brücke Beruf Fulda" / "Faire Integration Kassel") keeps a line for each name."""
    if layout is None or layout.width >= WRAP_MIN_WIDTH:
        return [layout] * len(lines)
    out: list[_Layout | None] = []
    for blank, block in itertools.groupby(lines, key=lambda line: not line.strip()):
        paragraph = list(block)
        prose = not blank and _narrow_prose(paragraph)
        out += [layout if prose else None] * len(paragraph)
    return out


def _a_narrow_column(lines: list[str]) -> bool:
    """Whether the text holds a column's prose: NARROW_GOING_ON lines at least going on in the next."""
    return sum(_goes_on(line, following) for line, following in itertools.pairwise(lines)) >= NARROW_GOING_ON


def _narrow_prose(paragraph: list[str]) -> bool:
    """A paragraph of a column's prose: most lines hold a clause's words, one goes on in the next at least."""
    clauses = sum(len(line.split()) >= WRAP_MIN_WORDS for line in paragraph)
    going_on = any(_goes_on(line, following) for line, following in itertools.pairwise(paragraph))
    return 2 * clauses >= len(paragraph) and going_on


def _goes_on(line: str, following: str) -> bool:
    return (
        bool(following.strip())
        and not _ends_a_sentence(line)
        and bool(_SMALL_START.match(following) or _SMALL_OR_COMMA_END.search(line))
    )


_FIRST_WORD = re.compile(r"[ \t]*(?P<word>[^ \t]+)")


def _next_word_did_not_fit(line: str, following: str, layout: _Layout | None) -> bool:
    """In a text wrapped at a fixed width, whether the next line's first word would have made this line longer
    than the text's lines are: the wrap moved it down ("… der Chef der\nRegionaldirektion Nord"); where it would
    have fitted, the line ended there of its own (a heading, a name, a list's line)."""
    word = _FIRST_WORD.match(following)
    return (
        layout is not None and word is not None and len(line.rstrip()) + 1 + len(word["word"]) > layout.fill
    )


def _ends_a_sentence(line: str) -> bool:
    closed = _CLOSED_END.search(line)
    if closed is None:
        return False
    short = _ABBREVIATION_END.search(line) if closed.group("mark") == "." else None
    if short is None:
        return True
    word = short.group("word")
    if word.isdigit():
        return len(word) > 2  # "bis zum 31." goes on with its month; "im Jahr 2024." ends
    return len(word) > 1 and word.lower() not in ABBREVIATIONS


_WORD_END = re.compile(r"[\w)]\s*$")


def _mark_wrapped_down(line: str, following: str, layout: _Layout | None, item: bool) -> bool:
    """ "… trafen sich die Teams von IQ Nord\n– Ost in Kassel": in a text wrapped at a fixed width, a dash or a
    number that opens the next line after a line ending in a word was moved down by the wrap where it would not
    have fitted, and opens no list item (unless the paragraph is an item: then it opens the next)."""
    return not item and bool(_WORD_END.search(line)) and _next_word_did_not_fit(line, following, layout)


# Lines that open a paragraph of their own after a sentence: a speaker's or a field's label ("Anna Muster: …",
# "Träger: …", "Frage: …"), an author's byline ("Von Anna Muster, 3. Mai 2024") and a letter's salutation or
# closing ("Mit freundlichen Grüßen").
LABEL_WORDS = 4  # the words of a label before its colon
_OWN_LINE = re.compile(
    rf"\s*(?:(?:[A-ZÄÖÜ][\w.'-]*\s+){{0,{LABEL_WORDS - 1}}}[A-ZÄÖÜ][\w.'-]*\s*:(?:\s|$)|Von\s+[A-ZÄÖÜ]"
    rf"|(?:{'|'.join(map(re.escape, lexicon.LETTER_CLOSINGS + lexicon.LETTER_SALUTATIONS))})(?!\w))"
)


def _paragraph_goes_on(line: str, following: str, after: str, layout: _Layout | None) -> bool:
    """ "… in Berlin stattfand.\nSchwerpunkt war …": in a text wrapped at a fixed width, a line ending a sentence
    before a line whose first word would not have fitted on it ends no paragraph: the wrap moved the word down.
    Unless the next line is a heading (it ends without a mark and is not wrapped itself) or a line of its own."""
    return (
        len(line.split()) >= WRAP_MIN_WORDS
        and not _LIST_ITEM.match(following)
        and not _OWN_LINE.match(following)
        and _next_word_did_not_fit(line, following, layout)
        and (_CLOSED_END.search(following) is not None or _next_word_did_not_fit(following, after, layout))
    )


def _wrapped_at_a_colon(line: str, layout: _Layout | None) -> bool:
    """ "… waren eingebunden:\nFrau X": in a text wrapped at a fixed width, a long line ending in a colon or a
    semicolon was wrapped after it (a field's label, "Träger:", stands on a short line of its own)."""
    closed = _CLOSED_END.search(line)
    return (
        closed is not None
        and closed.group("mark") in ":;"
        and layout is not None
        and len(line.rstrip()) >= layout.width - WRAP_SLACK
    )


def _wraps(line: str, following: str, layout: _Layout | None, item: bool, after: str) -> bool:
    """Whether `following` goes on with the sentence or paragraph `line` is in; `item`: the paragraph `line` is
    in opens with a list item's mark, so a line opening with one is the next item; `after`: the line after
    `following`."""
    if not following.strip() or _TABLE_ROW.match(line) or _TABLE_ROW.match(following):
        return False  # a table's rows keep their lines, and the line before its header ends there
    if _ends_a_sentence(line) and not _wrapped_at_a_colon(line, layout):
        return _paragraph_goes_on(line, following, after, layout)
    if _LIST_ITEM.match(following) and not _DATE_AT_LINE_START.match(following):
        return _mark_wrapped_down(line, following, layout, item)
    if line.lstrip().startswith(lexicon.LETTER_SALUTATIONS):
        return False  # "Sehr geehrte Frau X,": a letter's salutation has a line of its own
    if len(line.split()) < WRAP_MIN_WORDS:
        # a short line is a heading, a dateline or a name, unless long words filled it ("Beratungsstelle der\n…")
        return _next_word_did_not_fit(line, following, layout)
    return bool(_GOES_ON_SMALL.match(following)) or _next_word_did_not_fit(line, following, layout)
