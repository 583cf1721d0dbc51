"""Project names on a heading line of their own, over what says it is a project: the line naming its carrier, a
paragraph opening with a stand-in for it, a profile's fields, or a fact box under a heading.

    CARRIER := "Brücke Beruf – Pflege für Zugewanderte" on the line right above "Träger: Beispiel e. V."
    STAND-IN := "Faire Arbeit Nord" above "Die Beratungsstelle informiert …"
    FIELDS := "Werkstatt Zukunft" above "Laufzeit: 2023 bis 2025"
    FACT BOX := "Brücke Technik", a blank line, then "Projekt auf einen Blick" over "Träger: …"
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.projects import PROJECT_STAND_INS
from ...text.spans import Mention
from ..persons.persons import given_name_gender
from .name_parts import FACT_BOX_HEADING, SUBTITLE_DASH, may_be_a_plain_name
from .names_listed import looks_like_a_name, only_links_in_small_letters, split_abbreviation

__all__ = ["names_above_a_fact_box", "names_above_a_stand_in", "names_above_their_carrier"]

# A profile's heading line, the project's name, right above the line naming its carrier: "Brücke Beruf – Pflege
# für Zugewanderte\nTräger: Beispiel e. V." (no full stop or colon closes a heading); the carrier in a sentence
# ("Projektträger ist der Verein X.", "Das Projekt wird von der Y umgesetzt.", "Die Beratungsstelle ist bei der Z
# angesiedelt.", "Das Angebot wird von der Y umgesetzt.") names the heading's project as well.
_PROJECT_KIND = "|".join(sorted(PROJECT_STAND_INS, key=len, reverse=True))
_NAME_ABOVE_A_CARRIER = re.compile(
    r"(?m)^[^\S\n]*(?P<name>[„\"»]?[A-ZÄÖÜ][^\n:]{2,120}?[^\s.:;,])[^\S\n]*\n"
    r"[^\S\n]*(?:(?:Projekt)?[Tt]räger(?:in|schaft)?[^\S\n]*:|(?:Projektt|T)räger(?:in)?[^\S\n]+(?:ist|war)\s"
    rf"|(?:Das|Die)[^\S\n]+(?:{_PROJECT_KIND}|Angebot|Beratungsangebot)[^\S\n]+(?:ist|wird|wurde)[^\S\n]+(?:[\w.]+[^\S\n]+){{0,3}}?"
    r"(?:bei|beim|von|vom|durch)\s[^\n]{1,120}?(?:angesiedelt|getragen|umgesetzt|durchgeführt|betrieben|angeboten)\b)"
)


# A heading with the project noun and the name in quotation marks: "Projekt „Start Plus“" names "Start Plus".
_HEAD_NOUN_AND_QUOTED = re.compile(
    rf"(?:{_PROJECT_KIND}|Teilprojekt|Modellprojekt|Projekt)[^\S\n]+[„\"»](?P<quoted>[^„“”\"«»\n]+)[“”\"«]"
)

_WHOLLY_QUOTED = re.compile(r"[„\"»](?P<quoted>[^„“”\"«»\n]+)[“”\"«]")
_OPENING_QUOTES = '„"»'


def names_above_their_carrier(text: str) -> list[Mention]:
    out = []
    for match in _NAME_ABOVE_A_CARRIER.finditer(text):
        # "Projekt „Start Plus“", or the name alone in quotation marks ("„Start Plus“")
        quoted = _HEAD_NOUN_AND_QUOTED.fullmatch(text, *match.span("name")) or _WHOLLY_QUOTED.fullmatch(
            text, *match.span("name")
        )
        span = quoted.span("quoted") if quoted else match.span("name")
        if text[span[0]] in _OPENING_QUOTES:  # an opening quote never closed: no name
            continue
        name = text[span[0] : span[1]]
        subtitle = name.split(SUBTITLE_DASH)[0]
        if (
            not FACT_BOX_HEADING.fullmatch(name)  # "Das Wichtigste in Kürze\nTräger: …": the box's heading
            and looks_like_a_name(subtitle)
            # the quotation marks make the words a name, small ones too ("„Pflege verbindet“")
            and (quoted or only_links_in_small_letters(subtitle))
            # "Petra Beispiel\nTräger: …": a contact block (a person has two names at least; "Job-Brücke" is none)
            and not (" " in subtitle and given_name_gender(subtitle.split()[0]))
        ):
            mention = Mention.named(*span, "Subproject", name, name)
            out.append(replace(mention, alias=subtitle) if subtitle != name else mention)
    return out


# Verbs that tell news of a project, not what it is or does: a passive ("Das Angebot wird vom Land gefördert") or an
# invitation ("Das Projekt lädt am 3. Mai ein").
_NEWS_VERBS = ("wird", "wurde", "werden", "wurden", "soll", "sollen", "lädt", "lud", "laden", "luden")
# A profile's heading line right above a paragraph that opens with a stand-in for it as the subject: "Brücke Technik
# Kiel\nDas Projekt begleitet …", "Faire Arbeit Nord\nDie Beratungsstelle informiert …"; a blank line (or a line
# ending in a full stop) before the heading, so a release's title line opening the text is none; a paragraph saying
# what is done to an offer ("Das Angebot wird vom Land gefördert") or what it did ("Das Projekt lädt … ein") may follow
# a news heading ("Mehr Geld für Pflege", "Termine im Herbst"): the stand-in does what a service does.
_NAME_ABOVE_A_STAND_IN = re.compile(
    r"(?:\n[^\S\n]*\n|[.!?][^\S\n]*\n)[^\S\n]*(?P<name>[A-ZÄÖÜ][^\n:.!?]{2,100}?[^\s.:;,!?])[^\S\n]*\n"
    rf"[^\S\n]*(?:Das|Die|Der)[^\S\n]+(?:{_PROJECT_KIND}|Angebot|Beratungsangebot)[^\S\n]+"
    rf"(?!(?:{'|'.join(_NEWS_VERBS)})(?![\w-]))[a-zäöüß]"  # what it is or does, not what is done to it
)
# A heading line right above the fields of a project's profile: "Brücke Technik\nZielgruppe: Ingenieurinnen",
# "Werkstatt Zukunft\nLaufzeit: 2023 bis 2025" (the carrier's field is read by `names_above_their_carrier`).
_PROFILE_FIELDS = (
    "Zielgruppe", "Zielgruppen", "Laufzeit", "Projektlaufzeit", "Förderzeitraum", "Standort", "Standorte",
    "Projektziel", "Projektziele", "Förderung", "Finanzierung", "Fördermittelgeber",
)  # fmt: skip
_NAME_ABOVE_A_FIELD = re.compile(
    r"(?:^|\n[^\S\n]*\n|[.!?][^\S\n]*\n)[^\S\n]*(?P<name>[A-ZÄÖÜ][^\n:.!?]{2,100}?[^\s.:;,!?])[^\S\n]*\n"
    rf"[^\S\n]*(?:{'|'.join(_PROFILE_FIELDS)})[^\S\n]*:"
)
# Words that make a heading a title about projects or a network, not a project's name ("Neue Projekte im Netzwerk").
_NOT_IN_A_HEADING_NAME = re.compile(r"(?i:projekt|netzwerk|vorhaben)")


def names_above_a_stand_in(text: str) -> list[Mention]:
    """Headings above a stand-in's paragraph or a profile's fields."""
    out = []
    for match in [*_NAME_ABOVE_A_STAND_IN.finditer(text), *_NAME_ABOVE_A_FIELD.finditer(text)]:
        name, abbreviation = split_abbreviation(match.group("name"))
        subtitle = name.split(SUBTITLE_DASH)[0]
        if (
            looks_like_a_name(subtitle)
            and only_links_in_small_letters(subtitle)
            and not _NOT_IN_A_HEADING_NAME.search(name)
            and (name.startswith("IQ ") or may_be_a_plain_name(name))  # "IQ Servicestelle X" is a unit's name
            and not given_name_gender(subtitle.split()[0])
        ):
            start = match.start("name")
            mention = Mention.named(start, start + len(name), "Subproject", name, name, abbreviation)
            out.append(replace(mention, alias=subtitle) if subtitle != name else mention)
    return out


# A project page's title line over its fact box: "Brücke Technik\n\nProjekt auf einen Blick\nTräger: …" (a lone
# line after a blank one or the text's start, a blank line, the box's heading, a field).
_NAME_ABOVE_A_FACT_BOX = re.compile(
    r"(?:^|\n[^\S\n]*\n)[^\S\n]*(?P<name>[A-ZÄÖÜ„\"»][^\n:!?]{1,100}?[^\s:;,!?])[^\S\n]*\n[^\S\n]*\n"
    r"(?P<heading>[^\n:]{3,60})\n[^\S\n]*[A-ZÄÖÜ][\w-]*[^\S\n]*:"
)


def names_above_a_fact_box(text: str) -> list[Mention]:
    out = []
    for match in _NAME_ABOVE_A_FACT_BOX.finditer(text):
        if not FACT_BOX_HEADING.fullmatch(match.group("heading")):
            continue
        quoted = _WHOLLY_QUOTED.fullmatch(match.group("name"))
        start = match.start("name") + (quoted.start("quoted") if quoted else 0)
        name = quoted.group("quoted") if quoted else match.group("name")
        subtitle = name.split(SUBTITLE_DASH)[0]
        if (
            looks_like_a_name(subtitle)
            and (quoted or only_links_in_small_letters(subtitle))
            and not _NOT_IN_A_HEADING_NAME.search(subtitle)
            and not given_name_gender(subtitle.split()[0])
        ):
            mention = Mention.named(start, start + len(name), "Subproject", name, name)
            out.append(replace(mention, alias=subtitle) if subtitle != name else mention)
    return out
