"""Entity mentions: where a release names an organisation, network, programme, subproject, place or person.

Recognisers propose candidate spans (gazetteer, state-network patterns, the organisation-name grammar,
quoted subproject names, personal names); the longest candidate wins an overlap, and a known name wins
a tie. Every mention carries a nominative label and a key that the resolver turns into an IRI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon
from .gazetteer import Gazetteer
from .morphology import adjective_stem, nominative
from .persons import find_persons, find_surnames, find_titled_surnames

ARTICLES = r"(?:der|die|das|des|dem|den|im|beim|vom|zum|zur|am)"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    key: str
    label: str
    surface: str
    abbreviation: str | None = None
    priority: int = 0
    gender: str | None = None  # persons: "f" / "m" where the given name tells
    generic: bool = False  # "das Netzwerk": stands for the release's main entity of that type

    @property
    def length(self) -> int:
        return self.end - self.start


_LAND = "|".join(re.escape(x) for x in sorted(lexicon.LAENDER, key=len, reverse=True))
_LAND_ADJ = "|".join(re.escape(x) for x in sorted(lexicon.LAND_ADJECTIVES, key=len, reverse=True))
_NETWORK_PATTERNS = (
    re.compile(
        rf"IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?[\s\-–]+(?:(?:in|für|aus)\s+(?:ganz\s+)?)?(?P<land>{_LAND})(?:s)?(?![\w-])"
    ),
    re.compile(rf"Regional(?:e|en|es)?\s+Netzwerk(?:es|s)?\s+IQ\s+(?:für|in)\s+(?P<land>{_LAND})(?![\w-])"),
    re.compile(rf"(?P<adj>{_LAND_ADJ})[rn]?\s+(?:IQ[\s\-]+)?Landesnetzwerk(?:es|s)?(?![\w-])"),
    re.compile(rf"(?<![\w-])IQ[\s\-]+(?P<land>{_LAND})(?![\w-])"),
    re.compile(rf"Landesnetzwerk(?:es|s)?\s+(?P<land>{_LAND})(?![\w-])"),
)
_RIN = re.compile(
    r"[Rr]egional(?:e|en|es)?\s+Integrationsnetzwerk(?:e|es|s)?\s+(?P<a>[A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ]\w+)*)"
    r"(?:\s+und\s+(?P<b>[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*))?"
)


def _stand_in(nouns: str) -> re.Pattern[str]:
    """ "das Netzwerk", "des Programms": a definite article and a noun standing for a named entity."""
    return re.compile(rf"\b(?i:{ARTICLES})\s+(?P<n>(?:{nouns}))(?![\w-])")


_GENERIC_NETWORK = _stand_in(r"IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?|(?:Landes)?[Nn]etzwerk(?:es|s)?")
_GENERIC_PROGRAMME = _stand_in(r"(?:Förderprogramm|Programm)(?:es|s)?")
_GENERIC_SUBPROJECT = _stand_in(
    r"Beratungsstelle|Anlaufstelle|Erstanlaufstelle|Servicestelle|Teilprojekt(?:es|s)?"
)
_QUOTED_SUBPROJECT = re.compile(
    r"(?P<head>(?:IQ[\s\-])?(?:"
    + "|".join(lexicon.SUBPROJECT_HEADS)
    + r"))(?:es|s|en)?\s+[„\"“»](?P<name>[^„\"“”»«\n?]{3,80})[“\"”«]"
)
_IQ_FACHSTELLE = re.compile(
    r"IQ[\s\-]+(?P<head>Fachstelle|Servicestelle|Beratungsstelle)(?:n)?\s+(?:für\s+|zu\s+)?(?P<name>(?:(?:in\s+der|im)\s+)?[A-ZÄÖÜ][\w\-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w\-]*){0,4})"
)
# "… von Fachstellen in folgenden Handlungsfeldern unterstützt: A, B, C und D."
_FACHSTELLEN_LIST = re.compile(r"\bFachstellen\b[^:.\n]{0,120}:\s*(?P<list>[^.\n]{3,300})")
_QUOTED_NAME = re.compile(
    r"[„\"“»](?P<name>(?:[A-ZÄÖÜ][\w\-]*\s+){0,4}[A-ZÄÖÜ]?[\w\-]*(?:stelle|projekt|center|zentrum)[\w]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,3})[“\"”«]"
)
_KEEP_HEAD = ("Fachstelle", "Servicestelle", "Beratungsstelle", "Anlaufstelle")


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    candidates = _gazetteer_mentions(text, gazetteer)
    candidates += _network_mentions(text, gazetteer)
    candidates += _subproject_mentions(text)
    candidates += _venue_mentions(text)
    from .organisations import find_organisations  # the grammar module imports Mention from here
    from .roles import without_role_prefix  # so does roles

    candidates += [without_role_prefix(text, m) for m in find_organisations(text)]
    chosen = select(candidates)
    chosen += _person_mentions(text, chosen)
    chosen += _generic_mentions(text, chosen, gazetteer)
    return sorted(select(chosen), key=lambda m: (m.start, m.end))


def select(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then the higher priority (known names)."""
    taken: list[Mention] = []
    for m in sorted(candidates, key=lambda m: (-m.length, -m.priority, m.start, m.key)):
        if not any(m.start < t.end and t.start < m.end for t in taken):
            taken.append(m)
    return taken


_TRAILING_ABBREVIATION = re.compile(r"\s*[„\"“]?\((?P<abbr>[^()\s]{2,12})\)[“\"”]?")


def _gazetteer_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for start, end, known in gazetteer.find(text):
        abbreviation = known.name if known.is_abbreviation else None
        trailing = _TRAILING_ABBREVIATION.match(text, end)
        if (
            trailing and not abbreviation
        ):  # "Europäischen Sozialfonds (ESF)" is one mention with its abbreviation
            abbreviation, end = trailing.group("abbr"), trailing.end()
        out.append(Mention(start, end, known.type, known.key, known.label, text[start:end], abbreviation, 3))
    return out


def _network_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for pattern in _NETWORK_PATTERNS:
        for match in pattern.finditer(text):
            land = match.group("land") if "land" in match.groupdict() and match.group("land") else None
            land = land or lexicon.LAND_ADJECTIVES.get(match.groupdict().get("adj") or "", "")
            if not land:
                continue
            key = gazetteer.land_networks.get(land, "statenetwork:" + land.lower())
            surface = match.group(0)
            out.append(
                Mention(
                    match.start(),
                    match.end(),
                    "StateNetwork",
                    key,
                    _network_label(surface, land),
                    surface,
                    priority=2,
                )
            )
    for match in _RIN.finditer(text):
        for group in ("a", "b"):
            city = match.group(group)
            if city:
                label = f"Regionales Integrationsnetzwerk {city}"
                start, end = (match.start(), match.end("a")) if group == "a" else match.span("b")
                out.append(
                    Mention(
                        start,
                        end,
                        "StateNetwork",
                        "statenetwork:rin " + city.lower(),
                        label,
                        text[start:end],
                        priority=2,
                    )
                )
    return out


def _network_label(surface: str, land: str) -> str:
    """Nominative label of a network as named: "IQ Netzwerkes in Baden-Württemberg" -> "IQ Netzwerk Baden-Württemberg"."""
    words = re.sub(r"[\s\-–]+", " ", surface[: surface.rfind(land)]).split()
    if words and (words[0] in lexicon.LAND_ADJECTIVES or words[0][:-1] in lexicon.LAND_ADJECTIVES):
        return f"IQ Landesnetzwerk {land}"
    if words and words[-1] in ("in", "aus", "ganz"):
        words = [w for w in words if w not in ("in", "aus", "ganz")]
    return f"{nominative(' '.join(words))} {land}"


def _subproject_mentions(text: str) -> list[Mention]:
    out = []
    for match in _QUOTED_SUBPROJECT.finditer(text):
        head, name = match.group("head"), match.group("name").strip()
        label = f"{head} „{name}“" if head.split()[-1] in _KEEP_HEAD else name
        out.append(_subproject(match, label, text))
    for match in _IQ_FACHSTELLE.finditer(text):
        if match.group("name").split()[0] not in lexicon.NOT_NAMES or match.group("name").startswith(
            ("in der", "im")
        ):
            out.append(_subproject(match, f"IQ {match.group('head')} {match.group('name')}", text))
    for match in _FACHSTELLEN_LIST.finditer(text):
        out += _enumerated_fachstellen(match)
    for match in _QUOTED_NAME.finditer(text):
        name = match.group("name")
        words = name.split(" ")
        label = " ".join(
            [(adjective_stem(w) or w) + "e" if adjective_stem(w) else w for w in words[:1]] + words[1:]
        )
        out.append(
            Mention(
                match.start(),
                match.end(),
                "Subproject",
                "subproject:" + label.lower(),
                label,
                match.group(0),
                priority=1,
            )
        )
    return out


_VENUE = re.compile(
    r"\b(?:im|in\s+der|in\s+dem|in\s+den\s+(?:\w+\s+)?Räumlichkeiten\s+der)\s+"
    r"(?P<venue>(?:[A-ZÄÖÜ]\w*\s+){0,2}[A-ZÄÖÜ]\w*(?:saal|zentrum|schule|haus|halle|rathaus|hotel|museum|kirche|gebäude|palais|bibliothek)(?:e|es|s|n)?"
    r"(?:\s+(?!in\b)[A-ZÄÖÜ][\w-]+){0,2})(?:\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+))?"
)


def _venue_mentions(text: str) -> list[Mention]:
    """ "im Kursaal Bad Cannstatt", "im Wissenschaftszentrum in Kiel": the venue of an event, a place."""
    out = []
    for match in _VENUE.finditer(text):
        venue = match.group("venue")
        words = venue.split()
        if words[-1] in lexicon.NOT_NAMES:
            continue
        label = nominative(venue)
        if match.group("city") and match.group("city") in lexicon.CITIES and len(words) == 1:
            label = f"{label} {match.group('city')}"  # a bare "Wissenschaftszentrum" is named by its city
        start, end = match.span("venue")
        out.append(Mention(start, end, "Place", "place:" + label.lower(), label, venue, priority=1))
    return out


def _enumerated_fachstellen(match: re.Match[str]) -> list[Mention]:
    """Each item of an enumeration of Fachstellen (their fields) is one IQ Fachstelle."""
    items = re.split(r"\s*,\s*|\s+und\s+(?=[A-ZÄÖÜ][\w\-]*\s*$)", match.group("list").strip())
    out = []
    pos = match.start("list")
    for item in items:
        item = item.strip()
        if not item or not item[0].isupper() or len(item.split()) > 5:
            return []  # not a plain enumeration of names
        start = match.string.index(item, pos)
        pos = start + len(item)
        label = f"IQ Fachstelle {item}"
        out.append(Mention(start, pos, "Subproject", "subproject:" + label.lower(), label, item, priority=1))
    return out


def _subproject(match: re.Match[str], label: str, text: str) -> Mention:
    return Mention(
        match.start(),
        match.end(),
        "Subproject",
        "subproject:" + label.lower(),
        label,
        match.group(0),
        priority=1,
    )


def _person_mentions(text: str, chosen: list[Mention]) -> list[Mention]:
    blocked = [(m.start, m.end) for m in chosen]
    people = find_persons(text, blocked)
    blocked += [(p.start, p.end) for p in people]
    people += find_titled_surnames(text, people, blocked)
    blocked += [(p.start, p.end) for p in people]
    people += find_surnames(text, people, blocked)
    return [
        Mention(p.start, p.end, "Person", p.key, p.label, text[p.start : p.end], priority=2, gender=p.gender)
        for p in people
    ]


def _generic_mentions(text: str, chosen: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "das Netzwerk", "das Programm": the release's main network or programme, where it has one."""
    network = main_entity(chosen, "StateNetwork")
    iq = next((m for m in chosen if m.key == gazetteer.programme_key), None)
    programme = iq or main_entity(chosen, "Programme")
    subproject = main_entity(chosen, "Subproject")
    return [
        *_stand_ins(network, _GENERIC_NETWORK, text),
        *_stand_ins(programme, _GENERIC_PROGRAMME, text),
        *_stand_ins(subproject, _GENERIC_SUBPROJECT, text),
    ]


def _stand_ins(entity: Mention | None, pattern: re.Pattern[str], text: str) -> list[Mention]:
    if entity is None:
        return []
    return [
        replace(entity, start=m.start("n"), end=m.end("n"), surface=m.group("n"), generic=True, priority=0)
        for m in pattern.finditer(text)
    ]


def main_entity(mentions: list[Mention], type_: str) -> Mention | None:
    """The entity of a type a release names most often (first named on a tie)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type == type_ and not m.generic:
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best]
