"""Programme and subproject mentions: the names a release gives its projects, programmes and units.

A quoted name after a unit's head ("die Beratungsstelle „Wege in Arbeit“", "die Projekte „A“ und „B“"), a
short form and its long name after a dash or colon ("das Teilprojekt BCM – Beispiel Chancen Musterstadt"),
an IQ unit ("IQ Fachstelle Einwanderung"), a programme by its quoted or compound name ("das Förderprogramm
„Neue Wege“", "das Musterstädter Stipendienprogramm"), a local network in quotes ("das regionale Netzwerk „X“"),
a numbered list ("TP 2: Fahrplan Anerkennung") and a list of Fachstellen; a name that reaches the end of an
excerpt cut off mid-word is dropped. Programmes and local networks are read in names_programmes.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...lexicon.places import GENERIC_TERRITORIES
from ...lexicon.projects import (
    ABSTRACT_NOUN_ENDINGS,
    COUNSELLING_OFFICE_COMPOUND_ENDINGS,
    COUNSELLING_UNIT_ENDINGS,
    COUNSELLING_UNIT_ROOTS,
)
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from ..gazetteer import Gazetteer
from ..organisations.words import joined
from .name_parts import OFFER_HEAD
from .names import (
    QUOTED_NAME,
    before_a_carrier,
    before_a_person,
    find_project_names,
    iq_services,
    with_its_short_form,
)
from .names_programmes import local_networks, named_programmes, programmes_of_a_place, quoted_programmes
from .numbered_in_prose import subprojects_by_their_number

# The quoted name may stand in apposition, between commas: "Das zweite Projekt, „Sprache im Beruf“, liegt …".
# A number may stand between the head and the name: "im Teilprojekt 3 „X“", "das Teilprojekt Nr. 4, „X“, …".
_NUMBER_OF_A_PROJECT = r"(?:\s+(?:Nr\.\s*)?\d{1,2}(?![\d.]))?"
# "die Lotsenstelle „X“", "das IQ-Kontaktbüro „X“": a counselling unit's compound head (a word of its own)
_COUNSELLING_UNIT = (
    rf"(?:(?<![\w-])|(?<=IQ-))(?:{'|'.join(COUNSELLING_UNIT_ROOTS)})(?:{'|'.join(COUNSELLING_UNIT_ENDINGS)})"
)
# "die Fachberatungsstelle „X“", "die Migrationsberatungsstelle „X“": an office's head with a first part before it
_COUNSELLING_OFFICE_COMPOUND = (
    rf"(?:(?<![\w-])|(?<=IQ-))[A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(COUNSELLING_OFFICE_COMPOUND_ENDINGS)})"
)
_QUOTED_SUBPROJECT = re.compile(
    r"(?P<head>(?:IQ[\s\-])?(?:"
    + "|".join(lexicon.SUBPROJECT_HEADS)
    + rf"|{_COUNSELLING_UNIT}|{_COUNSELLING_OFFICE_COMPOUND}))(?:es|s|en|e|n)?{_NUMBER_OF_A_PROJECT}(?:\s+|,\s+(?={QUOTED_NAME.replace('?P<name>', '')},)){QUOTED_NAME}"
)
# "zum „Bündnis Fachkräfte Nord“", "die „Stiftung Lernwege“": a quoted name that begins with an organisation's
# head noun is that organisation.
_QUOTED_ORGANISATION = re.compile(r"[„\"“»](?P<name>(?P<head>[A-ZÄÖÜ][\w\-]*)\s[^„\"“”»«\n?]{2,80})[“\"”«]")


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
    # (a long dash may join a name's parts, "Anlaufstelle – Akademikerservice", or its short form; not its carrier)
    # (or a colon before its figure: "TP 1: Brücke Nord: 80.000 €")
    r"(?=\(|\s-\s|\s–\s(?=(?:Projekt)?[Tt]räger)|;|\n|$|\.(?:\s|$)|:[^\S\n]*\d"
    # (or a comma before its carrier: "TP 3: Brücke Beruf, getragen vom Verein Y", "…, in Trägerschaft der Y")
    r"|,\s(?:getragen|durchgeführt|umgesetzt|betrieben|koordiniert|in\s+Trägerschaft|(?:Projekt)?[Tt]räger(?:in)?\b))"
)
# ... or its quoted name right after the number, no colon: "TP 1 „Lotsenhaus Nord“ (Lernwerk e. V.), TP 2 „…“ (…)"
_NUMBERED_QUOTED_SUBPROJECT = re.compile(
    r"(?<![\w])(?:TP|Teilprojekt)[^\S\n]*\d{1,2}(?:\.\d{1,2})?[^\S\n]+[„\"»](?P<name>[A-ZÄÖÜ][^„“”\"«»\n]{2,90}?)[“”\"«]"
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
    rf"(?:(?<![\w-])(?:(?:Teil|Modell)?[Pp]rojekt|Teilvorhaben)(?:es|s)?|{OFFER_HEAD})\s+(?P<abbr>{_ACRONYM})"
    rf"(?:\s+[-–]|(?P<colon>:))\s+(?P<name>{_LONG_NAME})"
)
# "IQ Fachstelle Einwanderung", "IQ Beratungszentrum für Anerkennung Dresden", "IQ Servicestelle zur Erschließung
# ausländischer Qualifikationen": an adjective in small letters may stand before a noun of the name.
# (not a verb in "-en" before its object: "die IQ Fachstelle X lernen Gründerinnen"; "-en" only after a suffix of
# adjectives: "beruflichen", "interkulturellen")
_SMALL_ADJECTIVE_BEFORE = (
    r"(?:[a-zäöüß]{3,}(?:(?:isch|lich|ig|al|ell|iv|är|bar|los)en|e|er|es)\s+(?=[A-ZÄÖÜ]))?"
)
_IQ_FACHSTELLE = re.compile(
    r"IQ[\s\-]+(?P<head>[A-ZÄÖÜ][a-zäöüß]*(?:stelle|beratung|zentrum))(?P<plural>n|en)?\s+(?:(?P<link>für|zu|zur|zum)\s+)?"
    rf"(?P<name>(?:(?:in\s+der|im)\s+)?(?:(?<=für\s|zur\s|zum\s){_SMALL_ADJECTIVE_BEFORE})?[A-ZÄÖÜ][\w\-]*"
    rf"(?:\s+(?:und\s+)?{_SMALL_ADJECTIVE_BEFORE}[A-ZÄÖÜ][\w\-]*){{0,4}})"
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


_NOT_SUBPROJECT_NAMES = ("koordination", "koordinierung", "leitung")
_DASHED_ABBREVIATION = re.compile(r"\s+[-–]\s+(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü+]{1,7})$")


def _split_trailing_abbreviation(name: str) -> tuple[str, str | None]:
    """ "Fahrplan Anerkennung – FAP": the name and the abbreviation after a dash (two capitals at least)."""
    found = _DASHED_ABBREVIATION.search(name)
    if found is None or sum(c.isupper() for c in found.group("abbr")) < 2:
        return name, None
    return name[: found.start()], found.group("abbr")


def subproject_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    cut_off = _cut_off_at(text)
    return [
        _with_its_exclamation_mark(text, _with_broken_words_joined(m))
        for m in _subproject_candidates(text, gazetteer)
        if m.type != "Subproject" or m.end < cut_off
    ]


def _with_broken_words_joined(m: Mention) -> Mention:
    """ "„Pflege- brücke Nord“" in a text flattened from a PDF: the word broken at the line end is one word again."""
    label = joined(m.label)
    if m.type != "Subproject" or label == m.label:
        return m
    return replace(m, label=label, key=f"subproject:{label.lower()}")


# "das Projekt Dual anerkannt! im Herbst", "mit Berufsstart!, einem Angebot …": an exclamation mark the sentence goes
# on after (a small word or a comma) ends no sentence; it closes the name.
_EXCLAMATION_INSIDE_A_SENTENCE = re.compile(r"!(?=[^\S\n]+[a-zäöüß]|[,;])")


def _with_its_exclamation_mark(text: str, m: Mention) -> Mention:
    if m.type != "Subproject" or not _EXCLAMATION_INSIDE_A_SENTENCE.match(text, m.end):
        return m
    if not m.label.endswith(text[m.start : m.end].split()[-1]):
        return m
    return replace(m, end=m.end + 1, label=m.label + "!", key=m.key + "!", surface=m.surface + "!")


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
    return (
        find_project_names(text)
        + _quoted_subprojects(text)
        + _dashed_subprojects(text)
        + _iq_units(text)
        + quoted_programmes(text, gazetteer)
        + named_programmes(text, gazetteer)
        + programmes_of_a_place(text)
        + local_networks(text, gazetteer)
        + [_subproject(match, match.group("name").strip()) for match in _QUOTED_BEFORE_HEAD.finditer(text)]
        + _quoted_organisations(text)
        + [
            _subproject(match, re.sub(r"[\s\-]+", " ", match.group("name"), count=1))
            for match in _IQ_NAME_BEFORE_HEAD.finditer(text)
        ]
        + _numbered_subprojects(text)
        + subprojects_by_their_number(text)
        + [m for match in _FACHSTELLEN_LIST.finditer(text) for m in _enumerated_fachstellen(match)]
        + _quoted_unit_names(text)
    )


# "das Projekt 'Wege in Arbeit'": plain single quotes, read only right after a unit's head (elsewhere they are as
# often apostrophes).
_SINGLE_QUOTED_SUBPROJECT = re.compile(
    r"(?P<head>(?:IQ[\s\-])?(?:"
    + "|".join(lexicon.SUBPROJECT_HEADS)
    + r"))(?:es|s|en|e)?\s+'(?P<name>[A-ZÄÖÜ][^'\n„“\"]{2,80}?)'(?![\w])"
)


def _quoted_subprojects(text: str) -> list[Mention]:
    out = []
    for match in [*_QUOTED_SUBPROJECT.finditer(text), *_SINGLE_QUOTED_SUBPROJECT.finditer(text)]:
        head, name = match.group("head"), match.group("name").strip()
        label = _quoted_unit_label(head, name)
        out.append(with_its_short_form(text, replace(_subproject(match, label), alias=name)))
        out += _coordinated_quoted_names(text, match.end(), head)
    return out


def _dashed_subprojects(text: str) -> list[Mention]:
    out = []
    for match in _DASHED_SUBPROJECT.finditer(text):
        name = _DASHED_NAME_TAIL.sub(
            "", _before_a_verb(before_a_person(before_a_carrier(match.group("name"))))
        )
        if " " not in name or match.group("colon") and name[0] != match.group("abbr")[0]:
            continue
        start, end = match.start("abbr"), match.start("name") + len(name)
        mention = Mention.named(start, end, "Subproject", name, text[start:end], match.group("abbr"))
        # the form as written is a name of it too: "BCM – Business Chances Musterstadt"
        out.append(replace(mention, alias=" ".join(text[start:end].split())))
    return out


def _iq_units(text: str) -> list[Mention]:
    out = []
    for match in _IQ_FACHSTELLE.finditer(text):
        if _names_only_a_territory(match.group("name")):
            continue  # "die IQ Beratungsstellen im Land": where they work, no unit's name
        if match.group("link") is None and _people_served(match.group("name").split()[0]):
            # "berät die IQ Qualifizierungsberatung Pflegekräfte": the people the service serves, its object
            out.append(_bare_service(match))
            continue
        if match.group("name").split()[0] not in lexicon.NOT_NAMES or match.group("name").startswith(
            ("in der", "im")
        ):
            out += iq_services(text, match)
    return out


# Stems of the people a service serves, and the plural endings they take as a whole word ("Menschen", "Betriebe",
# "Zugewanderten", "Pflegekräfte"): no unit's name ("Migrantenökonomie" is one word longer).
_PEOPLE_SERVED = (
    *lexicon.ATTENDING_PEOPLE_STEMS, "ratsuchend", "klient", "zugewandert", "geflüchtet", "migrant", "zuwander",
)  # fmt: skip
_PLURAL_ENDING = 3  # letters after the stem: "-en", "-e", "-er"
_PEOPLE_SERVED_ENDINGS = ("kräfte", "kräften", "innen")


def _people_served(word: str) -> bool:
    lower = word.lower()
    if lower.endswith(_PEOPLE_SERVED_ENDINGS):
        return True
    return any(lower.startswith(stem) and len(lower) - len(stem) <= _PLURAL_ENDING for stem in _PEOPLE_SERVED)


def _bare_service(match: re.Match[str]) -> Mention:
    """The service named by its head alone, from the head on (the programme's word before it names the programme)."""
    head = match.group("head")
    return Mention.named(match.start("head"), match.end("head"), "Subproject", f"IQ {head}", head)


def _quoted_organisations(text: str) -> list[Mention]:
    out = []
    for match in _QUOTED_ORGANISATION.finditer(text):
        type_ = _ORGANISATION_HEAD_TYPES.get(match.group("head"))
        if type_:
            name, (start, end) = match.group("name").strip(), match.span("name")
            out.append(Mention.named(start, end, type_, name, name))
    return out


def _numbered_subprojects(text: str) -> list[Mention]:
    out = []
    for match in [*_NUMBERED_SUBPROJECT.finditer(text), *_NUMBERED_QUOTED_SUBPROJECT.finditer(text)]:
        name, abbreviation = _split_trailing_abbreviation(match.group("name").strip(' „“"'))
        start = match.start("name")
        if name.lower().endswith(_NOT_SUBPROJECT_NAMES):
            continue  # "TP 1: Koordination": the network's own coordination, not a named subproject
        end = start + len(match.group("name"))
        out.append(Mention.named(start, end, "Subproject", name, name, abbreviation))
    return out


def _quoted_unit_names(text: str) -> list[Mention]:
    out = []
    for match in _QUOTED_NAME.finditer(text):
        name = match.group("name")
        words = name.split(" ")
        label = " ".join(
            [(adjective_stem(w) or w) + "e" if adjective_stem(w) else w for w in words[:1]] + words[1:]
        )
        out.append(_subproject(match, label))
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
# (the carrier or place of an item may stand in brackets after it: "die Projekte „A“ (Verein X) und „B“ (Stiftung Y)")
_NEXT_QUOTED_NAME = re.compile(rf"(?:[^\S\n]*\([^()\n]{{2,80}}\))?\s*(?:,|und|sowie|oder)\s*{QUOTED_NAME}")


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
    kept = words[-1] in _KEEP_HEAD or words[-1].endswith(COUNSELLING_UNIT_ENDINGS)  # "Lotsenstelle „X“"
    return f"{' '.join(words)} „{name}“" if kept else name


def _subproject(match: re.Match[str], label: str) -> Mention:
    return Mention.named(match.start(), match.end(), "Subproject", label, match.group(0))
