"""Members listed one a line under a lead-in that ends with a colon: "Zum Netzwerk gehören:", "Partner im Bündnis
Y sind:", "Die Netzwerkpartner:" and then "- A, Kassel" / "• B" / "C" on the lines below. Each body opening a line
is a member of the whole the lead-in names, or of the last one of the kind its head noun means (a heading
"Netzwerkpartner" over the lines, no colon, and cells parted by bars on a line: "A | B | C"). Read over the
release once its sentences are read, as the items stand in sentences of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text.spans import Mention
from .actors import MEMBER_TYPES, RelationFinding
from .member_lists import ALLIANCE_HEADS, ALLIANCES

_PLURALS = "|".join(sorted(lexicon.MEMBER_PLURALS, key=len, reverse=True))
# The sentence closing a line that says what follows are members, ending with its colon: a member noun in the plural or a verb of
# belonging ("Zum Netzwerk gehören:", "Zu den Partnern zählen:"), and a head noun naming the whole's kind.
_LEAD_IN = re.compile(
    rf"(?m)(?:^|(?<=[.!?])[^\S\n]+)(?P<line>[^\n:.!?]{{0,120}}?(?:\b(?:{_PLURALS})\b|\b(?:gehören|gehörten|zählen|zählten)\b)[^\n:.!?]{{0,80}}?)"
    r"[^\S\n]*:[^\S\n]*$"
)
# or a heading line of the member noun alone, no colon: "Netzwerkpartner", "Unsere Partner im IQ Netzwerk Y"
_HEADING = re.compile(
    rf"(?m)^[^\S\n]*(?P<line>(?:Unsere[^\S\n]+)?(?:{_PLURALS})(?:[^\S\n]+(?:im|des|der)[^\S\n]+[^\n:.!?]{{1,60}})?)"
    r"[^\S\n]*$"
)
_HEAD = re.compile(rf"(?i:{'|'.join(ALLIANCE_HEADS)})")
_BLOCK_END = re.compile(r"\n[^\S\n]*\n")  # a blank line ends the list
_CELL_BREAK = re.compile(r"[^\S\n]*\|[^\S\n]*")
# What may stand before the member at a line's start: a list mark, a number, an article
_ITEM_START = re.compile(
    r"[^\S\n]*(?:[-–•*·▪][^\S\n]+|\d{1,2}[.)][^\S\n]+)?(?:(?:die|der|das|Die|Der|Das)[^\S\n]+)?"
)


def members_of_blocks(text: str, mentions: list[Mention]) -> Iterator[RelationFinding]:
    for lead_in in [*_LEAD_IN.finditer(text), *_HEADING.finditer(text)]:
        whole = _whole(mentions, lead_in)
        if whole is None:
            continue
        for member in _items(text, mentions, lead_in.end()):
            if member.key != whole.key:
                yield RelationFinding(member, "memberOf", whole)


def _whole(mentions: list[Mention], lead_in: re.Match[str]) -> Mention | None:
    """The alliance the lead-in names, else the last one named before it of the kind its head noun says."""
    start, end = lead_in.span("line")
    named = [m for m in mentions if start <= m.start < end and m.type in ALLIANCES and _is_alliance(m)]
    if named:
        return named[0]
    head = _HEAD.search(lead_in.group("line"))
    if head is None:  # "Unsere Partner:" may be a project's partners, no network's members
        return None
    kind = head.group(0).lower()
    before = [m for m in mentions if m.end <= start and _is_alliance(m) and not m.generic]
    fitting = [
        m for m in before if kind in m.label.lower() or (kind == "netzwerk" and m.type == "StateNetwork")
    ]
    return fitting[-1] if fitting else _sole_network(mentions) if kind == "netzwerk" else None


def _sole_network(mentions: list[Mention]) -> Mention | None:
    """ "Netzwerkpartner" over a page whose one network the text names further down."""
    networks = {m.key: m for m in mentions if m.type == "StateNetwork" and not m.generic}
    return next(iter(networks.values())) if len(networks) == 1 else None


def _is_alliance(m: Mention) -> bool:
    return m.type == "StateNetwork" or (m.type == "Organisation" and m.label.startswith(ALLIANCE_HEADS))


def _items(text: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The body opening each line of the block after `start` (a blank line right after the colon is skipped)."""
    body = start + len(text[start:]) - len(text[start:].lstrip())
    end = next((m.start() for m in _BLOCK_END.finditer(text, body)), len(text))
    # each line, or each cell of a line parted by bars: "A | B | C"
    lines = {body, *(i + 1 for i in range(body, end) if text[i] == "\n")}
    lines |= {cell.end() for cell in _CELL_BREAK.finditer(text, body, end)}
    opening = {m.end() if (m := _ITEM_START.match(text, line)) else line for line in lines}
    return [m for m in mentions if body <= m.start < end and m.start in opening and m.type in MEMBER_TYPES]
