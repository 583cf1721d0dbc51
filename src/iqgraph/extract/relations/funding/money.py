"""Funding said by the money given: an amount ("Die Stiftung Y unterstützt das Projekt X mit 50.000 Euro", "Das Land
Y stellt für X 2 Millionen Euro bereit"), a share of the costs ("Der Landkreis Y beteiligt sich finanziell") and the
payer's short name joined to the money ("Das Projekt X wird aus ESF-Mitteln bezahlt"): X fundedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import FUNDERS, RelationFinding, actors
from .marks import (
    ABOUT_THE_MONEY,
    ARTICLE_GAP,
    ATTRIBUTE_REACH,
    DENIAL_WORD,
    FUNDER_REACH,
    MONEY,
    MONEY_NOUN,
    PASSIVE_FUNDED,
    PAYER_TYPES,
    PUBLIC_PAYERS,
    RIGHT_AFTER_FOR,
    SHARES,
    SOURCE_REACH,
    WORDS_BEFORE,
    coordinated,
    funded_list,
    introduced,
    is_fund,
    spoken_of,
)

# "Finanziell beteiligt sich außerdem der Landkreis Y", "Y beteiligt sich an der Finanzierung" (no genitive), "Y
# beteiligt sich mit 50.000 Euro": the body taking a share of the costs pays for the unit the sentence or the one
# before names.
_FINANCIAL_PART = re.compile(
    r"\b[Ff]inanziell\s+(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\b"
    rf"|\b(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\b[^.;,]{{0,40}}?(?:\bfinanziell\b|\ban\s+den\s+Kosten\b"
    rf"|\bmit\s+(?:(?:rund|etwa|über|insgesamt|knapp)\s+)?{MONEY}"
    r"|\ban\s+der\s+(?:Ko)?[Ff]inanzierung\b(?!\s+(?:des|der|von)\b))"
)


_PLURAL_SHARE = re.compile(r"\bbeteilig(?:en|ten)\b")


def taking_a_financial_part(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    cue = _FINANCIAL_PART.search(text, *sentence)
    if cue is None:
        return
    # the subject: before the verb or after it in its clause, not in a clause after a comma ("…, die die Y anbietet")
    comma = text.find(",", cue.end(), sentence[1])
    clause_end = comma if comma >= 0 else sentence[1]
    payers = [
        m
        for m in actors(ms, sentence[0], clause_end, FUNDERS)
        if m.type not in PASSIVE_FUNDED - {"Programme"}
    ]
    units = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers]
    funded = units[0] if units else topic
    if not payers or funded is None:
        return
    # "Das Jobcenter X und die Agentur Y beteiligen sich …": a plural verb has each payer coordinated before it
    plural = _PLURAL_SHARE.search(cue.group()) is not None and payers[0].end <= cue.start()
    paying = coordinated(text, ms, payers[0], cue.start()) if plural else payers[:1]
    yield from (RelationFinding(funded, "fundedBy", p) for p in paying if p is not funded)


# Money given: "Y unterstützt das Projekt X mit 50.000 Euro", "Y stellt für X 2 Millionen Euro bereit", "Für X stellt
# Y … zur Verfügung", "Y hat dem Projekt X 80.000 Euro bewilligt". Support without money ("Y unterstützt X") is no funding.
_ABOUT = r"(?:(?:rund|etwa|über|mehr\s+als|insgesamt|knapp)\s+)?"
_SUPPORTING_VERB = r"(?:unterstützt|unterstützte|unterstützen|unterstützten)"
# the money an amount or a noun of money: "mit 50.000 Euro", "mit Fördermitteln", "mit einem Zuschuss"
_WITH_MONEY = (
    rf"(?:{_ABOUT}{MONEY}|(?:einem\s+|eigenen\s+)?(?:[A-ZÄÖÜ][a-zäöü]*(?:mitteln|geldern|zuschuss)"
    r"|Mitteln|Geldern|Geld|Zuschuss)\b)"
)
_SUPPORTED_REACH = 200  # characters from the verb to "mit": a payer after the verb and a list of three units
_SUPPORT_WITH_MONEY = re.compile(
    rf"\b{_SUPPORTING_VERB}\b(?P<funded>[^;]{{1,{_SUPPORTED_REACH}}}?)\bmit\s+{_WITH_MONEY}"
)
# the money fronted, the payer after the verb: "Mit 50.000 Euro unterstützt Y das Projekt X" (its source between:
# "Mit 50.000 Euro aus dem ESF unterstützt Y …", read as a payer by money_from_a_source)
_MONEY_FRONTED = re.compile(
    rf"\b[Mm]it\s+{_WITH_MONEY}(?:\s+aus\s+[^;.,]{{1,{SOURCE_REACH}}}?)?\s+{_SUPPORTING_VERB}\b"
)
_AND = re.compile(
    r"\s*(?:,|und|sowie)\s*(?:(?:der|die|das)\s+)?"
)  # between two payers: "der Kreis X und die Stadt Y"
# the passive, the payer as its agent: "Das Projekt X wird von Y mit 50.000 Euro unterstützt"
_SUPPORTED_WITH_MONEY = re.compile(
    rf"\b(?:vom|von|durch)\s+(?P<payer>[^;]{{1,120}}?)\s+mit\s+{_WITH_MONEY}\s+(?:unterstützt|unterstützen)\b"
    # the money first ("wird mit 300.000 Euro vom Land Y unterstützt"), or the participle fronted ("Unterstützt wird X
    # vom Land Y mit 50.000 Euro")
    rf"|\bmit\s+{_WITH_MONEY}\s+(?:[\w.]+\s+)?(?:vom|von|durch)\s+(?P<payer_after>[^;]{{1,120}}?)\s+(?:unterstützt|unterstützen)\b"
    rf"|(?<![\w-])Unterstützt\s+(?:wird|werden|wurde|wurden)\s+[^;]{{1,120}}?\s(?:vom|von|durch)\s+"
    rf"(?P<payer_fronted>[^;]{{1,120}}?)\s+mit\s+{_WITH_MONEY}"
)
# The money an amount or a noun of money ("stellt dem Projekt X Mittel zur Verfügung", "Fördergelder bereit").
_MONEY_PROVIDED = re.compile(
    r"\b(?P<verb>stellt|stellte|stellen|stellten|hat|haben|hatte|hatten|gibt|gab|geben|gaben"
    r"|steuert|steuerte|steuern|steuerten|schießt|schoss|schießen|schossen)\b"
    rf"(?P<between>[^;]{{0,160}}?)(?:{MONEY}|\b{MONEY_NOUN})\s+"
    # where the money comes from or what it is for, before the close: "… 2 Millionen Euro aus Landesmitteln bereit"
    rf"(?:(?:aus|für)\s+[^;.,]{{1,{SOURCE_REACH}}}?\s+)?"
    r"(?P<close>zur\s+Verfügung(?:\s+gestellt)?|bereit(?:gestellt)?|bewilligt|gewährt|zugesagt|dazu|hinzu|bei|zu)"
    r"(?![\w-])"
)
# the close each verb takes: "stellt … zur Verfügung / bereit", "gibt … Euro dazu", "steuert … bei", the perfect with its participle
# ("hat … 80.000 Euro bewilligt"), not "hat 80.000 Euro zur Verfügung" (has them)
_CLOSES = {
    **dict.fromkeys(("stellt", "stellte", "stellen", "stellten"), re.compile(r"zur\s+Verfügung|bereit")),
    **dict.fromkeys(("gibt", "gab", "geben", "gaben"), re.compile(r"dazu|hinzu")),
    # separable verbs of a share of the money: "die Stadt Y steuert weitere 50.000 Euro bei", "schießt … zu"
    **dict.fromkeys(("steuert", "steuerte", "steuern", "steuerten"), re.compile(r"bei")),
    **dict.fromkeys(("schießt", "schoss", "schießen", "schossen"), re.compile(r"zu")),
}
_PERFECT_CLOSE = re.compile(r"zur\s+Verfügung\s+gestellt|bereitgestellt|bewilligt|gewährt|zugesagt")
_FOR = re.compile(r"\b[Ff]ür\s+")
# "für das Projekt", "für dieses Angebot": a noun standing for the unit spoken of, no name after it
# "für eine bessere Lage von Frauen", "für mehr Teilhabe": what the money is meant to bring about, not whom it is for;
# it goes to the unit spoken of, as money given without "für"
_FOR_A_PURPOSE = re.compile(r"(?:eine[nrm]?|ein|mehr|bessere[nr]?|neue)\s")
_FOR_A_STAND_IN = re.compile(
    rf"(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)})\b(?!\s*[„\"»])"
)


def money_given(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for verb in _SUPPORT_WITH_MONEY.finditer(text, *sentence):
        agent = [m for m in actors(ms, sentence[0], verb.start(), FUNDERS) if m.end <= verb.start()]
        supported = actors(ms, *verb.span("funded"))
        if not agent and supported and _inverted_payer(text, verb.start("funded"), supported[0]):
            # "2022 unterstützte das Land Y die Projekte A und B mit …": the subject right after the verb
            agent, supported = supported[:1], supported[1:]
        if agent and supported and supported[0].type in PASSIVE_FUNDED:
            # "unterstützt die Projekte A, B und C mit …": each unit
            units = funded_list(text, ms, supported[0], verb.end("funded"))
            yield from (RelationFinding(u, "fundedBy", agent[0]) for u in units if u is not agent[0])
    for verb in _MONEY_FRONTED.finditer(text, *sentence):
        after = actors(ms, verb.end(), sentence[1])
        payers = after[:1]
        while len(payers) < len(after) and _AND.fullmatch(text, payers[-1].end, after[len(payers)].start):
            payers.append(after[len(payers)])
        rest = after[len(payers) :]
        if rest and all(p.type in FUNDERS for p in payers) and rest[0].type in PASSIVE_FUNDED:
            yield from (RelationFinding(rest[0], "fundedBy", p) for p in payers)
    for verb in _SUPPORTED_WITH_MONEY.finditer(text, *sentence):
        group = next(g for g in ("payer", "payer_after", "payer_fronted") if verb.group(g) is not None)
        payer = actors(ms, *verb.span(group), FUNDERS)
        # the supported before the agent: before the match, or after the fronted participle
        end = verb.start(group) if group == "payer_fronted" else verb.start()
        supported = [m for m in actors(ms, sentence[0], end) if m.end <= end]
        if payer and supported and supported[-1].type in PASSIVE_FUNDED:
            yield RelationFinding(supported[-1], "fundedBy", payer[0])
    for verb in _money_provided(text, sentence):
        if DENIAL_WORD.search(verb.group("between")):
            continue  # "stellt … keine Mittel zur Verfügung": money refused, no funding
        # "für" inside a name ("Bundesministerium für Arbeit") says nothing of whom the money is for
        for_ = next(
            (f for f in _FOR.finditer(text, sentence[0], verb.end()) if not _inside(ms, f.start())), None
        )
        if for_ is not None:
            after = actors(ms, for_.end(), min(sentence[1], for_.end() + ATTRIBUTE_REACH))
            funded: Mention | None = (
                after[0]
                if after
                and after[0].type in PASSIVE_FUNDED
                and RIGHT_AFTER_FOR.fullmatch(text, for_.end(), after[0].start)
                else None
            )
            if funded is None and not after:  # "stellt dem Netzwerk X für die Jahre 2030 bis 2033 … bereit"
                funded = next(
                    (m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and not is_fund(m)), None
                )
            if funded is None and _FOR_A_STAND_IN.match(text, for_.end()) and spoken_of(text, topic):
                funded = topic  # "stellt für das Projekt 200.000 Euro bereit": the unit spoken of
            if funded is None and _FOR_A_PURPOSE.match(text, for_.end()):
                funded, payers = _money_for_the_topic(text, ms, sentence, verb, topic)
            else:
                payers = _payers_of(text, ms, sentence, verb, funded)[:1]
        else:
            funded, payers = _money_for_the_topic(text, ms, sentence, verb, topic)
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)


def _money_provided(text: str, sentence: tuple[int, int]) -> Iterator[re.Match[str]]:
    """Each verb with the close it takes; a verb whose close does not fit is passed over, not the verbs in its span
    ("Das Land gibt 30.000 Euro, die Stadt steuert 5.000 Euro bei": "steuert … bei", not "gibt … bei")."""
    pos = sentence[0]
    while (verb := _MONEY_PROVIDED.search(text, pos, sentence[1])) is not None:
        fits = _CLOSES.get(verb.group("verb"), _PERFECT_CLOSE).fullmatch(verb.group("close"))
        pos = verb.end() if fits else verb.end("verb")
        if fits:
            yield verb


def _inverted_payer(text: str, verb_end: int, m: Mention) -> bool:
    """A payer right after the verb, its subject (something fronted before the verb)."""
    return (m.type in PUBLIC_PAYERS or m.type == "Organisation") and ARTICLE_GAP.match(
        text[verb_end : m.start]
    ) is not None


# The money fronted as the object, its payers the subject after the verb: "Das Geld für das Projekt X geben das Land
# Y sowie die Stadt Z", "Die Mittel für X stellt die Stiftung Y bereit".
_MONEY_OBJECT_FRONTED = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))\s*(?:Das|Die)\s+{MONEY_NOUN}\s+für\s+(?P<funded>[^;,.]{{1,80}}?)\s+"
    r"(?:gibt|gab|geben|gaben|stellt|stellte|stellen|stellten)\b"
)


def money_fronted_as_object(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for verb in _MONEY_OBJECT_FRONTED.finditer(text, *sentence):
        funded = actors(ms, *verb.span("funded"))
        after = actors(ms, verb.end(), sentence[1], FUNDERS)
        if not funded or funded[0].type not in PASSIVE_FUNDED or not after:
            continue
        if ARTICLE_GAP.match(text[verb.end() : after[0].start]):
            yield from (
                RelationFinding(funded[0], "fundedBy", p)
                for p in coordinated(text, ms, after[0], sentence[1])
            )


def _inside(ms: list[Mention], pos: int) -> bool:
    return any(m.start < pos < m.end for m in ms)


# A sentence opening with a dative object: "Dem Projekt X …", "Diesem Angebot …" (no subject takes "dem").
_DATIVE_FRONTED = re.compile(r"\s*(?:Dem|Diesem|Einem)\s")


def _payers_of(
    text: str, ms: list[Mention], sentence: tuple[int, int], verb: re.Match[str], funded: Mention | None
) -> list[Mention]:
    """The subject providing the money: before the verb, with a plural verb every payer coordinated there ("Die EU
    und das Land stellen …"), else after it ("Für X stellt das Land …", "Dem Projekt X des Vereins Y hat das Land …
    bewilligt": a dative object before the verb leaves the subject after it)."""
    before = [
        m
        for m in actors(ms, sentence[0], verb.start(), FUNDERS)
        if m.end <= verb.start() and m is not funded and not _DATIVE_FRONTED.match(text, sentence[0])
    ]
    if before and verb.group("verb").endswith("en"):
        return coordinated(text, ms, before[0], verb.start())
    if before:
        # a singular verb's subject in its own clause after a comma: "Das Land Y fördert X mit 300.000 Euro, die
        # Stadt Z steuert 50.000 Euro bei" (Z gives the second sum)
        comma = text.rfind(", ", sentence[0], verb.start())
        return [m for m in before if m.start > comma][-1:] or before[:1]
    return [m for m in actors(ms, verb.start("between"), verb.end(), FUNDERS) if m is not funded]


def _money_for_the_topic(
    text: str, ms: list[Mention], sentence: tuple[int, int], verb: re.Match[str], topic: Mention | None
) -> tuple[Mention | None, list[Mention]]:
    """Money provided for no one named after "für": for the unit the sentence names, else (with no other body
    named, or "dafür") for the one spoken of before: "Die EU und das Land stellen 2 Millionen Euro zur Verfügung"."""
    payers = [p for p in _payers_of(text, ms, sentence, verb, None) if p.type in PAYER_TYPES or is_fund(p)]
    named = [
        m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers and not is_fund(m)
    ]
    # a body or place named besides the payers may be who gets the money: "stellt der Stadt Kassel … bereit" (in the
    # verb's own clause: "Das Land Y fördert das Vorhaben, die Stadt Z steuert 5.000 Euro bei" gives Y's clause none)
    clause = max(
        sentence[0], text.rfind(", ", sentence[0], min((p.start for p in payers), default=verb.start()))
    )
    others = [m for m in ms if clause <= m.start < sentence[1] and m not in payers]
    if named:
        return named[0], payers
    if others or not spoken_of(text, topic):
        return None, []
    return topic, payers


# The payer's short name joined to the money: "aus ESF-Mitteln", "mit BMAS-Fördermitteln", "dank der ESF-Förderung";
# what is paid for is the unit the sentence names, else the one spoken of.
_MONEY_AFTER_THE_HYPHEN = re.compile(
    r"-(?:Förder|Projekt)?(?:[Mm]itteln?|[Gg]eld(?:er|ern)?|[Ff]örderung|[Ff]inanzierung)\b"
)


def compound_money(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for payer in named:
        if not (payer.type in PUBLIC_PAYERS or is_fund(payer)) or not _MONEY_AFTER_THE_HYPHEN.match(
            text, payer.end
        ):
            continue
        if ABOUT_THE_MONEY.search(text, max(sentence[0], payer.start - WORDS_BEFORE), payer.start):
            continue  # "Fragen zu ESF-Mitteln": spoken of, not received
        units = [m for m in named if m.type in PASSIVE_FUNDED and not is_fund(m) and m is not payer]
        funded = units[0] if units else topic if spoken_of(text, topic) else None
        if funded is not None:
            yield RelationFinding(funded, "fundedBy", payer)


# A payer adding its money to a funding spoken of: "Die Landesregierung ergänzt die Förderung mit eigenen Mitteln",
# "Zusätzlich stockt das Land die Bundesförderung des Netzwerks X um 50.000 Euro auf" (X, else the unit spoken of).
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"  # no sentence's end, but the dot of an amount: "20.000 Euro"
_SUPPLEMENTING = re.compile(
    r"\b(?:ergänzt|ergänzte|ergänzen|ergänzten|stockt|stockte|stocken|stockten)\s+(?P<object>[^.;]{0,60}?)"
    rf"\b(?:die|diese)\s+\w*(?:[Ff]örderung|[Ff]inanzierung)\b(?P<whose>{_IN_CLAUSE}{{0,80}}?)"
    rf"\s(?:mit\s+(?:{_IN_CLAUSE}{{0,30}}?\s)?(?:\w*[Mm]itteln|\w*[Gg]eldern|{MONEY})(?![\w-])"
    rf"|{_IN_CLAUSE}{{0,40}}?\bauf(?=\s*[.,;]|$))"
)


def supplementing_the_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for verb in _SUPPLEMENTING.finditer(text, *sentence):
        before = actors(ms, sentence[0], verb.start(), PAYER_TYPES)
        # the subject before the verb, or right after it: "Zusätzlich ergänzt das Land die Förderung …"
        after = actors(ms, *verb.span("object"), PAYER_TYPES)
        inverted = after and ARTICLE_GAP.match(text[verb.start("object") - 1 : after[0].start])
        payer = before[0] if before else after[0] if inverted else None
        whose = [m for m in actors(ms, *verb.span("whose")) if m.type in PASSIVE_FUNDED and not is_fund(m)]
        funded = whose[0] if whose else topic if spoken_of(text, topic) else None
        if payer is not None and funded is not None and payer is not funded:
            yield RelationFinding(funded, "fundedBy", payer)


# A unit borne in shares is paid for: "Das Projekt X wird zu gleichen Teilen vom Land Y und der Stadt Z getragen",
# "… wird zu 60 Prozent vom ESF getragen" (without a share, "getragen" names the carrier: hosting.py).
_BORNE_IN_SHARES = re.compile(r"\b(?:wird|werden|wurde|wurden)\s+(?P<zone>[^;.]{0,160}?)\bgetragen\b")


def borne_in_shares(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for verb in _BORNE_IN_SHARES.finditer(text, *sentence):
        if SHARES.search(verb.group("zone")) is None:
            continue
        subject = [
            m for m in actors(ms, sentence[0], verb.start()) if m.type in PASSIVE_FUNDED and not is_fund(m)
        ]
        payers = introduced(text, ms, *verb.span("zone"))
        if subject:
            yield from (RelationFinding(subject[0], "fundedBy", p) for p in payers if p is not subject[0])


# An amount's source named after it pays too: "Das Land Y fördert das Projekt X mit 1,2 Millionen Euro aus Mitteln des
# ESF", "Mit 90.000 Euro aus dem Europäischen Sozialfonds unterstützt Y das Projekt X": X fundedBy the ESF, the unit
# the sentence's other readers found paid for. Money asked for or refused comes from no one.
_AMOUNT_FROM = re.compile(
    rf"{MONEY}\s+(?:pro\s+Jahr\s+|jährlich\s+)?aus\s+(?:(?:den\s+)?(?:\w*[Mm]itteln|\w*[Gg]eldern)\s+)?(?:des|der|dem)\s+"
)
_NOT_RECEIVED = re.compile(r"\b(?:beantragt\w*|Antrag|abgelehnt\w*|keine|keinerlei|nicht|kein)\b")


def money_from_a_source(
    text: str, sentence: tuple[int, int], ms: list[Mention], found: list[RelationFinding]
) -> list[RelationFinding]:
    """The sources of the amounts the sentence names, each a payer of the units `found` funded there."""
    funded = list({f.subject.key: f.subject for f in found if f.predicate == "fundedBy"}.values())
    if not funded or _NOT_RECEIVED.search(text, *sentence):
        return []
    sources: list[Mention] = []
    for amount in _AMOUNT_FROM.finditer(text, *sentence):
        after = actors(ms, amount.end(), min(sentence[1], amount.end() + SOURCE_REACH), FUNDERS)
        if after and after[0].start - amount.end() <= FUNDER_REACH:
            sources += [
                m
                for m in coordinated(text, ms, after[0], sentence[1])
                if m.type in PUBLIC_PAYERS or is_fund(m)
            ]
    return [RelationFinding(u, "fundedBy", s) for u in funded for s in sources if s.key != u.key]
