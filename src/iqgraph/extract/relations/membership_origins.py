"""Persons a fronted phrase names the body of, in shapes the readers of `roles/body_references.py` leave: the perfect
of coming ("Von der Stiftung X waren A und B angereist", "Aus dem Verein Y war Karl Muster dabei"), reporting from
inside the body ("Aus der Handwerkskammer Y berichtete Petra Beispiel …") and a body named without its article after
"Für" ("Für Brückenbau e.V. nahmen am Treffen A und B teil", "Für Lernwerk gGmbH sprach Petra Beispiel")."""

from __future__ import annotations

import re

from .. import lexicon
from ..roles.lists import listed_from
from ..text.spans import Mention
from .membership_deputies import ADDRESS_AND_TITLES, person_named_at

__all__ = ["persons_of_a_fronted_body"]

_ADVERBS = r"(?:(?:auch|eigens|extra|ebenfalls|zudem|außerdem|gleich|sogar)\s+)*"
_COMING_PERFECT = re.compile(rf"\s+(?:war|waren|ist|sind)\s+{_ADVERBS}{ADDRESS_AND_TITLES}")
# what closes the perfect after the persons: "gekommen", "angereist", "dabei", "vor Ort", "anwesend"
_COMING_CLOSE = re.compile(
    r"(?:\s+[^.;:,\n]{0,40}?)?\s+(?:gekommen|angereist|dabei|vor\s+Ort|anwesend|vertreten)(?![\w-])"
)
_REPORTING = "|".join((*lexicon.ACTING_FOR_VERBS, *lexicon.FRONTED_FOR_VERBS))
_REPORTING_VERB = re.compile(rf"\s+(?:{_REPORTING})\s+{_ADVERBS}{ADDRESS_AND_TITLES}")
# "Für Brückenbau e.V. nahmen am Treffen …": the verb, then a short phrase of time or place maybe, then the person
_FOR_VERB = re.compile(
    rf"\s+(?:{_REPORTING}|nahm|nahmen)\s+(?:(?:am|an\s+der|beim|im|in\s+der)\s+[^.;:,\n]{{1,50}}?\s+)?{ADDRESS_AND_TITLES}"
)
# Speaking for the body: "Für den Verein Y kam Karl Muster zu Wort", "Für die Stiftung X kamen A und B zu Wort"
_CAME_VERB = re.compile(rf"\s+(?:kam|kamen|kommt|kommen)\s+{_ADVERBS}{ADDRESS_AND_TITLES}")
_TO_WORD = re.compile(r"\s+(?:(?:auch|ebenfalls|ausführlich)\s+)?zu\s+Wort(?![\w-])")
# The participle fronted, the body the subject, the persons its agents: "Vertreten wurde die Stiftung X von Petra B."
_AGENTS = re.compile(rf"\s+(?:(?:auch|dabei|dort)\s+)?(?:von|durch)\s+{ADDRESS_AND_TITLES}")
# the fronted phrases, each with what must follow the body
_LEADS = (
    (re.compile(r"\s*(?:Von\s+der|Von\s+dem|Vom|Aus\s+der|Aus\s+dem)\s+$"), _COMING_PERFECT, _COMING_CLOSE),
    (re.compile(r"\s*(?:Aus\s+der|Aus\s+dem)\s+$"), _REPORTING_VERB, None),
    (re.compile(r"\s*Für\s+$"), _FOR_VERB, None),
    (re.compile(r"\s*Für\s+(?:die|den|das)\s+$"), _CAME_VERB, _TO_WORD),
    (
        re.compile(r"\s*Vertreten\s+(?:wurde|wurden|wird|werden|war|waren)\s+(?:die|der|das)\s+$"),
        _AGENTS,
        None,
    ),
)
_BODY_TYPES = frozenset(
    {"Organisation", "Agency", "Ministry", "Subproject", "StateNetwork", "CoordinationOffice"}
)


def persons_of_a_fronted_body(
    text: str, sentence: tuple[int, int], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """The persons named after the verb, each a member of the body the phrase opening the sentence names."""
    body = next((m for m in mentions if m.type in _BODY_TYPES), None)
    if body is None:
        return []
    for lead, verb, close in _LEADS:
        after = verb.match(text, body.end) if lead.fullmatch(text, sentence[0], body.start) else None
        first = person_named_at(mentions, after)
        if first is None:
            continue
        listed = listed_from(text, first, mentions)
        if close is None or close.match(text, listed[-1].end):
            return [(p, body) for p in listed]
    return []
