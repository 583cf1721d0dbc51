"""What the carrier readers share: where a subject opens the sentence or follows its verb, whether a body is the
object of a preposition ("mit der Stiftung Y"), how far an agent, object or unit may follow its cue, which bodies
carry a project, and the unit named after a carrier ("Unter dem Dach der Y gGmbH arbeitet die Anlaufstelle X" ->
X hostedBy Y)."""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention
from ..actors import COORDINATED, FRONTED_CLAUSE

AGENT_NEXT = 16  # characters from the preposition to the agent's name: an article and a head noun
# Nothing but an article and a head noun before the subject that opens the sentence: "Die Stiftung Y …".
SUBJECT_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜ]\w*\s+)?$")
OBJECT_NEXT = 40  # characters from the verb to its object: adverbials ("seit 2015") and an article
UNIT_AFTER_COORDINATION = (
    12  # characters from "Koordination des" to the unit: a head noun ("Netzwerks") at most
)


# The subject right after the verb, adverbs before its article: "… führt seit 2020 der Verein Y durch".
SUBJECT_AFTER_VERB = re.compile(r"\s(?:[\w.]+\s+){0,3}?(?P<article>die|der|das)\s+$")
WORD_BEFORE = 20  # characters back to the word before the article


def after_a_preposition(text: str, pos: int) -> bool:
    """ "mit der Stiftung": the body is the object of a preposition, not the subject."""
    words = text[max(0, pos - WORD_BEFORE) : pos].split()
    return bool(words) and words[-1].lower() in lexicon.PREPOSITIONS


INSTRUMENT_CARRIERS = frozenset(
    {"Organisation", "Agency"}
)  # a ministry with a project funds it, carries none


def after_hosts(text: str, ms: list[Mention], hosts: list[Mention]) -> list[Mention]:
    """The unit named after the host in the same clause: "Unter dem Dach der Y gGmbH arbeitet die Anlaufstelle X"
    (not "Träger ist die Y, das Angebot gehört zum Netzwerk Z": a clause of its own)."""
    if not hosts:
        return []
    host = hosts[0]
    return [
        m for m in ms if m.start > host.end and m.type in COORDINATED and "," not in text[host.end : m.start]
    ]


# The next main clause opened by a fronted participle, its subject right after the auxiliary: "Die Trägerschaft liegt
# beim Verein Y, gefördert wird das Projekt X vom Land Z" (a carrier noun naming no unit means the one that clause is
# about).
_SUBJECT_AFTER_THE_AUXILIARY = re.compile(
    r"[a-zäöü][a-zäöüß-]+\s+(?:wird|werden|wurde|wurden)\s+(?:(?:das|die|der)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)


def unit_of_the_next_clause(text: str, ms: list[Mention], hosts: list[Mention], end: int) -> list[Mention]:
    if not hosts:
        return []
    comma = FRONTED_CLAUSE.match(text, hosts[0].end)
    if comma is None:
        return []
    units = [m for m in ms if m.type in COORDINATED and comma.end() < m.start < end]
    if not units or not _SUBJECT_AFTER_THE_AUXILIARY.fullmatch(text, comma.end(), units[0].start):
        return []
    return units[:1]
