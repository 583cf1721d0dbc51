"""Services and units named by their town or region, or by the programme they belong to.

    SERVICE := "die Anerkennungsberatung Gera", "IQ Servicestelle Frankfurt am Main", "die Mobile
               Anerkennungsberatung Brandenburg", "die Migrationsberatung für Erwachsene (MBE)"
    IQ UNIT := "die IQ Qualifizierungsbegleitung Koblenz", "das IQ-Mentoring Passau", "die IQ Fachstellen
               Einwanderung und Fachkräftesicherung"
    WELCOME := "das Welcome Center Rostock", "beim Welcome Centre Rhein-Neckar"
    STYLED PLACE := "das Projekt KOMPASS Kiel": the town after a styled name is the name's
    PROGRAMME := "die Fachstelle Einwanderung im Förderprogramm IQ": a unit the programme runs nationwide; named
               without "IQ" it is the programme's only in a release about the programme

A town or region is one of the lists, or a hyphenated name made of them, rivers and compass words
("Rhein-Neckar", "Bremen-Nord"); a word of time ("Mitte Mai") is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...lexicon.names import SERVICE_HEAD_ENDINGS
from ...lexicon.places import LAENDER, REGIONS
from ...lexicon.projects import (
    ABSTRACT_NOUN_ENDINGS,
    COMPASS_WORDS,
    FINITE_AUXILIARIES,
    IQ_UNIT_HEAD_ENDINGS,
    NAME_FORMING_ADJECTIVES,
    NOT_SERVICE_OFFICE_PARTS,
    REGION_NAME_PARTS,
    SERVICE_UNIT_HEAD_ENDINGS,
    SERVICE_VERBS,
    TIME_WORDS,
)
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from .name_parts import (
    IN_A_NAME,
    at_sentence_starts,
    before_a_carrier,
    before_a_person,
    before_a_time,
    names_people,
)

# "die Anerkennungsberatung Gera": a counselling service named by its town; "die Migrationsberatung für
# Erwachsene (MBE)", "… für erwachsene Zugewanderte (MBE)": one named by what it serves and an abbreviation of its own.
# "Anerkennungs- und Qualifizierungsberatung Kiel": a suspended compound before the service's word is its name's.
_SERVICE = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-[ \xa0]+(?:und|oder)[ \xa0]+)?[A-ZÄÖÜ][a-zäöüß]+(?:"
    + "|".join(SERVICE_HEAD_ENDINGS)
    + ")"
)
# Offices of counselling a unit is named by with its topic and town ("Beratungsstelle Anerkennung Kiel", "die
# Lotsenstelle Mittelhessen", "die Clearingstelle Anerkennung Celle"); not any "…stelle" ("Geschäftsstelle Kiel" is a
# body's office, an "Anerkennungsstelle" the authority that decides).
_SERVICE_OFFICE = (
    r"(?:Beratungs|Service|Anlauf|Erstanlauf|Informations|Info|Kontakt|Lotsen|Clearing|Willkommens)stelle"
)
# The town or region a unit is named by: "Kiel", "Frankfurt am Main", "Halle (Saale)", "Region Hannover",
# "Rhein-Neckar", "Bremen-Nord".
_RIVER_PART = "|".join(sorted(REGION_NAME_PARTS))
_RIVER_OF_A_TOWN = (
    rf"(?:[^\S\n]+am[^\S\n]+(?:{_RIVER_PART})|[^\S\n]+an[^\S\n]+der[^\S\n]+[A-ZÄÖÜ]\w+"
    rf"|[^\S\n]+\((?:{_RIVER_PART})\))(?![\w-])"
)
_COMPASS_PART = rf"[^\S\n]+(?:{'|'.join(COMPASS_WORDS)})(?![\w-])"  # "Thüringen Ost"
_TOWN_OR_REGION = (
    rf"(?P<town>(?:Region[^\S\n]+)?(?P<base>[A-ZÄÖÜ][\w\-]+)(?:{_RIVER_OF_A_TOWN}|{_COMPASS_PART})?)"
)
# "IQ" before the service's word is its name's ("die IQ Anerkennungs- und Qualifizierungsberatung Gera"); a topic
# may stand between the service and its town ("die Erstberatung Anerkennung Cottbus", "die Beratungsstelle
# Anerkennung Kiel", "die Servicestelle Fachkräfteeinwanderung Südhessen").
_TOPIC = rf"[A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(ABSTRACT_NOUN_ENDINGS)})"
_SERVICE_OF_A_TOWN = re.compile(
    rf"(?<![\w-])(?P<name>(?:IQ[ \-])?(?:{_SERVICE}|{_SERVICE_OFFICE})(?:\s+{_TOPIC})?\s+{_TOWN_OR_REGION})(?![\w-])"
)
_SERVICE_WITH_ABBREVIATION = re.compile(
    rf"(?<![\w-])(?P<name>{_SERVICE}(?:\s+(?:für|von)\s+(?:[a-zäöüß]{{3,}}(?:e|en|er)\s+)?[A-ZÄÖÜ]\w+)?)"
    r"\s+\((?P<abbr>[A-ZÄÖÜ][A-ZÄÖÜa-z]{1,6})\)"
)
_TOWNS = lexicon.GERMAN_PLACES | lexicon.AMBIGUOUS_TOWNS | set(lexicon.CITIES) | REGIONS
# "die IQ Qualifizierungsbegleitung Koblenz", "das IQ-Mentoring Passau": an IQ unit named by its kind and its town.
_IQ_UNIT_OF_A_TOWN = re.compile(
    r"(?<![\w-])(?P<name>IQ[\s\-]+(?=[A-ZÄÖÜ])[a-zäöüßA-ZÄÖÜ]*?(?i:" + "|".join(IQ_UNIT_HEAD_ENDINGS) + r")"
    rf"[^\S\n]+{_TOWN_OR_REGION})(?![\w-])"
)


# "von der IQ Anerkennungsberatung, die der Verein X betreibt", "Die IQ-Qualifizierungsberatung ist …": the
# programme's word before a topic compound of a service names the unit where no name, town or link follows (those
# the IQ unit rules read); the bare compound ("die IQ Beratung") and a plural are no unit's name.
_BARE_IQ_SERVICE = re.compile(
    r"(?<![\w-])IQ[ \-](?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}(?:beratung|coaching|begleitung|mentoring))(?![\w-])"
    r"(?![^\S\n]*[„\"»(]|[^\S\n]+(?:[A-ZÄÖÜ]|(?:für|zur|zum|zu|in|im|von|der|des)(?![\w-])))"
)


def bare_iq_services(text: str) -> list[Mention]:
    """From the head on: the programme's word before it still names the programme."""
    return [
        Mention.named(m.start("head"), m.end(), "Subproject", f"IQ {m.group('head')}", m.group("head"))
        for m in _BARE_IQ_SERVICE.finditer(text)
    ] + _iq_services_in_a_town(text)


# "die IQ Anerkennungsberatung in Lüneburg", "bei der IQ-Servicestelle in Cottbus": an IQ service (one, not a plural)
# and the town it works in, which names it as in "IQ Anerkennungsberatung Lüneburg" (a Land is where it works).
_IQ_SERVICE_IN_A_TOWN = re.compile(
    r"(?<![\w-])IQ[ \-](?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}(?:beratung|stelle|zentrum|begleitung|coaching|mentoring))"
    r"[^\S\n]+in[^\S\n]+(?P<town>[A-ZÄÖÜ][\w\-]+)(?![\w-])"
)


def _iq_services_in_a_town(text: str) -> list[Mention]:
    return [
        Mention.named(m.start(), m.end(), "Subproject", f"IQ {m.group('head')} {m.group('town')}", m.group(0))
        for m in _IQ_SERVICE_IN_A_TOWN.finditer(text)
        if m.group("town") in _TOWNS and m.group("town") not in LAENDER
    ]


# "das Welcome Center Rostock", "beim Welcome Centre Rhein-Neckar", "das Welcome Desk Hof": a welcome service named by
# its English head and the town or region it serves (the bare head alone is as often a kind of office as a name).
_WELCOME_SERVICE = re.compile(
    rf"(?<![\w-])Welcome[\s\-]+(?P<head>Cent(?:er|re)|Desk|Point|Office|Hub|Service)[^\S\n]+{_TOWN_OR_REGION}(?![\w-])"
)


# "das Welcome Center der Stadt Kassel", "beim Welcome Center des Vereins X": the bare head with its carrier in the
# genitive names the carrier's one welcome service.
_WELCOME_SERVICE_OF_A_BODY = re.compile(
    r"(?<![\w-])Welcome[\s\-]+(?P<head>Cent(?:er|re)|Desk|Point|Office|Hub|Service)(?=[^\S\n]+(?:der|des)[^\S\n]+[A-ZÄÖÜ])"
)


def welcome_services(text: str) -> list[Mention]:
    return [
        Mention.named(
            m.start(), m.end(), "Subproject", f"Welcome {m.group('head')} {m.group('town')}", m.group(0)
        )
        for m in _WELCOME_SERVICE.finditer(text)
        if _names_a_place(m.group("base"))
    ] + [
        Mention.named(m.start(), m.end(), "Subproject", f"Welcome {m.group('head')}", m.group(0))
        for m in _WELCOME_SERVICE_OF_A_BODY.finditer(text)
    ]


# "das Projekt KOMPASS Kiel", "im Projekt ProBeruf Sachsen": the town or region after a styled name is its own.
_PLACE_OF_A_STYLED_NAME = re.compile(rf"[^\S\n]+{_TOWN_OR_REGION}(?![\w-])")


def styled_with_its_place(text: str, m: re.Match[str]) -> Mention:
    place = _PLACE_OF_A_STYLED_NAME.match(text, m.end())
    if place is None or not _names_a_place(place.group("base")):
        return Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0))
    label = f"{m.group('name')} {' '.join(place.group('town').split())}"
    return Mention.named(m.start(), place.end(), "Subproject", label, text[m.start() : place.end()])


def _names_a_place(word: str) -> bool:
    """A town or region of the lists, or a hyphenated name made of them, rivers and compass words ("Rhein-Neckar",
    "Ostwestfalen-Lippe", "Bremen-Nord")."""
    parts = word.split("-")
    if word in TIME_WORDS:  # "Mitte Mai" is a time, not Berlin's district
        return False
    return (
        word in _TOWNS
        or word in LAENDER
        or all(part in _TOWNS or part in REGION_NAME_PARTS or part in LAENDER for part in parts)
    )


_IQ_HYPHEN = re.compile(r"^IQ-")  # "IQ-Anerkennungsberatung Gera" is named "IQ Anerkennungsberatung Gera"


# "die Mobile Anerkennungsberatung Brandenburg", "der Zentralen Anerkennungsberatung Kiel": an adjective written
# with a capital between an article and the service is its name's (at a sentence's start any word is capitalised);
# named in the nominative, "Zentrale": the service's noun is feminine ("…beratung") or neuter ("…coaching").
_CAPITALISED_ADJECTIVE_AFTER_AN_ARTICLE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine[rnms]?|im|beim|zur|zum|vom|am)[^\S\n]+"
    r"(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+e[nr]?)[^\S\n]+$"
)
_REACH_BACK_TO_AN_ARTICLE = 40  # characters before the service: an article and one adjective


def _with_its_adjective(text: str, m: Mention) -> Mention:
    found = _CAPITALISED_ADJECTIVE_AFTER_AN_ARTICLE.search(
        text, max(0, m.start - _REACH_BACK_TO_AN_ARTICLE), m.start
    )
    if found is None or not _an_adjective(found.group("adjective")):
        return m  # "die Projekte Anerkennungslotsen Kiel": a plural noun, no adjective
    start = found.start("adjective")
    adjective = found.group("adjective")
    adjective = adjective[:-1] if adjective.endswith(("en", "er")) else adjective  # "der Zentralen …"
    return Mention.named(start, m.end, m.type, f"{adjective} {m.label}", text[start : m.end])


def _an_adjective(word: str) -> bool:
    """ "Zentralen", "Mobile": an adjective's form (of the adjectives that form names too), not a plural noun."""
    return (
        adjective_stem(word) is not None
        or word.lower().rstrip("nr").removesuffix("e") in NAME_FORMING_ADJECTIVES
    )


_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+e)[^\S\n]+$")


def _with_the_adjective_named_elsewhere(text: str, services: list[Mention]) -> list[Mention]:
    """ "Mobile Anerkennungsberatung Gera startet" (a headline) names the "Mobile Anerkennungsberatung Gera" the
    text names after an article: a capitalised word opening a sentence is the name's where the text says so."""
    with_adjective = {m.label for m in services}
    out = []
    for m in services:
        before = _WORD_BEFORE.search(text, max(0, m.start - _REACH_BACK_TO_AN_ARTICLE), m.start)
        if before is not None and f"{before.group('adjective')} {m.label}" in with_adjective:
            start = before.start("adjective")
            m = Mention.named(
                start, m.end, m.type, f"{before.group('adjective')} {m.label}", text[start : m.end]
            )
        out.append(m)
    return out


def named_services(text: str) -> list[Mention]:
    services = [(m, _IQ_HYPHEN.sub("IQ ", m.group("name"))) for m in _SERVICE_OF_A_TOWN.finditer(text)]
    of_a_town = [*services, *((m, m.group("name")) for m in _IQ_UNIT_OF_A_TOWN.finditer(text))]
    out = [
        _with_its_adjective(text, Mention.named(m.start(), m.end(), "Subproject", label, m.group(0)))
        for m, label in of_a_town
        if _names_a_place(m.group("base"))
    ]
    out = _with_the_adjective_named_elsewhere(text, out)
    return out + [
        Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0), m.group("abbr"))
        for m in _SERVICE_WITH_ABBREVIATION.finditer(text)
        if m.group("abbr")[0] == m.group("name")[0]
    ]


# The units the programme itself runs nationwide, named "IQ Fachstelle X". Named without "IQ" ("die Fachstelle
# Einwanderung"), one is the programme's in a release about the programme that names no network of a Land; in a
# network's release it may as well be one of the network's own units, and is left unnamed.
_PROGRAMME_UNIT_HEADS = ("Fachstelle ",)


# "die Fachstelle Einwanderung im Förderprogramm IQ", "von der Fachstelle Anerkennung des Förderprogramms
# „Integration durch Qualifizierung“", "der Fachstelle X des IQ-Programms": a unit the programme's name places in it
# (from the head on, wherever it stands: after "IQ-" the label is the same).
_UNIT_OF_THE_PROGRAMME = re.compile(
    r"(?P<name>Fachstelle\s+[A-ZÄÖÜ][\w\-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w\-]*){0,3})\s+(?:im|des)\s+"
    r"(?:IQ[\s\-]+(?:Förder)?[Pp]rogramms?(?![\w-])"
    r"|(?:Förder)?[Pp]rogramms?\s+(?:IQ(?![\w-])|[„\"“»]?Integration\s+durch\s+Qualifizierung))"
)


# "die Fachstelle Interkulturelle Kompetenzentwicklung und Antidiskriminierung", "der Fachstelle Einwanderung
# (FE)": a Fachstelle named by its field alone; `programme_units` names it the programme's in a release about the
# programme and drops it in a network's.
_FACHSTELLE_BY_ITS_FIELD = re.compile(
    r"(?<![\w-])(?<!IQ )(?P<name>Fachstelle[^\S\n]+[A-ZÄÖÜ][\w\-]*(?:[^\S\n]+(?:(?:und|der|des|für)[^\S\n]+)?[A-ZÄÖÜ][\w\-]*){0,4})"
    r"(?![\w-])(?:[^\S\n]+\((?P<abbr>[A-ZÄÖÜ][\w\-]{1,9})\))?"
)


def units_of_the_programme(text: str) -> list[Mention]:
    out = [
        replace(
            Mention.named(m.start(), m.end("name"), "Subproject", f"IQ {name}", name),
            alias=name,
        )
        for m in _UNIT_OF_THE_PROGRAMME.finditer(text)
        for name in [" ".join(m.group("name").split())]
    ]
    placed = {m.start for m in out}  # "die Fachstelle X im Förderprogramm IQ" is named so
    return out + [
        # a name cut before its owner ("… des IQ Netzwerks Hessen") ends there, so the owner is read on its own
        Mention.named(m.start(), end, "Subproject", name, text[m.start() : end], abbr)
        for m in _FACHSTELLE_BY_ITS_FIELD.finditer(text)
        if m.start() not in placed
        for cut in [before_a_carrier(before_a_person(before_a_time(m.group("name"))))]
        for name in [" ".join(cut.split())]
        if " " in name
        for whole in [cut == m.group("name")]
        for end in [m.end() if whole else m.start("name") + len(cut.rstrip())]
        for abbr in [m.group("abbr") if whole else None]
    ]


# "die IQ-Anerkennungsberatung in der Erstaufnahmeeinrichtung in Suhl": the town of the facility a service is
# named after belongs to the name, written as in "… Erstaufnahmeeinrichtung Suhl".
_RIVER_AFTER_A_TOWN = re.compile(_RIVER_OF_A_TOWN)
_TOWN_OF_THE_FACILITY = re.compile(r"[^\S\n]+in[^\S\n]+(?P<town>[A-ZÄÖÜ][\w\-]+)(?![\w-])")


def iq_services(text: str, match: re.Match[str]) -> list[Mention]:
    """ "die IQ Fachstellen Einwanderung und Fachkräftesicherung": a plural head before coordinated fields names
    one unit of each; "die IQ Fachstelle für Migrantenökonomie" is also named as written."""
    if match.group("plural") and " und " in match.group("name"):
        head, first = match.group("head"), match.group("name").split(" und ")[0]
        second = match.group("name")[len(first) + len(" und ") :]
        starts = (match.start("name"), match.end("name") - len(second))
        return [
            Mention.named(start, start + len(item), "Subproject", f"IQ {head} {item}", item)
            for start, item in zip(starts, (first, second), strict=True)
        ]
    service = _iq_service(text, match)
    if match.group("link") is None:
        return [service]
    linked = f"IQ {match.group('head')} {match.group('link')} {match.group('name')}"
    if match.group("name")[:1].islower() and not match.group("name").startswith(("in ", "im ")):
        # "IQ Anerkennungsberatung für akademische Heilberufe": without its link the name is no German
        return [replace(service, key=f"subproject:{linked.lower()}", label=linked, alias=service.label)]
    return [replace(service, alias=linked)]


def _iq_service(text: str, match: re.Match[str]) -> Mention:
    """ "IQ Servicestelle Anerkennung Kiel", "IQ-Anerkennungsberatung in der Erstaufnahmeeinrichtung in Suhl"."""
    name = _up_to_its_town(match.group("name"))
    start, end = match.start(), match.start("name") + len(name)
    river = _RIVER_AFTER_A_TOWN.match(text, end) if name.split()[-1] in _TOWNS else None
    if river is not None:  # "IQ Servicestelle Frankfurt am Main"
        name, end = name + river.group(), river.end()
    label = f"IQ {match.group('head')} {' '.join(name.split())}"
    town = _TOWN_OF_THE_FACILITY.match(text, end)
    if name.startswith(("in der", "im")) and town is not None and town.group("town") in _TOWNS:
        label, end = f"{label} {town.group('town')}", town.end()
    return Mention.named(start, end, "Subproject", label, text[start:end])


def _up_to_its_town(name: str) -> str:
    """The town or region a service is named by ends its name: "Anerkennung Kiel Termine" -> "Anerkennung Kiel"."""
    town = next((word for word in _WORD_OF_A_NAME.finditer(name) if word.group() in _TOWNS), None)
    return name if town is None else name[: town.end()]


_WORD_OF_A_NAME = re.compile(r"\S+")


# "IQ " or "IQ-" right before a unit's name: "das IQ Beratungszentrum Anerkennung Chemnitz".
_PROGRAMME_WORD_BEFORE = re.compile(r"(?<![\w-])IQ[ \-]$")


def with_the_programme_word(text: str, m: Mention) -> Mention:
    """A unit named with the programme's word before its head carries it in its name ("IQ Kompetenzzentrum X")."""
    before = _PROGRAMME_WORD_BEFORE.search(text, max(0, m.start - 3), m.start)
    if m.type != "Subproject" or before is None:
        return m
    label = f"IQ {m.label}"
    return replace(
        Mention.named(before.start(), m.end, m.type, label, text[before.start() : m.end], m.abbreviation),
        priority=m.priority,
    )


def programme_units(mentions: list[Mention], programme_key: str | None) -> list[Mention]:
    federal = any(m.key == programme_key for m in mentions) and not any(
        m.type == "StateNetwork" for m in mentions
    )
    if federal:
        return [_of_the_programme(m) if _bare_programme_unit(m) else m for m in mentions]
    return [m for m in mentions if not _bare_programme_unit(m)]


def _bare_programme_unit(m: Mention) -> bool:
    return m.type == "Subproject" and not m.generic and m.label.startswith(_PROGRAMME_UNIT_HEADS)


def _of_the_programme(m: Mention) -> Mention:
    label = "IQ " + m.label
    return replace(m, key=f"subproject:{label.lower()}", label=label, alias=m.label)


# "Die Fachberatung Pflegeberufe berät …", "Das Beratungszentrum Anerkennung Hamburg ist …", "Die Erstberatung
# qualifizierter Zuwanderer unterstützt …": a service unit's head and its topic (capitalised words, the links of a name,
# an inflected adjective before a noun) opening a sentence as the subject of what a service does; a carrier in the
# genitive is no part of the name ("Die Anerkennungsberatung der Caritas Kiel berät" names none); an IQ unit is
# read by the IQ unit rules.
_SERVICE_UNIT_HEAD = rf"(?!(?:{'|'.join(NOT_SERVICE_OFFICE_PARTS)})stelle)[A-ZÄÖÜ][a-zäöüß]*(?:{'|'.join(SERVICE_UNIT_HEAD_ENDINGS)})"
# ("in" before an abstract noun links a name's words too: "Die Beratungsstelle Wege in Arbeit berät …")
_TOPIC_WORD = rf"(?:(?:für|zur|zum|und|der|des|{IN_A_NAME})[^\S\n]+)?(?:[a-zäöüß]{{3,}}(?:e|en|er|es)[^\S\n]+)?[A-ZÄÖÜ][\w\-]*"
# (a registered association's letters close a carrier in the genitive: "Die Fachberatung X des Vereins Y e. V. berät";
# the town it works in may stand before the verb, its name's: "Die Clearingstelle Anerkennung in Celle ist …")
_SERVICE_UNIT_AS_SUBJECT = re.compile(
    rf"(?:Die|Das|Der)[^\S\n]+(?P<name>{_SERVICE_UNIT_HEAD}(?:[^\S\n]+{_TOPIC_WORD}){{1,4}})(?:[^\S\n]+e\.[^\S\n]?V\.)?"
    rf"(?:[^\S\n]+in[^\S\n]+(?P<town>[A-ZÄÖÜ][\w\-]+))?[^\S\n]+"
    rf"(?:{'|'.join((*SERVICE_VERBS, *FINITE_AUXILIARIES))})(?![\w-])"
)


def service_units_as_subjects(text: str) -> list[Mention]:
    return [
        _with_its_town(m, name)
        for m in [
            *(m for m in at_sentence_starts(_SERVICE_UNIT_AS_SUBJECT, text) if _a_town_or_none(m)),
            *_SERVICE_UNIT_LINKED_BY_IN.finditer(text),
        ]
        for name in [before_a_carrier(m.group("name"))]
        if " " in name and not any(w in lexicon.NOT_NAMES or w in TIME_WORDS for w in name.split()[1:])
    ]


def _a_town_or_none(m: re.Match[str]) -> bool:
    """No town, or a town after a name that is not the people served ("Die Anlaufstelle für Geflüchtete in Jena")."""
    town = m.groupdict().get("town")
    return town is None or town in _TOWNS and not names_people(m.group("name").split()[-1])


def _with_its_town(m: re.Match[str], name: str) -> Mention:
    """ "Die Clearingstelle Anerkennung in Celle ist …": the town a service works in is its name's, as in
    "Clearingstelle Anerkennung Celle" (not after a carrier it was cut before: that town is the carrier's)."""
    start = m.start("name")
    town = m.groupdict().get("town")
    if town is None or name != m.group("name"):
        return Mention.named(start, start + len(name), "Subproject", name, name)
    # (the span is the name's alone: the town stays a place of its own, where the unit is)
    return Mention.named(start, start + len(name), "Subproject", f"{name} {town}", name)


# "an die Beratungsstelle Wege in Arbeit, die …", "bei der Anlaufstelle Frauen in Ausbildung": a unit's head, a word
# and "in" before an abstract noun of working life, anywhere in a sentence (the organisation grammar's reading stops
# before "in", taking it for a town's).
_SERVICE_UNIT_LINKED_BY_IN = re.compile(
    rf"(?<![\w-])(?P<name>{_SERVICE_UNIT_HEAD}[^\S\n]+[A-ZÄÖÜ][\w\-]*[^\S\n]+{IN_A_NAME}[^\S\n]+[A-ZÄÖÜ][\w\-]*)(?![\w-])"
)
