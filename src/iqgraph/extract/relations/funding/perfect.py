"""Funding said by the active perfect, the participle closing the clause: "Das Land Y hat das Projekt X mit 400.000
Euro gefördert", "Seit 2020 hat die Stiftung Y das Angebot finanziert", "Der Bund und das Land haben es bis 2025
kofinanziert": X (or the unit a pronoun or noun stands for) fundedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors
from .marks import (
    ARTICLE_GAP,
    PASSIVE_FUNDED,
    PAYER_OPENS,
    PAYER_TYPES,
    coordinated,
    is_fund,
    spoken_of,
)

# The auxiliary, the middle field (the object and adverbials), the participle closing the clause; financial support
# counts ("hat das Projekt finanziell unterstützt").
_PERFECT = re.compile(
    r"\b(?P<aux>hat|haben|hatte|hatten)\s+(?P<middle>(?:[^;,.]|(?<=\d)[.,](?=\d)){1,160}?)\s"  # "30.000 Euro"
    r"(?:(?:ko|mit)?(?:gefördert|finanziert)|bezuschusst|(?<=finanziell\s)unterstützt)(?=\s*(?:[,.;]|$|und\s))"
)
# The object a pronoun or noun standing for the unit spoken of: "hat es …", "hat das Angebot …"
_STAND_IN = re.compile(
    rf"(?:^|\s)(?:es|(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))(?=\s|$)"
)
_PLURAL = frozenset({"haben", "hatten"})


def perfect_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for verb in _PERFECT.finditer(text, *sentence):
        payers = _subject(text, ms, sentence[0], verb)
        if not payers or not all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
            continue
        middle = [m for m in actors(ms, *verb.span("middle")) if m not in payers]
        funded = middle[0] if middle and middle[0].type in PASSIVE_FUNDED and not is_fund(middle[0]) else None
        if (
            funded is None
            and not middle
            and _STAND_IN.search(verb.group("middle"))
            and spoken_of(text, topic)
        ):
            funded = topic
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers)


def _subject(text: str, ms: list[Mention], start: int, verb: re.Match[str]) -> list[Mention]:
    """The payers opening the clause before the auxiliary (each coordinated there with a plural one), else the payer
    right after it, something else fronted ("Seit 2020 hat das Land Y …")."""
    before = actors(ms, start, verb.start(), FUNDERS)
    if before and PAYER_OPENS.fullmatch(text, start, before[0].start):
        listed = coordinated(text, ms, before[0], verb.start())
        if listed[-1].end <= verb.start() and not text[listed[-1].end : verb.start()].strip():
            return listed if verb.group("aux") in _PLURAL else listed[:1]
        return []
    after = actors(ms, verb.start("middle"), verb.end("middle"), FUNDERS)
    if not before and after and ARTICLE_GAP.match(text[verb.start("middle") - 1 : after[0].start]):
        return [after[0]]
    return []
