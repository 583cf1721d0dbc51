"""A project's name repeated later in the text, bare or in quotation marks, is the project again.

    BARE := "das Projekt „Brücke Nord“ … Brücke Nord wird gefördert": a name of several words, or a styled one
    QUOTED := "das Projekt „Brückenbau“ … ist Träger von „Brückenbau“": a one-word name repeated in its quotes
    SUBTITLE := "Mentoring Plus – Frauen in Arbeit" … "Mentoring Plus": the name before the subtitle

A one-word name is looked for in its quotes only: bare, such a word may be a common noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...text.spans import Mention
from .name_parts import SUBTITLE_DASH, repeatable


def repeated_project_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "das Projekt „Brücke Nord“ … Brücke Nord wird gefördert": a project's name of several words, or a styled
    one, repeated later without its head or quotes is a mention of it."""
    # Each name is looked up once for all its mentions, at the word starts that begin with its first word:
    # a scan of the rest of the text per mention (or per name) was quadratic in a long release.
    ends_by_name: dict[tuple[str, str], set[int]] = {}
    spans_by_label: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.type == "Subproject" and not m.generic:
            spans_by_label.setdefault(m.label, []).append((m.start, m.end))
            for name in _names_repeated(m.label):
                ends_by_name.setdefault((name, m.label), set()).add(m.end)
    word_starts = _word_starts(text) if ends_by_name else {}
    repeated = [
        Mention.named(start, start + len(name), "Subproject", label, name)
        for (name, label), ends in ends_by_name.items()
        for start in _repeats_after(
            text, name, [0, *sorted(ends)], _whole_name_starts(text, name, word_starts)
        )
        # "die IQ Anerkennungsberatung" is read from its head, the programme's word before it the programme's:
        # the label spelt out over that very mention is no repeat of it
        if not any(start < s and e == start + len(name) for s, e in spans_by_label[label])
    ]
    return repeated + _quoted_repeats(text, mentions)


# "das Projekt „Brückenbau“ … ist Träger von „Brückenbau“": a one-word name in quotation marks, repeated in them
# later, is the project again (bare, such a word may be a common noun and is not looked for).
_QUOTED_WORD = re.compile(r"[„\"“»](?P<name>[^\W\d_][\w-]*)[“\"”«]")


def _quoted_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "Subproject" and not m.generic and not repeatable(m.label):
            first.setdefault(m.label, m)
    if not first:
        return []
    taken = {m.start for m in mentions}
    return [
        Mention.named(
            match.start("name"), match.end("name"), "Subproject", match.group("name"), match.group("name")
        )
        for match in _QUOTED_WORD.finditer(text)
        if match.group("name") in first
        and match.start("name") not in taken
        and not first[match.group("name")].start <= match.start("name") < first[match.group("name")].end
    ]


def _names_repeated(label: str) -> list[str]:
    """The label, and for "Mentoring Plus – Frauen in Arbeit" the name before the subtitle ("Mentoring Plus"),
    where they are distinctive enough to be looked for bare."""
    names = [label]
    if SUBTITLE_DASH in label:
        names.append(label.split(SUBTITLE_DASH)[0])
    return [name for name in names if repeatable(name) or _SMALL_HYPHENED.fullmatch(name)]


# A name written in small letters with a hyphen ("lotse-nord", "mit-mut"): no German word, distinctive as it stands.
_SMALL_HYPHENED = re.compile(r"[a-zäöüß][a-zäöüß0-9]*(?:-[a-zäöüß0-9]+)+")


_WORD_START = re.compile(r"(?<![\w-])\w+")
_LEADING_WORD = re.compile(r"\w+")


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word stands (in text order) where no word or hyphen goes before it."""
    starts: dict[str, list[int]] = {}
    for word in _WORD_START.finditer(text):
        starts.setdefault(word.group(), []).append(word.start())
    return starts


def _whole_name_starts(text: str, label: str, word_starts: dict[str, list[int]]) -> list[int]:
    """Every start (in text order, overlapping ones too) of `label` as a whole name."""
    whole = re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w+-])")
    first_word = _LEADING_WORD.match(label)
    if first_word is None:  # a name that begins with a sign ("#Talente"): read the whole text for it
        return [m.start() for m in re.finditer(rf"(?={whole.pattern})", text)]
    # A whole name begins where a word equal to its first word does: that word ends where the name's does
    return [start for start in word_starts.get(first_word.group(), []) if whole.match(text, start)]


def _repeats_after(text: str, label: str, ends: list[int], starts: list[int]) -> list[int]:
    """Which of `starts` a scan of the text after each of `ends` finds, left to right without overlaps, as
    the rule reads it; a scan reaching a repeat found before goes on as that one did, so it stops there."""
    # Right at a mention's end the name needs no word boundary before it: the rule reads the text after a
    # mention as a string of its own, where nothing stands before its first character
    at_end = re.compile(rf"{re.escape(label)}(?![\w+-])")
    found: set[int] = set()
    for end in ends:
        start = end if end and at_end.match(text, end) else _first_from(starts, end + 1 if end else 0)
        while start is not None and start not in found:
            found.add(start)
            start = _first_from(starts, start + len(label))
    return sorted(found)


def _first_from(starts: list[int], pos: int) -> int | None:
    at = bisect_left(starts, pos)
    return starts[at] if at < len(starts) else None


def units_named_with_and_without_their_head(mentions: list[Mention]) -> list[Mention]:
    """ "Für die Beratungsstelle „Neustart Gotha“ …" and "Neustart Gotha" in a table of the same release name one
    unit: the head-kept label ("Beratungsstelle „X“", its alias the bare "X") becomes the bare name's entity, the
    head-kept label one of its names."""
    bare = {m.label for m in mentions if m.type == "Subproject" and not m.generic}
    out = []
    for m in mentions:
        if m.type == "Subproject" and m.alias and m.label.endswith(f" „{m.alias}“") and m.alias in bare:
            m = replace(m, key=f"subproject:{m.alias.lower()}", label=m.alias, alias=m.label)
        out.append(m)
    return out
