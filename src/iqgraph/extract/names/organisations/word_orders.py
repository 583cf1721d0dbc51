"""Organisation names in word orders the head grammar does not read.

A proper name before a head standing as a word of its own ("die Beispiel Stiftung", "die Leuphana Universität
Musterstadt", "Carl von Ossietzky Universität"), a regional unit of an association ("die AWO Musterland", "der
DGB Bezirk Beispiel", "beim Paritätischen Musterland"), a network outside IQ by its attribute and place ("das
Netzwerk interkulturelle Bildung Musterland") and a ministry's portfolio without "für" in a list ("Senatsverwaltung
Bildung, Jugend und Wissenschaft").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.events import MONTH_NAMES
from ...lexicon.names import HEADS_AFTER_NAMES
from ...lexicon.places import PLACE_NAMES
from ...text.alternation import any_of
from ...text.morphology import adjective_stem, inflection_pattern
from ...text.spans import Mention
from ..persons.persons import given_name_gender
from .clause_objects import object_of_the_clause
from .complements import REGION
from .heads import ARTICLES, COMMON_NOUN_ENDINGS, PREPOSITIONS, head_suffix
from .leading_words import GIVEN_NAMES_WINDOW
from .words import ITEM, PLACE, joined, named_like_a_town, named_organisation


def _association_named(words: str) -> str:
    return next(name for name, pattern in _ASSOCIATIONS.items() if pattern.fullmatch(words))


# A region's name after a unit noun: one or two capitalised words, joined by hyphens ("Leipzig-Stadt", "Bad Kissingen").
_REGION_WORDS = r"(?:(?:Bad|Sankt)\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"


# A network outside IQ named by what it is and where: "das Netzwerk diskriminierungsfreies Musterland", "des Netzwerks
# interkulturelle Bildung Sachsen" (an IQ network is named with "IQ" and read elsewhere).
_NETWORK_BY_ATTRIBUTE = re.compile(
    rf"(?<![\w-])(?<!IQ\s)(?<!IQ-)Netzwerk(?:e?s)?\s+"
    rf"(?P<attribute>(?:[a-zäöüß]{{3,}}(?:e|es|er|en)\s+)+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?)(?P<place>{PLACE})(?![\w-])"
)


# ... or by its topic and region: "das Netzwerk Arbeit Oberbeispiel", "des Netzwerks Integration und Teilhabe
# Musterland" (nouns of a topic, no place or person: "das Netzwerk Sachsen Anhalt" is no name of this kind).
# After its article in running text ("das Netzwerk …", "im Netzwerk …"): a headline's "Netzwerk Anerkennung X
# gegründet" may be a phrase.
_NETWORK_BY_TOPIC = re.compile(
    r"(?<![\w-])Netzwerk(?:e?s)?\s+"
    r"(?P<topic>[A-ZÄÖÜ][a-zäöüß]{3,}(?:\s+(?:und|&)\s+[A-ZÄÖÜ][a-zäöüß]{3,})?)\s+"
    rf"(?P<place>{PLACE})(?![\w-])"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?i:das|dem|des|im|vom|zum|ins|beim)\s+$")
ARTICLE_REACH = 6  # characters back over "beim "


# ... or by the bodies it gathers, in the genitive plural, with its Land or region (also by a Land's short form) and
# its short form: "das Landesnetzwerk der Migrantenorganisationen Musterland (LAMUS)", "im Netzwerk der
# Migrantenvereine in Sachsen" (a Land's IQ network is named with "IQ" or by its Land alone: "Landesnetzwerk Berlin").
_GATHERED_BODIES = r"[A-ZÄÖÜ][a-zäöüß]*(?:organisationen|vereine|vereinen|verbände|verbänden|initiativen)"
_NETWORK_OF_BODIES = re.compile(
    rf"(?<![\w-])(?<!IQ\s)(?<!IQ-)(?:Landes|Bundes)?[Nn]etzwerk(?:e?s)?\s+der\s+(?P<bodies>{_GATHERED_BODIES})"
    rf"(?:\s+(?P<in>in\s+)?(?P<place>{PLACE}|[A-Z]{{2,3}}))?(?![\w-])"
    r"(?:\s*\((?P<abbr>[A-ZÄÖÜ][\w-]{1,14})\))?"
)


def networks_of_bodies(text: str) -> list[Mention]:
    out = []
    for match in _NETWORK_OF_BODIES.finditer(text) if "etzwerk" in text else ():
        if not (match.group("place") or match.group("abbr")):
            continue  # "ein Netzwerk der Migrantenorganisationen": a kind of network, no name
        end = match.end("place") if match.group("place") else match.end("bodies")
        if match.group("abbr"):
            end = match.end()
        name_end = match.end("place") if match.group("place") else match.end("bodies")
        head, rest = text[match.start() : name_end].split(maxsplit=1)
        head = re.sub(r"e?s$", "", head)  # "des Landesnetzwerks der …" is named "Landesnetzwerk der …"
        label = f"{head[:1].upper()}{head[1:]} {' '.join(rest.split())}"
        abbr = match.group("abbr")
        out.append(Mention.named(match.start(), end, "Organisation", label, text[match.start() : end], abbr))
    return out


def networks_by_attribute_and_place(text: str) -> list[Mention]:
    out = []
    for match in _NETWORK_BY_ATTRIBUTE.finditer(text):
        label = f"Netzwerk {joined(match.group('attribute')).strip()} {match.group('place')}"
        out.append(named_organisation(text, match.start(), match.end(), label))
    if "Netzwerk " not in text:
        return out
    for match in _NETWORK_BY_TOPIC.finditer(text):
        if not _ARTICLE_BEFORE.search(text, max(0, match.start() - ARTICLE_REACH), match.start()):
            continue
        words = [w for w in match.group("topic").split() if w not in ("und", "&")]
        if any(w in PLACE_NAMES or given_name_gender(w) or head_suffix(w) for w in words):
            continue
        label = f"Netzwerk {' '.join(match.group('topic').split())} {match.group('place')}"
        out.append(named_organisation(text, match.start(), match.end(), label))
    return out


_HEAD_AFTER_NAME = re.compile(
    rf"(?<![\w-])(?i:{any_of(ARTICLES + PREPOSITIONS)})\s+"
    r"(?P<name>(?P<words>(?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2})(?P<head>"
    + "|".join(HEADS_AFTER_NAMES)
    + r"))(?![\w-])"
)


def named_before_head(text: str) -> list[Mention]:
    out = []
    for match in _HEAD_AFTER_NAME.finditer(text):
        words = match.group("words").split()
        if not all(_proper_name_word(w) for w in words) or len(words) == 1 and given_name_gender(words[0]):
            continue  # "dem Petra Institut": a given name alone names no body ("Alice Salomon": a person does)
        place = _PLACE_AFTER_HEAD.match(text, match.end("name"))  # "die Leuphana Universität Lüneburg"
        end = place.end() if place else match.end("name")
        label = " ".join([*words, match.group("head"), *([place.group("place")] if place else [])])
        start = match.start("name")
        nobility = _GIVEN_NAME_AND_VON.search(text, max(0, start - GIVEN_NAMES_WINDOW), start)
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
# A part of the country by its compass point: "der IB Mitte", "die AWO Nordost" (not a time: "Mitte Mai", "Mitte 2030").
_COMPASS_REGION = (
    r"(?:(?:Nord|Süd)(?:ost|west)?|Ost|West|Mitte)(?![\w-])"
    rf"(?!\s+(?:\d|{'|'.join(MONTH_NAMES)}|des\s|der\s|dieses|nächste|kommende))"
)
_REGIONAL_UNIT = re.compile(
    rf"(?<![\w-])(?:(?P<paritaetische>(?:[Dd]er\s+|[Dd]em\s+|[Dd]en\s+|[Dd]es\s+|[Bb]eim\s+|[Vv]om\s+|[Ii]m\s+|[Zz]um\s+)Paritätischen?)"
    rf"|(?P<association>(?:{_ASSOCIATION}))(?:\s*\([A-Z]{{2,5}}\))?)"
    rf"(?:\s+|-)(?:(?P<unit>{_UNITS})\s+(?P<unit_region>{_REGION_WORDS})"
    rf"|(?P<region>{PLACE}|{REGION}|{_COMPASS_REGION}|(?P<town_shaped>[A-ZÄÖÜ][a-zäöüß]{{4,}})))(?![\w-])"
)


def regional_units_of_associations(text: str) -> list[Mention]:
    out = []
    for match in _REGIONAL_UNIT.finditer(text):
        if match.group("town_shaped") and not named_like_a_town(match.group("town_shaped")):
            continue  # "die Lebenshilfe Beispielhausen", not "die AWO Beratung"
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
        or word.lower().endswith(COMMON_NOUN_ENDINGS + _PLACE_ADJECTIVE_ENDING)
        or head_suffix(word)
    )


_PLACE_ADJECTIVE_ENDING = (
    "er",
)  # "Berliner", "Kölner": the town's adjective describes, the name is the head's


# "Senatsverwaltung Bildung, Jugend und Wissenschaft": in lists and tag lines a ministry's portfolio follows its
# head without "für"; an enumeration of two items at least, so that "Ministerium Arbeit" stays unread.
_PORTFOLIO_WITHOUT_PREPOSITION = re.compile(
    r"(?<![\w-])(?P<head>Senatsverwaltung|Staatsministerium|Ministerium)\s+"
    rf"(?P<portfolio>{ITEM}(?:\s*,\s*{ITEM})*\s+und\s+{ITEM})(?![\w-])"
)


def portfolios_without_preposition(text: str) -> list[Mention]:
    out = []
    for match in _PORTFOLIO_WITHOUT_PREPOSITION.finditer(text):
        last = text.rfind(" ", match.start(), match.end()) + 1
        if object_of_the_clause(text, match.start(), last, match.end()):
            continue  # "dass das Ministerium Verbände und Kammern eingeladen hat": the objects, no portfolio
        label = f"{match.group('head')} für {joined(match.group('portfolio'))}"
        # over the reading of the same words as a proper name after a bare head ("Ministerium Arbeit und …")
        out.append(Mention.named(match.start(), match.end(), "Ministry", label, match.group(0), priority=2))
    return out
