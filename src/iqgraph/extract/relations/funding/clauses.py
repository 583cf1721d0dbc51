"""Funding said inside a dependent clause or an attribute of the funded: a relative clause ("das Projekt X, das vom
Land Y gefördert wird"), a subordinate clause ("…, dass das Netzwerk X aus Mitteln des Y finanziert wird"), a
participle attribute ("das vom Land Y geförderte Projekt X", "das ESF-geförderte Projekt X") and the same in a
predicate noun or an apposition ("X ist ein vom Land Y gefördertes Angebot"): X fundedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...lexicon.projects import PROJECT_STAND_INS
from ...text.spans import Mention
from ..actors import COORDINATION_LINK, FUNDERS, MAIN_CLAUSE_AFTER_COMMA, RelationFinding, actors
from .marks import (
    ATTRIBUTE_REACH,
    DENIAL_WORD,
    FUNDED,
    MARK_REACH,
    MONEY,
    MONEY_NOUN,
    PASSIVE_FUNDED,
    PLURAL_AUXILIARIES,
    coordinated,
    funded_list,
    funders_right_before,
    introduced,
    is_fund,
    spoken_of,
)

# A comma inside a clause that links the members of a list of funders: "vom BMAS, dem BMBF und der BA gefördert"
_LIST_COMMA = r",(?=\s+(?:der|die|das|dem|den|des|vom|von|durch|aus)\s)"
_IN_THE_CLAUSE = rf"(?:[^,;]|{_LIST_COMMA})"  # a character of one clause


# "das Projekt X, das vom Land Y gefördert wird": a relative clause with the participle before its auxiliary at the
# clause's end; the funded is what the relative pronoun refers back to, the last name before the comma.
_RELATIVE_FUNDING = re.compile(
    rf",\s+(?:das|der|die|welches|welcher|welche)\s+(?P<zone>{_IN_THE_CLAUSE}{{0,160}}?)"
    rf"\b{FUNDED}\s+(?P<aux>wird|werden|wurde|wurden|ist|sind|war|waren|worden)\b"
)


# A subordinate clause with its verb last: "…, dass das Projekt X vom Land Y gefördert wird", "Da das Netzwerk aus
# Mitteln des ESF finanziert wird, …", indirect speech "…, das Projekt X werde vom Land gefördert" (V2, "werde").
_SUBORDINATE_FUNDING = re.compile(
    r"(?:(?<=,\s)|(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:[Dd]ass|[Dd]a|[Ww]eil|[Nn]achdem|[Oo]bwohl|sodass|wie|[Ww]obei"
    # a relative clause opened by a preposition: the funded its own subject ("…, in dessen Rahmen das Projekt X …")
    r"|(?<=,\s)(?:in|mit|über|unter)\s+(?:dessen|deren|dem|der|denen)(?:\s+Rahmen)?)\s+"
    rf"(?P<zone>{_IN_THE_CLAUSE}{{0,160}}?)\b{FUNDED}\s+(?P<aux>wird|werden|wurde|wurden|ist|sind|war|waren|worden)\b"
    rf"|(?<=,\s)(?P<reported>[^,;.]{{0,80}}?)\s+(?P<aux2>werde|werden)\s+(?P<zone2>{_IN_THE_CLAUSE}{{0,160}}?)\b{FUNDED}\b"
)
# "…, dass das Projekt nicht mehr gefördert wird": a funding denied or ended is none
_DENIED = re.compile(r"\b(?:nicht|kein|keine|keinen|nie|nicht\s+mehr)\b")


def subordinate_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for clause in _SUBORDINATE_FUNDING.finditer(text, *sentence):
        zone = clause.span("zone") if clause.group("zone") is not None else clause.span("zone2")
        if _DENIED.search(text, clause.start(), clause.end()):
            continue
        funders = introduced(text, ms, *zone)
        if not funders:
            continue
        subject_zone = (
            (zone[0], funders[0].start) if clause.group("zone") is not None else clause.span("reported")
        )
        named = [m for m in actors(ms, *subject_zone) if m.type in PASSIVE_FUNDED and m not in funders]
        funded = named[:1] or ([topic] if topic and _PRONOUN_OPENING.match(text, subject_zone[0]) else [])
        if (
            funded
            and clause.group("aux" if clause.group("zone") is not None else "aux2") in PLURAL_AUXILIARIES
        ):
            funded = funded_list(text, ms, funded[0], subject_zone[1])
        yield from (RelationFinding(u, "fundedBy", f) for u in funded for f in funders if f not in funded)


_PRONOUN_OPENING = re.compile(r"(?:es|sie|er|dieses|diese|dieser)\b", re.IGNORECASE)


# "Das Angebot, das vom Land Y gefördert wird, …": a noun standing for the unit named before as the antecedent.
_STAND_IN_BEFORE = re.compile(rf"\b(?:{'|'.join(lexicon.FUNDED_STAND_INS)})\s*$")


def funding_relative_clauses(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for clause in _RELATIVE_FUNDING.finditer(text, *sentence):
        if MAIN_CLAUSE_AFTER_COMMA.match(text, clause.start()):
            continue  # "…, das Projekt Y wird vom Land gefördert": an article opening a main clause
        funded = _relative_funded(text, ms, sentence[0], clause, topic)
        funders = introduced(text, ms, *clause.span("zone")) if funded else []
        yield from (RelationFinding(u, "fundedBy", f) for u in funded for f in funders if f not in funded)


# The antecedent the object of an active relative clause, the payer its subject: "das Programm X, das das
# Ministerium Y finanziert", "die Beratungsstelle X, die der Landkreis Y seit 2020 fördert".
_ACTIVE_RELATIVE_FUNDING = re.compile(
    rf",\s+(?:das|die|den|welches|welche|welchen)\s+(?P<zone>(?:der|die|das)\s{_IN_THE_CLAUSE}{{0,160}}?)"
    r"\s(?:(?:ko|mit)?(?:fördert|finanziert|förderte|finanzierte|fördern|finanzieren|förderten|finanzierten)"
    r"|bezahlt|bezahlte|bezahlen|bezahlten"  # "…, das der Kreis Y aus eigenen Mitteln bezahlt"
    # the perfect: "…, das die Stadt Y seit 2020 gefördert hat"
    r"|(?:ko|mit)?(?:gefördert|finanziert)\s+(?:hat|haben|hatte|hatten)|bezahlt\s+(?:hat|haben|hatte|hatten))"
    r"(?=\s*[,.;]|$)"
)
_PAYER_FIRST = re.compile(r"(?:der|die|das)\s+$")  # the payer right after its article opens the clause
# Money provided for the antecedent, the payer the clause's subject: "das Projekt X, für das das Land Y 200.000 Euro
# bereitstellt", "…, für die die Stadt Y jährlich Mittel zur Verfügung stellt".
_MONEY_FOR_THE_ANTECEDENT = re.compile(
    rf",\s+für\s+(?:das|die|den|welches|welche|welchen)\s+(?P<zone>(?:der|die|das)\s{_IN_THE_CLAUSE}{{0,160}}?)"
    r"\s(?:bereitstellt|bereitstellte|bereitstellen|bereitgestellt\s+(?:hat|haben|hatte)|zahlt|zahlte|zahlen"
    r"|zur\s+Verfügung\s+(?:stellt|stellte|stellen|gestellt\s+(?:hat|haben|hatte))|bewilligt\s+(?:hat|haben|hatte))"
    r"(?=\s*[,.;]|$)"
)
_MONEY_IN_THE_CLAUSE = re.compile(rf"{MONEY}|\b{MONEY_NOUN}\b")
# The antecedent's funding taken on by the clause's subject: "das Projekt X, dessen Finanzierung das Land Y
# übernimmt", "…, deren Förderung die Stadt Z bis 2030 sichert".
_FUNDING_OF_THE_ANTECEDENT = re.compile(
    rf",\s+(?:dessen|deren)\s+(?:Ko)?(?:Finanzierung|Förderung)\s+(?P<zone>(?:der|die|das)\s{_IN_THE_CLAUSE}{{0,160}}?)"
    r"\s(?:übernimmt|übernahm|übernehmen|übernahmen|trägt|trug|tragen|trugen|sichert|sicherte|sichern|sicherten"
    r"|(?:übernommen|getragen|gesichert)\s+(?:hat|haben|hatte|hatten))"
    r"(?=\s*[,.;]|$)"
)


def _relative_clauses_of_paying(text: str, sentence: tuple[int, int]) -> list[re.Match[str]]:
    money = [
        c
        for c in _MONEY_FOR_THE_ANTECEDENT.finditer(text, *sentence)
        if _MONEY_IN_THE_CLAUSE.search(c.group("zone"))
    ]
    taken_on = _FUNDING_OF_THE_ANTECEDENT.finditer(text, *sentence)
    return [*_ACTIVE_RELATIVE_FUNDING.finditer(text, *sentence), *money, *taken_on]


def active_relative_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for clause in _relative_clauses_of_paying(text, sentence):
        if MAIN_CLAUSE_AFTER_COMMA.match(text, clause.start()) or DENIAL_WORD.search(clause.group("zone")):
            continue  # (denied: "…, das das Land Y nicht mehr fördert")
        antecedent = _antecedent(text, ms, sentence[0], clause.start()) or _one_of(
            text, ms, sentence[0], clause
        )
        payers = [m for m in actors(ms, *clause.span("zone"), FUNDERS) if m is not antecedent][:1]
        if antecedent is None or not payers or payers[0].type in PASSIVE_FUNDED - {"Programme"}:
            continue
        if _PAYER_FIRST.fullmatch(
            text, clause.start("zone"), payers[0].start
        ) or _AFTER_AN_UNNAMED_PAYER.fullmatch(text, clause.start("zone"), payers[0].start):
            paying = _subjects_of_the_clause(text, ms, payers[0], clause)
            yield from (RelationFinding(antecedent, "fundedBy", p) for p in paying if p is not antecedent)


# A payer not named (no entity) coordinated before the named one: "…, das der Bund und das Land Y gemeinsam …"
_AFTER_AN_UNNAMED_PAYER = re.compile(
    r"(?:der|die|das)\s+(?:Bund|Land|Freistaat|Senat)\s+(?:und|sowie)\s+(?:der|die|das)\s+$"
)
# A fund the payers pay through: "…, das die EU über den Europäischen Sozialfonds finanziert"
_THROUGH_A_FUND = re.compile(r"\s+über\s+(?:den|die|das)\s+$")
_THROUGH_REACH = 12  # characters back from the fund to "über": "über den "


def _subjects_of_the_clause(
    text: str, ms: list[Mention], first: Mention, clause: re.Match[str]
) -> list[Mention]:
    """The payers of an active relative clause: its subject, with a plural verb each payer coordinated with it,
    and a fund they pay through ("…, das der Bund und die EU über den ESF Plus finanzieren")."""
    plural = clause.group().rstrip().endswith("en")  # "finanzieren", "gefördert haben"
    subjects = coordinated(text, ms, first, clause.end("zone")) if plural else [first]
    funds = [
        m
        for m in actors(ms, subjects[-1].end, clause.end("zone"), FUNDERS)
        if is_fund(m) and _THROUGH_A_FUND.search(text, max(0, m.start - _THROUGH_REACH), m.start)
    ]
    return [*subjects, *funds[:1]]


def _relative_funded(
    text: str, ms: list[Mention], start: int, clause: re.Match[str], topic: Mention | None
) -> list[Mention]:
    """What a funding relative clause is about: its antecedent (or the unit a noun before it stands for), with a
    plural verb the units coordinated up to it, or the subject that is one of the plural noun before it."""
    one = _one_of_them(text, ms, start, clause)
    if one is not None:  # "X ist eines von 16 Netzwerken, die vom Y gefördert werden": X is one of them
        return [one]
    antecedent = _antecedent(text, ms, start, clause.start())
    if antecedent is None and _STAND_IN_BEFORE.search(text, start, clause.start()):
        antecedent = topic
    if antecedent is None or clause.group("aux") not in PLURAL_AUXILIARIES:
        return [antecedent] if antecedent is not None else []
    # "A und B, die … gefördert werden": both, else a noun ("eines von 20 Projekten im Netzwerk X, die …")
    funded = _coordinated_before(text, ms, start, antecedent)
    return funded if len(funded) > 1 else []


# The subject one of the plural noun a relative clause is about: "X ist eines von 16 Landesnetzwerken, die …", "X
# ist einer der Standorte, die …" (the plural noun right before the comma).
_ONE_OF = re.compile(
    r"[“”\"»«]?\s+(?:(?:ist|war|bleibt)\s+(?:(?:seit\s+\S+|bereits|nun)\s+)?(?:eines|einer|eine|eins)\s+"
    r"(?:von\s+(?:\d+|[a-zäöüß]+)|der)"
    # "X gehört zu den zwölf Projekten, die …"
    r"|(?:gehört|gehörte|zählt|zählte)\s+(?:(?:seit\s+\S+|auch|nun)\s+)?zu\s+den(?:\s+(?:\d+|[a-zäöüß]+))??)"
    r"\s+(?:[a-zäöüß]\w*en\s+)?[A-ZÄÖÜ][\w-]*(?:en|n|s|e|er)\s*$"
)


def _one_of_them(text: str, ms: list[Mention], start: int, clause: re.Match[str]) -> Mention | None:
    if clause.group("aux") not in PLURAL_AUXILIARIES:
        return None
    return _one_of(text, ms, start, clause)


def _one_of(text: str, ms: list[Mention], start: int, clause: re.Match[str]) -> Mention | None:
    named = [m for m in actors(ms, start, clause.start()) if m.end <= clause.start()]
    if not named or named[-1].type not in PASSIVE_FUNDED or is_fund(named[-1]):
        return None
    return named[-1] if _ONE_OF.fullmatch(text, named[-1].end, clause.start()) else None


def _coordinated_before(text: str, ms: list[Mention], start: int, last: Mention) -> list[Mention]:
    """The units coordinated up to `last`: "die Projekte A, B und C"."""
    listed = [last]
    for m in reversed([m for m in actors(ms, start, last.start) if m.end <= last.start]):
        if m.type not in PASSIVE_FUNDED or not COORDINATION_LINK.match(text[m.end : listed[0].start]):
            break
        listed.insert(0, m)
    return listed


# What may stand between the antecedent and the comma: a closing quote, an abbreviation in parentheses, a town, a
# verb's particle or participle closing the main clause ("das Projekt „X“ (XY) in Kassel, das …", "setzt das
# Projekt X um, das …"); anything longer is a noun the text does not name.
_ANTECEDENT_TAIL = re.compile(
    r"[“”\"»«]?\s*(?:\([^)]{1,40}\))?\s*(?:(?:in|aus)\s+[A-ZÄÖÜ][\w-]*)?\s*(?:\s[a-zäöüß]+)?\s*"
)
# A body in the genitive of the antecedent: "das Projekt „X“ der Stiftung Y, das …" refers back to X.
_GENITIVE_OWNER = re.compile(r"[“”\"»«]?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?")


def _antecedent(text: str, ms: list[Mention], start: int, comma: int) -> Mention | None:
    """What a relative pronoun after `comma` refers back to: the project, network or programme named right
    before it, or the one a body in the genitive follows."""
    named = [m for m in actors(ms, start, comma) if m.end <= comma]
    if not named or not _ANTECEDENT_TAIL.fullmatch(text, named[-1].end, comma):
        return None
    if named[-1].type in PASSIVE_FUNDED:
        return named[-1]
    owned = named[-2] if len(named) > 1 else None
    if owned and owned.type in PASSIVE_FUNDED and _GENITIVE_OWNER.fullmatch(text, owned.end, named[-1].start):
        return owned
    return None


# "das vom Land X geförderte Projekt Y", "die durch den ESF und das BMAS kofinanzierte Stelle Y": the funders
# between a mark and the inflected participle, the funded the project, network or programme it qualifies.
_FUNDING_ATTRIBUTE = re.compile(r"\b(?:(?:ko|mit)?(?:geförderte|finanzierte)|bezahlte)[nmrs]?\b")


def funding_attributes(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None = None
) -> Iterator[RelationFinding]:
    for cue in _FUNDING_ATTRIBUTE.finditer(text, *sentence):
        reach = max(sentence[0], cue.start() - MARK_REACH)
        funders = funders_right_before(text, ms, reach, cue.start()) or _compound_funder(
            text, ms, cue.start()
        )
        funded = actors(ms, cue.end(), min(sentence[1], cue.end() + ATTRIBUTE_REACH))
        if funded and _HEAD_AND_GENITIVE.match(text, cue.end(), funded[0].start):
            funded = []  # "ein gefördertes Projekt des Netzwerks X": the head unnamed, X its owner
        if funders and funded and funded[0].type in PASSIVE_FUNDED:
            # "die vom Land Y geförderten Teilprojekte „A“ und „B“": a plural head, each unit coordinated after it
            plural = _PLURAL_HEAD.match(text, cue.end()) is not None
            units = funded_list(text, ms, funded[0], sentence[1]) if plural else funded[:1]
            yield from (RelationFinding(u, "fundedBy", f) for u in units for f in funders)
        elif funders and not funded:
            said = list(_predicate_attribute(text, ms, sentence[0], reach, funders))
            yield from said or _stand_in_head(text, sentence, ms, cue.end(), funders, topic)


def _stand_in_head(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    end: int,
    funders: list[Mention],
    topic: Mention | None,
) -> Iterator[RelationFinding]:
    """ "Das vom Land Y geförderte Projekt berät …": the head stands for the unit spoken of, the sentence naming none."""
    if not _STAND_IN_HEAD.match(text, end) or topic is None or not spoken_of(text, topic):
        return
    if not any(m.type in PASSIVE_FUNDED and m not in funders for m in actors(ms, *sentence)):
        yield from (RelationFinding(topic, "fundedBy", f) for f in funders)


# The participle's head a plural unit noun: "geförderten Projekte", "finanzierten Beratungsstellen"
_PLURAL_HEAD = re.compile(
    r"\s+(?:IQ[\s\-]+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rojekten?|[Aa]ngeboten?|[Ss]tellen)(?![\w-])"
)


# The participle's head a noun standing for the unit spoken of: "geförderte Projekt", "finanzierte Angebot"
_STAND_IN_HEAD = re.compile(rf"\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)})\b(?!\s*[„\"»]|\s+(?:des|der)\s)")


# The participle's head a unit's noun with a genitive after it ("gefördertes Projekt des Netzwerks X"): the name there
# is the head's owner, not the head (while "geförderte Kurse des Projekts X" are X's own work).
_HEAD_AND_GENITIVE = re.compile(rf"\s+(?:{'|'.join(sorted(PROJECT_STAND_INS))})\s+(?:des|der)\s")


def _compound_funder(text: str, ms: list[Mention], participle: int) -> list[Mention]:
    """The funder as the first part of a compound participle: "das ESF-geförderte Projekt X"."""
    if text[participle - 1 : participle] != "-":
        return []
    return [m for m in actors(ms, participle - MARK_REACH, participle, FUNDERS) if m.end == participle - 1]


# "X ist ein vom Land Y gefördertes Angebot", "X ist seit 2030 ein ESF-gefördertes Projekt": the attribute in a
# predicate noun that names nothing, its funders right after the indefinite article; the funded the subject.
_PREDICATE_ARTICLE = re.compile(
    r"\b(?:ist|sind|war|waren)\s+(?:[\w.]+\s+){0,3}?(?:ein|eine|eines)\s+(?:(?!(?:vom|von|durch|aus|mit)\b)[a-zäöüß]\w*\s+)?"
)
_MARK_BEFORE_FUNDER = re.compile(
    r"(?:(?:vom|von|durch|aus\s+(?:den\s+)?Mitteln|mit\s+Mitteln)\s+(?:(?:der|dem|den|des|das|die)\s+)?)?"
)


def _predicate_attribute(
    text: str, ms: list[Mention], start: int, reach: int, funders: list[Mention]
) -> Iterator[RelationFinding]:
    for article in _PREDICATE_ARTICLE.finditer(text, reach, funders[0].start):
        if _MARK_BEFORE_FUNDER.fullmatch(text, article.end(), funders[0].start):
            subject = [m for m in actors(ms, start, article.start()) if m.type in PASSIVE_FUNDED]
            yield from (RelationFinding(subject[0], "fundedBy", f) for f in funders if subject)
            return
    yield from _apposition_attribute(text, ms, start, reach, funders)


# The same noun phrase in apposition to the unit: "Das Projekt X, ein vom Land Y gefördertes Angebot, berät …", "…
# für die Stelle X, eine durch den ESF kofinanzierte Einrichtung" (the unit right before the comma).
_APPOSITION_ARTICLE = re.compile(
    r"[“”\"»«]?\s*,\s+(?:ein|eine|einem|einer|eines)\s+(?:(?!(?:vom|von|durch|aus|mit)\b)[a-zäöüß]\w*\s+)?"
)


def _apposition_attribute(
    text: str, ms: list[Mention], start: int, reach: int, funders: list[Mention]
) -> Iterator[RelationFinding]:
    for unit in reversed([m for m in actors(ms, start, funders[0].start) if m.end <= funders[0].start]):
        article = _APPOSITION_ARTICLE.match(text, unit.end)
        if article and _MARK_BEFORE_FUNDER.fullmatch(text, article.end(), funders[0].start):
            if unit.type in PASSIVE_FUNDED and unit.end >= reach:
                yield from (RelationFinding(unit, "fundedBy", f) for f in funders)
            return
