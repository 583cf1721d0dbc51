"""Clauses that go on from a figure before them and share its subject.

PARTITIVE := "Davon waren 3.218 Frauen", "…, darunter 300 Ärztinnen": a part of the figure before
ADDITIVE := "…, dazu kommen mehr als 600 Beratungsgespräche", "Hinzu kamen 40 Kurse": more of the same owner's
FRONTED := "…; ausgegeben wurden 74.000 €", "Verausgabt wurden davon 81.000 €": a participle opening a passive
          clause sets its figure against the one before, of the same owner (a part of it after "davon")
FUNDED := "Damit werden fünf neue Beratungsstellen finanziert", "Mit dem Geld sollen 12 Kurse gefördert werden":
          what the money of the figure before pays for is its recipient's
REACHED := "Damit sollen etwa 40 Frauen eine Beratung erhalten", "Mit dem Projekt sollen 120 Zugewanderte erreicht
          werden", "In diesem Jahr sollen damit 60 Geflüchtete begleitet werden": the people the project or network
          named before (or the one whose money it was) is to reach
"""

from __future__ import annotations

import re

from .. import lexicon
from .clauses import MAX_FRONTED
from .numbers import TOKEN, NumberPhrase
from .participants import counts_people

_ADDITIVE = re.compile(r"(?<![\w-])(?:[Dd]azu|[Hh]inzu)\s+(?:kommen|kamen|kommt|kam)\s+(?:noch\s+)?$")
_FUNDED_BY_IT = re.compile(
    r"\s*(?:Damit|Davon|Hiermit|Mit\s+(?:dem|diesem)\s+Geld|Mit\s+(?:den|diesen)\s+(?:Mitteln|Geldern))\s+"
    r"(?:werden|wird|wurden|wurde|sollen|soll|können|kann|konnten|konnte)\s"
)
_FUNDED = re.compile(r"\b(?:" + "|".join(lexicon.FUNDED_PARTICIPLES) + r")\b")


# "Damit"/"Dadurch" or "mit dem Projekt" as the means, before the finite verb or right after it: "Damit sollen …",
# "Über das Angebot werden …", "Im kommenden Jahr sollen damit …"
_MEANS = (
    r"(?:Damit|Dadurch|Hierdurch|Hiermit|(?:Mit|Über|Durch)\s+(?:dem|das|diesem|dieses|den|diesen)\s+"
    r"(?:Projekt|Vorhaben|Angebot|Programm|Modellprojekt|Teilprojekt)(?:en|e|s)?)"
)
_FINITE = r"(?:werden|wird|wurden|wurde|sollen|soll|können|kann|konnten|konnte)"
_REACHED_BY_IT = re.compile(
    rf"\s*(?:{_MEANS}\s+{_FINITE}|(?:[\w.-]+\s+){{1,{MAX_FRONTED}}}?{_FINITE}\s+(?i:damit|dadurch|hierdurch))\s"
)


# A participle opening a passive clause: "ausgegeben wurden", "Bewilligt wurden", "Verausgabt wurden davon"
_FRONTED_PARTICIPLE = re.compile(
    r"\s*(?P<participle>(?i:[a-zäöü]*ge[a-zäöüß]+|(?:ver|be|er|ent|zer)[a-zäöüß]+|[a-zäöüß]+ier)(?:t|en))\s+"
    r"(?:wurden|wurde|werden|wird|sind|waren)\s+(?:(?:davon|hiervon|dann|schließlich|bis\s+\w+)\s+)?$"
)
_NO_PARTICIPLES = frozenset({"insgesamt", "bereits", "zuletzt", "jetzt", "erst", "gegen"})
# "davon" right before the number, after the verb: "Ausgezahlt wurden davon 40.000 €"
_PART_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:davon|darunter|hiervon)\s+$")


def continuation(text: str, clause: tuple[int, int], number: NumberPhrase) -> str | None:
    """How the clause of a number goes on from the figure before it ("partitive", "additive", "funded"), or None."""
    first = TOKEN.search(text, clause[0], clause[1])
    if first is not None and first.group().lower() in lexicon.PARTITIVE_ADVERBS:
        return "partitive"
    fronted = _FRONTED_PARTICIPLE.match(text, clause[0], number.start)
    if fronted is not None and fronted.group("participle").lower() not in _NO_PARTICIPLES:
        return "fronted"
    if _PART_RIGHT_BEFORE.search(text, clause[0], number.start):
        return "partitive"
    additive = _ADDITIVE.search(text, clause[0], number.start)
    if additive is not None and text[clause[0] : additive.start()].rstrip()[-1:] in ("", ",", ";"):
        return "additive"
    if _FUNDED_BY_IT.match(text, clause[0]) and _FUNDED.search(text, number.end, clause[1]):
        return "funded"
    if _reached_by_it(text, clause, number):
        return "reached"
    return None


def _reached_by_it(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """People a means named before is to reach: the clause opens with it, people are counted."""
    return counts_people(number) and _REACHED_BY_IT.match(text, clause[0], number.start) is not None
