"""Members named beside their network with no verb of belonging: the whole taking them in, listing them or
working in alliance with them.

    "Das IQ Netzwerk Y umfasst A, B und C", "Das Netzwerk Y berät im Verbund mit A und B"
    "Das IQ Netzwerk Y – dazu gehören A und B – lädt ein", "Die Netzwerkpartner A und B stellen sich vor"
    "Die Partnerorganisationen des IQ Netzwerks Y, A und B, stellen sich vor"
The whole is a network or an alliance (an organisation named "Bündnis …", "Verbund …"): "Die Stiftung X umfasst drei
Bereiche" or "Das Projekt X arbeitet im Verbund mit A" names no members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.mentions import Mention
from ..text.alternation import longest_first
from .actors import RelationFinding, actors
from .member_lists import ALLIANCE_HEADS, members_listed

# Adverbs of time between the verb or noun and the first member: "umfasst heute die Y", "umfasste 2015 bereits …"
_ADVERBS = r"(?:(?:heute|derzeit|aktuell|inzwischen|mittlerweile|bereits|schon|nun|seit\s+[\w.]+|\d{4})\s+)*"
_TO_THE_MEMBER = 8  # characters from the cue to the first member: its article and an opening quotation mark

# "Das IQ Netzwerk Y umfasst (heute) A, B und C": the whole the subject before the verb
_COMPRISES = re.compile(rf"\b(?:umfasst|umfasste|umfassen|umfassten)\s+{_ADVERBS}")
# "im Verbund mit A und B": the whole the clause's subject, named anywhere in the sentence without a preposition
_IN_ALLIANCE_WITH = re.compile(r"\b[Ii]m\s+Verbund\s+mit\s+")
# "Das Netzwerk Y – dazu gehören A und B – …", "Das Bündnis Y (dazu zählen A und B) …": an insertion right after the
# whole that names its members
_INSERTED = re.compile(
    r"[“”\"»«]?\s*(?:[–—]|\s-|\()\s*(?:dazu|zu\s+ihm|zu\s+ihr|hierzu)\s+(?:gehören|gehörten|zählen|zählten)\s+"
    rf"{_ADVERBS}(?:(?:unter\s+anderem|u\.\s*a\.|etwa|zum\s+Beispiel|z\.\s*B\.)\s+)?"
)
# The partner noun naming its whole's kind, the members right after it: "Die Netzwerkpartner A und B", "den
# Bündnispartnerinnen A und B" (also in apposition after a comma: "Die Netzwerkpartner, A und B, …")
_KIND_PARTNERS = re.compile(
    r"\b(?:[Dd]ie|[Dd]en|[Uu]nsere[n]?|[Ss]eine[n]?|[Ii]hre[n]?)\s+(?:beiden\s+|drei\s+|vier\s+)?"
    r"(?P<head>Netzwerk|Verbund|Bündnis)partner(?:n|innen)?\s*,?\s+"
)
# The member plural with its whole named in the genitive, the members in apposition after a comma: "Die
# Partnerorganisationen des IQ Netzwerks Y, A und B, …"
_PLURAL_MEMBERS = longest_first(lexicon.MEMBER_PLURALS)
_WHOLE_IN_THE_GENITIVE = re.compile(
    rf"\b(?:{_PLURAL_MEMBERS})n?\s+(?:des|der)\s+(?P<whole>[^.;:,]{{1,60}}?)\s*,\s+"
)
# A whole the verb does not govern: in a genitive or after a preposition ("das Projekt des Netzwerks Y")
_GOVERNED = re.compile(r"\b(?:des|der|im|in|beim|bei|am|vom|von|zum|zur|mit|für|aus)\s+(?:[\w-]+\s+)?$")
_GOVERNING = 24  # characters back from the whole to a preposition or genitive article and a word


def members_alongside(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    """`earlier`: the alliance spoken of before the sentence, which "Die Netzwerkpartner A und B" means."""
    yield from _comprised(text, sentence, ms)
    yield from _in_alliance_with(text, sentence, ms)
    yield from _inserted_after_the_whole(text, sentence, ms)
    yield from _partners_of_the_kind(text, sentence, ms, earlier)
    yield from _partners_of_the_named_whole(text, sentence, ms)


def _comprised(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _COMPRISES.finditer(text, *sentence):
        wholes = [
            m for m in actors(ms, sentence[0], cue.start()) if _is_alliance(m) and not _governed(text, m)
        ]
        if wholes:
            yield from _members_after(text, sentence, ms, cue.end(), wholes[-1])


def _in_alliance_with(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _IN_ALLIANCE_WITH.finditer(text, *sentence):
        wholes = [m for m in actors(ms, *sentence) if _is_alliance(m) and not _governed(text, m)]
        wholes = [m for m in wholes if not cue.end() <= m.start <= cue.end() + _TO_THE_MEMBER]
        if len(wholes) == 1:
            yield from _members_after(text, sentence, ms, cue.end(), wholes[0])


def _inserted_after_the_whole(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for whole in (m for m in actors(ms, *sentence) if _is_alliance(m)):
        cue = _INSERTED.match(text, whole.end)
        if cue is not None:
            yield from _members_after(text, sentence, ms, cue.end(), whole)


def _partners_of_the_kind(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _KIND_PARTNERS.finditer(text, *sentence):
        named = [m for m in actors(ms, sentence[0], cue.start()) if _is_alliance(m)]
        whole = named[-1] if named else earlier
        if whole is not None and _of_the_kind(cue.group("head"), whole):
            yield from _members_after(text, sentence, ms, cue.end(), whole)


def _partners_of_the_named_whole(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _WHOLE_IN_THE_GENITIVE.finditer(text, *sentence):
        whole = next((m for m in ms if (m.start, m.end) == cue.span("whole") and _is_alliance(m)), None)
        if whole is not None:
            yield from _members_after(text, sentence, ms, cue.end(), whole)


def _members_after(
    text: str, sentence: tuple[int, int], ms: list[Mention], start: int, whole: Mention
) -> Iterator[RelationFinding]:
    """The bodies listed from right after `start` (their article and an opening mark before the first)."""
    members = members_listed(text, ms, start, sentence[1])
    if members and members[0].start - start <= _TO_THE_MEMBER:
        yield from (RelationFinding(m, "memberOf", whole) for m in members if m.key != whole.key)


def _is_alliance(m: Mention) -> bool:
    return m.type == "StateNetwork" or (m.type == "Organisation" and m.label.startswith(ALLIANCE_HEADS))


def _of_the_kind(head: str, whole: Mention) -> bool:
    """ "Netzwerkpartner" are a network's, "Bündnispartner" an alliance's of that name."""
    return head.lower() in whole.label.lower() or (head == "Netzwerk" and whole.type == "StateNetwork")


def _governed(text: str, m: Mention) -> bool:
    return _GOVERNED.search(text, max(0, m.start - _GOVERNING), m.start) is not None
