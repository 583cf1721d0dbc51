"""Project names without quotation marks, and the units the programme runs nationwide.

    STYLED := "Projekt KOMPASS", "Teilprojekt ZAQ+", "im Projekt klever-iq", "Projekt MedBrücke": a word styled
              as a name (capitals throughout, small letters joined by a hyphen, a capital inside) right after a
              project head
    ABBR (LONG) := "das Projekt IngA (Ingenieure in Arbeit)": a short form and its long form in parentheses
    LONG (ABBR) := "das Projekt Ingenieure in Arbeit (IngA)": a name of several words after a project head,
              closed by its abbreviation
    NAME – SUBTITLE := "das IQ Teilprojekt Mentoring Plus – Frauen in Arbeit": a name of plain words after a
              project head, a dash, and a subtitle

    CALLED := "Faire Integration ist ein Projekt des …", "Das Welcome Center ist ein Angebot der …": a name (of
              several words, or styled) at the start of a sentence whose predicate calls it a project or an offer;
              also after the verb of a sentence opened by an adverbial ("Seit 2021 ist X ein Teilprojekt des …"),
              with a short form and a dash ("MIA – Migrantinnen in Arbeit ist …") or in an apposition ("X, ein
              Projekt der …", "von KOMPASS – einem Angebot der …", "„X“, ein Projekt der …")
    BULLETS := "Die Teilprojekte im Überblick:" and an item per line; "die Teilprojekte A, B und C"
    SAME NAMED := "im Rahmen des gleichnamigen Projekts das Haus der Chancen": the linked name of the sentence
    QUOTED := "„X“ von der Volkshochschule Y", "Mit „X“ startet ein neues Angebot": a bare quoted name a body owns
              or a clause brings in as a project
    SERVICE := "Anerkennungsberatung Rhein-Neckar", "IQ Servicestelle Frankfurt am Main", "IQ-Anerkennungsberatung
              in der Erstaufnahmeeinrichtung in Suhl", "die Fachstelle X im Förderprogramm IQ": a service named by
              its town or region (with its river), a facility and its town, or the programme it belongs to
    QUOTED LIST := "zwölf Teilprojekte, darunter „A“ und „B“", "„A“ und „B“ sind Teilprojekte des …": quoted names
              after a plural project noun and "darunter", or as the subject a predicate calls projects
    FIELD := "Projekt: Brücken bauen", "Projektname: X" on a line of its own: a project's profile names it
    PLAIN := "das Projekt Faire Integration", "im Projekt Haus des Ankommens": two capitalised words or more (with
              the links of a name) right after a project head

A single plain capitalised word after "Projekt" is left alone: in "gibt dem Projekt Zeit" it is an object, not a
name; so are words of time ("das Projekt Ende März abschließen").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from . import lexicon
from .bare_project_names import find_bare_project_names
from .lexicon.names import NAMING_PHRASES, PROGRAMME_HEAD_ENDINGS, PROJECT_HEAD_ENDINGS, SERVICE_HEAD_ENDINGS
from .lexicon.places import LAENDER, REGIONS
from .lexicon.projects import (
    ACTIVITY_HEAD_ENDINGS,
    COMPASS_WORDS,
    IQ_UNIT_HEAD_ENDINGS,
    OFFER_NOUNS,
    REGION_NAME_PARTS,
    SERVICE_PARTICIPLES,
    SERVICE_VERBS,
    TIME_WORDS,
)
from .persons import given_name_gender
from .spans import Mention

# "Projekt", "Teilprojekt", "Modellprojekt", "IQ-Projekt", "IQ Teilprojekt", "Teilvorhaben" (the programme's word
# from 2023 on): the head a project name follows.
# Not "Förderprojekt": a funding instrument ("das Förderprojekt „Zuschuss“ des Bundes") is a programme.
_HEAD = r"(?<![\w-])(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt|(?:Teil|Modell)vorhaben)(?:es|s)?"
# A word styled as a name: "KOMPASS", "ZAQ+" (capitals throughout, three at least: "IQ" and two-letter forms are
# the programme's or a Land's), "klever-iq" (small letters joined by a hyphen), "MedBrücke" (a capital inside
# the word: no common noun is written so).
# Also "MIGRA-PRO", "AQUA-Plus": capitals, then parts joined by hyphens.
_STYLED = (
    r"[A-ZÄÖÜ]{3,}\+?(?![\w-])|[a-zäöüß]{2,}(?:-[a-zäöüß]{2,})+(?![\w-])"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]+)+(?![\w-])"
    r"|[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+)+\+?(?![\w-])"
)
# A name in capitals may run over several words ("das Projekt ANKOMMEN IN ARBEIT", "Projekt NEUE WEGE").
_CAPITALS_WORDS = r"[A-ZÄÖÜ]{3,}(?:[^\S\n]+[A-ZÄÖÜ]{2,})+\+?(?![\w-])"
_STYLED_AFTER_HEAD = re.compile(rf"{_HEAD}\s+(?P<name>{_CAPITALS_WORDS}|{_STYLED})")
# The words of a long name: capitalised words and the small words that link them, a preposition and its article at
# most ("Ingenieure in Arbeit", "Kompetenzen für Betriebe in der Region").
_NAME_LINKS = r"(?:für|und|in|im|mit|zur|zum|der|des|von|auf|am)"
_LONG_NAME = (
    rf"[A-ZÄÖÜ][\w\-+]*(?:\s+(?:{_NAME_LINKS}\s+(?:(?:der|die|das|den|dem)\s+)?)?[A-ZÄÖÜ][\w\-+]*){{1,6}}"
)
# "Projekt IngA (Ingenieure in Arbeit)": a short form (two capitals at least) and its long form in parentheses.
_SHORT_FORM = r"[A-ZÄÖÜ][\wÄÖÜ+]{0,8}[A-ZÄÖÜ][\wÄÖÜ+]{0,8}"
_SHORT_THEN_LONG_FORM = re.compile(rf"{_HEAD}\s+(?P<abbr>{_SHORT_FORM})\s+\((?P<name>{_LONG_NAME})\)")
_NAME_BEFORE_ABBREVIATION = re.compile(
    rf"{_HEAD}\s+(?P<name>{_LONG_NAME})\s+\((?P<abbr>[A-ZÄÖÜ][\wÄÖÜ+]{{1,9}})\)"
)
# "das Projekt Faire Integration", "im Teilprojekt Haus des Ankommens", "die Programmlinie Faire Mobilität": the
# name's words run from the head to the first small word that is no link of a name ("und" is left out: "dem Projekt
# Geld und Zeit geben" coordinates objects).
_PLAIN_NAME_LINKS = r"(?:für|des|der|zur|zum|am|for|to|of|with|the)"  # English names too: "Fit for Job"
_PLAIN_WORD = r"[A-ZÄÖÜ][\w\-+]*"
_PLAIN_LINK = rf"[^\S\n]+(?:{_PLAIN_NAME_LINKS}[^\S\n]+)?"
# A version or "plus" closing a name: "Pflege 4.0", "Chance plus" (a word of its own, so "Pflege" is not alone).
_VERSION = r"[^\S\n]+(?:\d+\.\d+|plus)(?!\w|\.\d)"
_PLAIN_NAME_AFTER_HEAD = re.compile(
    rf"(?:{_HEAD}|(?<![\w-])Programmlinie)[^\S\n]+"  # a name does not run over a line break (a heading)
    rf"(?P<name>{_PLAIN_WORD}(?:{_PLAIN_LINK}{_PLAIN_WORD}){{1,4}}(?:{_VERSION})?"
    rf"|{_PLAIN_WORD}(?:{_PLAIN_LINK}{_PLAIN_WORD}){{0,3}}{_VERSION})"
    r"(?![\w-]|\s+\()"
)
# "die Teilprojekte Lotsenhaus Nord, Werkstatt Zukunft und KOMPASS", "die Projekte KOMPASS und ProBeruf": names
# coordinated after a plural project head, each styled or of several words (a single plain word after "Projekte"
# is as often an object: "die Projekte Zeit und Geld kosten").
_LISTED_NAME = rf"(?:{_STYLED}|{_PLAIN_WORD}(?:{_PLAIN_LINK}{_PLAIN_WORD}){{1,3}}(?![\w-]))"
_NAMES_AFTER_A_PLURAL_HEAD = re.compile(
    r"(?<![\w-])(?:IQ[\s\-]+)?(?:Teil|Modell)?[Pp]rojekten?[^\S\n]+"
    rf"(?P<list>{_LISTED_NAME}(?:,[^\S\n]+{_LISTED_NAME})*[^\S\n]+(?:und|sowie)[^\S\n]+{_LISTED_NAME})"
)
_LISTED_NAME_ITEM = re.compile(_LISTED_NAME)
# A name that begins with the programme's or a network's word is theirs ("Projekt IQ Netzwerk …").
_NOT_A_PLAIN_PROJECT_NAME = re.compile(r"^(?:IQ|Netzwerk|Landesnetzwerk)\b")


# What a predicate or an apposition calls a project, and whose: "ein Teilprojekt des", "eines der Angebote im", "ein
# vom Land gefördertes Kooperationsprojekt der", "ein IQ-Teilvorhaben des" (not a "Förderprojekt": a programme).
_PROJECT_NOUN_OF = (
    r"(?:(?:[\w-]+\s+){0,3}?[a-zäöüß]\w*(?:e|en|es)\s+)?"
    r"(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]*(?:projekt|angebot|vorhaben)|Projekt|Angebot|Vorhaben)"
    r"(?:e|en|s|es)?\s+(?:des|der|im|vom|von)\b"
)
_A_PROJECT_OF = rf"(?:ein|eine|eines\s+der|eines\s+von\s+\w+)\s+{_PROJECT_NOUN_OF}"
# The same in an apposition, in any case, after a comma, a dash or a bracket: ", einem Teilprojekt des …",
# " – eines der Angebote im …", " (ein Projekt der …".
_APPOSITION_OF_A_PROJECT = (
    rf"(?:,\s+|\s+[–-]\s+|\s+\()(?:ein|eine|einem|einer|eines)(?:\s+(?:der|von\s+\w+))?\s+{_PROJECT_NOUN_OF}"
)
# Where a sentence or a line begins: the patterns read at the start of one are tried there only (`_at_sentence_starts`).
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# (an inflected adjective may follow a link: "Beratungsstelle zur beruflichen Anerkennung", "Lotsen für
# ausländische Fachkräfte")
_CALLED_NAME = (
    rf"[A-ZÄÖÜ][\w\-+]*(?:[^\S\n]+(?:{_PLAIN_NAME_LINKS}[^\S\n]+(?:[a-zäöüß]+(?:e|en|er|es)[^\S\n]+)?)?"
    r"[A-ZÄÖÜ][\w\-+]*){0,4}"
)
# The subject a predicate noun calls a project (of several words, or styled), at the start of a sentence or a line:
# "KOMPASS ist ein Projekt der Y", "Das Welcome Center ist ein Angebot der Y", "KOMPASS war eines der Teilprojekte
# im …"; a project head before the name is no part of it ("Das Projekt Chance Beruf ist …").
_CALLED_A_PROJECT = re.compile(
    rf"(?:(?:Das|Die|Der)\s+)?(?:{_HEAD}\s+)?(?P<name>{_CALLED_NAME})\s+(?:ist|war)\s+{_A_PROJECT_OF}"
)
# The subject after the verb, an adverbial opening the sentence: "Seit 2020 ist Chance Beruf ein Teilprojekt des …",
# "Heute ist das Lotsenhaus Nord ein Angebot der …".
_ADVERBIAL_THEN_CALLED = re.compile(
    rf"[A-ZÄÖÜ][\w.]*(?:[^\S\n]+[\w.]+){{0,3}}?\s+(?:ist|war)\s+(?:(?:das|die|der)\s+)?"
    rf"(?P<name>{_CALLED_NAME})\s+{_A_PROJECT_OF}"
)
# The name opening a sentence, in commas the apposition calling it a project: "Brücke Beruf, ein Projekt des Vereins
# X, berät …", "KOMPASS, eines der Teilprojekte im …, bietet …".
_CALLED_IN_APPOSITION = re.compile(
    rf"(?:(?:Das|Die|Der)\s+)?(?:{_HEAD}\s+)?(?P<name>{_CALLED_NAME}),\s+{_A_PROJECT_OF}"
)
_CALLED_PATTERNS = (_CALLED_A_PROJECT, _ADVERBIAL_THEN_CALLED, _CALLED_IN_APPOSITION)
# A short form, a dash and the long form as the subject called a project: "MIA – Migrantinnen in Arbeit ist ein
# Projekt der Y", "KOMPASS – Kompetenzen für Arbeit, ein Angebot der Y, …".
_SHORT_DASH_LONG_CALLED = re.compile(
    rf"(?P<abbr>{_SHORT_FORM})\s+[–-]\s+(?P<name>{_LONG_NAME})(?:\s+(?:ist|war)\s+|,\s+){_A_PROJECT_OF}"
)


# A short name of plain words (no acronym: "Projekt BCM – Business Chances …" is read in mentions.py), a spaced
# dash, and a subtitle of two words at least.
_DASHED_PLAIN_NAME = re.compile(
    rf"{_HEAD}\s+(?P<name>(?P<short>[A-ZÄÖÜ][a-zäöüß][\w+]*(?:\s+[A-ZÄÖÜ+][\w+]*){{0,2}})\s+[–-]\s+{_LONG_NAME})"
    r"(?![\w-])"
)


# A name the apposition after it calls a project: "mit dem Zentrum für Anerkennung Lahn, einem Teilprojekt des
# IQ Netzwerks", "das Café Beruf, ein Angebot der Stiftung X", "von KOMPASS – einem Projekt der …". The name runs
# from the article over capitalised words and the links inside a name (two words at least: "das Projekt, ein
# Angebot der …" names nothing), or is a styled word after an article or a preposition; the apposition may follow
# the particle that closes the clause ("mit dem Zentrum X zusammen, einem Teilprojekt …").
_NAME_IN_APPOSITION = re.compile(
    r"(?<![\w-])(?:(?:dem|das|den|des|die|der|vom|beim|zum|zur|im)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+(?:(?:für|und|in|im|zur|zum|am)\s+)?[A-ZÄÖÜ][\w\-]*){1,5})"
    rf"|(?:dem|das|den|des|die|der|vom|beim|zum|zur|im|von|bei|mit|für|über|durch)\s+(?P<styled>{_STYLED}))"
    rf"(?:\s+[a-zäöüß]+)?{_APPOSITION_OF_A_PROJECT}"
)


# Quotation marks around a name: double ones („…“, "…", »…«) and single ones (‚…‘, ›…‹), German style.
OPENING_QUOTES = '„"“»‚›'
CLOSING_QUOTES = '“"”«‘‹'
QUOTED_NAME = (
    rf"[{OPENING_QUOTES}](?P<name>[^{OPENING_QUOTES}{CLOSING_QUOTES}”\n?]{{3,80}})[{CLOSING_QUOTES}”]"
)
_QUOTED = QUOTED_NAME
# "von „Brücken bauen“, einem Teilprojekt des …": a quoted name in the same apposition.
_QUOTED_IN_APPOSITION = re.compile(rf"{QUOTED_NAME}{_APPOSITION_OF_A_PROJECT}")
_NAMING = r"(?:\s+[a-zäöü]\w*)?\s+(?:" + "|".join(NAMING_PHRASES) + ")"
# "das Qualifizierungsprojekt „X“", "die Brückenmaßnahme „X“", "ein Projekt namens „X“", "Das Angebot läuft unter
# dem Namen „X“": a quoted name after a compound project head, or after any project head and a naming phrase
# (a finite verb may stand between them). Not "Förderprojekt": a funding instrument is a programme.
_PROJECT_COMPOUND = (
    r"(?!Förder)[A-ZÄÖÜ][a-zäöüß]+(?:"
    + "|".join((*PROJECT_HEAD_ENDINGS, *ACTIVITY_HEAD_ENDINGS))
    + r"|-(?:Projekt|Teilprojekt|"
    + "|".join(OFFER_NOUNS)
    + "))"
)
_PROJECT_WORD = r"(?:Projekt|Teilprojekt|Maßnahme|Angebot|Vorhaben)"
# "das Angebot „Sprechstunde Pflege“", "die Maßnahme „Deutsch im Beruf“", "die IQ Qualifizierung „X“": a bare offer
# or measure before a quoted name that begins with a capital (in "ein Angebot „kostenlos“" the quotes mark a word,
# not a name).
_OFFER_WORD = (
    r"(?:IQ[\s\-]+)?(?:" + "|".join(OFFER_NOUNS) + r")(?:es|s|en|n)?\s+(?=[" + OPENING_QUOTES + r"][A-ZÄÖÜ])"
)
_NAMED_PROJECT = re.compile(
    rf"(?<![\w-])(?:{_PROJECT_COMPOUND}(?:es|s|en|n)?(?:{_NAMING})?|{_PROJECT_WORD}(?:es|s|en|n)?{_NAMING}"
    rf"|{_OFFER_WORD})\s*{_QUOTED}"
)
# "das Förderprogramm mit dem Titel „X“", "eine Initiative namens „X“": a programme named by a naming phrase.
_PROGRAMME_HEAD = r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:" + "|".join(PROGRAMME_HEAD_ENDINGS) + ")|Programm|Initiative)"
_NAMED_PROGRAMME = re.compile(rf"(?<![\w-]){_PROGRAMME_HEAD}(?:es|s|en|n)?{_NAMING}\s+{_QUOTED}")

# "die Anerkennungsberatung Gera": a counselling service named by its town; "die Migrationsberatung für
# Erwachsene (MBE)", "… für erwachsene Zugewanderte (MBE)": one named by what it serves and an abbreviation of its own.
# "Anerkennungs- und Qualifizierungsberatung Kiel": a suspended compound before the service's word is its name's.
_SERVICE = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-[ \xa0]+(?:und|oder)[ \xa0]+)?[A-ZÄÖÜ][a-zäöüß]+(?:"
    + "|".join(SERVICE_HEAD_ENDINGS)
    + ")"
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
# "IQ" before the service's word is its name's ("die IQ Anerkennungs- und Qualifizierungsberatung Gera").
_SERVICE_OF_A_TOWN = re.compile(rf"(?<![\w-])(?P<name>(?:IQ[ \-])?{_SERVICE}\s+{_TOWN_OR_REGION})(?![\w-])")
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


# "das Welcome Center Rostock", "beim Welcome Centre Rhein-Neckar": a welcome service named by its English head and
# the town or region it serves (the bare head alone is as often a kind of office as a name).
_WELCOME_SERVICE = re.compile(
    rf"(?<![\w-])Welcome[\s\-]+(?P<head>Cent(?:er|re))[^\S\n]+{_TOWN_OR_REGION}(?![\w-])"
)


def _welcome_services(text: str) -> list[Mention]:
    return [
        Mention.named(
            m.start(), m.end(), "Subproject", f"Welcome {m.group('head')} {m.group('town')}", m.group(0)
        )
        for m in _WELCOME_SERVICE.finditer(text)
        if _names_a_place(m.group("base"))
    ]


def find_project_names(text: str) -> list[Mention]:
    return (
        [_styled_with_its_place(text, m) for m in _STYLED_AFTER_HEAD.finditer(text)]
        + _names_with_abbreviation_or_subtitle(text)
        + _names_in_apposition(text)
        + _quoted_after_heads(text)
        + _named_services(text)
        + _welcome_services(text)
        + _listed_projects(text)
        + _quoted_lists(text)
        + _project_fields(text)
        + _names_above_their_carrier(text)
        + _bulleted_projects(text)
        + _coordinated_after_a_plural_head(text)
        + _units_of_the_programme(text)
        + _same_named_projects(text)
        + find_bare_project_names(text)
    )


# "das Projekt KOMPASS Kiel", "im Projekt ProBeruf Sachsen": the town or region after a styled name is its own.
_PLACE_OF_A_STYLED_NAME = re.compile(rf"[^\S\n]+{_TOWN_OR_REGION}(?![\w-])")


def _styled_with_its_place(text: str, m: re.Match[str]) -> Mention:
    place = _PLACE_OF_A_STYLED_NAME.match(text, m.end())
    if place is None or not _names_a_place(place.group("base")):
        return Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0))
    label = f"{m.group('name')} {' '.join(place.group('town').split())}"
    return Mention.named(m.start(), place.end(), "Subproject", label, text[m.start() : place.end()])


# The priority of a name a project's head or predicate marks: above the organisation grammar's (1), below a known
# name's (3).
_OVER_A_BODY = 2


def _at_sentence_starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [m for start in _sentence_starts(text) if (m := pattern.match(text, start)) is not None]


@lru_cache(maxsize=2)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where a sentence or line begins, found once for the patterns tried there (four of them; a long text of
    short sentences spent a fifth of its time finding them again)."""
    return tuple(sorted({0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))}))


def _names_in_apposition(text: str) -> list[Mention]:
    plain = [m.span("name" if m.group("name") else "styled") for m in _NAME_IN_APPOSITION.finditer(text)]
    quoted = [(m.start(), m.end("name") + 1) for m in _QUOTED_IN_APPOSITION.finditer(text)]  # with its quotes
    return [
        Mention.named(start, end, "Subproject", name, text[start:end])
        for start, end in plain + quoted
        for name in [text[start:end].strip(OPENING_QUOTES + CLOSING_QUOTES + " ")]
    ]


def _names_with_abbreviation_or_subtitle(text: str) -> list[Mention]:
    abbreviated = [*_NAME_BEFORE_ABBREVIATION.finditer(text), *_SHORT_THEN_LONG_FORM.finditer(text)]
    out = [
        Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0), m.group("abbr"))
        for m in abbreviated
        if m.group("abbr")[0] == m.group("name")[0]
    ]
    out += [  # the subject alone, not the predicate
        Mention.named(
            m.start(),
            m.end("name"),
            "Subproject",
            m.group("name"),
            text[m.start() : m.end("name")],
            m.group("abbr"),
        )
        for m in _at_sentence_starts(_SHORT_DASH_LONG_CALLED, text)
        if m.group("abbr")[0] == m.group("name")[0]
    ]
    out += [  # the name before the subtitle is one of its names too
        replace(
            Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0)),
            alias=m.group("short"),
        )
        for m in _DASHED_PLAIN_NAME.finditer(text)
        if not _STYLED_WORD.fullmatch(m.group("short"))
    ]
    # over the organisation grammar's reading of the same words ("Das Zentrum für Anerkennung X ist ein
    # Teilprojekt des …" names a unit), not over a known name
    # a carrier in the genitive is no part of the name ("Die Beratungsstelle X der Handwerkskammer Y ist …")
    out += [
        Mention.named(
            m.start("name"), m.start("name") + len(name), "Subproject", name, name, priority=_OVER_A_BODY
        )
        for pattern in _CALLED_PATTERNS
        for m in _at_sentence_starts(pattern, text)
        for name in [before_a_carrier(m.group("name"))]
        if _may_be_a_plain_name(name) and _repeatable(name)  # "Die Beratung ist …" names none
    ]
    # from the name on; a known name (the programme's) of the same words wins, the organisation grammar's
    # reading does not ("im Teilprojekt Zentrum für Anerkennung Kiel")
    return out + [
        Mention.named(
            m.start("name"), m.start("name") + len(name), "Subproject", name, name, priority=_OVER_A_BODY
        )
        for m in _PLAIN_NAME_AFTER_HEAD.finditer(text)
        for name in [before_a_person(_before_a_time(before_a_carrier(m.group("name"))))]
        if _may_be_a_plain_name(name)
    ]


def _before_a_time(name: str) -> str:
    """A word of time ends a name: "das Projekt KOMPASS Mitte Mai beenden" names "KOMPASS"."""
    words = name.split(" ")
    cut = next((i for i, word in enumerate(words[1:], 1) if word in TIME_WORDS), len(words))
    return " ".join(words[:cut])


# "das Projekt ProBeruf der Diakonie Kiel", "das Projekt Lotse des Vereins Lernwege": a genitive whose noun names a
# body is the project's carrier, no part of its name ("Haus des Ankommens" keeps its genitive).
_GENITIVE_OF_A_BODY = re.compile(r"\s+(?:der|des)\s+(?P<body>[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)")
_BODY_NOUN_ENDINGS = (*lexicon.ORG_HEADS, "netzwerk", "stadt", "gemeinde", "kreis")


def before_a_person(name: str) -> str:
    """A name that runs on into a personal name ("… Business Chances Musterstadt Petra Beispiel") ends before
    the given name."""
    words = name.split(" ")
    for i in range(1, len(words) - 1):
        if words[i][:1].isupper() and given_name_gender(words[i]) and words[i + 1][:1].isupper():
            return " ".join(words[:i])
    return name


def before_a_carrier(name: str) -> str:
    """A genitive naming a body ends a name: "BRÜCKE – Berufliche Integration der Volkshochschule X" is the
    project of the Volkshochschule X."""
    for genitive in _GENITIVE_OF_A_BODY.finditer(name):
        if any(_names_a_body(word) for word in genitive.group("body").split()):
            return name[: genitive.start()]
    return name


def _names_a_body(word: str) -> bool:
    """ "Diakonie", "Vereins", "Netzwerks": a noun (in the genitive) ending in the head of a body's name."""
    low = word.lower()
    return any(
        form.endswith(_BODY_NOUN_ENDINGS) for form in (low, low.removesuffix("s"), low.removesuffix("es"))
    )


def _may_be_a_plain_name(name: str) -> bool:
    """Not a word of time ("Ende März"), a function word ("Zum Start") or the programme's or a network's name."""
    first = name.split()[0]
    return (
        first not in TIME_WORDS
        and first not in lexicon.NOT_NAMES
        and not _NOT_A_PLAIN_PROJECT_NAME.match(name)
    )


# "zwölf Teilprojekte, darunter „A“ und „B“", "Projekte wie „A“, „B“ oder „C“": examples of a plural project noun.
_EXAMPLES_OF_PROJECTS = re.compile(
    r"(?<![\w-])(?:Teil|Modell|Pilot)?[Pp]rojekt(?:e|en)\b,?\s+(?:darunter|etwa|wie|insbesondere|zum\s+Beispiel|z\.\s?B\.)"
    rf"(?:\s+(?:die|das|den|dem))?\s+(?=[{OPENING_QUOTES}])"
)
# "„A“ und „B“ sind Teilprojekte des …", "„A“ ist ein Angebot der …": quoted names the predicate calls projects.
_QUOTED_THEN_CALLED = re.compile(
    r"(?:\s+(?:ist|sind|war|waren)\s+(?:ein|eine|eines\s+der|zwei|drei|vier|beides|beide)?\s*(?:[a-zäöüß]\w*(?:e|en)\s+)?"
    r"(?:IQ[\s\-]+)?(?:Teil|Modell|Pilot)?(?:[Pp]rojekt|Angebot)(?:e|en|s)?\s+(?:des|der|im|vom|von)\b)"
)
_QUOTED_ITEM = re.compile(QUOTED_NAME)
_NEXT_ITEM = re.compile(rf"\s*(?:,|und|sowie|oder)\s*(?=[{OPENING_QUOTES}])")


# A profile's field naming the project, on a line of its own: "Projekt: Brücken bauen", "Projekttitel: X".
_PROJECT_FIELD = re.compile(
    r"(?m)^[^\S\n]*(?:Teil)?[Pp]rojekt(?:name|titel)?[^\S\n]*:[^\S\n]*(?P<name>[^\n]{3,120}?)[^\S\n]*$"
)


# A lead-in line naming projects in the plural and ending in a colon ("Die Teilprojekte im Überblick:", "Zum
# Netzwerk gehören folgende Projekte:"), then a bulleted or numbered item per line: each item's name, before a
# bracket ("(Träger: …)"); the list ends at the first line that is no item.
# After the plural noun only its attributes or a copula come before the colon ("Die Teilprojekte im Überblick:",
# "Die Projekte sind:"); "Die Projekte bieten:" lists what they do.
_LIST_LEAD_IN = re.compile(
    r"(?m)^[^\n]*(?<![\w-])(?:Teil|Modell)?[Pp]rojekt(?:e|en)(?![\w-])"
    r"(?:[^\S\n]+(?:im|in|des|der|von|für|zum|zur|am|sind|waren|heißen|lauten|[A-ZÄÖÜ][\w-]*))*[^\S\n]*:[^\S\n]*\n"
)
_BULLETED_ITEM = re.compile(
    r"[^\S\n]*(?:[-–•*▪]|\d{1,2}[.)])[^\S\n]+(?P<item>[^\n(]*[^\s(;,.])[^\n]*(?:\n|$)"
)
_BLANK_LINE = re.compile(r"[^\S\n]*\n")


def _bulleted_projects(text: str) -> list[Mention]:
    out = []
    for lead_in in _LIST_LEAD_IN.finditer(text):
        pos = lead_in.end()
        pos = blank.end() if (blank := _BLANK_LINE.match(text, pos)) else pos
        while (item := _BULLETED_ITEM.match(text, pos)) is not None:
            name, subtitle = item.group("item"), item.group("item").split(_SUBTITLE_DASH)[0]
            if _looks_like_a_name(subtitle) and _only_links_in_small_letters(subtitle):
                mention = Mention.named(item.start("item"), item.end("item"), "Subproject", name, name)
                out.append(replace(mention, alias=subtitle) if subtitle != name else mention)
            pos = item.end()
    return out


# The small words a listed name may hold; an item with any other ("Beratung zu ausländischen Abschlüssen",
# "Frauen werden beraten") describes what a project does.
_LINKS_OF_A_LISTED_NAME = frozenset(
    {
        "für",
        "und",
        "in",
        "im",
        "der",
        "des",
        "die",
        "das",
        "den",
        "dem",
        "zur",
        "zum",
        "am",
        "mit",
        "von",
        "auf",
        "plus",
    }
)


def _only_links_in_small_letters(name: str) -> bool:
    return all(word in _LINKS_OF_A_LISTED_NAME for word in name.split() if word[:1].islower())


def _coordinated_after_a_plural_head(text: str) -> list[Mention]:
    out = []
    for listed in _NAMES_AFTER_A_PLURAL_HEAD.finditer(text):
        items = list(_LISTED_NAME_ITEM.finditer(text, listed.start("list"), listed.end("list")))
        names = [before_a_person(before_a_carrier(item.group())) for item in items]
        if all(_may_be_a_plain_name(name) and _repeatable(name) for name in names):
            out += [
                Mention.named(item.start(), item.start() + len(name), "Subproject", name, name)
                for item, name in zip(items, names, strict=True)
            ]
    return out


def _project_fields(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", name, name, abbreviation)
        for m in _PROJECT_FIELD.finditer(text)
        if _looks_like_a_name(m.group("name").strip(' „“"'))
        for name, abbreviation in [_split_abbreviation(m.group("name").strip(' „“"'))]
    ]


# A profile's heading line, the project's name, right above the line naming its carrier: "Brücke Beruf – Pflege
# für Zugewanderte\nTräger: Beispiel e. V." (no full stop or colon closes a heading).
_NAME_ABOVE_A_CARRIER = re.compile(
    r"(?m)^[^\S\n]*(?P<name>[A-ZÄÖÜ][^\n:]{2,120}?[^\s.:;,])[^\S\n]*\n"
    r"[^\S\n]*(?:Projekt)?[Tt]räger(?:in|schaft)?[^\S\n]*:"
)


def _names_above_their_carrier(text: str) -> list[Mention]:
    out = []
    for match in _NAME_ABOVE_A_CARRIER.finditer(text):
        name = match.group("name")
        subtitle = name.split(_SUBTITLE_DASH)[0]
        if (
            _looks_like_a_name(subtitle)
            and _only_links_in_small_letters(subtitle)
            and not given_name_gender(subtitle.split()[0])  # "Petra Beispiel\nTräger: …": a contact block
        ):
            mention = Mention.named(match.start("name"), match.end("name"), "Subproject", name, name)
            out.append(replace(mention, alias=subtitle) if subtitle != name else mention)
    return out


def _split_abbreviation(name: str) -> tuple[str, str | None]:
    """ "Brücken bauen (BB)" -> the name and its abbreviation."""
    abbreviation = _TRAILING_ABBREVIATION.search(name)
    return (name[: abbreviation.start()], abbreviation.group("abbr")) if abbreviation else (name, None)


def _quoted_lists(text: str) -> list[Mention]:
    out = []
    for cue in _EXAMPLES_OF_PROJECTS.finditer(text):
        out += _quoted_items(text, cue.end())
    for first in _QUOTED_ITEM.finditer(
        text
    ):  # a list read from each of its items: `select` keeps one of each
        items = _quoted_items(text, first.start())
        if _QUOTED_THEN_CALLED.match(text, items[-1].end):
            out += items
    return out


def _quoted_items(text: str, pos: int) -> list[Mention]:
    """The quoted names coordinated from `pos` on: "„A“, „B“ und „C“"."""
    items = []
    while (item := _QUOTED_ITEM.match(text, pos)) is not None:
        name = item.group("name").strip()
        items.append(Mention.named(item.start(), item.end(), "Subproject", name, item.group(0)))
        link = _NEXT_ITEM.match(text, item.end())
        if link is None:
            break
        pos = link.end()
    return items


def _quoted_after_heads(text: str) -> list[Mention]:
    found = [(m, "Subproject") for m in _NAMED_PROJECT.finditer(text)]
    found += [(m, "Programme") for m in _NAMED_PROGRAMME.finditer(text)]
    return [
        Mention.named(m.start(), m.end(), type_, m.group("name").strip(), m.group(0)) for m, type_ in found
    ]


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
    if found is None:
        return m
    start = found.start("adjective")
    adjective = found.group("adjective")
    adjective = adjective[:-1] if adjective.endswith(("en", "er")) else adjective  # "der Zentralen …"
    return Mention.named(start, m.end, m.type, f"{adjective} {m.label}", text[start : m.end])


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


def _named_services(text: str) -> list[Mention]:
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


def _units_of_the_programme(text: str) -> list[Mention]:
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
        Mention.named(m.start(), m.end(), "Subproject", name, m.group(0), m.group("abbr"))
        for m in _FACHSTELLE_BY_ITS_FIELD.finditer(text)
        if m.start() not in placed
        for name in [" ".join(before_a_carrier(before_a_person(_before_a_time(m.group("name")))).split())]
        if " " in name
    ]


# "Die Stadt hat im Rahmen des gleichnamigen Projekts das Haus des Ankommens eingerichtet", "Das Lotsenhaus Nord
# öffnet. Das gleichnamige Projekt …": the project bears the name of a thing the sentence (or, where the phrase
# opens its sentence, the one before) names with several words joined by a link ("Haus des Ankommens").
_SAME_NAMED_PROJECT = re.compile(r"gleichnamig(?:e|en|em|es)\s+(?:IQ[\s\-]+)?(?:Teil|Modell)?[Pp]rojekt")
_OPENING_ARTICLE = re.compile(r"[Dd]as\s+$")
_LINKED_NAME = re.compile(
    r"(?<![\w-])[Dd](?:as|em|es|ie|er|en)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+(?:des|der|für|zur|zum)\s+[A-ZÄÖÜ][\w\-]*)+)(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _same_named_projects(text: str) -> list[Mention]:
    out = []
    for cue in _SAME_NAMED_PROJECT.finditer(text):
        start = _sentence_start(text, cue.start())
        opening = _OPENING_ARTICLE.search(text, start, cue.start())
        if (
            opening is not None and opening.start() == start
        ):  # "Das gleichnamige Projekt …" opens the sentence
            start = _sentence_start(text, max(0, start - 2))
        if _QUOTED_ITEM.search(text, start, cue.start()):  # "Das Netzwerk „X“ hat im gleichnamigen Projekt …"
            continue
        end = next((m.end() for m in _SENTENCE_END.finditer(text, cue.end())), len(text))
        out += [
            Mention.named(
                m.start("name"),
                m.end("name"),
                "Subproject",
                m.group("name"),
                m.group("name"),
                priority=_OVER_A_BODY,
            )
            for m in _LINKED_NAME.finditer(text, start, end)
            if not cue.start() <= m.start() < cue.end()
        ]
    return out


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return len(text) - len(text[ends[-1] :].lstrip()) if ends else 0


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


# "das Projekt „Integration im Handwerk“ (IiH)": a short form in brackets after the quoted name, of two capitals at
# least (a word in brackets is a remark: "(neu)", "(Kiel)").
_SHORT_FORM_AFTER_QUOTES = re.compile(
    r"[^\S\n]*\((?P<abbr>(?=(?:[^()\s]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][^()\s]{1,9})\)"
)


def with_its_short_form(text: str, m: Mention) -> Mention:
    short = _SHORT_FORM_AFTER_QUOTES.match(text, m.end)
    if short is None:
        return m
    return replace(m, end=short.end(), surface=text[m.start : short.end()], abbreviation=short.group("abbr"))


# "„MiStrAL“ von der Volkshochschule Stade", "„Brücken bauen“ der Stiftung Beispiel": a quoted name said to be a
# body's, right before it, is the body's project (a quote ends in a comma before its speaker, not in "von der").
_QUOTED_BEFORE_A_BODY = re.compile(
    rf"{QUOTED_NAME}[^\S\n]+(?:von(?:[^\S\n]+(?:der|dem|den))?|vom|der|des)[^\S\n]+(?=[A-ZÄÖÜ])"
)
# A noun with its article right before the quotes is what the quoted name names ("mit dem Logo „X“ des …",
# "das Buch „X“ der …"): not a project standing alone.
_NOUN_BEFORE_THE_QUOTES = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e|em|en|er|es)?)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*\s*$"
)
_REACH_BACK_TO_A_NOUN = 60  # characters before the quotes: an article, an adjective and a noun
_BODY_TYPES = ("Organisation", "Agency", "Ministry")
_MOST_WORDS_OF_A_QUOTED_PROJECT = 8  # more is a sentence or a title, not a project's name


def quoted_projects_of_bodies(text: str, chosen: list[Mention]) -> list[Mention]:
    bodies = {m.start for m in chosen if m.type in _BODY_TYPES}
    found = (
        _bare_quoted_project(text, m, chosen)
        for m in _QUOTED_BEFORE_A_BODY.finditer(text)
        if m.end() in bodies
    )
    return [m for m in found if m is not None]


def _bare_quoted_project(text: str, match: re.Match[str], chosen: list[Mention]) -> Mention | None:
    """The project a bare quoted name names, with its quotes: a short capitalised name, no noun before the
    quotes ("das Logo „X“"), no mention already there."""
    name = match.group("name").strip()
    if (
        name[:1].isupper()
        and len(name.split()) <= _MOST_WORDS_OF_A_QUOTED_PROJECT
        and not _NOUN_BEFORE_THE_QUOTES.search(
            text, max(0, match.start() - _REACH_BACK_TO_A_NOUN), match.start()
        )
        and not any(m.start < match.end("name") and match.start("name") < m.end for m in chosen)
    ):
        start, end = match.start("name") - 1, match.end("name") + 1
        return Mention.named(start, end, "Subproject", name, text[start:end])
    return None


# "Mit „Anerkennung konkret“ startet in Kiel ein neues Angebot", "„Brücke Nord“ ist seit Mai ein weiteres
# Teilprojekt im …": a bare quoted name in the clause that brings in a project with the indefinite article (a quote
# is followed by the comma before its speaker).
_CLAUSE_AFTER_THE_QUOTES = 60  # characters from the closing quote to the project noun, in one clause
_QUOTED_THEN_A_NEW_PROJECT = re.compile(
    rf"{QUOTED_NAME}(?![^\S\n]*,)[^.!?;:,\n„“\"]{{0,{_CLAUSE_AFTER_THE_QUOTES}}}?(?<![\w-])(?:ein|eine)[^\S\n]+"
    r"(?:(?:neue|weitere|zusätzliche)[sn]?[^\S\n]+)?(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]*(?:projekt|angebot)"
    r"|Projekt|Angebot|Vorhaben|Teilvorhaben)(?![\w-])"
)


def quoted_new_projects(text: str, chosen: list[Mention]) -> list[Mention]:
    found = (_bare_quoted_project(text, m, chosen) for m in _QUOTED_THEN_A_NEW_PROJECT.finditer(text))
    return [m for m in found if m is not None]


# "„Brücken bauen“ berät seit Mai …", "„Anerkennung konkret“ (AK) bietet … an", "„X“ wird vom Verein Y umgesetzt": a
# bare quoted name opening a sentence as the subject of a verb saying what a service does, or of a passive with its
# agent (a quote is followed by the comma before its speaker).
_CLAUSE_TO_THE_VERB = 40  # characters from the auxiliary to the participle or the agent: a few words
_IN_THE_CLAUSE = rf"[^.!?;\n„“\"]{{0,{_CLAUSE_TO_THE_VERB}}}?(?<![\w-])"
_PASSIVE_WITH_AN_AGENT = rf"(?:wird|wurde|werden|wurden){_IN_THE_CLAUSE}(?:von|vom|durch)[^\S\n]"
# "„X“ hat seit Mai 300 Menschen beraten", "„X“ ist seit 2015 Teil des …": the perfect of a service verb, a part.
_PERFECT_OF_A_SERVICE = rf"(?:hat|haben|hatte){_IN_THE_CLAUSE}(?:{'|'.join(SERVICE_PARTICIPLES)})(?![\w-])"
_PART_OF = rf"(?:ist|war){_IN_THE_CLAUSE}Teil[^\S\n]+(?:des|der|im)(?![\w-])"
_QUOTED_SUBJECT_OF_A_SERVICE = re.compile(  # an article may stand before it: "Das „X“ berät …"
    rf"(?:(?:Der|Die|Das)[^\S\n]+)?{QUOTED_NAME}(?:[^\S\n]*\([^()\n]{{2,12}}\))?[^\S\n]+"
    rf"(?:(?:{'|'.join(SERVICE_VERBS)})(?![\w-])|{_PASSIVE_WITH_AN_AGENT}|{_PERFECT_OF_A_SERVICE}|{_PART_OF})"
)
# "Mit „X“ unterstützt die Stadt Kiel …": the quoted name of the means a body serves people with.
_QUOTED_MEANS_OF_A_SERVICE = re.compile(
    rf"Mit[^\S\n]+{QUOTED_NAME}[^\S\n]+(?:{'|'.join(SERVICE_VERBS)})(?![\w-])"
)


def quoted_subjects_of_services(text: str, chosen: list[Mention]) -> list[Mention]:
    matches = [
        *_at_sentence_starts(_QUOTED_SUBJECT_OF_A_SERVICE, text),
        *_at_sentence_starts(_QUOTED_MEANS_OF_A_SERVICE, text),
    ]
    found = (_bare_quoted_project(text, m, chosen) for m in matches)
    return [with_its_short_form(text, m) for m in found if m is not None]


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


# "Die Teilprojekte des Netzwerks sind: A, B und C.", "Zu den Projekten gehören: A, B sowie C.": a colon after a
# plural project noun opens an enumeration of their names (the clause before the colon is short).
_LIST_CLAUSE_MAX = 80  # characters from the plural noun to the colon: a clause, not a paragraph
_PROJECT_LIST = re.compile(
    rf"(?<![\w-])(?:Teilprojekt|Projekt|Modellprojekt)en?(?![\w-])[^:.\n]{{0,{_LIST_CLAUSE_MAX}}}:[^\S\n]*"
    r"(?P<list>[^.:\n]{3,400})(?![^.\n])"  # a colon inside is a numbered list, not names
)
_LAST_ITEM = re.compile(r"\s+(?:und|sowie)\s+(?=\S+$|(?:die|das|der)\s|[A-ZÄÖÜ])")
_LEADING_ARTICLE = re.compile(r"^(?:die|das|der|den|dem)\s+")
_TRAILING_ABBREVIATION = re.compile(r"\s+\((?P<abbr>[A-ZÄÖÜ][\wÄÖÜ+]{1,9})\)$")
_MOST_WORDS_IN_A_LISTED_NAME = 9
_STYLED_WORD = re.compile(r"[A-ZÄÖÜ]{3,}\+?|[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]\w*")


def _listed_projects(text: str) -> list[Mention]:
    out = []
    for match in _PROJECT_LIST.finditer(text):
        out += _enumerated_projects(text, match.start("list"), match.group("list"))
    return out


def _enumerated_projects(text: str, pos: int, listed: str) -> list[Mention]:
    """Each item of a plain enumeration of names; none where an item does not look like a name."""
    chunks = listed.split(", ")
    *first, last = chunks
    split = list(_LAST_ITEM.finditer(last))
    items = first + ([last[: split[-1].start()], last[split[-1].end() :]] if split else [last])
    out = []
    for raw in items:
        item = _LEADING_ARTICLE.sub("", raw.strip())
        if not _looks_like_a_name(item):
            return []
        start = text.index(item, pos)
        pos = start + len(item)
        abbreviation = _TRAILING_ABBREVIATION.search(item)
        label = item[: abbreviation.start()] if abbreviation else item
        out.append(
            Mention.named(
                start, pos, "Subproject", label, item, abbreviation.group("abbr") if abbreviation else None
            )
        )
    return out


def _looks_like_a_name(item: str) -> bool:
    """Capitalised, short, and either of several words or styled ("KOMPASS", "PflegeStart")."""
    words = item.split()
    if not words or not item[0].isupper() or len(words) > _MOST_WORDS_IN_A_LISTED_NAME:
        return False
    return len(words) > 1 or bool(_STYLED_WORD.fullmatch(item))


def repeated_project_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "das Projekt „Brücke Nord“ … Brücke Nord wird gefördert": a project's name of several words, or a styled
    one, repeated later without its head or quotes is a mention of it."""
    # Each name is looked up once for all its mentions, at the word starts that begin with its first word:
    # a scan of the rest of the text per mention (or per name) was quadratic in a long release.
    ends_by_name: dict[tuple[str, str], set[int]] = {}
    for m in mentions:
        if m.type == "Subproject" and not m.generic:
            for name in _names_repeated(m.label):
                ends_by_name.setdefault((name, m.label), set()).add(m.end)
    word_starts = _word_starts(text) if ends_by_name else {}
    repeated = [
        Mention.named(start, start + len(name), "Subproject", label, name)
        for (name, label), ends in ends_by_name.items()
        for start in _repeats_after(text, name, sorted(ends), _whole_name_starts(text, name, word_starts))
    ]
    return repeated + _quoted_repeats(text, mentions)


# "das Projekt „Brückenbau“ … ist Träger von „Brückenbau“": a one-word name in quotation marks, repeated in them
# later, is the project again (bare, such a word may be a common noun and is not looked for).
_QUOTED_WORD = re.compile(r"[„\"“»](?P<name>[^\W\d_][\w-]*)[“\"”«]")


def _quoted_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "Subproject" and not m.generic and not _repeatable(m.label):
            first.setdefault(m.label, m)
    if not first:
        return []
    taken = {m.start for m in mentions}
    return [
        Mention.named(
            match.start("name"), match.end("name"), "Subproject", match.group("name"), match.group("name")
        )
        for match in _QUOTED_WORD.finditer(text)
        if match.group("name") in first
        and match.start("name") > first[match.group("name")].end
        and match.start("name") not in taken
    ]


_SUBTITLE_DASH = " – "


def _names_repeated(label: str) -> list[str]:
    """The label, and for "Mentoring Plus – Frauen in Arbeit" the name before the subtitle ("Mentoring Plus"),
    where they are distinctive enough to be looked for bare."""
    names = [label]
    if _SUBTITLE_DASH in label:
        names.append(label.split(_SUBTITLE_DASH)[0])
    return [name for name in names if _repeatable(name)]


_WORD_START = re.compile(r"(?<![\w-])\w+")
_LEADING_WORD = re.compile(r"\w+")


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word stands (in text order) where no word or hyphen goes before it."""
    starts: dict[str, list[int]] = {}
    for word in _WORD_START.finditer(text):
        starts.setdefault(word.group(), []).append(word.start())
    return starts


def _whole_name_starts(text: str, label: str, word_starts: dict[str, list[int]]) -> list[int]:
    """Every start (in text order, overlapping ones too) of `label` as a whole name."""
    whole = re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w+-])")
    first_word = _LEADING_WORD.match(label)
    if first_word is None:  # a name that begins with a sign ("#Talente"): read the whole text for it
        return [m.start() for m in re.finditer(rf"(?={whole.pattern})", text)]
    # A whole name begins where a word equal to its first word does: that word ends where the name's does
    return [start for start in word_starts.get(first_word.group(), []) if whole.match(text, start)]


def _repeats_after(text: str, label: str, ends: list[int], starts: list[int]) -> list[int]:
    """Which of `starts` a scan of the text after each of `ends` finds, left to right without overlaps, as
    the rule reads it; a scan reaching a repeat found before goes on as that one did, so it stops there."""
    # Right at a mention's end the name needs no word boundary before it: the rule reads the text after a
    # mention as a string of its own, where nothing stands before its first character
    at_end = re.compile(rf"{re.escape(label)}(?![\w+-])")
    found: set[int] = set()
    for end in ends:
        start = end if at_end.match(text, end) else _first_from(starts, end + 1)
        while start is not None and start not in found:
            found.add(start)
            start = _first_from(starts, start + len(label))
    return sorted(found)


def _first_from(starts: list[int], pos: int) -> int | None:
    at = bisect_left(starts, pos)
    return starts[at] if at < len(starts) else None


def _repeatable(label: str) -> bool:
    return len(label.split()) > 1 or bool(_STYLED_WORD.fullmatch(label))
