"""Where an organisation or a project is, as a sentence states it:

    attribute     "die Y gGmbH mit Sitz in Z", "der Verein Y aus Z", "die Beratungsstelle „Y“ in Z",
                  "Y an den Standorten Z1 und Z2" (every town of the list), "Y (Standort Z)", "Y aus dem
                  nordhessischen Z", "die Beratungsstelle Y der Stiftung X an den Standorten Z1 und Z2" (Y's)
    predicate     "Y hat ihren Sitz in Z", "Y ist in Z ansässig", "Y befindet sich in Z", "Y hat Standorte in Z1
                  und Z2", "Y ist an den Standorten Z1 und Z2 vertreten"
    relative      "Y, die ihren Sitz in Z hat", "Y, der in Z ansässig ist", "Y, das sich in Z befindet"
    participle    "die in Z ansässige Stiftung Y", "das in Z gelegene Zentrum Y"
    apposition    "die Y GmbH, Z, und …", "Y, ein Bildungsträger aus Z", "die Jenaer Beratungsstelle „Y“"
                  (seat_appositions.py)

A network is not read here: the Land it is located in is reference data. The places listed and the words of
being settled that the readers share are in seat_places.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text.spans import Mention
from .actors import RelationFinding
from .addresses import town_of_the_address_after
from .seat_appositions import (
    apposed_kinds,
    apposed_participles,
    apposed_settled,
    apposed_towns,
    town_adjective_seats,
)
from .seat_places import (
    AFTER_THE_PLACE,
    REGIONAL_ADJECTIVE,
    SETTLED,
    SETTLED_AFTER,
    VENUE_TO_TOWN,
    is_venue,
    places_listed_after,
    with_listed,
)
from .seat_sites import counted_sites, fronted_seats, moved_seats, own_sites

# What may be located: bodies and the projects and offices they run (not the generic "das Projekt").
SEATED = frozenset({"Organisation", "Agency", "Subproject", "CoordinationOffice"})

# Between a name and its place: "mit Sitz in", "aus", "in", "am Standort", "(Standort Z)", "[Standorte: Z1, Z2]";
# a quoted name's closing mark or an abbreviation in brackets first ("die Stiftung X (SX) aus Z"); a regional
# adjective before the town ("aus dem nordhessischen Z", "im sächsischen Z").
_ABBREVIATION = r"(?:\s*[(\[][^()\[\]]{1,15}[)\]])?"
# Offices a body has in a town, counted or not: "mit zwei Büros in", "mit einer Außenstelle in", "mit Niederlassungen in".
_OFFICES = (
    r"(?:(?:einem|einer|zwei|drei|vier|fünf|mehreren|eigenen?)\s+)?"
    r"(?:Büros?|Niederlassung(?:en)?|Außenstellen?|Geschäftsstellen?|Filialen?|Zweigstellen?|Beratungsstellen"
    r"|Anlaufstellen)"
)
_SEAT = re.compile(
    rf"^[“”\"«»]?{_ABBREVIATION}\s*(?:,|[(–-](?=\s*mit\s))?\s*(?:(?P<site>mit\s+(?:Sitz|Hauptsitz|Standort|Standorten|{_OFFICES})\s+in|am\s+Standort"
    # ... the town right after the seat noun: "die Servicestelle X mit Standort Kassel"
    r"|an\s+den\s+Standorten|[(\[]\s*(?:Standorte?|Sitz)\s*:?|mit\s+(?:Haupt)?(?:Sitz|Standort|Standorten))"
    r"|ansässig\s+in|aus|(?P<bare>in|im)(?:\s+ganz)?"
    # a region with its article: "der Verein X aus dem Sauerland", "die Stiftung Y aus der Pfalz"
    r"|(?P<region>aus\s+(?:dem|der)|in\s+der))\s+$"
    rf"|^[“”\"«»]?{_ABBREVIATION}\s+{REGIONAL_ADJECTIVE}$"
)
# A body or project in the genitive of an event noun: "die Fachtagung der Stiftung X in Z", "zum Workshop des Projekts
# „Y“ in Z": the town after a bare "in" is where the event is held, not the body's seat ("aus Z" still is).
_EVENTS = "|".join(sorted((n.lower() for n in lexicon.EVENT_NOUNS), key=len, reverse=True))
_EVENT_GENITIVE = re.compile(
    rf"(?<![\w-])(?=[A-ZÄÖÜ])[\w-]*?(?i:{_EVENTS})(?:es|s|en|n)?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[„\"»]?$"
)
_EVENT_REACH = 60  # characters before a name for the event noun, its article and the name's head noun
_SEAT_REACH = 40  # characters between a name and its place: the longest cue above, with a comma and spaces
# A carrier in the genitive after a project's name: the project's sites follow the carrier ("die Beratungsstelle X
# der Stiftung Y an den Standorten Z1 und Z2").
_CARRIER_GENITIVE = re.compile(r"^[“”\"«»]?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_PROJECTS = frozenset({"Subproject", "CoordinationOffice"})
# A name that holds a place of its own ("Beratung in der Erstaufnahme"): a place after it belongs to that one.
# A quoted name ("„Ankommen im Beruf“") is a title, no place.
_PLACE_IN_NAME = re.compile(r"\s(?:in\s+(?:der|dem|den)|im)\s+[A-ZÄÖÜ]")
_QUOTED = re.compile(r"[„“\"»][^„“”\"»«]*[“”\"«]")

# A clause that places its subject: "hat seinen Sitz in", "hat ihr Büro in der Musterstraße 5 in", "ist in …
# ansässig", "befindet sich in".
# ... the street may be two words: "hat ihre Räume in der Alten Gasse 3 in Z", "im Kieler Weg 7 in Z"
_STREET_BEFORE_TOWN = (
    r"(?:in\s+der|im|am)\s+(?:[A-ZÄÖÜ][\w.-]*\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+\d+\s?[a-z]?)?\s+in\s+"
)
# An adverb before the place of "ist in Z aktiv": "ist auch in Z vertreten", "ist vor Ort in Z1 und Z2 aktiv".
_ADVERB = r"(?:(?:auch|zudem|außerdem|ebenfalls|inzwischen|nun|jetzt|weiterhin|vor\s+Ort)\s+)?"
# One site more: "hat seit Januar eine Außenstelle in Z", "unterhält ein zweites Büro in Z".
_A_SITE = (
    r"(?:eine|ein|einen)\s+(?:(?:weitere|zweite|neue|eigene)[nrs]?\s+)?"
    r"(?:Außenstelle|Zweigstelle|Niederlassung|Geschäftsstelle|Filiale|Büro|Standort)"
)
# A building or a town's part the seat is in: "hat ihr Büro im Haus der Vereine", "befindet sich in der Alten Mühle".
_IN_A_VENUE = r"(?:im|in\s+der|in\s+dem)\s+"
# Sites in the plural need no possessive: "hat Standorte in Z1 und Z2", "unterhält Büros in …", "ist an den
# Standorten Z1 und Z2 vertreten".
_SITES = (
    r"(?:Standorte|Büros|Niederlassungen|Außenstellen|Beratungsstellen|Anlaufstellen|Zweigstellen|Filialen)"
)
# The verbs of keeping sites: "hat", "unterhält", "betreibt Beratungsstellen in Z1 und Z2".
_KEEPS = r"(?:hat|haben|hatte|hatten|unterhält|unterhielt|unterhalten|betreibt|betreiben|betrieb|betrieben)"
# A time between the verb and the place: "seit 2019", "im Mai", "Anfang 2024", "2020", "künftig".
_WHEN = (
    r"(?:(?:(?:seit|ab|bis|im|am|Anfang|Ende|Mitte)\s+[\w.]+(?:\s+\d{4})?|\d{4}|künftig|bald|nun|jetzt)\s+)"
)
# A verb of being seated, the place after it: "Die Stiftung X sitzt in Z", "Der Verein Y residiert im Haus der Vereine".
_SITS = r"(?:sitzt|sitzen|saß|saßen|residiert|residieren|residierte|residierten)"
# The passive (or a modal with its passive) of a project set up in a town: "Die Beratungsstelle X wurde im Mai in Z
# eröffnet", "Das Projekt Y soll in Z umgesetzt werden".
_PASSIVE = r"(?:wird|werden|wurde|wurden|soll|sollen|sollte|sollten)"
_SEAT_PREDICATE = re.compile(
    rf"\b{_KEEPS}\s+(?:[^;:]{{1,60}}?\s+)?(?P<seat>(?:(?:sein|ihr)(?:e|en)?\s+"
    rf"(?:Sitz|Hauptsitz|Standort|Büro|Büros|Räume|Geschäftsstelle|Domizil)|{_SITES}|{_A_SITE})\s+"
    rf"(?:{_IN_A_VENUE}|in\s+|{_STREET_BEFORE_TOWN}))$"
    rf"|\b(?:befindet|befinden|befand|befanden)\s+sich\s+(?:seit\s+\S+\s+)?(?:{_IN_A_VENUE}|in\s+|{_STREET_BEFORE_TOWN})$"
    rf"|\b(?:ist|sind|war|waren)\s+(?:seit\s+\S+\s+)?{_ADVERB}(?:in|im|an\s+den\s+Standorten)\s+$"
    rf"|\b(?:ist|sind|war|waren)\s+(?:(?:seit|ab)\s+\S+\s+)?{_ADVERB}(?P<offices>mit\s+{_OFFICES}\s+in)\s+$"
    rf"|\b(?P<passive>{_PASSIVE})\s+{_WHEN}?(?:in|an\s+den\s+Standorten)\s+$"
    rf"|\b(?P<sits>{_SITS})\s+{_WHEN}?{_ADVERB}(?:{_IN_A_VENUE}|in\s+|{_STREET_BEFORE_TOWN})$"
    # a project's work at its sites: "berät an den Standorten Z1 und Z2", "ist am Standort Z aktiv"
    r"|\b[a-zäöüß]+t\s+(?:\S+\s+)?(?P<sites>an\s+den\s+Standorten|am\s+Standort)\s+$"
)
# A project carried out in a town: "Das Projekt X wird in Z umgesetzt", "… wird an den Standorten Z1 und Z2 angeboten"
_CARRIED_OUT_AFTER = re.compile(
    r"\s+(?:(?:von|vom|durch)\s+[^,.;:\n]{1,60}?\s+)?(?:umgesetzt|angeboten|durchgeführt|realisiert|eröffnet"
    r"|eingerichtet)(?![\w-])"
)
# A relative clause placing the body right before it: "X, die ihren Sitz in Z hat", "X, der in Z ansässig ist",
# "X, das sich in Z befindet"
# A verb's particle the relative clause is moved behind: "stellte das Projekt X vor, das in Z …".
_PARTICLE = r"(?:vor|an|dar|aus|ein|mit|bei)"
_RELATIVE_SEAT = re.compile(
    rf"[“”\"«»]?{_ABBREVIATION}(?:\s+{_PARTICLE})?\s*,\s+(?:die|der|das)\s+(?P<reflexive>sich\s+)?(?:seit\s+\S+\s+)?"
    r"(?P<seat>(?:sein|ihr)(?:e|en)?\s+(?:Sitz|Hauptsitz|Standort|Büro|Geschäftsstelle)\s+)?in\s+"
)
_RELATIVE_VERB = re.compile(r"\s+(?:hat|hatte)\b")
_RELATIVE_REFLEXIVE_VERB = re.compile(r"\s+(?:befindet|befand|befinden|befanden)\b")
# A participle of being settled before the name: "die in Z ansässige Stiftung X", "der in Z angesiedelte Verein Y",
# "das in Z gelegene Zentrum X"
# (the name may begin after its head noun)
_PRENOMINAL_SEAT = re.compile(rf"\s+{SETTLED}(?:e|en)\s+(?P<head>)(?:[A-ZÄÖÜ][\w-]*\s+)?")
_IN_BEFORE = re.compile(r"\bin\s+$")
_IN_REACH = 4  # characters before the place for its preposition "in "
_BARE_IS = re.compile(rf"\b(?:ist|sind|war|waren)\s+(?:seit\s+\S+\s+)?{_ADVERB}i[nm]\s+$")
_CLAUSE_REACH = 100  # characters from the subject's name to the place its clause gives


def find_seats(
    text: str,
    sentence: tuple[int, int],
    ms: list[Mention],
    stand_in: Mention | None = None,
    project: Mention | None = None,
) -> Iterator[RelationFinding]:
    """`ms`: the mentions of the sentence; `stand_in`: what a subject without a name stands for ("Der Verein hat
    seinen Sitz in …"); `project`: the project spoken of last, whose area a sentence naming none gives."""
    places = [m for m in ms if m.type == "Place"]
    if not places:
        return
    venues = [m for m in places if is_venue(m)]
    seated = [m for m in ms if m.type in SEATED and not m.generic] + venues
    for unit in (m for m in seated if not _PLACE_IN_NAME.search(_QUOTED.sub("", m.surface))):
        yield from _attribute_seats(text, unit, places, venues, seated)
    yield from _predicate_seats(text, sentence[0], ms, places, stand_in)
    yield from _relative_seats(text, seated, places)
    yield from _prenominal_seats(text, seated, places)
    yield from town_adjective_seats(text, seated, places)
    yield from apposed_towns(text, seated, places)
    yield from apposed_kinds(text, seated, places)
    yield from apposed_participles(text, seated, places)
    yield from apposed_settled(text, seated, places)
    yield from _project_areas(text, sentence, ms, places, project)
    yield from _seat_nouns_predicated(text, sentence, seated, places)
    yield from fronted_seats(text, sentence, seated, places)
    yield from moved_seats(text, sentence, seated, places)
    yield from counted_sites(text, sentence, seated, places, project)
    yield from own_sites(text, sentence, seated, places, stand_in)


# A town alone in brackets right after a body: "Musterhilfe gGmbH (Kassel)", "Stiftung X (Marburg),".
_BRACKET_OPEN = re.compile(r"[ \xa0]*\(")
_BRACKET_CLOSE = re.compile(r"\)")


def _attribute_seats(
    text: str, unit: Mention, places: list[Mention], venues: list[Mention], seated: list[Mention]
) -> Iterator[RelationFinding]:
    """ "die Y gGmbH aus Z", "Musterhalle Musterstadt" (a venue and its town), "an den Standorten Z1 und Z2"; the
    town of an address after a venue's name ("im Bürgerhaus Nord, Am Markt 2, 07545 Z", not the district its name
    holds; a body's address in a running sentence is not read, addresses.py reads the lines it opens)."""
    named = next((p for p in places if p.start == unit.end + 1), None)
    addressed = (
        town_of_the_address_after(text, named.end if named is not None else unit.end, places)
        if unit in venues
        else None
    )
    if addressed is not None:
        yield RelationFinding(unit, "locatedIn", addressed)
        return
    for i, place in enumerate(places):
        gap = text[unit.end : place.start]
        cue = _SEAT.match(gap) if 0 < len(gap) <= _SEAT_REACH else None
        # a region's site ("In Nordhessen [Standort Z]") is a unit's, not the region's
        if cue and cue.group("site") and unit in venues:
            continue
        if cue and cue.group("bare") and _of_an_event(text, unit):
            continue
        if cue and cue.group("region") and (is_venue(place) or _of_an_event(text, unit)):
            continue  # "die Referentin X aus dem Rathaus": a building, no region
        if cue is None and _BRACKET_OPEN.fullmatch(gap) and _BRACKET_CLOSE.match(text, place.end):
            yield RelationFinding(unit, "locatedIn", place)  # "die Musterhilfe gGmbH (Kassel)": its seat
            continue
        if cue or (unit in venues and gap in VENUE_TO_TOWN):
            sited = _project_of_the_carrier(text, unit, seated) if cue and cue.group("site") else None
            listed = [place, *places_listed_after(text, place, places[i + 1 :])]
            if cue and cue.group("bare") and _only_at_work(text, unit, listed[-1]):
                continue
            if cue and cue.group("site"):
                listed += _more_sites(text, listed[-1], places[i + 1 :])
            for other in listed:
                yield RelationFinding(sited or unit, "locatedIn", other)


# More sites coordinated after the first: "mit Sitz in A und Außenstellen in B und C", "mit Hauptsitz in A sowie
# Büros in B".
_MORE_SITES = re.compile(
    r"\s*,?\s+(?:und|sowie)\s+(?:(?:weiteren|zwei|drei|vier|fünf)\s+)?(?:Außenstellen|Standorten|Büros|Niederlassungen"
    r"|Zweigstellen|Beratungsstellen|einer\s+Außenstelle|einem\s+Büro|einem\s+Standort)\s+in\s+"
)


# A bare "in" closed by a word of work or movement, in an apposition: "Die X gGmbH, in Z1 und Z2 aktiv, …" says where
# a body works, not its seat (as "ist in Z aktiv" does); only a project's work is placed so, and travelling nowhere.
_ON_THE_MOVE = re.compile(rf"{AFTER_THE_PLACE}unterwegs(?![\w-])")


def _only_at_work(text: str, unit: Mention, last: Mention) -> bool:
    if _ON_THE_MOVE.match(text, last.end):
        return True
    return unit.type not in _PROJECTS and _AT_WORK_AFTER.match(text, last.end) is not None


def _past_the_venues_town(text: str, last: Mention, places: list[Mention]) -> int:
    """Where the places of a clause end: after the venue's town ("im Rathaus Gera| untergebracht"), else the last."""
    if not is_venue(last):
        return last.end
    town = next((p for p in places if p.start > last.end and text[last.end : p.start] in VENUE_TO_TOWN), None)
    return town.end if town is not None else last.end


def _more_sites(text: str, last: Mention, places: list[Mention]) -> list[Mention]:
    """The places of the sites coordinated after the last place of a seat: each list after "und Außenstellen in"."""
    found: list[Mention] = []
    while (more := _MORE_SITES.match(text, last.end)) is not None:
        first = next((p for p in places if p.start == more.end()), None)
        if first is None:
            break
        found += [first, *places_listed_after(text, first, [p for p in places if p.start > first.start])]
        last = found[-1]
    return found


def past_its_seat(text: str, unit: Mention, ms: list[Mention]) -> int:
    """Where a unit's name ends with its seat after it ("die Stiftung X aus Z", "der Verein Y in Z"): the end of the
    place, else of the name. A list of members goes on after the seat: "A aus Kassel, B in Jena und C"."""
    place = next((m for m in ms if m.type == "Place" and m.start > unit.end), None)
    gap = text[unit.end : place.start] if place is not None else ""
    if place is None or len(gap) > _SEAT_REACH or not _SEAT.match(gap):
        return unit.end
    return place.end


def _of_an_event(text: str, unit: Mention) -> bool:
    """The unit is named in the genitive of an event noun: "die Jahrestagung des Vereins X"."""
    return _EVENT_GENITIVE.search(text, max(0, unit.start - _EVENT_REACH), unit.start) is not None


def _project_of_the_carrier(text: str, carrier: Mention, seated: list[Mention]) -> Mention | None:
    """The project whose carrier `carrier` is, named right before it in the genitive: the sites are the project's."""
    before = [m for m in seated if m.end <= carrier.start and m.type in _PROJECTS]
    if before and _CARRIER_GENITIVE.match(text[before[-1].end : carrier.start]):
        return before[-1]
    return None


def _predicate_seats(
    text: str, sentence_start: int, ms: list[Mention], places: list[Mention], stand_in: Mention | None
) -> Iterator[RelationFinding]:
    """ "Die Y gGmbH hat ihren Sitz in Z", "Der Verein ist seit 2010 in Z ansässig", "Seit 2019 hat die Y gGmbH
    ihren Sitz in Z": the named subject of the clause, the first body the sentence names before the seat noun
    (or the verb)."""
    for place in places:
        cue = _SEAT_PREDICATE.search(text, max(sentence_start, place.start - _CLAUSE_REACH), place.start)
        if cue is None:
            continue
        listed = with_listed(text, place, places)
        kinds = _placed_kinds(text, cue, _past_the_venues_town(text, listed[-1], places))
        if not kinds:
            continue
        before = cue.start("seat") if cue.group("seat") else cue.start()
        subjects = [m for m in ms if m.end <= before and m.type in kinds and not m.generic]
        if cue.group("sits") and not _sits_itself(text, sentence_start, subjects, before):
            continue  # "Vertreter der Stiftung X saßen in Z am Tisch": people of the body sit there
        if subjects and before - subjects[0].end <= _CLAUSE_REACH:
            yield from (RelationFinding(subjects[0], "locatedIn", other) for other in listed)
        elif not subjects and stand_in is not None:
            yield from (RelationFinding(stand_in, "locatedIn", other) for other in listed)


# The seated body opening the clause, the verb right after its name: "Die Stiftung X sitzt in Z" (not "Vertreter der
# Stiftung X sitzen in Z am Tisch").
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?)?[„\"»]?")
_RIGHT_BEFORE_THE_VERB = re.compile(rf"[“”\"«»]?{_ABBREVIATION}\s+")


def _sits_itself(text: str, sentence_start: int, subjects: list[Mention], verb: int) -> bool:
    if not subjects:
        return True  # a pronoun or kind noun for a body named before: "Der Verein sitzt in Z"
    first = subjects[0]
    return (
        _CLAUSE_OPENING.fullmatch(text, sentence_start, first.start) is not None
        and _RIGHT_BEFORE_THE_VERB.fullmatch(text, first.end, verb) is not None
    )


# A project at work in a town: "Das Projekt X ist in Z1 und Z2 aktiv" (a body at work there has its seat elsewhere)
_AT_WORK_AFTER = re.compile(rf"{AFTER_THE_PLACE}(?:aktiv|tätig|vertreten|unterwegs)(?![\w-])")


_PRESENT_AFTER = re.compile(rf"{AFTER_THE_PLACE}(?:vertreten|präsent|ansässig|erreichbar)(?![\w-])")


def _placed_kinds(text: str, cue: re.Match[str], end: int) -> frozenset[str]:
    """What a clause of placing places, by the word closing it after the places (which end at `end`): a body or
    project for "ist in Z ansässig", a project for "wird in Z umgesetzt" or "ist in Z aktiv", nothing else."""
    if cue.group("sits"):  # "Die Stiftung X sitzt in Z"
        return SEATED
    if cue.group("passive"):
        return _PROJECTS if _CARRIED_OUT_AFTER.match(text, end) else frozenset()
    if cue.group("sites"):  # "Das Projekt X berät an den Standorten Z1 und Z2"
        return _PROJECTS
    if cue.group("offices"):  # "ist mit zwei Büros in Z1 und Z2 vertreten"
        return SEATED if _PRESENT_AFTER.match(text, end) else frozenset()
    if not _BARE_IS.match(cue.group()) or SETTLED_AFTER.match(text, end):
        return SEATED
    return _PROJECTS if _AT_WORK_AFTER.match(text, end) else frozenset()


def _relative_seats(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    """ "Die Stiftung X, die ihren Sitz in Z hat, …", "Der Verein Y, der seit 2010 in Z ansässig ist, …": a relative
    clause placing the body right before it."""
    for unit in seated:
        for place in (p for p in places if p.start > unit.end):
            clause = _RELATIVE_SEAT.fullmatch(text, unit.end, place.start)
            if clause is None:
                continue
            listed = with_listed(text, place, places)
            closed = _closing(clause).match(text, listed[-1].end)
            at_work = unit.type in _PROJECTS and not clause.group("seat") and not clause.group("reflexive")
            if closed or (at_work and _WORK_CLOSING.match(text, listed[-1].end)):
                yield from (RelationFinding(unit, "locatedIn", other) for other in listed)


# A project's relative clause of work in a place: "das Projekt X, das in Z1 und Z2 Gesellen auf die Prüfung
# vorbereitet", "…, die in Z Pflegekräfte berät" (its verb closing the clause).
_WORK_CLOSING = re.compile(
    r"[^,.;:!?\n]{0,80}?\s(?:berät|beraten|begleitet|begleiten|vorbereitet|vorbereiten|qualifiziert|qualifizieren"
    r"|vermittelt|vermitteln|unterstützt|unterstützen|arbeitet|arbeiten|aktiv\s+ist|tätig\s+ist|vertreten\s+ist"
    r"|umgesetzt\s+wird|angeboten\s+wird)(?=[,.;:!?\s]|$)"
)


# ... or the seat noun after the place: "X, die in Z ihren Sitz hat", "X, der in Z1 und Z2 Beratungsstellen unterhält"
_SETTLED_OR_SEATED_AFTER = re.compile(
    rf"{SETTLED_AFTER.pattern}|{AFTER_THE_PLACE}(?:(?:sein|ihr)(?:en)?\s+(?:Sitz|Hauptsitz)\s+(?:hat|hatte)"
    rf"|{_SITES}\s+(?:hat|hatte|unterhält|unterhielt|betreibt|betrieb))\b"
)


def _closing(clause: re.Match[str]) -> re.Pattern[str]:
    """What closes a relative clause of being placed: "hat" after a seat noun, "befindet" after "sich", else
    "ansässig" or the seat noun and "hat"."""
    if clause.group("seat"):
        return _RELATIVE_VERB
    return _RELATIVE_REFLEXIVE_VERB if clause.group("reflexive") else _SETTLED_OR_SEATED_AFTER


def _prenominal_seats(text: str, seated: list[Mention], places: list[Mention]) -> Iterator[RelationFinding]:
    """ "die in Z ansässige Stiftung X", "der seit 2010 in Z beheimatete Verein Y": a participle of being settled
    before the name."""
    for place in places:
        participle = _PRENOMINAL_SEAT.match(text, place.end)
        if participle is None or not _IN_BEFORE.search(text, max(0, place.start - _IN_REACH), place.start):
            continue
        starts = {participle.end(), participle.start("head")}
        yield from (RelationFinding(m, "locatedIn", place) for m in seated if m.start in starts)


# The area a project works in, named by an area noun: "Projektgebiet (des Teilprojekts X) sind Z1 und Z2", "Das
# Einzugsgebiet der Beratungsstelle X umfasst Z"; the project named in the noun's genitive, else the one spoken of last.
_AREA = re.compile(
    r"\b(?:Projekt|Einzugs|Einsatz|Beratungs)gebiet(?:e|es|s)?(?P<of>\s+(?:des|der)\s+[^.;:]{1,80}?)?"
    r"\s+(?:ist|sind|war|waren|umfasst|umfasste|umfassen)\s+"
)
_AREA_REACH = 60  # characters from the verb to the first place: an adverb, an article, a district noun


def _project_areas(
    text: str, sentence: tuple[int, int], ms: list[Mention], places: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    for area in _AREA.finditer(text, *sentence):
        named = [
            m for m in ms if m.type in _PROJECTS and not m.generic and area.start() < m.start < area.end()
        ]
        unit = named[0] if named else _area_owner(ms, area, project)
        first = next((p for p in places if area.end() <= p.start <= area.end() + _AREA_REACH), None)
        if unit is not None and first is not None:
            yield from (
                RelationFinding(unit, "locatedIn", place) for place in with_listed(text, first, places)
            )


def _area_owner(ms: list[Mention], area: re.Match[str], project: Mention | None) -> Mention | None:
    """The project spoken of last, unless the area noun's genitive names a body ("das Einzugsgebiet des Jobcenters")."""
    if area.group("of") and any(
        area.start("of") <= m.start < area.end("of") and m.type in SEATED for m in ms
    ):
        return None
    return project


# The seat noun as the subject, its place the predicate: "Sitz des Projekts X ist Z", "Standorte der Stiftung Y sind
# Z1 und Z2".
# ... or the places it serves: "Beratungsorte des Projekts X: Z1, Z2 und Z3", "Einsatzorte der Stelle Y sind Z1 und Z2".
_SEAT_NOUN = re.compile(
    r"(?<![\w-])(?:Sitz|Hauptsitz|Standort|Standorte|Beratungsorte?|Einsatzorte?)\s+(?:des|der)\s+"
)
_SEAT_NOUN_REACH = 20  # characters from the genitive article to the name: its head noun
_IS_THE_PLACE = re.compile(rf"[“”\"«»]?(?:\s+(?:ist|sind|war|waren)\s+{_ADVERB}|\s*:\s*)")


def _seat_nouns_predicated(
    text: str, sentence: tuple[int, int], seated: list[Mention], places: list[Mention]
) -> Iterator[RelationFinding]:
    for noun in _SEAT_NOUN.finditer(text, *sentence):
        unit = next((m for m in seated if noun.end() <= m.start <= noun.end() + _SEAT_NOUN_REACH), None)
        copula = _IS_THE_PLACE.match(text, unit.end) if unit is not None and unit.type != "Place" else None
        first = next((p for p in places if copula is not None and p.start == copula.end()), None)
        if unit is not None and first is not None:
            yield from (
                RelationFinding(unit, "locatedIn", place) for place in with_listed(text, first, places)
            )
