"""Event nouns and the dates that make them events: "Der 4. IQ-Fachtag „Vielfalt“ findet am 3. Mai 2024
statt" gives the noun "Fachtag" with its label and the day; "bis zum 3. Mai" (a deadline) or "seit dem
1. April" (a start) gives none, and a sentence with a date and an event verb ("eröffnete am 5. Mai")
reports one by its verb. A day may stand apart from its event's noun: in the sentence before it ("Am 3. Mai
war es so weit. Der Verein X lud zum Fachtag"), after it ("Er fand am 3. Mai statt"), or in an invitation's
field ("Termin: 3. Mai").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import lexicon
from .alternation import any_of
from .dates import DATELINE, FUTURE, PAST, DateMention
from .lexicon.events import (
    EVENT_DATE_FIELDS,
    EVENT_GATHERING_CUES,
    EVENT_HANDOVER_CUES,
    EVENT_PRIZE_CUES,
    EVENT_SPEECH_WORDS,
    EVENT_VISIT_CUES,
    MONTH_NAMES,
    SPEAKING_WORDS,
)
from .lexicon.names import WEEKDAYS
from .mentions import BODY_TYPES, Mention
from .morphology import gender, genitive_with_article, noun_nominative
from .spans import ByStart, IntervalIndex

_NOUN_SUFFIXES = any_of(
    n.lower() for n in sorted(lexicon.EVENT_NOUNS + lexicon.MORE_EVENT_NOUNS, key=len, reverse=True)
)
EVENT_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>(?=[A-ZÄÖÜ])[\w\-]*?(?P<head>(?i:{_NOUN_SUFFIXES})))(?P<infl>es|s|e|en|n)?(?![\w-])"
)
# What a label keeps before the noun: an ordinal ("4.", "ersten") and the programme's "IQ" with the words of a
# hyphenated name ("IQ Good Practice-Ausstellung").
_ORDINAL = r"(?P<ordinal>\d{1,2}\.|(?i:" + "|".join(lexicon.ORDINAL_STEMS) + r")(?:e|er|es|en|em))"
# ... and an adjective of extent ("das sachsenweite IQ-Netzwerktreffen", "beim 3. bundesweiten Fachtag").
_EXTENT = r"(?P<extent>[A-Za-zÄÖÜäöü]+weit(?:e|er|es|en|em))"
_LABEL_PREFIX = re.compile(rf"(?:{_ORDINAL}\s+)?(?:{_EXTENT}\s+)?(?P<iq>IQ(?:\s+[A-Z][a-z]+){{0,2}}[\s-])?$")
LABEL_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d\d)\b")
# What a label keeps after the noun, as written: a quoted title ("Workshop „…“") or a genitive attribute
# ("Verleihung des Integrationspreises der Stadt X", "Sitzung des Landesbeirats").
_QUOTED_TITLE = re.compile(r"\s*(?P<title>[„\"“‚»][^„\"“”‚‘«»\n]{3,120}[“\"”‘«])")
# An event noun opening the quoted name of a project or programme ("Projekte „A“ und „Infotag B“") is no event.
_QUOTE_OPEN, _QUOTE_CLOSE = '[„"“‚»]', '[“"”‘«]'
_NAMES_A_THING = re.compile(
    rf"\b(?:{'|'.join(lexicon.NAMED_THING_HEADS)})\w*\s+{_QUOTE_OPEN}"
    rf"(?:[^„\"“”‚‘«»\n]{{1,80}}{_QUOTE_CLOSE}\s*(?:,|und|sowie)\s*{_QUOTE_OPEN})?$"
)
_NAMED_THING_REACH = 120  # characters before the noun in which the head and its quoted names stand
# A name in apposition right after the noun, one capitalised word before a preposition, the verb or a stop: "3.
# Fachtag Anerkennung in Kassel", "beim Netzwerktreffen Mentoring, das …" (not "Zum Fachtag Staatssekretärin X",
# nor the next line's "Termin:" after a heading "Einladung zum Fachtag").
_APPOSITION_NAME = re.compile(
    r"[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?\w+)*)"
    r"(?=\s+(?:in|im|am|an|vom|von|für|mit|zum|zur|des|der|fand|findet|statt|ist|war|wird|wurde|hat|hatte)\b"
    r"|\s*[,.;:!?]|[ \t]*\n)"
)
# Words that follow an event noun without naming it: times ("Fachtag Anfang Mai", "Treffen Montag früh").
_NOT_NAMES = frozenset({"Anfang", "Mitte", "Ende", "Beginn", *MONTH_NAMES, *WEEKDAYS})
_GENITIVE_LINK = re.compile(r"\s+(?:des|der)\s+")
# The noun of a genitive attribute with up to two adjectives before it, a town's among them ("des Hamburger
# Integrationspreises", "der bayerischen Staatsregierung").
_GENITIVE_NOUN = re.compile(
    r"(?:(?:[a-zäöü]+(?:en|er)|[A-ZÄÖÜ][a-zäöü]+er(?=\s+[A-ZÄÖÜ]))\s+){0,2}[A-ZÄÖÜ][\w\-]*"
)
_SPACE = re.compile(r"[ \t]+")
# A genitive noun whose name may follow it unquoted ("des Projekts Brücke"): the heads of named things.
_NAMED_THING = re.compile(
    rf"(?i:{'|'.join(lexicon.NAMED_THING_HEADS)})\w*$"
)  # "Teilprojekts", "neuen Projekts"
_COMPOUND_REST = re.compile(r"-[A-ZÄÖÜa-zäöü][\w\-]*")
_GENITIVE_LINKS = 2  # "des Integrationspreises der Staatsregierung": at most two genitives in a row
ORG_TYPES = BODY_TYPES

# Dates that are no event's day: deadlines, states, law dates, ends ("bis zum 3. Mai", "seit dem 1. April", "Die
# Frist endet am 3. Mai").
_NOT_EVENT_BEFORE = re.compile(
    r"\b(?:bis(?:\s+zum)?|spätestens(?:\s+am|\s+bis)?|seit(?:\s+dem)?|Stand|Stichtag|Frist"
    r"|[A-Za-zäöü]*schluss|gültig|Gesetz(?:es)?(?:\s+vom)?|Beschluss\s+vom|(?:endet|endete|läuft|lief)(?:\s+am)?)"
    r"(?:\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?(?:\s+den)?)?\s*\(?$",
    re.IGNORECASE,
)
_SINGLE_DAY_VOM = re.compile(r"\bvom\s*$")  # "Schreiben vom 3. Mai"; "vom 3. bis 5. Mai" is a range
_EVENT_VOM = re.compile(EVENT_NOUN.pattern + r"\s+vom\s*$")  # "auf der Fachtagung vom 3. Mai": its day
_LAW_CLAUSE = re.compile(r"\bin\s+Kraft\b")
# A day after a noun that a temporal preposition governs: "nach dem Start der Stelle am", "seit ihrer Gründung am".
_POINT_OF_COMPARISON = re.compile(
    r"\b(?:[Nn]ach|[Vv]or|[Ss]eit)\s+(?:dem|der|den|einem|einer|ihrem|ihrer|seinem|seiner)\s+[^,;]{0,40}?\b"
    r"(?:am|vom)\s*$"
)
_CONTEXT = 48  # characters before a date that tell what kind of date it is

# "Der Fachtag fand in Kassel statt"; verb-final in a subordinate clause: "der Kongress, der in Kassel stattfand".
# Searched within one sentence, so a date's dot may stand between ("fand am 3. Mai statt").
_TOOK_PLACE = re.compile(
    r"\b(?:fand|findet|fanden|finden)\b[^;\n]{0,200}?\bstatt\b|\bstatt(?:fand|fanden|findet|finden|gefunden)\b"
)
# The event named before, as a pronoun, began, ended or lasted on a day: "Er begann am 3. Mai mit einem Grußwort",
# "Am 4. Mai endete sie" (a pronoun, not "Die Beratung begann am 3. Mai": a service named by a noun).
_IT_RAN = re.compile(
    r"\b(?:[Ee]r|[Ss]ie|[Ee]s)\s+(?:begann|endete|dauerte)\b|\b(?:begann|endete|dauerte)\s+(?:er|sie|es)\b"
)
# A gathering told by its host's or guests' verbs ("begrüßte 100 Gäste", "lud zum Austausch"): the event named
# before it, else one called by its verb.
_GATHERED = re.compile("|".join(EVENT_GATHERING_CUES))
# Sentences that report an event by their verb, and what the event is then called.
_EVENT_VERBS = (
    (
        # "öffnete am 3. Mai ihre Türen", "hat am 3. Mai ihre Türen geöffnet": an opening in the idiom
        re.compile(
            r"\b(?:eröffnet|eröffnete|eröffnen|eröffneten)\b"
            r"|\b(?:öffnete|öffneten)\b[^.;\n]{0,80}?\bTüren\b|\bTüren\s+(?:geöffnet|öffnete|öffneten)\b"
        ),
        "Eröffnung",
    ),
    (re.compile(r"\b(?:trafen|treffen|traf|trifft)\s+sich\b"), "Treffen"),
    (re.compile(r"\b(?:tagte|tagten|tagt)\b"), "Tagung"),
    (
        re.compile(
            r"\b(?:ausgezeichnet|verliehen|verlieh|überreicht(?:e|en)?)\b|\bzeichnete[n]?\b[^.;\n]{0,80}?\baus\b|"
            + "|".join(EVENT_PRIZE_CUES)
        ),
        "Preisverleihung",
    ),
    (re.compile(r"\b(?:kamen|kommen|kam)\b[^.;\n]{0,120}?\bzusammen\b"), "Treffen"),
    (re.compile("|".join(EVENT_VISIT_CUES)), "Besuch"),
    (re.compile(r"\b(?:feierte|feierten|beging|begingen)\b"), "Feier"),
    # "Am 6. Mai ehrte die Stiftung zehn Absolventinnen"
    (re.compile(r"\b(?:ehrte|ehrten|geehrt)\b"), "Ehrung"),
    (re.compile(r"\b(?:gründet|gründen)\s+sich\b"), "Gründung"),
    (_GATHERED, "Veranstaltung"),
    (_TOOK_PLACE, "Veranstaltung"),  # "Am 3. Mai fand in Kiel das Planspiel statt": an occasion of any name
    (re.compile("|".join(lexicon.EVENT_START_CUES)), "Start"),
    (re.compile("|".join(lexicon.EVENT_SIGNING_CUES)), "Unterzeichnung"),
    (re.compile("|".join(EVENT_HANDOVER_CUES)), "Übergabe"),
)
# The field of an invitation that gives the day of the event it invites to: "Termin: Mittwoch, 6. Mai 2031".
_DATE_FIELD = re.compile(
    rf"(?<![\w-])(?:{'|'.join(EVENT_DATE_FIELDS)})\s*:\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s*(?:den\s+)?)?$"
)
# A bare "Datum:" opening its line gives the event's day where the line above names the event ("Fachtag „Vielfalt“"
# and below it "Datum: 5. Juni 2031"); a release's own date stands under its headline or no event's name.
_DAY_FIELD_UNDER_A_NAME = re.compile(
    rf"(?m)^[ \t]*(?:{'|'.join(EVENT_DATE_FIELDS)}|Datum)\s*:\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s*(?:den\s+)?)?$"
)
# A start told by its date alone ("seit dem 3. Mai wird das Projekt gefördert") where the lead of the release
# reports the start ("… startet"); the lead is its title and first sentences.
_START_CUE = re.compile("|".join(lexicon.EVENT_START_LEAD_CUES))
_SINCE = re.compile(r"\b(?:seit|ab)(?:\s+dem)?\s*$", re.IGNORECASE)
_LEAD_SENTENCES = 3
# "Heute leben in Kassel …": a bare "heute" means nowadays as often as the release's day.
_NOWADAYS = re.compile(r"[Hh]eute")
# A time the sentence after a day names of its own ("im Juni", "2019"): its event is not that day's.
_OTHER_TIME = re.compile(
    rf"\b(?:{'|'.join(MONTH_NAMES)}|(?:19|20)\d\d|Frühjahr|Frühling|Sommer|Herbst|Winter)\b"
)

SPEAKER_CUE = re.compile(
    any_of(lexicon.SPEAKER_CUES + lexicon.MORE_SPEAKER_CUES) + "|" + "|".join(SPEAKING_WORDS), re.IGNORECASE
)
# Reports of speech ("sagte", "betonte"): speech at an event that has taken place, not a statement announcing
# one. A bare attribution ("„…“, so X") is a press statement as often as speech at the event: not a cue.
REPORTED_SPEECH = re.compile(
    any_of(lexicon.EVENT_SPEECH_CUES) + "|" + "|".join(EVENT_SPEECH_WORDS), re.IGNORECASE
)
SO_ATTRIBUTION = re.compile(r"[“\"”],?\s*so\s+(?=[A-ZÄÖÜ])")  # "„…“, so Petra Beispiel"
# Speech placed at an event named after it ("sagte X bei der Tagung „…“", "während des Fachtags", "anlässlich
# des Fachtags"; "„…“, so X auf dem Fachtag").
_AT_OCCASION = re.compile(
    r"\b(?:(?:[Bb]ei|[Aa]uf|[Ww]ährend|[Ii]m\s+Rahmen|[Aa]nlässlich)\s+(?:der|des|dem|einer|eines)|[Bb]eim)\s+"
    r"(?:[a-zäöü]+\s+)?$"
)
# A sentence opening at an event: "Beim Netzwerktreffen …", "Auf der Fachtagung …", "Während des Kongresses …".
_OPENS_AT_OCCASION = re.compile(
    r"\s*(?:Beim|Bei\s+der|Auf\s+dem|Auf\s+der|Während\s+des|Während\s+der|Im\s+Rahmen\s+de[sr])\s+"
    r"(?:[\w.]+\s+){0,2}"
)
# Guests who came to an event or took part in it, the noun after "zum"/"an der" ("kamen zum Fachtag").
_TO_OCCASION = re.compile(
    r"\b(?:[Zz]um|[Zz]ur|[Aa]m|[Aa]n\s+der|[Aa]n\s+dem|[Aa]n\s+einer|[Aa]n\s+einem)\s+(?:[\w.]+\s+){0,2}$"
)
_OCCASION_REACH = 40  # characters before the noun in which "zum"/"an der" and up to two words before it stand
_ATTENDANCE = re.compile(r"\b(?:kamen|kam|folgten|strömten|nahmen\b[^.;\n]{0,120}?\bteil)\b")
# A number before the noun counts several events ("35 Runde Tische und 3 Fachtage"), none of them one held.
_COUNTED = re.compile(
    rf"\b(?:\d{{1,3}}|{'|'.join(lexicon.GERMAN_NUMBER_WORDS)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_SPEECH_AFTER_REPORT = 2  # sentences after a report placed at an event in which a speech act makes it one


@dataclass(frozen=True)
class EventNoun:
    """An event noun in the text: where, its nominative form, its head ("kongress") and the label it gives."""

    start: int
    end: int
    noun: str
    head: str
    label: str
    generic: bool


@dataclass
class Event:
    noun: EventNoun | None
    verb_noun: str
    date: DateMention | None
    sentence: tuple[int, int]
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def head(self) -> str:
        return self.noun.head if self.noun else self.verb_noun.lower()


def find_event_nouns(text: str, mentions: list[Mention]) -> list[EventNoun]:
    """Event nouns outside names; "IQ-Partnerforum" counts though "IQ" is a name of its own."""
    out = []
    named, by_start = IntervalIndex((m.start, m.end) for m in mentions), ByStart(mentions)
    keys_in_full = keys_named_in_full(mentions)
    for match in EVENT_NOUN.finditer(text):
        if named.overlaps(match.start("head"), match.start("head") + 1):  # the head inside a name
            continue
        if _NAMES_A_THING.search(text, max(0, match.start() - _NAMED_THING_REACH), match.start()):
            continue
        word = match.group("noun")
        noun = _singular(word, noun_nominative(word + (match.group("infl") or "")))
        prefix = _prefix(text, match.start(), noun)
        iq_named = "IQ" in prefix or noun.startswith("IQ")
        label = prefix + noun + attribute_after(text, match.end(), by_start, keys_in_full, iq_named)
        generic = word in lexicon.GENERIC_EVENT_NOUNS
        head = match.group("head").lower()
        out.append(EventNoun(match.start(), match.end(), noun, head, label, generic))
    return out


_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}  # "Erster Kongress", "Erste Tagung", "Erstes Treffen"


def _prefix(text: str, start: int, noun: str) -> str:
    """The ordinal and "IQ" words before an event noun, the ordinal in the nominative."""
    prefix = _LABEL_PREFIX.search(text, max(0, start - 32), start)
    if prefix is None or not prefix.group(0):
        return ""
    ending = _STRONG_ENDING[gender(noun.split("-")[-1])]
    ordinal = prefix.group("ordinal") or ""
    if ordinal and not ordinal[0].isdigit():
        ordinal = _strong(ordinal, ending)
    extent = prefix.group("extent") or ""
    if extent:  # "das 3. bundesweite …": small after the ordinal, capital first
        extent = _strong(extent, ending)
        extent = extent.lower() if ordinal else extent
    parts = (ordinal, extent, prefix.group("iq") or "")
    return "".join(f"{part.strip()} " for part in parts if part)


def _strong(adjective: str, ending: str) -> str:
    """ "vierten", "sachsenweite" -> "Viertes", "Sachsenweites": the adjective as the label's first word."""
    stem = re.sub(r"(?:e|er|es|en|em)$", "", adjective)
    return stem[:1].upper() + stem[1:] + ending


def after_name(text: str, end: int) -> int:
    """Where the words that name an event after its noun end: after its year ("Jahrestagung 2024") or its
    quoted title ("Fachtag „Vielfalt“"); at the noun's end where neither follows."""
    named = LABEL_YEAR.match(text, end) or _QUOTED_TITLE.match(text, end)
    return named.end() if named else end


def attribute_after(
    text: str, end: int, mentions: ByStart[Mention], keys_in_full: frozenset[str], iq_named: bool = False
) -> str:
    """What names the event after its noun: a year, a quoted title, or (unless "IQ" names it already) a genitive
    attribute as written, an organisation in it by its name ("des IQ Landesnetzwerks Berlin")."""
    year = LABEL_YEAR.match(text, end)
    if year:
        return f" {year.group('year')}"
    title = _QUOTED_TITLE.match(text, end)
    if title:
        return " " + title.group("title")
    words, pos = [], end
    name = _APPOSITION_NAME.match(text, end)
    named_there = mentions.at(name.start("name")) if name else []
    # a Land right after the noun names it ("Netzwerktreffen Hessen"); a town (its venue), a person or a body not
    if name and name.group("name") not in _NOT_NAMES and all(m.label in lexicon.LAENDER for m in named_there):
        words.append(name.group("name"))
        pos = name.end()
    for _ in range(0 if iq_named else _GENITIVE_LINKS):
        link = _GENITIVE_LINK.match(text, pos)
        if link is None:
            break
        named = next(iter(mentions.at(link.end())), None)
        noun = _GENITIVE_NOUN.match(text, link.end())
        if named is not None and named.type in ORG_TYPES | {"Programme"}:
            words.append(_genitive_named(text, link, named, keys_in_full))
            break
        if noun is None or (named is not None and not _town_adjective(named)):
            break
        title = _QUOTED_TITLE.match(text, noun.end())  # "des Netzwerks „Integration durch Anerkennung“"
        # "der Stadt Kiel", "des Landkreises Kassel", "des Projekts Brücke": the noun's name after it
        named_end = _town_after(text, noun.end(), mentions) or _name_of_a_thing(text, noun)
        pos = title.end() if title else named_end or noun.end()
        words.append(" ".join(text[link.start() : pos].split()))
        if title or named_end:
            break
    return "".join(f" {w}" for w in words)


def _town_after(text: str, end: int, mentions: ByStart[Mention]) -> int | None:
    """Where a town named right after a genitive noun ends ("der Stadt Kiel"), else None."""
    gap = _SPACE.match(text, end)
    town = next((m for m in mentions.at(gap.end()) if m.type == "Place"), None) if gap else None
    return town.end if town is not None else None


def _name_of_a_thing(text: str, noun: re.Match[str]) -> int | None:
    """Where the unquoted one-word name after a project's or programme's noun ends ("des Projekts Brücke")."""
    name = _APPOSITION_NAME.match(text, noun.end()) if _NAMED_THING.search(noun.group(0)) else None
    return name.end() if name and name.group("name") not in _NOT_NAMES else None


def _town_adjective(m: Mention) -> bool:
    """ "Hamburger", "Kieler": a town named by its adjective, part of the genitive noun phrase it stands in."""
    return m.type == "Place" and m.surface != m.label and m.surface.endswith("er")


def _genitive_named(text: str, link: re.Match[str], named: Mention, keys_in_full: frozenset[str]) -> str:
    """An organisation by its name ("des IQ Landesnetzwerks Berlin"), also where only referred to ("des
    IQ Landesnetzwerks") when the text names it in full elsewhere; else as written ("des IQ-Netzwerks")."""
    compound = _COMPOUND_REST.match(text, named.end)  # "des IQ-Netzwerks": the name is only its first part
    # "des Projekts „Wege“": a project named by its head and a quoted name keeps both, as written
    headed = named.type == "Subproject" and named.surface != named.label
    if compound or headed or not named_in_full(named, keys_in_full):
        return " ".join(text[link.start() : compound.end() if compound else named.end].split())
    return genitive_with_article(named.label)


def keys_named_in_full(mentions: list[Mention]) -> frozenset[str]:
    """The bodies a text names by their names, not only refers to ("das IQ-Netzwerk")."""
    return frozenset(m.key for m in mentions if not m.generic)


def named_in_full(m: Mention, keys_in_full: frozenset[str]) -> bool:
    """Whether the text names the body of a mention by its name: "das IQ-Netzwerk" in a text that never
    names the network leaves open which one it is."""
    return not m.generic or m.key in keys_in_full


def _singular(stem: str, nominative_form: str) -> str:
    return (
        stem
        if nominative_form.lower().endswith(("en", "n")) and not stem.lower().endswith("en")
        else nominative_form
    )


def is_event_date(text: str, date: DateMention, sentence: tuple[int, int]) -> bool:
    if date.period:  # "im Förderzeitraum vom 1. Januar 2019 bis 31. Dezember 2022"
        return False
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if _NOT_EVENT_BEFORE.search(before) or _LAW_CLAUSE.search(text, *sentence):
        return False
    return date.range or not _SINGLE_DAY_VOM.search(before) or bool(_EVENT_VOM.search(before))


def _without_dateline(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A sentence's dates without that of a dateline opening it where another date follows ("Musterstadt,
    05.06.2019 – Am gestrigen Dienstag …"): the release's day, not the reported one. Alone it may be both."""
    if len(dates) < 2 or not DATELINE.search(text, max(0, dates[0].start - _CONTEXT), dates[0].start):
        return dates
    return dates[1:]


def _starts_since(text: str, date: DateMention, sentence: tuple[int, int], lead_starts: bool) -> bool:
    """ "Seit dem 3. Mai wird das Projekt gefördert" in a release whose lead reports the start, or "ab heute
    bietet die Stelle … an": the day something started, no law's date."""
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if not _SINCE.search(before) or _LAW_CLAUSE.search(text, *sentence):
        return False
    return lead_starts or bool(_START_CUE.search(text, *sentence))


def dated_events(
    text: str, sentences: list[tuple[int, int]], nouns: list[EventNoun], dates: list[DateMention]
) -> list[Event]:
    """Each sentence's event dates paired with the nearest event noun there, else with its event verb."""
    events: dict[tuple[int, int] | dt.date, Event] = {}
    latest_specific: EventNoun | None = None
    lead = sentences[: _LEAD_SENTENCES + 1]  # the title and the lead's first sentences
    lead_starts = any(_START_CUE.search(text, *s) for s in lead)
    nouns_by_start, dates_by_start = ByStart(nouns), ByStart(dates)  # each sentence's own, by position
    # the day told in the sentence before, where no event of that sentence took it
    unclaimed: tuple[DateMention, tuple[int, int]] | None = None
    for sentence in sentences:
        here = nouns_by_start.within(*sentence)
        own: list[tuple[DateMention, Event | None]] = []
        day_before, unclaimed = unclaimed, None
        for date in _without_dateline(text, dates_by_start.within(*sentence)):
            if _starts_since(text, date, sentence, lead_starts):
                event: Event | None = Event(None, "Start", date, sentence)
            elif not is_event_date(text, date, sentence):
                continue
            else:
                event = _event_at(text, sentence, date, here, latest_specific, bool(events))
            own.append((date, event))
            told_alone = event is None and not here and not _NOWADAYS.fullmatch(text, date.start, date.end)
            unclaimed = (date, sentence) if told_alone else unclaimed
        if day_before is not None and not own:
            own.append((day_before[0], _held_after_its_day(text, sentence, here, *day_before)))
        for date, event in _one_day_each(text, sentence, own):
            if event is not None:
                _with_the_sentence_naming_it(event, sentences)
                events.setdefault(date.date or date.month_day, event)
        specific = [n for n in here if not n.generic]
        latest_specific = specific[-1] if specific else latest_specific
    return list(events.values())


def _one_day_each(
    text: str, sentence: tuple[int, int], own: list[tuple[DateMention, Event | None]]
) -> list[tuple[DateMention, Event | None]]:
    """ "Am 3. Mai, zwei Jahre nach dem Start der Stelle am 2. Mai 2029, kamen 50 Gäste zum Empfang": a sentence's
    event noun (or verb) has one day; of the days that would each make it an event, the one that is no point of
    comparison ("nach dem Start … am"), else the first."""
    by_what: dict[object, list[tuple[DateMention, Event | None]]] = {}
    for date, event in own:
        what = (event.noun.start if event.noun else event.verb_noun) if event else id(date)
        by_what.setdefault(what, []).append((date, event))
    kept = [
        next((d for d in days if not _compared_to(text, sentence, d[0])), days[0])
        for days in by_what.values()
    ]
    return sorted(kept, key=lambda d: d[0].start)


def _compared_to(text: str, sentence: tuple[int, int], date: DateMention) -> bool:
    """ "nach dem Start der Stelle am 2. Mai", "seit ihrer Gründung am …": the day of another thing, a point
    of comparison."""
    return bool(_POINT_OF_COMPARISON.search(text, max(sentence[0], date.start - _CONTEXT), date.start))


def _with_the_sentence_naming_it(event: Event, sentences: list[tuple[int, int]]) -> None:
    """ "Die Stiftung X lädt zu ihrem Fachtag ein. Termin: 3. Mai": an event dated in a later sentence than the one
    naming it has that one among its sentences too, where its host may be named."""
    if event.noun is not None and not event.sentence[0] <= event.noun.start < event.sentence[1]:
        naming = _sentence_of(event.noun.start, sentences)
        if naming not in event.sentences:
            event.sentences.append(naming)


def _held_after_its_day(
    text: str,
    sentence: tuple[int, int],
    here: list[EventNoun],
    day: DateMention,
    day_sentence: tuple[int, int],
) -> Event | None:
    """ "Am 3. Mai war es so weit. Der Verein X lud zum ersten Fachtag nach Kassel ein": a day told with no
    event, and the next sentence of its paragraph, naming no time of its own, reports an event held."""
    specific = [n for n in here if not n.generic]
    if not specific or "\n" in text[day_sentence[1] : sentence[0]] or _OTHER_TIME.search(text, *sentence):
        return None
    noun = specific[0]
    held = (
        _TOOK_PLACE.search(text, *sentence)
        or _GATHERED.search(text, *sentence)
        or SPEAKER_CUE.search(text, *sentence)
        or _attended(text, noun, sentence)
    )
    return Event(noun, "", day, sentence, [day_sentence]) if held else None


def _event_at(
    text: str,
    sentence: tuple[int, int],
    date: DateMention,
    here: list[EventNoun],
    latest_specific: EventNoun | None,
    have_events: bool,
) -> Event | None:
    specific = [n for n in here if not n.generic]
    if specific:
        noun = min(specific, key=lambda n: abs(n.start - date.start))
        return Event(noun, "", date, sentence)
    if here:  # "Die Veranstaltung fand am 3. Mai statt": the event named before, or one that refers back
        return None if have_events else Event(latest_specific or here[0], "", date, sentence)
    if latest_specific is not None and (
        _TOOK_PLACE.search(text, *sentence)
        or _GATHERED.search(text, *sentence)
        or _DATE_FIELD.search(text, sentence[0], date.start)
        or _IT_RAN.search(text, *sentence)
        or _under_its_name(text, date, latest_specific)
    ):
        return Event(latest_specific, "", date, sentence)  # "Er fand am 3. Mai statt": the event named before
    for pattern, verb_noun in _EVENT_VERBS:
        if pattern.search(text, *sentence):
            return Event(None, verb_noun, date, sentence)
    return None


def _under_its_name(text: str, date: DateMention, noun: EventNoun) -> bool:
    """ "Fachtag „Vielfalt“" on one line, "Datum: 5. Juni 2031" on the next; not under the release's headline (its
    first line), where the date is the release's own."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if not _DAY_FIELD_UNDER_A_NAME.match(text, line_start, date.start):
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return 0 < above <= noun.start < line_start


def undated_event(text: str, nouns: list[EventNoun], sentences: list[tuple[int, int]]) -> Event | None:
    """An event the release reports without a date we can read: "Heute fand die Auftaktveranstaltung statt",
    "Beim Netzwerktreffen tauschten sich 40 Fachleute aus. Landrat X hieß die Gäste willkommen." (a report placed
    at it, a speech act right after)."""
    for noun in nouns:
        if noun.generic:
            continue
        sentence = _sentence_of(noun.start, sentences)
        speech = REPORTED_SPEECH.search(text, *sentence) or SO_ATTRIBUTION.search(text, *sentence)
        spoken_at = speech and _AT_OCCASION.search(text, sentence[0], noun.start)
        if (
            spoken_at
            or _TOOK_PLACE.search(text, *sentence)
            or SPEAKER_CUE.search(text, *sentence)
            or _reported_at(text, noun, sentence, sentences)
            or _attended(text, noun, sentence)
            or (
                not _COUNTED.search(text, sentence[0], noun.start)
                and _spoken_at_next(text, sentence, sentences)
            )
        ):
            return Event(noun, "", None, sentence)
    return None


def _reported_at(
    text: str, noun: EventNoun, sentence: tuple[int, int], sentences: list[tuple[int, int]]
) -> bool:
    """A sentence opening at the event ("Beim Fachtag …", "Auf der Tagung …") and a speech act in the same
    paragraph right after it."""
    if not _OPENS_AT_OCCASION.fullmatch(text, sentence[0], noun.start):
        return False
    after = [s for s in sentences if s[0] >= sentence[1]][:_SPEECH_AFTER_REPORT]
    same_paragraph = [s for s in after if "\n" not in text[sentence[1] : s[0]]]
    return any(SPEAKER_CUE.search(text, *s) for s in same_paragraph)


def _spoken_at_next(text: str, sentence: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
    """ "Der Fachtag „X“ stieß auf großes Interesse. In ihrem Grußwort betonte Petra Beispiel …": a sentence
    telling of the event in the past, the next one of its paragraph a speech act in the past."""
    if not PAST.search(text, *sentence) or FUTURE.search(text, *sentence):
        return False
    after = next((s for s in sentences if s[0] >= sentence[1]), None)
    if after is None or "\n" in text[sentence[1] : after[0]]:
        return False
    return bool(
        SPEAKER_CUE.search(text, *after) and PAST.search(text, *after) and not FUTURE.search(text, *after)
    )


def _attended(text: str, noun: EventNoun, sentence: tuple[int, int]) -> bool:
    """ "Rund 100 Gäste kamen zum Fachtag", "An der Tagung nahmen 80 Fachleute teil": guests came to it, so it was
    held."""
    to_it = _TO_OCCASION.search(text, max(sentence[0], noun.start - _OCCASION_REACH), noun.start)
    return bool(to_it and _ATTENDANCE.search(text, *sentence))


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos)
