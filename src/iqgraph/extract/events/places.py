"""Where an event is held: "im Collegium Maius in Erfurt" (a building before its town), "im Saal der
Landespressekonferenz" (a room of an institution), "das Partnerforum in der Handwerkskammer Beispielstadt" (an
organisation's house), "im Kieler Rathaus" (a town by its adjective), else "in/im <Ort>".
"""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon.events import (
    MONTH_NAMES,
    NOT_VENUES,
    PLACED_NOUN_ENDINGS,
    VENUE_NOUN_PREFIXES,
    VENUE_ROOMS,
)
from ..lexicon.names import WEEKDAYS
from ..lexicon.places import REGIONS, REGIONS_WITH_ARTICLE
from ..names.mentions import Mention, of_a_body_named_before
from ..names.places import VENUE_FIELD_KEY
from ..text.morphology import nominative, town_of_adjective
from ..text.spans import ByStart, IndexedMentions
from .nouns import EVENT_NOUN, ORG_TYPES, EventNoun

# "in/im/ins <Ort>", also where guests went: "kamen in die Stadthalle", "lud in das Rathaus"; a regional adjective
# before the town: "im nordhessischen Kassel".
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ii]m|[Ii]ns|nach|Zentrum)\s+(?:der\s+|dem\s+|den\s+|die\s+|das\s+)?"
    r"(?:[a-zäöü][\w-]*ischen\s+)?"
    # ... the town's title before it: "in der Hansestadt Rostock", "in die Universitätsstadt Göttingen"
    r"(?:(?:Hanse|Landeshaupt|Universitäts|Kreis|Bundes|Dom|Messe|Residenz|Kur)stadt\s+|Stadt\s+|Gemeinde\s+)?$"
    # the place said to be the event's: "Veranstaltungsort war das Rathaus", "Tagungsort ist die Stadthalle"
    rf"|\b(?:{'|'.join(VENUE_NOUN_PREFIXES)})?[Oo]rt\s+(?:der\s+\w+\s+)?(?:war|ist|wird)\s+"
    r"(?:der\s+|die\s+|das\s+)?$"
    # ... or the venue field of an invitation: "Veranstaltungsort: Kulturzentrum X", "Ort: Rathaus Y"
    rf"|(?m:^)[ \t]*(?:(?:{'|'.join(VENUE_NOUN_PREFIXES)})ort|Ort)[ \t]*:[ \t]*$"
)
_PLACE_CUE_REACH = (
    32  # characters before a place for its preposition ("in der Nähe des ", "im nordhessischen ")
)
# "die Beratungsstelle in Fulda", "Integration in Deutschland": the place is an attribute of the noun before it.
_PLACED_NOUN = re.compile(
    r"(?i:[\w\-]*(?:" + "|".join(PLACED_NOUN_ENDINGS) + r"))\s+in\s+(?:der\s+|dem\s+|den\s+)?$"
)
_PLACED_NOUN_REACH = 60  # characters before a place in which the noun it belongs to and "in" stand
# "im Collegium Maius in Erfurt", "in das Haus der Begegnung in Oldenburg": up to three capitalised words (or a
# noun with its genitive name) after "im"/"in der"/"ins", then "in" and the town.
_BUILDING_BEFORE_TOWN = re.compile(
    # ... or said to be the event's place: "Veranstaltungsort war das Haus der Jugend in Kassel"
    rf"(?:\b(?:[Ii]m|[Ii]ns|[Ii]n\s+(?:der|dem|das|die))|\b(?:{'|'.join(VENUE_NOUN_PREFIXES)})?[Oo]rt\s+(?:war|ist|wird)"
    r"\s+(?:der|die|das))\s+"
    r"(?P<venue>(?:[A-ZÄÖÜ][\w\-]*\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w\-]*)?)\s+in\s+$"
)
_BUILDING_REACH = 80  # characters before the town in which the building's name and its preposition stand
_ROOM = re.compile(
    r"\b(?:[Ii]m|[Ii]n\s+der|[Ii]n\s+dem)\s+(?P<venue>(?:"
    + "|".join(VENUE_ROOMS)
    + r")\s+(?:der|des)\s+(?P<owner>[A-ZÄÖÜ][\w\-]*))"
)
# A town named by its adjective after a preposition of place: "im Kieler Rathaus", "nahe dem Dortmunder Hafen".
_ADJECTIVE_PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]m|am|beim|nahe)|\b[Ii]n\s+(?:der|dem|den)|\bNähe\s+(?:des|der|von))\s+(?:dem\s+|der\s+)?$"
)
# What is opened is where it is opened: "eröffnete die neue Kieler Beratungsstelle".
_OPENED_BEFORE = re.compile(r"\beröffne(?:t|te|ten|n)\b[^;\n]{0,60}?\b(?:die|das|den)\s+(?:[a-zäöü]+\s+)?$")
# Towns, districts and Länder: where a venue is, not a venue.
_TOWNS = lexicon.GERMAN_PLACES | frozenset(lexicon.CITIES) | frozenset(lexicon.LAENDER) | REGIONS
_HOUSE_TYPES = ORG_TYPES - {"StateNetwork"}  # "ein Treffen im IQ Netzwerk X" is within the network, no house
_AT_HOUSE = re.compile(r"\s+(?:in\s+der|im|in\s+dem)\s+")  # between an event noun and the house it is in
# An organisation's rooms anywhere in the event's sentence: "fand in den Räumen der Handwerkskammer X statt".
# ... or on its grounds, in its hall or its garden: "auf dem Gelände der Messe X", "im Garten des Vereins Y".
_IN_THE_ROOMS_OF = re.compile(
    r"\b(?:[Ii]n\s+den\s+(?:Räumen|Räumlichkeiten)|[Aa]uf\s+dem\s+(?:Gelände|Campus|Areal)"
    r"|[Ii]m\s+(?:Garten|Innenhof|Haus|Neubau|Gebäude))\s+(?:der|des)\s+"
)
# A negation just before, in the same clause, denies the place: "fand nicht wie gewohnt in den Räumen der X statt".
_DENIED = re.compile(r"\bnicht\b[^,;]{0,30}$")
_DENIAL_REACH = 40  # characters before the rooms in which a negation denies them


# A straight quotation mark opens where a word follows it after a space (or at the start), closes after a word: a
# sentence may begin inside a quotation closed before it ("… willkommen", sagte sie im Kongresszentrum X).
_OPENING_STRAIGHT = re.compile(r'(?:^|(?<=[\s(]))"(?=\S)')
_CLOSING_STRAIGHT = re.compile(r'(?<=\S)"')


def _quoted(text: str, start: int, m: Mention) -> bool:
    """ "den Infoabend „Pflege in Sachsen“": a place inside a quoted title names the topic, not where it is held."""
    before = text[start : m.start]
    opened = before.count("„") + before.count("»") + len(_OPENING_STRAIGHT.findall(before))
    closed = before.count("“") + before.count("«") + len(_CLOSING_STRAIGHT.findall(before))
    return opened > closed


def find_place(
    text: str,
    mentions: IndexedMentions,
    nouns: ByStart[EventNoun],
    sentences: list[tuple[int, int]],
    until: int,
) -> tuple[Mention | None, Mention | None]:
    """Where the event is held, and the town of that venue where the text names both: in the first of its
    sentences that says where, the place named first. A venue named later is looked for up to `until`, where
    another event is reported."""
    for s, e in sentences:
        here = mentions.by_start.within(s, e)
        found = [
            *_rooms(text, mentions.all, s, e),
            *_buildings_of_organisations(text, mentions.by_start, nouns.within(s, e)),
            *_rooms_of_organisations(text, mentions.by_start, s, e),
            *_houses_held_in(text, mentions.by_start, s, e),
            *_houses_in_a_field(text, mentions, s, e),
            *(
                (m, None)
                for m in here
                if m.type == "Place" and _placed(text, s, m) and not _quoted(text, s, m)
            ),
        ]
        if found:
            place, town = min(found, key=lambda found: found[0].start)
            place, town = _building_before(text, place, mentions, s) if town is None else (place, town)
            town = town or _town_of_a_field(text, mentions, place)
            venues = [f[0] for f in found if not _is_town(f[0]) and _names_no_other_town(f[0], place)]
            venue = (
                (venues[0] if venues else _venue_later_in_paragraph(text, mentions, place, e, until))
                if _is_town(place)
                else None
            )
            venue = venue or (_field_venue(text, mentions, sentences, place) if _is_town(place) else None)
            if venue is not None:
                return venue, place
            town_after = _town_after_a_house(text, mentions, place)
            if town_after is not None:
                return town_after, None
            return place, town or (None if _is_town(place) else _town_of_its_adjective(place, mentions))
    return _under_its_hours(text, mentions, sentences[0]) if sentences else (None, None)


# A body's house and the town after it: "im Bundesministerium für Bildung und Forschung (BMBF) in Bonn".
_AT_A_BODY = re.compile(r"\b(?:[Bb]ei|[Bb]eim|[Bb]ei\s+der|[Bb]ei\s+dem|[Aa]n\s+der|[Aa]m)\s+$")
_HOUSE_TO_TOWN = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+in\s+")


def _town_after_a_house(text: str, mentions: IndexedMentions, house: Mention) -> Mention | None:
    """ "Das Treffen fand im Ministerium X in Z statt": an event held in a body's house named with its town is
    placed in the town (the body is no place of its own)."""
    if house.type == "Place" or _AT_A_BODY.search(text, max(0, house.start - _HOUSE_REACH), house.start):
        return None  # "tagte beim Verein X in Fulda": held at the body, whose seat the town is
    link = _HOUSE_TO_TOWN.match(text, house.end)
    after = mentions.by_start.at(link.end()) if link is not None else []
    return next((m for m in after if m.type == "Place" and _is_town(m)), None)


def _town_of_its_adjective(venue: Mention, mentions: IndexedMentions) -> Mention | None:
    """ "im Kieler Rathaus", "im Berliner Congress Center": a venue named with a town's adjective is in that town
    (the place the release names so, else one made of the adjective)."""
    first = venue.surface.split()[0] if venue.surface else ""
    land = lexicon.LAND_ADJECTIVES.get(first)
    town = land if land in lexicon.CITY_STATES else town_of_adjective(first)
    if town is None:
        return None
    named = mentions.of_type("Place").all
    return next(
        (m for m in named if m.label == town),
        Mention(venue.start, venue.start + len(first), "Place", "place:" + town, town, first),
    )


def _under_its_hours(
    text: str, mentions: IndexedMentions, sentence: tuple[int, int]
) -> tuple[Mention | None, Mention | None]:
    """ "Donnerstag, 26. Juni 2031, 10 bis 16 Uhr" / "Haus der Kulturen, Brückenstraße 5, Kassel": the venue on the
    line under the event's day and hours, with its town."""
    line_end = text.find("\n", sentence[0])
    if line_end < 0:
        return None, None
    after = text.find("\n", line_end + 1)
    below = mentions.by_start.within(line_end + 1, len(text) if after < 0 else after)
    venue = next((m for m in below if m.type == "Place" and not _is_town(m) and _fielded(text, m, 0)), None)
    return (venue, _town_of_a_field(text, mentions, venue)) if venue is not None else (None, None)


_FIELD_OPENING = re.compile(rf"(?m:^)[ \t]*{VENUE_FIELD_KEY}[ \t]*:[ \t]*$")
_HOURS_LINE = re.compile(r"\d\s*Uhr[ \t]*\n[ \t]*$")  # the line above gives a day's hours: "…, 10 bis 16 Uhr"


def _fielded(text: str, place: Mention, start: int) -> bool:
    """A place named in a venue field ("Ort: X") or opening the line under an invitation's hours (`start`: where to
    look back from at most)."""
    before = max(start, place.start - _PLACE_CUE_REACH)
    return bool(
        _FIELD_OPENING.search(text, before, place.start) or _HOURS_LINE.search(text, before, place.start)
    )


def _town_of_a_field(text: str, mentions: IndexedMentions, venue: Mention) -> Mention | None:
    """ "Veranstaltungsort: Haus der Jugend, Lindenstraße 4, Kassel": the town on the line of a venue field that
    names the venue (there, or again after the report named it)."""
    if _is_town(venue):
        return None
    for named in mentions.of_type("Place").all:
        if named.key != venue.key or not _fielded(text, named, 0):
            continue
        end = text.find("\n", named.end)
        towns = mentions.by_start.within(named.end, len(text) if end < 0 else end)
        return next((m for m in towns if m.type == "Place" and _is_town(m)), None)
    return None


def _field_venue(
    text: str, mentions: IndexedMentions, sentences: list[tuple[int, int]], town: Mention
) -> Mention | None:
    """ "Der Fachtag findet in Kassel statt. … Ort: Rathaus Kassel": the venue field among the event's sentences
    says where in the town it is held."""
    for s, e in sentences:
        for m in mentions.by_start.within(s, e):
            if (
                m.type == "Place"
                and _fielded(text, m, s)
                and not _is_town(m)
                and _names_no_other_town(m, town)
            ):
                return m
    return None


def _is_town(place: Mention) -> bool:
    return place.label in _TOWNS


def _venue_later_in_paragraph(
    text: str, mentions: IndexedMentions, town: Mention, after: int, until: int
) -> Mention | None:
    """ "Der Fachtag fand in Kassel statt. Rund 80 Gäste kamen im Kongresszentrum zusammen.": the venue the rest
    of the event's paragraph names, before another event is reported, is where in the town the event was held
    (not one named by another town)."""
    end = text.find("\n", after)
    end = min(len(text) if end < 0 else end, until)
    places = mentions.of_type("Place")  # in text order: the first venue is found without reading all after it
    return places.first_starting_in(after, end, lambda m: not _is_town(m) and _names_no_other_town(m, town))


def _names_no_other_town(venue: Mention, town: Mention) -> bool:
    words = venue.label.split()
    return not any(" ".join(words[i:]) in _TOWNS - {town.label} for i in range(1, len(words)))


# A cell of its own in a table's row, parted by bars or tabs: "12.03.2031 | Infoabend „X“ | Kassel".
_OWN_CELL_BEFORE = re.compile(r"(?:\||\t)[ \t]*$")
_OWN_CELL_AFTER = re.compile(r"[ \t]*(?:\||\t|\n|$)")


# A region named by its river or lake: "am Niederrhein", "am Bodensee".
_RIVER_REGIONS = frozenset(REGIONS_WITH_ARTICLE["river"])
_AT_A_RIVER = re.compile(r"\b[Aa]m\s+$")


def _placed(text: str, sentence_start: int, place: Mention) -> bool:
    before = text[max(sentence_start, place.start - _PLACE_CUE_REACH) : place.start]
    if _OWN_CELL_BEFORE.search(before) and _OWN_CELL_AFTER.match(text, place.end):
        return True  # the event's row names where in a cell of its own
    if place.label in _RIVER_REGIONS and _AT_A_RIVER.search(before):
        return True  # "fand am Niederrhein statt"
    if not (place.surface.endswith("er") and place.surface != place.label):
        return bool(_PLACE_BEFORE.search(before)) and not _of_another_noun(text, sentence_start, place)
    opened = _OPENED_BEFORE.search(text, sentence_start, place.start)
    return bool(_ADJECTIVE_PLACE_BEFORE.search(before) or opened)


def _of_another_noun(text: str, sentence_start: int, place: Mention) -> bool:
    """ "die Beratungsstelle in Fulda lud zum Fachtag": the place says where the office is."""
    start = max(sentence_start, place.start - _PLACED_NOUN_REACH)
    return bool(_PLACED_NOUN.search(text, start, place.start))


# Nouns a predicate gives a building that held an event: "Die Stadthalle in Kassel war Schauplatz des Fachtags".
VENUE_PREDICATE_NOUNS = (
    "Schauplatz",
    "Austragungsort",
    "Veranstaltungsort",
    "Tagungsort",
    "Kulisse",
    "Gastgeber",
)
# A building and its town opening the sentence as its subject, the predicate saying it held the event: "Die Stadthalle in
# Kassel war am 3. Mai Schauplatz des Fachtags", "Das Kulturhaus in Gera bot den Rahmen für …", "… diente als Kulisse".
_VENUE_SUBJECT = re.compile(
    r"\s*[„\"»]?(?:Der|Die|Das)\s+(?P<venue>(?:[A-ZÄÖÜ][\w\-]*\s+){0,2}[A-ZÄÖÜ][\w\-]*)\s+in\s+"
)
_HELD_THE_EVENT = re.compile(
    rf"\s+(?:(?:war|ist|wird|wurde)\b[^;:!?\n]{{0,{_PLACE_CUE_REACH * 2}}}?\s(?:{'|'.join(VENUE_PREDICATE_NOUNS)})"
    rf"|(?:bot|bietet|boten|bieten)\b[^;:!?\n]{{0,{_PLACE_CUE_REACH * 2}}}?\s(?:den|einen)\s+(?:\w+\s+)?Rahmen"
    rf"|(?:diente|dient)\s+(?:[^;:!?\n]{{0,{_PLACE_CUE_REACH}}}?\s)?als\s+(?:{'|'.join(VENUE_PREDICATE_NOUNS)}))(?![\w-])"
)


def _building_before(
    text: str, town: Mention, mentions: IndexedMentions, sentence_start: int
) -> tuple[Mention, Mention | None]:
    """ "im Collegium Maius in Erfurt": a building named by its own name before its town is the venue; so is one
    opening the sentence, said to have held the event ("Die Stadthalle in Kassel war Schauplatz des Fachtags")."""
    match = _BUILDING_BEFORE_TOWN.search(text, max(sentence_start, town.start - _BUILDING_REACH), town.start)
    if match is None:
        match = _VENUE_SUBJECT.fullmatch(text, sentence_start, town.start)
        match = match if match is not None and _HELD_THE_EVENT.match(text, town.end) else None
    if match is None:
        return town, None
    venue = match.group("venue")
    start, end = match.start("venue"), match.end("venue")
    named = mentions.spans.overlaps(start, end)
    words = venue.split()
    owner = words[-1] if len(words) > 2 and words[-2] in ("der", "des") else None
    if named or EVENT_NOUN.search(venue) or any(w in NOT_VENUES for w in words):
        return town, None
    if owner is not None and of_a_body_named_before(owner, mentions.all, start):
        return town, None
    return Mention.named(start, end, "Place", nominative(venue), venue), town


def _rooms(text: str, mentions: list[Mention], start: int, end: int) -> list[tuple[Mention, Mention | None]]:
    """ "im Saal der Landespressekonferenz": a room named with the institution it belongs to. A room of a body
    named before ("im Foyer des Ministeriums" after "das Arbeitsministerium") names no venue of its own."""
    out: list[tuple[Mention, Mention | None]] = []
    for match in _ROOM.finditer(text, start, end):
        if of_a_body_named_before(match.group("owner"), mentions, match.start()):
            continue
        # the owner's whole name where the text names it: "in der Aula der Universität Kassel"
        owner_end = max(
            (m.end for m in mentions if m.start == match.start("owner")), default=match.end("venue")
        )
        venue = " ".join(text[match.start("venue") : owner_end].split())
        out.append((Mention.named(match.start("venue"), owner_end, "Place", venue, venue), None))
    return out


def _buildings_of_organisations(
    text: str, mentions: ByStart[Mention], nouns: list[EventNoun]
) -> list[tuple[Mention, Mention | None]]:
    """ "das Partnerforum in der Handwerkskammer Beispielstadt": an organisation's house, attribute of the
    event noun (`nouns`: those of one sentence)."""
    out: list[tuple[Mention, Mention | None]] = []
    for noun in nouns:
        link = _AT_HOUSE.match(text, noun.end)
        houses = (
            [m for m in mentions.at(link.end()) if m.type in _HOUSE_TYPES and not m.generic] if link else []
        )
        out += [(houses[-1], None)] if houses else []
    return out


# A sentence telling that the event took place or where guests were invited or met: "fand in der Handwerkskammer X
# statt", "…, der am 3. Mai in der Kammer X stattfand", "lud in die Kammer X ein".
_HELD_THERE = re.compile(
    r"\b(?:statt|stattfand|stattfanden|stattfindet|stattfinden|stattgefunden|tagte|tagten|eingeladen|lud|luden"
    # ... an invitation in the present: "Die Kammer lädt am 5. Mai zum Infoabend in die IHK zu Kiel ein"
    r"|lädt|laden|trafen|versammelten)\b"
)
# ... or at it: "fand an der Hochschule X statt", "tagte bei der Handwerkskammer Y", "fand beim Jobcenter Z statt"
_INTO_HOUSE = re.compile(
    r"\b(?:[Ii]n\s+der|[Ii]m|[Ii]n\s+dem|[Ii]n\s+die|[Ii]ns|[Aa]n\s+der|[Aa]m|[Bb]ei\s+der|[Bb]eim)\s+$"
)
_HOUSE_REACH = 12  # characters before a body for "in der", "im", "ins", "bei der"


def _houses_held_in(
    text: str, mentions: ByStart[Mention], start: int, end: int
) -> list[tuple[Mention, Mention | None]]:
    """ "Der Fachtag fand in der Handelskammer X statt": a body's house the event's sentence says it was held in
    (not "die Beraterin in der Kammer X": a noun the body is an attribute of)."""
    if not _HELD_THERE.search(text, start, end):
        return []
    out: list[tuple[Mention, Mention | None]] = []
    for m in mentions.within(start, end):
        if m.type not in _HOUSE_TYPES or m.generic:
            continue
        if _INTO_HOUSE.search(text, max(start, m.start - _HOUSE_REACH), m.start) and not _after_a_noun(
            text, start, m
        ):
            out.append((m, None))
    return out


def _houses_in_a_field(
    text: str, mentions: IndexedMentions, start: int, end: int
) -> list[tuple[Mention, Mention | None]]:
    """ "Ort: IHK Schwaben, Augsburg": a body's house named in an invitation's venue field, with the town on its
    line."""
    out: list[tuple[Mention, Mention | None]] = []
    for m in mentions.by_start.within(start, end):
        if (
            m.type in _HOUSE_TYPES
            and not m.generic
            and _FIELD_OPENING.search(text, max(start, m.start - _PLACE_CUE_REACH), m.start)
        ):
            line_end = text.find("\n", m.end)
            after = mentions.by_start.within(m.end, len(text) if line_end < 0 else line_end)
            out.append((m, next((t for t in after if t.type == "Place" and _is_town(t)), None)))
    return out


_TIMES = frozenset((*MONTH_NAMES, *WEEKDAYS))
_NOUN_BEFORE_IN = re.compile(r"[A-ZÄÖÜ][\w-]*,?\s+(?:in\s+der|im|in\s+dem|an\s+der|am|bei\s+der|beim)\s+$")


def _after_a_noun(text: str, start: int, m: Mention) -> bool:
    """ "die Referentin in der Kammer X", "Beratung im Jobcenter Y": the body says where a noun before it is."""
    before = text[max(start, m.start - _PLACED_NOUN_REACH) : m.start]
    noun = _NOUN_BEFORE_IN.search(before)
    if noun is None or noun.group(0).split()[0].rstrip(",") in _TIMES:  # "am 12. März in der Kammer X"
        return False
    return not EVENT_NOUN.match(noun.group(0))


def _rooms_of_organisations(
    text: str, mentions: ByStart[Mention], start: int, end: int
) -> list[tuple[Mention, Mention | None]]:
    """ "in den Räumen der Handwerkskammer Beispielstadt": the organisation's house is the venue."""
    out: list[tuple[Mention, Mention | None]] = []
    for rooms in _IN_THE_ROOMS_OF.finditer(text, start, end):
        if _DENIED.search(text, max(start, rooms.start() - _DENIAL_REACH), rooms.start()):
            continue
        houses = [m for m in mentions.at(rooms.end()) if m.type in _HOUSE_TYPES and not m.generic]
        out += [(houses[-1], None)] if houses else []
    return out
