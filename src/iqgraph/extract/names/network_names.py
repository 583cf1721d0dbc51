"""The names of IQ state networks: the network of a Land in the many ways writers name it.

"IQ Netzwerk Sachsen", "des IQ-Landesnetzwerks Hessen", "Netzwerk IQ Thüringen", "das sächsische IQ-Netzwerk",
"die IQ-Netzwerke Bayern und Hessen", the regional networks from 2023 on ("RIN Leipzig"), and "das IQ-Netzwerk"
in a text that names its Land elsewhere. Each is keyed to the Land's network of the reference data, labelled
in the nominative as written (the head the writer uses, then the Land).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..lexicon.places import PLACE_NAMES
from ..text.morphology import nominative, noun_nominative
from ..text.spans import TRAILING_ABBREVIATION, Mention
from .gazetteer import Gazetteer
from .land_of_the_text import LAND, land_the_text_names

__all__ = ["find_network_mentions", "network_of_the_land"]

_LAND = LAND.pattern
_LAND_ADJ = "|".join(re.escape(x) for x in sorted(lexicon.LAND_ADJECTIVES, key=len, reverse=True))


def _inflected(adjective: str) -> str:
    """ "Sächsische" -> "[Ss]ächsisch(?:e|en|er|es)" (in prose the adjective is small: "das sächsische Netzwerk");
    "Thüringer" stays as it is."""
    if not adjective.endswith("sche"):
        return re.escape(adjective)
    first, rest = adjective[0], adjective[1:-1]
    return f"[{first}{first.lower()}]{re.escape(rest)}(?:e|en|er|es)"


_ADJECTIVE_FORMS = {_inflected(a): land for a, land in lexicon.LAND_ADJECTIVES.items()}
_ANY_ADJECTIVE = "|".join(sorted(_ADJECTIVE_FORMS, key=len, reverse=True))
# The programme's name spelt out, perhaps with its short form before or after a dash, in quotes or not:
# "„Integration durch Qualifizierung“", "Integration durch Qualifizierung (IQ)", "„IQ – Integration durch
# Qualifizierung“", "„Integration durch Qualifizierung – IQ“".
_PROGRAMME_SPELT_OUT = r"[„\"]?(?:IQ\s*[–-]\s*)?Integration\s+durch\s+Qualifizierung(?:\s*[–-]\s*IQ|\s*\(IQ\))?[“\"]?(?:\s*\(IQ\))?"
_NETWORK_PATTERNS = (
    re.compile(
        rf"IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?[\s\-–]+(?:(?:in|für|aus)\s+(?:ganz\s+)?)?(?P<land>{_LAND})(?:s)?(?![\w-])"
    ),
    re.compile(rf"Regional(?:e|en|es)?\s+Netzwerk(?:es|s)?\s+IQ\s+(?:für|in)\s+(?P<land>{_LAND})(?![\w-])"),
    re.compile(rf"(?P<adj>{_LAND_ADJ})[rn]?\s+(?:IQ[\s\-]+)?Landesnetzwerk(?:es|s)?(?![\w-])"),
    re.compile(rf"(?<![\w-])IQ[\s\-]+(?P<land>{_LAND})(?![\w-])"),
    re.compile(rf"Landesnetzwerk(?:es|s)?\s+(?P<land>{_LAND})(?![\w-])"),
    # the programme's name spelt out: "Landesnetzwerk „Integration durch Qualifizierung“ für Bremen"
    re.compile(
        rf"(?<![\w-])(?:Landes)?[Nn]etzwerk(?:es|s)?\s+(?P<programme>{_PROGRAMME_SPELT_OUT})"
        rf"\s+(?:(?:in|für)\s+)?(?P<land>{_LAND})(?![\w-])"
    ),
    # the head before the programme's short name: "das Netzwerk IQ Sachsen", "des Landesnetzwerks IQ in Bremen",
    # "das Regionalnetzwerk IQ Saarland"
    re.compile(
        rf"(?<![\w-])(?:Landes|Regional)?[Nn]etzwerk(?:es|s)?[\s\-–]+IQ[\s\-–]+(?:(?:in|für|aus)\s+)?(?P<land>{_LAND})(?![\w-])"
    ),
)
# A Land's adjective before an IQ network: "das sächsische IQ-Netzwerk", "im hessischen Netzwerk IQ", "des
# Thüringer IQ Landesnetzwerks" (without "IQ" an adjective's "Netzwerk" may be any network of the Land).
_ADJECTIVE_NETWORK = re.compile(
    rf"(?<![\w-])(?P<adj>{_ANY_ADJECTIVE})\s+(?P<head>IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?"
    rf"|(?:Landes)?[Nn]etzwerk(?:es|s)?[\s\-–]+IQ(?![\w-])"
    rf"|(?:Landes)?[Nn]etzwerk(?:es|s)?\s+(?P<programme>{_PROGRAMME_SPELT_OUT}))(?![\w-])"
)
# Several Länder's networks named by one plural head: "die IQ-Netzwerke Bayern und Hessen", "der IQ
# Landesnetzwerke in Sachsen, Thüringen und Sachsen-Anhalt".
_COORDINATED_NETWORKS = re.compile(
    r"(?<![\w-])(?P<head>IQ[\s\-–]*(?:Landes)?[Nn]etzwerk|(?:Landes)?[Nn]etzwerk(?=en?[\s\-–]+IQ))e(?P<iq>n?[\s\-–]+IQ)?n?"
    rf"\s+(?:(?:in|aus)\s+)?(?P<lands>(?:{_LAND})(?:(?:\s*,\s*|\s+(?:und|sowie)\s+)(?:{_LAND}))+)(?![\w-])"
)
_ONE_LAND = re.compile(rf"(?:{_LAND})(?![\w-])")
# A Land of a coordination is first of all its network's (the Land stays a place: the network is located there).
_BEFORE_THE_PLACE = 4
_RIN = re.compile(
    r"(?:[Rr]egional(?:e|en|es)?\s+(?:IQ[\s\-]*)?Integrationsnetzwerk(?:(?P<plural>e)|es|s)?(?:\s*\(RIN\))?|(?<![\w-])RIN"
    # without "Regional" only with the programme's name: "das IQ-Integrationsnetzwerk X", "Integrationsnetzwerk IQ X"
    r"|(?<![\w-])(?P<iq_head>IQ[\s\-–]*Integrationsnetzwerk|Integrationsnetzwerk(?=(?:es|s)?\s+IQ\s))(?:es|s)?)\s+"
    rf"(?:(?P<where>in|für)\s+(?=(?:{_LAND})(?![\w-])))?(?P<a>(?:IQ\s+)?[A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ]\w+)*(?:\s[-–]\s(?:Nord|Süd|Ost|West|Mitte)\w*(?![\w-]))?)"
    r"(?:\s+und\s+(?P<b>[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*))?"
)
_PART_NETWORK_NEXT = re.compile(r"\s+plus\s")


def find_network_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for pattern in _NETWORK_PATTERNS:
        for match in pattern.finditer(text):
            land = match.group("land") if "land" in match.groupdict() and match.group("land") else None
            land = land or lexicon.LAND_ADJECTIVES.get(match.groupdict().get("adj") or "", "")
            if land:
                label = _network_label(match.group(0), land)
                out.append(_network(gazetteer, land, match.start(), match.end(), label, match.group(0)))
    out += _adjective_networks(text, gazetteer) + _coordinated_networks(text, gazetteer)
    return out + _regional_integration_networks(text) + _networks_of_a_region(text)


def _network(gazetteer: Gazetteer, land: str, start: int, end: int, label: str, surface: str) -> Mention:
    key = gazetteer.land_networks.get(land, "statenetwork:" + land.lower())
    return Mention(start, end, "StateNetwork", key, label, surface, priority=2)


def _adjective_networks(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """ "das sächsische IQ-Netzwerk" -> "IQ Netzwerk Sachsen": the head as written, the Land after it."""
    out = []
    for match in _ADJECTIVE_NETWORK.finditer(text):
        land = next(land for form, land in _ADJECTIVE_FORMS.items() if re.fullmatch(form, match["adj"]))
        head = match["head"]
        # "das Thüringer Netzwerk „Integration durch Qualifizierung“": the Land's IQ network
        label = (
            f"IQ {noun_nominative(head.split()[0])} {land}"
            if match["programme"]
            else f"{_head_label(head)} {land}"
        )
        out.append(_network(gazetteer, land, match.start(), match.end(), label, match.group(0)))
    return out


def _coordinated_networks(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """ "die IQ-Netzwerke Bayern und Hessen" -> "IQ Netzwerk Bayern", "IQ Netzwerk Hessen": one per Land."""
    out = []
    for match in _COORDINATED_NETWORKS.finditer(text):
        head = _head_label(match["head"]) + (" IQ" if match["iq"] else "")
        for land in _ONE_LAND.finditer(text, match.start("lands"), match.end("lands")):
            mention = _network(gazetteer, land[0], land.start(), land.end(), f"{head} {land[0]}", land[0])
            out.append(replace(mention, priority=_BEFORE_THE_PLACE))
    return out


def _head_label(head: str) -> str:
    """ "IQ-Landesnetzwerks" -> "IQ Landesnetzwerk", "Netzwerkes IQ" -> "Netzwerk IQ"."""
    return " ".join(noun_nominative(w) if w != "IQ" else w for w in re.split(r"[\s\-–]+", head))


def _regional_integration_networks(text: str) -> list[Mention]:
    out = []
    for match in _RIN.finditer(text):
        if _PART_NETWORK_NEXT.match(text, match.end("a")):
            continue  # "Regionale Integrationsnetzwerke MigraNet plus A und B": the part networks' own names follow
        if match.group("plural") and match.group("where"):
            continue  # "die Regionalen Integrationsnetzwerke in Sachsen": where several work, none's name
        for group in ("a", "b"):
            city = match.group(group)
            if city:
                head = (
                    _head_label(match["iq_head"]) if match["iq_head"] else "Regionales Integrationsnetzwerk"
                )
                label = f"{head} {city}"
                start, end = (match.start(), match.end("a")) if group == "a" else match.span("b")
                # the same network with and without "IQ": "… IQ Musterland", "… Musterland"
                key = "statenetwork:rin " + city.lower().removeprefix("iq ")
                abbr = TRAILING_ABBREVIATION.match(text, end)
                short = None
                if abbr and group == "a":
                    short, end = abbr.group("abbr"), abbr.end()
                out.append(
                    Mention(start, end, "StateNetwork", key, label, text[start:end], short, priority=2)
                )
    return out


# An IQ network named by a region or town, not by a Land: the regional networks of the first years and from 2023
# on ("das IQ Netzwerk Nordhessen", "des Regionalen IQ-Netzwerks Leipzig", "Netzwerk IQ NRW-West", "das
# IQ-Netzwerk Region Hannover"). The region must be a known place, a Land's short form with its compass part,
# or "Region" and a name; a Land's own network is read above.
_REGION_NETWORK = re.compile(
    r"(?<![\w-])(?:(?P<regional>[Rr]egional(?:e|en|es)?)\s+)?"
    r"(?P<head>IQ[\s\-–]*(?:Landes|Regional)?[Nn]etzwerk(?:es|s)?|(?:Regional)?[Nn]etzwerk(?:es|s)?[\s\-–]+IQ)"
    r"[\s\-–]+(?P<region>Region\s+[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*|[A-ZÄÖÜ]{2,4}\s?[-–]\s?(?:Nord|Süd|Ost|West|Mitte)(?![\w-])"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])"
)
_COMPASS_PART = re.compile(r"\s?[-–]\s?(?:Nord|Süd|Ost|West|Mitte)$")


def _networks_of_a_region(text: str) -> list[Mention]:
    """ "das IQ Netzwerk Nordhessen" -> "IQ Netzwerk Nordhessen", keyed as the region's integration network
    ("RIN Nordhessen" in the same text is the same network)."""
    out = []
    for match in _REGION_NETWORK.finditer(text):
        region = match["region"]
        if not _names_a_region(region):
            continue
        region = re.sub(r"\s?[-–]\s?", "-", region) if _COMPASS_PART.search(region) else region
        head = _head_label(match["head"])
        label = f"Regionales {head} {region}" if match["regional"] else f"{head} {region}"
        key = "statenetwork:rin " + region.lower()
        out.append(
            Mention(match.start(), match.end(), "StateNetwork", key, label, match.group(0), priority=2)
        )
    return out


def _names_a_region(region: str) -> bool:
    """A region or town and not a Land ("Nordhessen", "Leipzig", "Ostwestfalen-Lippe", "NRW-West", "Region X")."""
    if region.startswith("Region ") or _COMPASS_PART.search(region):
        return True
    first = region.split("-")[0]
    return region not in lexicon.LAENDER and first not in lexicon.LAENDER and first in PLACE_NAMES


def _network_label(surface: str, land: str) -> str:
    """Nominative label of a network as named: "IQ Netzwerkes in Baden-Württemberg" -> "IQ Netzwerk Baden-Württemberg"."""
    if "Qualifizierung" in surface:  # the programme spelt out keeps its words: only the head is declined
        head, rest = surface.split(maxsplit=1)
        return f"{noun_nominative(head)} {' '.join(rest.split())}"
    words = re.sub(r"[\s\-–]+", " ", surface[: surface.rfind(land)]).split()
    if words and (words[0] in lexicon.LAND_ADJECTIVES or words[0][:-1] in lexicon.LAND_ADJECTIVES):
        return f"IQ Landesnetzwerk {land}"
    if words and words[-1] in ("in", "aus", "ganz"):
        words = [w for w in words if w not in ("in", "aus", "ganz")]
    return f"{nominative(' '.join(words))} {land}"


# "das IQ-Netzwerk", "des IQ Landesnetzwerks", "das Landesnetzwerk IQ" ("das Netzwerk IQ" alone is also the
# programme's name of its first years)
_BARE_IQ_NETWORK = re.compile(
    r"(?<![\w-])(?:IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?|Landesnetzwerk(?:es|s)?[\s\-–]+IQ)(?![\w-])"
)


def network_of_the_land(text: str, chosen: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """ "das IQ-Netzwerk" in a text that names no network: the network of the Land the text names, or of the one
    it names most often where it names several (the gold convention: a network named without its Land takes
    the Land from the text)."""
    bare = _BARE_IQ_NETWORK.search(text)
    land = land_the_text_names(chosen) if bare else None
    if bare is None or land is None:
        return None
    key = gazetteer.land_networks.get(land, "statenetwork:" + land.lower())
    return Mention(
        bare.start(), bare.end(), "StateNetwork", key, f"{_head_label(bare[0])} {land}", bare[0], priority=2
    )
