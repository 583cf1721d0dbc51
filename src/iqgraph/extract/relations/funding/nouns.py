"""Funding said by a noun: a funding noun ("Die Finanzierung des Projekts X übernimmt das Land Y", "Die Förderung
erfolgt durch Y", "dank einer Förderung des Landes Y"), a funder noun ("Förderer des Projekts X ist Y", "Förderung:
Y"), a ministry in the genitive ("das Projekt „X“ des Ministeriums Y") and the costs borne ("Die Kosten des
Projekts X trägt das Land Y"): X fundedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors, listed_after
from .marks import (
    ABOUT_THE_MONEY,
    ADVERBIAL,
    ARTICLE_GAP,
    ATTRIBUTE_REACH,
    FUNDER_REACH,
    MONEY,
    PASSIVE_FUNDED,
    PAYER_OPENS,
    PAYER_TYPES,
    PUBLIC_PAYERS,
    WORDS_BEFORE,
    coordinated,
    introduced,
    is_fund,
    spoken_of,
)

# "das IQ Netzwerk X des Musterministeriums", "das Projekt „X“ des Ministeriums Y": a ministry in the
# genitive of a network or project is the one that pays for it (a body there is mostly its carrier).
_GENITIVE_RIGHT_AFTER = re.compile(r"[“”\"»«]?\s+(?:des|der)\s+")
_OWNED_BY_A_MINISTRY = frozenset({"StateNetwork", "Subproject"})


def ministry_in_the_genitive(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for owned, owner in zip(named, named[1:], strict=False):
        if (
            owned.type in _OWNED_BY_A_MINISTRY
            and owner.type == "Ministry"
            and _GENITIVE_RIGHT_AFTER.fullmatch(text, owned.end, owner.start)
        ):
            yield RelationFinding(owned, "fundedBy", owner)


# "dank einer Förderung des Landes X", "mit finanzieller Unterstützung des Bundesministeriums Y", "durch Mittel des
# Landes X", "mit Unterstützung des Europäischen Sozialfonds" (a fund supports only with money): a funding noun
# whose genitive is a public payer (a ministry, an agency or a fund) names who pays; what is paid for is the unit
# the sentence names, else the one named before ("Möglich wird das durch eine Förderung des Landes X"). Support is
# funding only when it is financial; a body in the genitive may as well be what is funded ("Förderung der Stiftung").
_PAYER_GENITIVE = re.compile(
    r"\b(?:(?:Ko)?[Ff]inanzierung|[Ff]örderung|[Ff]inanzielle[nr]?\s+(?:Unterstützung|Förderung)"
    # the money itself: "durch Mittel des Landes X", "dank Fördermitteln des Bundesministeriums Y"
    # ("aus/mit Mitteln des Y" is the mark of a passive or a cue, read there with its clause)
    r"|(?<![Aa]us\s)(?<![Mm]it\s)(?<!den\s)(?:Förder|Projekt|Landes|Bundes)?[Mm]itteln?|Geldern"
    # a grant: "mit einem Zuschuss des Landes Y", "dank der Zuwendung des Ministeriums Y"
    r"|(?:Förder)?[Zz]uschuss(?:es)?|[Zz]uschüssen?|Zuwendung(?:en)?"
    r"|(?P<support>[Uu]nterstützung))\s+(?:des|der)\s+"
)
_AGENT_AFTER = re.compile(r"\s+(?:durch|vom|von)\b")
# The money as the object of an infinitive others are helped to: "Fördermittel des Landes zu beantragen / zu nutzen"
_TO_APPLY_FOR = re.compile(
    r"[^,.;]{0,40}?\bzu\s+(?:beantragen|nutzen|erhalten|bekommen|finden|erschließen)\b"
)


def payer_in_the_genitive(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _PAYER_GENITIVE.finditer(text, *sentence):
        payer = next((m for m in ms if m.start == noun.end()), None)
        if payer is None or not (payer.type in PUBLIC_PAYERS or is_fund(payer)):
            continue
        if noun.group("support") and not is_fund(payer):
            continue  # "mit Unterstützung des ESF" is money; a ministry's support may be advice
        if ABOUT_THE_MONEY.search(text, max(sentence[0], noun.start() - WORDS_BEFORE), noun.start()):
            continue  # "berät über Mittel des Landes", "Fragen zur Förderung des Bundes": spoken of, not received
        if _AGENT_AFTER.match(text, payer.end):  # "die Förderung der Stadt X durch das Land": X is paid for
            continue
        if _TO_APPLY_FOR.match(text, payer.end):  # "hilft Betrieben, Fördermittel des Landes zu beantragen"
            continue
        named = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and not is_fund(m)]
        # "Neben dem Projekt Y bekam auch das Projekt X Fördermittel des Landes": not the unit set beside it
        named = [m for m in named if not _set_apart(text, m)] or named
        funded = named[0] if named else topic
        if funded is not None and funded is not payer:
            yield RelationFinding(funded, "fundedBy", payer)


# A unit named in a comparison or set beside the one spoken of: "Anders als das Projekt Y", "Wie die Beratungsstelle
# Y" (opening the sentence; "Partner wie die Stadt Y" names examples), "Neben dem Projekt Y", "Im Gegensatz zur Y" (an article and a head noun between).
_SET_APART_BEFORE = re.compile(
    r"(?:\b[Aa]nders\s+als|\b[Ää]hnlich\s+wie|\b[Gg]enauso\s+wie|\bWie|\b[Nn]eben"
    r"|\b[Ii]m\s+(?:Gegensatz|Unterschied)\s+zu(?:m|r)?|\b(?:An)?[Ss]tatt|\b[Aa]ußer)"
    r"\s+(?:(?:der|die|das|dem|den|des)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)
_SET_APART_REACH = 50  # characters back from the name over the head noun and article to the comparing word


def _set_apart(text: str, m: Mention) -> bool:
    return _SET_APART_BEFORE.search(text, max(0, m.start - _SET_APART_REACH), m.start) is not None


# "Die Finanzierung des Projekts X übernimmt Y", "Die Förderung von X erfolgt durch Y": a funding noun with the
# funded in its genitive (or after von/für), the funder the subject after the verb or after a mark.
_FUNDING_NOUN = re.compile(r"\b(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\s+(?:des|der|von|für)\b")
_TAKE_ON = r"(?:übernimmt|übernahm|übernehmen|übernahmen|trägt|trug|tragen|trugen)"
_TAKING_ON = re.compile(rf"\b{_TAKE_ON}\b")
_PLURAL_TAKING = frozenset(
    {"übernehmen", "übernahmen", "tragen", "trugen", "teilen sich", "teilten sich", "sichern", "sicherten"}
)
_TAKING_PLACE = re.compile(r"\b(?:erfolgt|erfolgte|erfolgen|erfolgten)\b")
# The payer in a "durch"/"von" phrase right after the funded: "die Förderung des Projekts „X“ durch das Land Y"
_PAYER_RIGHT_AFTER = re.compile(r"[“”\"»«]?\s+(?:durch|vom|von\s+der|von\s+dem|seitens)\s")
# "Y übernimmt die Finanzierung des X": the funder before the verb, the funding noun after it.
_SECURED = "gesichert|sichergestellt|abgesichert|gewährleistet|übernommen|getragen"
# "Y beteiligt sich an der Finanzierung des X", "Y sichert / verlängert die Förderung des X"
_SHARING_IN = r"(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\s+(?:[\w.]+\s+){0,2}?an"
_SECURING = r"(?:sichert|sicherte|sichern|sicherten|verlängert|verlängerte|verlängern|verlängerten)"
_TAKES_ON_FUNDING = re.compile(
    rf"\b(?:{_TAKE_ON}|{_SHARING_IN}|{_SECURING})\s+(?:die|den|der)\s+"
    r"(?:Kof|F)(?:inanzierung|örderung)\s+(?:des|der|von|für)\b"
    # the perfect, its participle after the funded: "Y hat die Förderung des X verlängert"
    r"|\b(?:hat|haben|hatte|hatten)\s+(?:[\w.]+\s+){0,2}?die\s+(?:Kof|F)(?:inanzierung|örderung)\s+(?:des|der)\b"
    rf"(?=[^.;,]{{1,120}}\s(?:{_SECURED}|verlängert|aufgestockt|zugesagt)\b)"
)


def funding_nouns(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for noun in _FUNDING_NOUN.finditer(text, *sentence):
        funded = actors(ms, noun.end(), min(sentence[1], noun.end() + ATTRIBUTE_REACH))
        if not funded or funded[0].type not in PASSIVE_FUNDED:
            continue
        taking = _TAKING_ON.search(text, funded[0].end, sentence[1])
        happening = _TAKING_PLACE.search(text, funded[0].end, sentence[1])
        funders: list[Mention] = []
        if _PAYER_RIGHT_AFTER.match(
            text, funded[0].end
        ):  # "Die Förderung des Projekts X durch das Land Y läuft …"
            funders = introduced(text, ms, funded[0].end, sentence[1], first_only=True)
        elif taking is not None and not text[funded[0].end : taking.start()].strip(' “”"»«'):
            subject = actors(ms, taking.end(), sentence[1], FUNDERS)
            if subject and ARTICLE_GAP.match(text[taking.end() : subject[0].start]):
                # "Die Finanzierung des Projekts X übernehmen das Land Y und die Stadt Z": both
                plural = taking.group() in _PLURAL_TAKING
                funders = (
                    listed_after(text, ms, subject[0].start, sentence[1], FUNDERS) if plural else subject[:1]
                )
        elif happening is not None and not text[funded[0].end : happening.start()].strip(' “”"»«'):
            funders = introduced(text, ms, happening.end(), sentence[1], first_only=True)
        yield from (RelationFinding(funded[0], "fundedBy", f) for f in funders if f is not funded[0])
    for verb in _TAKES_ON_FUNDING.finditer(text, *sentence):
        agent = [m for m in actors(ms, sentence[0], verb.start(), FUNDERS) if m.end <= verb.start()]
        funded = actors(ms, verb.end(), min(sentence[1], verb.end() + ATTRIBUTE_REACH))
        if agent and funded and funded[0].type in PASSIVE_FUNDED:
            # a plural verb ("beteiligen sich", "sichern", "haben"): each payer coordinated before it
            plural = verb.group().split()[0].endswith("n")
            payers = coordinated(text, ms, agent[0], verb.start()) if plural else agent[:1]
            yield from (RelationFinding(funded[0], "fundedBy", p) for p in payers if p is not funded[0])


# "Die Förderung erfolgt (bis 2032) durch Y", "Die Finanzierung durch Y sichert …", "Die Kofinanzierung übernimmt Y",
# "Die Mittel stammen aus dem Y": a funding noun that names its funder but not its funded, which is the unit the
# sentence or the one before names.
_PAYER_NAME = 100  # characters of the payer's name between the mark and the participle
_MONEY_SPOKEN_OF = r"(?:dieser|der|jener)\s+(?:[A-ZÄÖÜ]+-)?(?:[A-ZÄÖÜ][a-zäöü]*)?[Mm]ittel"
_UNOWNED_FUNDING_NOUN = re.compile(
    r"\b(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\s+(?:(?:erfolgt|erfolgte|erfolgen|erfolgten)\s+(?:[\w.]+\s+){0,2}?)?"
    r"(?=(?:durch|vom|von\s+der|von\s+dem|aus\s+(?:den\s+)?Mitteln|aus\s+dem|aus\s+der|über\s+(?:den|das|die))\b)"
    # (the money it adds to in the genitive: "Die Kofinanzierung dieser Mittel übernimmt Y", "… der ESF-Mittel …")
    rf"|\b(?:Kof|F)(?:inanzierung|örderung)(?:\s+{_MONEY_SPOKEN_OF})?\s+(?P<taking>{_TAKE_ON}|{_SECURING}|teilen\s+sich|teilten\s+sich)\b"
    # the funding secured by its payer: "Die Finanzierung ist bis 2030 durch das Land Y gesichert"
    r"|\b(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\s+(?:ist|war|wird|wurde|bleibt)\s+(?:[\w.]+\s+){0,3}?"
    rf"(?=(?:durch|vom|von\s+der|von\s+dem)\s[^.;,]{{0,{_PAYER_NAME}}}?\s(?:{_SECURED})\b)"
    # the money and where it comes from: "Die Mittel (dafür) stammen aus dem ESF", "Das Geld kommt vom Land X"
    r"|\b(?:Förder|Finanz|Projekt)?(?:[Mm]ittel|[Gg]eld|[Gg]elder)\s+(?:(?:dafür|hierfür)\s+|für\s+[^.;,]{1,60}?\s+)?"
    r"(?:stammen|stammt|stammten|stammte|kommen|kommt|kamen|kam)\s+(?:[\w.]+\s+){0,3}?(?=(?:aus|vom|von)\b)"
    # the funding and where it comes from, what it is for between: "Die Förderung für das Projekt X kommt vom Land Y"
    # (or money's support: "Finanzielle Unterstützung kommt vom Land Y")
    r"|\b(?:(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)|[Ff]inanzielle\s+Unterstützung)\s+(?:für\s+[^.;,]{1,60}?\s+)?"
    r"(?:stammt|stammte|kommt|kam)\s+(?:[\w.]+\s+){0,3}?(?=(?:aus|vom|von)\b)"
)


# The payer opening the sentence takes on a funding that names no funded: "Das Land Y übernimmt die Finanzierung",
# "Die Stadt Z sichert die Förderung bis 2030", "Der Bund verlängert die Förderung um drei Jahre"; the funded is the
# unit the sentence names, else the one spoken of.
_PAYER_TAKES_ON = re.compile(
    rf"\s+(?:{_TAKE_ON}|{_SECURING})\s+(?:(?:{ADVERBIAL}|[\w.]+)\s+){{0,2}}?(?:die|deren|dessen|seine|ihre)\s+"
    r"(?:(?:weitere|gesamte|komplette|künftige)\s+)?(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\b"
    r"(?!\s+(?:des|der|von|für|durch)\b)"
    # the perfect, its participle closing the clause: "Das Land Y hat seine Förderung bis 2030 verlängert"
    r"|\s+(?:hat|haben|hatte|hatten)\s+(?:[\w.]+\s+){0,2}?(?:die|seine|ihre)\s+(?:weitere\s+)?(?:Ko)?(?:[Ff]inanzierung|"
    r"[Ff]örderung)\b(?!\s+(?:des|der|von|für|durch)\b)"
    rf"(?=(?:[^.;,]|(?<=\d)\.(?=\d)){{0,{_PAYER_NAME}}}\s(?:{_SECURED}|verlängert|aufgestockt|zugesagt)\b)"
)


# A subordinate clause the payer opens, its verb last: "Das Projekt X kann weiterarbeiten, weil das Land Y die
# Finanzierung übernimmt" (the unit the main clause names is the funded)
_SUBORDINATE_OPENING = re.compile(
    r",\s+(?:weil|da|dass|nachdem|seit|seitdem|sodass|zumal|wenn|nun\s+da)\s+(?:(?:der|die|das)\s+)?$"
)


# its verb last, no denial between: "…, weil das Land Y die Finanzierung übernimmt", "…, seit die Stadt Z die
# Förderung übernommen hat"
_PAYER_TAKES_ON_LAST = re.compile(
    r"\s+(?:(?!nicht\b|kein)[\w.]+\s+){0,2}?(?:die|seine|ihre)\s+(?:(?:weitere|gesamte|komplette|künftige)\s+)?"
    r"(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\b(?!\s+(?:des|der|von|für|durch)\b)"
    rf"\s+(?:(?!nicht\b|kein)[\w.]+\s+){{0,3}}?(?:{_TAKE_ON}|{_SECURING}"
    r"|(?:übernommen|getragen|gesichert|verlängert)\s+(?:hat|haben|hatte|hatten))(?=\s*[.,;]|\s*$)"
)


_OPENING_REACH = 30  # characters back from the payer to the conjunction opening its clause


def _payer_taking_on(
    text: str, sentence: tuple[int, int], named: list[Mention]
) -> tuple[Mention | None, list[Mention], bool]:
    """The payer opening the sentence (the units after it, True), else the one opening a subordinate clause (the
    sentence's other units, False)."""
    first = named[0] if named else None
    opens = first is not None and PAYER_OPENS.fullmatch(text, sentence[0], first.start) is not None
    if first is not None and opens and (first.type in PAYER_TYPES or is_fund(first)):
        return first, named[1:], True
    payer = next(
        (
            m
            for m in named
            if _SUBORDINATE_OPENING.search(text, max(sentence[0], m.start - _OPENING_REACH), m.start)
        ),
        None,
    )
    return payer, [m for m in named if m is not payer], False


def payer_taking_on_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    payer, units, main_clause = _payer_taking_on(text, sentence, named)
    if payer is None or not (payer.type in PAYER_TYPES or is_fund(payer)):
        return
    if not (_PAYER_TAKES_ON if main_clause else _PAYER_TAKES_ON_LAST).match(text, payer.end):
        return
    units = [m for m in units if m.type in PASSIVE_FUNDED and not is_fund(m)]
    funded = units[0] if units else topic if spoken_of(text, topic) and len(named) == 1 else None
    if funded is not None:
        yield RelationFinding(funded, "fundedBy", payer)


def funding_nouns_of_the_topic(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _UNOWNED_FUNDING_NOUN.finditer(text, *sentence):
        if ABOUT_THE_MONEY.search(text, max(sentence[0], noun.start() - WORDS_BEFORE), noun.start()):
            continue  # "informiert über die Förderung durch die Agentur": spoken of, not received
        if noun.group("taking"):
            subject = actors(ms, noun.end(), sentence[1], FUNDERS)
            found = subject[:1] if subject and ARTICLE_GAP.match(text[noun.end() : subject[0].start]) else []
            if (
                found and noun.group("taking") in _PLURAL_TAKING
            ):  # "… übernehmen das Land und die Stadt": both
                found = listed_after(text, ms, found[0].start, sentence[1], FUNDERS)
        else:
            found = introduced(text, ms, noun.end(), sentence[1], first_only=True)
        # not a second source the noun names ("stammen aus dem Programm X und aus dem ESF"): a payer, not the paid
        sources = introduced(text, ms, noun.end(), sentence[1])
        named = [
            m
            for m in actors(ms, *sentence)
            if m.type in PASSIVE_FUNDED
            and m not in found + sources
            and not is_fund(m)  # not "der ESF-Mittel"
        ]
        funded = named[0] if named else topic
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", f) for f in found if f is not funded)


# Who pays, named by a funder noun: "Förderer des Projekts X ist Y", "Y ist Geldgeber des X", "Geldgeber ist Y",
# "Gefördert durch: Y, Z" (a footer: what is funded is the unit named before).
# (with its rank joined before it: "Hauptförderer", "Hauptgeldgeber")
_FUNDER_HEADS = "|".join(lexicon.FUNDER_NOUNS)
_RANKED_FUNDER_HEADS = "|".join(n.lower() for n in lexicon.FUNDER_NOUNS)
_FUNDER_NOUN = rf"(?:{_FUNDER_HEADS}|Haupt(?:{_RANKED_FUNDER_HEADS}))(?:in|innen|n|s)?"
_COPULA = r"(?:ist|sind|war|waren)"
# "Förderer des Projekts X", "Zuwendungsgeber für das Projekt X"
_FUNDER_OF = re.compile(rf"\b{_FUNDER_NOUN}\s+(?:des|der|von|für\s+(?:das|den|die|dieses|diesen|diese))\b")
_FUNDER_IS = re.compile(
    rf"\b{_FUNDER_NOUN}\s+{_COPULA}\b|\b(?:{_FUNDER_NOUN}|[Gg]efördert\s+(?:durch|von|vom)"
    # a profile's field: "Förderung: Y", "Finanzierung: Y, Z"
    # (a compound of the project's: "Projektförderung: Y", "Projektfinanzierung: Y")
    r"|(?<![\w-])(?:Ko|Projekt)?[Ff]inanzierung|(?<![\w-])(?:Projekt)?[Ff]örderung(?:\s+durch)?"
    r"|[Ff]inanziert\s+(?:durch|von|vom))\s*:"
)
_FIELD_VALUE = re.compile(r"\s*(?:(?:der|die|das|dem|den)\s+)?")
_COPULA_AFTER_NAME = re.compile(rf"[“”\"»«]?\s*{_COPULA}\b")
_IS_THE_FUNDER = re.compile(rf"\s+{_COPULA}\s+(?:[\w.]+\s+){{0,3}}$")  # "ist seit 2030 ein wichtiger"


def funder_nouns(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _FUNDER_OF.finditer(text, *sentence):
        funded = actors(ms, noun.end(), min(sentence[1], noun.end() + ATTRIBUTE_REACH))
        if not funded or funded[0].type not in PASSIVE_FUNDED:
            continue
        before = [m for m in actors(ms, sentence[0], noun.start(), FUNDERS) if m.end <= noun.start()]
        if before and _IS_THE_FUNDER.fullmatch(text, before[-1].end, noun.start()):  # "Y ist Förderer des X"
            payers = [before[-1]]
        else:  # "Förderer des X ist Y"
            copula = _COPULA_AFTER_NAME.match(text, funded[0].end)
            payers = listed_after(text, ms, copula.end(), sentence[1], FUNDERS) if copula else []
        yield from (RelationFinding(funded[0], "fundedBy", p) for p in payers if p is not funded[0])
    for noun in _FUNDER_IS.finditer(text, *sentence):
        named = [m for m in actors(ms, sentence[0], noun.start()) if m.type in PASSIVE_FUNDED]
        unit = named[0] if named else topic
        payers = listed_after(text, ms, noun.end(), sentence[1], FUNDERS)
        if not payers or payers[0].start - noun.end() > FUNDER_REACH:
            continue
        if noun.group().endswith(":") and not _FIELD_VALUE.fullmatch(text, noun.end(), payers[0].start):
            continue  # a field's value is the payer itself: "Förderung: ein Erfolg für die Stadt" names none
        if unit is not None:
            yield from (RelationFinding(unit, "fundedBy", p) for p in payers if p is not unit)


# Payers counted among the funders: "Zu den Förderern des Projekts X gehören A und B", "Neben A zählt auch B zu den
# Geldgebern", "A gehört seit 2020 zu den Förderern": each payer the sentence names; the funded the unit in the
# genitive, else (a noun standing for it, or none) the unit spoken of.
_AMONG_THE_FUNDERS = re.compile(
    r"\b(?:gehört|gehören|gehörte|gehörten|zählt|zählen|zählte|zählten)\b[^.;]*?\bzu\s+den\s+(?:\w+en\s+)?"
    rf"(?:{_FUNDER_HEADS}|Haupt(?:{_RANKED_FUNDER_HEADS}))n\b"
    r"|\b[Zz]u\s+den\s+(?:\w+en\s+)?"
    rf"(?:{_FUNDER_HEADS}|Haupt(?:{_RANKED_FUNDER_HEADS}))n\b(?=[^.;]*?\b(?:gehört|gehören|gehörte|gehörten|zählt|zählen|zählte|zählten)\b)"
)
_OF_THE_UNIT = re.compile(rf"\s+(?:des|der)\s+(?:(?:{'|'.join(lexicon.FUNDED_STAND_INS)})s?\b)?")


def funders_counted_among(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    cue = _AMONG_THE_FUNDERS.search(text, *sentence)
    if cue is None:
        return
    named = actors(ms, *sentence)
    funded = _funders_of(text, named, cue.end(), topic)
    if funded is None:
        return
    others = [m for m in named if m.key != funded.key]  # ("des Projekts" may be a mention of the unit itself)
    payers = [m for m in others if m.type in PAYER_TYPES or is_fund(m)]
    # every other body named a payer: a unit or programme besides may be what is paid for
    if payers and len(payers) == len(others):
        yield from (RelationFinding(funded, "fundedBy", p) for p in payers)


def _funders_of(text: str, named: list[Mention], end: int, topic: Mention | None) -> Mention | None:
    """The unit named in the genitive of the funder noun ("… den Förderern des Projekts X"), else the one spoken of;
    none where a body stands there ("zu den Förderern der Stiftung Y")."""
    owner = _OF_THE_UNIT.match(text, end)
    right_after = [m for m in named if owner is not None and m.start == owner.end()]
    if right_after:
        return right_after[0] if right_after[0].type in PASSIVE_FUNDED else None
    return topic if spoken_of(text, topic) else None


# Who bears the costs pays: "Die Kosten (des Projekts X) trägt das Land Y", "Das Land Y übernimmt die Personalkosten",
# the unit the costs are of named after the noun, else in the sentence, else the one spoken of. Costs of something
# else are not the unit's ("Die Kosten für die Anerkennung übernimmt das Jobcenter": the applicant's).
# (or the share a carrier must pay itself: "Den Eigenanteil für das Projekt X trägt die Stadt Y")
_COST_NOUN = r"(?:(?:Personal|Sach|Projekt|Gesamt)?[Kk]osten|Eigenanteil|Kofinanzierungsanteil)"
_BEAR = r"(?:trägt|trug|tragen|trugen|übernimmt|übernahm|übernehmen|übernahmen)"
# (costs shared between payers: "Die Kosten von 90.000 Euro teilen sich das Land Y und die Stadt Z", the dot of an
# amount inside)
_COSTS_FIRST = re.compile(
    rf"\b{_COST_NOUN}\b(?P<of>(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,60}}?)\s+(?:{_BEAR}|(?:teilen|teilten)\s+sich)\s+"
    rf"(?:(?:{ADVERBIAL}|[\w.]+)\s+){{0,2}}?(?=(?:die|der|das|den)\s)"  # "übernimmt zum größten Teil das Land"
)
_COSTS_LAST = re.compile(
    # a share of them too: "übernimmt 60 Prozent der Kosten", "trägt die Hälfte der Personalkosten"
    rf"\b{_BEAR}\s+(?:[\w.]+\s+){{0,3}}?(?:die|alle|sämtliche|der|den)\s+(?:[a-zäöüß]\w*e[nr]?\s+)?{_COST_NOUN}\b"
    r"(?P<of>(?:\s+(?:für|des|der|von)\s[^.;,]{0,60})?)"
)
_OF_SOMETHING = re.compile(r"\s*(?:für|des|der|von)\s")
_OF_A_STAND_IN = re.compile(
    rf"\s*(?:für\s+(?:das|die|den|dieses|diese|diesen)|des|der|dieses|dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)})s?"
)
# the costs' amount, no unit they are of: "Die Kosten von rund 90.000 Euro", "Die Kosten in Höhe von 2 Mio. Euro"
_AMOUNT = re.compile(rf"\s*(?:von|in\s+Höhe\s+von)\s+(?:(?:rund|etwa|insgesamt|knapp|über)\s+)?{MONEY}\s*")


# What a unit costs, its payers in a relative clause on the sum: "Das Projekt X kostet rund 600.000 Euro, die sich das
# Land Y und die Stadt Z teilen", "Das Angebot kostet 90.000 Euro im Jahr, die zum Großteil der Kreis Y trägt".
_COSTS_AS_RELATIVE = re.compile(
    rf"\b(?:kostet|kostete|kosten|kosteten)\s+(?:[\w.]+\s+){{0,3}}?{MONEY}(?:\s+[\w.]+){{0,3}}?,\s+die\s+(?:sich\s+)?"
    r"(?P<zone>[^.;,]{0,160}?)\s(?:teilen|teilten|tragen|trägt|trug|trugen|übernimmt|übernehmen|übernahm|übernahmen"
    r"|zahlt|zahlen|zahlte|zahlten)(?=\s*[.,;]|$)"
)


_STAND_IN_SUBJECT = re.compile(
    rf"\s*(?:Es|(?:Das|Die|Dieses|Diese)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))(?:\s+(?:[\w.]+))?\s+"
)


def costs_in_a_relative_clause(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _COSTS_AS_RELATIVE.finditer(text, *sentence):
        payers = actors(ms, *cue.span("zone"))
        if not payers or not all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
            continue
        before = actors(ms, sentence[0], cue.start())
        if before:
            funded = before[0] if before[0].type in PASSIVE_FUNDED and not is_fund(before[0]) else None
        else:  # "Das Projekt kostet …": the unit spoken of (not "Die Sanierung kostet …")
            stand_in = _STAND_IN_SUBJECT.fullmatch(text, sentence[0], cue.start())
            funded = topic if stand_in and spoken_of(text, topic) else None
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers)


def costs_borne(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _COSTS_FIRST.finditer(text, *sentence):
        first = actors(ms, cue.end(), sentence[1])[:1]  # and those coordinated with it: "tragen A und B"
        payers = listed_after(text, ms, first[0].start, sentence[1], FUNDERS) if first else []
        yield from _costs_of(text, ms, sentence, cue, payers, topic)
    for cue in _COSTS_LAST.finditer(text, *sentence):
        before = actors(ms, sentence[0], cue.start())
        payers = before[:1] if before and PAYER_OPENS.fullmatch(text, sentence[0], before[0].start) else []
        yield from _costs_of(text, ms, sentence, cue, payers, topic)


def _costs_of(
    text: str,
    ms: list[Mention],
    sentence: tuple[int, int],
    cue: re.Match[str],
    payers: list[Mention],
    topic: Mention | None,
) -> Iterator[RelationFinding]:
    if not payers or not all(p.type in PAYER_TYPES or is_fund(p) for p in payers):
        return
    of = actors(ms, *cue.span("of"))
    if of:
        funded: Mention | None = of[0] if of[0].type in PASSIVE_FUNDED else None
    elif _OF_A_STAND_IN.fullmatch(cue.group("of")):  # "Die Kosten für das Projekt": the unit spoken of
        funded = topic if spoken_of(text, topic) else None
    elif _OF_SOMETHING.match(cue.group("of")) and not _AMOUNT.fullmatch(cue.group("of")):
        funded = None  # the costs of something the text does not name as a unit
    else:
        named = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers]
        funded = named[0] if named else topic if spoken_of(text, topic) else None
    if funded is not None:
        yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)
