"""Project names in quotation marks: after a project head, in lists, and bare where a clause makes them projects.

    HEAD := "das Qualifizierungsprojekt „Deutsch im Beruf“", "ein Projekt namens „Brücke Nord“", "die Maßnahme
            „Sprechstunde Pflege“", "das Förderprogramm mit dem Titel „Zukunft Arbeit“"
    QUOTED LIST := "zwölf Teilprojekte, darunter „A“ und „B“", "„A“ und „B“ sind Teilprojekte des …"
    BODY'S := "„MiStrAL“ von der Volkshochschule Stade": a bare quoted name right before the body it belongs to
    NEW := "Mit „Anerkennung konkret“ startet in Kiel ein neues Angebot": a clause bringing in a project
    SUBJECT := "„Brücken bauen“ berät seit Mai …", "„X“ wird vom Verein Y umgesetzt", "Mit „X“ unterstützt die
            Stadt Kiel …": a quoted name as the subject of what a service does
    SHORT FORM := "das Projekt „Integration im Handwerk“ (IiH)": the short form in brackets after the quotes

A bare quoted name of more than eight words is a sentence or a title, and one after a noun with its article
("das Logo „X“ des …") names that thing: neither is a project.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.names import NAMING_PHRASES, PROGRAMME_HEAD_ENDINGS, PROJECT_HEAD_ENDINGS
from ...lexicon.projects import ACTIVITY_HEAD_ENDINGS, OFFER_NOUNS, SERVICE_PARTICIPLES, SERVICE_VERBS
from ...text.spans import Mention
from .name_parts import OPENING_QUOTES, QUOTED_NAME, at_sentence_starts

_QUOTED = QUOTED_NAME
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
_NAMED_PROJECT = re.compile(  # (the programme's word may be joined to the head: "das IQ-Landesprojekt „X“")
    rf"(?:(?<![\w-])|(?<=IQ-))(?:{_PROJECT_COMPOUND}(?:es|s|en|n)?(?:{_NAMING})?|{_PROJECT_WORD}(?:es|s|en|n)?{_NAMING}"
    rf"|{_OFFER_WORD})\s*{_QUOTED}"
)
# "das Förderprogramm mit dem Titel „X“", "eine Initiative namens „X“": a programme named by a naming phrase.
_PROGRAMME_HEAD = r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:" + "|".join(PROGRAMME_HEAD_ENDINGS) + ")|Programm|Initiative)"
_NAMED_PROGRAMME = re.compile(rf"(?<![\w-]){_PROGRAMME_HEAD}(?:es|s|en|n)?{_NAMING}\s+{_QUOTED}")


# "zwölf Teilprojekte, darunter „A“ und „B“", "Projekte wie „A“, „B“ oder „C“": examples of a plural project noun.
_EXAMPLES_OF_PROJECTS = re.compile(
    r"(?<![\w-])(?:Teil|Modell|Pilot)?[Pp]rojekt(?:e|en)\b,?\s+(?:darunter|etwa|wie|insbesondere|zum\s+Beispiel|z\.\s?B\.)"
    rf"(?:\s+(?:die|das|den|dem))?\s+(?=[{OPENING_QUOTES}])"
)
# "Zu den Teilprojekten des Netzwerks gehören „A“, „B“ und „C“", "Unter den Projekten im Netzwerk Y sind auch „A“
# und „B“", "Die beiden Projekte heißen „A“ und „B“": a plural project noun (after "zu/unter den", or the subject
# with its article), the verb of its clause (of belonging or naming), then capitalised quoted names closing the clause
# (a clause of 80 characters at most between the noun and the verb; not "In den Projekten gehören „A“ zum Alltag").
_CLAUSE_TO_THE_VERB = 80  # characters from the plural noun to its verb
_PLURAL_PROJECTS_THEN_VERB = re.compile(
    r"(?<![\w-])(?:(?:[Zz]u|[Uu]nter)\s+den\s+(?:\w+\s+){0,2}?(?:Teil|Modell|Pilot)?[Pp]rojekten"
    r"|(?:Die|Diese|Beide|Die\s+beiden)\s+(?:\w+en\s+)?(?:Teil|Modell|Pilot)?[Pp]rojekte)(?![\w-])"
    rf"[^.:;!?\n„“\"»«]{{0,{_CLAUSE_TO_THE_VERB}}}?"
    r"(?<![\w-])(?:gehören|gehörten|zählen|zählten|heißen|hießen|lauten|lauteten|sind|waren)"
    r"(?:\s+(?:auch|etwa|unter\s+anderem|beispielsweise|zum\s+Beispiel|derzeit|aktuell|damals|inzwischen|heute|nun"
    r"|ebenfalls|seit\s+[\w.]+|u\.\s?a\.))*"
    rf"(?:\s+(?:die|das|der))?\s+(?=[{OPENING_QUOTES}][A-ZÄÖÜ0-9])"
)
_CLAUSE_CLOSED = re.compile(r"[^\S\n]*(?:[.,;:!?)(]|$)")
# "„A“ und „B“ sind Teilprojekte des …", "„A“ ist ein Angebot der …": quoted names the predicate calls projects.
_QUOTED_THEN_CALLED = re.compile(
    r"(?:\s+(?:ist|sind|war|waren)\s+(?:ein|eine|eines\s+der|(?:eines|zwei|drei|vier)\s+von\s+\w+|zwei|drei|vier|beides|beide)?\s*"
    r"(?:[a-zäöüß]\w*(?:e|en)\s+)?"
    r"(?:IQ[\s\-]+)?(?:Teil|Modell|Pilot)?(?:[Pp]rojekt|Angebot)(?:e|en|s)?\s+(?:des|der|im|vom|von)\b)"
)
QUOTED_ITEM = re.compile(QUOTED_NAME)
_NEXT_ITEM = re.compile(rf"\s*(?:,|und|sowie|oder)\s*(?=[{OPENING_QUOTES}])")


# "Gefördert werden folgende Projekte: „A“ (Träger X), „B“ und „C“": quoted names after a plural project noun and a
# colon closing its clause.
_LIST_CLAUSE = 80  # characters from the plural noun to the colon
_PROJECTS_BEFORE_A_COLON = re.compile(
    rf"(?<![\w-])(?:Teil|Modell|Pilot)?[Pp]rojekt(?:e|en)(?![\w-])[^.:;!?\n]{{0,{_LIST_CLAUSE}}}:[^\S\n]*(?=[{OPENING_QUOTES}])"
)
# the carrier or place of an item in brackets after it: "„A“ (Caritasverband X e. V.), „B“ (Hochschule Y)"
_BRACKET_AFTER_AN_ITEM = re.compile(r"[^\S\n]*\([^()\n]{2,80}\)")


def quoted_lists(text: str) -> list[Mention]:
    out = []
    for cue in (*_EXAMPLES_OF_PROJECTS.finditer(text), *_PROJECTS_BEFORE_A_COLON.finditer(text)):
        out += _quoted_items(text, cue.end())
    for cue in _PLURAL_PROJECTS_THEN_VERB.finditer(text):
        items = _quoted_items(text, cue.end())
        out += items if items and _CLAUSE_CLOSED.match(text, items[-1].end) else []
    for first in QUOTED_ITEM.finditer(text):  # a list read from each of its items: `select` keeps one of each
        items = _quoted_items(text, first.start())
        if _QUOTED_THEN_CALLED.match(text, items[-1].end):
            out += items
    return out


def _quoted_items(text: str, pos: int) -> list[Mention]:
    """The quoted names coordinated from `pos` on: "„A“, „B“ und „C“"."""
    items = []
    while (item := QUOTED_ITEM.match(text, pos)) is not None:
        name = item.group("name").strip()
        items.append(Mention.named(item.start(), item.end(), "Subproject", name, item.group(0)))
        bracket = _BRACKET_AFTER_AN_ITEM.match(text, item.end())
        link = _NEXT_ITEM.match(text, bracket.end() if bracket else item.end())
        if link is None:
            break
        pos = link.end()
    return items


def quoted_after_heads(text: str) -> list[Mention]:
    found = [(m, "Subproject") for m in _NAMED_PROJECT.finditer(text)]
    found += [(m, "Programme") for m in _NAMED_PROGRAMME.finditer(text)]
    return [
        Mention.named(m.start(), m.end(), type_, m.group("name").strip(), m.group(0)) for m, type_ in found
    ]


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


# "„X“ heißt das neue Projekt der Y", "„X“ nennt sich unser Angebot": the quoted name a naming verb gives a project;
# "Unter dem Titel „X“ startet die Y ein neues Projekt": the title a clause gives the project it brings in.
_PROJECT_NOUN = (
    r"(?:(?:neue|weitere|jüngste|zusätzliche)[snm]?[^\S\n]+)?(?:IQ[\s\-]+)?"
    r"(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]*(?:projekt|angebot)|Projekt|Angebot|Vorhaben|Teilvorhaben)(?![\w-])"
)
_QUOTED_THEN_NAMED_A_PROJECT = re.compile(
    rf"{QUOTED_NAME}[^\S\n]+(?:heißt|hieß|lautet|lautete|nennt[^\S\n]+sich)[^\S\n]+"
    rf"(?:das|die|der|ein|eine|unser|unsere|ihr|ihre|sein|seine)[^\S\n]+{_PROJECT_NOUN}"
)
_OFFERED_ACTIVITIES = ("kurs", "begleitung", "schulung", "förderung")  # a bare "Förderung" is funding
# (the clause may bring in any offer: "Unter dem Namen „X“ bietet die Y eine Beratung an", "… ein Mentoring")
_OFFER_OF_A_CLAUSE = (
    rf"(?:{_PROJECT_NOUN}|[A-ZÄÖÜ][a-zäöüß]*(?:{'|'.join((*ACTIVITY_HEAD_ENDINGS, *_OFFERED_ACTIVITIES))})(?![\w-])"
    rf"|(?:Beratung|Begleitung|Schulung|Kurs|{'|'.join(OFFER_NOUNS)})(?![\w-]))"
)
# the words of a clause, over the dots of a legal form ("startet der Verein X e. V. ein Mentoring")
_WORDS_OF_A_CLAUSE = r"(?:[^.!?;:\n„“\"]|(?<=\se)\.[^\S\n]?V\.)"
_TITLE_OF_A_NEW_PROJECT = re.compile(
    rf"[Uu]nter[^\S\n]+dem[^\S\n]+(?:Titel|Namen)[^\S\n]+{QUOTED_NAME}{_WORDS_OF_A_CLAUSE}{{0,{_CLAUSE_AFTER_THE_QUOTES}}}?"
    rf"(?<![\w-])(?:ein|eine|einen|das|die|den|ihr|ihre|ihren|sein|seine|seinen)[^\S\n]+"
    rf"(?:[a-zäöüß]+(?:e|en|es|er)[^\S\n]+)?{_OFFER_OF_A_CLAUSE}"  # "eine berufsbezogene Sprachförderung"
)


# "Mit 300.000 Euro gefördert wird zudem „X“", "Umgesetzt wird „X“ von der Y": a quoted name as the subject right
# after a fronted participle of funding or carrying and its auxiliary.
_QUOTED_AFTER_A_FRONTED_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:[Gg]efördert|[Ff]inanziert|[Kk]ofinanziert|[Uu]mgesetzt|[Dd]urchgeführt|[Gg]etragen|[Aa]ngeboten)"
    rf"[^\S\n]+(?:wird|werden|wurde|wurden)[^\S\n]+(?:(?:zudem|außerdem|auch|ebenfalls|seit[^\S\n]+\S+)[^\S\n]+)?"
    rf"(?:das[^\S\n]+)?{QUOTED_NAME}"
)


# "Die Y ist Projektträgerin von „X“", "Träger des „X“ ist …": a quoted name after a carrier's noun.
_QUOTED_AFTER_A_CARRIER = re.compile(
    rf"(?<![\w-])(?:Projekt)?[Tt]räger(?:in|innen)?[^\S\n]+(?:des|der|von|vom)[^\S\n]+{QUOTED_NAME}"
)


# "Als Teilprojekt des IQ Netzwerks X berät „Y“ …", "Als Angebot der Diakonie Z hilft „Y“ …": a predicative "als"
# phrase calling the subject a project opens the sentence; the quoted subject follows the finite verb.
_AS_A_PROJECT_THEN_QUOTED = re.compile(
    r"Als[^\S\n]+(?:(?:ein|eine|eines)[^\S\n]+)?(?:[a-zäöüß]+(?:e|es|er)[^\S\n]+)?"
    r"(?:IQ[\s\-]+)?(?:(?!Förder)[A-ZÄÖÜ][a-zäöüß]*(?:projekt|angebot|vorhaben)|Projekt|Angebot|Vorhaben)(?:s|es)?"
    rf"[^\S\n]+(?:des|der|im|vom|von)[^\S\n]+{_WORDS_OF_A_CLAUSE}{{3,{_CLAUSE_AFTER_THE_QUOTES}}}?"
    rf"[^\S\n]+[a-zäöüß]+[^\S\n]+{QUOTED_NAME}"
)


def quoted_new_projects(text: str, chosen: list[Mention]) -> list[Mention]:
    matches = [
        *at_sentence_starts(_AS_A_PROJECT_THEN_QUOTED, text),
        *_QUOTED_AFTER_A_CARRIER.finditer(text),
        *_QUOTED_THEN_A_NEW_PROJECT.finditer(text),
        *_QUOTED_THEN_NAMED_A_PROJECT.finditer(text),
        *_TITLE_OF_A_NEW_PROJECT.finditer(text),
        *_QUOTED_AFTER_A_FRONTED_PARTICIPLE.finditer(text),
    ]
    found = (_bare_quoted_project(text, m, chosen) for m in matches)
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


# "Seit Mai berät „X“ Geflüchtete", "Seit 2019 hat „X“ über 300 Frauen begleitet": an adverbial of a few words opens
# the sentence (no subject: not an article or a pronoun), the finite verb follows, then the quoted subject.
_ADVERBIAL_OPENING = r"(?!(?:Die|Der|Das|Den|Dem|Ein|Eine|Einen|Sie|Er|Es|Wir|Ich|Man)[^\S\n])[A-ZÄÖÜ][\w.]*(?:[^\S\n]+[\w.]+){0,3}?"
_PERFECT_AFTER_THE_QUOTES = rf"(?=[^\S\n]+{QUOTED_NAME.replace('?P<name>', '')}{_IN_THE_CLAUSE}(?:{'|'.join(SERVICE_PARTICIPLES)})(?![\w-]))"
_QUOTED_SUBJECT_AFTER_THE_VERB = re.compile(
    rf"{_ADVERBIAL_OPENING}[^\S\n]+(?:(?:{'|'.join(SERVICE_VERBS)})|(?:hat|hatte){_PERFECT_AFTER_THE_QUOTES})"
    rf"[^\S\n]+{QUOTED_NAME}"
)


def quoted_subjects_of_services(text: str, chosen: list[Mention]) -> list[Mention]:
    matches = [
        *at_sentence_starts(_QUOTED_SUBJECT_OF_A_SERVICE, text),
        *at_sentence_starts(_QUOTED_MEANS_OF_A_SERVICE, text),
        *at_sentence_starts(_QUOTED_SUBJECT_AFTER_THE_VERB, text),
    ]
    found = (_bare_quoted_project(text, m, chosen) for m in matches)
    return [with_its_short_form(text, m) for m in found if m is not None]
