"""Funding said by a clause with a finite verb: the passive ("X wird aus Mitteln des Y gefördert", its clause read
in passive.py), the fronted participle ("Gefördert wird das Netzwerk vom A und vom B", "Gefördert vom Land X,
startet das Projekt Y") and the active ("Das Land Y fördert das Projekt X", "Der Bund kofinanziert das Netzwerk
Z"): X fundedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import (
    COORDINATION_LINK,
    FUNDERS,
    RelationFinding,
    actors,
    attribute_of_an_event,
    main_clause_start,
    subject_before,
)
from .marks import (
    ADVERBIAL,
    ARTICLE_GAP,
    FUNDED,
    FUNDER_MARK,
    MARK_REACH,
    PASSIVE_FUNDED,
    PLURAL_AUXILIARIES,
    PLURAL_VERB,
    PUBLIC_PAYERS,
    coordinated,
    funded_list,
    funders_right_before,
    introduced,
    is_fund,
    spoken_of,
)
from .passive import PASSIVE_FUNDING, PASSIVE_SUPPORT, passive_funding

_TO_THE_MANNER = 120  # characters from "unterstützt" to the "finanziell" that makes it funding ("… X seit 2020 finanziell")
_ACTIVE_FUNDING = re.compile(rf"\b(?:{FUNDED}|unterstützt)\s+(?:durch|vom|von\s+der|von)\b")
_ACTIVE_VERB = re.compile(
    r"\b(?:fördert|finanziert|förderte|finanzierte|fördern|finanzieren|förderten|finanzierten)\b"
    rf"|\b(?:unterstützt|unterstützte|unterstützen|unterstützten)\b(?=[^.;,]{{0,{_TO_THE_MANNER}}}\bfinanziell\b)"
)
# "Das Land X kofinanziert das Netzwerk Y": a share of the funding, in second place with its object right after
# it; at a clause's end ("…, dass der Bund das Programm mitfinanziert") the object stands before the verb.
_CO_FUNDING_VERB = re.compile(r"\b(?:ko|mit)(?:fördert|finanziert|förderte|finanzierte)\b")


_SENTENCE_START = r"(?:^|(?<=[.!?;]\s)|(?<=\n))"  # a clause after a semicolon opens like a sentence


# What a funding participle's clause may have funded: a unit or a body, not a payer ("…, kofinanziert durch …").
_FUNDABLE = PASSIVE_FUNDED | {"Organisation"}
# A frame before a name that makes it no object of the verb: "im Rahmen des", "innerhalb der".
_GOVERNED = re.compile(
    r"\b(?:(?:[Ii]m\s+Rahmen|[Ii]nnerhalb|[Aa]ußerhalb)\s+(?:des|der|von)"
    r"|[Bb]eim|[Bb]ei\s+(?:der|dem))\s+(?:[A-ZÄÖÜ]\w*-?\s+)?[„\"»]?$"  # "fördert beim Verein Y das Projekt X"
)
_GOVERNING = 40  # characters back from a name to the frame: "im Rahmen des Förderprogramms „"


def _governed(text: str, m: Mention) -> bool:
    return _GOVERNED.search(text, max(0, m.start - _GOVERNING), m.start) is not None


# A participle coordinated before the funding one shares its agent: "Initiiert und finanziert wird X vom Land Y".
_SHARING_PARTICIPLE = r"[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+(?:und|sowie)\s+"

# "Gefördert wird das Netzwerk vom A und vom B": the participle first, the funded next, the funders after
# "von/vom/durch/aus Mitteln".
# "Finanziell unterstützt wird X durch Y": support fronted with its manner is funding.
_FRONTED_FUNDING = re.compile(
    # (or a main clause after a comma, the participle in small letters: "Getragen wird X von Y, gefördert wird es …")
    rf"(?:{_SENTENCE_START}|(?<=,\s)(?=[a-zäöü]))(?:{_SHARING_PARTICIPLE}|[Ff]inanziell\s+)?"
    r"(?:(?:(?:Ko|Mit|ko|mit)-?)?(?:[Gg]efördert|[Ff]inanziert)|[Bb]ezahlt|(?<=inanziell\s)(?:unterstützt|bezuschusst))"
    r"\s+(?P<aux>wird|werden|wurde|wurden)\b"
)


# "Gefördert wird es vom Land", "Finanziert wird das Angebot durch …": the funded a pronoun or a noun that
# stands for the topic named before.
_ADVERBIALS = 2  # adverbials between the stand-in and the payers: "bislang zu großen Teilen vom Land"
_PRONOUN_FUNDED = re.compile(
    r"\s+(?:es|sie|er|dieses|diese|dieser"
    rf"|(?:das|dieses|die|diese|der|dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)})(?:e|en|n)?"  # "die Projekte"
    rf"|unser(?:e)?\s+(?:Arbeit|{'|'.join(lexicon.FUNDED_STAND_INS)}))"  # "Gefördert wird unsere Arbeit vom Y"
    rf"(?:\s+{ADVERBIAL}){{0,{_ADVERBIALS}}}\s*$"  # "… das Angebot bislang vom Land", "… zu 80 Prozent vom Land"
)


def find_fronted_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None = None
) -> Iterator[RelationFinding]:
    for cue in _FRONTED_FUNDING.finditer(text, *sentence):
        mark = FUNDER_MARK.search(text, cue.end(), sentence[1])
        funded = actors(ms, cue.end(), mark.start() if mark else sentence[1])
        if mark and not funded and _PRONOUN_FUNDED.match(text[cue.end() : mark.start()]):
            # after a semicolon the subject of the clause before: "X wird von Y umgesetzt; gefördert wird es …"
            earlier = [m for m in actors(ms, sentence[0], cue.start()) if m.type in PASSIVE_FUNDED]
            funded = earlier[:1] or ([topic] if topic is not None else [])
        if funded and attribute_of_an_event(text, funded[0]):
            continue  # "Gefördert wurde der Workshop der Kammer X vom Y": the event, not its organiser
        if mark and funded:
            # "Gefördert werden die Projekte A und B vom Land Y": each unit of a plural subject
            plural = cue.group("aux") in PLURAL_AUXILIARIES
            units = funded_list(text, ms, funded[0], mark.start()) if plural else funded[:1]
            for funder in introduced(text, ms, mark.start(), sentence[1], first_only=True):
                yield from (RelationFinding(u, "fundedBy", funder) for u in units if u is not funder)
    yield from _funding_participle_phrase(text, sentence, ms, topic)
    yield from _funders_then_participle(text, sentence, ms)


# "Gefördert vom Land X, startet im Mai das Projekt Y", "Finanziert aus Mitteln des ESF bietet die Stelle Y …":
# a participle phrase before the finite verb, without an auxiliary: its funders first, the funded after them.
_FUNDING_PARTICIPLE_PHRASE = re.compile(
    rf"{_SENTENCE_START}(?:Ko|Mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?=(?:aus|mit|durch|vom|von)\b)"
)


# The funders first and the participle closing the phrase: "Aus Mitteln des ESF finanziert, berät das Netzwerk X …",
# "Vom Land Y gefördert, startet das Projekt X".
_FUNDERS_THEN_PARTICIPLE = re.compile(
    rf"{_SENTENCE_START}(?:Aus\s+(?:den\s+)?Mitteln|Mit\s+Mitteln|Vom|Von|Durch)\b[^,.;:]{{0,160}}?\s{FUNDED},"
)


# The phrase standing alone, as a release's closing line: "Gefördert vom Land X und dem ESF." funds the unit spoken of.
_NOTHING_MORE = re.compile(r"[\s.!)]*")


def _funders_then_participle(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _FUNDERS_THEN_PARTICIPLE.finditer(text, *sentence):
        funders = introduced(text, ms, cue.start(), cue.end(), first_only=True)
        funded = [m for m in actors(ms, cue.end(), sentence[1]) if m.type in PASSIVE_FUNDED][:1]
        yield from (
            RelationFinding(funded[0], "fundedBy", f) for f in funders if funded and f is not funded[0]
        )


def _funding_participle_phrase(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _FUNDING_PARTICIPLE_PHRASE.finditer(text, *sentence):
        funders = introduced(text, ms, cue.end(), sentence[1], first_only=True)
        if not funders:
            continue
        funded = [m for m in actors(ms, funders[-1].end, sentence[1]) if m.type in PASSIVE_FUNDED]
        if (
            not funded
            and _NOTHING_MORE.fullmatch(text, funders[-1].end, sentence[1])
            and spoken_of(text, topic)
        ):
            funded = [topic] if topic is not None else []
        if funded:
            yield from (RelationFinding(funded[0], "fundedBy", f) for f in funders if f is not funded[0])


def find_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    if not ms:
        return
    s, e = sentence[0], min(ms[-1].end + 200, sentence[1])
    passives = list(PASSIVE_FUNDING.finditer(text, s, e)) or list(PASSIVE_SUPPORT.finditer(text, s, e))
    if passives:
        # "X wird vom Land gefördert, die Stelle Y wird von der Stadt finanziert": each passive clause
        for passive in passives:
            yield from passive_funding(text, (s, e), ms, topic, passive)
        return
    s = s if topic else ms[0].start
    active = _ACTIVE_FUNDING.search(text[s:e])
    if active:
        yield from _participle_after_the_verb(text, ms, topic, (s + active.start(), s + active.end()), e)
        return
    verb = _ACTIVE_VERB.search(
        text, sentence[0], e
    )  # the verb may come first: "Seit 2021 fördert das Land …"
    if verb:
        yield from _active_clause(text, (sentence[0], e), ms, topic, verb)
        return
    yield from _co_funding(text, ms, s, e)


def _participle_after_the_verb(
    text: str, ms: list[Mention], topic: Mention | None, active: tuple[int, int], end: int
) -> Iterator[RelationFinding]:
    """ "Seit 2005 fördert das BMAS das Programm X, kofinanziert durch den ESF": what may be funded, not the payer."""
    fundable = [m for m in actors(ms, 0, active[0]) if m.type in _FUNDABLE]
    if fundable and attribute_of_an_event(text, fundable[0]):
        return  # "Der Workshop von der Kammer X, unterstützt vom Y": the event is supported, not its organiser
    subject = (fundable[0] if fundable else None) or topic
    for funder in actors(ms, active[1], end, FUNDERS)[:3]:
        if _supported_by_a_peer(text, active[0], funder):
            continue  # "die Stiftung X, unterstützt vom IQ Netzwerk Y": a network's help, not its money
        if subject:
            yield RelationFinding(subject, "fundedBy", funder)


def _supported_by_a_peer(text: str, verb: int, supporter: Mention) -> bool:
    """Bare "unterstützt von" (no money named) where an IQ network, office or project supports: their help, they
    pay no one (a public body, a fund, a foundation or a programme supporting may well pay)."""
    return text.startswith("unterstützt", verb) and supporter.type in _NO_PAYERS_BY_SUPPORT


_NO_PAYERS_BY_SUPPORT = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})


def _active_clause(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None, verb: re.Match[str]
) -> Iterator[RelationFinding]:
    """The clause of a finite funding verb (`sentence`: the sentence's start and the end of its actors' reach)."""
    start, e = sentence
    opening = _after_a_colon(text, start, verb.start())
    fronted = _FRONTED_PHRASE.fullmatch(text, opening, verb.start())
    if (fronted is None or verb.group() in _ATTRIBUTE_FORMS) and funders_right_before(
        text, ms, max(start, verb.start() - MARK_REACH), verb.start()
    ):
        return  # "zum durch die Stadt X finanzierten Programm": an attribute (read there), no finite verb
    if _REFLEXIVE.match(text, verb.end()):
        yield from _funding_itself(text, ms, start, verb, e)
        return
    # the verb's own clause: "…, das Projekt „X“ finanziert der Landkreis Y" (a main clause after a comma)
    clause = main_clause_start(text, opening, verb.start())
    agent = subject_before(actors(ms, clause, verb.start()), verb.start())
    if fronted:  # no subject in it, but maybe what is paid for: "Mit dem Projekt X finanziert das Land Y …"
        agent = next((m for m in actors(ms, opening, verb.start()) if m.type in PASSIVE_FUNDED), None)
    elif _AFTER_A_CLAUSE.search(text, max(start, verb.start() - 3), verb.start()):
        agent = None  # "Weil …, fördert der Landkreis Y die Stelle X": the subject after the verb
    # "fördert im Rahmen des Landesprogramms Y das Projekt X": a name after a preposition is no object
    after = [m for m in actors(ms, verb.end(), e) if not _governed(text, m)]
    if _CLAUSE_CLOSED.match(text, verb.end()):
        # "Während das Land Y das Projekt X finanziert, setzt …": the verb ends its clause, its object before it
        yield from _verb_last(text, ms, clause, verb)
        return
    partner = _paying_with(text, verb.end(), after)
    if partner is not None:  # "Das Land fördert gemeinsam mit dem ESF das Projekt X": both pay, X is funded
        after = after[1:]
        if agent and after and _OBJECT_AFTER_PARTNER.fullmatch(text, partner.end, after[0].start):
            yield from (RelationFinding(after[0], "fundedBy", a) for a in (agent, partner))
        return
    yield from _subject_and_object(text, ms, topic, verb, (agent, after, fronted), e)


def _subject_and_object(
    text: str,
    ms: list[Mention],
    topic: Mention | None,
    verb: re.Match[str],
    clause: tuple[Mention | None, list[Mention], re.Match[str] | None],
    e: int,
) -> Iterator[RelationFinding]:
    """The payer and what it pays for around the verb (`clause`: the actor before the verb, those after it and the
    prepositional phrase before it, if any)."""
    agent, after, fronted = clause
    if not after:
        return
    if fronted and after[0].type == "Organisation" and _INVERTED_GAP.match(text[verb.end() : after[0].start]):
        # "Mit 50.000 Euro fördert die Stiftung Y das Projekt X": a body after a fronted phrase pays for the
        # unit after it (not the topic: "Im Projekt X fördert die Y Frauen" is no funding of X)
        yield from _funders_after_the_verb(text, ms, after[0], None, None, e, _partners(text, ms, fronted))
    elif _inverted(text, verb.end(), after[0], agent):
        partners = _partners(text, ms, fronted) if fronted else []
        yield from _funders_after_the_verb(text, ms, after[0], agent, topic, e, partners)
    elif agent and after[0].type in _FUNDABLE:  # not "Das Projekt fördern das Land und …"
        agents = (
            coordinated(text, ms, agent, verb.start()) if PLURAL_VERB.fullmatch(verb.group()) else [agent]
        )
        funded = funded_list(text, ms, after[0], e)  # "fördert die Projekte A und B": each unit
        yield from (RelationFinding(u, "fundedBy", a) for u in funded for a in agents if a not in funded)


# "Das Netzwerk X finanziert sich aus Mitteln des Y", "… finanziert sich zu großen Teilen über den ESF": the subject is
# what is paid for, the payers follow a mark.
_REFLEXIVE = re.compile(r"\s+sich\b")


def _funding_itself(
    text: str, ms: list[Mention], start: int, verb: re.Match[str], end: int
) -> Iterator[RelationFinding]:
    subject = subject_before(actors(ms, start, verb.start()), verb.start())
    if subject is None or subject.type not in PASSIVE_FUNDED:
        return
    funders = introduced(text, ms, verb.end(), end, first_only=True)
    yield from (RelationFinding(subject, "fundedBy", f) for f in funders if f is not subject)


# A colon before a capital opens a clause of its own: "Nicht alles ist Teil des Netzwerks: Die Stadt Y fördert …"
_COLON_OPENING = re.compile(r":\s+(?=[A-ZÄÖÜ„\"»])")


def _after_a_colon(text: str, start: int, verb: int) -> int:
    openings = list(_COLON_OPENING.finditer(text, start, verb))
    return openings[-1].end() if openings else start


# A payer after the verb in a "(gemeinsam) mit" phrase pays together with the subject; it is not the object.
_WITH_A_PARTNER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:gemeinsam\s+|zusammen\s+)?mit\s+(?:dem|der|den)\s+$")
_OBJECT_AFTER_PARTNER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:das|den|die)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def _paying_with(text: str, verb_end: int, after: list[Mention]) -> Mention | None:
    if not after or not (after[0].type in PUBLIC_PAYERS or is_fund(after[0])):
        return None
    return after[0] if _WITH_A_PARTNER.fullmatch(text, verb_end, after[0].start) else None


_PAYING_BODIES = frozenset({"Ministry", "Agency"})
# The verb last in a subordinate clause, a comma right after it: what follows is another clause's.
_CLAUSE_CLOSED = re.compile(
    r"(?:\s+(?:hat|hatte|haben|hatten|habe|hätte|hätten))?\s*,\s+(?!(?:der|die|das|dem|den|des|vom|von|durch|aus)\s)"
)
_AFTER_A_CLAUSE = re.compile(r",\s*$")  # the verb first after a clause before it
# A prepositional phrase before the verb in second place holds no subject: "Mit Mitteln des Landes Y fördert das
# Ministerium Z das Projekt X", "In Kooperation mit der Y fördert das Ministerium Z das Programm X".
# (A participle's attribute forms may stand after such a phrase: "Im durch die Stadt Y finanzierten Projekt X …".)
_ATTRIBUTE_FORMS = frozenset({"finanzierte", "finanzierten", "unterstützte", "unterstützten"})
_FRONTED_PHRASE = re.compile(
    r"\s*(?:(?P<partners>(?:Gemeinsam|Zusammen)\s+mit)|Mit|In|Im|Aus|Dank|Neben|Über|Bei|Beim|Unter|Zur|Zum)\s[^,;:]*?\s"
)
# A subordinate clause with the payer its subject and the unit its object: "Weil der Landkreis Y die Stelle X fördert"
_SUBORDINATOR_AND_ARTICLE = re.compile(
    r"\s*(?:[Ww]ährend|[Ww]eil|[Dd]a|[Nn]achdem|[Oo]bwohl|[Ww]enn|[Dd]ass|[Ss]eitdem)\s+(?:der|die|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?"
)
_OBJECT_ARTICLE = re.compile(r"\s+(?:das|den|die)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def _verb_last(text: str, ms: list[Mention], start: int, verb: re.Match[str]) -> Iterator[RelationFinding]:
    comma = text.rfind(",", start, verb.start())
    opening = start if comma < 0 else comma + 1
    named = actors(ms, opening, verb.start())
    if len(named) != 2 or named[0].type not in PUBLIC_PAYERS | FUNDERS or named[1].type not in PASSIVE_FUNDED:
        return
    payer, unit = named
    if _SUBORDINATOR_AND_ARTICLE.fullmatch(text, opening, payer.start) and _OBJECT_ARTICLE.fullmatch(
        text, payer.end, unit.start
    ):
        yield RelationFinding(unit, "fundedBy", payer)


def _inverted(text: str, verb_end: int, after: Mention, before: Mention | None) -> bool:
    """Verb-second with the subject after the verb: "Seit 2021 fördert das Land X das Projekt Y", "Zusätzlich
    fördern der ESF und das Ministerium das Projekt": a paying body (or, with no actor before the verb, a fund)
    right after the verb is its subject."""
    named_first = before is not None and not before.generic  # a named unit, not a bare "Das Projekt"
    gap = _INVERTED_GAP if named_first else ARTICLE_GAP
    if not gap.match(text[verb_end : after.start]):
        return False
    # a project or network pays no fund or body: "Das Netzwerk finanziert der ESF", "Das Projekt finanziert die Y"
    unit_first = before is not None and before.type in _UNITS_THAT_PAY_NONE
    return (
        after.type in _PAYING_BODIES
        and (before is None or before.type in PASSIVE_FUNDED)
        or (before is None and after.type == "Programme")
        or (unit_first and (is_fund(after) or after.type == "Organisation"))
    )


# Between the verb and its subject after it, adverbials may stand: "Das Projekt X fördert seit 2021 das Land Y".
_INVERTED_GAP = re.compile(rf"^(?:\s+{ADVERBIAL})*\s+(?:(?:der|die|das|den|dem|des)\s+)?[„\"»]?$")
_CONJOINED = re.compile(r"\s*(?:,|und\b|sowie\b|bzw\.)")  # a further funder after the verb is coordinated
_UNITS_THAT_PAY_NONE = frozenset({"Subproject", "StateNetwork", "CoordinationOffice"})


def _partners(text: str, ms: list[Mention], fronted: re.Match[str]) -> list[Mention]:
    """Bodies paying together with the subject in a fronted phrase: "Gemeinsam mit der Stadt Y fördert das Land Z …"."""
    if fronted.group("partners") is None:
        return []
    return [
        m
        for m in actors(ms, fronted.start(), fronted.end(), FUNDERS)
        if m.type in PUBLIC_PAYERS or is_fund(m)
    ]


def _funders_after_the_verb(
    text: str,
    ms: list[Mention],
    first: Mention,
    before: Mention | None,
    topic: Mention | None,
    end: int,
    partners: list[Mention],
) -> Iterator[RelationFinding]:
    """The funders coordinated after the verb (and the `partners` paying with them); the funded is the project,
    network or programme after them, else the one before the verb, else the release's topic."""
    funders = [first]
    for m in actors(ms, first.end, end, FUNDERS):
        link = text[funders[-1].end : m.start]
        if not (COORDINATION_LINK.match(link) and _CONJOINED.match(link)) or m.type in PASSIVE_FUNDED - {
            "Programme"
        }:
            break  # not "fördern A und B das Programm X": X after an article alone is the object
        funders.append(m)
    later = [
        m
        for m in actors(ms, funders[-1].end, end)
        if (m.type in PASSIVE_FUNDED or _body_as_the_object(text, funders[-1], m)) and not _governed(text, m)
    ]
    funded = later[0] if later else before or topic
    if funded is not None:
        yield from (RelationFinding(funded, "fundedBy", f) for f in [*funders, *partners] if f is not funded)


def _body_as_the_object(text: str, payer: Mention, m: Mention) -> bool:
    """ "Mit Mitteln des Landes fördert das Ministerium Y den Verein X": a body right after the payer, with the
    accusative's article, is what it pays for."""
    return m.type == "Organisation" and _OBJECT_ARTICLE.fullmatch(text, payer.end, m.start) is not None


def _co_funding(text: str, ms: list[Mention], start: int, end: int) -> Iterator[RelationFinding]:
    verb = _CO_FUNDING_VERB.search(text, start, end)
    if verb is None:
        return
    agent = subject_before(ms, verb.start())
    after = actors(ms, verb.end(), end)
    if agent and after and ARTICLE_GAP.match(text[verb.end() : after[0].start]):
        yield RelationFinding(after[0], "fundedBy", agent)
