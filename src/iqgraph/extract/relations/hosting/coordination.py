"""A carrier named by the coordination it holds: taking it over ("Die Y GmbH hat die Koordination des X
übernommen"), the role first ("Netzwerkkoordinator ist die Y gGmbH"), being responsible for it ("Für die
Koordination des IQ Netzwerks X ist die Y zuständig"), leading ("unter Federführung der Y"), a change of coordinator
("Die Koordination des X wechselt von der A zum Verein Y") and the coordination office placed at a body ("die
Koordinierungsstelle bei der Y gGmbH"): X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after
from .words import AGENT_NEXT, INSTRUMENT_CARRIERS, UNIT_AFTER_COORDINATION, after_hosts

# The carrier as subject of taking over the coordination, in main clause or perfect order.
# The carried unit after the noun: "die Koordination des X", "die Trägerschaft für das Projekt X".
# Carrying a project out is taken over as well: "Die Y hat die Umsetzung des Projekts X übernommen", "Die
# Durchführung des Projekts X übernimmt die Y".
_TAKEN_OVER = (
    r"(?:Gesamt|Projekt)?(?:[Kk]oordin(?:ation|ierung)|Trägerschaft|[Uu]msetzung|[Dd]urchführung)"
    r"\s+(?:des|der|für\s+(?:das|den|die))"
)
_TAKES_OVER = re.compile(
    # "Die Koordination des X teilen sich A und B": the holders after the verb, each
    rf"\b(?P<shared>[Dd]ie\s+(?P<of4>{_TAKEN_OVER}))\b[^.;]{{0,80}}?\b(?:teilen|teilten)\s+sich\s"
    rf"|\b(?:übernimmt|übernahm|übernehmen)\s+(?:\w+\s+){{0,4}}?(?:die\s+)?(?P<of>{_TAKEN_OVER})\b"
    # "… hat die Koordination des X übernommen", "… hat die Trägerschaft für das Projekt X inne"
    rf"|\b(?:die\s+)?(?P<of2>{_TAKEN_OVER})\b[^.]{{0,80}}?\b(?:übernommen|inne)\b"
    # the coordination fronted, its holder after the verb: "Die Koordinierung des X übernimmt (seit 2030) die Y"
    rf"|\b(?P<fronted>[Dd]ie\s+(?P<of3>{_TAKEN_OVER}))\b[^.;]{{0,80}}?\b(?:übernimmt|übernahm|hat|hatte)\s"
)


def taking_over(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    """ "Die X GmbH hat die Koordination des Y übernommen", "… übernahm die X GmbH die Koordination des Y", "Die
    Koordinierung des Y übernimmt die X GmbH" (the holder after the verb)."""
    start, end = sentence
    for cue in _TAKES_OVER.finditer(text, start, end):
        of = cue.end(next(g for g in ("of", "of2", "of3", "of4") if cue.group(g)))
        coordinated = actors(ms, of, of + 60, COORDINATED)
        if cue.group("shared"):
            first = actors(ms, cue.end(), end, CARRIERS)[:1]
            hosts = listed_after(text, ms, first[0].start, end, CARRIERS) if first else []
        elif cue.group("fronted"):
            after = actors(ms, cue.end(), end, CARRIERS)
            hosts = after[:1] if after and _BODY_NEXT.match(text, cue.end()) else []
        else:  # "… übernahm die X GmbH die Koordination": the carrier after the verb, else before it
            inverted = actors(ms, cue.start(), cue.start("of") if cue.group("of") else cue.start(), CARRIERS)
            hosts = inverted or actors(ms, start, cue.start(), CARRIERS)
        if hosts and coordinated:
            shared = hosts if cue.group("shared") else hosts[-1:]  # shared: each holder; else the nearest
            yield from (RelationFinding(coordinated[0], "hostedBy", host) for host in shared)


# The coordinator's role first, the body the subject after "ist": "Netzwerkkoordinator ist die X gGmbH", "Koordinatorin
# des IQ Netzwerks Y war bis 2020 der Verein Z". Without a genitive the network is the one spoken of last.
_COORDINATOR_FIRST = re.compile(
    r"\s*(?:(?:Der|Die)\s+)?(?:(?:Gesamt|Netzwerk|Landes)k|K)oordinator(?:in)?\s+(?:(?P<of>des|der)\s[^.;]{0,60}?\s)?"
    r"(?:ist|war)\s"
)
_BODY_NEXT = re.compile(r"\s*(?:(?:seit|bis|ab)\s+\S+\s+|bereits\s+)?(?:die|der|das)\s+(?:[A-ZÄÖÜ]\w*\s+)?")


def coordinator_named_first(
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


# "Für die Koordination des IQ Netzwerks X ist die Y zuständig", "Die Y ist für die Koordination des X verantwortlich";
# the unit itself or its carrying out: "Für das Projekt „X“ zeichnet die Y verantwortlich", "Die Y ist für die
# Umsetzung des Projekts X zuständig" (a ministry responsible for a project oversees or funds it: no carrier).
_RESPONSIBLE = re.compile(
    r"\b[Ff]ür\s+(?:die\s+(?:Gesamt|Netzwerk)?[Kk]oordin(?:ation|ierung)\s+(?:des|der)|(?P<unit>die\s+(?:Umsetzung|Durchführung)"
    r"\s+(?:des|der)|das|den|die))\b(?=[^;]{0,200}?\b(?:zuständig|verantwortlich)\b)"
)


def responsible_for_coordination(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _RESPONSIBLE.finditer(text, *sentence):
        unit = next(iter(actors(ms, cue.end(), cue.end() + UNIT_AFTER_COORDINATION, COORDINATED)), None)
        carriers = INSTRUMENT_CARRIERS if cue.group("unit") else CARRIERS
        carrier = next((m for m in actors(ms, *sentence, carriers) if unit is None or m is not unit), None)
        if unit is not None and carrier is not None:
            yield RelationFinding(unit, "hostedBy", carrier)


# The carrier as the leader a prepositional phrase names: "Das IQ Netzwerk X arbeitet unter Federführung der Y",
# "Unter der Federführung der Y arbeitet das IQ Netzwerk X", "… in Koordination des Vereins Y" (not "in
# Koordination mit": a partner).
_UNDER_THE_LEAD = re.compile(
    r"(?<![\w-])(?:[Uu]nter\s+(?:der\s+)?(?:Federführung|Leitung|Regie)|[Ii]n\s+(?:der\s+)?Koordination|Koordinierung)"
    r"\s+(?:von|vom|des|der)\b"  # "unter der Leitung der Y": a body leading a unit carries it (a person: ledBy)
)
# The unit is the subject that opens the sentence ("Das IQ Netzwerk X"), not the attribute of another noun
# ("Die Tagung des IQ Netzwerks X fand unter Federführung der Y statt": the event's organiser).
_UNIT_OPENS = re.compile(r"\s*(?:(?:Das|Die|Der)\s+)?(?:[a-zäöüß]\w*e\s+)?$")


def under_the_lead(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _UNDER_THE_LEAD.finditer(text, *sentence):
        carrier = next(iter(actors(ms, cue.end(), cue.end() + AGENT_NEXT)), None)
        if carrier is None or carrier.type not in CARRIERS:
            continue
        before = actors(ms, sentence[0], cue.start(), COORDINATED)
        if before and _UNIT_OPENS.fullmatch(text, sentence[0], before[0].start):
            yield RelationFinding(before[0], "hostedBy", carrier)
        elif not actors(ms, sentence[0], cue.start()):  # the phrase first: the unit after it in the clause
            yield from (
                RelationFinding(unit, "hostedBy", carrier) for unit in after_hosts(text, ms, [carrier])[:1]
            )


# A change of the coordinating body: "Die Koordination des IQ Netzwerks X wechselt von der A zum Verein B", "Die
# Koordination geht 2019 von A an B über". Both carried the network, one before the other; the graph keeps no
# period, so each is a carrier. The first body's name may end in "e.V.", so its span crosses dots.
_CHANGE_OF_COORDINATOR = re.compile(
    r"\b(?:Gesamt|Netzwerk|Landes)?[Kk]oordin(?:ation|ierung)\b(?P<of>\s+(?:des|der)\s)?[^.;]{0,80}?"
    r"\b(?:wechselt|wechselte|geht|ging|gehen)\s+(?:[\w.]+\s+){0,3}?(?:von|vom)\s(?P<old>[^;]{0,80}?)"
    r"\s(?:zu|zum|zur|an|auf)\s"
)


def change_of_coordinator(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for cue in _CHANGE_OF_COORDINATOR.finditer(text, *sentence):
        named = (
            actors(ms, cue.end("of"), cue.end("of") + UNIT_AFTER_COORDINATION, COORDINATED)
            if cue.group("of")
            else []
        )
        unit = named[0] if named else earlier if not cue.group("of") else None
        before = next(iter(actors(ms, cue.start("old"), cue.end("old"), CARRIERS)), None)
        after = next(iter(actors(ms, cue.end(), cue.end() + AGENT_NEXT)), None)
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
    # or its carrier after a comma: "TP 1: Koordination, getragen vom Verein Y", "…, in Trägerschaft der Y"
    r"|,\s+(?:(?:getragen|durchgeführt)\s+(?:von\s+der|von\s+dem|vom|von)|in\s+Trägerschaft\s+(?:des|der|von))"
    r"\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
    # the office as subject: "Die Koordinierungsstelle ist seit 2015 bei der Y angesiedelt", "befindet sich bei der Y"
    r"|\s+(?:(?P<verb>ist|war)|befindet\s+sich|befand\s+sich|hat\s+(?:ihren|seinen)\s+Sitz)\s+(?:[\w.]+\s+){0,2}?(?:bei|beim)(?:\s+(?:der|dem))?\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)


# "ist bei der Y" places the office only with a participle of placing after it ("… bei der Y zu Gast" does not)
_PLACED_AFTER = re.compile(r"\s+(?:[\w.]+\s+){0,2}?(?:angesiedelt|untergebracht|verortet)\b")


def office_placed_at(
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


def coordination_first(
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


# An alliance named before, meant by its head noun in the genitive of the office that runs it: "Die Geschäftsführung
# des Bündnisses liegt bei der Y", "Die Koordination des Verbunds hat die Y" (the alliance the text spoke of).
_ALLIANCE_RUN_BY = re.compile(
    r"\b(?:Geschäftsführung|Geschäftsstelle|Gesamtkoordination|Koordination|Koordinierung|Federführung)\s+"
    r"(?:des|der)\s+(?P<head>Bündnisses|Verbunds|Verbundes|Allianz|Arbeitskreises|Initiative)"
    r"\s+(?:liegt|lag|ist|war)\s+(?:[\w.]+\s+){0,3}?(?:bei|beim)\s"
)


def alliance_run_by(
    text: str, sentence: tuple[int, int], ms: list[Mention], alliances: list[Mention]
) -> Iterator[RelationFinding]:
    """`alliances`: the last few named before, the latest last; the head noun means the latest it begins."""
    for cue in _ALLIANCE_RUN_BY.finditer(text, *sentence):
        head = cue.group("head").removesuffix("es").removesuffix("s")
        alliance = next((a for a in reversed(alliances) if a.label.startswith(head)), None)
        hosts = actors(ms, cue.end(), cue.end() + AGENT_NEXT, CARRIERS)
        if hosts and alliance is not None and alliance.type == "Organisation" and hosts[0] is not alliance:
            yield RelationFinding(alliance, "hostedBy", hosts[0])


# The carrier after the copula, something else fronted: "Seit 2023 ist die Y gGmbH Träger der Anlaufstelle X", "Seit
# Mai ist der Verein Y neuer Träger des Projekts X" (the carrier the subject between the copula and the noun); the
# same with "werden": "Zudem wird der Verein Y Träger des Teilprojekts X"; a name without its head after "von":
# "Seit 2020 ist der Verein Y Träger von KOMPASS".
_INVERTED_CARRIER = re.compile(
    r"\b(?:ist|war|wird|wurde)\s+(?:der|die|das)\s+(?P<body>[^,;]{1,80}?)\s+(?:auch\s+)?(?:(?:neue[r]?|alleinige[r]?)\s+)?"
    r"(?:Projekt)?[Tt]räger(?:in)?\s+(?:des|der|von)\s"
)


_HEAD_WORD = re.compile(r"(?:[A-ZÄÖÜ]\w*\s+)?")  # a head noun the name leaves out: "der Verein Y e. V."


# The unit a noun in the genitive stands for, no name after it: "Trägerin des Projekts", "… des Vorhabens."
_UNIT_NOUN = re.compile(
    r"(?:Projekts|Projektes|Teilprojekts|Vorhabens|Angebots|Angebotes)\b(?!\s*[„\"»A-ZÄÖÜ])"
)


def carrier_after_the_copula(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None = None
) -> Iterator[RelationFinding]:
    """`project`: the subproject named last before the sentence, what "des Projekts" stands for."""
    for cue in _INVERTED_CARRIER.finditer(text, *sentence):
        bodies = actors(ms, *cue.span("body"), CARRIERS)
        units = actors(ms, cue.end(), cue.end() + UNIT_AFTER_COORDINATION + 1, COORDINATED)
        if not units and project is not None and _UNIT_NOUN.match(text, cue.end()):
            units = [project] if "\n\n" not in text[project.end : sentence[0]] else []
        if len(bodies) == 1 and _HEAD_WORD.fullmatch(text, cue.start("body"), bodies[0].start) and units:
            yield RelationFinding(units[0], "hostedBy", bodies[0])


# The body opening the sentence said to lead a unit: "Die Y gGmbH ist federführend für das IQ Netzwerk X", "Der Verein Y
# war seit 2020 federführend im Projekt X".
_LEADING = re.compile(
    r"\s(?:ist|war)\s+(?:[\w.]+\s+){0,2}?federführend\s+(?:für|im|in\s+der|beim|bei\s+der)\s"
    # "Die Y hat seit 2020 die Federführung im IQ Netzwerk X", "Der Verein Y übernimmt die Federführung für das Projekt X"
    r"|\s(?:hat|hatte|übernimmt|übernahm)\s+(?:[\w.]+\s+){0,2}?die\s+Federführung\s+(?:für|im|in\s+der|beim|bei\s+der)\s"
    # "Die Y ist seit 2020 verantwortlich für das Projekt X", "Der Verein Y zeichnet verantwortlich für die Stelle X"
    r"|\s(?:ist|war|zeichnet|zeichnete)\s+(?:[\w.]+\s+){0,2}?verantwortlich\s+für\s"
)
_ARTICLE_AND_HEAD = re.compile(r"\s*(?:(?:das|den|die|dem)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")


def leading_body(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _LEADING.finditer(text, *sentence):
        before = actors(ms, sentence[0], cue.start())
        after = actors(ms, cue.end(), sentence[1], COORDINATED)[:1]
        units = [u for u in after if _ARTICLE_AND_HEAD.fullmatch(text, cue.end(), u.start)]
        if (
            len(before) == 1
            and before[0].type in CARRIERS
            and _SUBJECT_FIRST.fullmatch(text, sentence[0], before[0].start)
        ):
            yield from (RelationFinding(unit, "hostedBy", before[0]) for unit in units[:1])


_SUBJECT_FIRST = re.compile(r"\s*(?:(?:Die|Der|Das)\s+)?(?:[A-ZÄÖÜ]\w*\s+)?")


# A unit seated at a body ("Die Servicestelle X hat ihren Sitz bei der Y gGmbH"): placed there, like "angesiedelt bei".
_SEATED_UNITS = frozenset({"Subproject", "StateNetwork"})
_SEATED_AT = re.compile(r"\s(?:hat|hatte)\s+(?:[\w.]+\s+){0,2}?(?:ihren|seinen)\s+Sitz\s+(?:bei|beim)\s")


def seated_at_a_body(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _SEATED_AT.finditer(text, *sentence):
        before = actors(
            ms, sentence[0], cue.start(), _SEATED_UNITS
        )  # an office: its network's (office_placed_at)
        hosts = actors(ms, cue.end(), cue.end() + AGENT_NEXT, CARRIERS)
        if before and hosts and _SUBJECT_FIRST.fullmatch(text, sentence[0], before[0].start):
            yield RelationFinding(before[0], "hostedBy", hosts[0])


# The coordinated unit fronted as the object, the verb second, its coordinator the subject after it in the nominative:
# "Das RIN X koordiniert der Verein Y", "Den Verbund X leitet seit 2023 der Verein Y" (only "der" marks the subject: in
# "Das Netzwerk X koordiniert die Y" either may be the subject).
_FRONTED_OBJECT = re.compile(r"\s*(?:Das|Den)\s+$")
_VERB_THEN_NOMINATIVE = re.compile(
    r"[“”\"«]?\s+(?:koordiniert|koordinierte|leitet|leitete)\s+(?:(?:seit|bis|ab)\s+\S+\s+)?der\s+"
    r"(?:[A-ZÄÖÜ]\w*\s+)?$"
)
_VERB_REACH = 60  # characters from the unit to its coordinator: the verb, a time and a head noun


def coordinated_fronted(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    units = actors(ms, *sentence, COORDINATED)
    if not units or not _FRONTED_OBJECT.fullmatch(text, sentence[0], units[0].start):
        return
    unit = units[0]
    host = next(iter(actors(ms, unit.end, min(sentence[1], unit.end + _VERB_REACH), CARRIERS)), None)
    if host is not None and _VERB_THEN_NOMINATIVE.fullmatch(text, unit.end, host.start):
        yield RelationFinding(unit, "hostedBy", host)
