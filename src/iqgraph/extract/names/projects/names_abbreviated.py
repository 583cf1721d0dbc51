"""Project names that spell out the short form in brackets after them.

    SPELLED := "Arbeit und Sprache Oldenburg (ASO)", "Fahrplan Anerkennung beruflicher Abschlüsse (FAbA)": the
               letters of the short form are the first letters of the name's words (its links left out); "(kurz:
               ASO)", "[ASO]" too
    SHORT FIRST := "MiA – Migrantinnen in Arbeit", "KOMPASS (Kompetenzen passgenau stärken)": the short form
               before a dash or a bracket, and the name it spells after it

A name ending in the head of a body, a fund, a plan or an event, or opening with a body's head, is another reader's
("Bundesamt für Migration und Flüchtlinge (BAMF)", "Nationaler Aktionsplan Integration (NAPI)", "Institut X (IX)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.events import EVENT_NOUNS
from ...lexicon.names import ENGLISH_ORG_HEADS, ORG_HEADS
from ...lexicon.projects import NOT_PROJECT_NAME_ENDINGS
from ...text.spans import Mention
from .name_parts import IN_A_NAME

_LINKS = (
    "und",
    "für",
    "in",
    "im",
    "der",
    "des",
    "zur",
    "zum",
    "am",
    "mit",
    "von",
    "auf",
    "die",
    "das",
    "dem",
)
# "in"/"im" link a name's words before an abstract noun or working life only ("Business Chances in Kiel (BCK)" is the
# project in Kiel).
_LINK = rf"(?:{'|'.join(w for w in _LINKS if w not in ('in', 'im'))}|{IN_A_NAME})"
_WORD = r"[A-ZÄÖÜ][\w]*-?|[a-zäöüß]+(?:e|er|en|es)(?=\s+[A-ZÄÖÜ])"
_SPELLED_NAME = re.compile(
    rf"(?<![\w-])(?P<name>[A-ZÄÖÜ][\w]*-?(?:\s+(?:{_LINK}\s+)?(?:{_WORD})){{1,6}})"
    r"\s+(?:\((?:kurz:?\s+|Abk\.:?\s+)?(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)|\[(?P<squared>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\])"
)
_NOT_A_PROJECT = (
    *NOT_PROJECT_NAME_ENDINGS,
    *ORG_HEADS,
    *(h.lower() for h in ENGLISH_ORG_HEADS),
    "gesetz",
    "amt",
    # bodies' heads in the Latin plural: "die Kommunalen Integrationszentren (KI)" name a kind of body
    "zentren",
    "ministerien",
)
# A body's head opening the name is its head too ("Institut Arbeitsmarkt- und Berufsforschung (IAB)"); a service
# unit's is a project's ("Beratungsstelle Anerkennung Sachsen (BAS)").
_BODY_HEADS = tuple(head for head, kind in ORG_HEADS.items() if kind != "Subproject")


def spelled_out_names(text: str) -> list[Mention]:
    out = []
    for m in _SPELLED_NAME.finditer(text):
        words, abbr = m.group("name").split(), m.group("abbr") or m.group("squared")
        first = _spelled_from(words, abbr)
        if (
            first is None
            or words[-1].lower().endswith(_NOT_A_PROJECT)
            or _opens_with_another_head(words[first])
        ):
            continue
        offset = len(" ".join(words[:first])) + 1 if first else 0
        name = " ".join(words[first:])
        start = m.start("name") + offset
        out.append(Mention.named(start, m.end("name"), "Subproject", name, text[start : m.end("name")], abbr))
    return out


def _opens_with_another_head(word: str) -> bool:
    """ "Institut …", "Messe …": a body's or an event's head opening the name."""
    return word.lower().endswith(_BODY_HEADS) or word in EVENT_NOUNS


def _spelled_from(words: list[str], abbr: str) -> int | None:
    """Which word the name begins with: the last words whose first letters spell the short form, with their links
    ("Brücken in Beschäftigung (BiB)") or without them ("Arbeit und Sprache Emden (ASE)")."""
    if not abbr.isalpha():
        return None
    for first in range(len(words) - 1):
        tail = words[first:]
        if not tail[0][0].isupper():
            continue
        spelled = ("".join(w[0] for w in tail), "".join(w[0] for w in tail if w not in _LINKS))
        if abbr.lower() in (s.lower() for s in spelled):
            return first
    return None


# "MiA – Migrantinnen in Arbeit", "BeA (Beratung Anerkennung)": a short form of two capitals at least, then the name.
_SHORT_FORM_FIRST = re.compile(
    r"(?<![\w-])(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6})(?:\s+[–-]\s+|\s+\()"
    rf"(?P<name>[A-ZÄÖÜ][\w]*-?(?:\s+(?:{_LINK}\s+)?(?:{_WORD})){{1,6}})(?![\w-])"
)


def short_forms_spelled_after(text: str) -> list[Mention]:
    out = []
    for m in _SHORT_FORM_FIRST.finditer(text):
        words = m.group("name").split()
        spelled = _spelled_by(words, m.group("abbr"))
        if spelled is None or any(_another_head(word) for word in words[:spelled]):
            continue
        name = " ".join(words[:spelled])
        start, end = m.start("abbr"), m.start("name") + len(name)
        mention = Mention.named(start, end, "Subproject", name, text[start:end], m.group("abbr"))
        # the form as written is a name of it too: "MiA – Migrantinnen in Arbeit"
        out.append(replace(mention, alias=" ".join(text[start:end].split())))
    return out


_OTHER_HEADS = (
    *_BODY_HEADS,
    *NOT_PROJECT_NAME_ENDINGS,
    *(h.lower() for h in ENGLISH_ORG_HEADS),
    "gesetz",
    "amt",
    # bodies' heads in the Latin plural: "die Kommunalen Integrationszentren (KI)" name a kind of body
    "zentren",
    "ministerien",
)


def _another_head(word: str) -> bool:
    """ "Partei", "Bundesamt", "Konferenz": a word of the name that is a body's, a plan's or an event's head."""
    return word.lower().endswith(_OTHER_HEADS) or word in EVENT_NOUNS


def _spelled_by(words: list[str], abbr: str) -> int | None:
    """How many of the first words spell the short form, with or without their links."""
    for n in range(len(words), 1, -1):
        head = words[:n]
        if not head[-1][0].isupper():
            continue
        spelled = ("".join(w[0] for w in head), "".join(w[0] for w in head if w not in _LINKS))
        if abbr.lower() in (s.lower() for s in spelled):
            return n
    return None


def spelled_by_syllables(words: list[str], abbr: str) -> bool:
    """ "Kompetenzen sichtbar machen (KoSima)", "Professionelle Finanzberatung (ProFi)": the short form is made of the
    first letters of each of the name's words in turn, one letter or more from each (its links may give none)."""
    letters = abbr.lower()
    if not letters.isalpha() or not words:
        return False
    lowered = [w.lower() for w in words]

    def spells(i: int, j: int) -> bool:  # abbr[j:] from words[i:]
        if i == len(lowered):
            return j == len(letters)
        word = lowered[i]
        if word in _LINKS and spells(i + 1, j):
            return True
        n = 1
        while j + n <= len(letters) and n <= len(word) and word[:n] == letters[j : j + n]:
            if spells(i + 1, j + n):
                return True
            n += 1
        return False

    return spells(0, 0)
