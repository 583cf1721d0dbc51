"""Local offices and municipal bodies, named by the town or district they serve.

"die Agentur für Arbeit Musterstadt", "das Jobcenter im Landkreis Beispiel" (named "Jobcenter Landkreis
Beispiel"), "die Jobcenter Kiel, Lübeck und Flensburg" (three bodies), "die Ausländerbehörde" in a release on
the bodies of one town ("Ausländerbehörde der Stadt Musterstadt"), "die Uni Musterstadt", "weder die IHK noch
die HWK" (the kind of chamber); "im Landkreis Beispiel" after a preposition of place is the territory, a place.
An office every town has, without its town, is no name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...lexicon.names import LOCAL_OFFICES, MUNICIPAL_OFFICES, MUNICIPAL_PLURALS, TERRITORIAL_BODIES
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from .clause_objects import object_of_the_clause
from .complements import REGION_NAME
from .government_bodies import town_river_end
from .heads import COMMON_NOUN_ENDINGS, TOWNS, head_suffix, type_of
from .words import named_organisation

# A preposition of place with its article: "im", "in der", "aus dem", "nach" (the words after it name a territory).
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?i:im|in\s+(?:der|dem)|aus\s+(?:der|dem)|nach)\s+$")
_LOCATIVE_WINDOW = 12  # characters back over "aus dem " or "in der " to the name


def as_territory(text: str, body: Mention) -> Mention:
    """ "im Landkreis Gießen", "in der Landeshauptstadt Erfurt": a body named by its territory, after a
    preposition of place, is the territory (a place), not the body."""
    head, _, place = body.label.partition(" ")
    locative = _LOCATIVE_BEFORE.search(text, max(0, body.start - _LOCATIVE_WINDOW), body.start)
    if head not in TERRITORIAL_BODIES or not place or locative is None:
        return body
    label = body.label if TERRITORIAL_BODIES[head] else place
    return Mention(body.start, body.end, "Place", "place:" + label, label, body.surface)


# "der Landeshauptstadt Musterstadt", "der Stadt Musterstadt": a municipality in the genitive, as the owner of a body
_MUNICIPALITY_OWNER = re.compile(
    r"(?<![\w-])der\s+(?P<owner>(?:Landeshaupt|Hanse)?[Ss]tadt\s+[A-ZÄÖÜ][\w-]*\w)"
)
_BARE_MUNICIPAL_OFFICE = re.compile(
    rf"(?<![\w-])(?i:der|die|das|dem|den|des)\s+(?P<office>{'|'.join(sorted(MUNICIPAL_OFFICES))})(?:s|es)?"
    r"(?![\w-])(?!\s+(?:der|des|in|im|von)\s)"
)


def offices_of_the_municipality(text: str) -> list[Mention]:
    """ "unter einem Dach mit der Ausländerbehörde" in a release on the bodies of one town: that town's office,
    named as the release names its bodies ("Ausländerbehörde der Landeshauptstadt Musterstadt")."""
    owners = {re.sub(r"\s+", " ", m.group("owner")) for m in _MUNICIPALITY_OWNER.finditer(text)}
    if len(owners) != 1:
        return []
    owner = owners.pop()
    return [
        Mention.named(m.start("office"), m.end(), "Agency", f"{m.group('office')} der {owner}", m.group(0))
        for m in _BARE_MUNICIPAL_OFFICE.finditer(text)
    ]


# "das Integrationsbüro der Hansestadt Musterstadt", "im Migrationsbüro des Kreises Beispiel": an office named by
# its topic, owned by a municipality in the genitive, is that municipality's body (a bare "Büro der Stadt" is none).
# Without the town's name ("vom Integrationsbüro der Hansestadt") the town is the one of the release's dateline.
_MUNICIPAL_BUREAU = re.compile(
    r"(?<![\w-])(?P<office>[A-ZÄÖÜ][a-zäöüß]{3,}büro)s?\s+"
    r"(?P<owner>der\s+(?P<town_noun>(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt)|der\s+Gemeinde"
    r"|des\s+(?:Land)?[Kk]reises)"
    r"(?:\s+(?P<town>[A-ZÄÖÜ][\w-]*\w)(?![\w-]))?"
)
# A dateline's town at a paragraph's start: "Musterstadt. Am Samstag …", "Musterstadt – Die …", "Musterstadt, 4. Mai"
_DATELINE_TOWN = re.compile(r"(?m)^(?P<town>[A-ZÄÖÜ][\w-]*\w)(?=\.\s|\s[–-]\s|,\s*(?:den\s+)?\d)")


# A town's office for integration or migration named by its town alone: "das Integrationsbüro Kassel" (not any
# "-büro": "Ingenieurbüro Kassel" is a company, "Regionalbüro Kassel" a unit of some body).
_BUREAU_OF_A_TOWN = re.compile(
    r"(?<![\w-])(?P<office>(?:Integrations|Migrations)büro)s?\s+(?P<town>[A-ZÄÖÜ][\w-]*\w)(?![\w-])"
)


# The same office with its topic after "für": "das Büro für Integration Musterstadt", "im Büro für Migration und
# Teilhabe der Stadt Beispiel", "des Büros für Zuwanderung des Kreises X" (a town or a municipality must follow: "ein
# Büro für Integration" alone is any office).
_TOPIC_OF_A_BUREAU = r"(?:Integration|Migration|Zuwanderung|Teilhabe|Vielfalt|Chancengleichheit)"
_BUREAU_FOR_A_TOPIC = re.compile(
    rf"(?<![\w-])Büro(?:s)?\s+für\s+(?P<topic>{_TOPIC_OF_A_BUREAU}(?:\s+und\s+{_TOPIC_OF_A_BUREAU})?)\s+"
    r"(?:(?P<owner>der\s+(?:Landeshaupt|Hanse|Kreis|Universitäts)?[Ss]tadt|der\s+Gemeinde|des\s+(?:Land)?[Kk]reises)\s+)?"
    r"(?P<town>[A-ZÄÖÜ][\w-]*\w)(?![\w-])"
)


def _bureaus_for_a_topic(text: str) -> list[Mention]:
    out = []
    for m in _BUREAU_FOR_A_TOPIC.finditer(text):
        town = m.group("town")
        if town in lexicon.NOT_NAMES or not (m.group("owner") or town in TOWNS):
            continue
        owner = " ".join(m.group("owner").split()) + " " if m.group("owner") else ""
        label = f"Büro für {' '.join(m.group('topic').split())} {owner}{town}"
        out.append(Mention.named(m.start(), m.end(), "Agency", label, m.group(0)))
    return out


def bureaus_of_municipalities(text: str) -> list[Mention]:
    """ "Integrationsbüro der Hansestadt Musterstadt": a topic's office in the genitive of a municipality; "das
    Integrationsbüro Kassel": the office of a town named after it; "Büro für Integration Kassel" the same."""
    out = [
        Mention.named(m.start(), m.end(), "Agency", f"{m.group('office')} {m.group('town')}", m.group(0))
        for m in _BUREAU_OF_A_TOWN.finditer(text)
        if m.group("town") in TOWNS
    ] + _bureaus_for_a_topic(text)
    for m in _MUNICIPAL_BUREAU.finditer(text):
        town = m.group("town")
        if town in lexicon.NOT_NAMES:
            town = None
        if town is None and m.group("town_noun"):
            town = _dateline_town(text)
        if town is None:
            continue
        owner = " ".join(m.group("owner").split())
        label = f"{m.group('office')} {owner} {town}"
        end = m.end() if m.group("town") == town else m.end("owner")
        out.append(Mention.named(m.start(), end, "Agency", label, text[m.start() : end]))
    return out


def _dateline_town(text: str) -> str | None:
    dateline = _DATELINE_TOWN.search(text)
    if dateline is None:
        return None
    town = dateline.group("town")
    town = town.title() if town.isupper() else town  # a newspaper's dateline in capitals: "WETZLAR."
    return town if town in TOWNS else None


_BARE_CHAMBER = re.compile(
    rf"(?<![\w-])(?P<abbr>{'|'.join(lexicon.CHAMBER_ABBREVIATIONS)})(?![\w-])(?!\s+[A-ZÄÖÜ])"
)


def chambers_as_a_kind(text: str) -> list[Mention]:
    """ "weder die IHK noch die HWK": a chamber by its abbreviation alone is the kind of chamber, by its full name, in a
    text that names no chamber of that kind by its region or town."""
    out = []
    for match in _BARE_CHAMBER.finditer(text):
        abbr = match.group("abbr")
        full = lexicon.CHAMBER_ABBREVIATIONS[abbr]
        if re.search(rf"(?<![\w-])(?:{abbr}|{full})(?:\s+zu)?\s+[A-ZÄÖÜ]", text):
            continue  # "IHK Kassel … die IHK": the short form points back to the chamber named
        out.append(Mention.named(match.start(), match.end(), "Organisation", full, abbr, abbr))
    return out


_TOWN_NAME = r"[A-ZÄÖÜ][\w-]*\w(?:\s+(?:am|an\s+der)\s+[A-ZÄÖÜ]\w+|\s+\([A-ZÄÖÜ]\w+\))?"
_OFFICES_OF_TOWNS = re.compile(
    rf"(?<![\w-])(?P<head>{'|'.join(map(re.escape, lexicon.DISTRIBUTIVE_PLURALS))})n?\s+"  # "in den Jobcentern"
    rf"(?P<towns>{_TOWN_NAME}(?:\s*,\s*{_TOWN_NAME})*\s+(?:und|sowie)\s+{_TOWN_NAME})(?![\w-])"
)
_LISTED_TOWN = re.compile(_TOWN_NAME)
# The plural article of the subject or object, not after a preposition of place: "die Städte X und Y fördern", "mit den
# Städten X und Y" (not "in den Städten", "aus den Landkreisen").
_PLURAL_ARTICLE = re.compile(r"(?:(?<![\w-])(?P<word>\w+)[ \xa0]+)?(?<![\w-])(?:[Dd]ie|[Dd]en)[ \xa0]+$")
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "zwischen"})
_PLURAL_REACH = 16  # characters back over "zwischen den "
_DISTRIBUTED = 4  # over the town's own reading: the item names the office of that town


def _municipalities_act(text: str, start: int) -> bool:
    """ "die Städte X und Y fördern", "mit den Städten X und Y": the plural article of the subject or an object,
    not after a preposition of place ("in den Städten X und Y" names the territories)."""
    article = _PLURAL_ARTICLE.search(text, max(0, start - _PLURAL_REACH), start)
    return article is not None and (article.group("word") or "").lower() not in _PLACE_PREPOSITIONS


def offices_of_listed_towns(text: str) -> list[Mention]:
    """ "die Jobcenter Kiel, Lübeck und Flensburg": the office of each town listed, each a body of its own."""
    out = []
    for match in _OFFICES_OF_TOWNS.finditer(text):
        towns = [t for t in _LISTED_TOWN.finditer(text, match.start("towns"), match.end("towns"))]
        if not all(t.group(0) in TOWNS for t in towns):
            continue  # "die Jobcenter Beratung und Vermittlung": no list of towns
        municipal = match.group("head") in MUNICIPAL_PLURALS
        if municipal and not _municipalities_act(text, match.start()):
            continue  # "in den Städten Gotha und Eisenach": the territories; "der Städte …": whose
        office = lexicon.DISTRIBUTIVE_PLURALS[match.group("head")]
        head = head_suffix(office.split()[0]) or head_suffix(office.split()[-1])
        type_ = "Agency" if municipal else type_of(office, head) if head else "Organisation"
        for town in towns:
            label = f"{office} {town.group(0)}"
            out.append(
                Mention.named(town.start(), town.end(), type_, label, town.group(0), priority=_DISTRIBUTED)
            )
    return out


_SHORT_HEAD_WITH_TOWN = re.compile(
    rf"(?<![\w-])(?P<short>{'|'.join(lexicon.SHORT_HEADS)})\s+(?P<town>{_TOWN_NAME})(?![\w-])"
)


def short_heads_with_towns(text: str) -> list[Mention]:
    """ "ein Studium an der Uni Musterstadt": the university of that town, by its full name."""
    return [
        named_organisation(
            text, m.start(), m.end(), f"{lexicon.SHORT_HEADS[m.group('short')]} {m.group('town')}"
        )
        for m in _SHORT_HEAD_WITH_TOWN.finditer(text)
        if m.group("town") in TOWNS
    ]


# "die Agentur für Arbeit in Bautzen", "das Jobcenter im Landkreis Görlitz": the town or district a local office
# serves, after a preposition of place (a town the place lists know; a district by its head word).
_SERVED_PLACE = re.compile(
    r"\s+(?:in|im)\s+(?:(?P<district>Landkreis|Kreis)\s+(?P<region>[A-ZÄÖÜ][\w\-]*\w)"
    r"|(?P<town>(?:(?:Bad|Sankt)\s+)?[A-ZÄÖÜ][\w\-]*\w))"  # "in Bad Hersfeld": a spa keeps its first word
    r"(?![\w-])"
)


def with_unknown_town(text: str, office: Mention) -> Mention | None:
    """ "Agentur für Arbeit Musterstadt": a local office takes a following proper name as its town, even one
    the place lists do not know; without one it is no name."""
    region = REGION_NAME.match(text, office.end)
    if region is None:
        return _with_served_place(text, office)
    district = (
        REGION_NAME.match(text, region.end()) if region.group("region_name") in _DISTRICT_WORDS else None
    )
    region = (
        district or region
    )  # "des Jobcenters Landkreis Kassel", "Jobcenter Region Y": the district's name too
    if not _may_name_a_town(region.group("region_name")):
        return None
    if object_of_the_clause(text, office.start, region.start("region_name"), region.end()):
        return None  # "Seit März vermittelt das Jobcenter Geflüchtete in Arbeit": the object, no town
    end = town_river_end(text, region.start("region_name"), region.end())
    label = f"{office.label} {' '.join(text[office.end : end].split())}"
    return Mention.named(office.start, end, office.type, label, text[office.start : end])


_DISTRICT_WORDS = frozenset({"Landkreis", "Kreis", "Region", "Stadt", "Städteregion"})


def bare_local_office(text: str, word: re.Match[str], head: str) -> Mention | None:
    """ "das Jobcenter", "die Ausländerbehörde", "des Jobcenters": a one-word local office, to be named by the
    place it serves (the genitive's ending dropped from the label)."""
    nominative = _OFFICE_GENITIVE.sub("", word.group(0))
    if word.group(0).lower() not in LOCAL_OFFICES and nominative.lower() not in LOCAL_OFFICES:
        return None
    label = word.group(0) if word.group(0).lower() in LOCAL_OFFICES else nominative
    return Mention.named(word.start(), word.end(), type_of(label, head), label, word.group(0))


_OFFICE_GENITIVE = re.compile(r"(?<=[a-zäöü])e?s$")


def _with_served_place(text: str, office: Mention) -> Mention | None:
    """The office named by the place it serves ("Agentur für Arbeit Bautzen", "Jobcenter Landkreis Görlitz"); the
    mention keeps its words, so the place stays a place of its own."""
    served = _SERVED_PLACE.match(text, office.end)
    if served is None:
        return None
    if served.group("district"):
        place = f"Landkreis {served.group('region')}" if served.group("district") == "Landkreis" else None
        place = place or f"Kreis {served.group('region')}"
    elif served.group("town") in TOWNS or served.group("town") in lexicon.AMBIGUOUS_TOWNS:
        place = text[served.start("town") : town_river_end(text, served.start("town"), served.end())]
        if place not in TOWNS and place == served.group("town"):
            return None  # "das Jobcenter in Halle" may be any hall; "in Halle (Saale)" is the town
        place = " ".join(place.split())
    else:
        return None
    return Mention.named(office.start, office.end, office.type, f"{office.label} {place}", office.surface)


def _may_name_a_town(word: str) -> bool:
    """Not a common noun by its ending ("Jobcenter Beratungen"), a weekday or month ("Jobcenter Montag bis
    Freitag") or a nominalised participle ("Agentur für Arbeit Mitarbeitende schulen")."""
    low = word.lower()
    if word in lexicon.AMBIGUOUS_TOWNS:
        return (
            True  # "Agentur für Arbeit Siegen": after an office, a town named like a common word is the town
        )
    return not (
        low.endswith(COMMON_NOUN_ENDINGS + lexicon.PARTICIPLE_NOUN_ENDINGS)
        or word in lexicon.NOT_NAMES
        or word in lexicon.WEEKDAYS
    )


# Adjectives that make an office a kind of its own, one for a Land or a region: "die Zentrale Ausländerbehörde" (not
# "die zentrale Ausländerbehörde" in running text, or "das Kommunale Jobcenter", any town's).
_KIND_ADJECTIVES = ("Zentrale ", "Zentralen ")


def office_of_its_own_kind(office: Mention) -> Mention:
    """ "die Zentrale Ausländerbehörde": named by its adjective where no town follows it, in the nominative."""
    return replace(office, label="Zentrale " + office.label.split(" ", 1)[1])


def of_its_own_kind(label: str) -> bool:
    return label.startswith(_KIND_ADJECTIVES) and " " in label


def unplaced_local_office(label: str) -> bool:
    """ "die Agentur für Arbeit", "das Kommunale Jobcenter": an office every town has is named by its town; without
    one it is the kind of office, not a name."""
    words = label.split()
    while words and adjective_stem(words[0]):
        words = words[1:]
    return " ".join(words).lower() in LOCAL_OFFICES
