"""Funding said by the unit receiving money, something fronted and the unit after the verb: "Vom Land Y erhält das
Projekt X jährlich 90.000 Euro", "Rund 90.000 Euro bekommt „X“ vom Land Y", "Aus Mitteln des ESF erhält es weitere
50.000 Euro", "Finanzielle Unterstützung erhält das Angebot von der Stiftung Y": X (or the unit a pronoun or noun
stands for) fundedBy Y. (The receiver first, "X erhält … vom Y", is a cue row in cues.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import RelationFinding, actors
from .marks import (
    ARTICLE_GAP,
    MONEY,
    PASSIVE_FUNDED,
    PAYER_TYPES,
    PRIZE,
    introduced,
    is_fund,
    spoken_of,
)

_RECEIVING = re.compile(r"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen|bekamen)\b")
# What is received is money: an amount, a noun of money or of funding; support only when financial.
_MONEY_RECEIVED = re.compile(
    rf"{MONEY}|\b(?:[A-ZÄÖÜ][a-zäöü]*)?(?:[Mm]ittel|[Gg]elder|Geld|[Zz]uschuss|[Zz]uschüsse|Zuwendung(?:en)?)\b"
    r"|\b(?:[A-ZÄÖÜ][a-zäöü]*)?[Ff]örderung\b|\b[Ff]inanzielle\s+Unterstützung\b"
)
# The receiver a pronoun or a noun standing for the unit spoken of: "erhält es", "bekommt das Angebot"
_STAND_IN_AFTER = re.compile(
    rf"\s+(?:es|(?:das|die|der|dieses|diese|dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\b(?!\s*[„\"»])"
)
_COMMA_BEFORE_THE_VERB = re.compile(r",\s*$")
_DENIED = re.compile(r"\b(?:keine|keinerlei|keinen|nicht|kein)\b")


def fronted_receipt(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for verb in _RECEIVING.finditer(text, *sentence):
        # "Nachdem das Projekt Y ausgelaufen war, erhielt das Projekt X vom Land …": a clause fronted whole, its
        # names not the verb's own
        fronted_clause = _COMMA_BEFORE_THE_VERB.search(text, sentence[0], verb.start()) is not None
        named_before = [] if fronted_clause else actors(ms, sentence[0], verb.start())
        if not _MONEY_RECEIVED.search(text, *sentence) or _DENIED.search(text, *sentence):
            continue
        if PRIZE.search(text, *sentence):
            continue  # "Von der Stiftung Y erhält das Projekt den mit 5.000 Euro dotierten Preis"
        receiver = _receiver(text, ms, verb, sentence[1], topic)
        if receiver is None:
            continue
        payers = [
            p
            for p in introduced(text, ms, sentence[0], sentence[1], first_only=True)
            if p is not receiver and (p.type in PAYER_TYPES or is_fund(p))
        ]
        # the payer must come from the fronted phrase or a mark after the receiver: not the subject before the verb
        if any(m.type in PASSIVE_FUNDED and m not in payers for m in named_before):
            continue
        yield from (RelationFinding(receiver, "fundedBy", p) for p in payers)


def _receiver(
    text: str, ms: list[Mention], verb: re.Match[str], end: int, topic: Mention | None
) -> Mention | None:
    """The unit right after the receiving verb, or the unit spoken of a pronoun or noun there stands for."""
    after = actors(ms, verb.end(), end)
    if after and ARTICLE_GAP.match(text[verb.end() : after[0].start]):
        return after[0] if after[0].type in PASSIVE_FUNDED and not is_fund(after[0]) else None
    if _STAND_IN_AFTER.match(text, verb.end()) and spoken_of(text, topic):
        return topic
    return None


# Money a carrier receives for its unit: "Der Verein Y erhält vom Land Z 50.000 Euro für sein Projekt X", "Für das
# Projekt X bekommt die Y gGmbH Geld vom Land Z": X is what is paid for, not the body that carries it.
_FOR_THE_UNIT = re.compile(
    r"\b[Ff]ür\s+(?:(?:sein|ihr|das|die|den|dessen|deren)\s+)?(?:[\w-]+\s+){0,2}?[„\"»]?$"
)
_FOR_REACH = (
    50  # characters back from the unit's name to "für": the possessive, a head noun and a quotation mark
)
_CARRIERS = frozenset({"Organisation"})


def for_the_carrier_s_unit(
    text: str, sentence: tuple[int, int], ms: list[Mention], found: list[RelationFinding]
) -> list[RelationFinding]:
    """The funding findings of the sentence, a carrier's turned to the unit its money is for."""
    carried = [f for f in found if f.predicate == "fundedBy" and f.subject.type in _CARRIERS]
    if not carried or not _RECEIVING.search(text, *sentence):
        return found
    unit = next(
        (
            m
            for m in actors(ms, *sentence)
            if m.type in PASSIVE_FUNDED
            and not is_fund(m)
            and _FOR_THE_UNIT.search(text, max(sentence[0], m.start - _FOR_REACH), m.start) is not None
        ),
        None,
    )
    if unit is None:
        return found
    return [RelationFinding(unit, f.predicate, f.object) if f in carried else f for f in found]
