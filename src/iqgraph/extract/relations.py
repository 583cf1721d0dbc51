"""Ties between organisations, read sentence by sentence from cue phrases.

    fundedBy               "X wird aus (den) Mitteln des Y gefördert", "gefördert durch / vom Y",
                           "finanziert vom Y", "Y fördert / finanziert X", "mit Mitteln des Y",
                           "Programm „X“ des Bundes und der Y"
    implementationPartner  "Partner in der Umsetzung sind Y und Z" (of the programme)
    partOf                 "X ist Teil des Y", "X gehört zum Y", "als Teil des Y"
    hostedBy               "X ist beim Y angesiedelt", "Die Koordination des X liegt bei Y",
                           "X wird vom Y koordiniert", "Träger (des X) ist Y", "in Trägerschaft des Y",
                           "unter dem Dach von Y", "Y als (Gesamt)Koordinator des X",
                           "Bei Y liegt die Koordination des X", "das Y-Projekt „X“"
    memberOf               "Partner im Netzwerk sind Y und Z", "Y ist Mitglied/Partner im X",
                           "Y ist im X als Partner aktiv"
    locatedIn              "Y mit Sitz in Z", "Y aus Z"
Subjects default to the first organisation the sentence names, which may be a generic mention
("Das Programm", "das Landesnetzwerk") standing for the release's main programme or network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import lexicon
from .mentions import Mention

_ACTORS = frozenset(
    {"Programme", "StateNetwork", "CoordinationOffice", "Subproject", "Ministry", "Agency", "Organisation"}
)
_CARRIERS = frozenset({"Organisation", "Agency", "Ministry"})
_FUNDERS = frozenset({"Programme", "Ministry", "Agency", "Organisation", "StateNetwork"})


@dataclass(frozen=True)
class RelationFinding:
    subject: Mention
    predicate: str
    object: Mention


def find_relations(
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    programme: Mention | None,
    topic: Mention | None = None,
    earlier: list[Mention] | None = None,
    network: Mention | None = None,
) -> list[RelationFinding]:
    """`topic`: the actor the previous sentence named last, which a pronoun subject ("Es wird …") stands for;
    `earlier`: the mentions before the sentence, where a clause without its network finds the one it means;
    `network`: the release's network, what the programme "auf Landesebene" or "in <Land>" stands for."""
    s, e = sentence
    here = [
        _as_the_network(text, m, network)
        for m in mentions
        if s <= m.start < e and m.type in _ACTORS | {"Place"}
    ]
    coordinated = [m for m in earlier or [] if m.type in _COORDINATED]
    last_coordinated = coordinated[-1] if coordinated else None
    found = [
        *_funding(text, sentence, here, _pronoun_topic(text, sentence, topic)),
        *_fronted_funding(text, sentence, here),
        *_partners(text, sentence, here, programme),
        *_members(text, sentence, here, _last_alliance(earlier or [])),
        *_part_of(text, sentence, here),
        *_hosted(text, sentence, here, last_coordinated),
        *_programme_owner(text, here),
        *_seat(text, here),
        *_cued(text, sentence, here, _pronoun_topic(text, sentence, topic)),
        *_relative(text, sentence, here, last_coordinated),
    ]
    return [f for f in found if f.subject.key != f.object.key]


# "das IQ-Programm auf Landesebene", "das Netzwerk IQ in Nordrhein-Westfalen": the programme in one Land
_IN_A_LAND = re.compile(
    rf"(?:-\w+)?\s+(?:auf\s+Landesebene|im\s+Land\b|in\s+(?P<land>{'|'.join(re.escape(x) for x in lexicon.LAENDER)}))"
)


def _as_the_network(text: str, m: Mention, network: Mention | None) -> Mention:
    """The programme named with its Land stands for the release's network (unless that one names another Land)."""
    where = _IN_A_LAND.match(text, m.end) if m.type == "Programme" and network is not None else None
    if where is None or network is None or _names_another_land(network, where.group("land")):
        return m
    return replace(m, type="StateNetwork", key=network.key, label=network.label)


def _names_another_land(network: Mention, land: str | None) -> bool:
    return land is not None and any(x in network.label for x in lexicon.LAENDER if x != land)


def _actors(ms: list[Mention], start: int, end: int, types: frozenset[str] = _ACTORS) -> list[Mention]:
    return [m for m in ms if start <= m.start < end and m.type in types]


def _subject_before(ms: list[Mention], pos: int) -> Mention | None:
    before = _actors(ms, 0, pos)
    return before[0] if before else None


_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:Es|Er|Sie|Dieses|Dieser|Diese)\s+(?:wird|werden|wurde|wurden|ist|sind|war)\b"
)
_FUNDED = r"(?:ko|mit)?(?:gefördert|finanziert)"
_PASSIVE_FUNDING = re.compile(
    rf"\b(?:wird|werden|wurde|wurden|ist|sind|war)\b(?P<zone>.{{0,220}}?)\b{_FUNDED}\b"
)
_FUNDER_MARK = re.compile(r"\b(?:aus\s+(?:den\s+)?Mitteln|mit\s+Mitteln|durch|vom|von|über|aus)\b")
_ACTIVE_FUNDING = re.compile(rf"\b(?:{_FUNDED}|unterstützt)\s+(?:durch|vom|von\s+der|von)\b")
_ACTIVE_VERB = re.compile(r"\b(?:fördert|finanziert|förderte|finanzierte)\b")


# "Partner im Netzwerk sind A und B", "Zum Netzwerk gehören A, B und C", "Dazu gehören …", "Mitglieder sind …":
# every organisation listed after the cue is a member of the network (or alliance) the cue names or means.
_MEMBER_CUE = re.compile(
    r"\b(?:Partner(?:innen)?|Mitglieder)\s+(?:im|des|der)\s+\w+\s+(?:sind|waren)\b"
    r"|\b(?:Zum|Zur)\s+[^.;:]{1,60}?\s+gehören\b|\bDazu\s+gehören\b|\b(?:Mitglieder|Partner(?:innen)?)\s+sind\b"
)
_MEMBER_TYPES = frozenset({"Organisation", "Agency", "Ministry", "StateNetwork"})
_ALLIANCES = frozenset({"StateNetwork", "Organisation"})


_ALLIANCE_HEADS = (
    "Bündnis",
    "Netzwerk",
    "Verbund",
    "Allianz",
    "Arbeitskreis",
    "Arbeitsgemeinschaft",
    "Initiative",
)


def _last_alliance(earlier: list[Mention]) -> Mention | None:
    """The network or alliance named last: what "Dazu gehören …" lists the members of."""
    found = [m for m in earlier if m.type == "StateNetwork" or m.label.startswith(_ALLIANCE_HEADS)]
    return found[-1] if found else None


def _members(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _MEMBER_CUE.finditer(text, *sentence):
        named = [m for m in ms if cue.start() <= m.start < cue.end() and m.type in _ALLIANCES]
        whole = named[0] if named else earlier
        if whole is None:
            continue
        for member in _listed_after(text, ms, cue.end(), sentence[1], _MEMBER_TYPES):
            if member.key != whole.key:
                yield RelationFinding(member, "memberOf", whole)


# "Gefördert wird das Netzwerk vom A und vom B": the participle first, the funded next, the funders after
# "von/vom/durch/aus Mitteln".
_FRONTED_FUNDING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Ko|Mit)?(?:[Gg]efördert|[Ff]inanziert)\s+(?:wird|werden|wurde|wurden)\b"
)


def _fronted_funding(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _FRONTED_FUNDING.finditer(text, *sentence):
        mark = _FUNDER_MARK.search(text, cue.end(), sentence[1])
        funded = _actors(ms, cue.end(), mark.start() if mark else sentence[1])
        if mark and funded:
            for funder in _introduced(text, ms, mark.start(), sentence[1], first_only=True):
                yield RelationFinding(funded[0], "fundedBy", funder)


def _pronoun_topic(text: str, sentence: tuple[int, int], topic: Mention | None) -> Mention | None:
    """The topic, where the sentence opens with a pronoun subject ("Es wird von … gefördert")."""
    return topic if topic is not None and _PRONOUN_SUBJECT.match(text, sentence[0]) else None


# Inside the passive frame, a later auxiliary or a coordinated participle opens a new clause: "X ist … und wird
# vom Y gefördert", "X wird von Z durchgeführt und vom Y gefördert" - only the last clause names the funders.
_ZONE_RESTART = re.compile(
    r"\b(?:wird|werden|wurde|wurden|ist|sind|war)\b|\b[a-zäöüß]\w*(?:t|en)\s*(?:,|und\b|sowie\b)"
)
_FUNDER_REACH = 24  # characters between a mark and the funder it introduces: "aus Mitteln des Landes"
_ARTICLE_GAP = re.compile(
    r"^\s+(?:(?:der|die|das|den|dem|des)\s+)?$"
)  # "wird das Projekt X": V2, subject second


def _introduced(
    text: str, ms: list[Mention], start: int, end: int, first_only: bool = False
) -> list[Mention]:
    """The funders a mark introduces ("vom Y", "aus Mitteln des Y und des Z") between start and end."""
    found: list[Mention] = []
    for mark in _FUNDER_MARK.finditer(text, start, end):
        after = _actors(ms, mark.end(), end)
        if not after or after[0].start - mark.end() > _FUNDER_REACH or after[0].type not in _FUNDERS:
            continue
        chain = [after[0]]
        for m in after[1:]:
            if m.type not in _FUNDERS or not _COORDINATION_LINK.match(text[chain[-1].end : m.start]):
                break
            chain.append(m)
        found += [m for m in chain if m not in found]
        if first_only:
            break
    return found[:4]


# What a passive of funding has as its subject: a project, network or programme. A body named first is mostly its
# carrier or a speaker ("Laut der X gGmbH wird …", "Die X e.V. setzt das Projekt um, das … gefördert wird").
_PASSIVE_FUNDED = frozenset({"Subproject", "StateNetwork", "Programme", "CoordinationOffice"})


def _passive_subject(
    text: str, ms: list[Mention], sentence_start: int, aux: re.Match[str], zone_end: int
) -> Mention | None:
    """Who is funded: the actor right after the auxiliary ("Seit 2020 wird das Projekt X …"), else the first
    actor of the auxiliary's clause, else the sentence's first actor."""
    after = _actors(ms, aux.end(), zone_end)
    if after and _ARTICLE_GAP.match(text[aux.end() : after[0].start]):
        return after[0] if after[0].type in _PASSIVE_FUNDED else None
    comma = text.rfind(",", sentence_start, aux.start())
    clause = _actors(ms, comma + 1, aux.start()) if comma >= 0 else []
    subject = clause[0] if clause else _subject_before(ms, aux.start())
    return subject if subject is not None and subject.type in _PASSIVE_FUNDED else None


def _funding(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    if not ms:
        return
    s, e = sentence[0], min(ms[-1].end + 200, sentence[1])
    passive = _PASSIVE_FUNDING.search(text, s, e)
    if passive:
        zone = [passive.start("zone"), passive.end("zone")]
        for restart in _ZONE_RESTART.finditer(text, *zone):
            zone[0] = restart.end()
        funders = _introduced(text, ms, zone[0], zone[1])
        if not funders and text[passive.end() : passive.end() + 1] == " ":  # "wird finanziert vom BMAS"
            mark = _FUNDER_MARK.match(text, passive.end() + 1)
            funders = _introduced(text, ms, mark.start(), e, first_only=True) if mark else []
        aux = re.compile(r"\w+").match(text, passive.start())
        subject = (_passive_subject(text, ms, s, aux, passive.end("zone")) if aux else None) or topic
        if subject is not None:
            yield from (RelationFinding(subject, "fundedBy", funder) for funder in funders)
        return
    s = s if topic else ms[0].start
    span = text[s:e]
    active = _ACTIVE_FUNDING.search(span)
    if active:
        subject = _subject_before(ms, s + active.start()) or topic
        for funder in _actors(ms, s + active.end(), e, _FUNDERS)[:3]:
            if subject:
                yield RelationFinding(subject, "fundedBy", funder)
        return
    verb = _ACTIVE_VERB.search(span)
    if verb:
        agent = _subject_before(ms, s + verb.start())
        after = _actors(ms, s + verb.end(), e)
        if agent and after:
            yield RelationFinding(after[0], "fundedBy", agent)


_PARTNER_CUE = re.compile(r"\bPartner(?:innen)?\s+(?:in|bei)\s+der\s+Umsetzung\b|\bUmsetzungspartner\w*\b")


def _partners(
    text: str, sentence: tuple[int, int], ms: list[Mention], programme: Mention | None
) -> Iterator[RelationFinding]:
    if not ms or programme is None:
        return
    cue = _PARTNER_CUE.search(text, *sentence)
    if not cue:
        return
    for partner in _listed_after(text, ms, cue.end(), sentence[1], _FUNDERS - {"StateNetwork"}):
        yield RelationFinding(programme, "implementationPartner", partner)


def _listed_after(text: str, ms: list[Mention], start: int, end: int, types: frozenset[str]) -> list[Mention]:
    """The first actor of `types` after `start` and those coordinated with it: "A, B und C" (not a body the
    sentence names after the list: "…, berichtete die X")."""
    found: list[Mention] = []
    for m in _actors(ms, start, end, types):
        if found and not _COORDINATION_LINK.match(text[found[-1].end : m.start]):
            break
        found.append(m)
    return found


_PART_OF = re.compile(
    r"\b(?:ist|sind|war|als)\s+(?:ein\s+|eine\s+)?(?:fester\s+)?Teil\s+(?:des|der|vom)\b|\bgehört\s+(?:zum|zur)\b"
)


def _part_of(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _PART_OF.finditer(text, *sentence):
        subject = _subject_before(ms, cue.start())
        after = _actors(ms, cue.end(), cue.end() + 60)
        if subject and after:
            yield RelationFinding(subject, "partOf", after[0])


_HOSTED_AFTER = re.compile(r"\b(?:angesiedelt|koordiniert|getragen)\b")
_HOSTED_BEFORE = re.compile(
    r"\b\w*(?:[Kk]oordination|[Tt]rägerschaft)\b[^.]{0,80}?\b(?:liegt|lag|ist|war)\s+(?:[^.]{0,40}?\s)?(?:bei|beim)\b"
    r"|\bTräger(?:in)?\b[^.]{0,80}?\b(?:ist|war|sind)\b|\bunter\s+dem\s+Dach\s+(?:von|des|der)\b"
    r"|\b(?:in|unter)\s+(?:der\s+)?Trägerschaft\s+(?:von|des|der)\b"
)
# "Projekt „X“ der Y gGmbH", "„X“ von der Y", "X (Träger: Y)": the carrier right after the project's name.
_CARRIER_AFTER = re.compile(
    r"^(?:[“”\"«]?\s*(?:des|der|vom|von\s+der|von\s+dem|beim|bei\s+der)\s+|\s*\(\s*Träger(?:in)?\s*:\s*)"
)
# "Projekt „X“ vom Land gefördert": "von" before a participle is the agent of a passive, not the carrier.
_AGENT_LINK = re.compile(r"\b(?:vom|von)\b")
_PARTICIPLE_NEXT = re.compile(r"\s*(?:[a-zäöüß]\w*\s+){0,2}?(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\b")
_COORDINATOR = re.compile(
    r"\b[Aa]ls\s+(?:Gesamt)?[Kk]oordinator(?:in)?\s+(?:des|der)\b"
    r"|\b(?:ist|war)\s+(?:die|der)\s+(?:\w+e\s+)?(?:Koordinierungsstelle|Träger(?:in)?|[Kk]oordinator(?:in)?)\s+(?:für|des|der|von)\b"
)


_COORDINATED = frozenset({"StateNetwork", "Subproject", "CoordinationOffice"})
# "Die Koordination liegt bei …" names no network: it means the one the text spoke of last.
_BARE_COORDINATION = re.compile(r"\w*(?:[Kk]oordination|[Tt]rägerschaft)\s+(?:liegt|lag|ist|war)\b")
# The carrier as subject of taking over the coordination, in main clause or perfect order.
_TAKES_OVER = re.compile(
    r"\b(?:übernimmt|übernahm|übernehmen)\s+(?:\w+\s+){0,4}?(?:die\s+)?(?:Gesamt)?[Kk]oordination\s+(?P<of>des|der)\b"
    r"|\b(?:die\s+)?(?:Gesamt)?[Kk]oordination\s+(?P<of2>des|der)\b[^.]{0,80}?\bübernommen\b"
)
# The verb first, the coordinated network or project next, its carrier after "durch"/"von".
_V1_PASSIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Koordiniert|Getragen|Umgesetzt|Durchgeführt)\s+(?:wird|werden|wurde|wurden)\b"
)


def _hosted(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None = None
) -> Iterator[RelationFinding]:
    """`earlier`: the network or project named last before the sentence ("Die Koordination liegt bei …")."""
    if not ms:
        return
    start, end = sentence
    for cue in _HOSTED_AFTER.finditer(text, start, end):
        host = _nearest_before(
            ms, cue.start(), r"(?:bei|beim|bei\s+der|von|vom|von\s+der|durch)\s+(?:[A-ZÄÖÜ]\w+\s+)?$", text
        )
        hosted = _actors(ms, start, cue.start(), _COORDINATED)  # not a body the sentence quotes or thanks
        if host and hosted and host is not hosted[0]:
            yield RelationFinding(hosted[0], "hostedBy", host)
    for cue in _HOSTED_BEFORE.finditer(text, start, end):
        hosts = _actors(ms, cue.end(), cue.end() + 80)
        network = (
            _actors(ms, cue.start(), cue.end())
            or _actors(ms, start, cue.start())
            or _after_hosts(ms, cue.end())
            or ([earlier] if earlier is not None and _BARE_COORDINATION.match(text, cue.start()) else [])
        )
        if hosts and network and hosts[0] is not network[0]:
            yield RelationFinding(network[0], "hostedBy", hosts[0])
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.start > project.end and m.start - project.end <= 24), None)
        link = text[project.end : carrier.start] if carrier else ""
        agent = carrier is not None and _AGENT_LINK.search(link) and _PARTICIPLE_NEXT.match(text, carrier.end)
        if carrier and carrier.type in _CARRIERS and _CARRIER_AFTER.match(link) and not agent:
            yield RelationFinding(project, "hostedBy", carrier)
    yield from _compound_carrier(text, ms)
    for cue in _TAKES_OVER.finditer(text, start, end):  # "Die X GmbH hat die Koordination des Y übernommen"
        inverted = _actors(ms, cue.start(), cue.start("of") if cue.group("of") else cue.start(), _CARRIERS)
        # "… übernahm die X GmbH die Koordination": the carrier after the verb, else before it
        hosts = inverted or _actors(ms, start, cue.start(), _CARRIERS)
        of = cue.end("of") if cue.group("of") else cue.end("of2")
        coordinated = _actors(ms, of, of + 60, _COORDINATED)
        if hosts and coordinated:
            yield RelationFinding(coordinated[0], "hostedBy", hosts[-1])
    for cue in _V1_PASSIVE.finditer(text, start, end):  # "Koordiniert wird das Netzwerk durch die X GmbH"
        agent = _FUNDER_MARK.search(text, cue.end(), end)
        subjects = _actors(ms, cue.end(), agent.start() if agent else end, _COORDINATED)
        hosts = _actors(ms, agent.end(), end, _CARRIERS) if agent else []
        if subjects and hosts:
            yield RelationFinding(subjects[0], "hostedBy", hosts[0])
    for cue in _COORDINATOR.finditer(text, start, end):
        networks = _actors(ms, cue.end(), cue.end() + 80, frozenset({"StateNetwork", "Subproject"}))
        others = [m for m in _actors(ms, start, end) if m.type != "StateNetwork" and m not in networks]
        before = [m for m in others if m.end <= cue.start()]
        if networks and others:  # the body nearest before "als Koordinatorin", "ist die Koordinierungsstelle"
            yield RelationFinding(networks[0], "hostedBy", before[-1] if before else others[0])


def _compound_carrier(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "das DGB-Projekt „X“", "die AWO-Beratungsstelle „Y“": the carrier's short name joined to the project's head."""
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.end < project.start and text[m.end : project.start] == "-"), None)
        if carrier is not None and carrier.type in _CARRIERS:
            yield RelationFinding(project, "hostedBy", carrier)


# '“ des ' before a body, '“ des Programms „' before a programme named in quotes
_GENITIVE_AFTER_NAME = re.compile(
    r"^[“”\"«]?\s*(?:des|der)\s+(?:[A-ZÄÖÜ]\w+\s+[„\"“»]|[A-ZÄÖÜ]\w+\s+(?:und|sowie)\s+(?:des|der)\s+)?$"
)  # "des Bundes und der EU": a payer the gazetteer does not name before one it does


_OWNERS = frozenset({"Ministry", "Agency", "Organisation"})


def _programme_owner(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "Förderprogramm „X“ des Ministeriums Y": X is funded by Y; "Ausschreibung „X“ des Programms „Z“": part of Z."""
    for programme in (m for m in ms if m.type == "Programme" and not m.generic):
        owner = next((m for m in ms if m.start > programme.end), None)
        if owner is None or not _GENITIVE_AFTER_NAME.match(text[programme.end : owner.start]):
            continue
        if owner.type == "Programme":
            yield RelationFinding(programme, "partOf", owner)
        elif owner.type in _OWNERS:
            for payer in _listed_after(text, ms, owner.start, len(text), _OWNERS):
                yield RelationFinding(programme, "fundedBy", payer)


def _after_hosts(ms: list[Mention], pos: int) -> list[Mention]:
    return [
        m for m in ms if m.start >= pos and m.type in ("StateNetwork", "Subproject", "CoordinationOffice")
    ][1:]


def _nearest_before(ms: list[Mention], pos: int, link: str, text: str) -> Mention | None:
    for m in reversed(_actors(ms, 0, pos)):
        preceding = text[max(0, m.start - 24) : m.start]
        if re.search(link, preceding):
            return m
    return None


_SEAT = re.compile(
    r"^\s*,?\s*(?:mit\s+(?:Sitz|Hauptsitz|Standort|Standorten)\s+in|am\s+Standort|an\s+den\s+Standorten"
    r"|ansässig\s+in|aus|in)\s+$"
)


def _seat(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    places = [m for m in ms if m.type == "Place"]
    venues = [m for m in places if m.label not in lexicon.CITIES and m.label not in lexicon.LAENDER]
    orgs = [m for m in ms if m.type in ("Organisation", "Agency") and not m.generic] + venues
    for org in orgs:
        for place in places:
            gap = text[org.end : place.start]
            seat = _SEAT.match(gap) or (org in venues and gap == " ")  # "Musterhalle Musterstadt"
            if 0 < len(gap) <= 24 and seat:
                yield RelationFinding(org, "locatedIn", place)


# Cue constructions read forward: the subject is the first actor of `subjects` before the cue (or, where the
# sentence opens with a pronoun, the topic), the object an actor right after the cue, its type naming the
# predicate ("ein Projekt des IQ Netzwerks X": partOf, "ein Projekt des Vereins X": hostedBy).
_PROJECTS = frozenset({"Subproject", "CoordinationOffice"})
_FUNDED_THINGS = _PASSIVE_FUNDED | {"Organisation"}
_WHOLES = {"StateNetwork": "partOf", "Programme": "partOf"}
_HOSTS = {t: "hostedBy" for t in _CARRIERS}
_PAYERS = {t: "fundedBy" for t in _FUNDERS}
_NEXT_TO_CUE = 12  # characters between the cue and its object: "des IQ Netzwerks", "des Vereins „…“"
_LISTED = 120  # a coordination of objects after the cue: "durch den Bund, das Land und die EU"


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    subjects: frozenset[str]
    objects: dict[str, str]  # object type -> predicate
    reach: int  # characters between the cue and its first object
    many: bool = False  # every object of the coordination after the cue, not only the first
    inverse: bool = False  # the relation runs from the object to the subject: "Bei der X liegt … des Y"
    within: bool = False  # the subject is named in the cue's `carrier` group, or nowhere


_PROJECT_WORD = (
    r"(?:Teil|Modell|Pilot|Beratungs|Förder)?[Pp]rojekt(?:e|en)?|Angebot(?:e|en)?|Baustein(?:e|en)?"
)
_CARRIED = {t: "hostedBy" for t in _COORDINATED}
# what a body is a member of: a network, the programme or an alliance
_JOINED = {t: "memberOf" for t in ("StateNetwork", "Programme", "Organisation")}
# from the network to the role noun after it: "im Netzwerk IQ Nordland seit vielen Jahren als Partner"
_TO_THE_ROLE_NOUN = 80


def _words(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MEMBER_NOUN = rf"(?:{_words(lexicon.MEMBER_NOUNS)})(?:in|innen)?"
_HEAD_WORD = re.compile(r"^(?:[A-ZÄÖÜ]\w*\s+)?$")  # a head noun the name may leave out: "Verein", "Stiftung"


_CUES = (
    # "X ist ein Teilprojekt des/im IQ Netzwerk Y", "als Projekt der Z gGmbH", "eines von fünf Teilprojekten im …"
    _Cue(
        re.compile(
            r"\b(?:ist|sind|war|[Aa]ls|wird|wurde)\s+(?:ein(?:e[sr]?)?\s+|eines\s+von\s+\w+\s+|eines\s+der\s+)?"
            rf"(?:\w+(?:e|en|es)\s+)?(?:{_PROJECT_WORD})\s+(?:des|der|im|in\s+der|vom|von\s+der)\b"
            rf"|\bzu\s+den\s+(?:\w+en\s+)?(?:{_PROJECT_WORD})\s+(?:des|der|im)\b"
        ),
        _PROJECTS | {"StateNetwork"},
        _WHOLES | _HOSTS,
        _NEXT_TO_CUE,
    ),
    # "Im Rahmen des IQ Netzwerks X startet das Projekt Y", "Y, im Rahmen des Programms X gefördert"
    _Cue(re.compile(r"\b(?:im|in)\s+Rahmen\s+(?:des|der|von)\b"), _PROJECTS, _WHOLES, _NEXT_TO_CUE),
    # "…, kofinanziert durch die Y", "…, gefördert aus Mitteln des ESF und des Bundes"
    _Cue(
        re.compile(
            rf",\s+{_FUNDED}\s+(?:durch|vom|von|aus(?:\s+den)?\s+Mitteln)\b"
            r"|\bmit\s+(?:der\s+)?finanzielle[rn]?\s+Unterstützung\s+(?:des|der|von|durch)\b"
        ),
        _FUNDED_THINGS,
        _PAYERS,
        _NEXT_TO_CUE + 8,
        many=True,
    ),
    # "X erhält 200.000 Euro vom Ministerium Y", "X bekam Mittel aus dem Europäischen Sozialfonds"
    _Cue(
        re.compile(
            r"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"
            r"\b(?:Euro|EUR|€|Mittel|Fördermittel|Förderung|Zuschuss)\s+"
            r"(?:vom|von(?:\s+der|\s+dem)?|durch|aus\s+(?:den\s+)?Mitteln|aus\s+dem|aus\s+der)\b"
        ),
        _FUNDED_THINGS,
        _PAYERS,
        _NEXT_TO_CUE + 8,
        many=True,
    ),
    # The carrier first, in verb-second order: "Bei der X GmbH liegt die Koordination des IQ Netzwerks Y"
    _Cue(
        re.compile(
            r"\b(?:[Bb]ei|[Bb]eim|[Ii]n|[Ii]m)\s+(?:der\s+|dem\s+)?(?P<carrier>[A-ZÄÖÜ][^;]{0,80}?)\s+"
            r"(?:(?:liegt|lag|endet|endete|beginnt|begann|ist|war)\s+)?die\s+(?:Gesamt)?(?:[Kk]oordination|"
            r"Trägerschaft)\s+(?:des|der)\b"
        ),
        _CARRIERS,
        _CARRIED,
        _NEXT_TO_CUE,
        inverse=True,
        within=True,
    ),
    # "Die X e.V. ist Mitglied im Bündnis Y", "… ist seit 2015 Partner des IQ Netzwerks Z", the network first:
    # "Die X gGmbH ist seit 2005 im Netzwerk Y als operativer Partner aktiv"
    _Cue(
        re.compile(
            rf"\b(?:ist|sind|war|waren|wurde|wurden)\s+(?:\w+\s+){{0,3}}?(?:(?:{_MEMBER_NOUN})\s+"
            r"(?:im|in\s+der|des|der|beim|bei\s+der|am)"
            rf"|(?:im|in\s+der|am)(?=[^.;]{{0,{_TO_THE_ROLE_NOUN}}}\bals\s+(?:\w+\s+)?(?:{_MEMBER_NOUN})\b))\b"
        ),
        _MEMBER_TYPES,
        _JOINED,
        _NEXT_TO_CUE,
    ),
)


def _cued(
    text: str, sentence: tuple[int, int], ms: list[Mention], topic: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _CUES:
        for match in cue.pattern.finditer(text, *sentence):
            yield from _read_cue(text, sentence, ms, cue, match, None if cue.within else topic)


def _read_cue(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    cue: _Cue,
    match: re.Match[str],
    topic: Mention | None,
) -> Iterator[RelationFinding]:
    objects = _objects(text, ms, match.end(), sentence[1], cue)
    if not objects:
        return
    subjects = _cue_subjects(text, sentence, ms, cue, match)
    if not subjects and topic is None and not cue.within:  # "Im Rahmen des Netzwerks X startet Y"
        subjects = _actors(ms, objects[-1].end, sentence[1], cue.subjects)
    subject = subjects[0] if subjects else topic
    if subject is None:
        return
    for obj in objects:
        pair = (obj, subject) if cue.inverse else (subject, obj)
        yield RelationFinding(pair[0], cue.objects[obj.type], pair[1])


def _cue_subjects(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: _Cue, match: re.Match[str]
) -> list[Mention]:
    if cue.within:  # named right where the cue says: "Bei der X GmbH liegt …", "Beim Verein X e.V. …"
        at = match.start("carrier")
        named = _actors(ms, at, match.end(), cue.subjects)
        return [m for m in named[:1] if _HEAD_WORD.match(text[at : m.start])]
    return _actors(ms, sentence[0], match.start(), cue.subjects)


# Between two members of a list: a comma or conjunction, then articles, prepositions and capitalised head nouns
# ("und der Verein", "sowie aus Mitteln des"), not a clause of its own (", berichtete die").
_COORDINATION_LINK = re.compile(
    r"^\s*(?:,|und|sowie|bzw\.|oder)?\s*"
    r"(?:(?:der|die|das|dem|den|des|vom|von|beim|bei|durch|aus|mit|über)\s+|[A-ZÄÖÜ][\w.-]*\s+){0,3}?$"
)


def _objects(text: str, ms: list[Mention], start: int, end: int, cue: _Cue) -> list[Mention]:
    """The object right after the cue, and with `many` the ones coordinated with it."""
    after = [m for m in _actors(ms, start, end) if m.type in cue.objects or m.type == "Place"]
    if not after or after[0].start - start > cue.reach or after[0].type not in cue.objects:
        return []
    found = [after[0]]
    for m in after[1:] if cue.many else []:
        link = text[found[-1].end : m.start]
        if m.type not in cue.objects or m.start - start > _LISTED or not _COORDINATION_LINK.match(link):
            break
        found.append(m)
    return found


# Relative clauses whose antecedent is the host: "die X GmbH, die das IQ Netzwerk Y koordiniert",
# "der Verein X, bei dem die Koordination des Netzwerks angesiedelt ist".
_RELATIVE_HOST = re.compile(
    r",\s+(?:(?:bei|an|in|unter)\s+(?:dem|der|denen|deren)|die|der|das|welche[rs]?)\s+(?P<clause>[^,.;]{0,100}?)"
    r"\b(?:koordiniert|koordinierte|koordinieren|trägt|trug|tragen|angesiedelt|betreut|betreibt)\b"
)
_ANTECEDENT_GAP = 2  # the antecedent ends right before the comma


def _relative(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for match in _RELATIVE_HOST.finditer(text, *sentence):
        host = next(
            (
                m
                for m in reversed(_actors(ms, sentence[0], match.start()))
                if match.start() - m.end < _ANTECEDENT_GAP
            ),
            None,
        )
        if host is None or host.type not in _CARRIERS:
            continue
        clause = match.start("clause"), match.end("clause")
        hosted = _actors(ms, *clause, _COORDINATED)
        if not hosted and earlier is not None and "Koordination" in text[clause[0] : clause[1]]:
            hosted = [earlier]  # "…, bei dem die Koordination angesiedelt ist": the network spoken of
        if hosted:
            yield RelationFinding(hosted[0], "hostedBy", host)
