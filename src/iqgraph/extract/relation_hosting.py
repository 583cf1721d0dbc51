"""Who carries or coordinates a network or project: "X ist beim Y angesiedelt", "Die Koordination des X liegt
bei Y", "Träger ist Y", "das DGB-Projekt „X“", "die Y GmbH, die das IQ Netzwerk X koordiniert"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .project_names import OPENING_QUOTES
from .relation_actors import CARRIERS, COORDINATED, COORDINATION_LINK, RelationFinding, actors, listed_after
from .relation_funding import FUNDER_MARK
from .spans import Mention

# the carrier as the agent of a passive: "X ist beim Y angesiedelt", "X wird von der Y durchgeführt", "X wird
# vom Verein Y angeboten"; or where it is placed: "X ist an der Hochschule Y angesiedelt"
_HOSTED_AFTER = re.compile(
    r"\b(?:angesiedelt|angedockt|angebunden|beheimatet|verortet|untergebracht|koordiniert|getragen|durchgeführt|umgesetzt"
    r"|betrieben|angeboten|verantwortet)\b"
)
_HOST_LINK = (  # capitalised where the carrier opens the sentence: "Beim Verein Y ist das Projekt X angesiedelt"
    r"(?:[Bb]ei|[Bb]eim|[Bb]ei\s+der|[Vv]on|[Vv]om|[Vv]on\s+der|[Dd]urch|[Dd]urch\s+(?:die|den|das)|[Aa]n\s+der|[Aa]n\s+die"
    r"|[Aa]n\s+dem|[Aa]m)\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)
_HOSTED_BEFORE = re.compile(
    r"\b\w*(?:[Kk]oordin(?:ation|ierung)|[Tt]rägerschaft|Federführung|Projektleitung)\b[^.]{0,80}?\b(?:liegt|lag|ist|war)\s+(?:[^.]{0,40}?\s)?(?:bei|beim)\b"
    r"|\b(?:Projekt)?[Tt]räger(?:in|innen)?\b[^.]{0,80}?\b(?:ist|war|sind|waren)\b|\b[Ff]ederführend\s+(?:ist|war)\b|\b[Uu]nter\s+dem\s+Dach\s+(?:von|des|der)\b"
    r"|\b(?:[Ii]n|[Uu]nter)\s+(?:der\s+)?Trägerschaft\s+(?:von|des|der)\b"
    r"|\b(?:dessen|deren)\s+(?:Gesamt|Netzwerk)?(?:Koordination|Koordinierung|Trägerschaft)\s+(?:bei|beim)\b"  # "X, dessen Koordination bei der Y liegt"
    r"|\b(?:liegt|lag|liegen|lagen)\s+(?:\w+\s+){0,2}?in\s+den\s+Händen\s+(?:von|vom|des|der)\b"  # "X liegt in den Händen der Y"
    r"|(?m:^[^\S\n]*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordin(?:ation|ierung))[^\S\n]*:)"  # a profile's field: "Träger: Y", "Koordination: Y"
)
# "Projekt „X“ der Y gGmbH", "„X“ von der Y", "die Beratungsstelle X an der Hochschule Y", "X (Träger: Y)", "Projekt
# „X“ (Y gGmbH)": the carrier right after the project's name.
_CARRIER_AFTER = re.compile(
    r"^(?:[“”\"«]?\s*(?:des|der|vom|von\s+der|von\s+dem|beim|bei\s+der|am|an\s+der)\s+|\s*\(\s*Träger(?:in)?\s*:\s*|[“”\"«]?\s*\(\s*$)"  # the bare parenthesis holds the carrier alone
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
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*ge[a-zäöüß]+(?:t|en)|Ge[a-zäöüß]+(?:t|en)|[A-ZÄÖÜ][a-zäöüß]+iert"
    r"|(?:Be|Ver|Er|Ent|Unter|Über|Hinter)[a-zäöüß]+(?:t|en)"  # without "ge": "Unterstützt", "Betreut"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+und\s+[a-zäöüß]+(?:t|en))"  # two sharing the agent: "Initiiert und finanziert"
    r"\s+(?:wird|werden|wurde|wurden)\s+(?:\w+\s+){0,3}$"
)
_BEFORE_THE_PROJECT = (
    60  # characters back from the project to a fronted participle: an auxiliary and an adverb
)
# Between the copula and the carrier noun: a time and adverbs ("ist seit 2017 auch neuer Träger des …").
_MIDDLE_FIELD = (
    r"(?:(?:seit|ab)\s+(?:\d{4}|[A-ZÄÖÜ]\w+|\w+\s+\d{4})\s+|(?:"
    + "|".join(lexicon.CARRIER_ADVERBS)
    + r")\s+){0,3}"
)
_COORDINATOR = re.compile(
    # "als Koordinatorin des", "als koordinierender Träger des", "Als Koordinierungsstelle des"
    r"\b[Aa]ls\s+(?:[a-zäöüß]\w*(?:e|er|en)\s+)?(?:Gesamt|Netzwerk|Landes)?"
    r"(?:[Kk]oordinator(?:in)?|Koordinierungsstelle|Träger(?:in)?)\s+(?:des|der)\b"
    # "ist koordinierender Träger des", "ist Netzwerkkoordinatorin des": an adjective and a compound head may come
    r"|\b(?:ist|war)\s+" + _MIDDLE_FIELD + r"(?:(?:die|der)\s+)?(?:[a-zäöüß]\w*(?:e|er|en)\s+)?"
    r"(?:Koordinierungsstelle|(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordinator(?:in)?)"
    r"\s+(?:für|des|der|von|im)\b"
    # the carrier with its role in apposition: "Die X gGmbH, Träger des Projekts Y, lädt ein", "Die X gGmbH
    # (Trägerin des Projekts Y) lädt ein"
    r"|(?:,|\()\s*(?:(?:die|der)\s+)?(?:Projekt)?Träger(?:in)?\s+(?:des|der)\b"
)

# The coordinator's role in apposition right after the body (a person in apposition has this role too: the body
# must end right before the comma): "Die X gGmbH, Koordinatorin des IQ Netzwerks Y, lädt ein", "Die X gGmbH
# (Koordination des IQ Netzwerks Y) lädt ein".
_COORDINATOR_APPOSITION = re.compile(
    r"(?:,|\()\s*(?:(?:die|der)\s+)?(?:Gesamt|Netzwerk|Landes)?"
    r"(?:[Kk]oordinator(?:in)?|[Kk]oordin(?:ation|ierung)|Koordinierungsstelle)\s+(?:des|der)\s"
)
_NETWORK_NEXT = 12  # characters from the role's article to the network: "IQ Netzwerks" starts the name itself

# The participle before its agent: "X wird getragen von der Y", "das Projekt X, umgesetzt von der Y, berät …".
_PARTICIPLE_THEN_AGENT = re.compile(
    r"\b(?:getragen|durchgeführt|umgesetzt|koordiniert|betrieben|verantwortet)\s+(?:von|vom|durch)\b"
    r"|\bangesiedelt\s+(?:bei|beim|an)\b"
)
_AGENT_NEXT = 16  # characters from the preposition to the agent's name: an article and a head noun
_APPOSITION_COMMA = re.compile(r",\s*$")

# "Die Koordination liegt bei …", "Träger ist …" name no network or project: they mean the one the text spoke
# of last.
_BARE_COORDINATION = re.compile(
    r"\w*(?:[Kk]oordin(?:ation|ierung)|[Tt]rägerschaft|Federführung|Projektleitung)\s+(?:liegt|lag|ist|war)\b|[Ff]ederführend\s+(?:ist|war)\b|(?:Projekt)?[Tt]räger(?:in|innen)?\s+(?:ist|war|sind|waren)\b|\s*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Netzwerk|Landes)?[Kk]oordination)\s*:"
)
# The carrier as subject of taking over the coordination, in main clause or perfect order.
# The carried unit after the noun: "die Koordination des X", "die Trägerschaft für das Projekt X".
_TAKEN_OVER = r"(?:Gesamt)?(?:[Kk]oordin(?:ation|ierung)|Trägerschaft)\s+(?:des|der|für\s+(?:das|den|die))"
_TAKES_OVER = re.compile(
    rf"\b(?:übernimmt|übernahm|übernehmen)\s+(?:\w+\s+){{0,4}}?(?:die\s+)?(?P<of>{_TAKEN_OVER})\b"
    # "… hat die Koordination des X übernommen", "… hat die Trägerschaft für das Projekt X inne"
    rf"|\b(?:die\s+)?(?P<of2>{_TAKEN_OVER})\b[^.]{{0,80}}?\b(?:übernommen|inne)\b"
    # the coordination fronted, its holder after the verb: "Die Koordinierung des X übernimmt (seit 2030) die Y"
    rf"|\b(?P<fronted>[Dd]ie\s+(?P<of3>{_TAKEN_OVER}))\b[^.;]{{0,80}}?\b(?:übernimmt|übernahm|hat|hatte)\s"
)
# The verb first, the coordinated network or project next, its carrier after "durch"/"von".
_V1_PASSIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Koordiniert|Getragen|Umgesetzt|Durchgeführt|Betrieben|Angeboten)\s+"
    r"(?:wird|werden|wurde|wurden)\b(?P<pronoun>\s+(?:sie|es|er)\b)?"
)


def find_hosts(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None = None,
    project: Mention | None = None,
) -> Iterator[RelationFinding]:
    """`earlier`: the network or project named last before the sentence ("Die Koordination liegt bei …");
    `project`: the subproject named last before it."""
    if not ms:
        return
    start, end = sentence
    for cue in _HOSTED_AFTER.finditer(text, start, end):
        host = _nearest_before(ms, cue.start(), _HOST_LINK, text)
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
    yield from _placed_in_a_network(text, sentence, ms)
    for cue in _HOSTED_BEFORE.finditer(text, start, end):
        antecedent = _antecedent(text, ms, start, cue.start())  # "das Projekt X, dessen Träger die Y ist"
        hosts = actors(ms, cue.end(), cue.end() + 80) or (
            actors(ms, *cue.span(), CARRIERS) if antecedent else []
        )
        network = (
            antecedent
            or actors(ms, cue.start(), cue.end())
            or actors(ms, start, cue.start(), COORDINATED)  # what is carried: a network, project or office
            or _after_hosts(text, ms, hosts)
            or _carried_earlier(text, cue, earlier, project, start)
        )
        if hosts and network and hosts[0] is not network[0]:
            # "Träger sind die Volkshochschule X und der Verein Y": every carrier of the list
            carriers = (
                listed_after(text, ms, hosts[0].start, end, CARRIERS)
                if cue.group(0).endswith(("sind", "waren"))
                else []
            )
            for host in carriers or hosts[:1]:
                yield RelationFinding(network[0], "hostedBy", host)
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
        if carrier and carrier.type in CARRIERS and _CARRIER_AFTER.match(link) and not agent:
            yield RelationFinding(project, "hostedBy", carrier)
    yield from _agents_after_participles(text, sentence, ms)
    yield from _carriers_in_attributes(text, sentence, ms)
    yield from _active_carriers(text, sentence, ms)
    yield from _relative_carriers(text, sentence, ms)
    yield from _responsible_for_coordination(text, sentence, ms)
    yield from _own_projects(text, sentence, ms)
    yield from _compound_carrier(text, ms)
    yield from _carrying_verbs(text, sentence, ms)
    yield from _project_as_instrument(text, sentence, ms)
    yield from _behind_the_unit(text, sentence, ms)
    yield from _commissioned(text, sentence, ms)
    yield from _started_by(text, sentence, ms)
    yield from _under_the_lead(text, sentence, ms)
    yield from _change_of_coordinator(text, sentence, ms, earlier)
    yield from _office_placed_at(text, sentence, ms, earlier)
    yield from _coordination_first(text, sentence, ms, earlier)
    yield from _part_of_a_bodys_department(text, sentence, ms)
    yield from _taking_over(text, sentence, ms)
    for cue in _V1_PASSIVE.finditer(text, start, end):  # "Koordiniert wird das Netzwerk durch die X GmbH"
        agent = FUNDER_MARK.search(text, cue.end(), end)
        subjects = actors(ms, cue.end(), agent.start() if agent else end, COORDINATED)
        if (
            cue.group("pronoun") and earlier is not None
        ):  # "Betrieben wird sie vom Verein X": the unit spoken of
            subjects = [earlier]
        hosts = actors(ms, agent.end(), end, CARRIERS) if agent else []
        if subjects and hosts:
            yield RelationFinding(subjects[0], "hostedBy", hosts[0])
    yield from _coordinator_in_apposition(text, sentence, ms)
    yield from _coordinator_named_first(text, sentence, ms, earlier)
    for cue in _COORDINATOR.finditer(text, start, end):
        networks = actors(ms, cue.end(), cue.end() + 80, frozenset({"StateNetwork", "Subproject"}))
        others = [m for m in actors(ms, start, end) if m.type != "StateNetwork" and m not in networks]
        before = [m for m in others if m.end <= cue.start()]
        if networks and others:  # the body nearest before "als Koordinatorin", "ist die Koordinierungsstelle"
            carrier = before[-1] if before else others[0]
            # "ist Träger des Projekts X und der Beratungsstelle Y": each unit of the list
            for unit in listed_after(text, ms, networks[0].start, end, COORDINATED):
                yield RelationFinding(unit, "hostedBy", carrier)


def _taking_over(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "Die X GmbH hat die Koordination des Y übernommen", "… übernahm die X GmbH die Koordination des Y", "Die
    Koordinierung des Y übernimmt die X GmbH" (the holder after the verb)."""
    start, end = sentence
    for cue in _TAKES_OVER.finditer(text, start, end):
        of = cue.end(next(g for g in ("of", "of2", "of3") if cue.group(g)))
        coordinated = actors(ms, of, of + 60, COORDINATED)
        if cue.group("fronted"):
            after = actors(ms, cue.end(), end, CARRIERS)
            hosts = after[:1] if after and _BODY_NEXT.match(text, cue.end()) else []
        else:  # "… übernahm die X GmbH die Koordination": the carrier after the verb, else before it
            inverted = actors(ms, cue.start(), cue.start("of") if cue.group("of") else cue.start(), CARRIERS)
            hosts = inverted or actors(ms, start, cue.start(), CARRIERS)
        if hosts and coordinated:
            yield RelationFinding(coordinated[0], "hostedBy", hosts[-1])


def _coordinator_in_apposition(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _COORDINATOR_APPOSITION.finditer(text, *sentence):
        body = next(reversed(actors(ms, sentence[0], cue.start())), None)
        network = next(iter(actors(ms, cue.end(), cue.end() + _NETWORK_NEXT, COORDINATED)), None)
        if body is None or network is None or body.type not in CARRIERS:
            continue
        if _CLOSING_WORD.fullmatch(text, body.end, cue.start()) and network.type == "StateNetwork":
            yield RelationFinding(network, "hostedBy", body)


# The coordinator's role first, the body the subject after "ist": "Netzwerkkoordinator ist die X gGmbH", "Koordinatorin
# des IQ Netzwerks Y war bis 2020 der Verein Z". Without a genitive the network is the one spoken of last.
_COORDINATOR_FIRST = re.compile(
    r"\s*(?:(?:Der|Die)\s+)?(?:(?:Gesamt|Netzwerk|Landes)k|K)oordinator(?:in)?\s+(?:(?P<of>des|der)\s[^.;]{0,60}?\s)?"
    r"(?:ist|war)\s"
)
_BODY_NEXT = re.compile(r"\s*(?:(?:seit|bis|ab)\s+\S+\s+|bereits\s+)?(?:die|der|das)\s+(?:[A-ZÄÖÜ]\w*\s+)?")


def _coordinator_named_first(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    cue = _COORDINATOR_FIRST.match(text, sentence[0])
    if cue is None:
        return
    named = actors(ms, cue.start(), cue.end(), COORDINATED) if cue.group("of") else []
    unit = named[0] if named else None if cue.group("of") else earlier
    body = next(iter(actors(ms, cue.end(), sentence[1])), None)
    if unit is None or body is None or body.type not in CARRIERS:
        return
    if _BODY_NEXT.fullmatch(text, cue.end(), body.start) and unit.type == "StateNetwork":
        yield RelationFinding(unit, "hostedBy", body)


# A pronoun opening the sentence stands for the unit spoken of last: "Sie ist bei der Y angesiedelt".
_OPENING_PRONOUN = re.compile(r"\s*(?:Sie|Es|Er)\s")


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
_ANTECEDENT_GAP = 2  # characters between the unit's name and the comma: a closing quotation mark


def _antecedent(text: str, ms: list[Mention], sentence_start: int, pos: int) -> list[Mention]:
    """The unit right before the comma of the relative clause `pos` stands in, if it stands in one."""
    openings = list(_RELATIVE_OPENING.finditer(text, sentence_start, pos))
    if not openings:
        return []
    return _unit_before_comma(ms, sentence_start, openings[-1].start())


def _unit_before_comma(ms: list[Mention], sentence_start: int, comma: int) -> list[Mention]:
    return [
        m for m in actors(ms, sentence_start, comma, COORDINATED) if 0 <= comma - m.end <= _ANTECEDENT_GAP
    ][-1:]


# The unit as antecedent, its carrier the subject of a relative clause with the verb last: "das Projekt „X“, das
# die Y gGmbH umsetzt", "die Anlaufstelle X, die der Verein Y betreibt".
_RELATIVE_CARRYING = re.compile(
    r",\s+(?:das|die|der|welche[sr]?)\s+(?P<clause>[^,.;]{0,100}?)\s"
    r"(?:umsetzt|umsetzte|durchführt|durchführte|trägt|trug|betreibt|betrieb|koordiniert|koordinierte|verantwortet)\b"
)


def _relative_carriers(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for clause in _RELATIVE_CARRYING.finditer(text, *sentence):
        unit = _unit_before_comma(ms, sentence[0], clause.start())
        carrier = next(iter(actors(ms, clause.start("clause"), clause.end("clause"))), None)
        subject = carrier is not None and _SUBJECT_AFTER_VERB.fullmatch(
            text, clause.start("clause") - 1, carrier.start
        )
        if unit and carrier is not None and carrier.type in CARRIERS and subject:
            yield RelationFinding(unit[0], "hostedBy", carrier)


def _agents_after_participles(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    """The carried unit is the subject (the first named in the sentence) or, where the participle opens an
    apposition, the unit right before its comma."""
    for cue in _PARTICIPLE_THEN_AGENT.finditer(text, *sentence):
        host = next(iter(actors(ms, cue.end(), cue.end() + _AGENT_NEXT)), None)
        carried = actors(ms, sentence[0], cue.start(), COORDINATED)
        if host is None or host.type not in CARRIERS or not carried:
            continue
        in_apposition = _APPOSITION_COMMA.search(text, sentence[0], cue.start())
        yield RelationFinding(carried[-1] if in_apposition else carried[0], "hostedBy", host)


# Verbs whose subject carries their object, in the active voice: "Die Y gGmbH koordiniert das IQ Netzwerk X",
# "Die Stiftung Y betreibt die Anlaufstelle X", and with the object first: "Das Projekt „X“ verantwortet die Y".
_ACTIVE_CARRYING_VERB = re.compile(
    r"\b(?:koordiniert|koordinierte|koordinieren|betreibt|betrieb|betreiben|verantwortet|verantwortete"
    r"|leitet|leitete|trägt|trug)\b"  # a body leading or carrying a project: "Die Stiftung Y leitet das Projekt X"
)
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜ]\w*\s+)?$")
_OBJECT_NEXT = 40  # characters from the verb to its object: adverbials ("seit 2015") and an article


def _active_carriers(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _ACTIVE_CARRYING_VERB.finditer(text, *sentence):
        before = actors(ms, sentence[0], cue.start())
        after = actors(ms, cue.end(), cue.end() + _OBJECT_NEXT)
        if not before:
            yield from _subject_after_the_verb(text, cue, actors(ms, cue.end(), sentence[1]))
            continue
        if (
            len(before) != 1
            or not after
            or not _SUBJECT_OPENING.fullmatch(text, sentence[0], before[0].start)
        ):
            continue
        subject, first_after = before[0], after[0]
        unit_after = _OBJECT_ARTICLE.search(text, max(cue.end(), first_after.start - 30), first_after.start)
        if subject.type in CARRIERS and first_after.type in COORDINATED and unit_after:
            yield RelationFinding(first_after, "hostedBy", subject)
        elif subject.type == "Subproject" and first_after.type in CARRIERS:
            carrier_subject = _SUBJECT_AFTER_VERB.fullmatch(text, cue.end(), first_after.start)
            if carrier_subject and not _after_a_preposition(text, carrier_subject.start("article")):
                yield RelationFinding(subject, "hostedBy", first_after)


# An adverbial first, the carrier as subject right after the verb, the unit the object: "Seit 2011 koordiniert die Y
# gGmbH das IQ Netzwerk X", "In Leipzig betreibt der Verein Y die Anlaufstelle X".
_ARTICLE_BEFORE_NAME = (
    30  # characters back from a unit's name to its article: a head noun and a quotation mark
)
_ARTICLE_NEXT = re.compile(r"\s+(?:die|der|das|den)\s+(?:[A-ZÄÖÜ]\w*\s+)?")


def _subject_after_the_verb(text: str, cue: re.Match[str], after: list[Mention]) -> Iterator[RelationFinding]:
    if len(after) < 2 or after[0].type not in CARRIERS or after[1].type not in COORDINATED:
        return
    carrier, unit = after[:2]
    subject_next = _ARTICLE_NEXT.fullmatch(text, cue.end(), carrier.start)
    object_next = _OBJECT_ARTICLE.search(
        text, max(carrier.end, unit.start - _ARTICLE_BEFORE_NAME), unit.start
    )
    if subject_next and object_next and unit.start - carrier.end <= _OBJECT_NEXT:
        yield RelationFinding(unit, "hostedBy", carrier)


# "Für die Koordination des IQ Netzwerks X ist die Y zuständig", "Die Y ist für die Koordination des X verantwortlich";
# the unit itself or its carrying out: "Für das Projekt „X“ zeichnet die Y verantwortlich", "Die Y ist für die
# Umsetzung des Projekts X zuständig" (a ministry responsible for a project oversees or funds it: no carrier).
_RESPONSIBLE = re.compile(
    r"\b[Ff]ür\s+(?:die\s+(?:Gesamt|Netzwerk)?[Kk]oordin(?:ation|ierung)\s+(?:des|der)|(?P<unit>die\s+(?:Umsetzung|Durchführung)"
    r"\s+(?:des|der)|das|den|die))\b(?=[^;]{0,200}?\b(?:zuständig|verantwortlich)\b)"
)
_UNIT_AFTER_COORDINATION = (
    12  # characters from "Koordination des" to the unit: a head noun ("Netzwerks") at most
)


def _responsible_for_coordination(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _RESPONSIBLE.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + _UNIT_AFTER_COORDINATION, COORDINATED)), None)
        carriers = _INSTRUMENT_CARRIERS if cue.group("unit") else CARRIERS
        carrier = next((m for m in actors(ms, *sentence, carriers) if unit is None or m is not unit), None)
        if unit is not None and carrier is not None:
            yield RelationFinding(unit, "hostedBy", carrier)


# The carrier inside a participle phrase before the unit's head: "die bei der Y gGmbH angesiedelte Anlaufstelle X",
# "das von der Y getragene Projekt „X“", "das unter dem Dach der Y arbeitende Welcome Center".
_ATTRIBUTE_OPENING = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]as|den|dem|des)\s+"
    r"(?:bei|beim|von|vom|durch|unter\s+dem\s+Dach\s+(?:von|der|des))\s+(?:(?:der|dem|den)\s+)?"
)
_ATTRIBUTE_PARTICIPLE = re.compile(
    r"\s+(?:\w+\s+)?(?:angesiedelt|getragen|durchgeführt|umgesetzt|koordiniert|betrieben|verantwortet"
    r"|arbeitend|agierend|tätig)(?:e|en|er|es|em)\s+"
)
_PARTICIPLE_TO_UNIT = (
    40  # characters from the participle to the unit: a head noun and an opening quotation mark
)


def _carriers_in_attributes(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for opening in _ATTRIBUTE_OPENING.finditer(text, *sentence):
        host = next(iter(actors(ms, opening.end(), opening.end() + 1)), None)
        participle = _ATTRIBUTE_PARTICIPLE.match(text, host.end) if host is not None else None
        if host is None or host.type not in CARRIERS or participle is None:
            continue
        unit = next(
            iter(actors(ms, participle.start(), participle.end() + _PARTICIPLE_TO_UNIT, COORDINATED)), None
        )
        if unit is not None:
            yield RelationFinding(unit, "hostedBy", host)


# The project as the carrier's own, by a possessive pronoun: "Die Y GmbH startet mit ihrem neuen Projekt „X“",
# "Der Verein Y stellt sein Teilprojekt X vor": the carrier is the body named last before the pronoun.
_OWN_PROJECT = re.compile(
    r"(?<![\w-])(?:ihr|sein)(?:e|em|en|es)?\s+(?:[a-zäöüß]\w*(?:e|en|em|es)\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Pp]rojekt|[Aa]ngebot)(?:e|en|es|s)?(?![\w-])"
)
_OWNERS = frozenset({"Organisation", "Agency"})  # a ministry's "own" project is one it funds


def _own_projects(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _OWN_PROJECT.finditer(text, *sentence):
        owner = next(reversed(actors(ms, sentence[0], cue.start())), None)
        project = next(iter(actors(ms, cue.start(), cue.end() + _NAME_AFTER_HEAD + 1, COORDINATED)), None)
        if (
            owner is not None
            and owner.type in _OWNERS
            and project is not None
            and project.type == "Subproject"
        ):
            yield RelationFinding(project, "hostedBy", owner)


# Verbs of carrying out with their separated particle: "Die X gGmbH führt das Projekt Y durch", "Seit 2019 setzt
# die X das Projekt Y um", "Die X bietet die Beratungsstelle Y an". The carrier is the subject, the project the
# object; the verb and its particle agree ("führt … durch", not "führt … an").
_CARRYING_VERB = re.compile(
    r"\b(?:(?:führt|führte|führen|führten)(?P<durch>)|(?:setzt|setzte|setzen|setzten)(?P<um>)"
    r"|(?:bietet|bot|bieten|boten)(?P<an>))\s(?P<middle>[^;:]{0,120}?)\s"
    # the particle the verb takes, so that an earlier other one ("setzt das durch die Stadt … finanzierte X um") is
    # read as part of the middle
    r"(?P<particle>(?(durch)durch|(?(um)um|an)))(?=\s*(?:[.,;:!?)]|$)|\s+(?:und|sowie|oder)\b)"  # at the clause's end
)
# A project named after a preposition is no object of the verb: "bietet mit dem Projekt X Kurse an".
_OBJECT_ARTICLE = re.compile(rf"(?:^|\s)(?:das|den|die)\s+(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$")


# The object with a participle attribute between its article and its name: "führt das vom Land Y geförderte Projekt
# „X“ durch", "setzt die durch den ESF finanzierte Anlaufstelle X um".
_ATTRIBUTED_OBJECT = re.compile(
    rf"(?:^|\s)(?:das|den|die)\s+(?:vom|von|durch|aus|mit)\s[^,;]{{0,80}}?\s[a-zäöüß]+te[ns]?\s+(?:[A-ZÄÖÜ]\w*\s+)?"
    rf"[{OPENING_QUOTES}]?$"
)
# characters back from the name to the object's article: the attribute's agent and participle
_ATTRIBUTE_SPAN = 120
# the attribute's agent is no carrier after the verb ("führt das vom Land Y geförderte …")
_AGENT_BEFORE = re.compile(
    r"\b(?:vom|von|durch|(?:aus|mit)\s+(?:den\s+)?Mitteln)\s+(?:(?:der|dem|den|die|das|des)\s+)?\Z"
)
_AGENT_WORDS = (
    28  # characters back from a name to the preposition and article introducing it: "aus den Mitteln des"
)


def _carrying_verbs(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _CARRYING_VERB.finditer(text, *sentence):
        if cue.group(cue.group("particle")) is None:
            continue
        middle = cue.start("middle"), cue.end("middle")
        carried = [
            m
            for m in actors(ms, *middle, COORDINATED)
            if _OBJECT_ARTICLE.search(text, max(middle[0] - 1, m.start - 30), m.start)
            or _ATTRIBUTED_OBJECT.search(text, max(middle[0] - 1, m.start - _ATTRIBUTE_SPAN), m.start)
        ]
        inverted = (
            [
                m
                for m in actors(ms, middle[0], carried[0].start, CARRIERS)
                if not _AGENT_BEFORE.search(text, max(0, m.start - _AGENT_WORDS), m.start)
            ]
            if carried
            else []
        )
        carriers = inverted or actors(ms, sentence[0], cue.start(), CARRIERS)
        if carried and carriers:
            # a plural verb has every carrier of the list before it: "A und B setzen das Projekt X um"
            plural = cue.group(0).split()[0].endswith("en")
            if inverted:  # "Seit 2030 führen A und B das Projekt X durch"
                subjects = (
                    listed_after(text, ms, inverted[0].start, carried[0].start, CARRIERS)
                    if plural
                    else inverted[:1]
                )
            else:
                subjects = _coordinated_up_to(text, carriers) if plural else carriers[-1:]
            # "führt die Teilprojekte „A“ und „B“ durch": each unit of the object
            for unit in listed_after(text, ms, carried[0].start, middle[1], COORDINATED):
                yield from (RelationFinding(unit, "hostedBy", c) for c in subjects)
        elif not carried:
            yield from _object_first(text, sentence, ms, cue)


def _coordinated_up_to(text: str, carriers: list[Mention]) -> list[Mention]:
    """The last carrier and those coordinated right before it: "A, B und C"."""
    listed = carriers[-1:]
    for m in reversed(carriers[:-1]):
        if not COORDINATION_LINK.match(text[m.end : listed[0].start]):
            break
        listed.insert(0, m)
    return listed


# The project first as the object, the carrier after the verb as its subject: "Das Qualifizierungsprojekt „X“
# setzt die Y gGmbH um", "Das Teilprojekt X führt seit 2020 der Verein Y durch" (a body carries a project out;
# a project carries out no body).
_SUBJECT_AFTER_VERB = re.compile(r"\s(?:[\w.]+\s+){0,3}?(?P<article>die|der|das)\s+$")
_WORD_BEFORE = 20  # characters back to the word before the article
_SENTENCE_OPENING = re.compile(rf"\s*(?:Das|Die|Den)\s+(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$")


def _object_first(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: re.Match[str]
) -> Iterator[RelationFinding]:
    units = actors(ms, sentence[0], cue.start(), COORDINATED)
    carrier = next(iter(actors(ms, cue.start("middle"), cue.end("middle"))), None)
    if not units or carrier is None or carrier.type not in CARRIERS or units[0].type != "Subproject":
        return
    opening = text[sentence[0] : units[0].start]
    subject = _SUBJECT_AFTER_VERB.fullmatch(text, cue.start("middle") - 1, carrier.start)
    if (
        _SENTENCE_OPENING.fullmatch(opening)
        and subject
        and not _after_a_preposition(text, subject.start("article"))
    ):
        yield RelationFinding(units[0], "hostedBy", carrier)


def _after_a_preposition(text: str, pos: int) -> bool:
    """ "mit der Stiftung": the body is the object of a preposition, not the subject."""
    words = text[max(0, pos - _WORD_BEFORE) : pos].split()
    return bool(words) and words[-1].lower() in lexicon.PREPOSITIONS


def _governed(text: str, start: int, pos: int) -> bool:
    """A unit after a preposition (an article and an opening mark may stand between) or in a genitive is no
    subject of a passive: "Die Anlaufstelle ist ein Teilprojekt des IQ Netzwerks X und wird von der Y getragen",
    "Das Projekt gehört zum Netzwerk X und wird …" (Y carries the Anlaufstelle, not the network)."""
    words = [w.lower() for w in text[max(start, pos - 2 * _WORD_BEFORE) : pos].split()]
    if words and words[-1] in _OPENING_MARKS:  # "im „X“"
        words.pop()
    if words and words[-1] in _GOVERNING:
        return True
    return len(words) > 1 and words[-1] in _ARTICLES_AFTER_A_PREPOSITION and words[-2] in _GOVERNING


_GOVERNING = lexicon.PREPOSITIONS | {"des"}
_ARTICLES_AFTER_A_PREPOSITION = frozenset({"der", "dem", "den", "des", "einem", "einer", "eines"})
_OPENING_MARKS = frozenset({"„", "“", '"'})


# The project as the instrument of the carrier's action, first in the sentence: "Mit dem Projekt „X“ will die Y
# GmbH …", "Mit ihrem Teilprojekt X unterstützt die Stiftung Y …": the subject right after the finite verb. Or the
# carrier first as the subject taking part with it: "Der Verein Y ist mit dem Teilprojekt X im IQ Netzwerk Z
# vertreten", "Die Y beteiligt sich mit ihrem Projekt X am …" (not "Die Y bietet mit dem Projekt X Kurse an": the
# project may be a partner's); or the phrase as an attribute of the body ("Zu den Partnern zählt die Stiftung Y mit
# dem Projekt X", "die Y mit ihrem Teilprojekt X und die Z mit …").
_WITH_THE_PROJECT = re.compile(
    r"(?<![\w-])(?:Mit|(?P<inner>mit))\s+(?:dem|ihrem|seinem)\s+(?:\w+en\s+)?(?:Teil|Modell|Pilot)?[Pp]rojekt\b"
)
_VERB_THEN_SUBJECT = re.compile(r"\s*[“”\"«]?\s+[a-zäöüß]+\s+(?:die|der|das)\s+(?:[a-zäöüß]+e\s+)?$")
# the finite verb right after the subject, then adverbs ("seit 2020", "bereits") before "mit"
_SUBJECT_THEN_VERB = re.compile(r"\s+[a-zäöüß]+\s+(?:[\w.]+\s+){0,2}?$")
_TAKING_PART = re.compile(r"\b(?:vertreten|beteiligt|aktiv|dabei|engagiert)\b")
_COOPERATION = re.compile("|".join(lexicon.COOPERATION_STEMS), re.IGNORECASE)
_NAME_AFTER_HEAD = 2  # a space and an opening quotation mark
_INSTRUMENT_CARRIERS = frozenset(
    {"Organisation", "Agency"}
)  # a ministry with a project funds it, carries none


def _project_as_instrument(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _WITH_THE_PROJECT.finditer(text, *sentence):
        # the project's mention may begin at its head ("Projekt „X“") or at its name after it
        project = next((m for m in actors(ms, cue.start(), sentence[1], COORDINATED)), None)
        if project is None or project.start > cue.end() + _NAME_AFTER_HEAD:
            continue
        if _COOPERATION.search(text, sentence[0], sentence[1]):
            continue  # "Mit dem Projekt X arbeitet die Y zusammen": a partner, not the carrier
        carrier = (
            _subject_before(text, sentence, ms, cue)
            if cue.group("inner")
            else _subject_after(text, ms, project, sentence)
        )
        if carrier is not None and carrier.type in _INSTRUMENT_CARRIERS:
            yield RelationFinding(project, "hostedBy", carrier)


def _subject_after(
    text: str, ms: list[Mention], project: Mention, sentence: tuple[int, int]
) -> Mention | None:
    carrier = next((m for m in actors(ms, project.end, sentence[1])), None)
    return carrier if carrier and _VERB_THEN_SUBJECT.fullmatch(text, project.end, carrier.start) else None


def _subject_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], cue: re.Match[str]
) -> Mention | None:
    before = actors(ms, sentence[0], cue.start())
    if before and not text[before[-1].end : cue.start()].strip():
        return before[-1]  # the phrase as the body's attribute: "die Handwerkskammer X mit ihrem Projekt Y"
    if len(before) != 1 or not _SUBJECT_OPENING.fullmatch(text, sentence[0], before[0].start):
        return None
    taking_part = _TAKING_PART.search(text, before[0].end, sentence[1])
    return (
        before[0] if taking_part and _SUBJECT_THEN_VERB.fullmatch(text, before[0].end, cue.start()) else None
    )


# The body commissioned to carry a unit out: "Mit der Durchführung des Projekts X wurde die Y beauftragt", "Das Land
# hat den Verein Y mit der Umsetzung der Beratungsstelle X beauftragt" (the ministry or Land that commissions it pays:
# the carrier is the one other body of the sentence).
_COMMISSIONED = re.compile(
    r"\b[Mm]it\s+der\s+(?:Durchführung|Umsetzung|Koordination|Koordinierung|Trägerschaft)\s+(?:des|der)\s"
    r"(?=[^;]{0,200}?\bbeauftragt\b)"
)


def _commissioned(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _COMMISSIONED.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + _UNIT_AFTER_COORDINATION, COORDINATED)), None)
        bodies = [m for m in actors(ms, *sentence, _INSTRUMENT_CARRIERS) if m is not unit]
        if unit is not None and len(bodies) == 1:
            yield RelationFinding(unit, "hostedBy", bodies[0])


# The body that starts a project, its subject opening the sentence: "Die Y gGmbH startet das Projekt „X“", "Der
# Verein Y hat im Mai das neue Teilprojekt X gestartet", "Die Y ruft die Anlaufstelle X ins Leben". "ruft" starts
# a project only with "ins Leben" after it.
_STARTS = re.compile(
    rf"\s+(?:(?P<finite>{'|'.join(lexicon.STARTING_VERBS)})"
    rf"|(?:hat|hatte|haben|hatten)(?=\s[^;:]{{0,120}}?\s(?:{'|'.join(lexicon.STARTING_PARTICIPLES)})(?=[\s.,;]|$)))\b"
)
_INTO_LIFE = re.compile(r"\sins\s+Leben\b")
# the object's article, an adjective ("das neue Projekt") and a head noun before the name
_STARTED_OBJECT = re.compile(
    rf"(?:^|\s)(?:das|den|die|ihr|sein|ihre|seine)\s+(?:[a-zäöüß]\w*(?:e|en|es)\s+)?(?:[A-ZÄÖÜ]\w*\s+)?[{OPENING_QUOTES}]?$"
)


def _started_by(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    opening = actors(ms, sentence[0], sentence[1])
    body = opening[0] if opening else None
    if body is None or body.type not in _INSTRUMENT_CARRIERS:
        return
    if not _SUBJECT_OPENING.fullmatch(text, sentence[0], body.start):
        return
    verb = _STARTS.match(text, body.end, sentence[1])
    if verb is None:
        return
    if verb.group("finite") in ("ruft", "rief") and not _INTO_LIFE.search(text, verb.end(), sentence[1]):
        return
    project = next(iter(actors(ms, verb.end(), sentence[1], COORDINATED)), None)
    if (
        project is not None
        and project.type == "Subproject"
        and _STARTED_OBJECT.search(text, max(verb.end(), project.start - _OBJECT_NEXT), project.start)
    ):
        yield RelationFinding(project, "hostedBy", body)


# The carrier as the subject of "stehen hinter", the unit fronted: "Hinter dem Projekt „X“ steht die Y gGmbH",
# "Hinter der Anlaufstelle X stehen seit 2019 der Verein A und die Stadt B". A ministry behind a project funds it.
_BEHIND = re.compile(r"(?<![\w-])Hinter\s+(?:(?:dem|der|den)\s+)?")
_STANDS_BEHIND = re.compile(
    r"[“”\"«]?\s*(?:steht|stehen|stand|standen|steckt|stecken|steckte|steckten)\s+(?:[\w.]+\s+){0,3}?(?:die|der|das|den)\s+(?:[A-ZÄÖÜ]\w*\s+)?"
)


def _behind_the_unit(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _BEHIND.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + _UNIT_AFTER_COORDINATION + 2, COORDINATED)), None)
        if unit is None:
            continue
        carriers = listed_after(text, ms, unit.end, sentence[1], _INSTRUMENT_CARRIERS)
        if carriers and _STANDS_BEHIND.fullmatch(text, unit.end, carriers[0].start):
            yield from (RelationFinding(unit, "hostedBy", carrier) for carrier in carriers)


def _compound_carrier(text: str, ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "das DGB-Projekt „X“", "die AWO-Beratungsstelle „Y“": the carrier's short name joined to the project's head
    (a ministry's, "das BMAS-Projekt „X“", pays for it: relation_funding reads that)."""
    for project in (m for m in ms if m.type == "Subproject" and not m.generic):
        carrier = next((m for m in ms if m.end < project.start and text[m.end : project.start] == "-"), None)
        if carrier is not None and carrier.type in _INSTRUMENT_CARRIERS:
            yield RelationFinding(project, "hostedBy", carrier)


# The carrier as the leader a prepositional phrase names: "Das IQ Netzwerk X arbeitet unter Federführung der Y",
# "Unter der Federführung der Y arbeitet das IQ Netzwerk X", "… in Koordination des Vereins Y" (not "in
# Koordination mit": a partner).
_UNDER_THE_LEAD = re.compile(
    r"(?<![\w-])(?:[Uu]nter\s+(?:der\s+)?Federführung|[Ii]n\s+(?:der\s+)?Koordination|Koordinierung)\s+(?:von|vom|des|der)\b"
)
# The unit is the subject that opens the sentence ("Das IQ Netzwerk X"), not the attribute of another noun
# ("Die Tagung des IQ Netzwerks X fand unter Federführung der Y statt": the event's organiser).
_UNIT_OPENS = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?(?:[a-zäöüß]\w*e\s+)?$")


def _under_the_lead(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _UNDER_THE_LEAD.finditer(text, *sentence):
        carrier = next(iter(actors(ms, cue.end(), cue.end() + _AGENT_NEXT)), None)
        if carrier is None or carrier.type not in CARRIERS:
            continue
        before = actors(ms, sentence[0], cue.start(), COORDINATED)
        if before and _UNIT_OPENS.fullmatch(text, sentence[0], before[0].start):
            yield RelationFinding(before[0], "hostedBy", carrier)
        elif not actors(ms, sentence[0], cue.start()):  # the phrase first: the unit after it in the clause
            yield from (
                RelationFinding(unit, "hostedBy", carrier) for unit in _after_hosts(text, ms, [carrier])[:1]
            )


# A change of the coordinating body: "Die Koordination des IQ Netzwerks X wechselt von der A zum Verein B", "Die
# Koordination geht 2019 von A an B über". Both carried the network, one before the other; the graph keeps no
# period, so each is a carrier. The first body's name may end in "e.V.", so its span crosses dots.
_CHANGE_OF_COORDINATOR = re.compile(
    r"\b(?:Gesamt|Netzwerk|Landes)?[Kk]oordin(?:ation|ierung)\b(?P<of>\s+(?:des|der)\s)?[^.;]{0,80}?"
    r"\b(?:wechselt|wechselte|geht|ging|gehen)\s+(?:[\w.]+\s+){0,3}?(?:von|vom)\s(?P<old>[^;]{0,80}?)"
    r"\s(?:zu|zum|zur|an|auf)\s"
)


def _change_of_coordinator(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _CHANGE_OF_COORDINATOR.finditer(text, *sentence):
        named = (
            actors(ms, cue.end("of"), cue.end("of") + _UNIT_AFTER_COORDINATION, COORDINATED)
            if cue.group("of")
            else []
        )
        unit = named[0] if named else earlier if not cue.group("of") else None
        before = next(iter(actors(ms, cue.start("old"), cue.end("old"), CARRIERS)), None)
        after = next(iter(actors(ms, cue.end(), cue.end() + _AGENT_NEXT)), None)
        if unit is None or before is None or after is None or after.type not in CARRIERS:
            continue
        yield RelationFinding(unit, "hostedBy", before)
        yield RelationFinding(unit, "hostedBy", after)


# The coordination office with the body it is placed at in a prepositional attribute: "die Koordinierungsstelle
# bei der Y gGmbH", "die Landeskoordination des IQ Netzwerks X beim Verein Y". A network named in the genitive is
# coordinated by that body as well.
_OFFICE_OF = frozenset(
    {"StateNetwork", "Programme"}
)  # "die Landeskoordination des Förderprogramms IQ beim …"
_OF_THE_NETWORK = re.compile(r"\s+(?:des|der)\s+$")
_AT_THE_CARRIER = re.compile(
    r"\s+(?:bei|beim|bei\s+der|bei\s+dem|bei\s+den)\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
    r"|\s*\(\s*Träger(?:in)?\s*:\s*$"  # a list's item: "TP 1: Koordination (Träger: Y)"
    # the office as subject: "Die Koordinierungsstelle ist seit 2015 bei der Y angesiedelt", "befindet sich bei der Y"
    r"|\s+(?:(?P<verb>ist|war)|befindet\s+sich|befand\s+sich|hat\s+(?:ihren|seinen)\s+Sitz)\s+(?:[\w.]+\s+){0,2}?(?:bei|beim)(?:\s+(?:der|dem))?\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)


# "ist bei der Y" places the office only with a participle of placing after it ("… bei der Y zu Gast" does not)
_PLACED_AFTER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:angesiedelt|untergebracht|verortet)\b")


def _office_placed_at(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    """The network is the one named in the office's attribute, or the one the text spoke of last, whose office it
    is: the body that holds a network's coordination coordinates the network."""
    for office in (m for m in actors(ms, *sentence) if m.type == "CoordinationOffice"):
        following = actors(ms, office.end, sentence[1])
        network = (
            following[0]
            if following
            and following[0].type in _OFFICE_OF
            and _OF_THE_NETWORK.fullmatch(text, office.end, following[0].start)
            else None
        )
        rest = following[1:] if network is not None else following
        carrier = rest[0] if rest else None
        link_start = network.end if network is not None else office.end
        if carrier is None or carrier.type not in CARRIERS:
            continue
        link = _AT_THE_CARRIER.fullmatch(text, link_start, carrier.start)
        if link and (link.group("verb") is None or _PLACED_AFTER.match(text, carrier.end)):
            yield RelationFinding(office, "hostedBy", carrier)
            if network is None and earlier is not None and office.key == f"coordinationoffice:{earlier.key}":
                network = earlier
            if network is not None and network.type == "StateNetwork":
                yield RelationFinding(network, "hostedBy", carrier)


# The coordination first as the object, its holder the subject after the verb, the unit the one spoken of last:
# "Die Koordination übernimmt die Y", "Die Netzwerkkoordination hat seit 2015 der Verein Y inne".
_COORDINATION_FIRST = re.compile(
    r"\s*Die\s+(?:Gesamt|Netzwerk|Landes)?[Kk]oordin(?:ation|ierung)\s+(?:(?P<takes>übernimmt|übernahm)|hat|hatte)\s"
)
_HELD = re.compile(r"\binne\b")
# adverbs and numbers before the subject, no noun ("übernimmt die Aufgabe der Y": Y is no subject)
_HOLDER_NEXT = re.compile(r"\s(?:[a-zäöüß0-9.]+\s+){0,3}?(?:die|der|das)\s+")


def _coordination_first(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    cue = _COORDINATION_FIRST.match(text, sentence[0])
    if (
        cue is None
        or earlier is None
        or not (cue.group("takes") or _HELD.search(text, cue.end(), sentence[1]))
    ):
        return
    carrier = next(iter(actors(ms, cue.end(), sentence[1])), None)
    if (
        carrier is not None
        and carrier.type in CARRIERS
        and _HOLDER_NEXT.fullmatch(text, cue.end() - 1, carrier.start)
    ):
        yield RelationFinding(earlier, "hostedBy", carrier)


# "Sie arbeitet unter dem Dach des …", "Anfangs arbeiteten wir unter der Trägerschaft der …" (a project's own page):
# a pronoun subject means the project or network spoken of last.
_PRONOUN_SUBJECT = re.compile(r"(?:^\s*(?:Sie|Es|Er|Wir)|\s(?:wir|sie|es|er))\s")


# "Träger ist …" (not "Koordination"): what is carried is a project rather than the network the same sentence
# before placed it in ("Das Projekt X ist ein Teilprojekt des IQ Netzwerks Y. Träger ist die Z.").
_BARE_CARRIER = re.compile(r"(?:Projekt)?[Tt]räger(?:in)?\b")


def _carried_earlier(
    text: str, cue: re.Match[str], earlier: Mention | None, project: Mention | None, sentence_start: int
) -> list[Mention]:
    if earlier is None or not _means_earlier(text, sentence_start, cue.start()):
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


def _means_earlier(text: str, sentence_start: int, cue_start: int) -> bool:
    return (
        _BARE_COORDINATION.match(text, cue_start) is not None
        or _PRONOUN_SUBJECT.search(text[sentence_start:cue_start]) is not None
    )


def _after_hosts(text: str, ms: list[Mention], hosts: list[Mention]) -> list[Mention]:
    """The unit named after the host in the same clause: "Unter dem Dach der Y gGmbH arbeitet die Anlaufstelle X"
    (not "Träger ist die Y, das Angebot gehört zum Netzwerk Z": a clause of its own)."""
    if not hosts:
        return []
    host = hosts[0]
    return [
        m for m in ms if m.start > host.end and m.type in COORDINATED and "," not in text[host.end : m.start]
    ]


def _nearest_before(ms: list[Mention], pos: int, link: str, text: str) -> Mention | None:
    for m in reversed(actors(ms, 0, pos)):
        preceding = text[max(0, m.start - 24) : m.start]
        if re.search(link, preceding):
            return m
    return None


# Relative clauses whose antecedent is the host: "die X GmbH, die das IQ Netzwerk Y koordiniert",
# "der Verein X, bei dem die Koordination des Netzwerks angesiedelt ist".
_RELATIVE_HOST = re.compile(
    r",\s+(?:(?:bei|an|in|unter)\s+(?:dem|der|denen|deren)|die|der|das|welche[rs]?)\s+(?P<clause>[^,.;]{0,100}?)"
    r"\b(?:koordiniert|koordinierte|koordinieren|trägt|trug|tragen|angesiedelt|betreut|betreibt"
    r"|umsetzt|umsetzte|durchführt|durchführte|anbietet|anbot)\b"  # "die Y gGmbH, die das Projekt X umsetzt"
)
# or the carrier noun as the clause's predicate: "der Verein X, der seit 2017 Träger des Projekts Y ist", "die Y
# gGmbH, die neue Trägerin von Z wurde"
_RELATIVE_CARRIER_NOUN = re.compile(
    r",\s+(?:die|der|welche[rs]?)\s+(?P<clause>[^,.;]{0,60}?\b(?:Projekt)?Träger(?:in)?\s+(?:des|der|von|vom|für)\s"
    r"[^,.;]{0,80}?)\s(?:ist|war|wird|wurde|bleibt|blieb)\b"
)
_ANTECEDENT_GAP = 2  # the antecedent ends right before the comma
# or before the particle or participle that closes the main clause, with the relative clause put after it: "die
# Tagung fand beim Verein X statt, bei dem die Koordination angesiedelt ist"; a parenthesis may come between:
# "der Verein X (www.x.de), der …"
_CLOSING_WORD = re.compile(r"\s*(?:\([^()]{1,40}\))?(?:\s+[a-zäöüß]+)?\s*")


def find_relative_hosts(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for match in (
        *_RELATIVE_HOST.finditer(text, *sentence),
        *_RELATIVE_CARRIER_NOUN.finditer(text, *sentence),
    ):
        host = next(
            (
                m
                for m in reversed(actors(ms, sentence[0], match.start()))
                if match.start() - m.end < _ANTECEDENT_GAP
                or _CLOSING_WORD.fullmatch(text, m.end, match.start())
            ),
            None,
        )
        if host is None or host.type not in CARRIERS:
            continue
        clause = match.start("clause"), match.end("clause")
        hosted = actors(ms, *clause, COORDINATED)
        if not hosted and earlier is not None and "Koordination" in text[clause[0] : clause[1]]:
            hosted = [earlier]  # "…, bei dem die Koordination angesiedelt ist": the network spoken of
        if hosted:
            yield RelationFinding(hosted[0], "hostedBy", host)


def carriers_of_led_projects(
    heads: list[tuple[Mention, Mention]], members: list[tuple[Mention, Mention]]
) -> Iterator[RelationFinding]:
    """A project's head named in one sentence with the body she works for ("Projektleiterin des Projekts X,
    Petra Beispiel vom Verein Y", "Leiter des Projekts X ist Karl Muster von der Y"): that body carries the project."""
    employers: dict[str, Mention] = {}
    for person, body in members:
        if body.type in CARRIERS:
            employers.setdefault(person.key, body)
    for unit, head in heads:
        employer = employers.get(head.key)
        if unit.type == "Subproject" and employer is not None:
            yield RelationFinding(unit, "hostedBy", employer)


# A unit placed in a department of a body: "Die Beratungsstelle X ist (organisatorisch) Teil der Abteilung Integration im
# Amt Y", "Als Teil der Sozialabteilung des Vereins Y arbeitet die Stelle X": the body carries it.
_DEPARTMENT = (  # with the genitive ending: "des Fachbereichs", "des Referates"
    r"(?:[A-ZÄÖÜ][\w-]*(?:abteilung|bereich|referat|dienst|stelle)|Abteilung|Bereich|Referat|Dienst)(?:e?s)?"
)
_PART_OF_A_DEPARTMENT = re.compile(
    r"(?:\b(?P<fronted>Als)|\b(?:ist|sind|war)(?:\s+[a-zäöüß]+)?)\s+(?:(?:ein|eine)\s+)?(?:[a-zäöüß]\w*(?:e|er|es|en)\s+)?"
    rf"(?:Teil|Bestandteil)\s+(?:des|der)\s+{_DEPARTMENT}(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:im|des|der|beim|bei\s+der|in\s+der)\s+"
)


# "… befindet sich die Beratungsstelle X", "… arbeitet seit 2020 das Projekt X": the verb, adverbs, the subject's article
_SUBJECT_AFTER_THE_VERB = re.compile(
    r"\s+[a-zäöüß]+(?:\s+sich)?\s+(?:[a-zäöüß0-9.]+\s+){0,2}?(?:die|der|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?"
)


def _part_of_a_bodys_department(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _PART_OF_A_DEPARTMENT.finditer(text, *sentence):
        body = next((m for m in ms if m.start == cue.end() and m.type in CARRIERS), None)
        if body is None:
            continue
        # the subject: the name nearest before "ist", or after the fronted phrase the one right after the verb
        after = actors(ms, body.end, sentence[1])[:1]
        fronted = after and _SUBJECT_AFTER_THE_VERB.fullmatch(text, body.end, after[0].start)
        named = (
            (after if fronted else []) if cue.group("fronted") else actors(ms, sentence[0], cue.start())[-1:]
        )
        if named and named[0].type in COORDINATED:
            yield RelationFinding(named[0], "hostedBy", body)
