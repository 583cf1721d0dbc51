"""The organisation-name grammar for names no gazetteer knows.

    NAME   := ADJ* HEAD COMPLEMENT* LEGALFORM? ("(" ABBR ")")?
    HEAD   := a noun ending in an organisation head (…ministerium, …agentur, Stiftung, …kammer, …)
    COMPL  := "für" PORTFOLIO | "des Landes" LAND | LAND | CITY | "der"/"des" GENITIVE-NAME | ACRONYM

"Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg", "Bildungswerk der Thüringer
Wirtschaft e. V.", "Regionaldirektion Baden-Württemberg der Bundesagentur für Arbeit" all parse. A
portfolio list ends at its "und" item, so "für Integration, Arbeit und Soziales sowie Alev Deniz" stops
before "sowie". Plurals ("Jobcentern", "Landesministerien") and indefinite mentions ("eine Stiftung") are
not names.

The words names are made of live in organisation_words.py, commissioners' offices and Lands as bodies in
government_bodies.py, names in capitals, with a dot or an English head in styled_names.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from . import lexicon
from .alternation import any_of
from .government_bodies import CITY_STATE, find_lands_as_bodies, find_municipalities_as_bodies
from .lexicon.names import (
    CENTRE_HEADS,
    DESCRIPTIVE_ADJECTIVES,
    HEADS_AFTER_NAMES,
    LOCAL_OFFICES,
    MUNICIPAL_OFFICES,
    TERRITORIAL_BODIES,
)
from .lexicon.places import PLACE_NAMES
from .morphology import (
    adjective_stem,
    gender,
    genitive_with_article,
    inflection_pattern,
    known_gender,
    nominative,
)
from .organisation_words import (
    CAP,
    FOR_PORTFOLIO,
    ITEM,
    NOT_NAME_START,
    PLACE,
    joined,
    named_organisation,
    trim_portfolio,
)
from .parliamentary_groups import find_parliamentary_groups
from .persons import given_name_gender
from .spans import Mention
from .styled_names import find_by_english_head, find_quoted_after_classifier, find_styled_names

_HEADS = tuple(sorted(lexicon.ORG_HEADS, key=len, reverse=True))
_HEAD_AT_END = re.compile(rf"(?P<head>{'|'.join(_HEADS)})(?:(?P<plural>en|n|ien|er)|s|es)?$")
_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w\-]*[\w]")
# A region named by a hyphenated compound of names: "Rhein-Neckar", "Berlin-Brandenburg".
_REGION = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+(?![\w-])"
# A genitive plural without an article: "Bundesverband Deutscher Stiftungen", "Verband Freier Berufe".
_PLURAL_GENITIVE = re.compile(
    r"\s+(?P<plural_genitive>[A-ZÄÖÜ][a-zäöüß]+er\s+[A-ZÄÖÜ][a-zäöüß]+(?:en|er|e|s))(?![\w-])"
)
# the territory a body serves: "Caritasverband für die Diözese Mainz", "Kreishandwerkerschaft für den Landkreis X"
_TERRITORY_SERVED = "|".join(lexicon.SERVED_TERRITORIES)
# A genitive attribute, which may open with the first half of a hyphen coordination ("Verband der Metall- und
# Elektroindustrie") or with an adjective in small letters that says whose ("Institut der deutschen Wirtschaft",
# "Verband der bayerischen Wirtschaft"; not "der beiden Vereine", "der vielen Betriebe").
_GENITIVE_COMPLEMENT = re.compile(
    rf"\s+(?:der|des)\s+(?P<genitive>(?:[A-ZÄÖÜ][\w\-]*-\s+und\s+)?(?:[a-zäöüß]+(?:sch|lich)en\s+)?"
    rf"(?:{CAP}\s+){{0,2}}{CAP})"
)
# A department named by its topic and the town or district it serves: "Stabsstelle Integration der
# Landeshauptstadt X", "Referat Migration und Teilhabe der Stadt X", "Fachdienst Migration des Landkreises X".
_TOPIC_OF_A_MUNICIPALITY = re.compile(
    r"\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?"
    rf"\s+(?:der\s+(?:Landeshaupt|Hanse)?[Ss]tadt|des\s+(?:Land)?[Kk]reises)\s+{CAP}(?![\w-])"
)
_COMPLEMENTS = (
    FOR_PORTFOLIO,
    re.compile(rf"\s+für\s+(?:das|die|den)\s+(?:{_TERRITORY_SERVED})\s+(?:{PLACE}|{_REGION}|{CAP})(?![\w-])"),
    re.compile(rf"\s+des\s+(?:Landes|Freistaate?s)\s+(?:{PLACE})"),
    re.compile(rf"\s+(?:{PLACE})(?![\w-])"),
    re.compile(rf"\s+(?:von|zu)\s+(?:{PLACE})(?![\w-])"),  # "Handwerkskammer zu Leipzig": old chambers' names
    re.compile(rf"\s+(?P<region>{_REGION})"),
    re.compile(rf"\s+der\s+(?P<genitive>{CITY_STATE})"),  # "Senat der Freien und Hansestadt Hamburg"
    _TOPIC_OF_A_MUNICIPALITY,
    _GENITIVE_COMPLEMENT,
    _PLURAL_GENITIVE,
    re.compile(r"\s+(?P<acronym>[A-Z][A-Za-z]{1,5}[A-Z])(?![\w-])"),
    re.compile(r"\s+St\.\s+[A-ZÄÖÜ]\w+(?:\s+[A-ZÄÖÜ]\w+)?"),
    # a name styled in small letters joined by dots: "Jobcenter team.arbeit.hamburg" (not a web address)
    re.compile(r"\s+(?!www\.)[a-zäöüß]{2,}(?:\.[a-zäöüß]{2,}){2,}(?![\w-])(?!\.\w)"),
)
# A service unit named by its topic: "Servicestelle Fachkräftesicherung", "Kompetenzzentrum Migration".
_TOPIC = re.compile(r"\s+(?P<topic>[A-ZÄÖÜ][\w-]*(?:ung|ion|ität|heit|keit|schaft|ismus))(?![\w-])")
_UNIT_COMPLEMENTS = (
    _TOPIC,
    *(p for p in _COMPLEMENTS if "portfolio" not in p.pattern and "genitive" not in p.pattern),
)
_CENTRE_COMPLEMENTS = tuple(
    p for p in _COMPLEMENTS if "genitive" not in p.pattern and "von|zu" not in p.pattern
)


def _association_named(words: str) -> str:
    return next(name for name, pattern in _ASSOCIATIONS.items() if pattern.fullmatch(words))


# A region's name after a unit noun: one or two capitalised words, joined by hyphens ("Leipzig-Stadt", "Bad Kissingen").
_REGION_WORDS = r"(?:(?:Bad|Sankt)\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# Chambers, associations and districts are named by their region, which may be any proper name ("Handwerkskammer
# Altmark", "Unternehmerverband Mittelelbe", "Landkreis Harz"): one capitalised word that does not look like a
# common noun.
_REGION_NAMED_HEADS = (
    "kammer",
    "verband",
    "vereinigung",
    "handwerkerschaft",
    "kammertag",
    "landkreis",
    "sparkasse",
)
# A spa or saint's town keeps its prefix: "Agentur für Arbeit Bad Hersfeld-Fulda".
_REGION_NAME = re.compile(
    r"\s+(?P<region_name>(?:(?:Bad|Sankt)\s+)?(?!(?:Der|Die|Das|Den|Dem|Des|Und|Mit|Von|Für|Im|Am)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)"
    r"(?![\w-])(?!\s+(?:e\.|gGmbH|GmbH))"
)
_DATIVE_PLURAL = ("ern", "ungen", "heiten", "keiten")
_COMMON_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "en", "ern", "chen", "nis")
# After a bare generic head, the name itself: "Stiftung Neue Arbeit", "Verein Arbeit und Leben".
_PROPER_NAME = re.compile(rf"[ \xa0]+(?P<proper>{CAP}(?:[ \xa0]+(?:und[ \xa0]+)?(?!St\.){CAP}){{0,2}})")
_LEGAL_FORM = (
    r"(?:gemeinnützige\s+GmbH|GmbH\s*&\s*Co\.\s*KG|e\.\s?V\.?|gGmbH|GmbH|mbH|g?UG\s*\(haftungsbeschränkt\)|gUG|eG|kAöR"
    r"|gAG|AG|SE|KGaA|KG|OHG|GbR|Ltd\.?)"
    r"(?![\w])"
)
# Up to six name words before a legal form; a name word may be written in small letters ("adis e.V."), joined
# by "&", a dash, a preposition or a hyphen coordination ("Unstrut-Hainich- und Kyffhäuserkreis mbH").
_NAME_WORD = r"(?:[A-ZÄÖÜ][\w\-.]*\w|[a-zäöüß][\w\-.]*\w(?<!en)|[A-ZÄÖÜ]{2,}\+?)"
# English names link their words by small words too: "Start with a Friend e. V.", "Friends of Lernweg e. V."
_LINK = r"(?:\s+(?:an|und|für(?:\s+(?:die|den|das))?|der|des|in|&|-|–|of|for|the|with|a|and|to|on)\s+|-?\s+und\s+|\s+)"
_NAMED_BY_LEGAL_FORM = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:{_LINK}{_NAME_WORD}){{0,5}})\s+(?P<form>{_LEGAL_FORM})"
)
_INNER_LEGAL_FORM = re.compile(rf"\s{_LEGAL_FORM}")
_LEGAL = re.compile(rf"\s*(?:{_LEGAL_FORM}|AöR(?![\w]))")
# "(BAMF)", "(kurz: LAG)", "(f-bb)": the short form the text goes on to use.
_ABBR = re.compile(
    r"\s*\((?:kurz|abgekürzt)?:?\s*"
    r"(?P<abbr>[A-ZÄÖÜ][\w\-]{1,11}(?: [A-ZÄÖÜ][\w\-]{2,20})?|[a-zäöü]{1,4}-[a-zäöü]{1,4})\)"
)


def _short_form_after(text: str, end: int) -> re.Match[str] | None:
    """The short form in brackets after a name, not a town there ("Musterhilfe gGmbH (Kassel)": its seat)."""
    abbr = _ABBR.match(text, end)
    return None if abbr is None or abbr.group("abbr") in PLACE_NAMES else abbr


# Name words after a head that its abbreviation spells: "Forschungsinstitut Berufliche Integration (f-bi)".
_SPELLED_BY_ABBR = re.compile(r"(?P<words>(?:\s+[A-ZÄÖÜ][\w\-]*){1,4})(?=\s*\()")
# "Volkshochschule (VHS) Musterstadt", "Industrie- und Handelskammer (IHK) zu Leipzig": the town of the name
_PLACE_AFTER_ABBR = re.compile(rf"\s+(?P<zu>zu\s+)?(?P<place>{PLACE})(?![\w-])")
# The town a unit named by its topic serves: "Fachinformationszentrum Zuwanderung in Musterstadt" is named
# "Fachinformationszentrum Zuwanderung Musterstadt" (towns only: "in Sachsen" says where the Land's unit works).
_TOWN_AFTER_UNIT = re.compile(r"\s+in\s+(?P<place>[A-ZÄÖÜ][\w\-]*\w)(?![\w-])")
_TOWNS = frozenset({*lexicon.CITIES, *lexicon.GERMAN_PLACES}) - set(lexicon.LAENDER)


def _town_after_unit(text: str, end: int) -> re.Match[str] | None:
    town = _TOWN_AFTER_UNIT.match(text, end)
    return town if town and town.group("place") in _TOWNS else None


_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_TRAILING_ACRONYM = re.compile(r"\s+([A-Z][A-Za-z]{1,5}[A-Z])$")
_ABBR_BEFORE = re.compile(r"(?<![\w-])(?P<abbr>[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{1,7})\s*\($")
_INDEFINITE = re.compile(
    r"(?:ein|eine|einer|einem|einen|kein\w*|viele\w*|alle\w*|jede\w*|mehrere\w*)\s+$", re.I
)
_BARE_OK = ("ministerium", "senatsverwaltung", "staatskanzlei", "kanzleramt")  # compounds naming one body
# Governments and parliaments take no portfolio: in "der Beauftragte der Landesregierung für Migration" the
# "für" phrase belongs to the commissioner.
_NO_PORTFOLIO = frozenset(
    {"senat", "regierung", "landesregierung", "bundesregierung", "landtag", "bundestag"}
)
# The federal government and parliament are one each: a capitalised word after them begins the clause's object
# ("fördert die Bundesregierung Jugendliche aus Europa"), no part of a name.
_ONE_OF_A_KIND = frozenset({"bundesregierung", "bundestag"})
_UNIQUE_BODIES = frozenset(
    {"bundestag", "bundesrat", "bundeskanzleramt", *map(str.lower, lexicon.UNIQUE_BODY_SHORT_FORMS)}
)


def find_organisations(text: str) -> list[Mention]:
    out = (
        _by_legal_form(text)
        + find_lands_as_bodies(text)
        + find_municipalities_as_bodies(text)
        + find_by_english_head(text)
        + find_styled_names(text)
        + find_quoted_after_classifier(text)
        + find_parliamentary_groups(text)
    )
    out += (
        _named_before_head(text)
        + _portfolios_without_preposition(text)
        + _regional_units_of_associations(text)
    )
    out += _offices_of_the_municipality(text) + _chambers_as_a_kind(text) + _offices_of_listed_towns(text)
    out += _short_heads_with_towns(text) + _networks_by_attribute_and_place(text)
    for match in _WORD.finditer(text):
        head = _head_suffix(match.group(0))
        if head is None or _INDEFINITE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        mention = _parse(text, match.start(), match.end(), head) or _bare_local_office(text, match, head)
        if mention is not None and _unplaced_local_office(mention.label):
            mention = _with_unknown_town(text, mention)
        if mention is not None:
            out.append(_as_territory(text, mention))
    return out


# A preposition of place with its article: "im", "in der", "aus dem", "nach" (the words after it name a territory).
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?i:im|in\s+(?:der|dem)|aus\s+(?:der|dem)|nach)\s+$")
_LOCATIVE_WINDOW = 12  # characters back over "aus dem " or "in der " to the name


def _as_territory(text: str, body: Mention) -> Mention:
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


def _offices_of_the_municipality(text: str) -> list[Mention]:
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


_BARE_CHAMBER = re.compile(
    rf"(?<![\w-])(?P<abbr>{'|'.join(lexicon.CHAMBER_ABBREVIATIONS)})(?![\w-])(?!\s+[A-ZÄÖÜ])"
)


def _chambers_as_a_kind(text: str) -> list[Mention]:
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
_DISTRIBUTED = 4  # over the town's own reading: the item names the office of that town


def _offices_of_listed_towns(text: str) -> list[Mention]:
    """ "die Jobcenter Kiel, Lübeck und Flensburg": the office of each town listed, each a body of its own."""
    out = []
    for match in _OFFICES_OF_TOWNS.finditer(text):
        towns = [t for t in _LISTED_TOWN.finditer(text, match.start("towns"), match.end("towns"))]
        if not all(t.group(0) in _TOWNS for t in towns):
            continue  # "die Jobcenter Beratung und Vermittlung": no list of towns
        office = lexicon.DISTRIBUTIVE_PLURALS[match.group("head")]
        head = _head_suffix(office.split()[0]) or _head_suffix(office.split()[-1])
        type_ = _type_of(office, head) if head else "Organisation"
        for town in towns:
            label = f"{office} {town.group(0)}"
            out.append(
                Mention.named(town.start(), town.end(), type_, label, town.group(0), priority=_DISTRIBUTED)
            )
    return out


_SHORT_HEAD_WITH_TOWN = re.compile(
    rf"(?<![\w-])(?P<short>{'|'.join(lexicon.SHORT_HEADS)})\s+(?P<town>{_TOWN_NAME})(?![\w-])"
)


def _short_heads_with_towns(text: str) -> list[Mention]:
    """ "ein Studium an der Uni Musterstadt": the university of that town, by its full name."""
    return [
        named_organisation(
            text, m.start(), m.end(), f"{lexicon.SHORT_HEADS[m.group('short')]} {m.group('town')}"
        )
        for m in _SHORT_HEAD_WITH_TOWN.finditer(text)
        if m.group("town") in _TOWNS
    ]


# A network outside IQ named by what it is and where: "das Netzwerk diskriminierungsfreies Musterland", "des Netzwerks
# interkulturelle Bildung Sachsen" (an IQ network is named with "IQ" and read elsewhere).
_NETWORK_BY_ATTRIBUTE = re.compile(
    rf"(?<![\w-])(?<!IQ\s)(?<!IQ-)Netzwerk(?:e?s)?\s+"
    rf"(?P<attribute>(?:[a-zäöüß]{{3,}}(?:e|es|er|en)\s+)+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?)(?P<place>{PLACE})(?![\w-])"
)


def _networks_by_attribute_and_place(text: str) -> list[Mention]:
    out = []
    for match in _NETWORK_BY_ATTRIBUTE.finditer(text):
        label = f"Netzwerk {joined(match.group('attribute')).strip()} {match.group('place')}"
        out.append(named_organisation(text, match.start(), match.end(), label))
    return out


# "die Agentur für Arbeit in Bautzen", "das Jobcenter im Landkreis Görlitz": the town or district a local office
# serves, after a preposition of place (a town the place lists know; a district by its head word).
_SERVED_PLACE = re.compile(
    r"\s+(?:in|im)\s+(?:(?P<district>Landkreis|Kreis)\s+(?P<region>[A-ZÄÖÜ][\w\-]*\w)|(?P<town>[A-ZÄÖÜ][\w\-]*\w))"
    r"(?![\w-])"
)


def _with_unknown_town(text: str, office: Mention) -> Mention | None:
    """ "Agentur für Arbeit Musterstadt": a local office takes a following proper name as its town, even one
    the place lists do not know; without one it is no name."""
    region = _REGION_NAME.match(text, office.end)
    if region is None:
        return _with_served_place(text, office)
    if not _may_name_a_town(region.group("region_name")):
        return None
    label = f"{office.label} {region.group('region_name')}"
    return Mention.named(office.start, region.end(), office.type, label, text[office.start : region.end()])


def _bare_local_office(text: str, word: re.Match[str], head: str) -> Mention | None:
    """ "das Jobcenter", "die Ausländerbehörde": a one-word local office, to be named by the place it serves."""
    if word.group(0).lower() not in LOCAL_OFFICES:
        return None
    return Mention.named(
        word.start(), word.end(), _type_of(word.group(0), head), word.group(0), word.group(0)
    )


def _with_served_place(text: str, office: Mention) -> Mention | None:
    """The office named by the place it serves ("Agentur für Arbeit Bautzen", "Jobcenter Landkreis Görlitz"); the
    mention keeps its words, so the place stays a place of its own."""
    served = _SERVED_PLACE.match(text, office.end)
    if served is None:
        return None
    if served.group("district"):
        place = f"Landkreis {served.group('region')}" if served.group("district") == "Landkreis" else None
        place = place or f"Kreis {served.group('region')}"
    elif served.group("town") in _TOWNS:
        place = served.group("town")
    else:
        return None
    return Mention.named(office.start, office.end, office.type, f"{office.label} {place}", office.surface)


def _may_name_a_town(word: str) -> bool:
    """Not a common noun by its ending ("Jobcenter Beratungen"), a weekday or month ("Jobcenter Montag bis
    Freitag") or a nominalised participle ("Agentur für Arbeit Mitarbeitende schulen")."""
    low = word.lower()
    return not (
        low.endswith(_COMMON_NOUN_ENDINGS + lexicon.PARTICIPLE_NOUN_ENDINGS)
        or word in lexicon.NOT_NAMES
        or word in lexicon.WEEKDAYS
    )


def _unplaced_local_office(label: str) -> bool:
    """ "die Agentur für Arbeit", "das Kommunale Jobcenter": an office every town has is named by its town; without
    one it is the kind of office, not a name."""
    words = label.split()
    while words and adjective_stem(words[0]):
        words = words[1:]
    return " ".join(words).lower() in LOCAL_OFFICES


# A proper name before a head that stands as a word of its own: "die Bertelsmann Stiftung", "der Robert Beispiel
# Stiftung", "die Bruderhaus Diakonie". After an article or preposition, so that a sentence's first word is not
# taken; the name words are neither adjectives ("die Neue Stiftung") nor common nouns ("die Bildung Stiftung").
_ARTICLES = ("der", "die", "das", "den", "dem", "des")
_PREPOSITIONS = ("von", "vom", "bei", "beim", "mit", "zur", "zum", "durch", "für", "am", "im", "an")
_HEAD_AFTER_NAME = re.compile(
    rf"(?<![\w-])(?i:{any_of(_ARTICLES + _PREPOSITIONS)})\s+"
    r"(?P<name>(?P<words>(?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2})(?P<head>"
    + "|".join(HEADS_AFTER_NAMES)
    + r"))(?![\w-])"
)


def _named_before_head(text: str) -> list[Mention]:
    out = []
    for match in _HEAD_AFTER_NAME.finditer(text):
        words = match.group("words").split()
        if not all(_proper_name_word(w) for w in words) or given_name_gender(words[-1]):
            continue  # "dem Petra Institut": a given name alone names no body
        place = _PLACE_AFTER_HEAD.match(text, match.end("name"))  # "die Leuphana Universität Lüneburg"
        end = place.end() if place else match.end("name")
        label = " ".join([*words, match.group("head"), *([place.group("place")] if place else [])])
        start = match.start("name")
        nobility = _GIVEN_NAME_AND_VON.search(text, max(0, start - _GIVEN_NAMES_WINDOW), start)
        if nobility and given_name_gender(nobility.group("given")):  # "Carl von Ossietzky Universität"
            start, label = nobility.start(), f"{nobility.group('given')} von {label}"
        out.append(named_organisation(text, start, end, label))
    return out


_PLACE_AFTER_HEAD = re.compile(rf"\s+(?P<place>{PLACE})(?![\w-])")

# "die AWO Schleswig-Holstein", "der DGB Bezirk Niedersachsen", "die DGB-Region Nordhessen", "beim Paritätischen
# Thüringen": a regional unit of an association, named by the association, a unit noun and its region. Without a
# unit noun only a known place or a region's hyphenated name follows ("das DRK Berlin-Mitte").
_UNITS = "|".join(lexicon.REGIONAL_UNITS)
# each association in any case ("des Deutschen Roten Kreuzes Kreisverband X" is the "Deutsches Rotes Kreuz …")
_ASSOCIATIONS = {
    name: re.compile(inflection_pattern(name))
    for name in sorted(lexicon.REGIONAL_ASSOCIATIONS, key=len, reverse=True)
}
_ASSOCIATION = "|".join(pattern.pattern for pattern in _ASSOCIATIONS.values())
_REGIONAL_UNIT = re.compile(
    rf"(?<![\w-])(?:(?P<paritaetische>(?:[Dd]er\s+|[Dd]em\s+|[Dd]en\s+|[Bb]eim\s+|[Vv]om\s+)Paritätischen?)"
    rf"|(?P<association>(?:{_ASSOCIATION}))(?:\s*\([A-Z]{{2,5}}\))?)"
    rf"(?:\s+|-)(?:(?P<unit>{_UNITS})\s+(?P<unit_region>{_REGION_WORDS})"
    rf"|(?P<region>{PLACE}|{_REGION}))(?![\w-])"
)


def _regional_units_of_associations(text: str) -> list[Mention]:
    out = []
    for match in _REGIONAL_UNIT.finditer(text):
        if match.group("paritaetische") and match.group("unit"):
            continue  # "der Paritätische Landesverband": an adjective before a head, read by the head
        first = "paritaetische" if match.group("paritaetische") else "association"
        association = (
            "Der Paritätische" if first == "paritaetische" else _association_named(match.group("association"))
        )
        rest = "unit" if match.group("unit") else "region"
        hyphen = text[match.start(rest) - 1] == "-"  # "DGB-Region Nordhessen" keeps its hyphen
        label = association + ("-" if hyphen else " ") + text[match.start(rest) : match.end()]
        # a short form in parentheses after the association is the whole association's, not its unit's
        out.append(named_organisation(text, match.start(first), match.end(), re.sub(r"\s+", " ", label)))
    return out


_GIVEN_NAME_AND_VON = re.compile(r"(?<![\w-])(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+von\s+$")


def _proper_name_word(word: str) -> bool:
    return not (
        adjective_stem(word)
        or word in lexicon.NOT_NAMES
        or word in lexicon.LAND_ADJECTIVES
        or word.lower().endswith(_COMMON_NOUN_ENDINGS + _PLACE_ADJECTIVE_ENDING)
        or _head_suffix(word)
    )


_PLACE_ADJECTIVE_ENDING = (
    "er",
)  # "Berliner", "Kölner": the town's adjective describes, the name is the head's


def _by_legal_form(text: str) -> list[Mention]:
    """ "Tür an Tür - Digitalfabrik gGmbH", "Verein Ausbildung und Arbeit e. V.": a legal form ends a name. The
    name starts after any word that cannot begin one, and after the genitive article that follows a role or
    a place ("Geschäftsführerin der Beispiel GmbH", "Nordhessen des Bildungswerks … e. V.")."""
    out = []
    for match in _legal_form_matches(text):
        start = _name_start(text, match.start("name"), match.start("form"))
        if start is None:
            continue
        start = _enumeration_start(text, start)
        start = _after_a_short_line(text, start, match.start("form"))
        instigation = _at_the_instigation(text, start)
        start = instigation.end() if instigation else start
        generic = _GENERIC_CLASSIFIER.match(text, start, match.end())
        # "der Verein Brückenbau e.V.": the mention covers the classifying noun, the name is what follows it
        name_start = generic.end() if generic else start
        before_form = re.sub(r"\s+", " ", text[name_start : match.start("form")]).strip()
        if _GENITIVE_BEFORE.search(text, max(0, start - 8), start):  # "des Musterverbandes e.V.": nominative
            before_form = _label(before_form, _genitive_offset(before_form))
        else:
            before_form = _adjectives_in_the_nominative(text, name_start, before_form, match.group("form"))
        label = before_form + " " + re.sub(r"\s+", " ", match.group("form"))
        mention = named_organisation(text, start, match.end(), label)
        abbr = _short_form_after(
            text, match.end()
        )  # "Lernweg gGmbH (LWG)": the short form the text goes on to use
        if abbr and not abbr.group("abbr").isdigit():
            mention = replace(
                mention, end=abbr.end(), surface=text[start : abbr.end()], abbreviation=abbr.group("abbr")
            )
        out.append(mention)
    return out


# A line shorter than this ends where it does on purpose (a contact block, a signature, a list): a line of
# wrapped running text is longer.
SHORT_LINE_MAX = 50


def _after_a_short_line(text: str, start: int, end: int) -> int:
    """ "Petra Beispiel\nProjektleiterin\nLernwerk gGmbH": in a block of short lines the name read back from a
    legal form starts on the form's line; it runs over a line break only in wrapped running text."""
    pos = start
    while (newline := text.find("\n", pos, end)) >= 0:
        line_start = text.rfind("\n", 0, newline) + 1
        if newline - line_start < SHORT_LINE_MAX:
            start = newline + 1
        pos = newline + 1
    return start


# "bei der Beschäftigung, Arbeit und Integration gGmbH": a name made of an enumeration whose "und" item stands before
# the legal form; the items before it, each closed by a comma, follow the article or preposition opening the name.
_ENUMERATION_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{any_of(_ARTICLES + _PREPOSITIONS)})\s+(?P<items>(?:{CAP},\s+){{1,3}})$"
)
_LAST_ITEM = re.compile(rf"{CAP}\s+und\s+[A-ZÄÖÜ]")
_ENUMERATION_WINDOW = 100  # characters back over three items and the article


# Items that name a body or territory of their own: "die Stadt, Lernweg und Partner gGmbH" lists two bodies.
_TERRITORY_WORDS = frozenset({*lexicon.LOCAL_BODY_GENITIVES.values(), "Land", "Bund", "Region"})


def _enumeration_start(text: str, start: int) -> int:
    if not _LAST_ITEM.match(text, start):
        return start
    before = _ENUMERATION_BEFORE.search(text, max(0, start - _ENUMERATION_WINDOW), start)
    if before is None or any(_names_a_body(item) for item in re.findall(CAP, before.group("items"))):
        return start
    return before.start("items")


def _names_a_body(word: str) -> bool:
    return (
        bool(_common_body_noun(word) or _head_suffix(word) or word in _TERRITORY_WORDS or word in _TOWNS)
        or word in lexicon.LAENDER
    )


def _legal_form_matches(text: str) -> list[re.Match[str]]:
    """Each name ended by a legal form; "die Muster AG und die Beispiel SE" holds two (a name ends at the first
    legal form inside a longer match)."""
    out = []
    for start, end in _stretches_with_a_legal_form(text):
        out += _legal_form_matches_in(text, start, end)
    return out


def _legal_form_matches_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    out = []
    for match in _NAMED_BY_LEGAL_FORM.finditer(text, start, end):
        inner = _INNER_LEGAL_FORM.search(match.group("name"))
        if inner:
            first = _NAMED_BY_LEGAL_FORM.search(text, match.start(), match.start("name") + inner.end())
            out += [first] if first else []
        out.append(match)
    return out


# A character no name with its legal form holds, or a blank line (a headline is no part of the name opening the
# paragraph after it): a name found in the whole text lies between two of them.
_OUTSIDE_A_NAME = re.compile(r"(?P<form_part>\(haftungsbeschränkt\))|[^\w\s\-.+&–]|\n[ \t\xa0]*\n")


def _stretches_with_a_legal_form(text: str) -> list[tuple[int, int]]:
    """The stretches between characters outside any name that hold a legal form: the pattern of names before
    a legal form, tried at every word of a long text, finds in them all it finds in the whole text."""
    forms = [m.start() for m in _INNER_LEGAL_FORM.finditer(text)]
    # the brackets of "UG (haftungsbeschränkt)" belong to the legal form
    bounds = [m.start() for m in _OUTSIDE_A_NAME.finditer(text) if not m.group("form_part")] if forms else []
    out: list[tuple[int, int]] = []
    for form in forms:
        after = bisect_right(bounds, form)
        stretch = (bounds[after - 1] + 1 if after else 0, bounds[after] if after < len(bounds) else len(text))
        if not out or out[-1] != stretch:
            out.append(stretch)
    return out


# "der Verein Brückenbau e.V.", "die Firma Beispielbau GmbH", "das Unternehmen Muster AG", "der Bildungsträger
# Lernweg gGmbH", "der Projektpartner Muster AG", "der MigraNet-Träger Muster gGmbH": a noun that classifies the
# name after it
_GENERIC_CLASSIFIER = re.compile(
    r"(?:Vereins?|Firma|Unternehmens?|[\w-]*[Tt]räger(?:in|s)?|[\w-]*[Pp]artner(?:in|s)?|Arbeitgebers?)"
    r"\s+(?!(?:für|der|des|zur|zum|von|in|und)\b)(?=\S+\s+\S)"
)
_SMALL_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}(?:e|en|er|es|em)")
# An article or contraction that inflects the name after it: "des Musterverbandes e.V.", "für den Kroatischen
# Beispielbund e.V." are read in the nominative.
_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:des|eines|vom|beim|zum|dem|den|im)\s+$", re.IGNORECASE)


# The article before a name whose first adjective is in its weak form, and the strong ending that adjective takes
# without an article: "der Sächsische Flüchtlingsrat e. V." (masculine), "das Christliche Werk e. V." (neuter), "bei
# der / zur Evangelischen Akademie gGmbH" (feminine dative). The article says the gender, which the head may not.
_WEAK_ADJECTIVE_AFTER = {("der", "e"): "er", ("das", "e"): "es", ("der", "en"): "e", ("zur", "en"): "e"}
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?P<article>der|das|zur)\s+$", re.IGNORECASE)


def _masculine_name(rest: list[str], form: str) -> bool:
    """A name whose "der" is a nominative masculine: its head noun is masculine, or it has none and is a
    Verein ("der Sächsische Flüchtlingsrat e. V.", "der Deutsche Lotsenbund e.V."), not a GmbH (feminine)."""
    head = next((w for w in rest if adjective_stem(w) is None), None)
    head_gender = known_gender(head) if head else None
    return head_gender == "m" if head_gender else form.replace(" ", "").startswith("e.V")


def _adjectives_in_the_nominative(text: str, start: int, name: str, form: str) -> str:
    """ "Sächsische Flüchtlingsrat" after "der" is "Sächsischer Flüchtlingsrat": the adjectives before the head take
    the strong ending the name has on its own."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if article is None:
        return name
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        stem = adjective_stem(word)
        if stem is None or not words[i + 1][:1].isupper():
            break
        if (article.group("article").lower(), word[len(stem) :]) == ("der", "e") and not _masculine_name(
            words[i + 1 :], form
        ):
            break  # "bei der Perspektive Arbeit gGmbH": a dative feminine takes "-en", so "-e" is no adjective's
        ending = _WEAK_ADJECTIVE_AFTER.get((article.group("article").lower(), word[len(stem) :]))
        if ending is None:
            break
        words[i] = stem + ending
    return " ".join(words)


def _name_start(text: str, start: int, end: int) -> int | None:
    found = list(re.finditer(r"\S+", text[start:end]))
    words, offsets = [w.group(0) for w in found], [w.start() for w in found]
    breaks = [i + 1 for i in range(len(words)) if _breaks_name(words, i)]
    first = breaks[-1] if breaks else 0
    while first < len(words) and (words[first].lower() in NOT_NAME_START or words[first] in ("-", "–", "&")):
        first += 1
    first = _back_to_collective_head(words, first)
    if first + 1 < len(words) and _SMALL_ADJECTIVE.fullmatch(words[first]) and words[first + 1][:1].isupper():
        first += 1  # "die neue Arbeit e.V.": the adjective describes, the name begins after it
    if 0 < first < len(words) and words[first - 1].lower() in _ATTRIBUTE_PREPOSITIONS:
        first = _after_participle(words, first)
    return start + offsets[first] if first < len(words) else None


# Words that join a collective head to its attributes inside one name: "Zentralstelle für die Weiterbildung im
# Handwerk e.V.", "Föderation der Beispielvereine in Deutschland e.V."
_ATTRIBUTE_LINKS = frozenset(
    {"der", "des", "die", "den", "für", "im", "in", "zur", "zum", "von", "vom", "und"}
)


def _back_to_collective_head(words: list[str], first: int) -> int:
    """A collective head before the name start leads the name through its attributes ("Charta der Vielfalt
    e.V.", not "Vielfalt e.V."), where only attribute links and capitalised words stand between; a role noun
    ("Geschäftsführerin der Beispiel GmbH") or any other word keeps the start."""
    for j in range(first - 1, -1, -1):
        word = words[j]
        if word.lower() in _ATTRIBUTE_LINKS:
            continue
        if not word.isalpha() or not word[:1].isupper() or word.lower().endswith(tuple(lexicon.ROLE_STEMS)):
            return first
        if word.lower().endswith(lexicon.COLLECTIVE_HEADS):
            begins = j == 0 or words[j - 1].lower() in NOT_NAME_START or words[j - 1] in ("-", "–")
            return j if begins else first
    return first


# "der in Kassel ansässige Verein X e.V.": a prepositional phrase closed by a participle or adjective stands
# before the head; it describes the organisation and is no part of its name.
_ATTRIBUTE_PREPOSITIONS = frozenset(
    {"in", "im", "aus", "bei", "beim", "seit", "von", "vom", "am", "an", "für"}
)
_MAX_PHRASE_OBJECT = 3  # capitalised words between the preposition and the participle ("in Bad Muster")


def _after_participle(words: list[str], first: int) -> int:
    """The word after the participle that closes an attribute phrase, or `first` where there is none."""
    for i in range(first, min(len(words) - 1, first + _MAX_PHRASE_OBJECT + 1)):
        if _SMALL_ADJECTIVE.fullmatch(words[i]):
            return i + 1 if i > first and words[i + 1][:1].isupper() else first
        if not words[i][:1].isupper():
            return first
    return first


def _breaks_name(words: list[str], i: int) -> bool:
    """A word the name cannot run across: a function word, "und" between a name and a small-letter name
    ("die Stadt und adis e.V."), or the genitive article after a role or place ("Leiterin der …")."""
    low = words[i].lower()
    if low in ("der", "des"):
        return i > 0 and _head_suffix(words[i - 1]) is None
    if low in ("die", "den", "das") and i > 1 and words[i - 1] == "für" and _head_suffix(words[i - 2]):
        return False  # "Caritasverband für die Diözese Muster e. V.": the head's "für" phrase names its area
    if low == "und":
        joined = i > 0 and words[i - 1].endswith("-")
        return not joined and not (i + 1 < len(words) and words[i + 1][:1].isupper())
    if low in ("an", "für", "in"):
        return False
    return low in NOT_NAME_START


def _genitive_offset(name: str) -> int | None:
    found = re.search(r" (?:der|des) ", name)
    return found.start() if found else None


@lru_cache(maxsize=65536)
def _head_suffix(word: str) -> str | None:
    """The organisation head a word ends in ("Arbeitsministeriums" -> "ministerium"); plurals are not names."""
    low = word.lower()
    if "netzwerk" in low or low.endswith(("handwerk", "handwerks", "ehrenamt", "hauptamt")):
        return None
    match = _HEAD_AT_END.search(low)
    if match is None or match.group("plural"):
        return None
    return match.group("head")


def _parse(text: str, start: int, end: int, head: str) -> Mention | None:
    head_start = start
    if head in CENTRE_HEADS and not FOR_PORTFOLIO.match(text, end):
        return None  # "im Zentrum Leipzigs", "das Bildungszentrum Nord": a centre is named by what it is for
    start = _extend_left(text, start)
    plural_genitive = _PLURAL_GENITIVE.match(text, end)
    if text[
        head_start:end
    ].lower() in lexicon.ORG_HEADS.keys() - lexicon.DEPARTMENT_HEADS - _ONE_OF_A_KIND and not (
        plural_genitive and _complement_ok(plural_genitive)
    ):
        end = _proper_name_end(text, end)
    unit = lexicon.ORG_HEADS[head] == "Subproject"
    if _described_by_its_topic(text, head_start, end, head) or _at_the_instigation(text, start):
        return None
    end, has_complement, genitive_at = _extend_right(text, end, _complements_of(head))
    if not has_complement and head.endswith(_REGION_NAMED_HEADS):
        region = _REGION_NAME.match(text, end)
        if region and not region.group("region_name").lower().endswith(_COMMON_NOUN_ENDINGS):
            end, has_complement = region.end(), True
    completed = _completed_by_abbreviation(text, start, end) or _spelled_out_before_abbreviation(
        text, head_start, end
    )
    end = completed or end
    has_complement = (
        has_complement
        or completed is not None
        or text[head_start:end].lower() not in lexicon.ORG_HEADS
        and " " in text[head_start:end]
    )
    glued = list(_GLUED.finditer(text, head_start, end))
    if (
        len(glued) > 1
    ):  # "IntegrationPressestelleTurmschanzenstraße": page lines run together; cut at the first
        end = glued[0].start()
    legal = _LEGAL.match(text, end)
    bare_compound = _names_one_body(text[head_start:end].split()[0].lower().rstrip("s"))
    # "die Berliner Anlaufstelle" describes a unit by its place, "die Anerkennungs- und Qualifizierungsberatungsstelle"
    # by its fields; "die Zentrale Anlaufstelle" names one
    left_names = start < head_start and not (unit and _describes_unit(text[start:head_start]))
    named = (
        has_complement
        or legal
        or left_names
        or bare_compound
        or _named_after_a_person(text, head_start, end)
        or text[head_start:end].lower() in _UNIQUE_BODIES
    )
    if not named:
        spelled = _spelled_by_abbreviation(text, head_start, end)
        head_abbr = _ABBR.match(text, end)
        if spelled is not None:
            end = spelled
        elif not (
            head_abbr
            and (
                _PLACE_AFTER_ABBR.match(text, head_abbr.end())
                or _genitive_after_abbreviation(text, head_abbr.end())
            )
        ):
            return None  # a bare "Stiftung" or "Zivilgesellschaft" is a common noun, not a name
    if legal:
        end = legal.end()
    # "Verein Brückenbau e.V." is named "Brückenbau e.V."; the mention still covers "Verein"
    generic = _GENERIC_CLASSIFIER.match(text, head_start, end) if legal and start == head_start else None
    surface_start = generic.end() if generic else start
    abbreviation = None
    abbr = _short_form_after(text, end)
    surface = text[surface_start:end]
    trailing = _TRAILING_ACRONYM.search(surface)
    if (
        trailing and " für " in surface and not _LEGAL.fullmatch(trailing.group(0))
    ):  # "Bundesinstitut für Berufsbildung BiBB": the acronym abbreviates
        abbreviation, surface = trailing.group(1), surface[: trailing.start()]
    place_after = legal_after = genitive_after = None
    if abbr and genitive_at and _abbreviates_the_genitive(abbr.group("abbr"), text[genitive_at:end]):
        abbr = (
            None  # "Regionaldirektion Sachsen der Bundesagentur für Arbeit (BA)": the short form is the BA's
        )
    if abbr and not abbr.group("abbr").isdigit():
        abbreviation = abbr.group("abbr")
        end = abbr.end()
        # "Institut für Teilhabe (IfT) gGmbH": the legal form after the short form still ends the name
        legal_after = None if legal else _LEGAL.match(text, end)
        end = legal_after.end() if legal_after else end
        # "Volkshochschule (VHS) Musterstadt": a name without complement takes the town after its abbreviation
        place_after = None if has_complement else _PLACE_AFTER_ABBR.match(text, end)
        if place_after:
            end = place_after.end()
        # "Bildungswerk (BW) der Musterländischen Wirtschaft": or its genitive attribute
        genitive_after = None if has_complement or place_after else _genitive_after_abbreviation(text, end)
        if genitive_after:
            end = genitive_after.end()
    elif unit and has_complement:
        # "Servicestelle Anerkennung in Musterstadt": one unit of its kind per town, named by it; the town stays
        # a place of its own
        place_after = _town_after_unit(text, end)
    label = _label(surface, genitive_at - surface_start if genitive_at else None)
    if place_after:
        zu = "zu " if place_after.groupdict().get("zu") else ""
        label = f"{label} {zu}{place_after.group('place')}"
    if genitive_after:
        label = f"{label} {joined(genitive_after.group(0).strip())}"
    owner = lexicon.UNIT_OWNERS.get(head)
    if owner and genitive_at is None and " " in label and not genitive_after:
        label = (
            f"{label} {genitive_with_article(owner)}"  # "Bundesagentur für Arbeit, Regionaldirektion Bayern"
        )
    if legal_after:
        label = f"{label} {legal_after.group(0).strip()}"
    if not _is_small_letter_brand(label.split(" ")[0]):
        label = label[:1].upper() + label[1:]  # "bayerische Staatsregierung" begins the name "Bayerische …"
    before = _ABBR_BEFORE.search(text, max(0, start - 12), start)
    if (
        before and not abbreviation and text.startswith(")", end)
    ):  # "IWT (Institut der Wirtschaft Thüringens)"
        abbreviation, start, end = before.group("abbr"), before.start(), end + 1
    type_ = (
        "Organisation" if legal or legal_after else _type_of(label, head)
    )  # "Migrationsrat X e.V." is private
    if label in _SHORT_FORMS:  # "das Bundesbildungsministerium": the BMBF by its full name
        return Mention(
            start,
            end,
            type_,
            f"{type_.lower()}:{label.lower()}",
            _SHORT_FORMS[label],
            label,
            label,
            1,
        )
    # a centre is as often a unit of a project as a body: another reading of the same words wins ("das Zentrum
    # für Anerkennung X, ein Teilprojekt des …")
    priority = 0 if head in CENTRE_HEADS else 1
    return Mention.named(start, end, type_, label, text[start:end], abbreviation, priority)


_SHORT_FORMS = {**lexicon.MINISTRY_SHORT_FORMS, **lexicon.UNIQUE_BODY_SHORT_FORMS}
_CITY_STATE_ADJECTIVES = frozenset({"Hamburger", "Bremer", "Berliner"})


def _type_of(label: str, head: str) -> str:
    """The class the head signals; a bare authority with a portfolio ("Behörde für Schule und Berufsbildung") is
    a city-state's ministry, while a compound ("Ausländerbehörde der Stadt X") stays an agency."""
    first, _, rest = label.partition(" ")
    if first in _CITY_STATE_ADJECTIVES:  # "Hamburger Behörde für Arbeit …": the city-state's own ministry
        first, _, rest = rest.partition(" ")
    if first.lower() in lexicon.PORTFOLIO_AUTHORITIES and rest.startswith("für "):
        return "Ministry"
    if label.lower() in lexicon.PORTFOLIO_AUTHORITY_COMPOUNDS:  # "die Schulbehörde": Hamburg's ministry
        return "Ministry"
    if head == "agentur" and first.lower().startswith(lexicon.PRIVATE_AGENCY_PREFIXES):
        return "Organisation"  # "Werbeagentur Nordlicht": a company
    if _LEGAL_FORM_AT_END.search(label):
        return (
            "Organisation"  # "Agentur Mehrwert GmbH": a company, whatever its head (the form read as a word)
        )
    return lexicon.ORG_HEADS[head]


_LEGAL_FORM_AT_END = re.compile(rf"\s{_LEGAL_FORM}$")


# "Senatsverwaltung Bildung, Jugend und Wissenschaft": in lists and tag lines a ministry's portfolio follows its
# head without "für"; an enumeration of two items at least, so that "Ministerium Arbeit" stays unread.
_PORTFOLIO_WITHOUT_PREPOSITION = re.compile(
    r"(?<![\w-])(?P<head>Senatsverwaltung|Staatsministerium|Ministerium)\s+"
    rf"(?P<portfolio>{ITEM}(?:\s*,\s*{ITEM})*\s+und\s+{ITEM})(?![\w-])"
)


def _portfolios_without_preposition(text: str) -> list[Mention]:
    out = []
    for match in _PORTFOLIO_WITHOUT_PREPOSITION.finditer(text):
        label = f"{match.group('head')} für {joined(match.group('portfolio'))}"
        # over the reading of the same words as a proper name after a bare head ("Ministerium Arbeit und …")
        out.append(Mention.named(match.start(), match.end(), "Ministry", label, match.group(0), priority=2))
    return out


def _completed_by_abbreviation(text: str, start: int, end: int) -> int | None:
    """ "Thüringer Institut für Akademische Weiterbildung (TIAW)": the portfolio stops at a capitalised adjective;
    the words up to an abbreviation that spells the capitals of the whole name still belong to it."""
    words = _SPELLED_BY_ABBR.match(text, end)
    abbr = _ABBR.match(text, words.end()) if words else None
    if words is None or abbr is None:
        return None
    capitals = "".join(w[0] for w in text[start : words.end()].split() if w[0].isupper())
    letters = re.sub(r"[^\w]", "", abbr.group("abbr"))
    return words.end() if len(letters) > 2 and capitals.lower() == letters.lower() else None


# The words between a head and its abbreviation, small or capitalised, in one clause: "Servicestelle zur
# Erschließung ausländischer Qualifikationen (SEAQ)", "Beratungsdienst Anerkennung und Qualifizierung (BAQ)".
_MOST_SPELLED_WORDS = 8  # a name longer than this is no longer spelled by a short form
_WORDS_BEFORE_ABBR = re.compile(rf"(?P<words>(?:[^\S\n]+[\w][\w\-]*){{1,{_MOST_SPELLED_WORDS}}})(?=\s*\()")
_HYPHEN_COORDINATION = re.compile(r"\w-\s")
# Small words an abbreviation leaves out: articles, prepositions and conjunctions inside a name.
_UNSPELLED_WORDS = frozenset(
    {
        "für",
        "zur",
        "zum",
        "der",
        "des",
        "die",
        "das",
        "den",
        "dem",
        "und",
        "in",
        "im",
        "von",
        "vom",
        "an",
        "am",
    }
    | {"auf", "mit", "bei", "beim", "aus", "zu", "e"}
)


def _spelled_out_before_abbreviation(text: str, head_start: int, end: int) -> int | None:
    """The end of the words after a head that the abbreviation in parentheses after them spells out: each word
    gives its first letter and may give more of its letters in order ("Kompetenzzentrum Fachkräfte (KomFa)"),
    small linking words none ("Bundesamt für Migration und Flüchtlinge (BAMF)")."""
    words = _WORDS_BEFORE_ABBR.match(text, end)
    abbr = _ABBR.match(text, words.end()) if words else None
    if (
        words is None
        or abbr is None
        or "-" in abbr.group("abbr")
        or _HYPHEN_COORDINATION.search(words.group())
    ):
        return None  # "Institut Arbeitsmarkt- und Berufsforschung (IAB)": a portfolio without its "für"
    spelled = [w for w in re.split(r"[\s\-]+", text[head_start : words.end()]) if w]
    spelled = [w.lower() for w in spelled if w.lower() not in _UNSPELLED_WORDS]
    letters = re.sub(r"[^\w]", "", abbr.group("abbr")).lower()
    return words.end() if len(letters) > 2 and _spells(letters, spelled) else None


def _genitive_after_abbreviation(text: str, end: int) -> re.Match[str] | None:
    genitive = _GENITIVE_COMPLEMENT.match(text, end)
    return genitive if genitive and _complement_ok(genitive) else None


def _abbreviates_the_genitive(abbreviation: str, genitive: str) -> bool:
    """Whether a short form after a genitive attribute spells the attribute's name, so that it is no short form of
    the whole name."""
    words = [w.lower() for w in re.split(r"[\s\-]+", genitive) if w]
    spelled = [w for w in words[1:] if w not in _UNSPELLED_WORDS]
    letters = re.sub(r"[^\w]", "", abbreviation).lower()
    return _spells(letters, spelled)


def _spells(letters: str, words: list[str]) -> bool:
    """Whether `letters` is each word's first letter followed by some of its later letters, word by word."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if not letters or letters[0] != first[0]:
        return False
    for taken in range(1, len(letters) + 1):
        if _in_order(letters[1:taken], first[1:]) and _spells(letters[taken:], rest):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


def _spelled_by_abbreviation(text: str, head_start: int, end: int) -> int | None:
    """The end of the name words after a head when the abbreviation in parentheses after them spells the
    initials of the head word and those words ("Forschungsinstitut Berufliche Integration (f-bi)")."""
    words = _SPELLED_BY_ABBR.match(text, end)
    if words is None:
        return None
    abbr = _ABBR.match(text, words.end())
    if abbr is None:
        return None
    initials = "".join(w[0] for w in text[head_start : words.end()].split()).lower()
    letters = re.sub(r"[^\w]", "", abbr.group("abbr")).lower()
    return words.end() if letters == initials else None


# "das Bundesministerium", "ein Landesministerium": a level of government and a head name any ministry of it
_LEVEL_ONLY = frozenset(level + head for level in lexicon.GOVERNMENT_LEVELS for head in _BARE_OK)


# A head joined by hyphens to a person's given and family name, the way bodies named after a person are written
# ("Friedrich-Ebert-Stiftung", "Max-Planck-Institut"): the compound is a name without any complement.
_PERSON_NAMED_COMPOUND = re.compile(
    r"(?P<given>[A-ZÄÖÜ][a-zäöüß]+)-(?:[A-ZÄÖÜ][a-zäöüß]+-){1,2}[A-ZÄÖÜ]?[a-zäöüß]+(?![\w-])"
)


def _named_after_a_person(text: str, start: int, end: int) -> bool:
    compound = _PERSON_NAMED_COMPOUND.match(text, start, end)
    return compound is not None and given_name_gender(compound.group("given")) is not None


def _names_one_body(word: str) -> bool:
    """ "Arbeitsministerium", "Senatsverwaltung": a compound of a bare head that names one body of a government;
    "Bundesministerium" alone names none."""
    return (
        (word.endswith(_BARE_OK) and not word.startswith(_BARE_OK) and word not in _LEVEL_ONLY)
        or _federal_office(word)
        or word in lexicon.PORTFOLIO_AUTHORITY_COMPOUNDS
    )


_FEDERAL_OFFICE = re.compile(r"bundes\w{3,}amte?")  # "-amte" from "-amtes" with its "s" cut


def _federal_office(word: str) -> bool:
    """ "Bundesverwaltungsamt", "Bundeszentralamt": the federal office of a field is one body; a bare "Bundesamt"
    names none."""
    return _FEDERAL_OFFICE.fullmatch(word) is not None


def _describes_unit(words: str) -> bool:
    return _only_place_adjectives(words) or _COORDINATED_BEFORE.fullmatch(words) is not None


def _only_place_adjectives(words: str) -> bool:
    return all(w.endswith("er") and adjective_stem(w) is None for w in words.split())


# The part of a town a body serves, after the town's name: "Jobcenter Leipzig Nord", "Agentur für Arbeit Kiel Mitte".
_PARTS_AFTER_A_TOWN = frozenset({"Nord", "Süd", "Ost", "West", "Mitte", "Stadt", "Land"})


def _closes_a_name(word: str) -> bool:
    return word in PLACE_NAMES


def _proper_name_end(text: str, end: int) -> int:
    match = _PROPER_NAME.match(text, end)
    if not match:
        return end
    words = match.group("proper").split()
    keep: list[str] = []
    for word in words:
        if (
            given_name_gender(word)
            or word.lower().endswith(tuple(lexicon.ROLE_STEMS))
            or word in lexicon.NOT_NAMES
            or word in lexicon.WEEKDAYS
            or word.lower().endswith(
                _DATIVE_PLURAL + lexicon.PARTICIPLE_NOUN_ENDINGS
            )  # "der Verband Mitgliedern schreibt": an object
        ):
            break
        if keep and _closes_a_name(keep[-1]) and word not in _PARTS_AFTER_A_TOWN:
            break  # "im Landratsamt Görlitz Unterstützung finden": the town closes the name
        keep.append(word)
    while keep and keep[-1] == "und":
        keep.pop()
    if not keep:
        return end
    name_end = text.index(keep[-1], end) + len(keep[-1])
    # "Institut Arbeitsmarkt- und Berufsforschung": a first half of a hyphen coordination is a portfolio's, whose
    # "für" is missing; the words are no proper name
    return end if text.startswith("-", name_end) else name_end


# Only a Land's adjective leads a name in small letters ("die bayerische Staatsregierung"); another adjective in
# "-isch" describes a body of some kind ("die städtische Behörde", "das kommunale Jobcenter").
_LAND_ADJECTIVE_STEMS = "|".join(re.escape(stem) for stem in lexicon.LAND_ADJECTIVE_STEMS)
_SMALL_LAND_ADJECTIVE = re.compile(rf"(?<![\w-])(?:{_LAND_ADJECTIVE_STEMS})(?:e|en|er|es|em)\s+$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{2,6})\s+$")
_COORDINATED_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\w]*-,?\s+)+und\s+$")


# A head joined by a hyphen to a person's family name ("Gutenberg-Universität", "Goethe-Institut"), and the given
# names written apart before it ("Johannes Gutenberg-Universität", "Johann Wolfgang Goethe-Universität").
_PERSON_NAMED_HEAD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ]")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+$")
_GIVEN_NAMES_WINDOW = 30  # characters back over two given names
_MOST_GIVEN_NAMES = 2


def _given_names_start(text: str, start: int) -> int:
    for _ in range(_MOST_GIVEN_NAMES):
        given = _GIVEN_NAME_BEFORE.search(text, max(0, start - _GIVEN_NAMES_WINDOW), start)
        if given is None or not given_name_gender(given.group("given")):
            break
        start = given.start()
    return start


# A brand written in small letters between a preposition or article and the head: "durch involas Institut für …",
# "die kompetenz Akademie GmbH". A small word there is otherwise an inflected adjective, an adverb or a determiner.
_SMALL_LETTER_BRAND_BEFORE = re.compile(
    r"(?<![\w-])(?i:von|durch|bei|mit|für|an|der|die|das|den|dem|des)\s+(?P<brand>[a-zäöüß]{3,})\s+$"
)
_BRAND_WINDOW = 40  # characters back over the preposition and the brand


# A brand joined to the descriptive name after it by a dash, after an article or preposition or opening a line:
# "die Charité – Universitätsmedizin Berlin", "von involas – Institut für …".
_DASHED_BRAND_BEFORE = re.compile(
    r"(?:^|(?<![\w-])(?i:von|vom|durch|bei|beim|mit|für|an|am|der|die|das|den|dem|des)\s+)"
    r"(?P<brand>[A-ZÄÖÜa-zäöüß][\w.+&]*\w)\s+[–-]\s+$",
    re.MULTILINE,
)


def _is_brand(word: str) -> bool:
    """A word that names a body by itself: a brand in small letters or a proper noun, not a body's kind, a place,
    a common noun or an adjective ("die Stadt – Amt für Migration –" is a parenthesis)."""
    if word[:1].islower():
        return _is_small_letter_brand(word)
    return not (
        word.isupper()  # "IBAS – Informations- und Beratungsstelle …": a short form, which the name spells out
        or _names_a_body(word)
        or adjective_stem(word)
        or word.lower().endswith(_COMMON_NOUN_ENDINGS)
        or word in lexicon.NOT_NAMES
    )


def _is_small_letter_brand(word: str) -> bool:
    return not (
        word.endswith(("e", "en", "er", "es", "em"))
        or word in NOT_NAME_START
        or word in lexicon.SMALL_WORDS_BEFORE_NOUNS
        or word in lexicon.GERMAN_NUMBER_WORDS
    )


def _extend_left(text: str, start: int) -> int:
    """Take the adjectives before the head: "Statistisches Bundesamt", "Thüringer Landesregierung", and the
    first halves of a hyphen coordination: "Industrie- und Handelskammer"."""
    coordinated = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if coordinated:
        start = coordinated.start()
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 12), start)
    if acronym and acronym.group(1) != "IQ":  # "HAWK Hochschule …", "DGB Bildungswerk": the short name leads
        return acronym.start()
    dashed = _DASHED_BRAND_BEFORE.search(text, max(0, start - _BRAND_WINDOW), start)
    if dashed and _is_brand(
        dashed.group("brand")
    ):  # "die Charité – Universitätsmedizin Berlin": the brand leads
        return dashed.start("brand")
    brand = _SMALL_LETTER_BRAND_BEFORE.search(text, max(0, start - _BRAND_WINDOW), start)
    if brand and _is_small_letter_brand(
        brand.group("brand")
    ):  # "durch involas Institut für …": the brand leads
        return brand.start("brand")
    if _PERSON_NAMED_HEAD.match(
        text, start
    ):  # "Johannes Gutenberg-Universität": the given names lead the name
        start = _given_names_start(text, start)
    land_adjective = _SMALL_LAND_ADJECTIVE.search(text, max(0, start - 30), start)
    if land_adjective:  # "die bayerische Staatsregierung": part of the name, written with a capital
        return land_adjective.start()
    first_word = _FIRST_WORD.match(text, start)  # not text[start:].split(): a copy of the rest per name
    feminine_head = first_word is not None and gender(first_word.group(1)) == "f"
    while True:
        prev = _ADJECTIVE_BEFORE.search(text[max(0, start - 40) : start])
        if not prev:
            return start
        word = prev.group(1)
        if feminine_head and word.endswith("es"):
            return start  # "Soziales / Staatskanzlei" in a tag line: an adjective in -es never qualifies a feminine noun
        if _describes(word) or not (
            adjective_stem(word)
            or word in lexicon.LAND_ADJECTIVES
            or word.endswith("er")
            and word[:-2] in lexicon.CITIES
        ):
            return start
        start = start - (len(prev.group(0)))


_FIRST_WORD = re.compile(r"\s*(\S+)")
# An adjective before a head on the same line: a line break ends a name ("… und Soziales" / "Europäischer Sozialfonds"
# are two names of a footer's list).
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w\-]*)[^\S\n]+$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜa-zäöüß]\w*)\s+$")
_DESCRIBED_WINDOW = 20  # characters back to the adjective before the head


# "auf Initiative des Vereins X": an idiom (at the instigation of), no body named "Initiative"; the body after it
# is read on its own.
_IDIOM_BEFORE = re.compile(r"(?<![\w-])[Aa]uf\s+$")
_INSTIGATION = re.compile(r"Initiative\s+(?:des|der|von)\s+")


def _at_the_instigation(text: str, start: int) -> re.Match[str] | None:
    """ "auf Initiative des …" at `start`: the words to skip to reach the body."""
    before = _IDIOM_BEFORE.search(text, max(0, start - 8), start)
    return _INSTIGATION.match(text, start) if before else None


def _described_by_its_topic(text: str, head_start: int, end: int, head: str) -> bool:
    """ "das neue Bündnis für Fachkräfte", "Neue Servicestelle für Zugewanderte": after an adjective of age or order,
    a "für" phrase says what the body is for; it names only a ministry or public body."""
    before = _WORD_BEFORE.search(text, max(0, head_start - _DESCRIBED_WINDOW), head_start)
    return (
        before is not None
        and _describes(before.group(1))
        and lexicon.ORG_HEADS[head] not in ("Ministry", "Agency")
        and FOR_PORTFOLIO.match(text, end) is not None
    )


def _describes(word: str) -> bool:
    """ "Neue", "Gemeinsames": an adjective of age, order or scope describes the body and is no part of its name."""
    stem = adjective_stem(word)
    return stem is not None and stem.lower() in DESCRIPTIVE_ADJECTIVES


def _complements_of(head: str) -> tuple[re.Pattern[str], ...]:
    """ "Zentrum für Migration", not "Zentrum der Stadt": a centre is named by what it is for, its place or short
    form; a service unit "für Migrantinnen" or "des Netzwerks" is described, not named (only topic, place,
    acronym); a government takes no portfolio."""
    if lexicon.ORG_HEADS[head] == "Subproject":
        return _UNIT_COMPLEMENTS
    if head in CENTRE_HEADS:
        return _CENTRE_COMPLEMENTS
    return _COMPLEMENTS[1:] if head in _NO_PORTFOLIO else _COMPLEMENTS


def _extend_right(text: str, end: int, patterns: tuple[re.Pattern[str], ...]) -> tuple[int, bool, int | None]:
    has_complement, genitive_at = False, None
    for _ in range(4):
        for pattern in patterns:
            match = pattern.match(text, end)
            if match and _complement_ok(match):
                if match.groupdict().get("genitive"):
                    genitive_at = genitive_at or match.start()
                end = match.start() + len(trim_portfolio(match))
                has_complement = True
                break
        else:
            break
    return end, has_complement, genitive_at


def _complement_ok(match: re.Match[str]) -> bool:
    if "\n\n" in match.group(0):
        return False  # "im Landkreis Musterland" ending a heading, "Musterstadt." opening the next paragraph
    whole = match.group(0)
    if "\n" in whole[: len(whole) - len(whole.lstrip())]:
        return (
            False  # a footer's list, a name a line: "… für Arbeit und Soziales" / "Europäischer Sozialfonds"
        )
    region = match.groupdict().get("region")
    if region and region.lower().endswith(tuple(lexicon.ROLE_STEMS) + ("in", "innen")):
        return False  # "IHK-Präsidentin" is a role, not a region
    plural_genitive = match.groupdict().get("plural_genitive")
    if plural_genitive and adjective_stem(plural_genitive.split()[0]) is None:
        return False  # "Deutscher Stiftungen" is an attribute; "Kölner Bürger" is not an adjective here
    genitive = match.groupdict().get("genitive")
    if genitive:
        words = genitive.split()
        if any(given_name_gender(w) for w in words[:1]) and len(words) > 1:
            return False  # "der Senatorin Elke Breitenbach" is a person, not a name part
        if genitive in lexicon.GENITIVE_PORTFOLIOS:
            return True
        if len(words) == 1 and _common_body_noun(words[0]):
            return False  # "der Beirat des Vereins", "die Direktion des Hotels": the body of a body not named
        return not words[-1].lower().endswith(tuple(lexicon.ROLE_STEMS) + ("in", "innen", "ern"))
    return True


def _common_body_noun(word: str) -> bool:
    """ "Vereins", "Netzwerks", "Hotels": a genitive of a bare head or another noun for a body or venture."""
    low = word.lower()
    stems = (
        low,
        low.removesuffix("s"),
        low.removesuffix("es"),
        low.removesuffix("en"),
        low.removesuffix("n"),
    )
    return any(stem in lexicon.ORG_HEADS or stem in lexicon.COMMON_BODY_NOUNS for stem in stems)


def _label(surface: str, genitive_offset: int | None) -> str:
    """Nominative of the part before any genitive attribute; the attribute stays as written."""
    surface = joined(surface)
    if genitive_offset:
        return nominative(surface[:genitive_offset].strip()) + " " + surface[genitive_offset:].strip()
    return nominative(surface)
