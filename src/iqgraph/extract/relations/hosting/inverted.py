"""Carriers named after their verb, the verb or its participle first: the placing participle fronted ("Angesiedelt
ist das IQ Netzwerk X beim Verein Y"), the carrier noun after its verb ("Seit 2019 liegt die Koordination des X bei
der Y"), the carrier a pronoun standing for the body named before ("… den Verein Y gegründet; seitdem ist er Träger
von X") and the role fronted with "als" ("Als Koordinierungsstelle für das X fungiert die Y"): X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, RelationFinding, actors, listed_after

__all__ = ["carrier_noun_after_its_verb", "carrier_role_fronted", "placing_fronted", "pronoun_carrier"]

_ADVERBIAL = (
    r"(?:(?:seit|ab|bis|von|im\s+Jahr)\s+(?:[A-ZÄÖÜ]\w+\s+)?\d{4}|(?:seit|ab|bis)\s+[A-ZÄÖÜ]\w+|"
    + "|".join(lexicon.CARRIER_ADVERBS)
    + r"|organisatorisch|direkt|dort)"
)
# A body a unit is placed at: "beim Verein", "bei der Y", "an der Hochschule", "am Institut".
_AT_A_BODY = r"(?:bei|beim|bei\s+der|bei\s+dem|an\s+der|an\s+dem|am)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?"

# The placing participle opening the sentence, the unit after the auxiliary, the body after "bei"/"an": "Angesiedelt
# ist das Projekt X seit 2020 bei der Y", "Untergebracht war die Beratungsstelle X an der Hochschule Y".
_PLACING_FRONTED = re.compile(
    r"\s*(?:Angesiedelt|Untergebracht|Verortet|Verankert|Angebunden|Angedockt|Angegliedert|Beheimatet)\s+"
    r"(?:ist|war|sind|waren|wird|wurde|werden|wurden)\s"
)
_UNIT_NEXT = re.compile(rf"\s*(?:{_ADVERBIAL}\s+){{0,2}}(?:(?:das|die|der)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?")
_BODY_AFTER_THE_UNIT = re.compile(rf"[“”\"«]?\s+(?:{_ADVERBIAL}\s+){{0,2}}{_AT_A_BODY}")


def placing_fronted(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    cue = _PLACING_FRONTED.match(text, sentence[0])
    if cue is None:
        return
    units = actors(ms, cue.end(), sentence[1], COORDINATED)
    if not units or not _UNIT_NEXT.fullmatch(text, cue.end(), units[0].start):
        return
    unit = units[0]
    body = next(iter(actors(ms, unit.end, sentence[1])), None)
    if (
        body is not None
        and body.type in CARRIERS
        and _BODY_AFTER_THE_UNIT.fullmatch(text, unit.end, body.start)
    ):
        yield RelationFinding(unit, "hostedBy", body)


# The carrier noun after its verb, something else fronted: "In den ersten Jahren lag die Trägerschaft bei der Y", "Auf
# Landesebene liegt die IQ-Koordination für Thüringen bei der Y", "Seit 2019 liegt die Federführung für das Projekt X
# beim Verein Y". Without a unit of its own the noun means the project ("Trägerschaft") or unit spoken of last.
_NOUN_AFTER_ITS_VERB = re.compile(
    rf"\S\s+(?:liegt|lag)\s+(?:{_ADVERBIAL}\s+){{0,2}}die\s+(?:Gesamt|Netzwerk|Landes|Projekt)?"
    r"(?P<noun>Trägerschaft|Koordination|Koordinierung|Federführung|Geschäftsführung)"
    r"(?P<of>\s+(?:des|der|für\s+(?:das|den|die))\s)?"
)
_UNIT_AFTER_THE_NOUN = 16  # characters from "des"/"von" to the unit: a head noun ("Projekts") at most
_HOLDER_NEXT = re.compile(rf"(?:-[\w-]+)?[“”\"«]?\s+(?:{_ADVERBIAL}\s+){{0,2}}{_AT_A_BODY}$")
_HOLDER_REACH = (
    60  # characters from the noun (or its unit) to the holder: adverbials, "bei der" and a head noun
)
# The programme at a Land's level is the Land's network: "Auf Landesebene liegt die IQ-Koordination bei der Y".
_AT_LAND_LEVEL = re.compile(r"\b(?:[Aa]uf\s+Landesebene|[Ii]m\s+Land)\b")


def carrier_noun_after_its_verb(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    earlier: Mention | None,
    project: Mention | None,
    network: Mention | None,
) -> Iterator[RelationFinding]:
    """`earlier`: the unit named last before the sentence; `project`: the project named last; `network`: the
    release's network."""
    start, end = sentence
    for cue in _NOUN_AFTER_ITS_VERB.finditer(text, start, end):
        named = (
            actors(ms, cue.end(), cue.end() + _UNIT_AFTER_THE_NOUN, COORDINATED | {"Programme"})[:1]
            if cue.group("of")
            else []
        )
        if cue.group("of"):
            unit = _the_land_s_network(text, sentence, named[0], network) if named else None
        else:
            unit = project if cue.group("noun") == "Trägerschaft" and project is not None else earlier
            unit = unit if unit is not None and "\n\n" not in text[unit.end : start] else None
        after = named[0].end if named else cue.end()
        holder = next(iter(actors(ms, after, min(end, after + _HOLDER_REACH))), None)
        if unit is None or holder is None or holder.type not in CARRIERS:
            continue
        if _HOLDER_NEXT.fullmatch(text, after, holder.start):
            yield RelationFinding(unit, "hostedBy", holder)


def _the_land_s_network(
    text: str, sentence: tuple[int, int], unit: Mention, network: Mention | None
) -> Mention | None:
    if unit.type != "Programme":
        return unit
    return network if network is not None and _AT_LAND_LEVEL.search(text, *sentence) else None


# The carrier a personal pronoun after the copula, the body it stands for named before in the sentence: "… hat den
# Verein Y gegründet; seither ist er Träger von X", "Die Y gGmbH wuchs, und seit 2020 ist sie Trägerin
# des Projekts X".
_PRONOUN_CARRIER = re.compile(
    rf"\b(?:ist|war|wird|wurde)\s+(?:er|sie)\s+(?:{_ADVERBIAL}\s+){{0,2}}(?:(?:der|die)\s+)?"
    r"(?:(?:neue|alleinige|koordinierende)[r]?\s+)?(?:Projekt)?[Tt]räger(?:in)?\s+(?:des|der|von|vom|für)\s"
)


def pronoun_carrier(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for cue in _PRONOUN_CARRIER.finditer(text, *sentence):
        bodies = actors(ms, sentence[0], cue.start(), CARRIERS)
        units = actors(ms, cue.end(), cue.end() + _UNIT_AFTER_THE_NOUN, COORDINATED)
        if bodies and units and not bodies[-1].generic:
            yield RelationFinding(units[0], "hostedBy", bodies[-1])


# The carrier's role fronted with "als", the carrier the subject after the verb: "Als Koordinierungsstelle für das
# IQ Netzwerk X fungiert die Y", "Als Träger des Projekts X agiert seit 2021 der Verein Y".
_ROLE_FRONTED = re.compile(
    r"\s*Als\s+(?:[a-zäöüß]\w*(?:e|er|en)\s+)?(?:Gesamt|Netzwerk|Landes|Projekt)?"
    r"(?:[Kk]oordinierungsstelle|[Kk]oordinator(?:in)?|[Tt]räger(?:in)?|[Kk]oordination)\s+"
    r"(?:des|der|für\s+(?:das|den|die))\s"
)
_ROLE_VERB = re.compile(
    r"[“”\"«]?\s+(?:[^\s,;]+\s+){0,3}?(?:fungiert|fungierte|agiert|agierte|dient|diente|wirkt|wirkte)\s+"
    rf"(?:{_ADVERBIAL}\s+){{0,2}}(?:die|der|das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)


def carrier_role_fronted(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    cue = _ROLE_FRONTED.match(text, sentence[0])
    if cue is None:
        return
    units = actors(ms, cue.end(), cue.end() + _UNIT_AFTER_THE_NOUN, COORDINATED)
    if not units:
        return
    body = next(iter(actors(ms, units[0].end, sentence[1])), None)
    if body is not None and body.type in CARRIERS and _ROLE_VERB.fullmatch(text, units[0].end, body.start):
        hosts = listed_after(text, ms, body.start, sentence[1], CARRIERS) or [body]
        yield from (RelationFinding(units[0], "hostedBy", host) for host in hosts)
