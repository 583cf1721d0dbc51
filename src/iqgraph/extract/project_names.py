"""Project names without quotation marks, and the units the programme runs nationwide.

    STYLED := "Projekt KOMPASS", "Teilprojekt ZAQ+", "im Projekt klever-iq": a word styled as a name (capitals
              throughout, small letters joined by a hyphen) right after a project head

A plain capitalised word after "Projekt" is left alone: in "gibt dem Projekt Zeit" it is an object, not a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import Mention

# "Projekt", "Teilprojekt", "Modellprojekt", "IQ-Projekt", "IQ Teilprojekt": the head a project name follows.
# Not "Förderprojekt": a funding instrument ("das Förderprojekt „Zuschuss“ des Bundes") is a programme.
_HEAD = r"(?<![\w-])(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt)(?:es|s)?"
# A word styled as a name: "KOMPASS", "ZAQ+" (capitals throughout, three at least: "IQ" and two-letter forms are
# the programme's or a Land's), "klever-iq" (small letters joined by a hyphen).
_STYLED = r"[A-ZÄÖÜ]{3,}\+?(?![\w-])|[a-zäöüß]{2,}(?:-[a-zäöüß]{2,})+(?![\w-])"
_STYLED_AFTER_HEAD = re.compile(rf"{_HEAD}\s+(?P<name>{_STYLED})")


# A name the apposition after it calls a project: "mit dem Zentrum für Anerkennung Lahn, einem Teilprojekt des
# IQ Netzwerks", "das Café Beruf, ein Angebot der Stiftung X". The name runs from the article over capitalised
# words and the links inside a name (two words at least: "das Projekt, ein Angebot der …" names nothing); the
# apposition may follow the particle that closes the clause ("mit dem Zentrum X zusammen, einem Teilprojekt …").
_NAME_IN_APPOSITION = re.compile(
    r"(?<![\w-])(?:dem|das|den|des|die|der|vom|beim|zum|zur|im)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+(?:(?:für|und|in|im|zur|zum|am)\s+)?[A-ZÄÖÜ][\w\-]*){1,5})"
    r"(?:\s+[a-zäöüß]+)?,\s+"
    r"(?:ein|eine|einem|einer|eines)\s+(?:[a-zäöüß]\w*(?:e|en|es|em)\s+)?"
    r"(?:Teil|Modell|Pilot)?(?:[Pp]rojekt|Angebot)(?:s|es)?\s+(?:des|der|im|vom|von)\b"
)


def find_project_names(text: str) -> list[Mention]:
    styled = [
        Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0))
        for m in _STYLED_AFTER_HEAD.finditer(text)
    ]
    return styled + [
        Mention.named(m.start("name"), m.end("name"), "Subproject", m.group("name"), m.group("name"))
        for m in _NAME_IN_APPOSITION.finditer(text)
    ]


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
