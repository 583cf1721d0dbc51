"""Memberships a clause denies are none: "Die Stiftung X ist kein Partner im Netzwerk Y", "Karl Muster ist nicht
Mitglied im Verein Y", "Die X gehört dem Bündnis Y nicht mehr an", "Der Verein Z ist aus dem Netzwerk Y
ausgetreten". A filter over what the readers of members and memberships found, for persons and bodies alike."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.alternation import longest_first
from ..text.spans import Mention

__all__ = ["denied"]

# between the member and its whole: a negated member noun or "nicht" before it, or a verb of leaving after it
_DENIAL_BETWEEN = re.compile(
    rf"\b(?:kein|keine|keiner|keinen)\s+(?:[a-zäöü]\w*(?:e|en|er|es)\s+)?(?:{longest_first(lexicon.MEMBER_NOUNS)})"
    r"|\bnicht\b(?!\s+nur\b)"
)
# after the whole, closing the clause: "… dem Bündnis Y nicht (mehr) an", "… aus dem Netzwerk Y ausgetreten"
_DENIAL_AFTER = re.compile(
    r"[^.;,:!?\n]{0,40}?(?:\bnicht\b(?!\s+nur\b)|\b(?:ausgetreten|ausgeschieden|austreten|ausscheiden|verlassen)\b)"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:und|aber|doch|sondern|während)\s")


def denied(text: str, member: Mention, whole: Mention) -> bool:
    """Whether the clause naming `member` before `whole` says it is none of its members."""
    if member.end > whole.start:
        return False
    between = text[member.end : whole.start]
    if _CLAUSE_BREAK.search(between) is None and _DENIAL_BETWEEN.search(between):
        return True
    after = _DENIAL_AFTER.match(text, whole.end)
    return after is not None and _CLAUSE_BREAK.search(after.group(0)) is None
