"""Place mentions: venues, towns and districts where the grammar says a place stands.

A venue after "im"/"in der" ("im Kursaal Beispielheim", "im Saal der Landesbibliothek", "in der Musterhalle
Musterstadt", with its town a place of its own), a town after a preposition of place or in a list ("in
Musterstadt, Beispielheim und Halle (Saale)"), a dateline's town ("Musterstadt. Heute …", "[Musterstadt]"),
a district ("im Kreis Musterland"); and a bare "Halle" in a release that names only "Halle (Saale)" is that town.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..lexicon.names import LOCAL_OFFICES
from ..lexicon.places import (
    KREIS_DISTRICTS,
    REGION_ROOTS,
    REGIONS,
    REGIONS_WITH_ARTICLE,
    RIVERS_AFTER_AM,
    RIVERS_AFTER_AN_DER,
)
from ..text.morphology import nominative, town_of_adjective
from ..text.spans import Mention
from .organisations.words import ZU_INFINITIVE, event_noun_not_genitive

# A town's name with its river or region: "Halle (Saale)", "Osterode am Harz", "Neumarkt in der Oberpfalz".
_QUALIFIED_TOWN = re.compile(
    r"(?P<bare>[^(]+?)(?: \([^()]+\)| (?:am|an der|im|in der|ob der) [A-ZÄÖÜ][^()]*)"
)


def bare_towns_as_qualified(mentions: list[Mention]) -> list[Mention]:
    """ "Halle" in a release that names "Halle (Saale)" is that town, "Osterode" where it names "Osterode am Harz"
    (where it names only one town of that name so qualified)."""
    qualified: dict[str, list[Mention]] = {}
    for m in mentions:
        town = _QUALIFIED_TOWN.fullmatch(m.label) if m.type == "Place" else None
        if town is not None:
            found = qualified.setdefault(town["bare"], [])
            if all(q.key != m.key for q in found):
                found.append(m)
    return [
        replace(m, key=qualified[m.label][0].key, label=qualified[m.label][0].label)
        if m.type == "Place" and len(qualified.get(m.label, ())) == 1
        else m
        for m in mentions
    ]


_VENUE = re.compile(
    # also opening the sentence: "Im Kasseler Kongress Palais diskutierten …"
    r"\b(?:[Ii]m|[Ii]ns|[Ii]n\s+der|[Ii]n\s+dem|in\s+die|in\s+das|in\s+den\s+(?:\w+\s+)?Räumlichkeiten\s+der)\s+"
    r"(?P<venue>(?:[A-ZÄÖÜ]\w*\s+){0,2}(?:[A-ZÄÖÜ]\w*(?:saal|zentrum|center|schule|haus|halle|rathaus|hotel|museum"
    r"|kirche|gebäude|palais|bibliothek|hof|schloss|theater|kloster|arena|forum|café|akademie)"
    # a building's noun alone after its adjective: "ins Saarbrücker Schloss", "im Alten Rathaus"
    r"|(?<=\w\s)(?:Center|Forum|Arena|Schloss|Rathaus|Museum|Theater|Kloster|Palais|Hotel)"
    # a building named after a person, its noun joined by hyphens: "im Erwin-Beispiel-Haus", "in der Karl-Muster-Halle"
    r"|[A-ZÄÖÜ]\w*-(?:[A-ZÄÖÜ]\w*-)+(?:Haus|Halle|Saal|Zentrum|Center|Forum|Schule|Museum|Theater|Akademie|Bibliothek)"
    r"|(?:Saal|Foyer|Aula|Haus)(?=\s+(?:der|des)\s))"
    r"(?:e|es|s|n)?(?![\w-])"  # the building's word ends there: no "Bahnhof" in "in der Bahnhofstraße"
    r"(?P<genitive>\s+(?:der|des)\s+[A-ZÄÖÜ]\w+)?"
    r"(?:\s+(?!in\b)[A-ZÄÖÜ][\w-]+){0,2})(?:\s+(?:in|von)\s+(?P<city>[A-ZÄÖÜ][\w-]+))?"
)


# The venue field of an invitation or a programme: "Veranstaltungsort: Kulturzentrum Schlachthof, Kassel", "Ort:
# Rathaus Beispielstadt" (the venue up to the first comma, the line's last item its town).
# The key of a venue field before its colon: "Veranstaltungsort", "Ort", also with the event in the genitive ("Ort der
# Veranstaltung", "Ort des Fachtags").
VENUE_FIELD_KEY = (
    r"(?:(?:"
    + "|".join(lexicon.VENUE_FIELD_PREFIXES)
    + r")ort|Ort(?:[ \t]+(?:der|des)[ \t]+[A-ZÄÖÜ][\w-]*)?)"
)
VENUE_FIELD = re.compile(
    rf"(?m)^[ \t]*{VENUE_FIELD_KEY}[ \t]*:[ \t]*"
    r"(?P<venue>[A-ZÄÖÜ][^,;\n()]{1,60}?)(?=[ \t]*(?:,|$|\.(?:\s|$)))(?P<rest>[^\n]*?)(?:\.(?:\s|$)|$)"
)
_FIELD_WORD = re.compile(r"[A-ZÄÖÜ][\w-]+")
# The venue line of an invitation's head, under the line giving the day and its hours: "Donnerstag, 26. Juni 2031,
# 10 bis 16 Uhr" / "Haus der Kulturen, Brückenstraße 5, 34117 Kassel" (a name, then its address after a comma).
VENUE_UNDER_THE_HOURS = re.compile(
    r"(?m)^[^\n]*\d[.:]?\d?\d?\s*Uhr[ \t]*\n[ \t]*"
    r"(?P<venue>[A-ZÄÖÜ][^,;:\n()\d]{1,60}?)(?P<rest>,[^\n]*\d[^\n]*)$"  # no field word: "Ort: X" is a field
)


def field_venues(text: str) -> list[Mention]:
    """ "Veranstaltungsort: Haus X, Hauptstraße 3, Kassel": the venue a field names, and its town."""
    out = []
    for match in [*VENUE_FIELD.finditer(text), *VENUE_UNDER_THE_HOURS.finditer(text)]:
        written = match.group("venue")
        if (
            not written[-1:].isalpha() or written in TOWNS
        ):  # "Ort: Hauptstraße 3", "Ort: Kassel": no venue's name
            continue
        venue, town = _venue_and_town(written)
        # "Rathaus Kassel": a kind of building, named by its town
        if (
            town is not None
            and len(venue.split()) == 1
            and venue.lower().startswith(lexicon.GENERIC_VENUE_PARTS)
        ):
            venue, town = written, None
        start = match.start("venue")
        out.append(Mention(start, start + len(venue), "Place", "place:" + venue.lower(), venue, venue))
        if town is not None:
            at = start + written.rindex(town)
        else:  # "…, Am Graben 12, 34117 Kassel": the field's last word that is a town
            towns = [
                w
                for w in _FIELD_WORD.finditer(text, *match.span("rest"))
                if w.group() in TOWNS and not _a_room(text, w.group(), w.end())
            ]
            town, at = (towns[-1].group(), towns[-1].start()) if towns else (None, -1)
        if town is not None:
            out.append(Mention(at, at + len(town), "Place", "place:" + town, town, town))
    return out


def venue_mentions(text: str) -> list[Mention]:
    """ "im Kursaal Bad Cannstatt", "im Wissenschaftszentrum in Kiel": the venue of an event, a place."""
    out = field_venues(text)
    for match in _VENUE.finditer(text):
        start = match.start("venue")
        written, genitive = _venue_written(match)
        venue, town = _venue_and_town(written)
        city = match.group("city")
        if town is not None and (city in TOWNS or city in lexicon.CITY_STATES) and city != town:
            # "im Bürgerhaus Weststadt in Kassel", "im Rathaus Schöneberg in Berlin": the town after "in" is where
            # the venue stands; the district its name ends in is part of the name
            venue, town = written, None
        words = venue.split()
        if (
            words[-1] in lexicon.NOT_NAMES
            or _of_a_body(genitive)
            or (
                genitive and match.group(0)[0].isupper()
            )  # "Im Forum der Beispiel GmbH": a body's, opening it
            or _local_office(words[-1])
            or _PROJECT_HEAD_FIRST.match(
                venue
            )  # "im Projekt Lotsenhaus Nord": a project's name, not a building
            or (len(words) > 1 and ZU_INFINITIVE.match(text, match.end("venue")))
        ):  # "in der Berufsschule Sprachkurse anzubieten": the last noun is the infinitive's object
            continue
        label = _venue_label(venue, genitive)
        if len(words) == 1 and words[0].lower().startswith(lexicon.GENERIC_VENUE_PARTS):
            named_by = town or (match.group("city") if match.group("city") in TOWNS else None)
            label = f"{label} {named_by}" if named_by else label  # a kind of building, named by its town,
            # which is the town it stands in ("in der Stadthalle Fulda")
        # priority 0: where a name of the same span is also an organisation's or a unit's, that one wins
        out.append(Mention(start, start + len(venue), "Place", "place:" + label.lower(), label, venue))
        if town:  # "in der Musterhalle Musterstadt": the town the venue is in
            town_start = start + match.group("venue").rindex(town)
            out.append(Mention(town_start, town_start + len(town), "Place", "place:" + town, town, town))
    return out


_BODY_HEADS = tuple(lexicon.ORG_HEADS)
_PROJECT_HEAD_FIRST = re.compile(r"(?:IQ[\s\-]+)?(?:[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt|Teilvorhaben)\s")


def _local_office(word: str) -> bool:
    """ "im Kommunalen Jobcenter": an office, not a building with a name."""
    return word.lower() in LOCAL_OFFICES


def _of_a_body(genitive: str | None) -> bool:
    """ "im Foyer des Ministeriums": a room of a body the text names otherwise, not a venue with a name."""
    return genitive is not None and genitive.split()[-1].lower().rstrip("s").endswith(_BODY_HEADS)


def _venue_label(venue: str, genitive: str | None) -> str:
    """ "im Saal der Landesbibliothek" -> "Saal der Landesbibliothek": the genitive attribute stays as written."""
    if genitive is None or genitive not in venue:
        return nominative(venue)
    head, attribute = venue.split(genitive, 1)
    return f"{nominative(head)} {' '.join(genitive.split())}{attribute}"


_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜ][\w-]*")


def _venue_written(match: re.Match[str]) -> tuple[str, str | None]:
    """The venue's words as written and its genitive: the name ends before an event noun in the genitive's place
    ("im Palais der Fachtag") and with a town after its building ("im Jobcenter Kassel Vertreterinnen der …":
    the words after the town are the clause's, the subject of "trafen sich")."""
    written, genitive = match.group("venue"), match.group("genitive")
    if genitive is not None and event_noun_not_genitive(genitive):
        return written[: written.index(genitive)], None
    words = list(_CAPITALISED_WORD.finditer(written))
    after_genitive = match.end("genitive") - match.start("venue") if genitive else 0
    for word in words[1:-1]:
        # (a name running on over a line break is left as it was)
        same_line = "\n" not in written[word.end() :]
        if word.group() in TOWNS and word.start() >= after_genitive and same_line:
            return written[: word.end()], genitive
    return written, genitive


def _venue_and_town(venue: str) -> tuple[str, str | None]:
    """ "Meistersingerhalle Nürnberg" -> the hall and its town; a venue's own name words stay."""
    words = venue.split()
    for i in range(1, len(words)):
        town = " ".join(words[i:])
        if town in TOWNS:
            return " ".join(words[:i]), town
    return venue, None


_QUALIFIED = r"(?: \([A-ZÄÖÜ][\w\-]*\))?"  # a dateline's town with its river: "Frankfurt (Oder). Heute …"
# A town after a preposition of place: "in Musterstadt", "aus Frankfurt am Main", "nach Halle (Saale)".
# "an den Standorten Kassel und Wetzlar", a dateline at a paragraph's start ("Musterstadt. Heute …",
# "[Musterstadt] Die …", "Musterstadt – Am …"): where a town stands without a preposition.
_TOWN_CUES = (
    # ... also listed after "darunter" or a colon: "an fünf Standorten, darunter Musterstadt und Beispielheim"
    # ... or as what the sites are: "Beratungsorte sind Musterstadt und Beispielheim", "Sitz des Vereins X ist
    # außerdem Musterstadt"
    re.compile(
        r"(?<![\w-])(?:Standort|Beratungsort|Einsatzort|Sitz|Hauptsitz)(?:e|en|es)?"
        r"(?:,\s*darunter|\s*:|(?:\s+(?:des|der)\s+[^.;:!?\n]{1,60}?)?\s+(?:sind|ist|waren|war)(?:\s+außerdem|\s+zudem)?)?"
        r"\s+(?P<name>[A-ZÄÖÜ]\S*)"
    ),
    re.compile(
        # (a press service's tag between, blanked as furniture: "Musterstadt (ots) – Die …")
        rf"(?m)^(?P<name>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜa-zäöü][\w\-]*){{0,3}}?{_QUALIFIED})(?=[ \t]*\.\s|[ \t]+[–-]\s)"
    ),
    re.compile(r"(?m)^\[(?P<name>[A-ZÄÖÜ][^\]\n]{1,40})\]"),
    # "Musterstadt, 12.05.2022 –", "Musterstadt, den 3. Mai …", "Musterstadt (ots) –": a dateline with its date or agency
    re.compile(
        rf"(?m)^(?P<name>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜa-zäöü][\w\-]*){{0,3}}?{_QUALIFIED})"
        r"(?=,\s*(?:den\s+)?\d|\s*\((?:ots|dpa|epd|pm)\))"
    ),
    # "- Projekt X, Musterstadt": a town closing a bulleted line after a comma (the item's place)
    re.compile(r"(?m)^[ \t]*[-–•*·▪][ \t]+[^\n,]{2,80},[ \t]*(?P<name>[A-ZÄÖÜ][^\n,]{1,40}?)[ \t]*$"),
    # "12.03.2031 | Infoabend | Musterstadt": a town filling a table's cell, the cells parted by bars or tabs
    re.compile(
        r"(?m)(?:\||\t)[ \t]*(?P<name>[A-ZÄÖÜ][\w\-]*(?:[ \t][A-ZÄÖÜa-zäöü][\w\-]*){0,3}?)[ \t]*(?=\||\t|$)"
    ),
    # "Musterstadt/Beispielheim. Heute …": two towns of a dateline, the second after the slash
    re.compile(r"(?m)^[A-ZÄÖÜ][\w\-]*/(?P<name>[A-ZÄÖÜ][\w\-]*)(?=[.,]\s|\s[–-]\s)"),
)
_AFTER_PLACE_PREPOSITION = re.compile(
    r"(?<![\w-])(?:[Ii]n|[Aa]us|[Nn]ach)\s+(?:ganz\s+)?(?P<name>[A-ZÄÖÜ])"
    # ... with a regional adjective between: "aus dem nordhessischen Korbach", "im sächsischen Zwickau"
    r"|(?<![\w-])(?:[Ii]n\s+dem|[Aa]us\s+dem|[Ii]m|[Nn]ach\s+dem)\s+[a-zäöü][\w-]*ischen\s+(?P<name2>[A-ZÄÖÜ])"
)
_MOST_WORDS_IN_A_TOWN = 4
TOWNS = lexicon.GERMAN_PLACES | lexicon.AMBIGUOUS_TOWNS | set(lexicon.CITIES) | REGIONS


def town_mentions(text: str) -> list[Mention]:
    """Towns of the GeoNames list where the grammar says a place stands (the gazetteer finds the larger cities
    anywhere; a town name is often a common word or a family name elsewhere)."""
    out = []
    cued = (m for pattern in (_AFTER_PLACE_PREPOSITION, *_TOWN_CUES) for m in pattern.finditer(text))
    for match in cued:
        start = (
            match.start("name2")
            if match.re is _AFTER_PLACE_PREPOSITION and match["name2"]
            else match.start("name")
        )
        while (town := _town_at(text, start)) is not None:  # "in A, B und C": each item of the list
            surface = text[start : start + len(town)]  # "WETZLAR. Der Verein …": a town in capitals
            out.append(Mention(start, start + len(town), "Place", "place:" + town, town, surface))
            more = _NEXT_LIST_ITEM.match(text, start + len(town))
            if more is None:
                break
            start = more.end()
    return out + _districts(text) + _towns_of_adjectives(text) + _regions_with_article(text)


# A region named with its article after a preposition of place: "im Allgäu", "aus dem Sauerland", "in der ganzen
# Pfalz", "am Niederrhein" (the preposition fitting the region's gender: "in der Harz" is none).
_ARTICLE_BEFORE = {
    "masculine": r"[Ii]m|[Ii]ns|[Aa]us\s+dem|[Vv]om|[Ii]n\s+dem",
    "feminine": r"[Ii]n\s+der|[Ii]n\s+die|[Aa]us\s+der|[Vv]on\s+der",
    "river": r"[Aa]m|[Vv]om|[Aa]n\s+den",
}
_REGION_WITH_ARTICLE = re.compile(
    "|".join(
        rf"(?<![\w-])(?:{_ARTICLE_BEFORE[gender]})\s+(?:ganze[nr]?\s+)?(?P<{gender}>{'|'.join(names)})(?![\w-])"
        for gender, names in REGIONS_WITH_ARTICLE.items()
    )
)


def _regions_with_article(text: str) -> list[Mention]:
    out = []
    for match in _REGION_WITH_ARTICLE.finditer(text):
        name = next(n for n in match.groups() if n is not None)
        start = next(match.start(g) for g in REGIONS_WITH_ARTICLE if match.group(g) is not None)
        out.append(Mention(start, start + len(name), "Place", "place:" + name, name, name))
    return out


# A town's adjective before the head noun of a body or project, after an article or preposition: "der Fuldaer Verein",
# "bei der Eschweger Beratungsstelle" (not "Robert Berger Stiftung": a family name; a larger city's adjective the
# gazetteer finds anywhere: "Kasseler").
_ADJECTIVE_BEFORE_A_HEAD = re.compile(
    r"(?<=[a-zäöüß][ \xa0])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+er)\s+(?=[A-ZÄÖÜ])(?=[\w-]*?(?i:"
    + "|".join(lexicon.SEATED_HEAD_ENDINGS)
    + r")(?:e?s|en|n)?(?![\w-]))"
)


def _towns_of_adjectives(text: str) -> list[Mention]:
    out = []
    for match in _ADJECTIVE_BEFORE_A_HEAD.finditer(text):
        town = town_of_adjective(match["adjective"])
        if town is not None and town in lexicon.GERMAN_PLACES and town not in lexicon.CITIES:
            out.append(Mention(*match.span("adjective"), "Place", "place:" + town, town, match["adjective"]))
    return out


# "im Kreis Musterstadt", "aus dem Kreis Musterstadt", "in den Kreis Musterstadt": a district where something happens,
# a place (a "Landkreis" that acts is a body: the organisation grammar reads it).
_DISTRICT = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Ii]n\s+(?:dem|den)|[Aa]us\s+dem)\s+(?P<name>Kreis\s+(?P<town>[A-ZÄÖÜ][\w-]+))"
)


# "im Wetteraukreis", "aus dem Main-Kinzig-Kreis": a district named by a compound of "Kreis" (the dative may keep
# an old -e: "im Wetteraukreise").
_KREIS_DISTRICT = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Ii]n\s+(?:dem|den)|[Aa]us\s+dem)\s+"
    rf"(?P<name>{'|'.join(sorted(KREIS_DISTRICTS, key=len, reverse=True))})e?(?![\w-])"
)


def _districts(text: str) -> list[Mention]:
    found = [m for m in _DISTRICT.finditer(text) if m.group("town") in TOWNS]
    return [
        Mention(
            m.start("name"),
            m.end("name"),
            "Place",
            "place:" + m.group("name"),
            m.group("name"),
            m.group("name"),
        )
        for m in sorted([*found, *_KREIS_DISTRICT.finditer(text)], key=lambda m: m.start())
    ]


_NEXT_LIST_ITEM = re.compile(r"(?:,\s*|\s+(?:und|sowie|oder)\s+)(?=[A-ZÄÖÜ])")


# A town named like a room, its number after it: "Kongresszentrum Kassel, Saal 2", "Messe Leipzig, Halle 3".
_ROOM_NUMBER = re.compile(r"[ \t]+\d{1,3}(?![\d.,:])")


def _a_room(text: str, name: str, end: int) -> bool:
    return name in lexicon.ROOM_NAMED_TOWNS and _ROOM_NUMBER.match(text, end) is not None


def _town_at(text: str, start: int) -> str | None:
    words = text[start : start + 80].split()
    for n in range(min(len(words), _MOST_WORDS_IN_A_TOWN), 0, -1):
        name = _from_capitals(_without_closing_marks(" ".join(words[:n])))
        if _a_room(text, name, start + len(name)):
            return None
        if name in TOWNS:
            qualifier = _TOWN_QUALIFIER.match(text, start + len(name)) if "(" not in name else None
            if qualifier and (qualifier["am"] or _names_a_river_or_region(qualifier["q"])):
                return name + qualifier.group(0)
            return name
    district = _DISTRICT_OF_A_CITY.fullmatch(_without_closing_marks(words[0])) if words else None
    if district is None or district["part"] in _JOINED_PLACES:
        return None  # "Berlin-Brandenburg": a pair of places or a region's name, no district
    big = district["city"] in lexicon.CITIES or district["city"] in lexicon.CITY_STATES
    return district.group(0) if big else None


# A city's district joined by a hyphen: "in Berlin-Buckow", "aus Kassel-Bettenhausen"; not two places joined.
_JOINED_PLACES = frozenset((*lexicon.LAENDER, *lexicon.CITIES, *lexicon.CITY_STATES))
_DISTRICT_OF_A_CITY = re.compile(r"(?P<city>[A-ZÄÖÜ]\w+)-(?P<part>[A-ZÄÖÜ][a-zäöüß]+)")


# "Halle (Saale)", "Halle (Westfalen)": the river or region in brackets that tells two towns of one name apart
# ... or the river after "am": "Offenbach am Main"
_TOWN_QUALIFIER = re.compile(
    rf" \((?P<q>[A-ZÄÖÜ][\w-]+)\)| am (?P<am>{'|'.join(sorted(RIVERS_AFTER_AM))})(?![\w-])"
)


# A town's name in capitals, as a dateline often prints it ("KASSEL – Die …", "BAD HERSFELD. Am …"); shorter words
# in capitals are abbreviations ("NRW", "IQ").
_SHORTEST_IN_CAPITALS = 4
_CAPITALS = re.compile(r"[A-ZÄÖÜ]{2,}")
_LOWER_IN_A_TOWN = re.compile(r"\b(?:Am|An|Der|Im|In|Ob|Bei|Vor|Auf)\b")  # "FRANKFURT AM MAIN": "am"


def _from_capitals(name: str) -> str:
    """ "WETZLAR" -> "Wetzlar", "FRANKFURT AM MAIN" -> "Frankfurt am Main"; a name not all in capitals as it is."""
    if len(name) < _SHORTEST_IN_CAPITALS or not name.isupper() or name in TOWNS:
        return name
    titled = _CAPITALS.sub(lambda m: m.group().capitalize(), name)
    return titled[:1] + _LOWER_IN_A_TOWN.sub(lambda m: m.group().lower(), titled[1:])


def _names_a_river_or_region(word: str) -> bool:
    return word in RIVERS_AFTER_AN_DER or word in lexicon.LAENDER or word.lower() in REGION_ROOTS


def _without_closing_marks(name: str) -> str:
    """Punctuation after a name, and a bracket it closes ("(in Kassel)"); not the one its river or region
    closes ("Frankfurt (Oder)")."""
    name = name.rstrip(",.;:!?]“”\"»«'’")  # a quote's closing mark after its last word: "in Kassel.“"
    name = name.rstrip(",.;:!?]")
    return name if "(" in name else name.rstrip(")")
