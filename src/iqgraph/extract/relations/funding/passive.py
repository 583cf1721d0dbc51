"""Funding said by a passive clause: "X wird aus Mitteln des Y gefördert", "X wird dabei finanziell vom Land Y
unterstützt", "X wird gefördert durch das BMAS und kofinanziert durch den ESF": the funded before or right after
the auxiliary, the funders in the clause of the participle (its middle field, after it, or fronted), and the
programme a project is funded in. verbs.py finds the passive and hands each clause here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from ...text.spans import Mention
from ..actors import RelationFinding, actors, attribute_of_an_event, clause_after_fronted, subject_before
from .marks import ADVERBIAL, ARTICLE_GAP, FUNDED, PASSIVE_FUNDED, PLURAL_AUXILIARIES, funded_list, introduced

__all__ = ["PASSIVE_FUNDING", "PASSIVE_SUPPORT", "passive_funding"]

# The finite verb of a passive: its auxiliary, or a modal with "werden" after the participle ("X soll auch künftig
# vom Y gefördert werden").
_FINITE_OF_A_PASSIVE = (
    r"wird|werden|wurde|wurden|ist|sind|war|soll|sollen|sollte|sollten|kann|können|muss|müssen"
)
# (a semicolon closes the clause: "X wird von Y umgesetzt; finanziell unterstützt wird es durch Z")
PASSIVE_FUNDING = re.compile(rf"\b(?:{_FINITE_OF_A_PASSIVE})\b(?P<zone>[^;:]{{0,220}}?)\b{FUNDED}\b")
# Support is funding when the passive's middle field says it is financial: "X wird dabei finanziell vom Land Y
# unterstützt", "X wird seit 2020 finanziell durch die Stiftung Y unterstützt".
PASSIVE_SUPPORT = re.compile(
    rf"\b(?:{_FINITE_OF_A_PASSIVE})\b(?P<zone>[^;]{{0,100}}?\bfinanziell\s[^;.]{{0,120}}?)\bunterstützt\b"
)


def passive_funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None, passive: re.Match[str]
) -> Iterator[RelationFinding]:
    s, e = sentence
    zone = [passive.start("zone"), passive.end("zone")]
    if _in_a_relative_clause(text, ms, *zone):
        return  # "X ist Teil des Programms Y, das vom Z gefördert wird": the relative clause reader's
    if clause_after_fronted(text, *zone) == zone[1]:
        return  # ", gefördert wird es vom Land Z": the participle opens a clause of its own (the fronted reader's)
    zone[0] = _clause_start(text, clause_after_fronted(text, *zone), zone[1])
    if _COMMA_BEFORE_THE_PARTICIPLE.search(text, zone[0], zone[1]):
        # "Getragen wird es vom Verein Y, gefördert vom Land Z": Y is no payer, Z after the participle is
        zone[0] = zone[1]
    denied = _DENIED.search(text, zone[0], zone[1])
    instead_after = _INSTEAD_AFTER.match(text, passive.end(), e) if denied else None
    if denied:
        # "X wird nicht vom Land, sondern von der Stadt Y gefördert" (or "… nicht vom Land gefördert, sondern von
        # der Stadt Y"): the payers after "sondern" fund it
        instead = _INSTEAD.search(text, denied.end(), zone[1])
        if instead is None and instead_after is None:
            return  # "X wird nicht mehr vom Land gefördert", "… wird künftig nicht vom Y finanziert": no funding
        zone[0] = instead.end() if instead is not None else zone[1]
    funders = introduced(text, ms, zone[0], zone[1])
    if instead_after is not None and not funders:
        funders = introduced(text, ms, instead_after.start("mark"), e, first_only=True)
    # "wird finanziert vom BMAS", "wird gefördert im Rahmen des Programms X durch das BMAS"
    if not funders:
        mark = _POSTPOSED_FUNDER_MARK.match(text, passive.end())
        funders = introduced(text, ms, mark.start("mark"), e, first_only=True) if mark else []
    if not funders and _FRONTED_FUNDER_MARK.match(text, s):  # "Aus Mitteln des ESF wird X gefördert"
        funders = introduced(text, ms, s, passive.start(), first_only=True)
    funders += [f for f in _coordinated_participle(text, ms, passive.end(), e) if f not in funders]
    aux = _finite_auxiliary(text, passive.start(), zone[0])
    subject = _passive_subject(text, ms, s, aux, passive.end("zone"), topic)
    if subject is not None and subject.type in _FUNDED_IN_A_PROGRAMME:
        # "X wird im Förderprogramm P gefördert" (or after the participle in its clause: "… gefördert im Programm
        # P"), with its payers or without: the programme a project is funded in (a network is the programme's part)
        comma = text.find(",", passive.end(), e)
        in_programme = _programme_funded_in(text, ms, zone[0], comma if comma >= 0 else e)
        funders += [p for p in in_programme if p not in funders]
    if subject is not None:
        # "Die Projekte A und B werden vom Land gefördert": each unit of a plural subject
        plural = aux.group() in PLURAL_AUXILIARIES
        units = funded_list(text, ms, subject, passive.end("zone")) if plural else [subject]
        yield from (RelationFinding(u, "fundedBy", f) for u in units for f in funders if f not in units)


# The funding participle right after a comma opens a phrase of its own, its payers after it; the names before the
# comma belong to the clause the auxiliary opened ("Umgesetzt wird es von Y, finanziert durch Z").
_COMMA_BEFORE_THE_PARTICIPLE = re.compile(r",\s*$")


# A negation in the passive's middle field ("nicht nur vom Land, sondern auch …" still says it is funded)
_DENIED = re.compile(r"\b(?:nicht(?!\s+nur\b)|kein|keine|keinen|keinesfalls|keineswegs|nie|niemals)\b")


_INSTEAD = re.compile(r",?\s+sondern\s")
_INSTEAD_AFTER = re.compile(r"\s*,\s*sondern\s+(?:(?:auch|nur|allein)\s+)?(?P<mark>vom|von|durch|aus)\b")


# The programme a unit is funded in, in the passive's clause: "X wird im Förderprogramm „P“ gefördert", "… im
# Rahmen des Bundesprogramms P gefördert", "… wird gefördert im Programm P".
_IN_A_PROGRAMME = re.compile(
    r"\b(?:im|im\s+Rahmen\s+des)\s+(?:\w+-)?(?:Bundes|Förder|Landes|Sonder)?[Pp]rogramms?\s+[„\"»]?"
)


_FUNDED_IN_A_PROGRAMME = frozenset({"Subproject", "CoordinationOffice"})


def _programme_funded_in(text: str, ms: list[Mention], start: int, end: int) -> list[Mention]:
    after_head = {cue.end(): cue for cue in _IN_A_PROGRAMME.finditer(text, start, end)}
    return [m for m in actors(ms, start, end, frozenset({"Programme"})) if m.start in after_head][:1]


_AUXILIARY = re.compile(rf"\b(?:{_FINITE_OF_A_PASSIVE})\b")


def _finite_auxiliary(text: str, start: int, clause: int) -> re.Match[str]:
    """The auxiliary of the funding participle's clause: the passive's first, or a later one that opens the
    clause ("X, das von der Y koordiniert wird, wird vom Z gefördert": the second)."""
    inside = list(_AUXILIARY.finditer(text, start, clause))
    return inside[-1] if inside else cast(re.Match[str], _AUXILIARY.match(text, start))


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
# Rahmen des Programms X aus Mitteln des ESF", "wird finanziert aus Landesmitteln des Ministeriums Y".
# characters from the participle to the mark: a phrase "im Rahmen des Förderprogramms X"
_POSTPOSED_REACH = 80
_POSTPOSED_FUNDER_MARK = re.compile(
    rf"\s*:?\s+(?:[^,;:.]{{0,{_POSTPOSED_REACH}}}?\s)??(?P<mark>durch|vom|von|aus\s+(?:den\s+)?(?:[A-ZÄÖÜ][a-zäöü]*)?[Mm]itteln|mit\s+Mitteln)\b"
)
# A relative clause in the middle field ("X ist Teil des Programms Y, das vom Z gefördert wird"), closed by no comma
# but one that links a list of funders ("vom BMAS, dem BMBF und der BA").
_RELATIVE_OPENING = re.compile(r",\s+(?:das|der|die|welches|welcher|welche)\s")
_CLAUSE_COMMA = re.compile(r",(?!\s+(?:der|die|das|dem|den|des|vom|von|durch|aus)\s)")


# A second participle coordinated with the first names more funders: "X wird vom BMAS gefördert und vom ESF
# kofinanziert", "X wird durch das Land gefördert und kofinanziert durch den ESF".
_AND_FUNDED = re.compile(  # (adverbials first: "… gefördert und seit 2015 aus Mitteln des ESF kofinanziert")
    rf"\s+(?:und|sowie)\s+(?:{ADVERBIAL}\s+)*(?P<zone>(?:vom|von|durch|aus|mit)\s[^,;.]{{0,{_POSTPOSED_REACH}}}?\s)?{FUNDED}\b"
)


def _coordinated_participle(text: str, ms: list[Mention], participle_end: int, end: int) -> list[Mention]:
    coordinated = _AND_FUNDED.match(text, participle_end, end)
    if coordinated is None:
        return []
    if coordinated.group("zone"):
        return introduced(text, ms, *coordinated.span("zone"))
    mark = _POSTPOSED_FUNDER_MARK.match(text, coordinated.end(), end)
    return introduced(text, ms, mark.start("mark"), end, first_only=True) if mark else []


def _in_a_relative_clause(text: str, ms: list[Mention], start: int, participle: int) -> bool:
    """Whether the participle closes a relative clause opened in the passive's middle field (no comma after it); a
    name right after ", das" is a list's next member with its article ("durch das A, das B und die C gefördert")."""
    named_next = {m.start for m in ms}
    openings = [o for o in _RELATIVE_OPENING.finditer(text, start, participle) if o.end() not in named_next]
    return bool(openings) and _CLAUSE_COMMA.search(text, openings[-1].end(), participle) is None


# The funders first in the sentence, before the auxiliary: "Aus Mitteln des ESF wird das Projekt X gefördert",
# "Vom Land Y werden die Kurse finanziert".
_FRONTED_FUNDER_MARK = re.compile(r"\s*(?:Aus\s+(?:den\s+)?Mitteln|Mit\s+Mitteln|Vom|Von|Durch)\b")


def _passive_subject(
    text: str,
    ms: list[Mention],
    sentence_start: int,
    aux: re.Match[str],
    zone_end: int,
    topic: Mention | None,
) -> Mention | None:
    """Who is funded: the actor right after the auxiliary ("Seit 2020 wird das Projekt X …"), else the first
    actor of the auxiliary's clause (a name around another first: "die Koordinierungsstelle des Netzwerks Y"),
    else the sentence's first actor, else the `topic`; none where the first actor is the owner of an unnamed unit
    or event ("Die Tagung des Netzwerks Y wird vom Land gefördert")."""
    after = _outermost(actors(ms, aux.end(), zone_end))
    if after and (
        ARTICLE_GAP.match(text[aux.end() : after[0].start])
        or _ARTICLE_AND_HEAD_GAP.fullmatch(text, aux.end(), after[0].start)
    ):
        return after[0] if after[0].type in PASSIVE_FUNDED else topic
    comma = text.rfind(",", sentence_start, aux.start())
    clause = _outermost(actors(ms, comma + 1, aux.start())) if comma >= 0 else []
    subject = clause[0] if clause else subject_before(_outermost(ms), aux.start())
    if subject is not None and (
        _OWNER_OF_A_UNIT.search(text, max(0, subject.start - _OWNER_REACH), subject.start)
        or attribute_of_an_event(text, subject)
    ):
        return None
    if (
        subject is not None
        and not clause
        and _GOVERNED.search(text, max(0, subject.start - _OWNER_REACH), subject.start)
    ):
        # "Es ist Teil des Netzwerks Y und wird vom Land gefördert": the pronoun is the subject, Y is governed
        return topic if _OPENING_PRONOUN.match(text, sentence_start) else None
    return subject if subject is not None and subject.type in PASSIVE_FUNDED else topic


# The subject right after the auxiliary with its head noun: "Anders als das Programm Y wird das Programm „X“ vom
# Bund gefördert", "Im Gegensatz zu Y wird die Beratungsstelle X vom Land finanziert" (whatever stands fronted
# before the auxiliary, a comparison or an adverbial, is not what is funded).
_ARTICLE_AND_HEAD_GAP = re.compile(r"\s+(?:auch\s+)?(?:der|die|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def _outermost(named: list[Mention]) -> list[Mention]:
    """The names in their order, none inside another ("Koordinierungsstelle des IQ Netzwerks Y" holds the network)."""
    return sorted(
        (
            m
            for m in named
            if not any(
                o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in named
            )
        ),
        key=lambda m: m.start,
    )


# A unit named by a common noun, the body after it its owner in the genitive: "Die Anerkennungsberatung des IQ
# Netzwerks Y", "Das Teilprojekt der Stiftung Z", "Die Fachstelle Lernweg des Netzwerks Y" (what the passive funds
# is the unit, which is not named here or not read as a name).
_OWNER_OF_A_UNIT = re.compile(
    r"\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?:[a-zäöü]\w*(?:e|en)\s+)?"
    r"[A-ZÄÖÜ][\w-]*(?:[Pp]rojekt|[Ss]telle|[Bb]eratung|[Zz]entrum|[Bb]üro|[Kk]urs|[Aa]ngebot)e?(?:\s+[„\"»]?[A-ZÄÖÜ][\w-]*[“\"«]?){0,3}\s+(?:des|der)\s+$"
)
# A name after a preposition or in a genitive after a noun is no subject: "Es ist Teil des Netzwerks Y und wird …"
_GOVERNED = re.compile(
    r"(?:\b(?:im|in|beim|bei|am|vom|von|zum|zur|mit|für|aus|über)|[a-zäöüß]\s+des)\s+(?:[\w-]+\s+)?[„\"»]?$"
)
_OPENING_PRONOUN = re.compile(r"\s*(?:Es|Sie|Er)\s")
_OWNER_REACH = 60  # characters back from the owner to the article of the unit's noun
