"""Bodies that carry a part of a network's work in it, as the network's members.

    "Die Stiftung X trägt im IQ Netzwerk Y die Anerkennungsberatung", "Im IQ Netzwerk Y bietet der Verein Z Kurse an",
    "die Stiftung X, die im IQ Netzwerk Y die Beratung trägt, …"
Not a verb of coordinating: the body coordinating a network hosts it (read in `hosting/`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..names.mentions import Mention
from .actors import MEMBER_TYPES, RelationFinding

_CARRY = "|".join(lexicon.CARRYING_VERBS)
_TIMES = r"(?:\s+(?:seit\s+[\w.]+|\d{4}|bereits|schon|nun|auch|weiterhin))*"
# the body, the verb, the network: "Die Stiftung X trägt (seit 2019) im IQ Netzwerk Y …"
_BODY_CARRIES_IN = re.compile(rf"\s+(?:{_CARRY}){_TIMES}\s+im\s+$")
# the network fronted, the verb, the body: "Im IQ Netzwerk Y trägt die Stiftung X …"
_IN_THE_NETWORK_CARRIES = re.compile(rf"\s+(?:{_CARRY}){_TIMES}\s+(?:der|die|das)\s+$")
# a relative clause about the body, its verb last: "die Stiftung X, die (seit 2019) im IQ Netzwerk Y … trägt,"
_RELATIVE_IN = re.compile(rf"\s*,\s*(?:die|der|das){_TIMES}\s+im\s+$")
_VERB_LAST = re.compile(rf"[^,.;:()]{{1,80}}?\s(?:{_CARRY}|anbietet|durchführt|umsetzt)(?=\s*[,.;)])")
_FRONTED = re.compile(r"(?:^|[.!?:]\s+|\n)\s*Im\s+$")
_REACH = 60  # characters between the body and the network over the verb and a time


def carriers_in_the_network(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    networks = [m for m in ms if m.type == "StateNetwork" and sentence[0] <= m.start < sentence[1]]
    bodies = [m for m in ms if m.type in MEMBER_TYPES and m.type != "StateNetwork"]
    for net in networks:
        for body in bodies:
            if _carries_in(text, body, net):
                yield RelationFinding(body, "memberOf", net)


def _carries_in(text: str, body: Mention, net: Mention) -> bool:
    if 0 < net.start - body.end <= _REACH:
        gap = text[body.end : net.start]
        return bool(
            _BODY_CARRIES_IN.fullmatch(gap) or _RELATIVE_IN.fullmatch(gap) and _VERB_LAST.match(text, net.end)
        )
    if 0 < body.start - net.end <= _REACH and _FRONTED.search(text, max(0, net.start - 4), net.start):
        return bool(_IN_THE_NETWORK_CARRIES.fullmatch(text, net.end, body.start))
    return False
