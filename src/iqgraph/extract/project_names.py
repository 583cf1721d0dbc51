"""Project names without quotation marks, and quoted names a sentence calls a project.

    STYLED   := "Projekt KOMPASS", "Teilprojekt ZAQ+", "im Projekt klever-iq": a word styled as a name (capitals
                throughout, small letters joined by a hyphen) right after a project head
    SPELLED  := "Projekt Migrantinnen Coaching (MiCo)", "Projekt MiCo (Migrantinnen Coaching)": a short form and
                the long name whose word initials it spells (with a dash between them: mentions._DASHED_SUBPROJECT)
    CALLED   := "„Brückenbauer“ ist ein Projekt der …", "ein Projekt mit dem Namen „Brückenbauer“": a quoted
                name the sentence calls a project

A plain capitalised word after "Projekt" is left alone: in "gibt dem Projekt Zeit" it is an object, not a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import Mention

# "Projekt", "Teilprojekt", "Modellprojekt", "IQ-Projekt", "IQ Teilprojekt": the head a project name follows.
# Not "Förderprojekt": a funding instrument ("das Förderprojekt „Zuschuss“ des Bundes") is a programme.
_HEAD = r"(?<![\w-])(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt)(?:es|s)?"
# A word styled as a name: "MiCo", "ProRecognition" (a capital inside), "KOMPASS", "ZAQ+" (capitals throughout,
# three at least: "IQ" and two-letter forms are the programme's or a Land's), "klever-iq" (small letters joined).
_STYLED = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][\w+]*|[A-ZÄÖÜ]{3,}\+?(?![a-zäöüß])|[a-zäöüß]{2,}(?:-[a-zäöüß]{2,})+)"
)
# The long name a short form stands for: capitalised words, with the small words of a name between them.
_LONG = (
    r"[A-ZÄÖÜ][\w\-]*(?:\s+(?:[A-ZÄÖÜ][\w\-]*|[a-zäöüß]+(?:e|en|er|es)(?=\s+[A-ZÄÖÜ])"
    r"|(?:für|und|der|des|zur|zum|von|in|im)(?=\s+[A-ZÄÖÜa-zäöü]))){0,7}"
)
_STYLED_AFTER_HEAD = re.compile(rf"{_HEAD}\s+(?P<short>{_STYLED})(?:\s*\((?P<bracketed>{_LONG})\))?(?![\w-])")
_LONG_THEN_SHORT = re.compile(rf"{_HEAD}\s+(?P<long>{_LONG})\s*\((?P<short>{_STYLED}|[A-ZÄÖÜ]{{2,}})\)")
_QUOTED = r"[„\"“»](?P<name>[^„\"“”»«\n?]{3,80})[“\"”«]"
_PROJECT_NOUN = r"(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt|Angebot)"
_CALLED = (
    # "„X“ ist ein Projekt …", "„X“ war das erste Modellprojekt …"
    re.compile(
        rf"{_QUOTED}\s+(?:ist|war)\s+(?:ein|eine|das)\s+(?:[a-zäöüß]+(?:e|es|en)\s+)?{_PROJECT_NOUN}\b"
    ),
    # "ein Projekt mit dem Namen „X“", "das Projekt namens „X“", "das Projekt heißt „X“"
    re.compile(
        rf"{_PROJECT_NOUN}(?:es|s)?\s+(?:mit\s+dem\s+(?:Namen|Titel)|namens|unter\s+dem\s+(?:Namen|Titel)"
        rf"|heißt|trägt\s+den\s+(?:Namen|Titel))\s+{_QUOTED}"
    ),
)
# A short form that names a project without its long name: capitals throughout or small letters joined. One with
# a capital inside ("MiCo") is taken with the long name it spells.
_STANDS_ALONE = re.compile(r"[A-ZÄÖÜ]{3,}\+?|[a-zäöüß]{2,}(?:-[a-zäöüß]{2,})+")


def find_project_names(text: str) -> list[Mention]:
    return [*_styled(text), *_long_then_short(text), *_called(text)]


def _styled(text: str) -> list[Mention]:
    out = []
    for match in _STYLED_AFTER_HEAD.finditer(text):
        short, bracketed = match.group("short"), match.group("bracketed")
        if bracketed and spells(short, bracketed):
            out.append(_project(text, match.start(), match.end(), bracketed, short))
        elif _STANDS_ALONE.fullmatch(short):
            out.append(_project(text, match.start(), match.end("short"), short, None))
    return out


def _long_then_short(text: str) -> list[Mention]:
    return [
        _project(text, match.start(), match.end(), match.group("long"), match.group("short"))
        for match in _LONG_THEN_SHORT.finditer(text)
        if spells(match.group("short"), match.group("long"))
    ]


def _called(text: str) -> list[Mention]:
    out = []
    for pattern in _CALLED:
        for match in pattern.finditer(text):
            name = match.group("name").strip()
            start, end = match.start("name") - 1, match.end("name") + 1
            out.append(_project(text, start, end, name, None))
    return out


def spells(short: str, long: str) -> bool:
    """Whether the capitals of a short form are, in order, initials of the long name's words, the first one
    its first word's: "FAbA" spells "Fahrplan Anerkennung beruflicher Abschlüsse", "IBAS" spells "Informations-
    und Beratungsstelle Anerkennung Sachsen"."""
    capitals = [c for c in short if c.isupper()]
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", long) if w]
    if len(capitals) < 2 or not initials or capitals[0] != initials[0]:
        return False
    position = 0
    for capital in capitals:
        while position < len(initials) and initials[position] != capital:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def _project(text: str, start: int, end: int, label: str, short: str | None) -> Mention:
    return Mention.named(start, end, "Subproject", label, text[start:end], short)


# The units the programme itself runs nationwide, named "IQ Fachstelle X". Named without "IQ" ("die Fachstelle
# Einwanderung"), one is the programme's in a release about the programme that names no network of a Land; in a
# network's release it may as well be one of the network's own units, and is left unnamed.
_PROGRAMME_UNIT_HEADS = ("Fachstelle ",)


def programme_units(mentions: list[Mention], programme_key: str | None) -> list[Mention]:
    federal = any(m.key == programme_key for m in mentions) and not any(
        m.type == "StateNetwork" for m in mentions
    )
    if federal:
        return [_of_the_programme(m) if _bare_programme_unit(m) else m for m in mentions]
    return [m for m in mentions if not _bare_programme_unit(m)]


def _bare_programme_unit(m: Mention) -> bool:
    return m.type == "Subproject" and not m.generic and m.label.startswith(_PROGRAMME_UNIT_HEADS)


def _of_the_programme(m: Mention) -> Mention:
    label = "IQ " + m.label
    return replace(m, key=f"subproject:{label.lower()}", label=label)
