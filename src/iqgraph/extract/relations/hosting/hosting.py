"""Who carries or coordinates a network or project: "X ist beim Y angesiedelt", "Die Koordination des X liegt
bei Y", "Träger ist Y", "das DGB-Projekt „X“", "die Y GmbH, die das IQ Netzwerk X koordiniert".

The passive and the carrier after a name are read here; the other readers live by construction in
carrier_nouns.py, relatives.py, verbs.py, coordination.py and projects.py, what they share in words.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...lexicon.projects import PROJECT_KIND_STAND_INS
from ...names.projects.name_parts import TIME_IN_BRACKETS, opens_an_item
from ...text.spans import Mention
from ..actors import (
    CARRIERS,
    COORDINATED,
    FRONTED_CLAUSE,
    RelationFinding,
    actors,
    clause_after_fronted,
    conjunction_clause_start,
    listed_after,
    main_clause_start,
)
from ..funding.funding import FUNDER_MARK
from ..funding.marks import MONEY, MONEY_NOUN, SHARES
from .carrier_changes import carrier_changes
from .carrier_nouns import antecedent, carriers_by_noun, governed
from .coordination import (
    alliance_run_by,
    carrier_after_the_copula,
    change_of_coordinator,
    coordinated_fronted,
    coordination_first,
    coordinator_named_first,
    leading_body,
    office_placed_at,
    responsible_for_coordination,
    seated_at_a_body,
    taking_over,
    under_the_lead,
)
from .existence import existing_at_a_body
from .handing_over import handing_over
from .inverted import carrier_noun_after_its_verb, carrier_role_fronted, placing_fronted, pronoun_carrier
from .offers import (
    bare_carrier_of_the_project_named_before,
    bodies_behind_the_project_named_before,
    carrier_of_a_pronoun_object,
    carrier_of_the_project_named_before,
    in_our_carriership,
    money_received_for,
)
from .projects import (
    behind_the_unit,
    commissioned,
    compound_carrier,
    own_projects,
    part_of_a_bodys_department,
    project_as_instrument,
    project_in_the_carrier_s_brackets,
    started_by,
)
from .relatives import (
    agents_after_participles,
    carriers_in_attributes,
    coordinator_in_apposition,
    find_relative_hosts,
    relative_carriers,
)
from .taking_on import taken_on
from .verb_last import carriers_of_subordinate_clauses
from .verbs import active_carriers, carrying_verbs

__all__ = ["find_hosts", "find_relative_hosts"]


# the carrier as the agent of a passive: "X ist beim Y angesiedelt", "X wird von der Y durchgeführt", "X wird
# vom Verein Y angeboten"; or where it is placed: "X ist an der Hochschule Y angesiedelt"
_HOSTED_AFTER = re.compile(
    r"\b(?:angesiedelt|angedockt|angebunden|beheimatet|verortet|verankert|untergebracht|koordiniert|getragen|durchgeführt"
    r"|umgesetzt"
    r"|betrieben|angeboten|verantwortet|angegliedert|realisiert)\b"
)
# A network or the programme offering or running a unit is the whole it belongs to, not its carrier
_WHOLES_NO_CARRIERS = frozenset({"StateNetwork", "Programme"})
_HOST_LINK = (  # capitalised where the carrier opens the sentence: "Beim Verein Y ist das Projekt X angesiedelt"
    r"(?:[Bb]ei|[Bb]eim|[Bb]ei\s+der|[Vv]on|[Vv]om|[Vv]on\s+der|[Dd]urch|[Dd]urch\s+(?:die|den|das)|[Aa]n\s+der|[Aa]n\s+die"
    r"|[Aa]n\s+dem|[Aa]m)\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)
# A noun of funding whose agent the body is: "dank der Förderung durch das Land Y", "mit Unterstützung von der Z".
_FUNDING_NOUN_BEFORE = re.compile(
    r"(?:Förderung|Finanzierung|Kofinanzierung|Unterstützung)[^\S\n]+(?:durch|von|vom)[^\S\n]+"
    r"(?:(?:der|die|das|den|dem)[^\S\n]+)?$"
)
_TO_THE_FUNDING_NOUN = 40  # characters back from the agent over the preposition and the noun


_LINK_MAX = (
    64  # characters from a project's name to its carrier: a link and the time the project runs in brackets
)
# "Projekt „X“ der Y gGmbH", "„X“ von der Y", "die Beratungsstelle X an der Hochschule Y", "X (Träger: Y)", "Projekt
# „X“ (Y gGmbH)", a list's item "X – Träger: Y" or "X, Träger: Y": the carrier right after the project's name.
_CARRIER_AFTER = re.compile(
    rf"^(?:[“”\"«]?{TIME_IN_BRACKETS}?\s*(?:des|der|vom|von\s+der|von\s+dem|beim|bei\s+der|am|an\s+der)\s+|\s*\(\s*(?:Projekt)?[Tt]räger(?:in)?\s*:\s*"
    r"|[“”\"«]?\s*(?:[–-]|,)\s*(?:Projekt)?[Tt]räger(?:in)?\s*:\s*"
    r"|[“”\"«]?\s*\(\s*$)"  # the bare parenthesis holds the carrier alone
)
# "Projekt „X“ vom Land gefördert": "von" before a participle is the agent of a passive, not the carrier.
_AGENT_LINK = re.compile(r"\b(?:vom|von)\b")
# (after more agents of a list: "vom Land X, der Stadt Y und dem ESF gefördert")
_PARTICIPLE_NEXT = re.compile(
    r"(?:(?:\s*,|\s+und|\s+sowie)\s+(?:der|die|das|dem|den)\s+[^,;.]{1,60}?)*"
    r"\s*(?:[a-zäöüß]\w*\s+){0,2}?(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\b"
)
# or the money given right after the body: "erhielt das Projekt X vom Land Y 80.000 Euro", "bekommt „X“ von der
# Stiftung Y jährlich Fördermittel" (who gives, not who carries)
_MONEY_NEXT = re.compile(rf"\s+(?:[\w.,]+\s+){{0,3}}?(?:{MONEY}|{MONEY_NOUN})")
# or the participle first, right before the project: "Finanziert wird das Projekt X vom Land", "Gefördert werden
# auch X und Y von der Stiftung"
_FRONTED_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*ge[a-zäöüß]+(?:t|en)|Ge[a-zäöüß]+(?:t|en)|[A-ZÄÖÜ][a-zäöüß-]+iert"
    r"|(?:Be|Ver|Er|Ent|Unter|Über|Hinter)[a-zäöüß]+(?:t|en)"  # without "ge": "Unterstützt", "Betreut"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+und\s+[a-zäöüß]+(?:t|en)"  # two sharing the agent: "Initiiert und finanziert"
    r"|(?<=,\s)(?:[a-zäöü][a-zäöüß-]*)?(?:ge[a-zäöüß]+(?:t|en)|iert))"  # opening a clause: "…, gefördert wird X vom Y"
    # (the project the next of a list: "Gefördert werden die Projekte „A“ und „B“ vom Land")
    r"\s+(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,3}(?:[„\"»]?[\w-]+[“\"«]?\s+(?:und|sowie)\s+)?[„\"»]?$"
)
_BEFORE_THE_PROJECT = (
    60  # characters back from the project to a fronted participle: an auxiliary and an adverb
)
# Between the copula and the carrier noun: a time and adverbs ("ist seit 2017 auch neuer Träger des …").
_MIDDLE_FIELD = (
    r"(?:(?:(?:seit|ab|im\s+Jahr)\s+)?\d{4}\s+|(?:seit|ab)\s+(?:[A-ZÄÖÜ]\w+|\w+\s+\d{4})\s+|(?:"  # "wurde 2023 Träger"
    + "|".join(lexicon.CARRIER_ADVERBS)
    + r")\s+){0,3}"
)
_COORDINATOR = re.compile(
    # "als Koordinatorin des", "als koordinierender Träger des", "Als Koordinierungsstelle des"
    r"\b[Aa]ls\s+(?:[a-zäöüß]\w*(?:e|er|en)\s+)?(?:Gesamt|Netzwerk|Landes)?"
    r"(?:[Kk]oordinator(?:in)?|Koordinierungsstelle|Träger(?:in)?)\s+(?:des|der)\b"
    # "ist koordinierender Träger des", "ist Netzwerkkoordinatorin des": an adjective and a compound head may come
    # "wird" too: "Die Y wird ab Mai Träger des X"
    # (the page's own body in the first person: "Wir sind Träger des …", "Seit 2020 sind wir Träger des …")
    r"|\b(?:ist|war|wird|wurde|(?<=[Ww]ir\s)(?:sind|waren)|(?:sind|waren)\s+wir)\s+"
    + _MIDDLE_FIELD
    + r"(?:(?:die|der)\s+)?(?:[a-zäöüß]\w*(?:e|er|en)\s+)?"
    r"(?:Koordinierungsstelle|(?<=koordinierende\s)Stelle|(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordinator(?:in)?)"
    r"\s+(?:für|des|der|von|im)\b"
    # the carrier with its role in apposition: "Die X gGmbH, Träger des Projekts Y, lädt ein", "Die X gGmbH
    # (Trägerin des Projekts Y) lädt ein"
    r"|(?:,|\(|\s[–-])\s*(?:(?:die|der)\s+)?(?:Projekt)?Träger(?:in)?\s+(?:des|der)\b"
)

# A clause opened by a funding participle names its payers as agents: "Gefördert wird X vom Land Y …".
_FRONTED_FUNDING = re.compile(
    r"\s*(?:[Kk]o|[Mm]it)?(?:[Gg]efördert|[Ff]inanziert|[Bb]ezuschusst)\s+(?:wird|werden|wurde|wurden)\b"
)
# The verb first, the coordinated network or project next, its carrier after "durch"/"von".
_V1_PASSIVE = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:Koordiniert|Getragen|Umgesetzt|Durchgeführt|Betrieben|Angeboten|Realisiert)"
    # or opening a main clause after a comma: "Gefördert wird X vom Land Y, umgesetzt wird es vom Verein Z"
    r"|(?<=,\s)(?:koordiniert|getragen|umgesetzt|durchgeführt|betrieben))\s+"
    r"(?:wird|werden|wurde|wurden)\b(?P<pronoun>\s+(?:sie|es|er)\b)?"
)


def find_hosts(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None = None,
    project: Mention | None = None,
    alliances: list[Mention] | None = None,
    network: Mention | None = None,
) -> Iterator[RelationFinding]:
    """`earlier`: the network or project named last before the sentence ("Die Koordination liegt bei …");
    `project`: the subproject named last before it; `alliances`: the last alliances ("Die Geschäftsführung des Bündnisses");
    `network`: the release's network."""
    if not ms:
        return
    yield from _agents_of_passives(text, sentence, ms, earlier, project)
    yield from _placed_in_a_network(text, sentence, ms)
    yield from carriers_by_noun(text, sentence, ms, earlier, project, network)
    yield from _carriers_after_projects(text, sentence, ms)
    yield from agents_after_participles(text, sentence, ms)
    yield from carriers_in_attributes(text, sentence, ms)
    yield from active_carriers(text, sentence, ms)
    yield from relative_carriers(text, sentence, ms)
    yield from responsible_for_coordination(text, sentence, ms)
    yield from own_projects(text, sentence, ms)
    yield from compound_carrier(text, ms)
    yield from project_in_the_carrier_s_brackets(text, sentence, ms)
    yield from carrying_verbs(text, sentence, ms)
    yield from carriers_of_subordinate_clauses(text, sentence, ms)
    yield from project_as_instrument(text, sentence, ms)
    yield from behind_the_unit(text, sentence, ms)
    yield from commissioned(text, sentence, ms)
    yield from started_by(text, sentence, ms)
    yield from under_the_lead(text, sentence, ms)
    yield from change_of_coordinator(text, sentence, ms, earlier)
    yield from carrier_changes(text, sentence, ms, earlier)
    yield from office_placed_at(text, sentence, ms, earlier)
    yield from coordination_first(text, sentence, ms, earlier)
    yield from alliance_run_by(text, sentence, ms, alliances or [])
    yield from carrier_after_the_copula(text, sentence, ms, project)
    yield from carrier_of_the_project_named_before(text, sentence, ms, project)
    yield from money_received_for(text, sentence, ms)
    yield from in_our_carriership(text, sentence, ms)
    yield from bare_carrier_of_the_project_named_before(text, sentence, ms, project)
    yield from bodies_behind_the_project_named_before(text, sentence, ms, project)
    yield from carrier_of_a_pronoun_object(text, sentence, ms, project)
    yield from leading_body(text, sentence, ms)
    yield from seated_at_a_body(text, sentence, ms)
    yield from part_of_a_bodys_department(text, sentence, ms)
    yield from taking_over(text, sentence, ms)
    yield from coordinated_fronted(text, sentence, ms)
    yield from existing_at_a_body(text, sentence, ms)
    yield from placing_fronted(text, sentence, ms)
    yield from carrier_noun_after_its_verb(text, sentence, ms, earlier, project, network)
    yield from pronoun_carrier(text, sentence, ms)
    yield from carrier_role_fronted(text, sentence, ms)
    yield from handing_over(text, sentence, ms)
    yield from taken_on(text, sentence, ms)
    yield from _verb_first_passives(text, sentence, ms, earlier, project)
    yield from coordinator_in_apposition(text, sentence, ms)
    yield from coordinator_named_first(text, sentence, ms, earlier)
    yield from _coordinators(text, sentence, ms)


def _agents_of_passives(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    project: Mention | None = None,
) -> Iterator[RelationFinding]:
    """The carrier as the agent of a passive: "X ist beim Y angesiedelt", "X wird von der Y durchgeführt"."""
    start, end = sentence
    for cue in _HOSTED_AFTER.finditer(text, start, end):
        if clause_after_fronted(text, start, cue.start()) == cue.start():
            continue  # ", umgesetzt wird es vom Verein Y": a clause of its own, its agent after it
        host = _nearest_before(ms, cue.start(), _HOST_LINK, text)
        clause = max(
            clause_after_fronted(text, start, cue.start()), main_clause_start(text, start, cue.start())
        )
        if host is not None and (host.start < clause or _FRONTED_FUNDING.match(text, clause)):
            # the agent of the clause before ("Gefördert wird X vom Land Y, das Projekt wird … umgesetzt"), or of
            # the fronted funding participle: a funder, no carrier ("Gefördert wird X vom Land Y und umgesetzt …")
            continue
        if host is not None and _agent_of_an_earlier_unit(text, ms, host, cue.start()):
            continue
        if host is not None and host.type in _WHOLES_NO_CARRIERS:
            continue  # "X wird vom IQ Netzwerk Y angeboten": the whole X is part of (part_of.py), no carrier
        if host is not None and _FUNDING_NOUN_BEFORE.search(
            text, max(start, host.start - _TO_THE_FUNDING_NOUN), host.start
        ):
            continue  # "dank der Förderung durch das Land Y durchgeführt": the payer, no carrier
        if host is not None and host.type == "Ministry" and cue.group() == "getragen":
            continue  # "vom Bundesministerium Y getragen": paid for (funding.grants), not carried
        if cue.group() == "getragen" and SHARES.search(text, start, cue.start()):
            continue  # "zu gleichen Teilen vom Land und der Stadt getragen": the costs borne, not the work
        # not a body the sentence quotes or thanks; in a relative clause the unit it is about
        hosted = antecedent(text, ms, start, cue.start()) or [
            m for m in actors(ms, start, cue.start(), COORDINATED) if not governed(text, start, m.start)
        ]
        # "X wird vom Land gefördert, während das Projekt Y beim Verein Z angesiedelt ist": Y's clause, not X's
        own = conjunction_clause_start(text, start, cue.start())
        hosted = [m for m in hosted if m.start >= own] or hosted
        if host and hosted and host is not hosted[0]:
            # "Die Projekte A und B werden von der Y und der Z durchgeführt": each unit of the subject, each agent
            agents = listed_after(text, ms, host.start, cue.start(), CARRIERS) or [host]
            for unit in listed_after(text, ms, hosted[0].start, cue.start(), COORDINATED):
                if unit is hosted[0] or not governed(text, start, unit.start):
                    yield from (RelationFinding(unit, "hostedBy", agent) for agent in agents)
        elif host and host.type in CARRIERS and earlier is not None and _OPENING_PRONOUN.match(text, start):
            yield RelationFinding(
                earlier, "hostedBy", host
            )  # "Es ist beim Verein Y angesiedelt": the unit spoken of
        elif (
            host
            and host.type in CARRIERS
            and project is not None
            and _OPENING_KIND_NOUN.match(text, start)
            and "\n" not in text[project.end : start]  # named in the same paragraph
        ):
            yield RelationFinding(project, "hostedBy", host)  # "Das Angebot ist beim Verein Y angesiedelt"


def _carriers_after_projects(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    """The carrier right after a project's name: "Projekt „X“ der Y gGmbH", "X (Träger: Y)"."""
    start = sentence[0]
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.start > project.end and m.start - project.end <= _LINK_MAX), None)
        link = text[project.end : carrier.start] if carrier else ""
        agent = (
            carrier is not None
            and _AGENT_LINK.search(link)
            and (
                _PARTICIPLE_NEXT.match(text, carrier.end)
                or _FRONTED_PARTICIPLE.search(
                    text, max(start, project.start - _BEFORE_THE_PROJECT), project.start
                )
                or _MONEY_NEXT.match(text, carrier.end)
            )
        )
        # "das Projekt „X“ des Ministeriums Y": a ministry owning a project pays for it (the funding readers')
        owner = carrier is not None and carrier.type == "Ministry" and link.split()[-1:] in (["des"], ["der"])
        linked = _CARRIER_AFTER.match(link) or (carrier and _an_item_s_dashed_carrier(text, project, carrier))
        if carrier and carrier.type in CARRIERS and linked and not (agent or owner):
            yield RelationFinding(project, "hostedBy", carrier)
            yield from (
                RelationFinding(project, "hostedBy", other) for other in _second_genitive(text, ms, carrier)
            )


# A list's item "• Brücke Beruf – Handwerkskammer Kiel": the project opens the bulleted line, its carrier closes it
# after a spaced dash, a comma or a bar (in running text a dash opens a parenthesis, no carrier).
_DASH_LINK = re.compile(r"[“”\"«]?(?:[^\S\n]+–|,)[^\S\n]+")  # or a comma: "1. Brücke Beruf, Lernort e. V."
# a table's bar parts the cells of a row with or without a mark: "Brücke Beruf | Lernort e. V."
_BAR_LINK = re.compile(r"[“”\"«]?[^\S\n]*\|[^\S\n]*")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


def _an_item_s_dashed_carrier(text: str, project: Mention, carrier: Mention) -> bool:
    line = text.rfind("\n", 0, project.start) + 1
    opens = opens_an_item(text, project.start)
    bar = _BAR_LINK.fullmatch(text, project.end, carrier.start)
    return bool(
        (bar and (opens or not text[line : project.start].strip(' „"»')))
        or (opens and _DASH_LINK.fullmatch(text, project.end, carrier.start))
    ) and bool(_LINE_END.match(text, carrier.end))


# "das Projekt X der Y und der Stadt Z": a second carrier in the same genitive (not "… der Y und die Z haben …", a
# second subject)
_SECOND_GENITIVE = re.compile(r"\s+(?:und|sowie)\s+(?:der|des)\s+(?:[A-ZÄÖÜ]\w*\s+)?$")


def _second_genitive(text: str, ms: list[Mention], carrier: Mention) -> list[Mention]:
    after = next((m for m in ms if m.start > carrier.end), None)
    if (
        after is None
        or after.type not in CARRIERS
        or not _SECOND_GENITIVE.fullmatch(text, carrier.end, after.start)
    ):
        return []
    return [after]


# A project's kind noun right after the auxiliary, no name after it: "Getragen wurde die Servicestelle vom Verein Y".
_KIND_NOUN_NEXT = re.compile(
    rf"\s+(?:die|das|der)\s+(?:{'|'.join(sorted(PROJECT_KIND_STAND_INS, key=len, reverse=True))})"
    r"\s+(?:von|vom|durch)\s"
)


def _verb_first_passives(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    project: Mention | None = None,
) -> Iterator[RelationFinding]:
    """The verb first, the unit next, its carrier after "durch"/"von": "Koordiniert wird das Netzwerk durch die X"."""
    start, end = sentence
    for cue in _V1_PASSIVE.finditer(text, start, end):  # "Koordiniert wird das Netzwerk durch die X GmbH"
        close = _clause_end(text, cue.end(), end)
        agent = FUNDER_MARK.search(text, cue.end(), close)
        subjects = actors(ms, cue.end(), agent.start() if agent else close, COORDINATED)
        if cue.group("pronoun"):  # "Betrieben wird sie vom Verein X": the unit spoken of
            named = actors(
                ms, start, cue.start(), COORDINATED
            )  # "Gefördert wird X vom Y, umgesetzt wird es …"
            subjects = named[:1] or ([earlier] if earlier is not None else [])
        if not subjects and project is not None and _KIND_NOUN_NEXT.match(text, cue.end()):
            # "Getragen wurde die Informationsstelle vom Verein Y": the project named before in its paragraph
            subjects = [project] if "\n\n" not in text[project.end : start] else []
        hosts = actors(ms, agent.end(), close, CARRIERS) if agent else []
        if subjects and _OF_A_PROJECT.search(
            text, max(cue.end(), subjects[0].start - _OF_REACH), subjects[0].start
        ):
            continue  # "Umgesetzt wird das Teilprojekt des IQ Netzwerks X von der Y": the project's carrier
        if subjects and hosts:
            # "Umgesetzt wird X gemeinsam von der Y und der Z": each carrier of the list
            listed = listed_after(text, ms, hosts[0].start, close, CARRIERS)
            yield from (RelationFinding(subjects[0], "hostedBy", host) for host in listed or hosts[:1])


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause after `start` ends: at a comma opening a clause of its own, else at `end`."""
    comma = FRONTED_CLAUSE.search(text, start, end)
    return comma.start() if comma else end


# The network as the genitive of the project the passive is about: "das Teilprojekt des IQ Netzwerks X"
_OF_A_PROJECT = re.compile(r"\b(?:Teil|Modell)?(?:[Pp]rojekt|[Vv]orhaben|Angebot)\s+(?:des|der)\s+$")
_OF_REACH = 30  # characters back from the network over the project's noun and "des"


# A preposition between the carrier noun and the network: the network is where the carried unit (a name not read) is.
_PLACE_OF_AN_UNREAD_UNIT = re.compile(
    r"[A-ZÄÖÜ][\w-]*\s+(?:[\w-]+\s+){0,4}?(?:im|in|aus)\s+(?:dem\s+|der\s+)?$"
)


def _coordinators(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """The body named as a unit's coordinator or carrier: "Die Y ist Träger des Projekts X", "als Koordinatorin des X"."""
    start, end = sentence
    for cue in _COORDINATOR.finditer(text, start, end):
        networks = actors(ms, cue.end(), cue.end() + 80, frozenset({"StateNetwork", "Subproject"}))
        if networks and _PLACE_OF_AN_UNREAD_UNIT.search(text, cue.end(), networks[0].start):
            continue  # "Träger der Fachstelle X im IQ Netzwerk Y": the network holds the unit it carries
        others = [m for m in actors(ms, start, end) if m.type != "StateNetwork" and m not in networks]
        before = [m for m in others if m.end <= cue.start()]
        if networks and others:  # the body nearest before "als Koordinatorin", "ist die Koordinierungsstelle"
            carrier = before[-1] if before else others[0]
            if carrier.generic and carrier.surface.lower() == "wir" and carrier.type not in CARRIERS:
                continue  # a project page's "wir" is the project, which carries no other unit
            # "ist Träger des Projekts X und der Beratungsstelle Y": each unit of the list
            for unit in listed_after(text, ms, networks[0].start, end, COORDINATED):
                yield RelationFinding(unit, "hostedBy", carrier)


# A pronoun opening the sentence stands for the unit spoken of last: "Sie ist bei der Y angesiedelt".
_OPENING_PRONOUN = re.compile(r"\s*(?:Sie|Es|Er)\s")
# An offer's kind noun opening it, for the project named last: "Das Beratungsangebot ist beim Verein Y angesiedelt".
_OPENING_KIND_NOUN = re.compile(r"\s*(?:Das|Dieses)\s+(?:Beratungs|Qualifizierungs)?[Aa]ngebot\s")


# "Im IQ Netzwerk X ist das Projekt Y angesiedelt", "Y ist im IQ Netzwerk X angesiedelt": a network is where a
# project is placed, its whole, not its carrier.
_SETTLED = re.compile(r"\bangesiedelt\b")
_IN_LINK = r"(?:^|\s)(?:[Ii]m|[Ii]n\s+dem|[Ii]nnerhalb\s+des)\s+$"


def _placed_in_a_network(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _SETTLED.finditer(text, *sentence):
        whole = _nearest_before([m for m in ms if m.start >= sentence[0]], cue.start(), _IN_LINK, text)
        project = next((m for m in actors(ms, sentence[0], cue.start()) if m.type == "Subproject"), None)
        if whole is not None and whole.type == "StateNetwork" and project is not None:
            yield RelationFinding(project, "partOf", whole)


def _agent_of_an_earlier_unit(text: str, ms: list[Mention], host: Mention, participle: int) -> bool:
    """A unit named after the agent and a comma before the participle: in "A, getragen vom Verein Y - B, getragen
    von der Z" the second participle is B's, with its agent after it (Y carries A only); not "von der Y, Erfurt,
    getragen"."""
    return "," in text[host.end : participle] and bool(actors(ms, host.end, participle, COORDINATED))


def _nearest_before(ms: list[Mention], pos: int, link: str, text: str) -> Mention | None:
    # nearest first by place (a coordination office stands last in `ms`, after the names)
    for m in sorted(actors(ms, 0, pos), key=lambda m: m.start, reverse=True):
        preceding = text[max(0, m.start - 24) : m.start]
        if re.search(link, preceding):
            return m
    return None
