"""Who pays for whom: "X wird aus Mitteln des Y gefördert", "Gefördert wird das Netzwerk vom A und vom B",
"Y fördert X", "X wird gefördert durch das Bundesministerium Z" (the passive, the fronted participle, the
active)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from . import lexicon
from .relation_actors import (
    ACTORS,
    COORDINATION_LINK,
    FUNDERS,
    RelationFinding,
    actors,
    listed_after,
    subject_before,
)
from .spans import Mention

# The participles of funding ("bezuschusst": paid a grant); support is funding only when it is financial ("vom Land
# finanziell unterstützt").
FUNDED = r"(?:(?:ko|mit)?(?:gefördert|finanziert)|bezuschusst|(?<=finanziell\s)unterstützt)"
_PASSIVE_FUNDING = re.compile(
    rf"\b(?:wird|werden|wurde|wurden|ist|sind|war)\b(?P<zone>.{{0,220}}?)\b{FUNDED}\b"
)
# An amount of money: "50.000 Euro", "1,2 Millionen Euro", "2 Mio. €"
_MONEY = r"[\d][\d.,]*\s*(?:Millionen|Million|Mio\.|Tausend)?\s*(?:Euro|€)"
FUNDER_MARK = re.compile(
    r"\b(?:[Aa]us\s+(?:den\s+)?Mitteln|[Mm]it\s+Mitteln|[Dd]urch|[Vv]om|[Vv]on|über|[Aa]us|[Ss]eitens)\b"
)  # capitalised where it opens the sentence: "Aus Mitteln des ESF wird …"
_TO_THE_MANNER = 120  # characters from "unterstützt" to the "finanziell" that makes it funding ("… X seit 2020 finanziell")
_ACTIVE_FUNDING = re.compile(rf"\b(?:{FUNDED}|unterstützt)\s+(?:durch|vom|von\s+der|von)\b")
_ACTIVE_VERB = re.compile(
    r"\b(?:fördert|finanziert|förderte|finanzierte|fördern|finanzieren|förderten|finanzierten)\b"
    rf"|\b(?:unterstützt|unterstützte|unterstützen|unterstützten)\b(?=[^.;,]{{0,{_TO_THE_MANNER}}}\bfinanziell\b)"
)
# "Das Land X kofinanziert das Netzwerk Y": a share of the funding, in second place with its object right after
# it; at a clause's end ("…, dass der Bund das Programm mitfinanziert") the object stands before the verb.
_CO_FUNDING_VERB = re.compile(r"\b(?:ko|mit)(?:fördert|finanziert|förderte|finanzierte)\b")


_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"

# A participle coordinated before the funding one shares its agent: "Initiiert und finanziert wird X vom Land Y".
_SHARING_PARTICIPLE = r"[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+(?:und|sowie)\s+"

# "Gefördert wird das Netzwerk vom A und vom B": the participle first, the funded next, the funders after
# "von/vom/durch/aus Mitteln".
_FRONTED_FUNDING = re.compile(
    rf"{_SENTENCE_START}(?:{_SHARING_PARTICIPLE})?(?:Ko|Mit|ko|mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?:wird|werden|wurde|wurden)\b"
)


# "Gefördert wird es vom Land", "Finanziert wird das Angebot durch …": the funded a pronoun or a noun that
# stands for the topic named before.
_PRONOUN_FUNDED = re.compile(
    r"\s+(?:es|sie|er|dieses|diese|dieser"
    rf"|(?:das|dieses|die|diese|der|dieser)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\s*$"
)


def find_fronted_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None = None
) -> Iterator[RelationFinding]:
    for cue in _FRONTED_FUNDING.finditer(text, *sentence):
        mark = FUNDER_MARK.search(text, cue.end(), sentence[1])
        funded = actors(ms, cue.end(), mark.start() if mark else sentence[1])
        if (
            mark
            and not funded
            and topic is not None
            and _PRONOUN_FUNDED.match(text[cue.end() : mark.start()])
        ):
            funded = [topic]
        if mark and funded:
            for funder in _introduced(text, ms, mark.start(), sentence[1], first_only=True):
                yield RelationFinding(funded[0], "fundedBy", funder)
    yield from _funding_participle_phrase(text, sentence, ms, topic)


# "Gefördert vom Land X, startet im Mai das Projekt Y", "Finanziert aus Mitteln des ESF bietet die Stelle Y …":
# a participle phrase before the finite verb, without an auxiliary: its funders first, the funded after them.
_FUNDING_PARTICIPLE_PHRASE = re.compile(
    rf"{_SENTENCE_START}(?:Ko|Mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?=(?:aus|mit|durch|vom|von)\b)"
)


# The phrase standing alone, as a release's closing line: "Gefördert vom Land X und dem ESF." funds the unit spoken of.
_NOTHING_MORE = re.compile(r"[\s.!)]*")


def _funding_participle_phrase(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _FUNDING_PARTICIPLE_PHRASE.finditer(text, *sentence):
        funders = _introduced(text, ms, cue.end(), sentence[1], first_only=True)
        if not funders:
            continue
        funded = [m for m in actors(ms, funders[-1].end, sentence[1]) if m.type in PASSIVE_FUNDED]
        if (
            not funded
            and _NOTHING_MORE.fullmatch(text, funders[-1].end, sentence[1])
            and _spoken_of(text, topic)
        ):
            funded = [topic] if topic is not None else []
        if funded:
            yield from (RelationFinding(funded[0], "fundedBy", f) for f in funders if f is not funded[0])


# Inside the passive frame, a later auxiliary or a coordinated participle opens a new clause: "X ist … und wird
# vom Y gefördert", "X wird von Z durchgeführt und vom Y gefördert" - only the last clause names the funders.
_ZONE_RESTART = re.compile(
    r"\b(?:wird|werden|wurde|wurden|ist|sind|war)\b|\b(?P<participle>[a-zäöüß]\w*(?:t|en))\s*(?:,|und\b|sowie\b)"
)
# Participles coordinated right before the funding one share its agent: "X wird vom Land Y initiiert und finanziert".
_SHARED_AGENT = re.compile(r"\s*")


# A conjunction right before the funding participle, after a name, closes the clause before it: "X wird koordiniert
# von der Y und gefördert vom Z" (the funders follow the participle).
_AND_BEFORE_THE_PARTICIPLE = re.compile(r"\s(?:und|sowie)\s*$")


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause of the funding participle begins inside the passive's middle field: after the last
    auxiliary or coordinated participle, unless that participle stands right before the funding one."""
    clause = start
    for restart in _ZONE_RESTART.finditer(text, start, end):
        if restart.group("participle") is not None and _SHARED_AGENT.fullmatch(text, restart.end(), end):
            return clause  # "vom Land Y initiiert und finanziert"
        clause = restart.end()
    return end if _AND_BEFORE_THE_PARTICIPLE.search(text, clause, end) else clause


# The funders after the participle, in the same clause: "wird gefördert durch das BMAS", "wird finanziert im
# Rahmen des Programms X aus Mitteln des ESF".
# characters from the participle to the mark: a phrase "im Rahmen des Förderprogramms X"
_POSTPOSED_REACH = 80
_POSTPOSED_FUNDER_MARK = re.compile(
    rf"\s*:?\s+(?:[^,;:.]{{0,{_POSTPOSED_REACH}}}?\s)??(?P<mark>durch|vom|von|aus\s+(?:den\s+)?Mitteln|mit\s+Mitteln)\b"
)
_RELATIVE_OPENING = re.compile(r",\s+(?:das|der|die|welches|welcher|welche)\s")
# A comma inside a clause that links the members of a list of funders: "vom BMAS, dem BMBF und der BA gefördert"
_LIST_COMMA = r",(?=\s+(?:der|die|das|dem|den|des|vom|von|durch|aus)\s)"
_IN_THE_CLAUSE = rf"(?:[^,;]|{_LIST_COMMA})"  # a character of one clause
_CLAUSE_COMMA = re.compile(r",(?!\s+(?:der|die|das|dem|den|des|vom|von|durch|aus)\s)")


# A second participle coordinated with the first names more funders: "X wird vom BMAS gefördert und vom ESF
# kofinanziert", "X wird durch das Land gefördert und kofinanziert durch den ESF".
_AND_FUNDED = re.compile(
    rf"\s+(?:und|sowie)\s+(?P<zone>(?:vom|von|durch|aus|mit)\s[^,;.]{{0,{_POSTPOSED_REACH}}}?\s)?{FUNDED}\b"
)


def _coordinated_participle(text: str, ms: list[Mention], participle_end: int, end: int) -> list[Mention]:
    coordinated = _AND_FUNDED.match(text, participle_end, end)
    if coordinated is None:
        return []
    if coordinated.group("zone"):
        return _introduced(text, ms, *coordinated.span("zone"))
    mark = _POSTPOSED_FUNDER_MARK.match(text, coordinated.end(), end)
    return _introduced(text, ms, mark.start("mark"), end, first_only=True) if mark else []


def _in_a_relative_clause(text: str, ms: list[Mention], start: int, participle: int) -> bool:
    """Whether the participle closes a relative clause opened in the passive's middle field (no comma after it); a
    name right after ", das" is a list's next member with its article ("durch das A, das B und die C gefördert")."""
    named_next = {m.start for m in ms}
    openings = [o for o in _RELATIVE_OPENING.finditer(text, start, participle) if o.end() not in named_next]
    return bool(openings) and _CLAUSE_COMMA.search(text, openings[-1].end(), participle) is None


# The funders first in the sentence, before the auxiliary: "Aus Mitteln des ESF wird das Projekt X gefördert",
# "Vom Land Y werden die Kurse finanziert".
_FRONTED_FUNDER_MARK = re.compile(r"\s*(?:Aus\s+(?:den\s+)?Mitteln|Mit\s+Mitteln|Vom|Von|Durch)\b")
_FUNDER_REACH = 24  # characters between a mark and the funder it introduces: "aus Mitteln des Landes"
_ARTICLE_GAP = re.compile(
    r"^\s+(?:(?:der|die|das|den|dem|des)\s+)?$"
)  # "wird das Projekt X": V2, subject second


def _introduced(
    text: str, ms: list[Mention], start: int, end: int, first_only: bool = False
) -> list[Mention]:
    """The funders a mark introduces ("vom Y", "aus Mitteln des Y und des Z") between start and end."""
    found: list[Mention] = []
    for mark in FUNDER_MARK.finditer(text, start, end):
        after = actors(ms, mark.end(), end)
        if not after or after[0].start - mark.end() > _FUNDER_REACH or after[0].type not in FUNDERS:
            continue
        chain = [after[0]]
        for m in after[1:]:
            if m.type not in FUNDERS or not COORDINATION_LINK.match(text[chain[-1].end : m.start]):
                break
            chain.append(m)
        found += [m for m in chain if m not in found]
        if first_only:
            break
    if not found:  # "…, das im Rahmen des ESF-Bundesprogramms X gefördert wird": the payer in a compound
        found = [m for m in actors(ms, start, end) if _payer_in_a_compound(text, m)][:1]
    return found[:4]


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


def _passive_subject(
    text: str, ms: list[Mention], sentence_start: int, aux: re.Match[str], zone_end: int
) -> Mention | None:
    """Who is funded: the actor right after the auxiliary ("Seit 2020 wird das Projekt X …"), else the first
    actor of the auxiliary's clause, else the sentence's first actor."""
    after = actors(ms, aux.end(), zone_end)
    if after and _ARTICLE_GAP.match(text[aux.end() : after[0].start]):
        return after[0] if after[0].type in PASSIVE_FUNDED else None
    comma = text.rfind(",", sentence_start, aux.start())
    clause = actors(ms, comma + 1, aux.start()) if comma >= 0 else []
    subject = clause[0] if clause else subject_before(ms, aux.start())
    return subject if subject is not None and subject.type in PASSIVE_FUNDED else None


def find_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    if not ms:
        return
    s, e = sentence[0], min(ms[-1].end + 200, sentence[1])
    passives = list(_PASSIVE_FUNDING.finditer(text, s, e))
    if passives:
        # "X wird vom Land gefördert, die Stelle Y wird von der Stadt finanziert": each passive clause
        for passive in passives:
            yield from _passive_funding(text, (s, e), ms, topic, passive)
        return
    s = s if topic else ms[0].start
    span = text[s:e]
    active = _ACTIVE_FUNDING.search(span)
    if active:
        subject = subject_before(ms, s + active.start()) or topic
        for funder in actors(ms, s + active.end(), e, FUNDERS)[:3]:
            if subject:
                yield RelationFinding(subject, "fundedBy", funder)
        return
    verb = _ACTIVE_VERB.search(
        text, sentence[0], e
    )  # the verb may come first: "Seit 2021 fördert das Land …"
    if verb and _funders_right_before(text, ms, max(sentence[0], verb.start() - _MARK_REACH), verb.start()):
        return  # "zum durch die Stadt X finanzierten Programm": an attribute (read there), no finite verb
    if verb:
        agent = subject_before(ms, verb.start())
        after = actors(ms, verb.end(), e)
        partner = _paying_with(text, verb.end(), after)
        if (
            partner is not None
        ):  # "Das Land fördert gemeinsam mit dem ESF das Projekt X": both pay, X is funded
            after = after[1:]
            if agent and after and _OBJECT_AFTER_PARTNER.fullmatch(text, partner.end, after[0].start):
                yield from (RelationFinding(after[0], "fundedBy", a) for a in (agent, partner))
            return
        if after and _inverted(text, verb.end(), after[0], agent):
            yield from _funders_after_the_verb(text, ms, after[0], agent, topic, e)
        elif agent and after:
            agents = (
                _coordinated(text, ms, agent, verb.start())
                if _PLURAL_VERB.fullmatch(verb.group())
                else [agent]
            )
            funded = _funded_list(text, ms, after[0], e)  # "fördert die Projekte A und B": each unit
            yield from (RelationFinding(u, "fundedBy", a) for u in funded for a in agents if a not in funded)
        return
    yield from _co_funding(text, ms, s, e)


def _passive_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None, passive: re.Match[str]
) -> Iterator[RelationFinding]:
    s, e = sentence
    zone = [passive.start("zone"), passive.end("zone")]
    if _in_a_relative_clause(text, ms, *zone):
        return  # "X ist Teil des Programms Y, das vom Z gefördert wird": the relative clause reader's
    zone[0] = _clause_start(text, *zone)
    funders = _introduced(text, ms, zone[0], zone[1])
    # "wird finanziert vom BMAS", "wird gefördert im Rahmen des Programms X durch das BMAS"
    if not funders:
        mark = _POSTPOSED_FUNDER_MARK.match(text, passive.end())
        funders = _introduced(text, ms, mark.start("mark"), e, first_only=True) if mark else []
    if not funders and _FRONTED_FUNDER_MARK.match(text, s):  # "Aus Mitteln des ESF wird X gefördert"
        funders = _introduced(text, ms, s, passive.start(), first_only=True)
    funders += [f for f in _coordinated_participle(text, ms, passive.end(), e) if f not in funders]
    aux = _finite_auxiliary(text, passive.start(), zone[0])
    subject = _passive_subject(text, ms, s, aux, passive.end("zone")) or topic
    if subject is not None:
        # "Die Projekte A und B werden vom Land gefördert": each unit of a plural subject
        plural = aux.group() in _PLURAL_AUXILIARIES
        units = _funded_list(text, ms, subject, passive.end("zone")) if plural else [subject]
        yield from (RelationFinding(u, "fundedBy", f) for u in units for f in funders if f not in units)


_AUXILIARY = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|war)\b")


def _finite_auxiliary(text: str, start: int, clause: int) -> re.Match[str]:
    """The auxiliary of the funding participle's clause: the passive's first, or a later one that opens the
    clause ("X, das von der Y koordiniert wird, wird vom Z gefördert": the second)."""
    inside = list(_AUXILIARY.finditer(text, start, clause))
    return inside[-1] if inside else cast(re.Match[str], _AUXILIARY.match(text, start))


# A payer after the verb in a "(gemeinsam) mit" phrase pays together with the subject; it is not the object.
_WITH_A_PARTNER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:gemeinsam\s+|zusammen\s+)?mit\s+(?:dem|der|den)\s+$")
_OBJECT_AFTER_PARTNER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:das|den|die)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def _paying_with(text: str, verb_end: int, after: list[Mention]) -> Mention | None:
    if not after or not (after[0].type in _PUBLIC_PAYERS or is_fund(after[0])):
        return None
    return after[0] if _WITH_A_PARTNER.fullmatch(text, verb_end, after[0].start) else None


def _funded_list(text: str, ms: list[Mention], first: Mention, end: int) -> list[Mention]:
    """`first` and the units coordinated right after it: "die Projekte A, B und C"."""
    listed = listed_after(text, ms, first.start, end, PASSIVE_FUNDED - {"Programme"})
    return listed if listed and listed[0] is first else [first]  # a topic named before: itself only


# "Das Land X und der ESF finanzieren das Projekt Y": a plural verb has every payer coordinated before it.
_PLURAL_VERB = re.compile(
    r"(?:ko|mit)?(?:förder(?:n|ten)|(?:finanzier|unterstütz)(?:en|ten))"
)  # "fördern": no e


def _coordinated(text: str, ms: list[Mention], first: Mention, end: int) -> list[Mention]:
    """`first` and the payers coordinated with it up to `end`: "A, B und C"."""
    listed = [first]
    for m in actors(ms, first.end, end, FUNDERS):
        if m.end > end or not COORDINATION_LINK.match(text[listed[-1].end : m.start]):
            break
        listed.append(m)
    return listed


_PAYING_BODIES = frozenset({"Ministry", "Agency"})


def _inverted(text: str, verb_end: int, after: Mention, before: Mention | None) -> bool:
    """Verb-second with the subject after the verb: "Seit 2021 fördert das Land X das Projekt Y", "Zusätzlich
    fördern der ESF und das Ministerium das Projekt": a paying body (or, with no actor before the verb, a fund)
    right after the verb is its subject."""
    if not _ARTICLE_GAP.match(text[verb_end : after.start]):
        return False
    return (
        after.type in _PAYING_BODIES
        and (before is None or before.type in PASSIVE_FUNDED)
        or (before is None and after.type == "Programme")
    )


def _funders_after_the_verb(
    text: str, ms: list[Mention], first: Mention, before: Mention | None, topic: Mention | None, end: int
) -> Iterator[RelationFinding]:
    """The funders coordinated after the verb; the funded is the project, network or programme after them, else
    the one before the verb, else the release's topic."""
    funders = [first]
    for m in actors(ms, first.end, end, FUNDERS):
        if not COORDINATION_LINK.match(text[funders[-1].end : m.start]) or m.type in PASSIVE_FUNDED - {
            "Programme"
        }:
            break
        funders.append(m)
    later = [m for m in actors(ms, funders[-1].end, end) if m.type in PASSIVE_FUNDED]
    funded = later[0] if later else before or topic
    if funded is not None:
        yield from (RelationFinding(funded, "fundedBy", f) for f in funders if f is not funded)


def _co_funding(text: str, ms: list[Mention], start: int, end: int) -> Iterator[RelationFinding]:
    verb = _CO_FUNDING_VERB.search(text, start, end)
    if verb is None:
        return
    agent = subject_before(ms, verb.start())
    after = actors(ms, verb.end(), end)
    if agent and after and _ARTICLE_GAP.match(text[verb.end() : after[0].start]):
        yield RelationFinding(after[0], "fundedBy", agent)


def find_funding_phrases(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None = None
) -> Iterator[RelationFinding]:
    """Funding said by a participle attribute, a funding noun or money given: "das vom Land geförderte Projekt
    X", "Die Finanzierung des X übernimmt Y", "Y unterstützt X mit 50.000 Euro"; `topic`: the unit named
    before, what a funding noun without its funded means ("Die Förderung erfolgt durch Y")."""
    yield from _funding_attributes(text, sentence, ms)
    yield from _funding_nouns(text, sentence, ms)
    yield from _funding_nouns_of_the_topic(text, sentence, ms, topic)
    yield from _funder_nouns(text, sentence, ms, topic)
    yield from _money_given(text, sentence, ms, topic)
    yield from _funding_relative_clauses(text, sentence, ms, topic)
    yield from _subordinate_funding(text, sentence, ms, topic)
    yield from _taking_a_financial_part(text, sentence, ms, topic)
    yield from _ministry_in_the_genitive(text, sentence, ms)
    yield from _payer_in_the_genitive(text, sentence, ms, topic)
    yield from _unnamed_object_paid_for(text, sentence, ms, topic)
    yield from _costs_borne(text, sentence, ms, topic)
    yield from _compound_payer(text, sentence, ms)
    yield from _programme_as_instrument(text, sentence, ms)
    yield from _compound_money(text, sentence, ms, topic)
    yield from _stand_in_object(text, sentence, ms, topic)


# "das IQ Netzwerk X des Musterministeriums", "das Projekt „X“ des Ministeriums Y": a ministry in the
# genitive of a network or project is the one that pays for it (a body there is mostly its carrier).
_GENITIVE_RIGHT_AFTER = re.compile(r"[“”\"»«]?\s+(?:des|der)\s+")
_OWNED_BY_A_MINISTRY = frozenset({"StateNetwork", "Subproject"})


def _ministry_in_the_genitive(
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
    r"|(?P<support>[Uu]nterstützung))\s+(?:des|der)\s+"
)
_PUBLIC_PAYERS = frozenset({"Ministry", "Agency"})
_ABOUT_THE_MONEY = re.compile(r"\b(?:über|zu|zur|zum|nach|um)\s+(?:(?:die|den|eine|einer)\s+)?$")
_WORDS_BEFORE = 16  # characters back from the funding noun to a preposition and its article
_AGENT_AFTER = re.compile(r"\s+(?:durch|vom|von)\b")


def _payer_in_the_genitive(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _PAYER_GENITIVE.finditer(text, *sentence):
        payer = next((m for m in ms if m.start == noun.end()), None)
        if payer is None or not (payer.type in _PUBLIC_PAYERS or is_fund(payer)):
            continue
        if noun.group("support") and not is_fund(payer):
            continue  # "mit Unterstützung des ESF" is money; a ministry's support may be advice
        if _ABOUT_THE_MONEY.search(text, max(sentence[0], noun.start() - _WORDS_BEFORE), noun.start()):
            continue  # "berät über Mittel des Landes", "Fragen zur Förderung des Bundes": spoken of, not received
        if _AGENT_AFTER.match(text, payer.end):  # "die Förderung der Stadt X durch das Land": X is paid for
            continue
        named = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and not is_fund(m)]
        funded = named[0] if named else topic
        if funded is not None and funded is not payer:
            yield RelationFinding(funded, "fundedBy", payer)


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


def _subordinate_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for clause in _SUBORDINATE_FUNDING.finditer(text, *sentence):
        zone = clause.span("zone") if clause.group("zone") is not None else clause.span("zone2")
        if _DENIED.search(text, clause.start(), clause.end()):
            continue
        funders = _introduced(text, ms, *zone)
        if not funders:
            continue
        subject_zone = (
            (zone[0], funders[0].start) if clause.group("zone") is not None else clause.span("reported")
        )
        named = [m for m in actors(ms, *subject_zone) if m.type in PASSIVE_FUNDED and m not in funders]
        funded = named[:1] or ([topic] if topic and _PRONOUN_OPENING.match(text, subject_zone[0]) else [])
        if (
            funded
            and clause.group("aux" if clause.group("zone") is not None else "aux2") in _PLURAL_AUXILIARIES
        ):
            funded = _funded_list(text, ms, funded[0], subject_zone[1])
        yield from (RelationFinding(u, "fundedBy", f) for u in funded for f in funders if f not in funded)


_PRONOUN_OPENING = re.compile(r"(?:es|sie|er|dieses|diese|dieser)\b", re.IGNORECASE)


def is_fund(m: Mention) -> bool:
    """A fund pays rather than being paid for (Europäischer Sozialfonds, AMIF): no topic a later clause means."""
    return m.type == "Programme" and any(part in m.label.lower() for part in lexicon.FUND_NAME_PARTS)


# "Das Angebot, das vom Land Y gefördert wird, …": a noun standing for the unit named before as the antecedent.
_STAND_IN_BEFORE = re.compile(rf"\b(?:{'|'.join(lexicon.FUNDED_STAND_INS)})\s*$")


def _funding_relative_clauses(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for clause in _RELATIVE_FUNDING.finditer(text, *sentence):
        funded = _relative_funded(text, ms, sentence[0], clause, topic)
        funders = _introduced(text, ms, *clause.span("zone")) if funded else []
        yield from (RelationFinding(u, "fundedBy", f) for u in funded for f in funders if f not in funded)


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
    if antecedent is None or clause.group("aux") not in _PLURAL_AUXILIARIES:
        return [antecedent] if antecedent is not None else []
    # "A und B, die … gefördert werden": both, else a noun ("eines von 20 Projekten im Netzwerk X, die …")
    funded = _coordinated_before(text, ms, start, antecedent)
    return funded if len(funded) > 1 else []


# The subject one of the plural noun a relative clause is about: "X ist eines von 16 Landesnetzwerken, die …", "X
# ist einer der Standorte, die …" (the plural noun right before the comma).
_ONE_OF = re.compile(
    r"[“”\"»«]?\s+(?:ist|war|bleibt)\s+(?:(?:seit\s+\S+|bereits|nun)\s+)?(?:eines|einer|eine|eins)\s+"
    r"(?:von\s+(?:\d+|[a-zäöüß]+)|der)\s+(?:[a-zäöüß]\w*en\s+)?[A-ZÄÖÜ][\w-]*(?:en|n|s|e|er)\s*$"
)


def _one_of_them(text: str, ms: list[Mention], start: int, clause: re.Match[str]) -> Mention | None:
    if clause.group("aux") not in _PLURAL_AUXILIARIES:
        return None
    named = [m for m in actors(ms, start, clause.start()) if m.end <= clause.start()]
    if not named or named[-1].type not in PASSIVE_FUNDED or is_fund(named[-1]):
        return None
    return named[-1] if _ONE_OF.fullmatch(text, named[-1].end, clause.start()) else None


# "Finanziell beteiligt sich außerdem der Landkreis Y", "Y beteiligt sich an der Finanzierung" (no genitive), "Y
# beteiligt sich mit 50.000 Euro": the body taking a share of the costs pays for the unit the sentence or the one
# before names.
_FINANCIAL_PART = re.compile(
    r"\b[Ff]inanziell\s+(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\b"
    rf"|\b(?:beteiligt|beteiligte|beteiligen|beteiligten)\s+sich\b[^.;,]{{0,40}}?(?:\bfinanziell\b|\ban\s+den\s+Kosten\b"
    rf"|\bmit\s+(?:(?:rund|etwa|über|insgesamt|knapp)\s+)?{_MONEY}"
    r"|\ban\s+der\s+(?:Ko)?[Ff]inanzierung\b(?!\s+(?:des|der|von)\b))"
)


def _taking_a_financial_part(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    if _FINANCIAL_PART.search(text, *sentence) is None:
        return
    payers = [m for m in actors(ms, *sentence, FUNDERS) if m.type not in PASSIVE_FUNDED - {"Programme"}]
    units = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers]
    funded = units[0] if units else topic
    if payers and funded is not None and payers[0] is not funded:
        yield RelationFinding(funded, "fundedBy", payers[0])


_PLURAL_AUXILIARIES = frozenset({"werden", "wurden", "sind", "waren"})


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
_FUNDING_ATTRIBUTE = re.compile(r"\b(?:ko|mit)?(?:geförderte|finanzierte)[nmrs]?\b")
_ATTRIBUTE_REACH = 80  # characters from the participle to the name it qualifies: "geförderte Projekt „X“"
_MARK_REACH = 160  # characters back from the participle to the mark introducing its funders


def _funding_attributes(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _FUNDING_ATTRIBUTE.finditer(text, *sentence):
        reach = max(sentence[0], cue.start() - _MARK_REACH)
        funders = _funders_right_before(text, ms, reach, cue.start()) or _compound_funder(
            text, ms, cue.start()
        )
        funded = actors(ms, cue.end(), min(sentence[1], cue.end() + _ATTRIBUTE_REACH))
        if funders and funded and funded[0].type in PASSIVE_FUNDED:
            yield from (RelationFinding(funded[0], "fundedBy", f) for f in funders)
        elif funders and not funded:
            yield from _predicate_attribute(text, ms, sentence[0], reach, funders)


def _compound_funder(text: str, ms: list[Mention], participle: int) -> list[Mention]:
    """The funder as the first part of a compound participle: "das ESF-geförderte Projekt X"."""
    if text[participle - 1 : participle] != "-":
        return []
    return [m for m in actors(ms, participle - _MARK_REACH, participle, FUNDERS) if m.end == participle - 1]


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


def _funders_right_before(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    """The funders a mark introduces that run up to `end`: "vom Land X und dem ESF| geförderte"."""
    for mark in reversed(list(FUNDER_MARK.finditer(text, start, end))):
        funders = _introduced(text, ms, mark.start(), end, first_only=True)
        if funders and not text[funders[-1].end : end].strip():
            return funders
    return []


# "Die Finanzierung des Projekts X übernimmt Y", "Die Förderung von X erfolgt durch Y": a funding noun with the
# funded in its genitive (or after von/für), the funder the subject after the verb or after a mark.
_FUNDING_NOUN = re.compile(r"\b(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\s+(?:des|der|von|für)\b")
_TAKE_ON = r"(?:übernimmt|übernahm|übernehmen|übernahmen|trägt|trug|tragen|trugen)"
_TAKING_ON = re.compile(rf"\b{_TAKE_ON}\b")
_PLURAL_TAKING = frozenset({"übernehmen", "übernahmen", "tragen", "trugen"})
_TAKING_PLACE = re.compile(r"\b(?:erfolgt|erfolgte|erfolgen|erfolgten)\b")
# The payer in a "durch"/"von" phrase right after the funded: "die Förderung des Projekts „X“ durch das Land Y"
_PAYER_RIGHT_AFTER = re.compile(r"[“”\"»«]?\s+(?:durch|vom|von\s+der|von\s+dem|seitens)\s")
# "Y übernimmt die Finanzierung des X": the funder before the verb, the funding noun after it.
_TAKES_ON_FUNDING = re.compile(
    rf"\b{_TAKE_ON}\s+(?:die|den)\s+"
    r"(?:Kof|F)(?:inanzierung|örderung)\s+(?:des|der|von|für)\b"
)


def _funding_nouns(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for noun in _FUNDING_NOUN.finditer(text, *sentence):
        funded = actors(ms, noun.end(), min(sentence[1], noun.end() + _ATTRIBUTE_REACH))
        if not funded or funded[0].type not in PASSIVE_FUNDED:
            continue
        taking = _TAKING_ON.search(text, funded[0].end, sentence[1])
        happening = _TAKING_PLACE.search(text, funded[0].end, sentence[1])
        funders: list[Mention] = []
        if _PAYER_RIGHT_AFTER.match(
            text, funded[0].end
        ):  # "Die Förderung des Projekts X durch das Land Y läuft …"
            funders = _introduced(text, ms, funded[0].end, sentence[1], first_only=True)
        elif taking is not None and not text[funded[0].end : taking.start()].strip(' “”"»«'):
            subject = actors(ms, taking.end(), sentence[1], FUNDERS)
            if subject and _ARTICLE_GAP.match(text[taking.end() : subject[0].start]):
                funders = [subject[0]]
        elif happening is not None and not text[funded[0].end : happening.start()].strip(' “”"»«'):
            funders = _introduced(text, ms, happening.end(), sentence[1], first_only=True)
        yield from (RelationFinding(funded[0], "fundedBy", f) for f in funders if f is not funded[0])
    for verb in _TAKES_ON_FUNDING.finditer(text, *sentence):
        agent = [m for m in actors(ms, sentence[0], verb.start(), FUNDERS) if m.end <= verb.start()]
        funded = actors(ms, verb.end(), min(sentence[1], verb.end() + _ATTRIBUTE_REACH))
        if agent and funded and funded[0].type in PASSIVE_FUNDED:
            yield RelationFinding(funded[0], "fundedBy", agent[0])


# "Die Förderung erfolgt (bis 2032) durch Y", "Die Finanzierung durch Y sichert …", "Die Kofinanzierung übernimmt Y",
# "Die Mittel stammen aus dem Y": a funding noun that names its funder but not its funded, which is the unit the
# sentence or the one before names.
_UNOWNED_FUNDING_NOUN = re.compile(
    r"\b(?:Ko)?(?:[Ff]inanzierung|[Ff]örderung)\s+(?:(?:erfolgt|erfolgte|erfolgen|erfolgten)\s+(?:[\w.]+\s+){0,2}?)?"
    r"(?=(?:durch|vom|von\s+der|von\s+dem|aus\s+(?:den\s+)?Mitteln|aus\s+dem|aus\s+der|über\s+(?:den|das|die))\b)"
    rf"|\b(?:Kof|F)(?:inanzierung|örderung)\s+(?P<taking>{_TAKE_ON})\b"
    # the money and where it comes from: "Die Mittel (dafür) stammen aus dem ESF", "Das Geld kommt vom Land X"
    r"|\b(?:Förder|Finanz|Projekt)?(?:[Mm]ittel|[Gg]eld|[Gg]elder)\s+(?:(?:dafür|hierfür)\s+)?"
    r"(?:stammen|stammt|stammten|stammte|kommen|kommt|kamen|kam)\s+(?:[\w.]+\s+){0,3}?(?=(?:aus|vom|von)\b)"
)


def _funding_nouns_of_the_topic(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _UNOWNED_FUNDING_NOUN.finditer(text, *sentence):
        if noun.group("taking"):
            subject = actors(ms, noun.end(), sentence[1], FUNDERS)
            found = subject[:1] if subject and _ARTICLE_GAP.match(text[noun.end() : subject[0].start]) else []
            if (
                found and noun.group("taking") in _PLURAL_TAKING
            ):  # "… übernehmen das Land und die Stadt": both
                found = listed_after(text, ms, found[0].start, sentence[1], FUNDERS)
        else:
            found = _introduced(text, ms, noun.end(), sentence[1], first_only=True)
        named = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in found]
        funded = named[0] if named else topic
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", f) for f in found if f is not funded)


# Who pays, named by a funder noun: "Förderer des Projekts X ist Y", "Y ist Geldgeber des X", "Geldgeber ist Y",
# "Gefördert durch: Y, Z" (a footer: what is funded is the unit named before).
_FUNDER_NOUN = rf"(?:{'|'.join(lexicon.FUNDER_NOUNS)})(?:in|innen|n|s)?"
_COPULA = r"(?:ist|sind|war|waren)"
_FUNDER_OF = re.compile(rf"\b{_FUNDER_NOUN}\s+(?:des|der|von)\b")
_FUNDER_IS = re.compile(
    rf"\b{_FUNDER_NOUN}\s+{_COPULA}\b|\b(?:{_FUNDER_NOUN}|[Gg]efördert\s+(?:durch|von|vom)"
    # a profile's field: "Förderung: Y", "Finanzierung: Y, Z"
    r"|(?<![\w-])(?:Ko)?[Ff]inanzierung|(?<![\w-])Förderung|[Ff]inanziert\s+(?:durch|von|vom))\s*:"
)
_FIELD_VALUE = re.compile(r"\s*(?:(?:der|die|das|dem|den)\s+)?")
_COPULA_AFTER_NAME = re.compile(rf"[“”\"»«]?\s*{_COPULA}\b")
_IS_THE_FUNDER = re.compile(rf"\s+{_COPULA}\s+(?:[\w.]+\s+){{0,3}}$")  # "ist seit 2030 ein wichtiger"


def _funder_nouns(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for noun in _FUNDER_OF.finditer(text, *sentence):
        funded = actors(ms, noun.end(), min(sentence[1], noun.end() + _ATTRIBUTE_REACH))
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
        if not payers or payers[0].start - noun.end() > _FUNDER_REACH:
            continue
        if noun.group().endswith(":") and not _FIELD_VALUE.fullmatch(text, noun.end(), payers[0].start):
            continue  # a field's value is the payer itself: "Förderung: ein Erfolg für die Stadt" names none
        if unit is not None:
            yield from (RelationFinding(unit, "fundedBy", p) for p in payers if p is not unit)


# Money given: "Y unterstützt das Projekt X mit 50.000 Euro", "Y stellt für X 2 Millionen Euro bereit", "Für X stellt
# Y … zur Verfügung", "Y hat dem Projekt X 80.000 Euro bewilligt". Support without money ("Y unterstützt X") is no funding.
_ABOUT = r"(?:(?:rund|etwa|über|mehr\s+als|insgesamt|knapp)\s+)?"
_SUPPORTING_VERB = r"(?:unterstützt|unterstützte|unterstützen|unterstützten)"
_SUPPORT_WITH_MONEY = re.compile(rf"\b{_SUPPORTING_VERB}\b(?P<funded>[^;]{{1,120}}?)\bmit\s+{_ABOUT}{_MONEY}")
# the money fronted, the payer after the verb: "Mit 50.000 Euro unterstützt Y das Projekt X"
_MONEY_FRONTED = re.compile(rf"\b[Mm]it\s+{_ABOUT}{_MONEY}\s+{_SUPPORTING_VERB}\b")
_AND = re.compile(
    r"\s*(?:,|und|sowie)\s*(?:(?:der|die|das)\s+)?"
)  # between two payers: "der Kreis X und die Stadt Y"
# the passive, the payer as its agent: "Das Projekt X wird von Y mit 50.000 Euro unterstützt"
_SUPPORTED_WITH_MONEY = re.compile(
    rf"\b(?:vom|von|durch)\s+(?P<payer>[^;]{{1,120}}?)\s+mit\s+{_ABOUT}{_MONEY}\s+(?:unterstützt|unterstützen)\b"
)
_MONEY_PROVIDED = re.compile(
    rf"\b(?P<verb>stellt|stellte|stellen|stellten|hat|haben|hatte|hatten)\b(?P<between>[^;]{{0,160}}?){_MONEY}\s+"
    r"(?P<close>zur\s+Verfügung(?:\s+gestellt)?|bereit(?:gestellt)?|bewilligt|gewährt)(?![\w-])"
)
# the perfect with its participle ("hat … 80.000 Euro bewilligt"), not "hat 80.000 Euro zur Verfügung" (has them)
_PROVIDING_VERB = frozenset({"stellt", "stellte", "stellen", "stellten"})
_PROVIDING_CLOSE = re.compile(r"zur\s+Verfügung|bereit")
_FOR = re.compile(r"\b[Ff]ür\s+")
# Who may pay for a unit not named after "für" (besides a fund): a ministry, an agency, a body such as the EU or a
# foundation; not a network or programme, which is more likely what is paid for.
_PAYER_TYPES = frozenset({"Ministry", "Agency", "Organisation"})


def _money_given(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for verb in _SUPPORT_WITH_MONEY.finditer(text, *sentence):
        agent = [m for m in actors(ms, sentence[0], verb.start(), FUNDERS) if m.end <= verb.start()]
        supported = actors(ms, *verb.span("funded"))
        if agent and supported and supported[0].type in PASSIVE_FUNDED:
            yield RelationFinding(supported[0], "fundedBy", agent[0])
    for verb in _MONEY_FRONTED.finditer(text, *sentence):
        after = actors(ms, verb.end(), sentence[1])
        payers = after[:1]
        while len(payers) < len(after) and _AND.fullmatch(text, payers[-1].end, after[len(payers)].start):
            payers.append(after[len(payers)])
        rest = after[len(payers) :]
        if rest and all(p.type in FUNDERS for p in payers) and rest[0].type in PASSIVE_FUNDED:
            yield from (RelationFinding(rest[0], "fundedBy", p) for p in payers)
    for verb in _SUPPORTED_WITH_MONEY.finditer(text, *sentence):
        payer = actors(ms, *verb.span("payer"), FUNDERS)
        supported = [m for m in actors(ms, sentence[0], verb.start()) if m.end <= verb.start()]
        if payer and supported and supported[-1].type in PASSIVE_FUNDED:
            yield RelationFinding(supported[-1], "fundedBy", payer[0])
    for verb in _MONEY_PROVIDED.finditer(text, *sentence):
        if (verb.group("verb") in _PROVIDING_VERB) != bool(_PROVIDING_CLOSE.fullmatch(verb.group("close"))):
            continue
        # "für" inside a name ("Bundesministerium für Arbeit") says nothing of whom the money is for
        for_ = next(
            (f for f in _FOR.finditer(text, sentence[0], verb.end()) if not _inside(ms, f.start())), None
        )
        if for_ is not None:
            after = actors(ms, for_.end(), min(sentence[1], for_.end() + _ATTRIBUTE_REACH))
            funded: Mention | None = after[0] if after and after[0].type in PASSIVE_FUNDED else None
            if funded is None and not after:  # "stellt dem Netzwerk X für die Jahre 2030 bis 2033 … bereit"
                funded = next(
                    (m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and not is_fund(m)), None
                )
            payers = _payers_of(text, ms, sentence, verb, funded)[:1]
        else:
            funded, payers = _money_for_the_topic(text, ms, sentence, verb, topic)
        if funded is not None:
            yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)


def _inside(ms: list[Mention], pos: int) -> bool:
    return any(m.start < pos < m.end for m in ms)


def _payers_of(
    text: str, ms: list[Mention], sentence: tuple[int, int], verb: re.Match[str], funded: Mention | None
) -> list[Mention]:
    """The subject providing the money: before the verb, with a plural verb every payer coordinated there ("Die EU
    und das Land stellen …"), else after it ("Für X stellt das Land …")."""
    before = [
        m for m in actors(ms, sentence[0], verb.start(), FUNDERS) if m.end <= verb.start() and m is not funded
    ]
    if before:
        return (
            _coordinated(text, ms, before[0], verb.start())
            if verb.group("verb").endswith("en")
            else before[:1]
        )
    return [m for m in actors(ms, verb.start("between"), verb.end(), FUNDERS) if m is not funded]


def _money_for_the_topic(
    text: str, ms: list[Mention], sentence: tuple[int, int], verb: re.Match[str], topic: Mention | None
) -> tuple[Mention | None, list[Mention]]:
    """Money provided for no one named after "für": for the unit the sentence names, else (with no other body
    named, or "dafür") for the one spoken of before: "Die EU und das Land stellen 2 Millionen Euro zur Verfügung"."""
    payers = [p for p in _payers_of(text, ms, sentence, verb, None) if p.type in _PAYER_TYPES or is_fund(p)]
    named = [
        m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers and not is_fund(m)
    ]
    # a body or place named besides the payers may be who gets the money: "stellt der Stadt Kassel … bereit"
    others = [m for m in ms if sentence[0] <= m.start < sentence[1] and m not in payers]
    if named:
        return named[0], payers
    if others or not _spoken_of(text, topic):
        return None, []
    return topic, payers


# A unit named in the genitive of another quoted name: "die Sonderausschreibung „X“ des Programms „Y“" speaks of X,
# not Y (while "die Beratung des IQ Netzwerks Y" speaks of Y's work).
_GENITIVE_BEFORE = re.compile(r"[“”\"»«]\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$")
_GENITIVE_REACH = (
    40  # characters back from the unit to the noun it is the genitive of: a quote, article and head
)


# The same link read from the unit to its genitive: "„X“ des Programms „Y“" (either name's quotes may be inside it)
_GENITIVE_LINK = re.compile(r"[“”\"»«]?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def unit_spoken_of(text: str, topic: Mention | None, earlier: list[Mention]) -> Mention | None:
    """The unit a text spoke of last: the topic, or where that is the genitive attribute of a quoted name ("die
    Sonderausschreibung „X“ des Programms „Y“"), the unit named right before it (X)."""
    if topic is None or _spoken_of(text, topic):
        return topic
    head = next(
        (m for m in earlier if m.end <= topic.start and _GENITIVE_LINK.fullmatch(text, m.end, topic.start)),
        None,
    )
    return head or topic


def _spoken_of(text: str, topic: Mention | None) -> bool:
    """Whether the topic is what the text spoke of: a unit, not a fund, not the genitive attribute of a noun."""
    if topic is None or is_fund(topic):
        return False
    return _GENITIVE_BEFORE.search(text, max(0, topic.start - _GENITIVE_REACH), topic.start) is None


# A payer as the subject opening the sentence, what it pays for a common noun the text does not name as a unit: "Das
# Land X kofinanziert die Anerkennungsberatung", "Der Bund und das Land finanzieren die Kurse gemeinsam", "Die Stiftung
# Y unterstützt die Beratung finanziell". It is the work of the unit spoken of before, which the payer funds. Plain
# "fördern" is left out: "Das Land fördert die Integration" promotes a cause, it need not pay.
_PAYER_OPENS = re.compile(r"\s*(?:(?:Der|Die|Das)\s+)?$")
_FUNDING_VERB_NEXT = re.compile(
    r"\s+(?P<verb>(?:ko|mit)?(?:finanziert|finanzierte|finanzieren|finanzierten)|(?:ko|mit)(?:fördert|förderte|fördern|förderten)"
    r"|(?:unterstützt|unterstützte|unterstützen|unterstützten)(?=[^.;]*\bfinanziell\b))\s+"
    r"(?:[\w.]+\s+){0,2}?(?:die|den|das)\s+[\w-]+"
)


def _unnamed_object_paid_for(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = [m for m in ms if sentence[0] <= m.start < sentence[1]]
    if (
        topic is None
        or not _spoken_of(text, topic)
        or not named
        or not _PAYER_OPENS.fullmatch(text, sentence[0], named[0].start)
    ):
        return
    payers = [named[0]]
    for m in named[1:]:
        if not COORDINATION_LINK.match(text[payers[-1].end : m.start]):
            break
        payers.append(m)
    verb = _FUNDING_VERB_NEXT.match(text, payers[-1].end)
    plural = verb is not None and _PLURAL_VERB.fullmatch(verb.group("verb")) is not None
    if verb is None or len(payers) != len(named) or (len(payers) > 1) != plural:
        return  # something else named (what is paid for, a place), or subject and verb do not agree
    if all(p.type in _PAYER_TYPES or is_fund(p) for p in payers):
        yield from (RelationFinding(topic, "fundedBy", p) for p in payers)


# Who bears the costs pays: "Die Kosten (des Projekts X) trägt das Land Y", "Das Land Y übernimmt die Personalkosten",
# the unit the costs are of named after the noun, else in the sentence, else the one spoken of. Costs of something
# else are not the unit's ("Die Kosten für die Anerkennung übernimmt das Jobcenter": the applicant's).
_COST_NOUN = r"(?:Personal|Sach|Projekt|Gesamt)?[Kk]osten"
_BEAR = r"(?:trägt|trug|tragen|trugen|übernimmt|übernahm|übernehmen|übernahmen)"
_COSTS_FIRST = re.compile(
    rf"\b{_COST_NOUN}\b(?P<of>[^.;,]{{0,60}}?)\s+{_BEAR}\s+(?:[\w.]+\s+){{0,2}}?(?=(?:die|der|das|den)\s)"
)
_COSTS_LAST = re.compile(
    rf"\b{_BEAR}\s+(?:[\w.]+\s+){{0,3}}?(?:die|alle|sämtliche)\s+(?:[a-zäöüß]\w*e[nr]?\s+)?{_COST_NOUN}\b"
    r"(?P<of>(?:\s+(?:für|des|der|von)\s[^.;,]{0,60})?)"
)
_OF_SOMETHING = re.compile(r"\s*(?:für|des|der|von)\s")


def _costs_borne(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _COSTS_FIRST.finditer(text, *sentence):
        first = actors(ms, cue.end(), sentence[1])[:1]  # and those coordinated with it: "tragen A und B"
        payers = listed_after(text, ms, first[0].start, sentence[1], FUNDERS) if first else []
        yield from _costs_of(text, ms, sentence, cue, payers, topic)
    for cue in _COSTS_LAST.finditer(text, *sentence):
        before = actors(ms, sentence[0], cue.start())
        payers = before[:1] if before and _PAYER_OPENS.fullmatch(text, sentence[0], before[0].start) else []
        yield from _costs_of(text, ms, sentence, cue, payers, topic)


def _costs_of(
    text: str,
    ms: list[Mention],
    sentence: tuple[int, int],
    cue: re.Match[str],
    payers: list[Mention],
    topic: Mention | None,
) -> Iterator[RelationFinding]:
    if not payers or not all(p.type in _PAYER_TYPES or is_fund(p) for p in payers):
        return
    of = actors(ms, *cue.span("of"))
    if of:
        funded: Mention | None = of[0] if of[0].type in PASSIVE_FUNDED else None
    elif _OF_SOMETHING.match(cue.group("of")):
        funded = None  # the costs of something the text does not name as a unit
    else:
        named = [m for m in actors(ms, *sentence) if m.type in PASSIVE_FUNDED and m not in payers]
        funded = named[0] if named else topic if _spoken_of(text, topic) else None
    if funded is not None:
        yield from (RelationFinding(funded, "fundedBy", p) for p in payers if p is not funded)


# A payer's short name joined to the head noun of a programme or project: "das ESF-Bundesprogramm „X“", "das
# BMAS-Modellprojekt „Y“" (a ministry or fund names who pays; a body's name there names the carrier, read elsewhere).
_COMPOUND_HEAD = re.compile(
    r"-(?:[A-ZÄÖÜ]?[a-zäöüß]*(?:[Pp]rogramm|[Pp]rojekt|[Aa]ngebot))(?:e?s)?\s+[„\"»]?"
)


def _compound_payer(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for payer, unit in zip(named, named[1:], strict=False):
        if not (payer.type in _PUBLIC_PAYERS or is_fund(payer)) or unit.type not in PASSIVE_FUNDED:
            continue
        head = _COMPOUND_HEAD.match(text, payer.end)
        # the unit's name after the head, or its mention beginning at the head ("-Projekt „X“")
        if head and unit.start in (payer.end + 1, head.end()):
            yield RelationFinding(unit, "fundedBy", payer)


# A body's programme as the instrument it supports or funds with: "Mit dem Förderprogramm „X“ unterstützt das
# Bundesministerium Y …", "Das Ministerium Y unterstützt mit seinem Programm X …", "Seit 2030 unterstützt das
# Ministerium Y im Rahmen des Programms X …" (a ministry or agency supporting through a programme pays for it).
_PROGRAMME_HEAD_WORD = r"(?:\w+-)?(?:Bundes|Förder|Landes|Sonder)?[Pp]rogramm(?:e?s)?"
_THROUGH = r"(?:{m}it\s+(?:dem|seinem|ihrem)|{i}m\s+Rahmen\s+(?:des|seines|ihres)|{u}ber\s+(?:das|sein|ihr))"
_WITH_THE_PROGRAMME = re.compile(
    rf"(?<![\w-])(?:(?P<first>{_THROUGH.format(m='M', i='I', u='Ü')})|{_THROUGH.format(m='m', i='i', u='ü')})"
    rf"\s+{_PROGRAMME_HEAD_WORD}\s+"
)
_SUPPORTING = r"(?:unterstützt|unterstützte|unterstützen|unterstützten|fördert|förderte|fördern|förderten)"
_VERB_THEN_PAYER = re.compile(rf"[“”\"»«]?\s+{_SUPPORTING}\s+(?:die|der|das|den)\s+$")
_PAYER_THEN_VERB = re.compile(rf"\s+{_SUPPORTING}\s+(?:[\w.]+\s+){{0,2}}?$")
_ADVERBS_BEFORE = re.compile(r"\s+(?:[\w.]+\s+){0,2}?$")  # "das Ministerium Y seit 2030 mit dem Programm"
_NAME_RIGHT_AFTER = 2  # an opening quotation mark between the head noun and the programme's name


def _programme_as_instrument(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for cue in _WITH_THE_PROGRAMME.finditer(text, *sentence):
        programme = next(
            (m for m in named if cue.end() - 1 <= m.start <= cue.end() + _NAME_RIGHT_AFTER), None
        )
        if programme is None or programme.type != "Programme" or is_fund(programme):
            continue
        payer = _instrument_s_payer(text, sentence, named, cue, programme)
        if payer is not None and payer.type in _PUBLIC_PAYERS:
            yield RelationFinding(programme, "fundedBy", payer)


def _instrument_s_payer(
    text: str, sentence: tuple[int, int], named: list[Mention], cue: re.Match[str], programme: Mention
) -> Mention | None:
    """The subject supporting with the programme: after the verb that follows a fronted phrase, opening the
    sentence before its verb, or right after a verb that comes before the phrase."""
    if cue.group("first"):
        payer = next((m for m in named if m.start > programme.end), None)
        verb_between = payer is not None and _VERB_THEN_PAYER.fullmatch(text, programme.end, payer.start)
        return payer if verb_between else None
    before = [m for m in named if m.end <= cue.start()]
    if not before:
        return None
    opening = _PAYER_OPENS.fullmatch(text, sentence[0], before[0].start) and _PAYER_THEN_VERB.fullmatch(
        text, before[0].end, cue.start()
    )
    if opening and len(before) == 1:
        return before[0]
    inverted = _VERB_THEN_PAYER.search(text, sentence[0], before[-1].start) and _ADVERBS_BEFORE.fullmatch(
        text, before[-1].end, cue.start()
    )
    return before[-1] if inverted and len(before) == 1 else None


# The payer's short name joined to the money: "aus ESF-Mitteln", "mit BMAS-Fördermitteln", "dank der ESF-Förderung";
# what is paid for is the unit the sentence names, else the one spoken of.
_MONEY_AFTER_THE_HYPHEN = re.compile(
    r"-(?:Förder|Projekt)?(?:[Mm]itteln?|[Gg]eld(?:er|ern)?|[Ff]örderung|[Ff]inanzierung)\b"
)


def _compound_money(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence)
    for payer in named:
        if not (payer.type in _PUBLIC_PAYERS or is_fund(payer)) or not _MONEY_AFTER_THE_HYPHEN.match(
            text, payer.end
        ):
            continue
        if _ABOUT_THE_MONEY.search(text, max(sentence[0], payer.start - _WORDS_BEFORE), payer.start):
            continue  # "Fragen zu ESF-Mitteln": spoken of, not received
        units = [m for m in named if m.type in PASSIVE_FUNDED and not is_fund(m) and m is not payer]
        funded = units[0] if units else topic if _spoken_of(text, topic) else None
        if funded is not None:
            yield RelationFinding(funded, "fundedBy", payer)


# A payer funding the unit spoken of, named by a pronoun or a noun standing for it: "Das Land X fördert es mit 2 Mio.
# Euro", "Seit 2021 finanziert das Land X das Angebot", "Die Stadt Y unterstützt dieses Projekt finanziell".
_PAYING_VERB = (
    r"(?:ko|mit)?(?:fördert|förderte|fördern|förderten|finanziert|finanzierte|finanzieren|finanzierten)"
    r"|(?:unterstützt|unterstützte|unterstützen|unterstützten)(?=[^.;]{0,80}\bfinanziell\b)"
)
_STAND_IN_OBJECT = re.compile(
    rf"\s+(?:{_PAYING_VERB})\s+(?:(?:seit|bereits|schon|auch|zudem|weiterhin|nun)\s+(?:\d{{4}}\s+)?)?"
    rf"(?:es|(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\b"
)
_VERB_BEFORE_PAYER = re.compile(rf"\s(?:{_PAYING_VERB})\s+(?:der|die|das|den)\s+$")


def _stand_in_object(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    named = actors(ms, *sentence, _WITH_PLACES)
    if topic is None or not _spoken_of(text, topic) or len(named) != 1:
        return  # one payer named and nothing else: a unit or a place named there may be what is funded
    payer = named[0]
    if not (payer.type in _PAYER_TYPES or is_fund(payer)):
        return
    opening = _PAYER_OPENS.fullmatch(text, sentence[0], payer.start) and _STAND_IN_OBJECT.match(
        text, payer.end
    )
    inverted = _VERB_BEFORE_PAYER.search(text, sentence[0], payer.start) and _OBJECT_AFTER_PAYER.match(
        text, payer.end
    )
    if opening or inverted:
        yield RelationFinding(topic, "fundedBy", payer)


_WITH_PLACES = ACTORS | {
    "Place"
}  # "Das Land X finanziert die Beratung in Kassel": maybe another's work there
_OBJECT_AFTER_PAYER = re.compile(
    rf"\s+(?:es|(?:das|die|den|dieses|diese|diesen)\s+(?:{'|'.join(lexicon.FUNDED_STAND_INS)}))\b"
)
