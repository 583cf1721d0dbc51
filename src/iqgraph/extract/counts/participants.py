"""People taking part in an ongoing project, said in the present tense: "Derzeit nehmen 24 Frauen und Männer
teil", "Am Kurs nehmen zurzeit 18 Pflegekräfte teil". An event report tells who took part in the past ("Es nahmen
130 Personen teil", audience.py); the present tense of a sentence that names no one and no event, after a sentence
about a project, counts that project's participants."""

from __future__ import annotations

import re

from .. import lexicon
from .audience import EVENT_WORD
from .clauses import CountScope
from .numbers import IN_THE_SENTENCE, NumberPhrase

_TAKING_PART_NOW = re.compile(rf"\b(?:nehmen|nimmt)\b{IN_THE_SENTENCE}\bteil\b")
_NAMES_ALLOWED = frozenset({"Place"})  # "in Kassel": a place says where, no one else's figure


def takes_part_now(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether the clause counts people taking part now, in a sentence (and one before) naming no one else and no
    event."""
    text, sentence = scope.text, scope.sentence
    head = number.head.lower()
    people = head.startswith(lexicon.ATTENDING_PEOPLE_STEMS) or head.endswith(lexicon.PEOPLE_NOUN_ENDINGS)
    if number.money or not people:
        return False
    if _TAKING_PART_NOW.search(text, clause[0], clause[1]) is None:
        return False
    if any(m.type not in _NAMES_ALLOWED for m in scope.within(sentence)):
        return False
    spans = [sentence] + ([scope.previous] if scope.previous is not None else [])
    return not any(EVENT_WORD.search(text, *span) for span in spans)
