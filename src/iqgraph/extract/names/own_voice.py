"""The page's own voice: "wir" in the narration of a page written in the first person stands for the body or
project the page is about.

A project page or an association's "Über uns" page names itself once ("Das Teilprojekt „X“ gehört zum …") and
then writes "Pro Jahr bieten wir drei Kurse an", "Im Netzwerk Y sind wir Partner". Such a "wir" is a stand-in
(a generic mention) for, in this order:
1. the body a possessive named just before it in the same paragraph ("Unser Verein ist Mitglied im A. Im B sind
   wir …": the association);
2. else the page's own unit: the first body its headline or lead names, where that is a project (a ministry's,
   an agency's or a carrier's "wir" is left alone: it writes of others' projects).
A "wir" in quoted speech, in an interview's answer ("Petra Beispiel: Wir …") or after a colon within its sentence
is the speaker's, not the page's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..text.spans import IntervalIndex, Mention

__all__ = ["first_person_stand_ins"]

_WIR = re.compile(r"(?<![\w-])[Ww]ir(?![\w-])")
# the kinds of unit a page speaks for as "wir", among the bodies a page can be about
# (an organisation's or a network's "wir" is left unread: a page whose project's name is not recognised would
# give its project's carrier, funders and staff to the network or carrier its lead names first)
_SPEAKING = frozenset({"Subproject"})
_BODIES = frozenset(
    {"Subproject", "Organisation", "StateNetwork", "Ministry", "Agency", "Programme", "CoordinationOffice"}
)
_LEAD_REACH = 600  # characters from the text's start that hold its headline and the lead's first sentences
# quoted speech: a passage between quotation marks within a paragraph
_QUOTED = re.compile(
    r"[„\"“»‚][^„\"“”»«\n]*[“\"”«‘’]|[„»“\"][^\n]*$|^[^\n]{0,40}?[\w.]:\s[^\n]*", re.MULTILINE
)
# a line of an interview or a labelled block ("Petra Beispiel: Wir …", "Aksoy: …"); within a sentence, a colon
# before "wir" opens someone's words
_SENTENCE_OPENING = re.compile(r"[.!?\n](?=[^.!?\n]*$)")
_SENTENCE_CLOSING = re.compile(r"[.!?\n]")
_SAID = re.compile(rf",\s*(?:{'|'.join(sorted(lexicon.SPEECH_VERBS, key=len, reverse=True))})\s")
# a paragraph that is a question alone: the text is an interview, and every "wir" in it is someone's answer
_INTERVIEW = re.compile(r"(?m)^[^\n]{1,200}\?[ \t]*$")
_SENTENCE_REACH = 400  # characters back to the start of the sentence a "wir" stands in
_OWN_REACH = 400  # characters back, within the paragraph, to a body the page named with "unser"


# The carrier's own voice where it hosts a unit: "Das Projekt X ist bei uns angesiedelt", "… in unserer
# Trägerschaft"; these stand only for a body the paragraph named as the writer's ("Unser Verein …"), never for the
# page's project.
_CARRYING_US = re.compile(r"(?<![\w-])(?:(?<=\sbei\s)uns|[Uu]nserer(?=\s+Trägerschaft\b))(?![\w-])")


def first_person_stand_ins(text: str, chosen: list[Mention]) -> list[Mention]:
    """A generic mention at each "wir" of the page's narration, for the unit it speaks for (module docstring)."""
    words = [w for w in _WIR.finditer(text) if _narrated(text, w.start())]
    carrying = [w for w in _CARRYING_US.finditer(text) if _narrated(text, w.start())]
    if not (words or carrying) or _INTERVIEW.search(text):
        return []
    quoted = IntervalIndex(q.span() for q in _QUOTED.finditer(text))
    page = _page_unit(text, chosen)
    own = sorted((m for m in chosen if m.generic and m.surface and _possessed(text, m)), key=lambda m: m.end)
    out = []
    for w in (*words, *carrying):
        if quoted.overlaps(w.start(), w.end()):
            continue
        unit = _owned_before(text, own, w.start()) or (page if w.re is _WIR else None)
        if unit is not None:
            out.append(
                replace(unit, start=w.start(), end=w.end(), surface=w.group(), generic=True, priority=0)
            )
    return out


def _page_unit(text: str, chosen: list[Mention]) -> Mention | None:
    """The project the page is about: the first body its headline or lead names other than after a preposition
    ("Unter dem Dach der X arbeitet das Projekt Y"), if that is a project."""
    first = min(
        (
            m
            for m in chosen
            if not m.generic
            and m.type in _BODIES
            and m.start < _LEAD_REACH
            and not _after_a_preposition(text, m)
        ),
        key=lambda m: m.start,
        default=None,
    )
    return first if first is not None and first.type in _SPEAKING else None


_WORDS_BEFORE = 24  # characters back from a name to a preposition and its article: "unter dem Dach der"
_ARTICLES = frozenset({"der", "des", "dem", "den", "die", "das"})


def _after_a_preposition(text: str, m: Mention) -> bool:
    words = text[max(0, m.start - _WORDS_BEFORE) : m.start].lower().split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and (words[-1] in lexicon.PREPOSITIONS or words[-1] == "dach")


def _narrated(text: str, pos: int) -> bool:
    """Not after a colon in its sentence (an interview's answer, words someone says), nor in a sentence a speech
    verb closes ("Wir beraten viele, sagt X"): unmarked speech."""
    opening = _SENTENCE_OPENING.search(text, max(0, pos - _SENTENCE_REACH), pos)
    start = opening.end() if opening else max(0, pos - _SENTENCE_REACH)
    closing = _SENTENCE_CLOSING.search(text, pos, pos + _SENTENCE_REACH)
    end = closing.start() if closing else pos + _SENTENCE_REACH
    return ":" not in text[start:pos] and _SAID.search(text, pos, end) is None


_POSSESSIVE = re.compile(r"[Uu]nser(?:e|em|en|er)?\s+$")
_POSSESSIVE_REACH = 8  # characters before a stand-in's noun that hold "unser" and a space


def _possessed(text: str, m: Mention) -> bool:
    return _POSSESSIVE.search(text, max(0, m.start - _POSSESSIVE_REACH), m.start) is not None


def _owned_before(text: str, own: list[Mention], pos: int) -> Mention | None:
    """ "Unser Verein ist … Im Netzwerk Y sind wir …": the body the paragraph has named as the writer's."""
    before = [
        m for m in own if m.end <= pos and pos - m.end <= _OWN_REACH and "\n\n" not in text[m.end : pos]
    ]
    return before[-1] if before else None
