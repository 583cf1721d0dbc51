"""The complements after an organisation's head, which make a head into a name.

"für" and a portfolio ("Ministerium für Arbeit und Soziales"), a Land or town ("Handwerkskammer zu Musterstadt",
"Agentur für Arbeit Bad Beispielheim"), a genitive attribute ("Verband der Beispielindustrie"), a served
territory ("Caritasverband für die Diözese Muster"), a region's name after a chamber or district ("Landkreis
Musterland"), a proper name after a bare head ("Stiftung Neue Wege"); each complement is checked so that a
role ("der Senatorin Petra Beispiel") or a common noun ("des Vereins") is not taken. The label is the
nominative of the words before any genitive attribute.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.events import MONTH_NAMES
from ...lexicon.names import CENTRE_HEADS, PART_NOUNS
from ...lexicon.places import LANDSCAPE_NOUNS, PLACE_NAMES, REGION_POSITION_ADJECTIVES, RIVERS_AFTER_AN_DER
from ...lexicon.projects import COMPASS_WORDS
from ...text.morphology import adjective_stem, nominative
from ..persons.persons import given_name_gender
from .government_bodies import CITY_STATE, town_river_end
from .heads import TOWNS, common_body_noun, head_suffix
from .words import (
    CAP,
    FOR_PORTFOLIO,
    ITEM,
    PLACE,
    ends_in_role_noun,
    event_noun_not_genitive,
    joined,
    named_like_a_town,
    trim_portfolio,
)

# A region named by a hyphenated compound of names: "Rhein-Neckar", "Berlin-Brandenburg"; a part may be a region
# named by a position's adjective and a landscape: "Rostock-Mittleres Mecklenburg".
_HYPHEN_PART = rf"-(?:(?:{'|'.join(REGION_POSITION_ADJECTIVES)})\s+[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ][a-zäöüß]+)"
REGION = rf"[A-ZÄÖÜ][a-zäöüß]+(?:{_HYPHEN_PART})+(?![\w-])"
# A region named by a place's adjective and a landscape: "Hochschule Thüringer Becken", "Verband Lüneburger Heide".
LANDSCAPE_REGION = re.compile(
    rf"\s+[A-ZÄÖÜ][a-zäöüß]+(?:er|ische[ns]?)\s+(?:{'|'.join(LANDSCAPE_NOUNS)})(?![\w-])"
)
# A genitive plural without an article: "Bundesverband Deutscher Stiftungen", "Verband Freier Berufe".
PLURAL_GENITIVE = re.compile(
    r"\s+(?P<plural_genitive>[A-ZÄÖÜ][a-zäöüß]+er\s+[A-ZÄÖÜ][a-zäöüß]+(?:en|er|e|s))(?![\w-])"
)
# the territory a body serves: "Caritasverband für die Diözese Mainz", "Kreishandwerkerschaft für den Landkreis X"
_TERRITORY_SERVED = "|".join(lexicon.SERVED_TERRITORIES)
# A genitive attribute, which may open with the first half of a hyphen coordination ("Verband der Metall- und
# Elektroindustrie") or with an adjective in small letters that says whose ("Institut der deutschen Wirtschaft",
# "Verband der bayerischen Wirtschaft", "Verband der freien Berufe", "Verband der kommunalen Unternehmen"; not
# "der beiden Vereine", "der vielen Betriebe").
_GENITIVE_COMPLEMENT = re.compile(
    rf"\s+(?:der|des)\s+(?P<genitive>(?:[A-ZÄÖÜ][\w\-]*-\s+und\s+)?(?:(?:[a-zäöüß]+(?:sch|lich|al)|frei)en\s+)?"
    rf"(?:{CAP}\s+){{0,2}}{CAP})"
)
# A department named by its topic and the town or district it serves: "Stabsstelle Integration der
# Landeshauptstadt X", "Referat Migration und Teilhabe der Stadt X", "Fachdienst Migration des Landkreises X",
# "Fachbereich Jugend, Familie und Soziales der Stadt X".
_TOPIC_OF_A_MUNICIPALITY = re.compile(
    r"\s+[A-ZÄÖÜ][\w-]*(?:(?:\s*,\s*[A-ZÄÖÜ][\w-]*)*\s+und\s+[A-ZÄÖÜ][\w-]*)?"
    rf"\s+(?:der\s+(?:Landeshaupt|Hanse)?[Ss]tadt|des\s+(?:Land)?[Kk]reises)\s+{CAP}(?![\w-])"
)
# The Land whose body it is: "Ministerium für Arbeit des Landes Brandenburg", "… des Freistaates Sachsen".
LAND_GENITIVE = re.compile(rf"\s+des\s+(?:Landes|Freistaate?s)\s+(?:{PLACE})")
_TOWN_COMPLEMENT = re.compile(rf"\s+(?:{PLACE})(?![\w-])")
# The part of the country a body serves, after its other complements: "Institut für Berufsbildung Nord", "Akademie
# für Pflege Südwest".
_COMPASS_COMPLEMENT = re.compile(rf"\s+(?:{'|'.join(COMPASS_WORDS)})(?![\w-])")
# A town no place list knows, by the ending town names are built on: "Fachhochschule Musterstadt", "Jobcenter
# Beispielhausen" (checked in complement_ok).
TOWN_SHAPED = re.compile(r"\s+(?P<town_shaped>[A-ZÄÖÜ][a-zäöüß]{4,})(?![\w-])(?!\s+(?:e\.|gGmbH|GmbH))")
_COMPLEMENTS = (
    FOR_PORTFOLIO,
    re.compile(rf"\s+für\s+(?:das|die|den)\s+(?:{_TERRITORY_SERVED})\s+(?:{PLACE}|{REGION}|{CAP})(?![\w-])"),
    # the Church's territory a welfare body works in: "Caritas im Bistum Mainz", "Diakonie in der Landeskirche X",
    # "Diakonisches Werk im Kirchenkreis X", "Caritasverband im Dekanat X"
    re.compile(
        rf"\s+(?:im\s+(?:(?:Erz)?[Bb]istum|Kirchenkreis|Kirchenbezirk|Dekanat)|in\s+der\s+(?:Erz)?[Dd]iözese"
        rf"|in\s+der\s+Landeskirche)\s+(?:{PLACE}|{REGION}|{CAP})(?![\w-])"
    ),
    LAND_GENITIVE,
    _TOWN_COMPLEMENT,
    _COMPASS_COMPLEMENT,
    TOWN_SHAPED,
    # "Handwerkskammer zu Leipzig": old chambers' names; after "zu" also a town named like a common word ("zu Hagen")
    re.compile(rf"\s+(?:von|zu)\s+(?:{PLACE})(?![\w-])"),
    re.compile(rf"\s+zu\s+(?:{'|'.join(sorted(lexicon.AMBIGUOUS_TOWNS))})(?:\s+\([A-ZÄÖÜ]\w+\))?(?![\w-])"),
    # a town named like a common word with its river in brackets is the town: "Volkshochschule Halle (Saale)"
    re.compile(
        rf"\s+(?:{'|'.join(sorted(lexicon.AMBIGUOUS_TOWNS))})\s+\((?:{'|'.join(sorted(RIVERS_AFTER_AN_DER))})\)"
    ),
    # right after the head and closing the phrase, also a town named like a common word ("des Beirats Halle,"), or
    # before "sowie", which joins phrases ("vom Institut Halle sowie"; not "und": "Essen und Trinken")
    re.compile(
        rf"\s+(?:{'|'.join(sorted(lexicon.AMBIGUOUS_TOWNS))})(?:\s+\([A-ZÄÖÜ]\w+\))?"
        r"(?=\s*[,;:)]|\.(?:\s|$)|\s+sowie\s)"
    ),
    re.compile(rf"\s+(?P<region>{REGION})"),
    LANDSCAPE_REGION,
    # a body named by its river: "Diakonisches Werk an der Saar", "Hochschule an der Ruhr"
    re.compile(rf"\s+an\s+der\s+(?:{'|'.join(sorted(RIVERS_AFTER_AN_DER))})(?![\w-])"),
    re.compile(rf"\s+der\s+(?P<genitive>{CITY_STATE})"),  # "Senat der Freien und Hansestadt Hamburg"
    _TOPIC_OF_A_MUNICIPALITY,
    _GENITIVE_COMPLEMENT,
    PLURAL_GENITIVE,
    # (not the first part of a styled name after the body: "führt die VHS X WORK.IN durch")
    re.compile(r"\s+(?P<acronym>[A-Z][A-Za-z]{1,5}[A-Z])(?![\w-]|\.[A-ZÄÖÜ])"),
    re.compile(r"\s+St\.\s+[A-ZÄÖÜ]\w+(?:\s+[A-ZÄÖÜ]\w+)?"),
    # a name styled in small letters joined by dots: "Jobcenter team.arbeit.hamburg" (not a web address)
    re.compile(r"\s+(?!www\.)[a-zäöüß]{2,}(?:\.[a-zäöüß]{2,}){2,}(?![\w-])(?!\.\w)"),
)
# A topic's noun: "Fachkräftesicherung", "Migration", "Anerkennung".
_TOPIC_NOUN = r"[A-ZÄÖÜ][\w-]*(?:ung|ion|ität|heit|keit|schaft|ismus)(?![\w-])"
# A service unit named by its topic: "Servicestelle Fachkräftesicherung", "Kompetenzzentrum Migration".
_TOPIC = re.compile(rf"\s+(?P<topic>{_TOPIC_NOUN})")
# ... or by its topics after "für" or "zur": "Beratungsstelle für Anerkennung und Qualifizierung", "Kontaktstelle für
# Arbeitsmarktintegration" (people after "für" describe whom it serves: "Anlaufstelle für Migrantinnen").
_TOPIC_AFTER_FOR = re.compile(rf"\s+(?:für|zur)\s+(?P<topic>{_TOPIC_NOUN}(?:\s+und\s+{_TOPIC_NOUN})?)")
_UNIT_COMPLEMENTS = (
    _TOPIC,
    _TOPIC_AFTER_FOR,
    *(p for p in _COMPLEMENTS if "portfolio" not in p.pattern and "genitive" not in p.pattern),
)
_CENTRE_COMPLEMENTS = tuple(
    p for p in _COMPLEMENTS if "genitive" not in p.pattern and "von|zu" not in p.pattern
)
# Chambers, associations and districts are named by their region, which may be any proper name ("Handwerkskammer
# Altmark", "Unternehmerverband Mittelelbe", "Landkreis Harz"): one capitalised word that does not look like a
# common noun.
REGION_NAMED_HEADS = (
    "kammer",
    "verband",
    "verbände",
    "jugendring",
    "vereinigung",
    "handwerkerschaft",
    "innung",
    "kammertag",
    "landkreis",
    "sparkasse",
    "verbund",  # in a compound only (REGION_NAMED_IN_COMPOUNDS): "Beratungsverbund Nordland"
)
# Heads named by a region only in a compound: "Beratungsverbund Nordland", "Verkehrsverbund Mittelelbe" (a bare
# "Verbund Arbeit Nord" is named by its own words)
REGION_NAMED_IN_COMPOUNDS = ("verbund",)
# A spa or saint's town keeps its prefix: "Agentur für Arbeit Bad Hersfeld-Fulda".
REGION_NAME = re.compile(
    r"\s+(?P<region_name>(?:(?:Bad|Sankt)\s+)?(?!(?:Der|Die|Das|Den|Dem|Des|Und|Mit|Von|Für|Im|Am)\b)"
    rf"[A-ZÄÖÜ][a-zäöüß]+(?:{_HYPHEN_PART})*)"
    r"(?![\w-])(?!\s+(?:e\.|gGmbH|GmbH))"
)
_DATIVE_PLURAL = ("ern", "ungen", "heiten", "keiten")
# After a bare generic head, the name itself: "Stiftung Neue Arbeit", "Verein Arbeit und Leben".
# Not "St." ("Stiftung St. Franziskus"): a saint's abbreviation is read as no name rather than cut to "Stiftung St".
_PROPER_NAME = re.compile(
    rf"[ \xa0]+(?P<proper>(?!St\.){CAP}(?:[ \xa0]+(?:(?:und|&)[ \xa0]+)?(?!St\.){CAP}){{0,2}})"
)  # "Stiftung Bildung & Handwerk": an ampersand joins the name's words as "und" does
# Governments and parliaments take no portfolio: in "der Beauftragte der Landesregierung für Migration" the
# "für" phrase belongs to the commissioner.
_NO_PORTFOLIO = frozenset(
    {"senat", "regierung", "landesregierung", "bundesregierung", "landtag", "bundestag"}
)


# A federation's Land after its members in the genitive: "Landesverband der freien Träger in Hessen",
# "Arbeitsgemeinschaft der Migrantenvereine in Sachsen" (a Land only: "in Kassel" says where it meets).
# ... or the country, for a nationwide one: "Föderation der Beispielvereine in Deutschland".
_LAND_OF_A_FEDERATION = re.compile(
    rf"\s+in\s+(?:Deutschland|{'|'.join(re.escape(x) for x in sorted(lexicon.LAENDER, key=len, reverse=True))})(?![\w-])"
)
_FEDERATION_HEADS = ("gemeinschaft", "vereinigung", "verband", "föderation")


def land_of_a_federation(text: str, end: int, head: str) -> int:
    """The end of a federation's name after its genitive: its Land, where "in" and a Land follow; or the region
    closing a church's name in the genitive ("Diakonisches Werk der Evangelischen Kirche in Mitteldeutschland")."""
    church = (
        _CHURCH_REGION.match(text, end)
        if _A_CONFESSION_S_CHURCH.search(text, max(0, end - 40), end)
        else None
    )
    if church is not None and church.group("region") not in TOWNS:  # "Kirche in Kassel" says where it stands
        return church.end()
    land = _LAND_OF_A_FEDERATION.match(text, end) if head.endswith(_FEDERATION_HEADS) else None
    return land.end() if land and complement_ok(land) else end


# A regional church is named by its region after "in"/"im": "Evangelische Kirche in Mitteldeutschland", "Evangelische
# Kirche im Rheinland", "Evangelisch-Lutherische Kirche in Norddeutschland".
_A_CONFESSION_S_CHURCH = re.compile(
    r"(?:[Ee]vangelisch|[Kk]atholisch|[Ll]utherisch|[Rr]eformiert)\w*\s+Kirche$"
)
_CHURCH_REGION = re.compile(r"\s+(?:in|im)\s+(?P<region>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])")


def genitive_after_abbreviation(text: str, end: int) -> re.Match[str] | None:
    genitive = _GENITIVE_COMPLEMENT.match(text, end)
    return genitive if genitive and complement_ok(genitive) else None


# The part of a town a body serves, after the town's name: "Jobcenter Leipzig Nord", "Agentur für Arbeit Kiel Mitte".
_PARTS_AFTER_A_TOWN = frozenset({"Nord", "Süd", "Ost", "West", "Mitte", "Stadt", "Land"})


def _closes_a_name(word: str) -> bool:
    return word in PLACE_NAMES


_TIME_SPAN_WORDS = frozenset({"Anfang", "Mitte", "Ende"})
_YEAR_AHEAD = re.compile(r"[ \xa0]+\d{4}(?!\d)")


def _before_a_date(text: str, words: list[str], i: int, end: int) -> bool:
    """ "Anfang Mai", "Ende 2025": a span word before a month or a year."""
    if i + 1 < len(words):
        return words[i + 1] in MONTH_NAMES
    at = text.find(words[i], end) + len(words[i])
    return _YEAR_AHEAD.match(text, at) is not None


# Kinds of territory coordinated inside one name: "Jobcenter Stadt und Landkreis Musterstadt".
_TERRITORY_KINDS = frozenset({"Stadt", "Landkreis", "Kreis", "Region", "Gemeinde"})


# Academic titles before a personal name, written without their full stop in the name's words ("Dr.", "Prof.").
_ACADEMIC_TITLE_WORDS = frozenset({"Dr", "Prof", "Dipl"})


def proper_name_end(text: str, end: int) -> int:
    match = _PROPER_NAME.match(text, end)
    if not match:
        return end
    words = match.group("proper").split()
    keep: list[str] = []
    for i, word in enumerate(words):
        if word in _TIME_SPAN_WORDS and _before_a_date(text, words, i, end):
            break  # "die Stiftung Lernwerk Anfang Mai": a time of the clause, no name word
        if (
            word in ("und", "&")
            and i + 1 < len(words)
            and words[i + 1].lower() in lexicon.ORG_HEADS
            and words[i - 1] not in _TERRITORY_KINDS
        ):
            break  # "IHK Musterstadt und Agentur für Arbeit X": a second body's head opens a name of its own
        if (
            given_name_gender(word)
            or ends_in_role_noun(word)  # "die Stiftung X und Sprecherin des …": a second title
            or word in lexicon.NOT_NAMES
            or word in PART_NOUNS
            or word in lexicon.WEEKDAYS
            or word in _ACADEMIC_TITLE_WORDS  # "wählte der Verein Lernwerk Dr. Petra Beispiel …": her title
            or word.lower().endswith(lexicon.NOT_PROPER_NAME_ENDINGS)  # "das Bildungswerk Träger der …"
            or word.lower().endswith(
                _DATIVE_PLURAL + lexicon.PARTICIPLE_NOUN_ENDINGS
            )  # "der Verband Mitgliedern schreibt": an object
        ):
            break
        if keep and _closes_a_name(keep[-1]) and word not in _PARTS_AFTER_A_TOWN:
            break  # "im Landratsamt Görlitz Unterstützung finden": the town closes the name
        keep.append(word)
    while keep and keep[-1] in ("und", "&"):
        keep.pop()
    if not keep:
        return end
    name_end = text.index(keep[-1], end) + len(keep[-1])
    # "Institut Arbeitsmarkt- und Berufsforschung": a first half of a hyphen coordination is a portfolio's, whose
    # "für" is missing; the words are no proper name
    if text.startswith("-", name_end):
        return end
    town_last = keep[-1] in PLACE_NAMES or keep[-1] in lexicon.AMBIGUOUS_TOWNS
    # "Jobcenter Frankfurt am Main": the town's river is the name's too
    return town_river_end(text, name_end - len(keep[-1]), name_end) if town_last else name_end


# A ministry's portfolios named in the genitive, then after "für": "Bundesministerium des Innern und für Heimat",
# "Ministerium der Justiz und für Migration", "Ministerium des Innern, für Bau und Heimat".
_MORE_PORTFOLIOS = re.compile(
    rf"(?:\s*,|\s+und)\s+für\s+(?P<portfolio>{ITEM}(?:(?:\s*,\s*|\s+und\s+){ITEM})*)"
)
_PORTFOLIO_GENITIVE = re.compile(
    rf"\s+(?:der|des)\s+(?P<genitive>{'|'.join(sorted(lexicon.GENITIVE_PORTFOLIOS))})(?![\w-])"
)


def ministry_portfolios_end(text: str, end: int) -> int:
    """The end of a ministry's portfolios after its head: a portfolio in the genitive and more after "für"."""
    genitive = _PORTFOLIO_GENITIVE.match(text, end)
    more = _MORE_PORTFOLIOS.match(text, genitive.end()) if genitive else None
    return genitive.end() + len(trim_portfolio(more)) if genitive and more else end


def complements_of(head: str) -> tuple[re.Pattern[str], ...]:
    """ "Zentrum für Migration", not "Zentrum der Stadt": a centre is named by what it is for, its place or short
    form; a service unit "für Migrantinnen" or "des Netzwerks" is described, not named (only topic, place,
    acronym); a government takes no portfolio."""
    if lexicon.ORG_HEADS[head] == "Subproject":
        return _UNIT_COMPLEMENTS
    if head in CENTRE_HEADS:
        return _CENTRE_COMPLEMENTS
    if head in _ALLIANCE_HEADS:
        return (_AGAINST, *_COMPLEMENTS)
    if head.endswith(_FEDERATION_HEADS):
        return (_MEMBER_BODIES, *_COMPLEMENTS)
    return _COMPLEMENTS[1:] if head in _NO_PORTFOLIO else _COMPLEMENTS


# A federation is named by the bodies it gathers, in the genitive plural: "Landesverband der Volkshochschulen",
# "Verband der Stiftungen Musterland" (a body noun in the singular is whose the federation is: "des Vereins").
_MEMBER_BODIES = re.compile(r"\s+der\s+(?P<genitive>(?P<members>[A-ZÄÖÜ][a-zäöüß]+(?:en|n|e)))(?![\w-])")

# An alliance is named by what it stands against as often as by what it is for: "Bündnis gegen Rassismus", "Bündnis
# gegen Armut und Ausgrenzung" (a noun without an article: "das Bündnis gegen die Pläne" says what it does).
_ALLIANCE_HEADS = frozenset({"bündnis"})
_AGAINST = re.compile(rf"\s+gegen\s+(?P<portfolio>{ITEM}(?:(?:\s*,\s*|\s+und\s+){ITEM})*)")


# "Hochschule Wismar für Ingenieurinnen und Ingenieure": after a name ending in its town, "für" and people in the
# plural name whom the body serves, no part of its name.
_AUDIENCE = re.compile(
    rf"\s+für\s+(?:[a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][a-zäöüß]*(?:innen|{'|'.join(lexicon.PARTICIPLE_NOUN_ENDINGS)}|te)(?![\w-])"
)
_WORD_BEFORE_END = re.compile(r"(?<![\w-])(?P<word>[A-ZÄÖÜ][\w-]*)$")
_REACH_TO_THE_WORD = 40  # characters back over the name's last word


def _town_before_an_audience(text: str, end: int) -> bool:
    word = _WORD_BEFORE_END.search(text, max(0, end - _REACH_TO_THE_WORD), end)
    return word is not None and _closes_a_name(word.group("word")) and _AUDIENCE.match(text, end) is not None


def extend_right(text: str, end: int, patterns: tuple[re.Pattern[str], ...]) -> tuple[int, bool, int | None]:
    has_complement, genitive_at = False, None
    placed = _town_before_an_audience(text, end)
    for _ in range(4):
        for pattern in patterns:
            if placed and pattern is FOR_PORTFOLIO:
                continue  # "Hochschule Wismar für Ingenieurinnen": after its town, "für" names whom it serves
            match = pattern.match(text, end)
            if match and complement_ok(match) and not _recipient_of_a_gift(text, match):
                if match.groupdict().get("genitive"):
                    genitive_at = genitive_at or match.start()
                end = match.start() + len(trim_portfolio(match))
                has_complement, placed = True, pattern is _TOWN_COMPLEMENT
                break
        else:
            break
    return end, has_complement, genitive_at


# "überreichte das Ministerium der Hochschule X einen Bescheid": after a verb of giving, a "der" phrase followed by
# the accusative object is the dative recipient (a feminine dative looks like a genitive), no attribute of the name.
_DATIVE_RECIPIENT = re.compile(r"\s+der\s")
_ACCUSATIVE_AFTER = re.compile(r"[ \xa0]+(?:einen|eine|ein|den|das|\d+)[ \xa0]")
_CLAUSE_WORDS = re.compile(r"[^.;:!?]*$")
_CLAUSE_REST = re.compile(r"[^.;:!?,]*")
_TOWN_BODIES = frozenset({"Stadt", "Gemeinde", "Landeshauptstadt", "Hansestadt"})
_CLAUSE_REACH = 80  # characters back to the verb of the clause
_WORD_RUN = re.compile(r"[a-zäöüß]+")


def _recipient_of_a_gift(text: str, match: re.Match[str]) -> bool:
    genitive = match.groupdict().get("genitive")
    if not genitive or not _DATIVE_RECIPIENT.match(match.group(0)):
        return False
    words = genitive.split()
    if len(words) < 2 or head_suffix(words[0]) is None and words[0] not in _TOWN_BODIES:
        return False  # "das Bildungswerk der Wirtschaft": no named body, so the attribute of the name
    if _ACCUSATIVE_AFTER.match(text, match.end()) is None:
        return False
    before = _CLAUSE_WORDS.search(text, max(0, match.start() - _CLAUSE_REACH), match.start())
    after = _CLAUSE_REST.match(text, match.end(), match.end() + _CLAUSE_REACH)
    # the verb before the giver ("überreichte das Ministerium …") or at the clause's end ("hat … überreicht")
    clause = (before.group(0) if before else "") + " " + (after.group(0) if after else "")
    return any(w in lexicon.GIVING_VERBS for w in _WORD_RUN.findall(clause))


# People in the feminine plural, not a role's title: "Migrantinnen", "Unternehmerinnen" (not "Leiterinnen").
_PEOPLE_IN_THE_PLURAL = re.compile(
    rf"(?![\w-]*(?i:{'|'.join(sorted(lexicon.ROLE_STEMS))}))[A-ZÄÖÜ][a-zäöüß]+innen"
)


# Territories by their common noun alone: a genitive of one names no body ("die Jobcenter der Region" are the
# local ones, whichever they are; "Jobcenter der Region Hannover" names one).
_UNNAMED_TERRITORIES = frozenset(
    {
        "Region",
        "Stadt",
        "Gemeinde",
        "Kommune",
        "Kommunen",
        "Städte",
        "Länder",
        "Bundesländer",
        "Umgebung",
        "Kreise",
    }
)


def complement_ok(match: re.Match[str]) -> bool:
    if "\n\n" in match.group(0):
        return False  # "im Landkreis Musterland" ending a heading, "Musterstadt." opening the next paragraph
    whole = match.group(0)
    if "\n" in whole[: len(whole) - len(whole.lstrip())]:
        return (
            False  # a footer's list, a name a line: "… für Arbeit und Soziales" / "Europäischer Sozialfonds"
        )
    members = match.groupdict().get("members")
    if members is not None:
        return head_suffix(members) is None and common_body_noun(members)
    town_shaped = match.groupdict().get("town_shaped")
    if town_shaped is not None:
        return named_like_a_town(town_shaped)
    region = match.groupdict().get("region")
    if region and region.lower().endswith(tuple(lexicon.ROLE_STEMS) + ("in", "innen")):
        return False  # "IHK-Präsidentin" is a role, not a region
    plural_genitive = match.groupdict().get("plural_genitive")
    if plural_genitive and adjective_stem(plural_genitive.split()[0]) is None:
        return False  # "Deutscher Stiftungen" is an attribute; "Kölner Bürger" is not an adjective here
    genitive = match.groupdict().get("genitive")
    if genitive and event_noun_not_genitive(match.group(0)):
        return False  # "die Handwerkskammer X der Fachtag des …": the event after the name is the subject
    if genitive:
        words = genitive.split()
        if any(given_name_gender(w) and not _hyphened_to_a_name(w) for w in words[:1]) and len(words) > 1:
            return False  # "der Senatorin Elke Breitenbach" is a person, not a name part
        if genitive in lexicon.GENITIVE_PORTFOLIOS:
            return True
        if len(words) == 1 and common_body_noun(words[0]):
            return False  # "der Beirat des Vereins", "die Direktion des Hotels": the body of a body not named
        if len(words) == 1 and genitive in _UNNAMED_TERRITORIES:
            return False  # "die Jobcenter der Region", "die Volkshochschule der Stadt": no territory named
        if district_name(words[-1]):
            return True  # "des Kreises Siegen-Wittgenstein": a district's name, not a role in "-in"
        if len(words) == 1 and _PEOPLE_IN_THE_PLURAL.fullmatch(words[0]):
            return True  # "Bundesverband der Migrantinnen": the people a federation gathers, no role
        return not words[-1].lower().endswith(tuple(lexicon.ROLE_STEMS) + ("in", "innen", "ern"))
    return True


def _hyphened_to_a_name(word: str) -> bool:
    """ "Otto-von-Beispiel-Universität", "Anna-Muster-Stiftung": a body's head joined to a person's name by hyphens;
    its given name opens no person's name."""
    return "-" in word and head_suffix(word) is not None


def district_name(word: str) -> bool:
    """ "Siegen-Wittgenstein", "Mayen-Koblenz": two proper names joined by a hyphen name a district; not a role's
    compound ("IHK-Präsidentin": its last part a role noun in "-in")."""
    parts = word.split("-")
    last = parts[-1].lower()
    role = last.endswith("innen") or last.endswith("in") and last[:-2].endswith(tuple(lexicon.ROLE_STEMS))
    return len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts) and not role


def nominative_label(surface: str, genitive_offset: int | None) -> str:
    """Nominative of the part before any genitive attribute; the attribute stays as written."""
    surface = joined(surface)
    if genitive_offset:
        return nominative(surface[:genitive_offset].strip()) + " " + surface[genitive_offset:].strip()
    return nominative(surface)
