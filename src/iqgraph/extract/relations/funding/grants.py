"""Funding said by a verb of granting money: "Das Land Y bewilligt dem Projekt X 300.000 Euro", "Für das Projekt X gibt
die Stadt Y 20.000 Euro", "Die Stadt Y gewährt dem Netzwerk einen Zuschuss", "Das Ministerium Y bezuschusst das
Projekt" (the verb is money itself), "Dafür zahlt das Land Y 50.000 Euro": X fundedBy Y. What is paid for is the
unit after "für" or in the dative, or the unit spoken of where a noun or "dafür" stands for it; money given to no
unit ("zahlt den Arbeitgebern einen Zuschuss") funds none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...lexicon.projects import PROJECT_STAND_INS
from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors
from .marks import (
    ARTICLE_GAP,
    MONEY,
    PASSIVE_FUNDED,
    PAYER_OPENS,
    PAYER_TYPES,
    RIGHT_AFTER_FOR,
    coordinated,
    introduced,
    is_fund,
    spoken_of,
)

# The finite verbs of granting, giving and paying; "bezuschussen" needs no money named, it is a grant.
_GRANTING = re.compile(
    r"\b(?P<verb>bewillig(?:t|te|en|ten)|gewähr(?:t|te|en|ten)|gibt|gab|geben|gaben|zahl(?:t|te|en|ten)|investier(?:t|te|en|ten)"
    r"|(?P<grant>bezuschuss(?:t|te|en|ten))"
    # money promised, the separable part closing the clause: "Das Land Y sagte dem Projekt 20.000 Euro zu"
    r"|sag(?:t|te|en|ten)(?=(?:[^.;,]|(?<=\d)\.(?=\d)){1,160}?\szu(?:\s*[.,;]|$))"
    # money at hand for a unit, its payer after a mark: "Für X stehen … Euro aus Mitteln des Y zur Verfügung"
    r"|(?P<at_hand>steh(?:t|en)|stand(?:en)?)(?=(?:[^.;]|(?<=\d)\.(?=\d)){1,160}?\bzur\s+Verfügung\b)"
    # money flowing to a unit: "In das Projekt X fließen 2 Millionen Euro aus dem ESF", "An X flossen … des Landes Y"
    r"|(?P<flowing>fließ(?:t|en)|floss(?:en)?))\b"
)
# What is granted: an amount or a noun of money ("einen Zuschuss", "Fördermittel", "eine Zuwendung").
_GRANTED = re.compile(
    rf"{MONEY}|\b(?:[A-ZÄÖÜ][a-zäöü]*)?(?:[Mm]ittel|[Gg]elder|Geld|[Zz]uschuss|[Zz]uschüsse|Zuwendung(?:en)?)\b"
)
# Money refused: no funding; given back or spent ("zahlt … zurück", "gibt … aus", the separable part closing the
# clause) neither.
_DENIED = re.compile(r"\b(?:keine|keinerlei|keinen|nicht|kein)\b")
_GIVEN_BACK_OR_SPENT = re.compile(r"\s(?:aus|zurück)\s*(?:[.!?,;]|$)")
_PLURAL = re.compile(r"\w+(?:en|ten)")
# A passive or existential clause names the payer after a mark: "Dem Projekt wurden vom Land Y … bewilligt", "Für X
# gibt es 20.000 Euro aus Mitteln des Y".
_NO_SUBJECT = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|gibt\s+es|gab\s+es)\b")
# What the money is for: "für das Projekt X", "für das Projekt", "dafür", "hierfür" (not "für" inside a name).
_FOR_A_NOUN = re.compile(
    r"\b(?:[Ff]ür\s+(?:das|die|den|dieses|diese|diesen)\s+(?:[\w-]+\s+)?"
    rf"(?P<noun>{'|'.join(lexicon.FUNDED_STAND_INS)})(?P<plural>e|en)?s?\b(?!\s*[„\"»A-ZÄÖÜ]))"
    # "dafür", "dazu" ("weitere 40.000 Euro gibt Y dazu"), the dative pronoun ("Das Land gewährt ihm …")
    r"|\b(?:[Dd]afür|[Hh]ierfür|dazu|hinzu|ihm)\b"
)
# "investiert 1 Mio. Euro in das Projekt X", "An das Netzwerk X fließen …"
_OF_ANOTHER_NOUN = re.compile(r"[a-zäöüß]\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$")
_OWNER_REACH = (
    40  # characters back from the unit to the noun it is the genitive of: the noun, article and head
)
_FOR = re.compile(r"\b(?:[Ff]ür|[Ii]n(?=\s+(?:das|den|die)\s)|[Aa]n(?=\s+(?:das|den|die)\s))\s+")

# The dative beneficiary a noun stands for, no name after it: "dem Projekt", "dem Netzwerk", "dem Vorhaben".
_TO_A_NOUN = re.compile(
    rf"\b(?:dem|diesem)\s+(?:[\w-]+en\s+)?(?:{'|'.join(lexicon.FUNDED_STAND_INS)})\b(?!\s*[„\"»A-ZÄÖÜ])"
)


def granted_money(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None, network: Mention | None
) -> Iterator[RelationFinding]:
    """`topic`: the unit spoken of, what "dafür" or "dem Projekt" stands for; `network`: the release's network,
    whose projects "die Teilprojekte" are."""
    for verb in _GRANTING.finditer(text, *sentence):
        if verb.group("grant") is None and _GRANTED.search(text, *sentence) is None:
            continue
        if _DENIED.search(text, *sentence) or _GIVEN_BACK_OR_SPENT.search(text, verb.end(), sentence[1]):
            continue  # "gibt … keine Mittel", "zahlt 20.000 Euro zurück", "gibt 20.000 Euro aus"
        # the verb's clause between commas: "…, weitere 40.000 Euro gibt Y dazu", "…, das Projekt X berät"
        clause = _clause_of(text, sentence, verb)
        payers = _granting_payers(text, clause, ms, verb)
        funded = _granted_to(text, clause, ms, payers, (topic, network))
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)


# A comma between clauses, not the decimal comma of an amount ("1.234,56 € aus Mitteln des Y bewilligt").
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _clause_of(text: str, sentence: tuple[int, int], verb: re.Match[str]) -> tuple[int, int]:
    """The verb's clause between commas: "…, weitere 40.000 Euro gibt Y dazu", "…, das Projekt X berät"."""
    befores = [c.end() for c in _CLAUSE_COMMA.finditer(text, sentence[0], verb.start())]
    after = _CLAUSE_COMMA.search(text, verb.end(), sentence[1])
    return (befores[-1] if befores else sentence[0], after.start() if after else sentence[1])


def _is_payer(m: Mention) -> bool:
    return m.type in PAYER_TYPES or is_fund(m)


def _granting_payers(
    text: str, sentence: tuple[int, int], ms: list[Mention], verb: re.Match[str]
) -> list[Mention]:
    """The subject granting: a payer opening the sentence before the verb (with a plural verb, each one coordinated
    there), else a payer right after the verb (verb-second with something else fronted: "Dafür gibt das Land Y …")."""
    named = actors(ms, *sentence, FUNDERS)
    before = [m for m in named if m.end <= verb.start()]
    if before and PAYER_OPENS.fullmatch(text, sentence[0], before[0].start) and _is_payer(before[0]):
        plural = _PLURAL.fullmatch(verb.group("verb")) is not None
        return coordinated(text, ms, before[0], verb.start()) if plural else before[:1]
    after = [m for m in named if m.start >= verb.end()]
    if after and ARTICLE_GAP.match(text[verb.end() : after[0].start]) and _is_payer(after[0]):
        return coordinated(text, ms, after[0], sentence[1])
    if verb.group("at_hand") or verb.group("flowing") or _NO_SUBJECT.search(text, *sentence):
        return [m for m in introduced(text, ms, *sentence, first_only=True) if _is_payer(m)]
    return []


def _granted_to(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    payers: list[Mention],
    spoken: tuple[Mention | None, Mention | None],
) -> Mention | None:
    """The unit the money is for: one named after "für" or elsewhere in the sentence besides the payers, else the
    unit spoken of where a noun or "dafür" stands for it ("für das Projekt", "dem Netzwerk")."""
    topic, network = spoken
    if not payers:
        return None
    for for_ in _FOR.finditer(text, *sentence):
        after = actors(ms, for_.end(), sentence[1])
        if (
            after
            and after[0].type in PASSIVE_FUNDED
            and after[0] not in payers
            and RIGHT_AFTER_FOR.fullmatch(text, for_.end(), after[0].start)
            and not any(m.start < for_.start() < m.end for m in ms)
        ):
            return after[0]
    named = [
        m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers and not is_fund(m)
    ]
    if named:  # not a unit in the genitive of another noun: "zahlt den Teilnehmenden des Projekts X …"
        owned = _OF_ANOTHER_NOUN.search(text, max(sentence[0], named[0].start - _OWNER_REACH), named[0].start)
        return None if owned else named[0]
    standing_in = _FOR_A_NOUN.search(text, *sentence) or _TO_A_NOUN.search(text, *sentence)
    if standing_in is None or any(sentence[0] <= m.start < sentence[1] and m not in payers for m in ms):
        return None  # a body or place named besides the payers may be who gets the money
    if standing_in.groupdict().get("plural") and standing_in.group("noun") in PROJECT_STAND_INS:
        return network  # "Geld für die Teilprojekte geben …": the network's projects, the network paid for
    in_the_paragraph = topic is not None and "\n\n" not in text[topic.end : sentence[0]]
    return topic if in_the_paragraph and spoken_of(text, topic) else None


# A unit borne by a ministry or a fund: "Das Programm wird vom Bundesministerium Y getragen" (a ministry bearing a
# unit pays for it; a body that bears one carries it, read by the carrier readers).
_BORNE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b(?P<zone>[^;,]{0,160}?)\s(?:mit)?getragen\b")


def borne_by_a_payer(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _BORNE.finditer(text, *sentence):
        payers = [m for m in introduced(text, ms, *cue.span("zone")) if m.type == "Ministry" or is_fund(m)]
        units = [
            m for m in actors(ms, sentence[0], cue.start()) if m.type in PASSIVE_FUNDED and not is_fund(m)
        ]
        funded = units[0] if units else topic if _PRONOUN.match(text, sentence[0]) else None
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)


_PRONOUN = re.compile(r"\s*(?:Es|Er|Sie)\s")
