"""What the funding readers share: the funding participles, the marks that introduce funders and the funders they
introduce ("aus Mitteln des Landes X und des ESF"), who may pay (a ministry, an agency, a fund) and what may be paid
for (a project, network, programme or coordination office), lists of payers and of units, and whether the unit a
text spoke of is one: "Das Projekt X wird vom Land Y und dem ESF gefördert" -> X fundedBy Y, X fundedBy ESF."""

from __future__ import annotations

import re

from ... import lexicon
from ...text.spans import Mention
from ..actors import COORDINATION_LINK, FUNDERS, actors, listed_after

# The participles of funding ("bezuschusst": paid a grant, "bezahlt": paid for); support is funding only when it is financial ("vom Land
# finanziell unterstützt").
FUNDED = r"(?:(?:ko|mit)?(?:gefördert|finanziert)|bezuschusst|bezahlt|(?<=finanziell\s)unterstützt)"
# An amount of money: "50.000 Euro", "1,2 Millionen Euro", "2 Mio. €"
# an amount in figures, or millions in words: "50.000 Euro", "2,2 Mio. €", "fünf Millionen Euro"
_MILLIONS_IN_WORDS = (
    r"(?:eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|fünfzig|hundert)"
    r"\s+(?:Millionen|Million|Milliarden|Milliarde)"
)
MONEY = rf"(?:[\d][\d.,]*\s*(?:Millionen|Million|Mio\.|Tausend)?|{_MILLIONS_IN_WORDS})\s*(?:Euro|€)"
# A noun of money: "Mittel", "Fördergelder", "Landesmittel", "Geld"
MONEY_NOUN = r"(?:[A-ZÄÖÜ][a-zäöü]*(?:mittel|gelder)|Mittel|Gelder|Geld)"
FUNDER_MARK = re.compile(
    r"\b(?:[Aa]us\s+(?:den\s+)?Mitteln|[Mm]it\s+Mitteln|[Dd]urch|[Vv]om|[Vv]on|über|[Aa]us|[Ss]eitens)\b"
)  # capitalised where it opens the sentence: "Aus Mitteln des ESF wird …"
# Shares of a sum borne: "zu gleichen Teilen", "zu 60 Prozent", "anteilig", "finanziell" ("… vom Land getragen" with
# one of them pays for a unit, without one carries it).
SHARES = re.compile(
    r"\bzu\s+(?:gleichen\s+Teilen|je\s+einem\s+\w+|\d+\s*(?:Prozent|%))|\banteilig\b|\bfinanziell\b"
)
# How much of the unit a payer pays for, or since when, said between the funded and its payers: "zu großen Teilen",
# "zum größten Teil", "zu 80 Prozent", "überwiegend", "seit 2023" ("Finanziert wird die Beratung zu 80 Prozent vom …").
ADVERBIAL = (
    r"(?:zu\s+(?:\w+\s+)?(?:Teilen|Dritteln|Vierteln|\d+\s*(?:Prozent|%))|zum\s+(?:\w+\s+)?Teil|zum\s+Großteil"
    r"|größtenteils|überwiegend|hauptsächlich|maßgeblich|vollständig|komplett|anteilig|jährlich|weiterhin|bislang"
    r"|bisher|zudem|auch|dabei|vor\s+allem|(?:seit|ab|bis)\s+(?:Ende\s+)?\d{4})"
)
# characters of the phrase after an amount saying where the money comes from: "aus Mitteln des Europäischen Sozialfonds"
SOURCE_REACH = 60
FUNDER_REACH = 24  # characters between a mark and the funder it introduces: "aus Mitteln des Landes"
ARTICLE_GAP = re.compile(
    r"^\s+(?:(?:der|die|das|den|dem|des)\s+)?[„\"»]?$"
)  # "wird das Projekt X", "wird „X“": V2, subject second


def introduced(text: str, ms: list[Mention], start: int, end: int, first_only: bool = False) -> list[Mention]:
    """The funders a mark introduces ("vom Y", "aus Mitteln des Y und des Z") between start and end."""
    found: list[Mention] = []
    for mark in FUNDER_MARK.finditer(text, start, end):
        after = actors(ms, mark.end(), end)
        if not after or after[0].start - mark.end() > FUNDER_REACH or after[0].type not in FUNDERS:
            continue
        chain = [after[0]]
        for m in after[1:]:
            link = text[chain[-1].end : m.start]
            if m.type not in FUNDERS or not (COORDINATION_LINK.match(link) or _TOGETHER_WITH.fullmatch(link)):
                break
            chain.append(m)
        found += [m for m in chain if m not in found]
        if first_only:
            break
    if not found:  # "…, das im Rahmen des ESF-Bundesprogramms X gefördert wird": the payer in a compound
        found = [m for m in actors(ms, start, end) if _payer_in_a_compound(text, m)][:1]
    return found[:4]


# A payer paying together with the one before: "vom BMAS gemeinsam mit dem ESF gefördert"; short names joined by a
# slash: "von BMAS/ESF"
_TOGETHER_WITH = re.compile(
    r"\s+(?:gemeinsam|zusammen)\s+mit\s+(?:dem|der|den)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?|\s*/\s*"
)


# A payer's short name joined to a programme or money noun: "ESF-Bundesprogramm", "BMAS-Programms", "ESF-Mitteln".
_PROGRAMME_OR_MONEY_AFTER_THE_HYPHEN = re.compile(
    r"-(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rogramm|[Mm]ittel|[Gg]eld|[Ff]örderung|[Ff]inanzierung)"
)


def _payer_in_a_compound(text: str, m: Mention) -> bool:
    public = m.type in ("Ministry", "Agency") or is_fund(m)
    return public and _PROGRAMME_OR_MONEY_AFTER_THE_HYPHEN.match(text, m.end) is not None


# What a passive of funding has as its subject: a project, network or programme. A body named first is mostly its
# carrier or a speaker ("Laut der X gGmbH wird …", "Die X e.V. setzt das Projekt um, das … gefördert wird").
PASSIVE_FUNDED = frozenset({"Subproject", "StateNetwork", "Programme", "CoordinationOffice"})


def funded_list(text: str, ms: list[Mention], first: Mention, end: int) -> list[Mention]:
    """`first` and the units coordinated right after it: "die Projekte A, B und C" (not the network of "die
    Beratungsstelle X des IQ Netzwerks Y", a genitive attribute: no comma or conjunction before it)."""
    listed = listed_after(text, ms, first.start, end, PASSIVE_FUNDED - {"Programme"})
    if not listed or listed[0] is not first:
        return [first]  # a topic named before: itself only
    coordinated = [first]
    for unit in listed[1:]:
        if not _SEPARATOR.match(text, coordinated[-1].end):
            break
        coordinated.append(unit)
    return coordinated


_SEPARATOR = re.compile(r"[“”\"«]?\s*(?:,|und\b|sowie\b|bzw\.|oder\b|[|•·])")


# "Das Land X und der ESF finanzieren das Projekt Y": a plural verb has every payer coordinated before it.
PLURAL_VERB = re.compile(
    r"(?:ko|mit)?(?:förder(?:n|ten)|(?:finanzier|unterstütz|bezuschuss)(?:en|ten))"
)  # "fördern": no e


def coordinated(text: str, ms: list[Mention], first: Mention, end: int) -> list[Mention]:
    """`first` and the payers coordinated with it up to `end`: "A, B und C"."""
    listed = [first]
    for m in actors(ms, first.end, end, FUNDERS):
        if m.end > end or not COORDINATION_LINK.match(text[listed[-1].end : m.start]):
            break
        listed.append(m)
    return listed


# A word that denies its clause's money: "stellt … keine Mittel zur Verfügung", "…, das das Land Y nicht mehr fördert"
# (money.py, clauses.py; not "keinen", which grants.py and received.py add to their own)
DENIAL_WORD = re.compile(r"\b(?:keine|keinerlei|nicht|kein)\b")
# A public payer: a ministry or an agency (a fund pays too: is_fund).
PUBLIC_PAYERS = frozenset({"Ministry", "Agency"})
# Money spoken of, not received: "Fragen zur Förderung des Bundes", "berät über Mittel des Landes".
# ("hofft auf eine Förderung durch Y": wished for, not received)
ABOUT_THE_MONEY = re.compile(r"\b(?:über|zu|zur|zum|nach|um|auf)\s+(?:(?:die|den|eine|einer)\s+)?$")
WORDS_BEFORE = 16  # characters back from the funding noun to a preposition and its article


def is_fund(m: Mention) -> bool:
    """A fund pays rather than being paid for (Europäischer Sozialfonds, AMIF): no topic a later clause means."""
    return m.type == "Programme" and lexicon.names_a_fund(m.label)


# A plural auxiliary: "Die Projekte A und B werden … gefördert" funds each unit of the list.
PLURAL_AUXILIARIES = frozenset({"werden", "wurden", "sind", "waren", "sollen", "sollten", "können", "müssen"})
ATTRIBUTE_REACH = 80  # characters from the participle to the name it qualifies: "geförderte Projekt „X“"
MARK_REACH = 160  # characters back from the participle to the mark introducing its funders


def funders_right_before(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    """The funders a mark introduces that run up to `end`: "vom Land X und dem ESF| geförderte"."""
    marks = list(FUNDER_MARK.finditer(text, start, end))
    for i in range(len(marks) - 1, -1, -1):
        funders = introduced(text, ms, marks[i].start(), end, first_only=True)
        if funders and _BEFORE_THE_PARTICIPLE.fullmatch(text, funders[-1].end, end):
            return _with_marks_coordinated_before(text, ms, marks[:i], funders)
    return []


# Payers each with its own mark, coordinated: "vom Land X und vom ESF geförderte", "durch das BMAS sowie durch den ESF"
_AND_BEFORE_THE_MARK = re.compile(r"\s*(?:,|und|sowie|,\s+und)\s*")


def _with_marks_coordinated_before(
    text: str, ms: list[Mention], marks: list[re.Match[str]], funders: list[Mention]
) -> list[Mention]:
    """`funders` and those the marks before it introduce, while each set is joined to the next by "und" or a comma."""
    for mark in reversed(marks):
        earlier = introduced(text, ms, mark.start(), funders[0].start, first_only=True)
        earlier = [m for m in earlier if m.end <= funders[0].start]
        if not earlier or not _AND_BEFORE_THE_MARK.fullmatch(
            text, earlier[-1].end, _mark_start(text, funders[0])
        ):
            break
        funders = [*earlier, *[f for f in funders if f not in earlier]]
    return funders


def _mark_start(text: str, funder: Mention) -> int:
    """Where the mark introducing `funder` starts: "vom", "durch das", "aus Mitteln des" right before it."""
    before = list(FUNDER_MARK.finditer(text, max(0, funder.start - FUNDER_REACH), funder.start))
    return before[-1].start() if before else funder.start


# Between the last funder and the participle: its amount or how and since when it pays ("vom Land Y mit 40.000 Euro
# geförderte", "vom Land Y seit 2020 jährlich geförderte").
_AMOUNT = rf"mit\s+(?:(?:rund|etwa|knapp|insgesamt|jährlich|bis\s+zu)\s+)?{MONEY}"
_BEFORE_THE_PARTICIPLE = re.compile(rf"(?:\s+(?:{_AMOUNT}|{ADVERBIAL}))*\s*")


# Who may pay for a unit not named after "für" (besides a fund): a ministry, an agency, a body such as the EU or a
# foundation; not a network or programme, which is more likely what is paid for.
PAYER_TYPES = frozenset({"Ministry", "Agency", "Organisation"})


# A unit named in the genitive of another quoted name: "die Sonderausschreibung „X“ des Programms „Y“" speaks of X,
# not Y (while "die Beratung des IQ Netzwerks Y" speaks of Y's work).
_GENITIVE_BEFORE = re.compile(
    r"(?:[“”\"»«]|\b(?:Teil|Bestandteil))\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)  # or the whole a part is of: "die Ausschreibung „X“, die Teil des Programms „Y“ ist": X is spoken of, not Y
_GENITIVE_REACH = (
    40  # characters back from the unit to the noun it is the genitive of: a quote, article and head
)


# The same link read from the unit to its genitive: "„X“ des Programms „Y“" (either name's quotes may be inside it)
_GENITIVE_LINK = re.compile(
    r"[“”\"»«]?(?:,?\s+(?:die|der|das|ist)(?:\s+ist)?\s+(?:Teil|Bestandteil))?"
    r"\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"
)  # "„X“, die Teil des Programms „Y“ (ist)", "„X“ ist Teil der Initiative „Y“"


def unit_spoken_of(text: str, topic: Mention | None, earlier: list[Mention]) -> Mention | None:
    """The unit a text spoke of last: the topic, or where that is the genitive attribute of a quoted name ("die
    Sonderausschreibung „X“ des Programms „Y“") or the whole it is part of ("„X“, die Teil des Programms „Y“ ist"),
    the unit named right before it (X)."""
    if topic is None or spoken_of(text, topic):
        return topic
    head = next(
        (m for m in earlier if m.end <= topic.start and _GENITIVE_LINK.fullmatch(text, m.end, topic.start)),
        None,
    )
    return head or topic


def spoken_of(text: str, topic: Mention | None) -> bool:
    """Whether the topic is what the text spoke of: a unit, not a fund, not the genitive attribute of a noun."""
    if topic is None or is_fund(topic):
        return False
    return _GENITIVE_BEFORE.search(text, max(0, topic.start - _GENITIVE_REACH), topic.start) is None


# Nothing but an article before the payer: it opens the sentence as its subject ("Das Land X …", "Der Bund und …").
PAYER_OPENS = re.compile(r"\s*(?:(?:Der|Die|Das)\s+)?$")


# Between "für" and the unit's name: an article, an adjective and a head noun ("für das neue Projekt „X“"), not a
# clause ("für die Sanierung von Schulen bewilligt, das Projekt „X“").
RIGHT_AFTER_FOR = re.compile(r"(?:(?:das|die|den|dem|der|dieses|diese|diesen)\s+)?(?:[\w-]+\s+){0,2}[„\"»]?")


# A programme named as the frame a unit is funded in, not as what the text speaks of: "… wird im Rahmen des
# Förderprogramms „X“ durch das Y gefördert"; a later "Sie" or "die Stelle" is not it.
_FRAME_BEFORE = re.compile(
    r"\b(?:[Ii]m\s+Rahmen|[Ii]nnerhalb)\s+(?:des|der|von)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)
_FRAME_REACH = (
    60  # characters back from the programme's name to the frame: "im Rahmen des ESF-Bundesprogramms „"
)
_FUNDED_AFTER_THE_FRAME = re.compile(rf"[^.;!?]{{0,{MARK_REACH}}}?\b{FUNDED}\b")


def framed_programme(text: str, m: Mention) -> bool:
    return (
        m.type == "Programme"
        and _FRAME_BEFORE.search(text, max(0, m.start - _FRAME_REACH), m.start) is not None
        and _FUNDED_AFTER_THE_FRAME.match(text, m.end) is not None
    )


# A prize received is no funding: "erhält den mit 5.000 Euro dotierten Integrationspreis der Stiftung Y", "Preisgeld".
PRIZE = re.compile(
    r"(?i:\w*preis(?:es|e|en|geld\w*)?\b|\bauszeichnung\w*|\bausgezeichnet\b|\bdotiert\w*|\baward\b)"
)
