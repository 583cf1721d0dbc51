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

The names a head or a predicate marks are read here; the others by their family: `names_quoted`,
`names_listed`, `names_in_headings`, `names_services`, `names_repeated`, with the parts they share in `name_parts`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.projects import (
    FINITE_AUXILIARIES,
    NAME_CLOSING_ADJECTIVES,
    NOT_INFINITIVES,
    SERVICE_VERBS,
    VERBS_AFTER_A_NAMED_SUBJECT,
)
from ...text.spans import Mention
from .bare_names import find_bare_project_names
from .name_parts import (
    CLOSING_QUOTES,
    OFFER_HEAD,
    OPENING_QUOTES,
    PLAIN_LINK,
    PLAIN_NAME_LINKS,
    PLAIN_WORD,
    PROJECT_HEAD,
    QUOTED_NAME,
    STYLED,
    STYLED_WORD,
    TIME_IN_BRACKETS,
    at_sentence_starts,
    before_a_carrier,
    before_a_person,
    before_a_time,
    before_the_people_served,
    may_be_a_plain_name,
    repeatable,
)
from .names_abbreviated import short_forms_spelled_after, spelled_by_syllables, spelled_out_names
from .names_confirmed import names_confirmed_by_a_neighbour
from .names_in_headings import names_above_a_fact_box, names_above_a_stand_in, names_above_their_carrier
from .names_introduced import (
    coordinated_names,
    names_after_a_colon,
    names_after_an_offer_compound,
    names_before_a_carrier,
    names_in_commas,
    names_opening_a_headline,
    names_under_the_name,
    ordinals_named,
    quoted_before_a_carrier,
)
from .names_listed import (
    bulleted_projects,
    coordinated_after_a_plural_head,
    listed_projects,
    profile_name_fields,
    project_fields,
)
from .names_quoted import (
    QUOTED_ITEM,
    quoted_after_heads,
    quoted_lists,
    quoted_new_projects,
    quoted_projects_of_bodies,
    quoted_subjects_of_services,
    with_its_short_form,
)
from .names_repeated import repeated_project_names
from .names_services import (
    bare_iq_services,
    iq_services,
    named_services,
    programme_units,
    service_units_as_subjects,
    styled_with_its_place,
    units_of_the_programme,
    welcome_services,
    with_the_programme_word,
)
from .names_tabled import tabled_projects

__all__ = [
    "CLOSING_QUOTES",
    "OPENING_QUOTES",
    "QUOTED_NAME",
    "before_a_carrier",
    "before_a_person",
    "find_project_names",
    "iq_services",
    "programme_units",
    "quoted_new_projects",
    "quoted_projects_of_bodies",
    "quoted_subjects_of_services",
    "repeated_project_names",
    "with_its_short_form",
    "with_the_programme_word",
]

_HEAD = PROJECT_HEAD
# A name in capitals may run over several words ("das Projekt ANKOMMEN IN ARBEIT", "Projekt NEUE WEGE").
_CAPITALS_WORDS = r"[A-ZÄÖÜ]{3,}(?:[^\S\n]+[A-ZÄÖÜ]{2,})+\+?(?![\w-])"
# (a version closing it is the name's: "das Teilprojekt InterKultur Plus")
_STYLED_AFTER_HEAD = re.compile(
    rf"(?:{_HEAD}|{OFFER_HEAD})\s+(?P<name>(?:{_CAPITALS_WORDS}|{STYLED})"
    r"(?:[^\S\n]+(?:Plus|plus)(?![\w-]))?)"
)
# "das Projekt Job-Brücke berät", "im Teilprojekt Pflege-Lotsen der Y": one compound of capitalised parts joined by
# hyphens after a project head, where the clause goes on with a stop, a carrier's genitive or a finite verb (not "bietet
# im Projekt Online-Beratung an": an object).
_HYPHENATED_AFTER_HEAD = re.compile(
    rf"{_HEAD}[^\S\n]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+)(?![\w-])"
    rf"(?=[^\S\n]*(?:[.,;:!?)“”\"]|[–-][^\S\n]|$)"
    rf"|[^\S\n]+(?:des|der|{'|'.join((*SERVICE_VERBS, *FINITE_AUXILIARIES))})[^\S\n]+[\w„\"])"
)
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
# "das Teilprojekt Kompetenzen sichtbar machen (KoSima)": after a project head, words in small letters too (a verb
# phrase as a name), closed by a short form made of their first letters in turn.
_WORDS_BEFORE_THEIR_SYLLABLES = re.compile(
    rf"{_HEAD}\s+(?P<name>[A-ZÄÖÜ][\w\-]*(?:[^\S\n]+[\w\-]+){{1,5}}?)[^\S\n]+\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{1,9}})\)"
)
# A version or "plus" closing a name: "Pflege 4.0", "Chance plus" (a word of its own, so "Pflege" is not alone); not
# an amount after the name ("stellt dem Projekt X 40.000 Euro bereit": thousands have three digits after the dot).
_VERSION = r"[^\S\n]+(?:\d{1,2}\.\d{1,2}|plus)(?!\w|\.\d)"
_PLAIN_NAME_AFTER_HEAD = re.compile(
    rf"(?:{_HEAD}|(?<![\w-])Programmlinie)[^\S\n]+"  # a name does not run over a line break (a heading)
    rf"(?P<name>{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,4}}(?:{_VERSION})?"
    rf"|{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{0,3}}{_VERSION})"
    # a bracket is its short form's, not "(Träger: …)" nor its time ("(Laufzeit 2019 bis 2022)", "(2019–2022)")
    rf"(?![\w-]|(?!{TIME_IN_BRACKETS})\s+\((?!(?:Projekt)?[Tt]räger(?:in)?:))"
)
# "das Projekt Anerkennung jetzt! (Träger: Y)": a name called out after a project head, its exclamation mark closing it
# where the clause goes on (a bracket, a small word or a comma after it, not a new sentence).
_CALLED_OUT_AFTER_HEAD = re.compile(
    rf"{_HEAD}[^\S\n]+(?P<name>{PLAIN_WORD}(?:[^\S\n]+[\w'’-]+){{0,3}}!)(?=[^\S\n]+(?:\(|[a-zäöüß])|[,;])"
)

# "das Projekt Anerkennung konkret", "im Projekt Technik digital Nord": capitalised words closed by an uninflected
# adjective of a name (and a place or region word after it), then a stop, a comma, a dash or a finite verb in second
# place, words after it (a verb closing a clause is its own: "…, dass das Projekt Frauen sicher berät.").
_ADJECTIVE_CLOSED_NAME = re.compile(
    rf"{_HEAD}[^\S\n]+(?P<name>{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{0,2}}[^\S\n]+"
    rf"(?:{'|'.join(sorted(NAME_CLOSING_ADJECTIVES))})(?:[^\S\n]+{PLAIN_WORD})?)"
    rf"(?=[^\S\n]*(?:[,.;:!?)“”\"]|[–-][^\S\n]|$)"
    rf"|[^\S\n]+(?:{'|'.join((*SERVICE_VERBS, *FINITE_AUXILIARIES))})[^\S\n]+[\w„\"])"
)

# "Das Modellprojekt Chancen schaffen läuft bis 2025", "Das Projekt Gemeinsam Zukunft gestalten wird vom Land
# gefördert": capitalised words closed by an infinitive (a verb phrase as a name), the subject opening a main clause
# with a finite verb in second place after it.
_INFINITIVE = r"[a-zäöüß]{2,}(?:en|ern|eln)(?![\w-])"
# (a "Vorhaben" or a "Maßnahme" is as often named by what it does: "Das Vorhaben Radweg bauen ist umstritten")
_A_PROJECT_S_HEAD = r"(?<![\w-])(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]+projekt|Projekt)"
_INFINITIVE_CLOSED_NAME = re.compile(
    rf"(?:Das|Der|Die|Unser|Unsere)[^\S\n]+(?:[a-zäöüß]+(?:e|es)[^\S\n]+)?{_A_PROJECT_S_HEAD}[^\S\n]+"
    rf"(?P<name>{PLAIN_WORD}(?:[^\S\n]+{PLAIN_WORD})?[^\S\n]+(?P<verb>{_INFINITIVE}))"
    rf"(?=[^\S\n]+(?:{'|'.join(VERBS_AFTER_A_NAMED_SUBJECT)})(?![\w-]))"
)


# "Die Maßnahme Pflege Start richtet sich an …", "Das Angebot Job Aktiv hilft …", "Die
# Brückenqualifizierung Technik Plus endet …": capitalised words after an offer's head, the subject opening a main
# clause with a finite verb in second place after them (elsewhere two nouns after "die Maßnahme" may be its objects:
# "So gibt die Maßnahme Frauen Orientierung").
# (not a course: "Der Kurs Yoga für Anfänger" is any school's)
_OFFER_NAME_AS_SUBJECT = re.compile(
    rf"(?:Das|Der|Die|Unser|Unsere)[^\S\n]+(?:[a-zäöüß]+(?:e|es|er)[^\S\n]+)?(?!(?:[A-ZÄÖÜ][a-zäöüß]*k|K)urs(?![\w-])){OFFER_HEAD}[^\S\n]+"
    rf"(?P<name>{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,4}})"
    rf"(?=[^\S\n]+(?:{'|'.join((*VERBS_AFTER_A_NAMED_SUBJECT, *FINITE_AUXILIARIES))})(?![\w-]))"
)


def _names_opening_a_clause(text: str) -> list[Mention]:
    infinitives = [
        m for m in at_sentence_starts(_INFINITIVE_CLOSED_NAME, text) if m.group("verb") not in NOT_INFINITIVES
    ]
    offers = at_sentence_starts(_OFFER_NAME_AS_SUBJECT, text)
    return [
        Mention.named(m.start("name"), m.start("name") + len(name), "Subproject", name, name)
        for m in (*infinitives, *offers)
        for name in [before_a_person(before_a_time(before_a_carrier(m.group("name"))))]
        if may_be_a_plain_name(name) and " " in name
    ]


# "Der Kurs heißt Baurecht kompakt", "Das neue Angebot nennt sich Brücke Nord", "Das Projekt trägt den Namen Wege in
# Arbeit", "Ein weiteres Vorhaben heißt X", "Die neue Anlaufstelle nennt sich X": the name a naming verb gives a
# project's or a unit's head, up to the clause's end.
# A name closed by an exclamation mark may hold a verb ("Handwerk verbindet!", "Jetzt durchstarten!"); it ends the
# name where the clause goes on ("… heißt Handwerk verbindet! und wird …").
_CALLED_OUT = rf"{PLAIN_WORD}(?:[^\S\n]+[\w-]+){{0,3}}!(?=[^\S\n]+[a-zäöüß]|[,;])"
_NAMED_BY_A_VERB = re.compile(
    rf"(?<![\w-])(?:Das|Der|Die|Unser|Unsere|Ein|Eine)[^\S\n]+(?:[a-zäöüß]+(?:e|es|er)[^\S\n]+)?"
    rf"(?:{_HEAD}|{OFFER_HEAD}|(?:Beratungs|Anlauf|Service|Kontakt)stelle)[^\S\n]+"
    r"(?:heißt|hieß|nennt[^\S\n]+sich|trägt[^\S\n]+den[^\S\n]+Namen)[^\S\n]+"
    rf"(?P<name>{STYLED}|{_CALLED_OUT}|{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{0,4}}"
    rf"(?:[^\S\n]+(?:{'|'.join(sorted(NAME_CLOSING_ADJECTIVES))}))?(?:[^\S\n]+und[^\S\n]+{PLAIN_WORD})?)"
    r"(?=[^\S\n]*(?:[.,;!?]|$)|[^\S\n]+und[^\S\n])"  # "heißt Lesen und Schreiben und richtet sich …"
)

# "ein Projekt mit dem Titel Wege in Arbeit startet", "das Angebot mit dem Namen Brücke Nord": the name a naming
# phrase gives a project's head without quotes, of two words at least, up to a small word or the clause's end.
_NAMED_BY_A_PHRASE = re.compile(
    rf"(?:{_HEAD}|{OFFER_HEAD})[^\S\n]+(?:mit[^\S\n]+dem[^\S\n]+(?:Titel|Namen)|namens)[^\S\n]+"
    rf"(?P<name>{PLAIN_WORD}(?:{PLAIN_LINK}{PLAIN_WORD}){{1,4}})(?=[^\S\n]*(?:[.,;!?)]|$)|[^\S\n]+[a-zäöü])"
)


# What a predicate or an apposition calls a project, and whose: "ein Teilprojekt des", "eines der Angebote im", "ein
# vom Land gefördertes Kooperationsprojekt der", "ein IQ-Teilvorhaben des" (not a "Förderprojekt": a programme).
_PROJECT_NOUN_OF = (
    r"(?:(?:[\w-]+\s+){0,3}?[a-zäöüß]\w*(?:e|en|es)\s+)?"
    r"(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]*(?:projekt|angebot|vorhaben)|Projekt|Angebot|Vorhaben)"
    r"(?:e|en|s|es)?\s+(?:des|der|im|vom|von)\b"
)
# (the number of "eines von" approximate: "eines von mehr als 60 Teilprojekten", "eines von rund 30 Angeboten")
_A_PROJECT_OF = (
    rf"(?:ein|eine|eines\s+der|eines\s+von\s+(?:(?:mehr|weniger)\s+als\s+|über\s+|rund\s+|insgesamt\s+)?\w+)"
    rf"\s+{_PROJECT_NOUN_OF}"
)
# The same in an apposition, in any case, after a comma, a dash or a bracket: ", einem Teilprojekt des …",
# " – eines der Angebote im …", " (ein Projekt der …".
_APPOSITION_OF_A_PROJECT = (
    rf"(?:,\s+|\s+[–-]\s+|\s+\()(?:ein|eine|einem|einer|eines)(?:\s+(?:der|von\s+\w+))?\s+{_PROJECT_NOUN_OF}"
)
# (an inflected adjective may follow a link: "Beratungsstelle zur beruflichen Anerkennung", "Lotsen für
# ausländische Fachkräfte")
# (a word styled with a dot inside: "Kompetenz.Plus")
_CALLED_NAME = (
    rf"[A-ZÄÖÜ][\w\-+]*(?:\.[A-ZÄÖÜ][\w\-+]*)*(?:[^\S\n]+(?:{PLAIN_NAME_LINKS}[^\S\n]+(?:[a-zäöüß]+(?:e|en|er|es)[^\S\n]+)?)?"
    r"[A-ZÄÖÜ][\w\-+]*){0,4}"
)
# The subject a predicate noun calls a project (of several words, or styled), at the start of a sentence or a line:
# "KOMPASS ist ein Projekt der Y", "Das Welcome Center ist ein Angebot der Y", "KOMPASS war eines der Teilprojekte
# im …"; a project head before the name is no part of it ("Das Projekt Chance Beruf ist …").
# (a possessive may open it where a carrier speaks of its own: "Unser Projekt X ist ein Angebot der …")
_SUBJECT_DETERMINER = r"(?:(?:Das|Die|Der|Unser|Unsere)\s+)?"
_CALLED_A_PROJECT = re.compile(
    rf"{_SUBJECT_DETERMINER}(?:{_HEAD}\s+)?(?P<name>{_CALLED_NAME})\s+(?:ist|war)\s+{_A_PROJECT_OF}"
)
# The subject after the verb, an adverbial opening the sentence: "Seit 2020 ist Chance Beruf ein Teilprojekt des …",
# "Heute ist das Lotsenhaus Nord ein Angebot der …".
_ADVERBIAL_THEN_CALLED = re.compile(
    rf"[A-ZÄÖÜ][\w.]*(?:[^\S\n]+[\w.]+){{0,3}}?\s+(?:ist|war)\s+(?:(?:das|die|der)\s+)?"
    rf"(?P<name>{_CALLED_NAME})\s+{_A_PROJECT_OF}"
)
# The name opening a sentence, in commas or dashes the apposition calling it a project: "Brücke Beruf, ein Projekt des
# Vereins X, berät …", "KOMPASS, eines der Teilprojekte im …, bietet …", "Das Lotsenhaus Nord – ein Angebot der Y – …".
_CALLED_IN_APPOSITION = re.compile(
    rf"{_SUBJECT_DETERMINER}(?:{_HEAD}\s+)?(?P<name>{_CALLED_NAME})(?:,|[^\S\n]+[–-])\s+{_A_PROJECT_OF}"
)
# The name opening a sentence that a naming verb gives a project's or an offer's head after it: "Brücke Nord heißt
# das neue Angebot der Y", "Tandem Beruf nennt sich ein Projekt des …" (the name is the subject complement).
_NAME_THEN_NAMING_VERB = re.compile(
    rf"{_SUBJECT_DETERMINER}(?P<name>{_CALLED_NAME})[^\S\n]+(?:heißt|hieß|nennt[^\S\n]+sich|nannte[^\S\n]+sich)[^\S\n]+"
    rf"(?:das|die|der|ein|eine|unser|unsere|ihr|ihre|sein|seine)[^\S\n]+(?:[a-zäöüß]+(?:e|es|er|en)[^\S\n]+)?"
    rf"(?:{_HEAD}|{OFFER_HEAD})(?![\w-])"
)
_CALLED_PATTERNS = (_CALLED_A_PROJECT, _ADVERBIAL_THEN_CALLED, _CALLED_IN_APPOSITION, _NAME_THEN_NAMING_VERB)
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
# Angebot der …" names nothing), or is a styled word after any word; the apposition may follow the particle that
# closes the clause ("mit dem Zentrum X zusammen, einem Teilprojekt …").
_NAME_IN_APPOSITION = re.compile(
    r"(?<![\w-])(?:(?:dem|das|den|des|die|der|vom|beim|zum|zur|im)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\-]*(?:\s+(?:(?:für|und|in|im|zur|zum|am)\s+)?[A-ZÄÖÜ][\w\-]*){1,5})"
    # a styled word after any word: "In Jena startet KOMPASS, ein Projekt der …" (the subject after its verb)
    rf"|(?<=\s)(?P<styled>{STYLED}))"
    rf"(?:\s+[a-zäöüß]+)?{_APPOSITION_OF_A_PROJECT}"
)
# "von „Brücken bauen“, einem Teilprojekt des …": a quoted name in the same apposition.
_QUOTED_IN_APPOSITION = re.compile(rf"{QUOTED_NAME}{_APPOSITION_OF_A_PROJECT}")


def find_project_names(text: str) -> list[Mention]:
    return (
        [styled_with_its_place(text, m) for m in _STYLED_AFTER_HEAD.finditer(text)]
        + [styled_with_its_place(text, m) for m in _HYPHENATED_AFTER_HEAD.finditer(text)]
        + _names_with_abbreviation_or_subtitle(text)
        + _names_in_apposition(text)
        + _names_opening_a_clause(text)
        + quoted_after_heads(text)
        + named_services(text)
        + bare_iq_services(text)
        + service_units_as_subjects(text)
        + spelled_out_names(text)
        + short_forms_spelled_after(text)
        + welcome_services(text)
        + listed_projects(text)
        + quoted_lists(text)
        + project_fields(text)
        + profile_name_fields(text)
        + tabled_projects(text)
        + names_above_their_carrier(text)
        + names_above_a_stand_in(text)
        + names_above_a_fact_box(text)
        + bulleted_projects(text)
        + coordinated_after_a_plural_head(text)
        + units_of_the_programme(text)
        + _same_named_projects(text)
        + names_in_commas(text)
        + names_under_the_name(text)
        + ordinals_named(text)
        + coordinated_names(text)
        + quoted_before_a_carrier(text)
        + names_before_a_carrier(text)
        + names_after_a_colon(text)
        + names_after_an_offer_compound(text)
        + names_opening_a_headline(text)
        + find_bare_project_names(text)
        + names_confirmed_by_a_neighbour(text)
    )


# The priority of a name a project's head or predicate marks: above the organisation grammar's (1), below a known
# name's (3).
_OVER_A_BODY = 2


# "das Projekt Lernwerk Nord, ein Angebot der …": the project head after the article is no part of the name.
_HEAD_BEFORE_THE_NAME = re.compile(rf"{_HEAD}\s+(?=[A-ZÄÖÜ])")


def _names_in_apposition(text: str) -> list[Mention]:
    plain = [
        (head.end() if (head := _HEAD_BEFORE_THE_NAME.match(text, start, end)) else start, end)
        for m in _NAME_IN_APPOSITION.finditer(text)
        for start, end in [m.span("name" if m.group("name") else "styled")]
    ]
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
    out += [
        Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0), m.group("abbr"))
        for m in _WORDS_BEFORE_THEIR_SYLLABLES.finditer(text)
        if spelled_by_syllables(m.group("name").split(), m.group("abbr"))
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
        for m in at_sentence_starts(_SHORT_DASH_LONG_CALLED, text)
        if m.group("abbr")[0] == m.group("name")[0]
    ]
    out += [  # the name before the subtitle is one of its names too
        replace(
            Mention.named(m.start(), m.end(), "Subproject", m.group("name"), m.group(0)),
            alias=m.group("short"),
        )
        for m in _DASHED_PLAIN_NAME.finditer(text)
        if not STYLED_WORD.fullmatch(m.group("short"))
    ]
    # over the organisation grammar's reading of the same words ("Das Zentrum für Anerkennung X ist ein
    # Teilprojekt des …" names a unit), not over a known name
    # a carrier in the genitive is no part of the name ("Die Beratungsstelle X der Handwerkskammer Y ist …")
    out += [
        Mention.named(
            m.start("name"), m.start("name") + len(name), "Subproject", name, name, priority=_OVER_A_BODY
        )
        for pattern in _CALLED_PATTERNS
        for m in at_sentence_starts(pattern, text)
        for name in [before_a_carrier(m.group("name"))]
        if may_be_a_plain_name(name) and repeatable(name)  # "Die Beratung ist …" names none
    ]
    # from the name on; a known name (the programme's) of the same words wins, the organisation grammar's
    # reading does not ("im Teilprojekt Zentrum für Anerkennung Kiel")
    return out + [
        Mention.named(
            m.start("name"), m.start("name") + len(name), "Subproject", name, name, priority=_OVER_A_BODY
        )
        for pattern in (
            _PLAIN_NAME_AFTER_HEAD,
            _ADJECTIVE_CLOSED_NAME,
            _NAMED_BY_A_VERB,
            _NAMED_BY_A_PHRASE,
            _CALLED_OUT_AFTER_HEAD,
        )
        for m in pattern.finditer(text)
        for name in [
            before_the_people_served(
                text, m.start(), before_a_person(before_a_time(before_a_carrier(m.group("name"))))
            )
        ]
        if may_be_a_plain_name(name)
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
        if QUOTED_ITEM.search(text, start, cue.start()):  # "Das Netzwerk „X“ hat im gleichnamigen Projekt …"
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
