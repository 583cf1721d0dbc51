"""Founders named in the passive, after "von": "Das Projekt X wurde 2014 von A und B gegründet", fronted: "Ins Leben
gerufen wurde das Projekt X 2014 von A, B und C", "Gegründet wurde der Verein Y von Petra Beispiel". Like the founders
named as the subject (memberships.py), each is a member of the project or body they founded."""

from __future__ import annotations

import re

from .. import lexicon
from ..roles.lists import listed_from
from ..text.spans import Mention
from .membership_deputies import ADDRESS_AND_TITLES

__all__ = ["founders_in_the_passive"]

_PARTICIPLE = "|".join(p.replace(" ", r"\s+") for p in lexicon.FOUNDING_PARTICIPLES)
_PASSIVE = r"(?:wurde|wurden|ist|sind|war|waren)"
_TIMES = r"(?:\s+(?:\d{4}|im\s+Jahr\s+\d{4}|damals|einst|bereits|schon|vor\s+\w+\s+Jahren))*"
# the unit, then: "wurde 2014 von " (the founders after it, the participle after them)
_UNIT_THEN_AGENT = re.compile(rf"\s+{_PASSIVE}{_TIMES}\s+von\s+{ADDRESS_AND_TITLES}")
_PARTICIPLE_AFTER = re.compile(rf"(?:\s+[^.;:,\n]{{0,40}}?)?\s+(?:{_PARTICIPLE})(?![\w-])")
# fronted: "Ins Leben gerufen wurde (das Projekt) X (2014) von "
_FRONTED = re.compile(
    rf"\s*(?i:{_PARTICIPLE})\s+{_PASSIVE}\s+(?:(?:das|der|die)\s+)?(?:[A-ZÄÖÜ][\w-]+\s+)?[„\"»]?$"
)
_AFTER_FRONTED_UNIT = re.compile(rf"[“\"«]?{_TIMES}\s+von\s+{ADDRESS_AND_TITLES}")
_UNITS = ("Subproject", "Organisation")


def founders_in_the_passive(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    people = {m.start: m for m in mentions if m.type == "Person"}
    for unit in (o for o in orgs if o.type in _UNITS):
        fronted = _FRONTED.fullmatch(text, sentence[0], unit.start)
        agent = (_AFTER_FRONTED_UNIT if fronted else _UNIT_THEN_AGENT).match(text, unit.end)
        first = people.get(agent.end()) if agent else None
        if first is None:
            continue
        listed = listed_from(text, first, mentions)
        if fronted or _PARTICIPLE_AFTER.match(text, listed[-1].end):
            return [(p, unit) for p in listed]
    return []
