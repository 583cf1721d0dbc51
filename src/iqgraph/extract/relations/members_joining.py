"""A body joining a network or alliance, said by the partner noun it is taken in as.

    "Als neuer Partner verstärkt die X gGmbH seit Januar das IQ Netzwerk Y", "Die X ergänzt das Netzwerk Y als Partnerin"
    "Das IQ Netzwerk Y begrüßt die X als neue Partnerin", "Das Netzwerk Y hat mit der X einen neuen Partner gewonnen"
The member is the body the partner noun is said of: the one right before "als" (else the body the clause names beside
the whole), the one after "mit" where the noun is what the whole gains. The whole is the network or alliance the
verb of joining (`lexicon.PARTNER_JOINING_VERBS`) has as its subject or object, not one in a genitive or after a
preposition ("Partner des Netzwerks Y" is a cue row of cues.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.mentions import Mention
from ..text.alternation import longest_first
from .actors import MEMBER_TYPES, RelationFinding, actors
from .member_lists import ALLIANCE_HEADS, listed_right_before

# The partner noun with an adjective maybe ("neuer", "weitere", "strategischen"), naming no whole after it.
_PARTNER = (
    r"(?:[a-zäöü]\w*(?:e|er|en|es)\s+)?"
    rf"(?:{longest_first(lexicon.MEMBER_NOUNS)})(?:in|n|en)?\b"
    r"(?!\s+(?:des|der|im|in|beim|bei|am|vom|von|für)\b)"
)
_AS_PARTNER = re.compile(rf"\b[Aa]ls\s+{_PARTNER}")
# What the whole gains: "einen neuen Partner", "eine weitere Partnerin", "ein neues Mitglied"
_PARTNER_GAINED = re.compile(rf"\b(?:einen|eine|ein)\s+{_PARTNER}")
_GAINED_WITH = re.compile(r"\b[Mm]it\s+(?:der|dem|den)\s+$")
_WITH_REACH = 12  # characters back from the member to "mit der"
_JOINING_VERB = re.compile(rf"\b(?:{longest_first(lexicon.PARTNER_JOINING_VERBS)})\b")
# Adverbials between the member and "als": "begrüßt die X seit Januar als neue Partnerin"
_BEFORE_AS = re.compile(r"(?:\s+(?:seit\s+)?[\w.]+){0,2}?\s+$")
# A whole the verb does not govern: in a genitive or after a preposition ("das Projekt des Netzwerks Y")
_GOVERNED = re.compile(r"\b(?:des|im|in|beim|bei|am|vom|von|zum|zur|mit|für|aus)\s+(?:[\w-]+\s+)?$")
_GOVERNING = 24  # characters back from the whole to a preposition or genitive article and a word


def partners_joining(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    if _JOINING_VERB.search(text, *sentence) is None:
        return
    named = actors(ms, sentence[0], sentence[1], MEMBER_TYPES)
    wholes = [m for m in named if _is_alliance(m) and not _governed(text, m)]
    if len(wholes) != 1:
        return
    whole = wholes[0]
    others = [m for m in named if m.key != whole.key]
    for cue in _AS_PARTNER.finditer(text, *sentence):
        members = _said_of(text, ms, others, cue.start())
        yield from (RelationFinding(m, "memberOf", whole) for m in members)
    if _PARTNER_GAINED.search(text, *sentence):
        gained = [m for m in others if _GAINED_WITH.search(text, max(0, m.start - _WITH_REACH), m.start)]
        yield from (RelationFinding(m, "memberOf", whole) for m in gained[:1])


def _said_of(text: str, ms: list[Mention], others: list[Mention], pos: int) -> list[Mention]:
    """The bodies right before "als" ("begrüßt A und B als Partner"), else the only other body the clause names."""
    before = [m for m in others if m.end <= pos and _BEFORE_AS.fullmatch(text, m.end, pos)]
    if before:
        return listed_right_before(text, ms, before[-1].end) or before[-1:]
    return others if len(others) == 1 else []


def _is_alliance(m: Mention) -> bool:
    return m.type == "StateNetwork" or (m.type == "Organisation" and m.label.startswith(ALLIANCE_HEADS))


def _governed(text: str, m: Mention) -> bool:
    return _GOVERNED.search(text, max(0, m.start - _GOVERNING), m.start) is not None
