"""Bodies named after a person with the person's name after the head, no hyphens: "Klinikum Ernst von Beispiel",
"Stiftung Anna Muster", "Institut Karl Gustav Probe Kassel". The name is the body's, and no person of the text.

A title before the body makes the name its holder's ("die Leiterin der Stiftung Petra Beispiel sprach"), and a
verb's object may follow a body ("überreichte die Stiftung Karl Muster den Preis"): the name is the body's only
where no role noun stands before the body and the name closes the phrase (a comma, a stop, a bracket, a legal
form or a town after it).
"""

from __future__ import annotations

import re

from ... import lexicon
from ...text.alternation import any_of
from ..persons.names import PARTICLES, given_name_gender
from .heads import TOWNS

# Heads that a person's name follows as the body's name: hospitals, foundations, institutes, schools of higher
# learning (general knowledge of how German bodies are named: "Klinikum Ernst von Bergmann", "Stiftung Louisenlund").
PERSON_NAMED_HEADS = frozenset(
    {"klinikum", "klinik", "krankenhaus", "stiftung", "institut", "akademie", "universität", "hochschule"}
)
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_PERSON_AFTER_HEAD = re.compile(
    rf"[ \xa0]+(?P<given>{_WORD})(?:[ \xa0]+(?P<middle>{_WORD}))?[ \xa0]+(?:{PARTICLES}[ \xa0]+)?(?P<family>{_WORD})"
    r"(?![\w-])"
)
_TOWN_AFTER = re.compile(r"[ \xa0]+(?P<town>[A-ZÄÖÜ][\w-]*\w)(?![\w-])")
# What may close the body's name: punctuation, a legal form, a line's end, a preposition of place or origin
# ("und" only before a small word, a second body's article: "der Stiftung Anna Muster und dem Verein X"; not "die
# Stiftung Karl Muster und Petra Beispiel", two objects)
_CLOSING = re.compile(
    r"[ \xa0]*(?:[,.;:)]|$|\n)|[ \xa0]+(?:e\.[ \xa0]?V\.|gGmbH|GmbH|in|im|aus)(?![\w-])"
    r"|[ \xa0]+(?:und|sowie)[ \xa0]+[a-zäöüß]"
)
# A role noun and the body's article or preposition before the head: "Leiterin der", "Chefarzt am", "Vorstand
# der": the name after the head may be the title's holder (not a title in apposition after its holder: "Karl Muster,
# Pflegedienstleiter beim Klinikum Ernst von Beispiel").
_ROLE_BEFORE = re.compile(
    rf"(?<!,[ \xa0])(?<![\w-])(?i:\w*{any_of(lexicon.ROLE_STEMS)}\w*)[ \xa0]+(?:des|der|dem|den|im|am|beim|vom|zum|zur|an[ \xa0]+der)[ \xa0]+$"
)
ROLE_REACH = 60  # characters back from the head over a title and its article


def person_s_name_after_head(text: str, head_start: int, end: int, head: str) -> int | None:
    """The end of "Klinikum Ernst von Beispiel" (a head ending at `end`, named after a person), else None."""
    if head not in PERSON_NAMED_HEADS:
        return None
    name = _PERSON_AFTER_HEAD.match(text, end)
    if name is None or not given_name_gender(name.group("given")):
        return None
    if name.group("middle") and not given_name_gender(name.group("middle")) and " von" not in name.group(0):
        return None  # "Stiftung Anna Muster Bilanz": a third word that is no given name
    if _ROLE_BEFORE.search(text, max(0, head_start - ROLE_REACH), head_start):
        return None  # "die Geschäftsführerin der Stiftung Petra Beispiel": the name is the title's holder's
    name_end = name.end()
    town = _TOWN_AFTER.match(text, name_end)
    if town is not None and town.group("town") in TOWNS:
        return town.end()  # "Klinikum Karl Gustav Probe Dresden": the town closes the name
    return name_end if _CLOSING.match(text, name_end) else None
