"""Entity mentions: where a release names an organisation, network, programme, subproject, place or person.

Recognisers propose candidate spans (gazetteer, state-network patterns, the organisation-name grammar,
quoted subproject names, personal names); the longest candidate wins an overlap, and a known name wins
a tie. Every mention carries a nominative label and a key that the resolver turns into an IRI.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from . import lexicon
from .gazetteer import Gazetteer, Known
from .government_bodies import find_commissioner_offices, find_senator_authorities
from .lexicon.names import LOCAL_OFFICES
from .lexicon.places import GENERIC_TERRITORIES, REGION_ROOTS, REGIONS, RIVERS_AFTER_AN_DER
from .lexicon.projects import ABSTRACT_NOUN_ENDINGS, ACTIVITY_PROGRAMME_PREFIXES, PROJECT_STAFF_TITLE_PARTS
from .morphology import adjective_stem, nominative, noun_nominative
from .organisations import find_organisations
from .persons import find_persons, find_surnames, find_titled_surnames
from .project_names import (
    QUOTED_NAME,
    before_a_carrier,
    before_a_person,
    find_project_names,
    iq_services,
    programme_units,
    quoted_new_projects,
    quoted_projects_of_bodies,
    quoted_subjects_of_services,
    repeated_project_names,
    with_its_short_form,
    with_the_programme_word,
)
from .roles import without_role_prefix
from .spans import IntervalIndex, Mention, Occupancy

__all__ = ["ARTICLES", "Mention", "find_mentions", "main_entity", "select"]

ARTICLES = r"(?:der|die|das|des|dem|den|im|beim|vom|zum|zur|am)"


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
    # the programme's name spelt out: "Landesnetzwerk „Integration durch Qualifizierung“ für Bremen"
    re.compile(
        rf"(?<![\w-])(?:Landes)?[Nn]etzwerk(?:es|s)?\s+(?P<programme>[„\"]?Integration\s+durch\s+Qualifizierung[“\"]?"
        rf"(?:\s*\(IQ\))?)\s+(?:(?:in|für)\s+)?(?P<land>{_LAND})(?![\w-])"
    ),
)
_RIN = re.compile(
    r"(?:[Rr]egional(?:e|en|es)?\s+Integrationsnetzwerk(?:e|es|s)?(?:\s*\(RIN\))?|(?<![\w-])RIN)\s+"
    r"(?P<a>(?:IQ\s+)?[A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ]\w+)*(?:\s[-–]\s(?:Nord|Süd|Ost|West|Mitte)\w*(?![\w-]))?)"
    r"(?:\s+und\s+(?P<b>[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*))?"
)


_PLACE_NAMES = frozenset((*lexicon.CITIES, *lexicon.LAENDER))


def _names_a_place(stem: str) -> bool:
    """ "Hamburg" (Hamburger), "Brem" (Bremer), "Dresdn" (Dresdner): the stem of a town's or Land's adjective."""
    return stem in _PLACE_NAMES or stem + "en" in _PLACE_NAMES or stem[:-1] + "en" in _PLACE_NAMES


def _can_name_a_programme(word: str) -> bool:
    """A word after a programme compound that is its name: not a place ("Landesprogramm Sachsen" is the Land's), not
    a word that starts a clause or a noun phrase ("Förderprogramm Die …", "Bundesprogramm Integration …")."""
    return not (
        word in lexicon.LAENDER
        or word in lexicon.CITIES
        or word in lexicon.NOT_NAMES
        or word.lower() in lexicon.DETERMINERS
    )


def _stand_in(nouns: str) -> re.Pattern[str]:
    """ "das Netzwerk", "des Programms": a definite article and a noun standing for a named entity."""
    return re.compile(rf"\b(?i:{ARTICLES})\s+(?P<n>(?:{nouns}))(?![\w-])")


_GENERIC_NETWORK = _stand_in(r"IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?|(?:Landes)?[Nn]etzwerk(?:es|s)?")
_GENERIC_PROGRAMME = _stand_in(r"(?:Förderprogramm|Programm)(?:es|s)?")
_GENERIC_SUBPROJECT = _stand_in(
    r"Beratungsstelle|Anlaufstelle|Erstanlaufstelle|Servicestelle|Teilprojekt(?:es|s)?"
    # "das Projekt", not "das Projekt FAbA Plus", which names one
    r"|(?:Projekt(?:es|s)?|Modellprojekt(?:es|s)?|Vorhaben(?:s)?)(?![\w-])(?!\s+[A-ZÄÖÜ0-9])"
)
# The quoted name may stand in apposition, between commas: "Das zweite Projekt, „Sprache im Beruf“, liegt …".
_QUOTED_SUBPROJECT = re.compile(
    r"(?P<head>(?:IQ[\s\-])?(?:"
    + "|".join(lexicon.SUBPROJECT_HEADS)
    + rf"))(?:es|s|en|e)?(?:\s+|,\s+(?={QUOTED_NAME.replace('?P<name>', '')},)){QUOTED_NAME}"
)
# "das Förderprogramm „Neue Wege“", "die Sonderausschreibung „Frauen stärken“": a programme by its quoted name.
_QUOTED_PROGRAMME = re.compile(  # the look ahead for the quoted name spares trying the heads in every word
    r"(?<![\w-])(?=[\w-]+\s+[„\"“»])(?:[A-ZÄÖÜ][\w-]*)?(?:[Pp]rogramm|[Ss]onderausschreibung|[Ii]nitiative|[Ff]örderlinie)(?:es|s)?"
    r"\s+[„\"“»](?P<name>[^„\"“”»«\n?]{3,90})[“\"”«]"
)
# "das Förderprogramm Anerkennungszuschuss", "das Sonderprogramm MobiPro-EU": a programme compound (not the bare
# "Programm", which also names an agenda) and one capitalised name word after it, ending the phrase.
_NAMED_PROGRAMME = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*)(?:programm|initiative)(?:es|s)?\s+"
    r"(?P<name>[A-ZÄÖÜ][\wÄÖÜäöüß]*(?:-[A-ZÄÖÜa-zäöü0-9]\w*)*)(?=[\s.,;:!?)]|$)(?!\s+[A-ZÄÖÜa-zäöü]+-)"
)
# "das Hamburger Stipendienprogramm", "das Berliner Landesprogramm": a town's or Land's adjective before a
# programme compound names the programme.
_PLACE_ADJECTIVE_PROGRAMME = re.compile(
    r"(?<![\w-])(?P<name>(?P<adjective>[A-ZÄÖÜ]\w+)er\s+[A-ZÄÖÜ]\w*(?:programm|initiative))(?:es|s)?(?![\w-])"
)
# "zum „Bündnis Fachkräfte Nord“", "die „Stiftung Lernwege“": a quoted name that begins with an organisation's
# head noun is that organisation.
_QUOTED_ORGANISATION = re.compile(r"[„\"“»](?P<name>(?P<head>[A-ZÄÖÜ][\w\-]*)\s[^„\"“”»«\n?]{2,80})[“\"”«]")
# "das Heidelberger Netzwerk „X“", "das regionale Netzwerk „X“": a local network of a town or region, a unit inside
# the network of its Land, named in quotes.
# (The head first, so the scan skips to it; the word before is read after.)
_LOCAL_NETWORK = re.compile(rf"Netzwerk(?:es|s)?\s+{QUOTED_NAME}")
_LOCAL_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<adjective>[A-ZÄÖÜ]\w+)er|[Rr]egional(?:e|en)|[Ll]okal(?:e|en)|[Kk]ommunal(?:e|en))\s+$"
)
_REACH_BACK_TO_AN_ADJECTIVE = 40  # characters before the head: one adjective


def _names_a_town(stem: str) -> bool:
    """ "Heidelberg" (Heidelberger), "Kiel" (Kieler): the stem of a town's adjective."""
    return _names_a_place(stem) or stem in lexicon.GERMAN_PLACES


# "„Mentoring plus“-Projekt": a quoted name joined to its head by a hyphen.
_QUOTED_BEFORE_HEAD = re.compile(
    r"[„\"“»](?P<name>[^„\"“”»«\n?]{3,60})[“\"”«]-(?P<head>(?:Teil)?[Pp]rojekt|Programm|Angebot)(?:es|s)?(?![\w])"
)
# "das IQ Mentoring-Projekt": an IQ name joined to its head by a hyphen, without quotes.
_IQ_NAME_BEFORE_HEAD = re.compile(
    r"(?<![\w-])(?P<name>IQ[\s\-]+[A-ZÄÖÜ]\w+)-(?:Teil)?[Pp]rojekt(?:es|s)?(?![\w-])"
)
# A numbered list of subprojects: "TP 2: Name (Träger: …)", "Teilprojekt 3: Name – …", "TP 2.1: …" (a part of TP 2);
# a full stop ends the item.
_NUMBERED_SUBPROJECT = re.compile(
    r"(?<![\w])(?:TP|Teilprojekt)\s*\d{1,2}(?:\.\d{1,2})?\s*:\s*(?P<name>[A-ZÄÖÜ„\"][^()\n:;]{2,90}?)\s*"
    r"(?=\(|\s-\s|;|\n|$|\.(?:\s|$))"
)
# "das Teilprojekt BCM – Business Chances Musterstadt": a subproject head, its short form, a dash, the long name
# (capitalised words, inflected adjectives before a noun, and the links of a name).
_ACRONYM = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü+]*(?:\s+(?:Plus|plus|\+))?"
# The small words that link the words of a long name and the articles after them ("Fahrplan für die Anerkennung",
# "Kompetenzen auf dem Arbeitsmarkt", "Kompetenzen im Beruf"); "in" before an article, an abstract noun or an
# adjective ("Ausbildung in der Pflege", "Migrantinnen in Arbeit"); "… Arbeiten in Kiel" says where the project works.
_DASHED_NAME_LINKS = ("für", "und", "der", "des", "dem", "das", "zur", "zum", "von", "im", "mit", "am", "auf")
_ABSTRACT_NOUN = rf"(?=[A-ZÄÖÜ])\w*(?i:{'|'.join(ABSTRACT_NOUN_ENDINGS)})(?![\w-])"
# "Migrantinnen in medizinischen Berufen": "in" before an inflected adjective and its noun links the name's words.
_ADJECTIVE_BEFORE_A_NOUN = r"\s+[a-zäöüß]+(?:e|en|er|es)\s+[A-ZÄÖÜ]"
_LONG_NAME = (
    r"[A-ZÄÖÜ][\w\-]*(?:\s+(?:[A-ZÄÖÜ][\w\-]*|[a-zäöüß]+(?:e|en|er|es)(?=\s+[A-ZÄÖÜ])"
    rf"|(?:{'|'.join(_DASHED_NAME_LINKS)})(?=\s+[A-ZÄÖÜa-zäöü])|in(?=\s+(?:der|dem|den)\s|\s+{_ABSTRACT_NOUN}|{_ADJECTIVE_BEFORE_A_NOUN}))){{1,7}}"
)
# A link word that ends the long name has lost its object.
_DASHED_NAME_TAIL = re.compile(rf"\s+(?:{'|'.join(_DASHED_NAME_LINKS)})$")
# "das Projekt KOMPASS: Kompetenzen für Arbeit": a colon after the short form opens its long form where the two
# begin with the same letter ("Projekt KOMPASS: Rund 300 Frauen …" goes on with a clause).
_DASHED_SUBPROJECT = re.compile(
    rf"(?<![\w-])(?:(?:Teil|Modell)?[Pp]rojekt|Teilvorhaben)(?:es|s)?\s+(?P<abbr>{_ACRONYM})"
    rf"(?:\s+[-–]|(?P<colon>:))\s+(?P<name>{_LONG_NAME})"
)
_IQ_FACHSTELLE = re.compile(
    r"IQ[\s\-]+(?P<head>[A-ZÄÖÜ][a-zäöüß]*(?:stelle|beratung))(?P<plural>n)?\s+(?:(?P<link>für|zu)\s+)?(?P<name>(?:(?:in\s+der|im)\s+)?[A-ZÄÖÜ][\w\-]*(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w\-]*){0,4})"
)
# "… von Fachstellen in folgenden Handlungsfeldern unterstützt: A, B, C und D."
_FACHSTELLEN_LIST = re.compile(r"\bFachstellen\b[^:.\n]{0,120}:\s*(?P<list>[^.\n]{3,300})")
_QUOTED_NAME = re.compile(
    r"[„\"“»](?P<name>(?:[A-ZÄÖÜ][\w\-]*\s+){0,4}[A-ZÄÖÜ]?[\w\-]*(?:stelle|projekt|center|zentrum)[\w]*(?:\s+[A-ZÄÖÜ][\w\-]*){0,3})[“\"”«]"
)
# Head nouns that begin an organisation's own name (not a compound such as "Landesverband").
_ORGANISATION_HEAD_TYPES = {
    "Bündnis": "Organisation",
    "Verbund": "Organisation",
    "Allianz": "Organisation",
    "Stiftung": "Organisation",
    "Verein": "Organisation",
    "Arbeitskreis": "Organisation",
    "Netzwerk": "Organisation",
}
_KEEP_HEAD = ("Fachstelle", "Servicestelle", "Beratungsstelle", "Anlaufstelle")


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    candidates = _gazetteer_mentions(text, gazetteer)
    candidates += _network_mentions(text, gazetteer)
    candidates += _subproject_mentions(text, gazetteer)
    candidates += _venue_mentions(text)
    candidates += _town_mentions(text)
    candidates += [
        with_the_programme_word(text, without_role_prefix(text, m)) for m in find_organisations(text)
    ]
    candidates += find_commissioner_offices(text) + find_senator_authorities(text)
    chosen = select(_within_paragraphs(text, candidates))
    chosen += _person_mentions(text, chosen)
    chosen += _quoted_projects_of_persons(text, chosen) + _styled_units_of_persons(text, chosen)
    chosen += quoted_projects_of_bodies(text, chosen) + quoted_new_projects(text, chosen)
    chosen += quoted_subjects_of_services(text, chosen)
    chosen += _generic_mentions(text, chosen, gazetteer)
    chosen += _later_short_forms(text, chosen)
    chosen += repeated_project_names(text, chosen)
    chosen = _outside_speech(text, select(_within_paragraphs(text, chosen)))
    bodies = BodiesNamed(chosen)
    chosen = [m for m in chosen if not _room_of_a_body_named_before(m, bodies)]
    chosen = programme_units(chosen, gazetteer.programme_key)
    return sorted(_bare_towns_as_qualified(_shortened_names(chosen)), key=lambda m: (m.start, m.end))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")


def _within_paragraphs(text: str, mentions: list[Mention]) -> list[Mention]:
    """No name runs over a blank line: a headline's last words and the dateline's town are two paragraphs."""
    return [m for m in mentions if not _PARAGRAPH_BREAK.search(text, m.start, m.end)]


def _bare_towns_as_qualified(mentions: list[Mention]) -> list[Mention]:
    """ "Halle" in a release that names "Halle (Saale)" is that town (where it names only one Halle so qualified)."""
    qualified: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "Place" and m.label.endswith(")") and " (" in m.label:
            found = qualified.setdefault(m.label.split(" (")[0], [])
            if all(q.key != m.key for q in found):
                found.append(m)
    return [
        replace(m, key=qualified[m.label][0].key, label=qualified[m.label][0].label)
        if m.type == "Place" and len(qualified.get(m.label, ())) == 1
        else m
        for m in mentions
    ]


# Bodies a genitive can point back to, and that hold events (not the programme, not persons or places).
BODY_TYPES = frozenset(
    {"StateNetwork", "Ministry", "Agency", "Organisation", "CoordinationOffice", "Subproject"}
)


def _room_of_a_body_named_before(m: Mention, bodies: BodiesNamed) -> bool:
    """ "im Foyer der Verwaltung" after "die Stadtverwaltung Jena": a room of a body the text names otherwise."""
    words = m.surface.split()
    if m.type != "Place" or len(words) < 3 or words[-2] not in ("der", "des"):
        return False
    return bodies.before(words[-1], m.start)


def of_a_body_named_before(owner: str, mentions: list[Mention], pos: int) -> bool:
    """ "des Ministeriums" after "das Arbeitsministerium": a genitive that refers back to a body named before."""
    return BodiesNamed(mentions).before(owner, pos)


class BodiesNamed:
    """The bodies among some mentions, asked whether one named before a place has a word ending in a noun:
    each ending of their words indexed once with where a body having it first ends (asking every mention
    for each place of a long release was quadratic)."""

    def __init__(self, mentions: list[Mention]) -> None:
        first_end: dict[tuple[str, str], int] = {}
        for m in mentions:
            if m.type in BODY_TYPES:
                first_end[m.surface, m.label] = min(m.end, first_end.get((m.surface, m.label), m.end))
        self._ending: dict[str, int] = {}
        for (surface, label), end in first_end.items():
            for word in f"{surface} {label}".split():
                low = word.lower()
                for cut in range(len(low) + 1):  # every ending, the empty one too (any word ends in it)
                    if end < self._ending.get(low[cut:], end + 1):
                        self._ending[low[cut:]] = end

    def before(self, owner: str, pos: int) -> bool:
        """Whether a body ending at or before `pos` has a word ending in the nominative of `owner`."""
        return self._ending.get(noun_nominative(owner).lower(), pos + 1) <= pos


# Direct speech: a quotation long enough to be a sentence, not a quoted name ("„Wir wollen in Kiel …“").
_SPEECH = re.compile(r"[„\"“»][^„\"“”»«\n]{40,}?[“\"”«]")


def _outside_speech(text: str, chosen: list[Mention]) -> list[Mention]:
    """A place a speaker names in passing is not a place the release is about."""
    speech = IntervalIndex(m.span() for m in _SPEECH.finditer(text))
    return [m for m in chosen if m.type != "Place" or not speech.encloses(m.start, m.end)]


_SHORTENED_TYPES = ("Agency", "Ministry", "Organisation", "Subproject")
# What a writer drops from a name once it is known: the genitive attribute of the body it belongs to ("Amt für
# Beispielfragen der Stadt Musterstadt" -> "das Amt für Beispielfragen").
_DROPPED_ATTRIBUTE = re.compile(r" (?:der|des) [A-ZÄÖÜ]")


def _shortened_names(chosen: list[Mention]) -> list[Mention]:
    """A name met again without its genitive attribute, or with its Land as an adjective, is the same entity,
    not a second one."""
    full = [m for m in chosen if m.type in _SHORTENED_TYPES and not m.generic]
    shorter = _shorter_names(full)
    return [_as_full_name(m, full, shorter) for m in chosen]


def _shorter_names(full: list[Mention]) -> dict[tuple[str, str], list[int]]:
    """(type, a short name) -> where in `full` the names are that it may stand for (`_same_name` read
    backwards), so a mention looks up its long names instead of trying every one."""
    out: dict[tuple[str, str], list[int]] = {}
    seen: set[tuple[str, str, str]] = (
        set()
    )  # a name met again adds nothing: the first place of each is the one found
    for i, longer in enumerate(full):
        if (longer.type, longer.key, longer.label) in seen:
            continue
        seen.add((longer.type, longer.key, longer.label))
        label = longer.label
        for cut in _ATTRIBUTE_STARTS.finditer(label):
            out.setdefault((longer.type, label[: cut.start()]), []).append(i)
        if longer.type == "Subproject":
            for short in _leading_words(label):
                out.setdefault((longer.type, short), []).append(i)
        out.setdefault((longer.type, label), []).append(i)  # "Senat von Berlin": read by the adjective rule
    return out


_ATTRIBUTE_STARTS = re.compile(r"(?=" + _DROPPED_ATTRIBUTE.pattern + ")")


def _as_full_name(m: Mention, full: list[Mention], shorter: dict[tuple[str, str], list[int]]) -> Mention:
    if m.type not in _SHORTENED_TYPES or m.generic:
        return m
    adjective, _, head = m.label.partition(" ")
    spelled = lexicon.CHAMBER_ABBREVIATIONS.get(
        adjective
    )  # "IHK Erfurt" for "Industrie- und Handelskammer Erfurt"
    spelled_out = shorter.get((m.type, f"{spelled} {head}"), []) if spelled and head else []
    if spelled_out:
        return replace(m, key=full[spelled_out[0]].key, label=full[spelled_out[0]].label)
    land = lexicon.LAND_ADJECTIVES.get(adjective)
    places = shorter.get((m.type, m.label), [])
    if land is not None:
        places = sorted({*places, *shorter.get((m.type, f"{head} von {land}"), [])})
    for i in places:
        longer = full[i]
        if longer.key != m.key and _same_name(m.label, longer.label):
            return replace(m, key=longer.key, label=longer.label)
    # a project's first words: only where they begin one name of the release ("Zentrale Erstanlaufstelle" for
    # both "… Anerkennung" and "… Anerkennung – Akademikerservice" names neither)
    begun = {full[i].key: full[i].label for i in places if m.label in _leading_words(full[i].label)}
    begun.pop(m.key, None)
    if (
        m.type == "Subproject" and m.abbreviation is None and len(begun) == 1
    ):  # a short form comes with a full name
        key, label = begun.popitem()
        return replace(m, key=key, label=label, alias=None)  # the short name is no name of its own
    return m


# A project's name cut short keeps this many words at least: "Zentrale Erstanlaufstelle" for "Zentrale
# Erstanlaufstelle Anerkennung" (one word, "Zentrale", would name nothing).
_FEWEST_WORDS_OF_A_SHORTENED_PROJECT = 2


def _leading_words(label: str) -> list[str]:
    """ "Zentrale Erstanlaufstelle" for "Zentrale Erstanlaufstelle Anerkennung": a writer names a unit met in
    full by its first words, the topic or town that closes the name left off."""
    words = label.split(" ")
    # before a dash the name goes on with a part of its own ("Zentrale Erstanlaufstelle Anerkennung – Akademikerservice"
    # is another unit than "Zentrale Erstanlaufstelle Anerkennung"): only shorter first words stand for it
    core = next((i for i, word in enumerate(words) if word in _SUBTITLE_DASHES), len(words))
    return [" ".join(words[:n]) for n in range(_FEWEST_WORDS_OF_A_SHORTENED_PROJECT, core)]


_SUBTITLE_DASHES = ("–", "-")


def _same_name(short: str, label: str) -> bool:
    """ "Amt für Beispielfragen" for "Amt für Beispielfragen der Stadt X"; "Berliner Senat" for "Senat von Berlin"."""
    if label.startswith(short) and _DROPPED_ATTRIBUTE.match(label[len(short) :]):
        return True
    adjective, _, head = short.partition(" ")
    land = lexicon.LAND_ADJECTIVES.get(adjective)
    return land is not None and label == f"{head} von {land}"


_NO_SHORT_FORM_TYPES = ("Person", "Place", "Event")
# "IBF", "f-bb", and an abbreviation with its region: "IHK Nordland"
_SHORT_FORM = re.compile(
    r"[A-ZÄÖÜa-zäöü][\w\-+]*[A-ZÄÖÜ][\w\-+]*(?: [A-ZÄÖÜ][\w\-]+)?|[a-zäöü]{1,4}-[a-zäöü]{1,4}"
)


def _later_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """ "das Institut für Beispielforschung (IBF) … das IBF": the short form a name introduces stands for the
    long name wherever the text uses it afterwards (once per place and entity: `select` keeps one anyway)."""
    groups: dict[tuple[str, str, int], list[Mention]] = {}
    for m in sorted(chosen, key=lambda m: (m.start, m.key)):
        short = m.abbreviation
        if short and m.type not in _NO_SHORT_FORM_TYPES and _SHORT_FORM.fullmatch(short):
            groups.setdefault((short, m.key, m.priority), []).append(m)
    out = []
    for (short, _, _), introduced in groups.items():
        if "+" in short:  # "A+A" can overlap itself: where the search starts decides which place is found
            out += [
                _short_form(m, start) for m in introduced for start in _short_form_places(text, short, m.end)
            ]
        else:
            out += _short_forms_after(text, short, introduced)
    return out


def _short_form_places(text: str, short: str, after: int) -> list[int]:
    pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
    return [after + found.start() for found in re.finditer(pattern, text[after:])]


def _short_forms_after(text: str, short: str, introduced: list[Mention]) -> list[Mention]:
    """Each place of `short` after a mention introducing it, taken from the first such mention. Right at a
    mention's end the short form needs no boundary before it (the search there once began at that end)."""
    reach = list(accumulate((-m.end for m in introduced), max))  # -(the smallest end so far)
    at_end: dict[int, Mention] = {}
    for m in introduced:
        at_end.setdefault(m.end, m)
    out = []
    for found in re.finditer(rf"(?={re.escape(short)}(?![\w-]))", text):
        start = found.start()
        introducing: Mention | None = at_end.get(start)
        if start == 0 or not _WORD_OR_HYPHEN.match(text, start - 1):
            first = bisect_left(reach, -start)
            introducing = introduced[first] if first < len(introduced) else None
        if introducing is not None:
            out.append(_short_form(introducing, start))
    return out


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _short_form(m: Mention, start: int) -> Mention:
    """The short form stands for its long name; where the name grammar reads the same words as a name of their
    own ("IHK Nordland" after "Industrie- und Handelskammer Nordland (IHK Nordland)"), the text's own
    declaration wins."""
    short = m.abbreviation or ""
    return Mention(start, start + len(short), m.type, m.key, m.label, short, short, priority=m.priority + 1)


def select(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then the higher priority (known names)."""
    ordered = sorted(candidates, key=lambda m: (-m.length, -m.priority, m.start, m.key))
    longer = [m for m in ordered if m.length > 0]
    taken = _select_disjoint(longer)
    return taken + _select_empty(ordered[len(longer) :], IntervalIndex((t.start, t.end) for t in taken))


def _select_disjoint(ordered: list[Mention]) -> list[Mention]:
    """The non-empty candidates, longest first: each taken is disjoint from those before it."""
    occupied = Occupancy(max((m.end for m in ordered), default=0))
    taken = []
    for m in ordered:
        if not occupied.overlaps(m.start, m.end):
            occupied.take(m.start, m.end)
            taken.append(m)
    return taken


def _select_empty(rest: list[Mention], longer: IntervalIndex) -> list[Mention]:
    """Empty (and reversed) candidates come last in the order: the non-empty ones taken are all known."""
    taken: list[Mention] = []
    for m in rest:
        if not longer.overlaps(m.start, m.end) and not any(
            m.start < t.end and t.start < m.end for t in taken
        ):
            taken.append(m)
    return taken


# "(ESF)", "(ESF Plus)": a short form, perhaps with the "Plus" of a programme's next period
_TRAILING_ABBREVIATION = re.compile(r"\s*[„\"“]?\((?P<abbr>[^()\s]{2,12}(?: Plus)?)\)[“\"”]?")


def _may_abbreviate(known: Known, abbreviation: str) -> bool:
    """ "Nordrhein-Westfalen (NRW)"; in "Zentrum für Arbeit Thüringen (ZfAT)" the short form is the whole name's."""
    return known.type != "Place" or abbreviation[:1].upper() == known.name[:1].upper()


def _gazetteer_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for start, end, known in gazetteer.find(text):
        abbreviation = known.name if known.is_abbreviation else None
        trailing = _TRAILING_ABBREVIATION.match(text, end)
        if (
            trailing and not abbreviation and _may_abbreviate(known, trailing.group("abbr"))
        ):  # "Europäischen Sozialfonds (ESF)" is one mention with its abbreviation
            abbreviation, end = trailing.group("abbr"), trailing.end()
        out.append(Mention(start, end, known.type, known.key, known.label, text[start:end], abbreviation, 3))
        region = None
        if known.type == "StateNetwork":
            part = _REGION_AFTER_PLUS if text[start:end].endswith(" plus") else _REGIONAL_PART
            region = part.match(text, end)
        if region and region.group("region") not in lexicon.NOT_NAMES:
            label = re.sub(r"\s+", " ", text[start : region.end()])
            key = "statenetwork:" + label.lower()
            out.append(Mention(start, region.end(), "StateNetwork", key, label, label, priority=3))
            out += _coordinated_regional_parts(text, region.end(), label[: -len(region.group("region"))])
    return out


# "MigraNet plus Franken, Südostbayern und Region Musterland": further regional parts of the same network.
_NEXT_REGION = re.compile(r"(?:\s*,\s*|\s+und\s+)(?P<region>(?:Region\s+)?[A-ZÄÖÜ][\w\-]+)(?![\w-])")


def _coordinated_regional_parts(text: str, end: int, network: str) -> list[Mention]:
    out = []
    while (match := _NEXT_REGION.match(text, end)) is not None and _is_region(match.group("region")):
        label = network + re.sub(r"\s+", " ", match.group("region"))
        start, end = match.span("region")
        out.append(
            Mention(start, end, "StateNetwork", "statenetwork:" + label.lower(), label, label, priority=3)
        )
    return out


def _is_region(name: str) -> bool:
    return name.startswith("Region ") or name in _TOWNS or name in lexicon.LAENDER


# "MigraNet plus Franken", "MigraNet plus Region Beispiel": a known network's regional part network.
_REGION_AFTER_PLUS = re.compile(r"\s+(?P<region>(?:Region\s+)?[A-ZÄÖÜ][\w\-]+)(?![\w-])")
_REGIONAL_PART = re.compile(r"\s+plus" + _REGION_AFTER_PLUS.pattern)


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
        if _PART_NETWORK_NEXT.match(text, match.end("a")):
            continue  # "Regionale Integrationsnetzwerke MigraNet plus A und B": the part networks' own names follow
        for group in ("a", "b"):
            city = match.group(group)
            if city:
                label = f"Regionales Integrationsnetzwerk {city}"
                start, end = (match.start(), match.end("a")) if group == "a" else match.span("b")
                # the same network with and without "IQ": "… IQ Musterland", "… Musterland"
                key = "statenetwork:rin " + city.lower().removeprefix("iq ")
                abbr = _TRAILING_ABBREVIATION.match(text, end)
                short = None
                if abbr and group == "a":
                    short, end = abbr.group("abbr"), abbr.end()
                out.append(
                    Mention(start, end, "StateNetwork", key, label, text[start:end], short, priority=2)
                )
    return out


_PART_NETWORK_NEXT = re.compile(r"\s+plus\s")


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


_NOT_SUBPROJECT_NAMES = ("koordination", "koordinierung", "leitung")
_DASHED_ABBREVIATION = re.compile(r"\s+[-–]\s+(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü+]{1,7})$")


def _split_trailing_abbreviation(name: str) -> tuple[str, str | None]:
    """ "Fahrplan Anerkennung – FAP": the name and the abbreviation after a dash (two capitals at least)."""
    found = _DASHED_ABBREVIATION.search(name)
    if found is None or sum(c.isupper() for c in found.group("abbr")) < 2:
        return name, None
    return name[: found.start()], found.group("abbr")


def _known_programme_with_abbreviation(name: str, gazetteer: Gazetteer) -> bool:
    """ "IQ - Integration durch Qualifizierung": a known programme with its abbreviation, no other name."""
    for start, end, known in gazetteer.find(name):
        if known.type == "Programme":
            rest = name[:start] + name[end:]
            words = re.findall(r"[^\W\d_]+", rest)
            if not words or all(w.isupper() for w in words):
                return True
    return False


def _subproject_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    cut_off = _cut_off_at(text)
    return [m for m in _subproject_candidates(text, gazetteer) if m.type != "Subproject" or m.end < cut_off]


# What may close a text that was not cut off in the middle of a word: the end of a sentence, a quote or a bracket.
_FINISHED_TEXT_END = tuple(".!?:;)]\"“”«'")
# A last line of this many words is running prose, not a heading or a footer's field ("Projekt: Brücken bauen"),
# which may well end in a name without a full stop.
_WORDS_OF_A_PROSE_LINE = 12


def _cut_off_at(text: str) -> int:
    """Where an excerpt that stops in the middle of its prose ends ("… TP 4: Fahrplan Anerkennung beru"): a
    name reaching that end may have lost its last letters; a finished text has no such end."""
    body = text.rstrip()
    last_line = body.rsplit("\n", 1)[-1]
    if body.endswith(_FINISHED_TEXT_END) or len(last_line.split()) < _WORDS_OF_A_PROSE_LINE:
        return len(text) + 1
    return len(body)


def _names_only_a_territory(name: str) -> bool:
    words = name.split()
    after = words[2:] if words[:2] == ["in", "der"] else words[1:] if words[:1] == ["im"] else None
    return after is not None and len(after) == 1 and after[0] in GENERIC_TERRITORIES


def _subproject_candidates(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = find_project_names(text)
    for match in _QUOTED_SUBPROJECT.finditer(text):
        head, name = match.group("head"), match.group("name").strip()
        label = _quoted_unit_label(head, name)
        out.append(with_its_short_form(text, replace(_subproject(match, label), alias=name)))
        out += _coordinated_quoted_names(text, match.end(), head)
    for match in _DASHED_SUBPROJECT.finditer(text):
        name = _DASHED_NAME_TAIL.sub(
            "", _before_a_verb(before_a_person(before_a_carrier(match.group("name"))))
        )
        if " " not in name or match.group("colon") and name[0] != match.group("abbr")[0]:
            continue
        start, end = match.start("abbr"), match.start("name") + len(name)
        out.append(Mention.named(start, end, "Subproject", name, text[start:end], match.group("abbr")))
    for match in _IQ_FACHSTELLE.finditer(text):
        if _names_only_a_territory(match.group("name")):
            continue  # "die IQ Beratungsstellen im Land": where they work, no unit's name
        if match.group("name").split()[0] not in lexicon.NOT_NAMES or match.group("name").startswith(
            ("in der", "im")
        ):
            out += iq_services(text, match)
    for match in _QUOTED_PROGRAMME.finditer(text):
        name, (start, end) = match.group("name").strip(), match.span("name")
        if not _known_programme_with_abbreviation(name, gazetteer):
            kind = (
                "Subproject"
                if match.group(0).lower().startswith(ACTIVITY_PROGRAMME_PREFIXES)
                else "Programme"
            )
            out.append(Mention.named(start, end, kind, name, name))
    for match in _NAMED_PROGRAMME.finditer(text):
        name, (start, end) = match.group("name"), match.span("name")
        if _can_name_a_programme(name) and not _known_programme_with_abbreviation(name, gazetteer):
            out.append(Mention.named(start, end, "Programme", name, name))
    for match in _PLACE_ADJECTIVE_PROGRAMME.finditer(text):
        if _names_a_place(match.group("adjective")):
            name, (start, end) = match.group("name"), match.span("name")
            out.append(Mention.named(start, end, "Programme", name, name))
    for match in _LOCAL_NETWORK.finditer(text):
        local = _LOCAL_ADJECTIVE_BEFORE.search(
            text, max(0, match.start() - _REACH_BACK_TO_AN_ADJECTIVE), match.start()
        )
        name, adjective = match.group("name").strip(), local.group("adjective") if local else None
        if (
            local is not None
            and (adjective is None or _names_a_town(adjective))
            and not _known_programme_with_abbreviation(name, gazetteer)
        ):
            out.append(
                Mention.named(
                    local.start(), match.end(), "Subproject", name, text[local.start() : match.end()]
                )
            )
    for match in _QUOTED_BEFORE_HEAD.finditer(text):
        out.append(_subproject(match, match.group("name").strip()))
    for match in _QUOTED_ORGANISATION.finditer(text):
        type_ = _ORGANISATION_HEAD_TYPES.get(match.group("head"))
        if type_:
            name, (start, end) = match.group("name").strip(), match.span("name")
            out.append(Mention.named(start, end, type_, name, name))
    for match in _IQ_NAME_BEFORE_HEAD.finditer(text):
        out.append(_subproject(match, re.sub(r"[\s\-]+", " ", match.group("name"), count=1)))
    for match in _NUMBERED_SUBPROJECT.finditer(text):
        name, abbreviation = _split_trailing_abbreviation(match.group("name").strip(' „“"'))
        start = match.start("name")
        if name.lower().endswith(_NOT_SUBPROJECT_NAMES):
            continue  # "TP 1: Koordination": the network's own coordination, not a named subproject
        end = start + len(match.group("name"))
        out.append(Mention.named(start, end, "Subproject", name, name, abbreviation))
    for match in _FACHSTELLEN_LIST.finditer(text):
        out += _enumerated_fachstellen(match)
    for match in _QUOTED_NAME.finditer(text):
        name = match.group("name")
        words = name.split(" ")
        label = " ".join(
            [(adjective_stem(w) or w) + "e" if adjective_stem(w) else w for w in words[:1]] + words[1:]
        )
        out.append(_subproject(match, label))
    return out


_VENUE = re.compile(
    r"\b(?:im|ins|in\s+der|in\s+dem|in\s+die|in\s+das|in\s+den\s+(?:\w+\s+)?Räumlichkeiten\s+der)\s+"
    r"(?P<venue>(?:[A-ZÄÖÜ]\w*\s+){0,2}(?:[A-ZÄÖÜ]\w*(?:saal|zentrum|center|schule|haus|halle|rathaus|hotel|museum"
    r"|kirche|gebäude|palais|bibliothek|hof|schloss|theater|kloster|arena|forum|café)|(?<=\w\s)(?:Center|Forum|Arena)"
    r"|(?:Saal|Foyer|Aula|Haus)(?=\s+(?:der|des)\s))"
    r"(?:e|es|s|n)?"
    r"(?P<genitive>\s+(?:der|des)\s+[A-ZÄÖÜ]\w+)?"
    r"(?:\s+(?!in\b)[A-ZÄÖÜ][\w-]+){0,2})(?:\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+))?"
)


def _venue_mentions(text: str) -> list[Mention]:
    """ "im Kursaal Bad Cannstatt", "im Wissenschaftszentrum in Kiel": the venue of an event, a place."""
    out = []
    for match in _VENUE.finditer(text):
        start = match.start("venue")
        venue, town = _venue_and_town(match.group("venue"))
        words = venue.split()
        if (
            words[-1] in lexicon.NOT_NAMES
            or _of_a_body(match.group("genitive"))
            or _local_office(words[-1])
            or _PROJECT_HEAD_FIRST.match(
                venue
            )  # "im Projekt Lotsenhaus Nord": a project's name, not a building
        ):
            continue
        label = _venue_label(venue, match.group("genitive"))
        if len(words) == 1 and words[0].lower().startswith(lexicon.GENERIC_VENUE_PARTS):
            named_by = town or (match.group("city") if match.group("city") in _TOWNS else None)
            label = f"{label} {named_by}" if named_by else label  # a kind of building, named by its town
            town = None
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


def _venue_and_town(venue: str) -> tuple[str, str | None]:
    """ "Meistersingerhalle Nürnberg" -> the hall and its town; a venue's own name words stay."""
    words = venue.split()
    for i in range(1, len(words)):
        town = " ".join(words[i:])
        if town in _TOWNS:
            return " ".join(words[:i]), town
    return venue, None


_QUALIFIED = r"(?: \([A-ZÄÖÜ][\w\-]*\))?"  # a dateline's town with its river: "Frankfurt (Oder). Heute …"
# A town after a preposition of place: "in Musterstadt", "aus Frankfurt am Main", "nach Halle (Saale)".
# "an den Standorten Kassel und Wetzlar", a dateline at a paragraph's start ("Musterstadt. Heute …",
# "[Musterstadt] Die …", "Musterstadt – Am …"): where a town stands without a preposition.
_TOWN_CUES = (
    re.compile(r"(?<![\w-])Standort(?:e|en|es)?\s+(?P<name>[A-ZÄÖÜ]\S*)"),
    re.compile(
        rf"(?m)^(?P<name>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜa-zäöü][\w\-]*){{0,3}}?{_QUALIFIED})(?=\.\s|\s[–-]\s)"
    ),
    re.compile(r"(?m)^\[(?P<name>[A-ZÄÖÜ][^\]\n]{1,40})\]"),
    # "Musterstadt, 12.05.2022 –", "Musterstadt, den 3. Mai …", "Musterstadt (ots) –": a dateline with its date or agency
    re.compile(
        rf"(?m)^(?P<name>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜa-zäöü][\w\-]*){{0,3}}?{_QUALIFIED})"
        r"(?=,\s*(?:den\s+)?\d|\s*\((?:ots|dpa|epd|pm)\))"
    ),
    # "Musterstadt/Beispielheim. Heute …": two towns of a dateline, the second after the slash
    re.compile(r"(?m)^[A-ZÄÖÜ][\w\-]*/(?P<name>[A-ZÄÖÜ][\w\-]*)(?=[.,]\s|\s[–-]\s)"),
)
_AFTER_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:[Ii]n|[Aa]us|[Nn]ach)\s+(?:ganz\s+)?(?P<name>[A-ZÄÖÜ])")
_MOST_WORDS_IN_A_TOWN = 4
_TOWNS = lexicon.GERMAN_PLACES | lexicon.AMBIGUOUS_TOWNS | set(lexicon.CITIES) | REGIONS


def _town_mentions(text: str) -> list[Mention]:
    """Towns of the GeoNames list where the grammar says a place stands (the gazetteer finds the larger cities
    anywhere; a town name is often a common word or a family name elsewhere)."""
    out = []
    cued = (m for pattern in (_AFTER_PLACE_PREPOSITION, *_TOWN_CUES) for m in pattern.finditer(text))
    for match in cued:
        start = match.start("name")
        while (town := _town_at(text, start)) is not None:  # "in A, B und C": each item of the list
            out.append(Mention(start, start + len(town), "Place", "place:" + town, town, town))
            more = _NEXT_LIST_ITEM.match(text, start + len(town))
            if more is None:
                break
            start = more.end()
    return out + _districts(text)


# "im Kreis Musterstadt", "aus dem Kreis Musterstadt": a district where something happens, a place (a
# "Landkreis" that acts is a body: the organisation grammar reads it).
_DISTRICT = re.compile(
    r"(?<![\w-])(?:[Ii]m|[Ii]n\s+dem|[Aa]us\s+dem)\s+(?P<name>Kreis\s+(?P<town>[A-ZÄÖÜ][\w-]+))"
)


def _districts(text: str) -> list[Mention]:
    return [
        Mention(
            m.start("name"),
            m.end("name"),
            "Place",
            "place:" + m.group("name"),
            m.group("name"),
            m.group("name"),
        )
        for m in _DISTRICT.finditer(text)
        if m.group("town") in _TOWNS
    ]


_NEXT_LIST_ITEM = re.compile(r"(?:,\s*|\s+(?:und|sowie|oder)\s+)(?=[A-ZÄÖÜ])")


def _town_at(text: str, start: int) -> str | None:
    words = text[start : start + 80].split()
    for n in range(min(len(words), _MOST_WORDS_IN_A_TOWN), 0, -1):
        name = _without_closing_marks(" ".join(words[:n]))
        if name in _TOWNS:
            qualifier = _TOWN_QUALIFIER.match(text, start + len(name)) if "(" not in name else None
            return (
                name + qualifier.group(0) if qualifier and _names_a_river_or_region(qualifier["q"]) else name
            )
    return None


# "Halle (Saale)", "Halle (Westfalen)": the river or region in brackets that tells two towns of one name apart
_TOWN_QUALIFIER = re.compile(r" \((?P<q>[A-ZÄÖÜ][\w-]+)\)")


def _names_a_river_or_region(word: str) -> bool:
    return word in RIVERS_AFTER_AN_DER or word in lexicon.LAENDER or word.lower() in REGION_ROOTS


def _without_closing_marks(name: str) -> str:
    """Punctuation after a name, and a bracket it closes ("(in Kassel)"); not the one its river or region
    closes ("Frankfurt (Oder)")."""
    name = name.rstrip(",.;:!?]")
    return name if "(" in name else name.rstrip(")")


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
        out.append(Mention.named(start, pos, "Subproject", label, item))
    return out


# The small words inside a long name: its links, and the article after a preposition ("Wege in den Beruf").
_LINKS_AND_ARTICLES = frozenset((*_DASHED_NAME_LINKS, "in", "die", "den"))


def _before_a_verb(name: str) -> str:
    """A long name ends before a small word that is neither a link nor an adjective: "… Kompetenzen im Beruf
    wurden Frauen beraten" names "Kompetenzen im Beruf"; nor before a word in -en right after a noun, a verb in
    the plural ("… in technischen Berufen lernen Männer"), where an adjective follows a link."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if word[:1].islower() and word not in _LINKS_AND_ARTICLES and adjective_stem(word) is None:
            return " ".join(words[:i])
        if i and word.endswith("en") and word[:1].islower() and words[i - 1][:1].isupper():
            return " ".join(words[:i])
    return name


# "die Projekte „A“, „B“ und „C“": further quoted names coordinated with the first one after a subproject head.
_NEXT_QUOTED_NAME = re.compile(rf"\s*(?:,|und|sowie|oder)\s*{QUOTED_NAME}")


def _coordinated_quoted_names(text: str, end: int, head: str) -> list[Mention]:
    out = []
    while (match := _NEXT_QUOTED_NAME.match(text, end)) is not None:
        name = match.group("name").strip()
        label = _quoted_unit_label(head, name)
        start = match.start("name") - 1
        mention = Mention.named(start, match.end(), "Subproject", label, text[start : match.end()])
        out.append(replace(mention, alias=name))
        end = match.end()
    return out


def _quoted_unit_label(head: str, name: str) -> str:
    """ "Beratungsstelle „X“" and "IQ-Servicestelle „X“" keep their head ("IQ Servicestelle „X“"); a project is
    named by its quoted name alone."""
    words = re.split(r"[\s\-]+", head)
    return f"{' '.join(words)} „{name}“" if words[-1] in _KEEP_HEAD else name


def _subproject(match: re.Match[str], label: str) -> Mention:
    return Mention.named(match.start(), match.end(), "Subproject", label, match.group(0))


# "Petra Beispiel von „Chance Beruf“", "Petra Beispiel, Projektleiterin bei „Chance Beruf“": the quoted name a
# person is said to come from, or to work at under a title of a project's staff, is the project she works in (a
# quoted body with an organisation's head is read as that body before).
_STAFF_TITLE = r"(?=[A-ZÄÖÜ])[A-ZÄÖÜa-zäöüß]*?(?i:" + "|".join(PROJECT_STAFF_TITLE_PARTS) + r")[a-zäöüß]*"
_FROM_A_QUOTED_NAME = re.compile(
    rf"(?:[^\S\n]+(?:von|vom)|,[^\S\n]+{_STAFF_TITLE}[^\S\n]+(?:von|vom|bei|beim|im\s+Team\s+von))"
    rf"[^\S\n]+{QUOTED_NAME}"
)


# "Petra Beispiel (FizE Südbayern)", "(Fize München)": a short name and the place it serves, in parentheses after a
# person, is the unit she works in (a body of a known name or with an organisation's head is read as that body
# before; a title, "(Pressesprecher Kiel)", names none).
_STYLED_UNIT_IN_PARENTHESES = re.compile(
    r"[^\S\n]+\((?P<name>(?P<short>[A-ZÄÖÜ][\wÄÖÜäöü]*\+?)[^\S\n]+(?P<place>[A-ZÄÖÜ][\w\-]*\w))\)"
)


_UNIT_PLACES = lexicon.GERMAN_PLACES | set(lexicon.CITIES) | REGIONS


def _names_a_kind_of_body(short: str) -> bool:
    """ "SPD", "IHK": a party's or a chamber's short form before a town names a local branch, not a unit."""
    return short in lexicon.PARTIES or short in lexicon.CHAMBER_ABBREVIATIONS


_PERSON_AND_ROLE_STEMS = (
    *lexicon.ROLE_STEMS,
    *lexicon.STAFF_ROLE_STEMS,
    *lexicon.PERSON_NOUN_STEMS,
    "beauftragt",
)


def _names_a_person_or_a_role(short: str) -> bool:
    """ "Pressesprecher", "Bürgermeisterin", "Integrationsbeauftragter": a title before the town, no unit's name."""
    low = short.lower()
    return any(stem in low for stem in _PERSON_AND_ROLE_STEMS) or (low.endswith("in") and not short.isupper())


def _styled_units_of_persons(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    for person in (m for m in chosen if m.type == "Person"):
        match = _STYLED_UNIT_IN_PARENTHESES.match(text, person.end)
        if (
            match is None
            or match.group("place") not in _UNIT_PLACES
            or _names_a_kind_of_body(match.group("short"))
            or _names_a_person_or_a_role(match.group("short"))
        ):
            continue
        if any(m.start < match.end("short") and match.start("short") < m.end for m in chosen):
            continue
        name = re.sub(r"\s+", " ", match.group("name"))  # the place stays a place of its own
        out.append(
            Mention.named(match.start("short"), match.end("short"), "Subproject", name, match.group("short"))
        )
    return out


def _quoted_projects_of_persons(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    for person in (m for m in chosen if m.type == "Person"):
        match = _FROM_A_QUOTED_NAME.match(text, person.end)
        name = match.group("name").strip() if match else ""
        if (
            match
            and name[:1].isupper()
            and not any(m.start < match.end() and match.start("name") < m.end for m in chosen)
        ):
            start = match.start("name") - 1
            out.append(Mention.named(start, match.end(), "Subproject", name, text[start : match.end()]))
    return out


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
    network = main_entity(chosen, "StateNetwork") or _network_of_the_land(text, chosen, gazetteer)
    iq = next((m for m in chosen if m.key == gazetteer.programme_key), None)
    programme = iq or main_entity(chosen, "Programme")
    subproject = main_entity(chosen, "Subproject")
    return [
        *_stand_ins(network, _GENERIC_NETWORK, text),
        *_stand_ins(programme, _GENERIC_PROGRAMME, text),
        *_stand_ins(subproject, _GENERIC_SUBPROJECT, text),
    ]


_BARE_IQ_NETWORK = re.compile(r"(?<![\w-])IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?(?![\w-])")


def _network_of_the_land(text: str, chosen: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """ "das IQ-Netzwerk" in a text that names no network but one Land: that Land's network (the gold
    convention: a network named without its Land takes the Land from the text)."""
    lands = {m.label for m in chosen if m.type == "Place" and m.label in lexicon.LAENDER}
    bare = _BARE_IQ_NETWORK.search(text)
    if bare is None or len(lands) != 1:
        return None
    land = lands.pop()
    key = gazetteer.land_networks.get(land, "statenetwork:" + land.lower())
    return Mention(
        bare.start(), bare.end(), "StateNetwork", key, f"IQ Netzwerk {land}", bare.group(0), priority=2
    )


def _stand_ins(entity: Mention | None, pattern: re.Pattern[str], text: str) -> list[Mention]:
    if entity is None:
        return []
    return [
        replace(entity, start=m.start("n"), end=m.end("n"), surface=m.group("n"), generic=True, priority=0)
        for m in pattern.finditer(text)
        if not _NAMED_NEXT.match(text, m.end("n"))  # "des Programms „X“" names X, not the main programme
    ]


_NAMED_NEXT = re.compile(r"\s*[„\"“»]")


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
