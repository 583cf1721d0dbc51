"""Members named with the whole they make up or work together in.

    "A, B und C bilden gemeinsam das Bündnis Y", "Seit 2020 bilden A und B das Bündnis Y"
    "Im IQ Netzwerk Y arbeiten A und B zusammen", "A und B kooperieren im Netzwerk Y"
Every body of the list is a member of the whole named with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.mentions import Mention
from .actors import COORDINATION_LINK, MEMBER_TYPES, RelationFinding, actors
from .member_lists import ALLIANCES, ARTICLE, listed_right_before, members_listed

# The members first, the whole they make up after: "A, B und C bilden (gemeinsam) das Bündnis Y".
_MAKE_UP_CUE = re.compile(
    r"\s+(?:bilden|bildeten)\s+(?:(?:gemeinsam|zusammen|seit\s+[\w.]+|außerdem|zudem|auch|nun|inzwischen|bereits)\s+)*"
    r"(?:das|den|die)\s+"
)
# The same with something else first, the members after the verb: "Seit 2020 bilden A und B gemeinsam das Bündnis Y".
_MAKE_UP_VERB = re.compile(r"\b(?:bilden|bildeten)\s+")
_MAKE_UP_OBJECT = re.compile(r"\s+(?:(?:gemeinsam|zusammen)\s+)?(?:das|den|die)\s+")


def members_making_up(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "A, B und C bilden das Bündnis Y": the list right before the verb, the whole right after it."""
    for cue in _MAKE_UP_CUE.finditer(text, *sentence):
        whole = next((m for m in ms if m.start == cue.end() and m.type in ALLIANCES), None)
        if whole is not None:
            yield from (
                RelationFinding(m, "memberOf", whole) for m in listed_right_before(text, ms, cue.start())
            )
    for verb in _MAKE_UP_VERB.finditer(text, *sentence):
        named = actors(ms, verb.end(), sentence[1], MEMBER_TYPES)
        if named and named[0].start - verb.end() <= ARTICLE:
            yield from _members_before_the_whole(text, named)


def _cooperating(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


_COOPERATING_VERB = (
    rf"(?:(?P<alone>{_cooperating(lexicon.COOPERATING_ALONE)})|{_cooperating(lexicon.COOPERATING_VERBS)})"
)
_TOGETHER_ADVERBS = r"(?:(?:seit\s+[\w.]+|\d{4}|gemeinsam|eng|bereits|schon|nun)\s+)*"
# The whole in a fronted phrase, its members after the verb: "Im IQ Netzwerk Y arbeiten A und B zusammen".
_COOPERATING_IN = re.compile(
    rf"\b(?:Im|In\s+der|In\s+dem)\s+(?P<whole>[^.;:]{{1,60}}?)\s+{_COOPERATING_VERB}\s+{_TOGETHER_ADVERBS}"
)
# The members first, the whole after the verb: "A und B arbeiten im Netzwerk Y zusammen", "… kooperieren im …".
_COOPERATING_BEFORE = re.compile(
    rf"\s+{_COOPERATING_VERB}\s+{_TOGETHER_ADVERBS}(?:im|in\s+der|in\s+dem|zum|zur)\s+"
)
# The word closing the clause of working together, before its next comma: "… zusammen", "… vertreten".
_COOPERATING_CLOSER = re.compile(rf"[^,.;:]*?\b(?:{_cooperating(lexicon.COOPERATING_CLOSERS)})\b")
_TO_THE_FIRST_MEMBER = 16  # characters between the verb and the first member: an adverb and its article


_QUOTES = '„“”"»«'


def _named_whole(text: str, ms: list[Mention], start: int, end: int | None = None) -> Mention | None:
    """The network or alliance named from `start` (to `end`, if given), leaving out quotation marks around its
    name: "im „Bündnis Arbeit Nordland“"."""
    start += text[start : start + 1] in _QUOTES
    for m in ms:
        ends = end is None or m.end == end or text[m.end : end].strip(_QUOTES) == ""
        if m.start == start and m.type in ALLIANCES and ends:
            return m
    return None


def members_cooperating(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """Bodies working together in a network named with them, as its members."""
    for cue in _COOPERATING_IN.finditer(text, *sentence):
        whole = _named_whole(text, ms, *cue.span("whole"))
        members = members_listed(text, ms, cue.end(), sentence[1])
        if whole is None or not members or members[0].start - cue.end() > _TO_THE_FIRST_MEMBER:
            continue
        if cue.group("alone") or _COOPERATING_CLOSER.match(text, members[-1].end):
            yield from (RelationFinding(m, "memberOf", whole) for m in members if m.key != whole.key)
    for cue in _COOPERATING_BEFORE.finditer(text, *sentence):
        whole = _named_whole(text, ms, cue.end())
        if whole is None or not (cue.group("alone") or _COOPERATING_CLOSER.match(text, whole.end)):
            continue
        yield from (RelationFinding(m, "memberOf", whole) for m in listed_right_before(text, ms, cue.start()))


def _members_before_the_whole(text: str, named: list[Mention]) -> Iterator[RelationFinding]:
    """ "bilden A, B und C gemeinsam das Bündnis Y": the list runs up to the whole after its article (a list
    reader would take "das Bündnis Y" for one more member)."""
    for i in range(1, len(named)):
        gap = text[named[i - 1].end : named[i].start]
        if named[i].type in ALLIANCES and _MAKE_UP_OBJECT.fullmatch(gap):
            yield from (RelationFinding(m, "memberOf", named[i]) for m in named[:i])
            return
        if not COORDINATION_LINK.match(gap):
            return
