"""Counts a release gives of its own unit without naming it: its one subproject, else its main network.

TEAM := "Das Team besteht aus acht Beraterinnen und Beratern", "Zu unserem Team gehören 12 Fachkräfte": the team
      of no one named ("das Team der Kammer" is the chamber's) is the unit's
"""

from __future__ import annotations

import re

from ..names.mentions import Mention
from .bodies import names_someone
from .clauses import CountScope
from .numbers import IN_THE_SENTENCE, NumberPhrase

_TEAM = re.compile(
    r"\s*(?:(?:Das|Unser)\s+(?:[a-zäöü]\w*\s+)?Team\s+(?:besteht|bestand|umfasst|umfasste|zählt|zählte)\b"
    # "Unser Team hat 2030 über 300 Ratsuchende begleitet": our team's figure, whatever its verb
    r"|Unser\s+(?:[a-zäöü]\w*\s+)?Team\s+(?!der\b|des\b|von\b|vom\b)[a-zäöü]\w*"
    r"|(?:Zum|Zu\s+unserem)\s+(?:[a-zäöü]\w*\s+)?Team\s+(?:gehören|gehörten|zählen|zählten)\b)"
)
# "mit unseren 14 Partnern", "unsere zwölf Teilprojekte": what the writer calls ours, right before the number
_OURS = re.compile(r"(?<![\w-])[Uu]nsere[nmr]?\s+$")
_OURS_WINDOW = 12  # characters back from the number to the possessive


def own_unit_subject(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """The release's own unit where the clause opens with the team of no one named, or the number is "ours"."""
    if scope.own_unit is None:
        return None
    ours = _OURS.search(scope.text, max(clause[0], number.start - _OURS_WINDOW), number.start)
    if ours is not None and _someone_else_s(scope, number):
        ours = None
    if ours is None and _TEAM.match(scope.text, clause[0], number.start) is None:
        return None
    return scope.own_unit


_QUOTE_MARKS = '„“”"«»'


def _someone_else_s(scope: CountScope, number: NumberPhrase) -> bool:
    """ "unsere" in a sentence naming a person or a body, or inside a quotation: the speaker's, who may be
    someone else's."""
    sentence = scope.sentence
    quoted = any(c in _QUOTE_MARKS for c in scope.text[sentence[0] : number.start])
    return quoted or names_someone(scope, sentence)


# a verb of offering: workshops or courses a project offers over time are its own, not an event's programme
_OFFERING = re.compile(rf"\b(?:bietet|bieten|bot|boten)\b{IN_THE_SENTENCE}\ban\b|\bangeboten\b|\banbieten\b")


def offers(scope: CountScope, clause: tuple[int, int], was_there: bool) -> bool:
    """Whether a clause no one attends offers what it counts ("Pro Jahr bieten wir vier Workshops an")."""
    return not was_there and _OFFERING.search(scope.text, clause[0], clause[1]) is not None


# "„Wir haben 2030 über 500 Menschen beraten“, sagte Anna Probe, Leiterin des Projekts X": "wir" as the subject
# of a quoted clause (opening it, or after its finite verb), the quotation closed by a mark and a comma before the
# words that say who spoke ("sagte …", "so …").
_WE = re.compile(r"\s*(?:Wir\s|(?:[\w.-]+\s+){1,3}?[a-zäöü]+\s+wir\s)")
_OPENING = re.compile(r"[„»\"](?=[A-ZÄÖÜ])")
_ATTRIBUTION = re.compile(r"[“”\"«]\s*,\s+(?:so\s|[a-zäöü]+\s)")
_SPEAKERS_UNITS = frozenset({"StateNetwork", "Subproject", "CoordinationOffice", "Organisation", "Agency"})


def speakers_unit(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """The one unit the words after a quotation name, where the quoted clause's subject is "wir"."""
    text, sentence = scope.text, scope.sentence
    # the last quotation opened before the number (a quoted name may stand before it: "Projekt „X“, sagt: „Wir …")
    opening = next(reversed(list(_OPENING.finditer(text, sentence[0], number.start))), None)
    if opening is None or _WE.match(text, max(clause[0], opening.end())) is None:
        return None
    closing = _ATTRIBUTION.search(text, number.end, sentence[1])
    if closing is None and _INTRODUCED.search(text, sentence[0], opening.start()):
        # "Anna Probe, Leiterin des Projekts X, sagt: „Wir haben 500 Menschen beraten.“": the words before the colon
        speaker_words = (sentence[0], opening.start())
    elif closing is None or any(c in _QUOTE_MARKS for c in text[opening.end() : closing.start()]):
        return None
    else:
        speaker_words = (closing.end(), sentence[1])
    units = {m.key: m for m in scope.within(speaker_words) if m.type in _SPEAKERS_UNITS}
    return next(iter(units.values())) if len(units) == 1 else None


# a quotation introduced by a colon: "…, sagt: „Wir …"
_INTRODUCED = re.compile(r":\s*$")
