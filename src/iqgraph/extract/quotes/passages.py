"""Quoted passages, read on a same-length copy of the text in which every quotation mark reads '"'
(text.normalise_quote_marks), so offsets stay exact: a mark after a letter closes, one before a letter opens.
Single marks pairing on one line around words ('…', ‚…‘) read '"' too, an apostrophe ("geht's") not. A quote
may run over wrapped lines but not over a paragraph's end, unless the next paragraph opens with a mark ("„Wir
beraten …" and on the next paragraph "„Und wir …“"): German prints no closing mark before a quote's next
paragraph.
"""

from __future__ import annotations

import re

QUOTE_MAX_CHARS = 2500  # a quote longer than this lost its closing mark
# A line ending in one of these ends a paragraph; any other line break is a wrapped line.
_PARAGRAPH_END = re.compile(r"[.!?:\"]\s*\n|\n[ \t]*\n")
_SINGLE_QUOTE = re.compile(r"(?<!\w)['‚‘](?=\w)[^'‚‘’\n\"]{2,400}?(?<=\S)['‘’](?!\w)")
# A closing mark whose paragraph has no other mark before it: the paragraph is the quote.
_LOST_OPENING = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?=[^\n\"]*\Z)")


def single_marks(shadow: str) -> str:
    """'…', ‚…‘, ‘…’ as '"' where they pair on one line around words (not an apostrophe: "geht's"), outside a
    passage in double marks (inside one they quote within the quote)."""
    if not _SINGLE_QUOTE.search(shadow):
        return shadow
    chars = list(shadow)
    for match in _SINGLE_QUOTE.finditer(shadow):
        # the double marks before it on its line (looked back a quote's length at most): „… ‚inner‘ …“ is a quote
        # inside a quote and stays part of it
        line_start = shadow.rfind("\n", max(0, match.start() - QUOTE_MAX_CHARS), match.start()) + 1
        if shadow.count('"', line_start, match.start()) % 2 == 0:
            chars[match.start()] = chars[match.end() - 1] = '"'
    return "".join(chars)


def quote_spans(shadow: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage (marks excluded). A mark after a letter closes, one before a
    letter opens; a closing mark with nothing open is a stray one. A quote may run over wrapped lines but
    not over a paragraph's end; left open there, the excerpt cut it off and it runs to that end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in re.finditer('"', shadow):
        i = match.start()
        if open_at is not None and (_paragraph_end(shadow, open_at, i) or i - open_at > QUOTE_MAX_CHARS):
            spans.append((open_at + 1, _paragraph_end(shadow, open_at, len(shadow)) or len(shadow)))
            open_at = None
        before = shadow[i - 1] if i else " "
        after = shadow[i + 1] if i + 1 < len(shadow) else " "
        if open_at is not None and not before.isspace():
            spans.append((open_at + 1, i))
            open_at = None
        elif not after.isspace() and not before.isalnum():
            open_at = i
        elif _LOST_OPENING.search(shadow, max(0, i - QUOTE_MAX_CHARS), i):  # "Text…“, so X": opening lost
            spans.append((_LOST_OPENING.search(shadow, max(0, i - QUOTE_MAX_CHARS), i).end(), i))  # type: ignore[union-attr]
    if open_at is not None:
        spans.append((open_at + 1, _paragraph_end(shadow, open_at, len(shadow)) or len(shadow)))
    return [(a, b) for a, b in spans if shadow[a:b].strip()]


def continued(text: str, shadow: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, body) of each quote; a quote left open at a paragraph's end whose next paragraph opens
    with a mark runs on into it (German prints no closing mark before a quote's next paragraph)."""
    out: list[tuple[int, int, str]] = []
    for start, end in spans:
        body = text[start:end].strip()
        if out and _runs_on(shadow, out[-1][1], start):
            first_start, _, first_body = out[-1]
            out[-1] = (first_start, end, f"{first_body} {body}")
        else:
            out.append((start, end, body))
    return out


def _runs_on(shadow: str, previous_end: int, start: int) -> bool:
    """The previous quote was cut at its paragraph's end (no closing mark) and this one starts the next
    paragraph, with its opening mark or without (a writer who left it out)."""
    gap = shadow[previous_end:start].removesuffix('"')
    return not shadow.startswith('"', previous_end) and "\n" in gap and not gap.strip()


def _paragraph_end(shadow: str, start: int, end: int) -> int | None:
    match = _PARAGRAPH_END.search(shadow, start + 1, end)
    return match.start() + 1 if match else None
