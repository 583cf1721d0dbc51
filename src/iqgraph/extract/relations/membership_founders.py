"""Founders of a project or body are its members, named as the subject, bare (no role noun before them): "A und B
haben 2015 das Projekt X gestartet", "2013 haben A, B und C das Projekt X gegründet", "Petra B. gründete 2015 den
Verein Y"; or in the passive, after "von": "Das Projekt X wurde 2014 von A und B gegründet", fronted: "Ins Leben
gerufen wurde das Projekt X 2014 von A, B und C", "Gegründet wurde der Verein Y von Petra Beispiel"."""

from __future__ import annotations

import re

from .. import lexicon
from ..roles.lists import listed_from
from ..text.spans import Mention
from .membership_coordination import follows_a_name
from .membership_deputies import ADDRESS_AND_TITLES

__all__ = ["founders_as_the_subject", "founders_in_the_passive"]

_PARTICIPLE = "|".join(p.replace(" ", r"\s+") for p in lexicon.FOUNDING_PARTICIPLES)

# as the subject: the verb, or an auxiliary and the participle after the body
_AUXILIARY = r"(?:hat|haben|hatte|hatten)"
_FOUNDING_VERB = "(?:" + "|".join(lexicon.FOUNDING_VERBS) + ")"
_FOUNDING_PARTICIPLE = re.compile(rf"(?:[ \xa0]+[^.;:\n]{{0,40}}?)?[ \xa0]+(?:{_PARTICIPLE})(?![\w-])")
_FOUNDER_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<aux>{_AUXILIARY})|(?P<verb>{_FOUNDING_VERB}))\s+$")
_FOUNDED_AFTER = re.compile(
    rf"\s+(?:(?P<aux>{_AUXILIARY})|(?P<verb>{_FOUNDING_VERB}))?\s*(?:[^.;:„“\n]{{0,60}}?\s)?(?:das|den|die)\s+"
    r"(?:[A-ZÄÖÜ][\w-]+\s+)?"
)
_ROLE_NOUN_BEFORE = re.compile(rf"(?i:{'|'.join(lexicon.ROLE_STEMS)})\w*\s+$")
_FOUNDER_REACH = 30  # characters before the first founder for the verb or a role noun

# in the passive
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


def founders_as_the_subject(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """ "A und B haben 2015 das Projekt X gestartet", "2013 haben A, B und C … das Projekt X gegründet"."""
    people = [m for m in mentions if m.type == "Person"]
    for first in people:
        before = text[max(sentence[0], first.start - _FOUNDER_REACH) : first.start]
        if _ROLE_NOUN_BEFORE.search(before) or follows_a_name(text, first, people):
            continue
        listed = listed_from(text, first, mentions)
        for org in (o for o in orgs if o.type in _UNITS):
            if _founded(text, before, listed[-1].end, org):
                return [(p, org) for p in listed]
    return []


def _founded(text: str, before: str, list_end: int, org: Mention) -> bool:
    """A founding verb, or an auxiliary and a founding participle after the body, around the founders' list."""
    after = _FOUNDED_AFTER.fullmatch(text, list_end, org.start)
    if after is None:
        return False
    lead = _FOUNDER_BEFORE.search(before)  # verb second, the founders after it: "2013 haben A und B …"
    finite = after.group("verb") or (lead and lead.group("verb"))
    aux = after.group("aux") or (lead and lead.group("aux"))
    return bool(finite or (aux and _FOUNDING_PARTICIPLE.match(text, org.end)))
