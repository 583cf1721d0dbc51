"""Who carries or coordinates a network or project: "X ist beim Y angesiedelt", "Die Koordination des X liegt
bei Y", "Träger ist Y", "das DGB-Projekt „X“", "die Y GmbH, die das IQ Netzwerk X koordiniert".

The passive, the carrier nouns and the carrier after a name are read here; the other readers live by
construction in relatives.py, verbs.py, coordination.py and projects.py, what they share in words.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import (
    CARRIERS,
    COORDINATED,
    FRONTED_CLAUSE,
    MAIN_CLAUSE_AFTER_COMMA,
    RelationFinding,
    actors,
    clause_after_fronted,
    listed_after,
    main_clause_start,
)
from ..funding.funding import FUNDER_MARK
from ..funding.marks import SHARES
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
    carriers_in_a_table,
    commissioned,
    compound_carrier,
    own_projects,
    part_of_a_bodys_department,
    project_as_instrument,
    started_by,
)
from .relatives import (
    agents_after_participles,
    carriers_in_attributes,
    coordinator_in_apposition,
    find_relative_hosts,
    relative_carriers,
    unit_before_a_particle,
    unit_before_comma,
)
from .verbs import active_carriers, carrying_verbs
from .words import WORD_BEFORE, after_hosts, unit_of_the_next_clause

__all__ = ["find_hosts", "find_relative_hosts"]


# the carrier as the agent of a passive: "X ist beim Y angesiedelt", "X wird von der Y durchgeführt", "X wird
# vom Verein Y angeboten"; or where it is placed: "X ist an der Hochschule Y angesiedelt"
_HOSTED_AFTER = re.compile(
    r"\b(?:angesiedelt|angedockt|angebunden|beheimatet|verortet|untergebracht|koordiniert|getragen|durchgeführt|umgesetzt"
    r"|betrieben|angeboten|verantwortet|angegliedert|realisiert)\b"
)
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


_HOSTED_BEFORE = re.compile(
    r"\b\w*(?:[Kk]oordin(?:ation|ierung)|[Tt]rägerschaft|Federführung|Projektleitung|Geschäftsführung|Geschäftsstelle|[Uu]msetzung|[Dd]urchführung)\b[^.]{0,80}?\b(?:liegt|lag|ist|war|sitzt|saß)\s+(?:[^.]{0,40}?\s)?(?:bei|beim)\b"
    # "Die Koordinierungsstelle des Netzwerks X liegt bei der Y" (an office that "ist bei" a body may be its guest)
    r"|\b\w*[Kk]oordin(?:ierungs|ations)stelle\b[^.]{0,80}?\b(?:liegt|lag)\s+(?:[^.]{0,40}?\s)?(?:bei|beim)\b"
    r"|\b(?:(?:Projekt|Durchführungs)?[Tt]räger|Betreiber)(?:in|innen)?\b[^.]{0,80}?\b(?:ist|war|sind|waren)\b|\b[Uu]nter\s+dem\s+Dach\s+(?:von|des|der)\b"
    r"|\b[Aa]ls\s+(?:Projekt)?[Tt]räger(?:in)?\s+(?:fungiert|fungierte|agiert|agierte)\b"  # "Als Träger fungiert die Y"
    # "Federführend ist die Y", "Federführend im IQ Netzwerk X ist die Y"
    r"|\b[Ff]ederführend\s+(?:(?:im|in\s+der|beim|bei\s+der|für\s+das|für\s+die)\s+[^.]{1,80}?\s)?(?:ist|war)\b"
    r"|\b(?:[Ii]n|[Uu]nter)\s+(?:der\s+)?Trägerschaft\s+(?:von|des|der)\b"
    r"|\b(?:dessen|deren)\s+(?:Gesamt|Netzwerk)?(?:Koordination|Koordinierung|Trägerschaft)\s+(?:bei|beim)\b"  # "X, dessen Koordination bei der Y liegt"
    # "Verantwortlich für das Projekt X ist die Y", "Zuständig für die Anlaufstelle X ist der Verein Y"
    r"|\b(?:Verantwortlich|Zuständig)\s+für\s+(?:das|den|die)\s[^.]{1,80}?\s(?:ist|war|sind|waren)\b"
    # "X liegt in den Händen der Y", "X liegt in der Verantwortung des Vereins Y", "X steht unter der Regie der Y"
    r"|\b(?:liegt|lag|liegen|lagen|steht|stand|stehen|standen)\s+(?:\w+\s+){0,2}?"
    r"(?:in\s+den\s+Händen|in\s+der\s+Verantwortung|unter\s+der\s+(?:Regie|Leitung|Verantwortung|Koordination|Federführung))"
    r"\s+(?:von|vom|des|der)\b"
    # fronted like "Unter dem Dach": "Unter der Koordination der Y arbeiten im IQ Netzwerk X zwölf Partner"
    r"|\b[Uu]nter\s+der\s+(?:Koordination|Koordinierung|Trägerschaft)\s+(?:von|vom|des|der)\b"
    r"|(?m:^[^\S\n]*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordin(?:ation|ierung))[^\S\n]*:)"  # a profile's field: "Träger: Y", "Koordination: Y"
)
# "Projekt „X“ der Y gGmbH", "„X“ von der Y", "die Beratungsstelle X an der Hochschule Y", "X (Träger: Y)", "Projekt
# „X“ (Y gGmbH)", a list's item "X – Träger: Y" or "X, Träger: Y": the carrier right after the project's name.
_CARRIER_AFTER = re.compile(
    r"^(?:[“”\"«]?\s*(?:des|der|vom|von\s+der|von\s+dem|beim|bei\s+der|am|an\s+der)\s+|\s*\(\s*(?:Projekt)?[Tt]räger(?:in)?\s*:\s*"
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

# "Die Koordination liegt bei …", "Träger ist …" name no network or project: they mean the one the text spoke
# of last.
_BARE_COORDINATION = re.compile(
    r"\w*(?:[Kk]oordin(?:ation|ierung)|[Tt]rägerschaft|Federführung|Projektleitung|Geschäftsführung|Geschäftsstelle)\s+(?:liegt|lag|ist|war|sitzt|saß)\b|[Ff]ederführend\s+(?:ist|war)\b|(?:(?:Projekt)?[Tt]räger|Betreiber)(?:in|innen)?\s+(?:ist|war|sind|waren)\b|[Aa]ls\s+(?:Projekt)?[Tt]räger(?:in)?\s+(?:fungiert|fungierte|agiert|agierte)\b|\s*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordination)\s*:"
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
) -> Iterator[RelationFinding]:
    """`earlier`: the network or project named last before the sentence ("Die Koordination liegt bei …");
    `project`: the subproject named last before it; `alliances`: the last alliances ("Die Geschäftsführung des Bündnisses")."""
    if not ms:
        return
    yield from _agents_of_passives(text, sentence, ms, earlier, project)
    yield from _placed_in_a_network(text, sentence, ms)
    yield from _carriers_by_noun(text, sentence, ms, earlier, project)
    yield from _carriers_after_projects(text, sentence, ms)
    yield from agents_after_participles(text, sentence, ms)
    yield from carriers_in_attributes(text, sentence, ms)
    yield from active_carriers(text, sentence, ms)
    yield from relative_carriers(text, sentence, ms)
    yield from responsible_for_coordination(text, sentence, ms)
    yield from own_projects(text, sentence, ms)
    yield from compound_carrier(text, ms)
    yield from carriers_in_a_table(text, sentence, ms)
    yield from carrying_verbs(text, sentence, ms)
    yield from project_as_instrument(text, sentence, ms)
    yield from behind_the_unit(text, sentence, ms)
    yield from commissioned(text, sentence, ms)
    yield from started_by(text, sentence, ms)
    yield from under_the_lead(text, sentence, ms)
    yield from change_of_coordinator(text, sentence, ms, earlier)
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
    yield from _verb_first_passives(text, sentence, ms, earlier)
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
        if host is not None and _FUNDING_NOUN_BEFORE.search(
            text, max(start, host.start - _TO_THE_FUNDING_NOUN), host.start
        ):
            continue  # "dank der Förderung durch das Land Y durchgeführt": the payer, no carrier
        if host is not None and host.type == "Ministry" and cue.group() == "getragen":
            continue  # "vom Bundesministerium Y getragen": paid for (funding.grants), not carried
        if cue.group() == "getragen" and SHARES.search(text, start, cue.start()):
            continue  # "zu gleichen Teilen vom Land und der Stadt getragen": the costs borne, not the work
        # not a body the sentence quotes or thanks; in a relative clause the unit it is about
        hosted = _antecedent(text, ms, start, cue.start()) or [
            m for m in actors(ms, start, cue.start(), COORDINATED) if not _governed(text, start, m.start)
        ]
        if host and hosted and host is not hosted[0]:
            # "Die Projekte A und B werden von der Y und der Z durchgeführt": each unit of the subject, each agent
            agents = listed_after(text, ms, host.start, cue.start(), CARRIERS) or [host]
            for unit in listed_after(text, ms, hosted[0].start, cue.start(), COORDINATED):
                if unit is hosted[0] or not _governed(text, start, unit.start):
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


def _carriers_by_noun(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    project: Mention | None,
) -> Iterator[RelationFinding]:
    """A carrier or coordination noun before the carrier: "Die Koordination des X liegt bei Y", "Träger ist Y"."""
    start, end = sentence
    for cue in _HOSTED_BEFORE.finditer(text, start, end):
        antecedent = _antecedent(text, ms, start, cue.start())  # "das Projekt X, dessen Träger die Y ist"
        hosts = actors(ms, cue.end(), cue.end() + 80) or (
            actors(ms, *cue.span(), CARRIERS) if antecedent else []
        )
        network = (
            antecedent
            or actors(ms, cue.start(), cue.end())
            or actors(ms, start, cue.start(), COORDINATED)  # what is carried: a network, project or office
            or after_hosts(text, ms, hosts)
            or _carried_earlier(text, cue, earlier, project, start)
            or unit_of_the_next_clause(text, ms, hosts, end)
        )
        if hosts and network and hosts[0] is not network[0]:
            # "Träger sind die Volkshochschule X und der Verein Y": every carrier of the list
            carriers = (
                listed_after(text, ms, hosts[0].start, end, CARRIERS)
                if cue.group(0).endswith(("sind", "waren"))
                else []
            )
            # "Träger der Projekte „A“ und „B“ ist …": every unit of a list the sentence names
            units = (
                listed_after(text, ms, network[0].start, end, COORDINATED)
                if start <= network[0].start
                else []
            )
            for host in carriers or hosts[:1]:
                yield from (RelationFinding(unit, "hostedBy", host) for unit in units or network[:1])


def _carriers_after_projects(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    """The carrier right after a project's name: "Projekt „X“ der Y gGmbH", "X (Träger: Y)"."""
    start = sentence[0]
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.start > project.end and m.start - project.end <= 24), None)
        link = text[project.end : carrier.start] if carrier else ""
        agent = (
            carrier is not None
            and _AGENT_LINK.search(link)
            and (
                _PARTICIPLE_NEXT.match(text, carrier.end)
                or _FRONTED_PARTICIPLE.search(
                    text, max(start, project.start - _BEFORE_THE_PROJECT), project.start
                )
            )
        )
        # "das Projekt „X“ des Ministeriums Y": a ministry owning a project pays for it (the funding readers')
        owner = carrier is not None and carrier.type == "Ministry" and link.split()[-1:] in (["des"], ["der"])
        if carrier and carrier.type in CARRIERS and _CARRIER_AFTER.match(link) and not (agent or owner):
            yield RelationFinding(project, "hostedBy", carrier)


def _verb_first_passives(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
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


def _coordinators(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """The body named as a unit's coordinator or carrier: "Die Y ist Träger des Projekts X", "als Koordinatorin des X"."""
    start, end = sentence
    for cue in _COORDINATOR.finditer(text, start, end):
        networks = actors(ms, cue.end(), cue.end() + 80, frozenset({"StateNetwork", "Subproject"}))
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


# A relative clause about a unit: "das Projekt „X“, das von der Y getragen wird", "…, dessen Träger die Y ist".
_RELATIVE_OPENING = re.compile(r",\s+(?:das|die|der|dessen|deren|welche[sr]?)\s")


def _antecedent(text: str, ms: list[Mention], sentence_start: int, pos: int) -> list[Mention]:
    """The unit right before the comma of the relative clause `pos` stands in, if it stands in one."""
    openings = [
        o
        for o in _RELATIVE_OPENING.finditer(text, sentence_start, pos)
        if not MAIN_CLAUSE_AFTER_COMMA.match(text, o.start())  # "…, das Projekt ist …": an article
    ]
    if not openings:
        return []
    comma = openings[-1].start()
    # or put after the particle closing the main clause: "… arbeitet mit dem Netzwerk X zusammen, das von der Y …"
    return unit_before_comma(ms, sentence_start, comma) or unit_before_a_particle(
        text, ms, sentence_start, comma
    )


def _governed(text: str, start: int, pos: int) -> bool:
    """A unit after a preposition (an article and an opening mark may stand between) or in a genitive is no
    subject of a passive: "Die Anlaufstelle ist ein Teilprojekt des IQ Netzwerks X und wird von der Y getragen",
    "Das Projekt gehört zum Netzwerk X und wird …" (Y carries the Anlaufstelle, not the network)."""
    words = [w.lower() for w in text[max(start, pos - 2 * WORD_BEFORE) : pos].split()]
    if words and words[-1] in _OPENING_MARKS:  # "im „X“"
        words.pop()
    if words and words[-1] in _GOVERNING:
        return True
    return len(words) > 1 and words[-1] in _ARTICLES_AFTER_A_PREPOSITION and words[-2] in _GOVERNING


_GOVERNING = lexicon.PREPOSITIONS | {"des"}
_ARTICLES_AFTER_A_PREPOSITION = frozenset({"der", "dem", "den", "des", "einem", "einer", "eines"})
_OPENING_MARKS = frozenset({"„", "“", '"'})


# "Sie arbeitet unter dem Dach des …", "Anfangs arbeiteten wir unter der Trägerschaft der …" (a project's own page):
# a pronoun subject means the project or network spoken of last.
_PRONOUN_SUBJECT = re.compile(r"(?:^\s*(?:Sie|Es|Er|Wir)|\s(?:wir|sie|es|er))\s")


# "Träger ist …" (not "Koordination"): what is carried is a project rather than the network the same sentence
# before placed it in ("Das Projekt X ist ein Teilprojekt des IQ Netzwerks Y. Träger ist die Z.").
_BARE_CARRIER = re.compile(r"(?:(?:Projekt)?[Tt]räger|Betreiber)(?:in)?\b")


def _carried_earlier(
    text: str, cue: re.Match[str], earlier: Mention | None, project: Mention | None, sentence_start: int
) -> list[Mention]:
    if earlier is None or not _means_earlier(text, sentence_start, cue.start()):
        return []
    if _under_a_heading_of_its_own(text, cue.start(), earlier):
        return []
    between = text[min(project.end, earlier.end) : max(project.start, earlier.start)] if project else ""
    # the project and its network in one sentence, or the network only the object of a preposition in the
    # project's paragraph ("Die Stelle X berät in Y. Sie gehört zum IQ Netzwerk Z. Träger ist …": the Stelle's)
    placed_together = (
        project is not None
        and earlier.type == "StateNetwork"
        and (
            "." not in between
            or ("\n\n" not in text[project.start : cue.start()] and _governed(text, 0, earlier.start))
        )
    )
    return [project] if placed_together and project and _BARE_CARRIER.match(text, cue.start()) else [earlier]


# A heading line: a few words, no colon, no closing stop ("Job-Brücke", "Werkstatt Zukunft Kiel").
_HEADING_LINE = re.compile(r"[^\S\n]*[A-ZÄÖÜ„\"»][^\n:.!?]{1,80}[^\s.:!?,;][^\S\n]*")


def _under_a_heading_of_its_own(text: str, cue_start: int, earlier: Mention) -> bool:
    """ "Brücke Nord\nTräger: A\n\nJob-Brücke\nTräger: B": a carrier's field right under a heading line that does not
    name the unit spoken of before is the heading's (a unit left unread), not that unit's."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    if text[line_start:cue_start].strip() or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    heading = _HEADING_LINE.fullmatch(text, above_start, line_start - 1)
    return heading is not None and not above_start <= earlier.start < line_start


def _means_earlier(text: str, sentence_start: int, cue_start: int) -> bool:
    return (
        _BARE_COORDINATION.match(text, cue_start) is not None
        or _PRONOUN_SUBJECT.search(text[sentence_start:cue_start]) is not None
    )


def _nearest_before(ms: list[Mention], pos: int, link: str, text: str) -> Mention | None:
    for m in reversed(actors(ms, 0, pos)):
        preceding = text[max(0, m.start - 24) : m.start]
        if re.search(link, preceding):
            return m
    return None
