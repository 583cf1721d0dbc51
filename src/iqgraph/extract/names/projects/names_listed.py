"""Project names listed: enumerations, bullets, coordinations after a plural head, and a profile's fields.

    ENUMERATION := "Die Teilprojekte des Netzwerks sind: Brücke Nord, KOMPASS und Werkstatt Zukunft."
    BULLETS := "Die Teilprojekte im Überblick:" and an item per line ("- Brücke Beruf (Träger: …)")
    COORDINATED := "die Teilprojekte Lotsenhaus Nord, Werkstatt Zukunft und KOMPASS"
    FIELD := "Projekt: Brücken bauen", "Projektname: X" on a line of its own

An item that does not look like a name (lower-case words other than a name's links, too many words) leaves the
whole list unread: it describes what projects do. Tables are read in names_tabled.py, what follows an item's name
(its carrier, its town) in item_tails.py, names on a heading line of their own (over a carrier, a stand-in, a
profile's fields, a fact box) in names_in_headings.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.projects import COMMON_NOUN_ENDINGS, NAME_CLOSING_ADJECTIVES
from ...text.spans import Mention
from ..persons.persons import given_name_gender
from .item_tails import before_a_dashed_carrier, before_its_carrier, before_its_town, one_body
from .name_parts import (
    ITEM_NUMBER,
    PLAIN_LINK,
    PLAIN_WORD,
    STYLED,
    STYLED_WORD,
    SUBTITLE_DASH,
    before_a_carrier,
    before_a_person,
    may_be_a_plain_name,
    repeatable,
)

# "die Teilprojekte Lotsenhaus Nord, Werkstatt Zukunft und KOMPASS", "die Projekte KOMPASS und ProBeruf": names
# coordinated after a plural project head, each styled or of several words (a single plain word after "Projekte"
# is as often an object: "die Projekte Zeit und Geld kosten").
# One plain word among names of several words is a name too ("die Projekte Brücke Ost, Lotse Nord und Startklar"), not
# where it ends like a common noun ("Beratung") or where every item is one plain word.
_LISTED_NAME = rf"(?:{STYLED}|{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,3}}(?![\w-])|{PLAIN_WORD}(?![\w-]))"
# Words that may come between the plural head and its names: "Teilprojekte wie A und B", "zwölf Teilprojekte, darunter
# A und B", "drei Teilprojekte (A, B und C)", "Zu den Teilprojekten des Netzwerks gehören A, B und C".
_BEFORE_THE_NAMES = (
    # "des Netzwerks", "der IQ Netzwerke", "des IQ Netzwerks Sachsen"
    r"(?:[^\S\n]+(?:des|der)[^\S\n]+[\w-]+(?:[^\S\n]+[A-ZÄÖÜ][\w-]*){0,2})?"
    r"(?:,?[^\S\n]+(?:wie|darunter|etwa|nämlich|unter[^\S\n]+anderem|gehören|zählen)[^\S\n]+|[^\S\n]+\(|[^\S\n]+)"
)
# the carrier or town of an item in brackets after it: "die Projekte Brücke Ost (Diakonie X), Lotse Nord (Verein Y) und …"
_ITS_BRACKET = r"(?:[^\S\n]+\([^()\n]{2,80}\))?"
_NAMES_AFTER_A_PLURAL_HEAD = re.compile(
    rf"(?<![\w-])(?:IQ[\s\-]+)?(?:(?:Teil|Modell)?[Pp]rojekten?|Teilvorhaben|Vorhaben){_BEFORE_THE_NAMES}"
    rf"(?P<list>{_LISTED_NAME}{_ITS_BRACKET}(?:,[^\S\n]+{_LISTED_NAME}{_ITS_BRACKET})*[^\S\n]+(?:und|sowie)[^\S\n]+"
    rf"{_LISTED_NAME})"
)
_LISTED_NAME_ITEM = re.compile(_LISTED_NAME)
_BRACKET = re.compile(r"\([^()\n]*\)")


# A profile's field naming the project, on a line of its own: "Projekt: Brücken bauen", "Projekttitel: X".
# A heading's label may present the project: "Projektporträt: X", "Neues Teilprojekt: X startet in Kiel" (the name
# ends before the heading's verb).
_PROJECT_FIELD = re.compile(
    r"(?m)^[^\S\n]*(?P<heading>Neue[sr]?[^\S\n]+)?(?:Teil)?[Pp]rojekt(?:name|titel|(?P<portrait>porträt|vorstellung))?"
    r"[^\S\n]*:[^\S\n]*(?P<name>[^\n]{3,120}?)[^\S\n]*$"
)


# A lead-in line naming projects in the plural and ending in a colon ("Die Teilprojekte im Überblick:", "Zum
# Netzwerk gehören folgende Projekte:"), then a bulleted or numbered item per line: each item's name, before a
# bracket ("(Träger: …)"); the list ends at the first line that is no item.
# After the plural noun only its attributes, a copula or the particles of working together come before the colon
# ("Die Teilprojekte im Überblick:", "Die Projekte sind:", "Im Netzwerk arbeiten fünf Teilprojekte zusammen:");
# "Die Projekte bieten:" lists what they do.
# (or a passive saying who funds or carries them out: "Folgende Teilprojekte werden vom Land Y gefördert:")
_LIST_LEAD_IN = re.compile(
    r"(?m)^[^\n]*(?<![\w-])(?:(?:Teil|Modell)?[Pp]rojekt(?:e|en)|(?:Teil)?[Vv]orhaben)(?![\w-])"
    r"(?:[^\S\n]+(?:im|in|des|der|von|für|mit|zum|zur|am|sind|waren|heißen|lauten|[A-ZÄÖÜ][\w-]*"
    r"|arbeiten|zusammen|dazu|derzeit|aktuell|gemeinsam|beteiligt"
    # belonging to the network: "Folgende Teilprojekte gehören zum IQ Netzwerk X:"
    r"|gehören|gehörten|zählen|zählten"
    r"|um|durch))*"  # a separable verb's particle: "Die Y gGmbH setzt folgende Projekte um:"
    r"(?:[^\S\n]+(?:werden|wurden)[^\n:.]{0,80}?(?:gefördert|finanziert|umgesetzt|durchgeführt|angeboten))?"
    r"[^\S\n]*:[^\S\n]*\n"
)
# "folgende" before the plural noun announces the list whatever the verb after it: "Im Netzwerk sind folgende
# Teilprojekte tätig:", "Nachstehende Projekte haben sich 2023 beworben:" (a clause, no sentence, up to the colon),
# maybe a bracket on what the list's figures are before the colon ("… umgesetzt (Zuwendungen des Bundes, gerundet):").
_FOLLOWING_LEAD_IN = re.compile(
    r"(?<![\w-])(?:[Ff]olgende|[Nn]achstehende)[nr]?[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:Teil|Modell)?[Pp]rojekte[n]?(?![\w-])"
    r"[^\n:.!?(]{0,60}(?:\([^()\n]{1,160}\)[^\S\n]*)?:[^\S\n]*\n"
)
_BULLETED_ITEM = re.compile(
    r"[^\S\n]*(?:[-–•*▪»›→►■◦·✓✔]|\d{1,2}[.)]|[a-z]\))[^\S\n]+(?P<item>[^\n(]*[^\s(;,.])[^\n]*(?:\n|$)"
)
_BLANK_LINE = re.compile(r"[^\S\n]*\n")
# A heading line of the plural noun alone, no colon: "Teilprojekte", "Unsere Projekte im Überblick", "Die Teilprojekte
# des Netzwerks".
_HEADING_LEAD_IN = re.compile(
    r"(?m)^[^\S\n]*(?:(?:Unsere|Die|Alle|Weitere|Neue)[^\S\n]+)?(?:IQ[\s\-]+)?(?:Teil|Modell)?[Pp]rojekte"
    r"(?:[^\S\n]+(?:im|in|des|der)[^\S\n]+[^\n:.]{1,40})?[^\S\n]*\n"
)


def bulleted_projects(text: str) -> list[Mention]:
    out = []
    lead_ins = (_LIST_LEAD_IN, _HEADING_LEAD_IN, _FOLLOWING_LEAD_IN)
    for lead_in in sorted(
        {m.end(): m for pattern in lead_ins for m in pattern.finditer(text)}.values(), key=lambda m: m.end()
    ):
        pos = lead_in.end()
        pos = blank.end() if (blank := _BLANK_LINE.match(text, pos)) else pos
        announced = lead_in.re is not _HEADING_LEAD_IN  # a clause ending in a colon announces projects
        while (item := _BULLETED_ITEM.match(text, pos) or _carried_line(text, pos)) is not None:
            mention = _listed_item(text, item, announced)
            out += [mention] if mention else []
            pos = item.end()
        while (block := _NAME_OVER_ITS_BODY.match(text, pos)) is not None and one_body(block.group("body")):
            mention = _listed_item(text, block)
            out += [mention] if mention else []
            pos = block.end()
    return out + _carried_offers(text)


# Under a list's lead-in, a block of two lines: the project's name, then its carrier's whole name ("Werkstatt
# Technik\nHandwerkskammer Gera\n\nBrücke Nord\nLernwerk e. V."), blocks parted by blank lines.
_NAME_OVER_ITS_BODY = re.compile(
    r"[^\S\n]*(?P<item>[A-ZÄÖÜ„\"»][^\n:;,.!?]{2,80}?)[^\S\n]*\n"
    r"[^\S\n]*(?P<body>[A-ZÄÖÜ][^\n:;!?]{2,100}?)[^\S\n]*(?:\n(?:[^\S\n]*\n)*|$)"
)


# A lead-in naming offers, not projects ("Weitere Angebote der Partner:", "Unsere Beratungsangebote:"): only items
# naming their carrier are projects ("• Sprachcafé Beruf – Volkshochschule Jena"; "• Beratung für Frauen" is what an
# offer does); the list ends at the first item that names none.
_OFFER_LEAD_IN = re.compile(
    r"(?m)^[^\n.!?]*?\b(?:Beratungs|Qualifizierungs)?[Aa]ngebote\b[^\n.:]{0,60}:[^\S\n]*\n"
)
_ITEM_S_BRACKET = re.compile(r"[^\S\n]*\((?P<body>[^()\n]+)\)")


def _carried_offers(text: str) -> list[Mention]:
    out = []
    for lead_in in _OFFER_LEAD_IN.finditer(text):
        pos = lead_in.end()
        pos = blank.end() if (blank := _BLANK_LINE.match(text, pos)) else pos
        while (item := _BULLETED_ITEM.match(text, pos)) is not None and _names_its_carrier(text, item):
            mention = _listed_item(text, item)
            out += [mention] if mention else []
            pos = item.end()
    return out


def _names_its_carrier(text: str, item: re.Match[str]) -> bool:
    words = item.group("item")
    bracket = _ITEM_S_BRACKET.match(text, item.end("item"))
    return (
        before_a_dashed_carrier(words) != words
        or before_its_carrier(words) != words
        or bool(bracket and (one_body(bracket.group("body")) or bracket.group("body").startswith("Träger")))
    )


# A list's item without a mark, the line naming its carrier: "Brücke Beruf (Lernort e. V.)", "Brücke Beruf | Lernort
# e. V.", "Brücke Beruf – Handwerkskammer Kiel" (a line of prose names none: the list ends there).
_UNMARKED_ITEM = re.compile(
    r"[^\S\n]*(?P<item>[A-ZÄÖÜ„\"»][^\n(]*[^\s(;,:])(?:[^\S\n]+\((?P<body>[^()\n]+)\))?[^\S\n]*(?:\n|$)"
)


def _carried_line(text: str, pos: int) -> re.Match[str] | None:
    line = _UNMARKED_ITEM.match(text, pos)
    if line is None:
        return None
    item, body = line.group("item", "body")
    carried = one_body(body) if body else before_a_dashed_carrier(item) != item
    return line if carried else None


# A listed name's subtitle after a dash or a colon ("Brücke Beruf – Pflege für Zugewanderte", "Jobstart Plus:
# Betriebe gewinnen"); a name in quotation marks ("„Interkulturelle Öffnung“, umgesetzt von …").
_SUBTITLE = re.compile(rf"{SUBTITLE_DASH}|:[^\S\n]")
# A colon and a word in small letters: what the project does, no subtitle of its name.
# (or a figure: "Brücke Nord: 80.000 Euro", its money or its count)
_DESCRIPTION_AFTER_A_COLON = re.compile(r":[^\S\n]+(?:[a-zäöüß]|\d)")
# A network's own coordination office listed among its projects: read as the office (names/mentions.py).
_NETWORK_S_OFFICE = re.compile(r"(?:Landes)?Koordin(?:ierungs|ations)stelle(?![\w-])")
_QUOTED_ITEM = re.compile(r"[„\"»](?P<name>[^„“”\"«»\n]+)[“”\"«]$")
_SHORT_FORM_AFTER = re.compile(r"[^\S\n]*\((?P<abbr>[A-ZÄÖÜ][\wÄÖÜ+]{1,9})\)")


def _listed_item(text: str, item: re.Match[str], announced: bool = False) -> Mention | None:
    """The project a bulleted item names, with the short form in brackets after it ("Mentoring für Migrantinnen
    (MeMi)"); `announced`: a lead-in clause called the items projects, so a slogan's shape is a name too
    ("Brücken bauen", "Anerkennung jetzt!")."""
    name, start = before_its_town(before_its_carrier(item.group("item"))), item.start("item")
    name = before_a_dashed_carrier(name)
    number = ITEM_NUMBER.match(name)  # "TP 3: Brücke Beruf": the item's number is no part of its name
    if number:
        name, start = name[number.end() :], start + number.end()
    quoted = _QUOTED_ITEM.match(name)
    if quoted:
        name, start = quoted.group("name"), start + quoted.start("name")
    subtitle = _SUBTITLE.split(name)[0]
    if _DESCRIPTION_AFTER_A_COLON.match(name, len(subtitle)):  # "Brücke Nord: berät Zugewanderte in Kiel"
        name = subtitle
    if _NETWORK_S_OFFICE.match(subtitle):
        return None  # "a) Koordinierungsstelle des Netzwerks; Träger: …": the office, no project
    # the quotation marks make the words a name, small ones too ("„Pflege verbindet“")
    small_ok = quoted or only_links_in_small_letters(subtitle) or announced and _a_slogan(subtitle)
    if not (looks_like_a_name(subtitle) and small_ok):
        return None
    end = start + len(name)
    after = end + (1 if quoted else 0)  # past the closing quote
    short = _SHORT_FORM_AFTER.match(text, after) if after == item.end("item") else None
    mention = Mention.named(start, end, "Subproject", name, name, short.group("abbr") if short else None)
    return replace(mention, alias=subtitle) if subtitle != name else mention


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


# A project named like a slogan: capitalised words, then an infinitive or an adverb of urging, maybe an exclamation
# mark ("Brücken bauen", "Fachkräfte gewinnen", "Anerkennung jetzt!", "Gemeinsam ankommen"). Read only under a
# lead-in that calls the items projects: under "Aufgaben:" "Betriebe beraten" is a task.
SLOGAN_WORDS_MAX = 4
_SLOGAN_ADVERBS = frozenset({"jetzt", "sofort", "gemeinsam", "weiter", "voran", "los", "mittendrin", "statt"})
_INFINITIVE = re.compile(r"[a-zäöüß]{3,}(?:en|ern|eln)")


def _a_slogan(name: str) -> bool:
    words = name.removesuffix("!").split()
    if not 2 <= len(words) <= SLOGAN_WORDS_MAX or not words[0][:1].isupper():
        return False
    last = words[-1]
    closing = last in _SLOGAN_ADVERBS or (
        _INFINITIVE.fullmatch(last) is not None and last not in _LINKS_OF_A_LISTED_NAME
    )
    return closing and only_links_in_small_letters(" ".join(words[:-1]))


def only_links_in_small_letters(name: str) -> bool:
    """The small words are a name's links, or the uninflected adjective closing it ("Anerkennung kompakt")."""
    words = name.split()
    if len(words) > 1 and words[-1] in NAME_CLOSING_ADJECTIVES:
        words = words[:-1]
    return all(word in _LINKS_OF_A_LISTED_NAME for word in words if word[:1].islower())


def coordinated_after_a_plural_head(text: str) -> list[Mention]:
    out = []
    for listed in _NAMES_AFTER_A_PLURAL_HEAD.finditer(text):
        brackets = [b.span() for b in _BRACKET.finditer(text, listed.start("list"), listed.end("list"))]
        items = [
            item
            for item in _LISTED_NAME_ITEM.finditer(text, listed.start("list"), listed.end("list"))
            if not any(start < item.start() < end for start, end in brackets)
        ]
        names = [before_a_person(before_a_carrier(item.group())) for item in items]
        if all(may_be_a_plain_name(name) and _may_be_listed(name) for name in names) and any(
            repeatable(name) for name in names
        ):
            out += [
                Mention.named(item.start(), item.start() + len(name), "Subproject", name, name)
                for item, name in zip(items, names, strict=True)
            ]
    return out


def _may_be_listed(name: str) -> bool:
    """A name of several words or a styled one, or one plain word that does not end like a common noun."""
    return repeatable(name) or not name.lower().endswith(COMMON_NOUN_ENDINGS)


def project_fields(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.start("name") + len(name), "Subproject", name, name, abbreviation)
        for m in _PROJECT_FIELD.finditer(text)
        for field in [_field_name(m)]
        if looks_like_a_name(field) or _quoted_whole(m.group("name"), field)
        for name, abbreviation in [split_abbreviation(field)]
    ]


# A profile's heading ("Projektsteckbrief", "Projektprofil") over its fields: a bare "Name:" or "Titel:" field in
# its block names the project ("Projektsteckbrief\nName: Werkbank Zukunft\nTräger: …"); the block ends at a blank line.
_PROFILE_NAME_FIELD = re.compile(
    r"(?m)^[^\S\n]*(?:Projekt(?:steckbrief|profil|daten)|Steckbrief(?:[^\S\n]+des[^\S\n]+Projekts)?)[^\S\n]*\n(?:[^\S\n]*\n)?"
    r"(?:[^\S\n]*[A-ZÄÖÜ][\w-]*[^\S\n]*:[^\n]*\n){0,3}?"
    r"[^\S\n]*(?:Name|Titel|Bezeichnung)[^\S\n]*:[^\S\n]*(?P<name>[^\n]{3,120}?)[^\S\n]*$"
)


def profile_name_fields(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.start("name") + len(name), "Subproject", name, name, abbreviation)
        for m in _PROFILE_NAME_FIELD.finditer(text)
        for field in [m.group("name").strip(' „“"»«')]
        if looks_like_a_name(field)
        and only_links_in_small_letters(field)
        and not given_name_gender(field.split()[0])  # "Steckbrief\nName: Petra Beispiel": a person's
        for name, abbreviation in [split_abbreviation(field)]
        if text.startswith(name, m.start("name"))
    ]


def _quoted_whole(value: str, name: str) -> bool:
    """ "Projekt: „Ankommen“": the quotation marks around a field's whole value mark one capitalised word a name."""
    return name[:1].isupper() and value.strip() in (f"„{name}“", f'"{name}"', f"»{name}«")


def _field_name(m: re.Match[str]) -> str:
    """ "Projekt: Brücken bauen" names the whole value; a heading ends its name before its verb."""
    name = _SENTENCE_END_IN_A_FIELD.split(m.group("name"), 1)[0].strip(' „“"»«')
    return _before_a_verb(name) if m.group("heading") or m.group("portrait") else name


# A line that goes on with sentences after the name ("Neues Projekt: KOMPASS. Träger ist …"): the name ends at the
# first full stop before a capitalised word.
_SENTENCE_END_IN_A_FIELD = re.compile(r"[.!?][^\S\n]+(?=[A-ZÄÖÜ])")


def _before_a_verb(name: str) -> str:
    """A field's name up to the first small word that is no link of a name ("Arbeit Plus startet in Kiel")."""
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if w[:1].islower() and w not in _LINKS_OF_A_LISTED_NAME), None)
    return name if cut is None or cut == 0 else " ".join(words[:cut])


def split_abbreviation(name: str) -> tuple[str, str | None]:
    """ "Brücken bauen (BB)" -> the name and its abbreviation."""
    abbreviation = _TRAILING_ABBREVIATION.search(name)
    return (name[: abbreviation.start()], abbreviation.group("abbr")) if abbreviation else (name, None)


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


def listed_projects(text: str) -> list[Mention]:
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
        if not looks_like_a_name(item) or item.count("(") != item.count(")"):
            # (a bracket left open: the list was cut at an abbreviation's full stop, "(Verein Y e. V.)")
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


def looks_like_a_name(item: str) -> bool:
    """Capitalised, short, and either of several words or styled ("KOMPASS", "PflegeStart"), or a compound of
    capitalised parts joined by hyphens ("Job-Brücke", "Pflege-Lotsen")."""
    words = item.split()
    if not words or not item[0].isupper() or len(words) > _MOST_WORDS_IN_A_LISTED_NAME:
        return False
    return len(words) > 1 or bool(STYLED_WORD.fullmatch(item) or _CAPITALISED_COMPOUND.fullmatch(item))


_CAPITALISED_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+")
