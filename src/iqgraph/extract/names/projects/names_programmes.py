"""Programmes a release names, and the local networks inside a Land's: a programme by its quoted name ("das
Förderprogramm „Neue Wege“"), by a programme compound and the name after it ("das Landesprogramm Perspektive
Arbeit"), by a town's or Land's adjective ("das Hamburger Stipendienprogramm"); a town's or region's network in
quotes ("das regionale Netzwerk „X“"). An activity a body runs ("das Mentoringprogramm X", "die Initiative „X“ des
Vereins Y") is a subproject. Read with the other candidates in mentions.py."""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.projects import ACTIVITY_PROGRAMME_PREFIXES
from ...text.morphology import noun_nominative
from ...text.spans import Mention
from ..gazetteer import Gazetteer
from ..organisations.heads import head_suffix
from .carried_names import carried_out_after
from .names import QUOTED_NAME

__all__ = ["local_networks", "named_programmes", "programmes_of_a_place", "quoted_programmes"]

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


# "das Förderprogramm „Neue Wege“", "die Sonderausschreibung „Frauen stärken“", "der Förderrichtlinie „Y“": a programme
# by its quoted name ("das Förderprojekt „Startgeld“" too: a funding instrument).
_QUOTED_PROGRAMME = re.compile(  # the look ahead for the quoted name spares trying the heads in every word
    r"(?<![\w-])(?=[\w-]+\s+[„\"“»])(?:[A-ZÄÖÜ][\w-]*)?(?:[Pp]rogramm|[Ss]onderausschreibung|[Ii]nitiative|[Ff]örderlinie|[Ff]örderrichtlinie|[Ff]örderprojekt)(?:es|s)?"
    r"\s+[„\"“»](?P<name>[^„\"“”»«\n?]{3,90})[“\"”«]"
)
# "das Förderprogramm Anerkennungszuschuss", "das Sonderprogramm MobiPro-EU": a programme compound (not the bare
# "Programm", which also names an agenda) and one capitalised name word after it, ending the phrase, or two where the
# second is a noun that closes such names ("Neue Chancen", "Perspektive Arbeit"; not an object: "… fördert Betriebe").
# The name may go on with a preposition and one more word: "die Landesinitiative Fachkraft im Fokus".
_NAMED_PROGRAMME = re.compile(
    # (the compound may be hyphenated: "das Mentoring-Programm MentoMig", "die Landes-Initiative X")
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*)(?:programm|initiative|(?<=-)Programm|(?<=-)Initiative)(?:es|s)?\s+"
    # an adjective of a derived kind needs its noun: "das Landesprogramm Integrative Maßnahmen" (not a noun in "-ive")
    r"(?P<name>(?:(?!Perspektive|Initiative|Alternative|Offensive)[A-ZÄÖÜ][a-zäöüß]+(?:iv|isch|lich|ig|al|ell)e"
    r"\s+(?=[A-ZÄÖÜ]))?"
    r"[A-ZÄÖÜ][\wÄÖÜäöüß]*(?:-[A-ZÄÖÜa-zäöü0-9]\w*)*"
    rf"(?:\s+(?:{'|'.join(lexicon.PROGRAMME_NAME_NOUNS)})(?![\w-]))?"  # "das Landesprogramm Perspektive Arbeit"
    r"(?:\s+(?:im|in|für|am|mit)\s+(?P<last>[A-ZÄÖÜ][\wÄÖÜäöüß]+))?"
    r"(?:\s+(?:Plus|plus)(?![\w-]))?)"  # a version closing the name: "das Mentoringprogramm Tandem Plus"
    r"(?=[\s.,;:!?)]|$)(?!\s+[A-ZÄÖÜa-zäöü]+-)"
)
# "das Hamburger Stipendienprogramm", "das Berliner Landesprogramm": a town's or Land's adjective before a
# programme compound names the programme.
_PLACE_ADJECTIVE_PROGRAMME = re.compile(
    r"(?<![\w-])(?P<name>(?P<adjective>[A-ZÄÖÜ]\w+)er\s+[A-ZÄÖÜ]\w*(?:programm|initiative))(?:es|s)?(?![\w-])"
)


def _known_programme_with_abbreviation(name: str, gazetteer: Gazetteer) -> bool:
    """ "IQ - Integration durch Qualifizierung": a known programme with its abbreviation, no other name."""
    for start, end, known in gazetteer.find(name):
        if known.type == "Programme":
            rest = name[:start] + name[end:]
            words = re.findall(r"[^\W\d_]+", rest)
            if not words or all(w.isupper() for w in words):
                return True
    return False


def _programme_kind(match: re.Match[str]) -> str:
    """ "das Mentoringprogramm X" is an activity a body runs, a subproject; other programmes are programmes."""
    return "Subproject" if match.group(0).lower().startswith(ACTIVITY_PROGRAMME_PREFIXES) else "Programme"


# "aus dem „Startgeld“, einem Förderprojekt des Bundesministeriums Y": a quoted name the apposition after it calls a
# funding instrument of a body (a "Förderprojekt" is a programme; "einem Projekt des Vereins Y" is read in names.py).
_QUOTED_BEFORE_A_FUNDING_APPOSITION = re.compile(
    r"[„\"“»](?P<name>[A-ZÄÖÜ][^„\"“”»«\n?]{2,90})[“\"”«](?:,|\s+[–-])?\s+(?:ein|eine|einem|einer|eines)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*f|F)örder(?:projekt|programm|instrument)(?:e?s)?\s+(?:des|der)\s"
)


def quoted_programmes(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = [
        Mention.named(*m.span("name"), "Programme", m.group("name").strip(), m.group("name").strip())
        for m in _QUOTED_BEFORE_A_FUNDING_APPOSITION.finditer(text)
    ]
    for match in _QUOTED_PROGRAMME.finditer(text):
        name, (start, end) = match.group("name").strip(), match.span("name")
        if not _known_programme_with_abbreviation(name, gazetteer):
            kind = "Subproject" if _initiative_of_a_private_body(text, match) else _programme_kind(match)
            out.append(Mention.named(start, end, kind, name, name))
    return out


# "die Initiative „X“ des Vereins Y", "das Programm „X“ der Volkshochschule Z": what an association or a school runs
# is a project of its own (a funding programme is a government's or a foundation's: "die Initiative „X“ des
# Bundesministeriums", "… der Stiftung Y").
_GENITIVE_AFTER_THE_QUOTES = re.compile(
    r"[^\S\n]*[“\"”«]?[^\S\n]+(?:des|der)[^\S\n]+(?P<body>[A-ZÄÖÜ][\w-]*)"
)
_BARE_HEAD_BEFORE_THE_QUOTES = re.compile(r"(?<![\w-])(?:Initiative|Programm)(?:es|s)?[^\S\n]+[„\"“»]$")


def _initiative_of_a_private_body(text: str, match: re.Match[str]) -> bool:
    head = text[max(0, match.start() - _ARTICLE_BEFORE) : match.start("name")]
    if not _BARE_HEAD_BEFORE_THE_QUOTES.search(head):
        return False
    if carried_out_after(text, match.end("name")):  # "die Initiative „X“, durchgeführt vom Verein Y"
        return True
    genitive = _GENITIVE_AFTER_THE_QUOTES.match(text, match.end("name"))
    if genitive is None:
        return False
    body = head_suffix(noun_nominative(genitive.group("body")))
    return body in _CARRIERS_OF_PROJECTS


# Bodies that carry projects and hand out no money: associations, schools, chambers, welfare associations (not a
# foundation, a fund or "des Bundes", whose programmes pay).
_CARRIERS_OF_PROJECTS = frozenset(
    {
        "verein",
        "verband",
        "werk",
        "bildungswerk",
        "kammer",
        "akademie",
        "hochschule",
        "volkshochschule",
        "universität",
    }
    | {"institut", "gesellschaft", "diakonie", "caritas", "berufsschule", "sprachschule"}
)


_ARTICLE_BEFORE = 20  # characters before the head: no compound before "Initiative" ("Bundesinitiative")


def named_programmes(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for match in _NAMED_PROGRAMME.finditer(text):
        name, (start, end) = match.group("name"), match.span("name")
        last = match.group("last")
        if last and not _can_name_a_programme(last):  # "das Landesprogramm Pflege im Mai": a time, no name
            name, end = name.split()[0], match.start("name") + len(name.split()[0])
        kind = _programme_kind(match)
        second = _SECOND_NAME_WORD.match(text, end) if kind == "Subproject" and not last else None
        if second is not None and second.group("word") not in lexicon.NOT_NAMES:
            name, end = (
                f"{name} {second.group('word')}",
                second.end(),
            )  # "das Mentoringprogramm Tandem Zukunft"
        if _can_name_a_programme(name.split()[0]) and not _known_programme_with_abbreviation(name, gazetteer):
            out.append(Mention.named(start, end, kind, name, name))
    return out


# A second capitalised word of an activity's name, before a small word or a stop: "das Mentoringprogramm Tandem
# Zukunft läuft", "im Coachingprogramm Start Nord." (a programme of money keeps its one word: "das Förderprogramm
# Anerkennungszuschuss Anträge …" goes on with the clause).
_SECOND_NAME_WORD = re.compile(r"[^\S\n]+(?P<word>[A-ZÄÖÜ][\w\-]*)(?=[^\S\n]*[,.;:!?)]|[^\S\n]+[a-zäöüß])")


def programmes_of_a_place(text: str) -> list[Mention]:
    out = []
    for match in _PLACE_ADJECTIVE_PROGRAMME.finditer(text):
        if _names_a_place(match.group("adjective")):
            name, (start, end) = match.group("name"), match.span("name")
            out.append(Mention.named(start, end, "Programme", name, name))
    return out


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


def local_networks(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
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
    return out
