"""The owner a sentence names as the source of a tally of its own work.

    SOURCE := "Nach Angaben des Netzwerks X wurden 2030 rund 3.000 Menschen beraten", "Laut Projekt X ließen sich
              300 Frauen beraten", "Wie das Netzwerk X mitteilte, wurden …", "Das Netzwerk X berichtet, dass …
              beraten wurden"

A network or project that reports people served or advised in a clause naming no one who served them reports its
own tally. Other figures a source gives (a shortage, a market, a study) are no one's: only served counts in a
passive or "sich … lassen" clause are read.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from .bodies import names_someone
from .clauses import CountScope, passive_voice
from .numbers import NumberPhrase

# The words that make the name right after them the source: "Nach Angaben des", "Laut", "Wie das … mitteilte"
_SOURCE_BEFORE = re.compile(
    r"(?:\b[Nn]ach\s+Angaben\s+(?:des|der|vom)|\b[Ll]aut(?:\s+(?:dem|der))?|\b[Ww]ie\s+(?:das|die|der))\s+$"
)
_SOURCE_WINDOW = 25  # characters back from the name over its source words
# "Wie das Netzwerk X mitteilte": the verb of telling closes the clause of the source
_TOLD = re.compile(r"\b(?:mitteilte|mitteilt|berichtete|berichtet|meldete|meldet|bilanzierte|bilanziert)\b")
# "Das Netzwerk X berichtet, dass …": the name opens the sentence, a verb of telling and "dass" follow it
_TELLS_THAT = re.compile(
    r"[“”\"]?\s+(?:berichtet|berichtete|meldet|meldete|teilt|teilte|bilanziert|bilanzierte)\b[^.;:]{0,40}?,\s+dass\s"
)
_SERVED_PEOPLE = (
    lexicon.SERVED_COUNT_STEMS + lexicon.ATTENDING_PEOPLE_STEMS
)  # "Beratungen", "Frauen", "Fachkräfte"
_SOURCE_TYPES = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})


def reported_by_source(scope: CountScope, number: NumberPhrase, clause: tuple[int, int]) -> Mention | None:
    """The one network, project or office the sentence names as the source of a served count in an agentless
    passive clause."""
    text = scope.text
    if number.money or not number.head.lower().startswith(_SERVED_PEOPLE):
        return None
    if not passive_voice(text, clause) or names_someone(scope, clause):
        return None
    named = scope.within(scope.sentence)
    sources = {m.key: m for m in named if m.type in _SOURCE_TYPES and not m.generic and _is_source(scope, m)}
    return next(iter(sources.values())) if len(sources) == 1 else None


def _is_source(scope: CountScope, m: Mention) -> bool:
    text, start = scope.text, scope.sentence[0]
    before = _SOURCE_BEFORE.search(text, max(start, m.start - _SOURCE_WINDOW), m.start)
    if before is not None:
        told = before.group().lstrip().lower().startswith("wie")
        return not told or _TOLD.search(text, m.end, scope.sentence[1]) is not None
    opens = not text[start : m.start].strip() or text[start : m.start].strip() in ("Das", "Die", "Der")
    return opens and _TELLS_THAT.match(text, m.end) is not None
