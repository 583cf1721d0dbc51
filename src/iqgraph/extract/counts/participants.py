"""People taking part in an ongoing project, said in the present tense: "Derzeit nehmen 24 Frauen und Männer
teil", "Am Kurs nehmen zurzeit 18 Pflegekräfte teil". An event report tells who took part in the past ("Es nahmen
130 Personen teil", audience.py); the present tense of a sentence that names no one and no event, after a sentence
about a project, counts that project's participants. So does the past tense on a project's page or report that
names no event up to there ("Das Projekt X … . Träger ist Y. Insgesamt nahmen im ersten Jahr 40 Frauen teil")."""

from __future__ import annotations

import re

from .. import lexicon
from .audience import EVENT_WORD
from .clauses import CountScope
from .numbers import IN_THE_SENTENCE, NumberPhrase

_TAKING_PART_NOW = re.compile(rf"\b(?:nehmen|nimmt)\b{IN_THE_SENTENCE}\bteil\b")
_TOOK_PART = re.compile(
    rf"\b(?:(?:nahmen|nahm)\b{IN_THE_SENTENCE}\bteil\b|(?:haben|hat|hatten|hatte)\b{IN_THE_SENTENCE}\bteilgenommen\b)"
)
# What people took part in, where it is the project: "am Projekt", "an dem Angebot", "daran"
_IN_THE_PROJECT = re.compile(
    r"\b(?:[Aa]m|[Aa]n\s+(?:dem|diesem))\s+(?:Projekt|Angebot|Programm|Vorhaben)\b|\b[Dd]aran\b"
)
_NO_PLACE_OF_TAKING_PART = re.compile(r"\b[Aa][nm]\s")
_NAMES_ALLOWED = frozenset({"Place"})  # "in Kassel": a place says where, no one else's figure


def took_part_in_the_project(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether the clause counts people who took part, in a sentence naming no one, in a release whose own unit is
    a project and that names no event up to the sentence's end (nor anything else they took part in)."""
    text, sentence = scope.text, scope.sentence
    if scope.own_unit is None or scope.own_unit.type != "Subproject" or not counts_people(number):
        return False
    took_part = _TOOK_PART.search(text, clause[0], clause[1])
    if took_part is None or any(m.type not in _NAMES_ALLOWED for m in scope.within(sentence)):
        return False
    taking_part_in = _NO_PLACE_OF_TAKING_PART.search(text, *clause)
    if taking_part_in is not None and not _IN_THE_PROJECT.search(text, *clause):
        return False  # "an den Kursen", "am Fachtag": what they took part in is named, not the project
    return EVENT_WORD.search(text, 0, sentence[1]) is None


# People a project serves, besides those who attend: "Zugewanderte", "Geflüchtete", "Ratsuchende"
_SERVED_PEOPLE_STEMS = ("zugewandert", "geflüchtet", "migrant", "klient", "ratsuchend")
_PEOPLE_STEMS = lexicon.ATTENDING_PEOPLE_STEMS + lexicon.PROGRAMME_PARTICIPANT_STEMS + _SERVED_PEOPLE_STEMS


def counts_people(number: NumberPhrase) -> bool:
    """Whether a number phrase counts people ("40 Frauen", "120 Zugewanderte", "35 Teilnehmende"), no money."""
    head = number.head.lower()
    return not number.money and (head.startswith(_PEOPLE_STEMS) or head.endswith(lexicon.PEOPLE_NOUN_ENDINGS))


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
