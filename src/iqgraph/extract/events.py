"""The events a release reports: each with its noun phrase, date, place, organisers and speakers.

An event is an event noun ("Fachtag", "IQ-Partnerforum", "Verleihung", …, see `lexicon.EVENT_NOUNS`) that
shares a sentence with a date which is not a deadline, a law's date or a start ("seit", "ab", "bis zum",
"in Kraft"). A sentence with such a date and an event verb but no noun ("eröffnete am 5. Mai die
Beratungsstelle", "wurde am 10. Juni ausgezeichnet") reports the event by its verb. One event per date:
nouns naming the same day are one event. Generic nouns ("die Veranstaltung") and later mentions of the same
noun refer back to an event; they never start one, unless the text gives no other event.

Each sentence has an event in scope: the one it mentions, else the one mentioned last. Speakers are the
persons of a sentence with a speech act (`lexicon.SPEAKER_CUES`), attached to the event in scope; persons
only present ("im Beisein von") are not speakers. Organisers come from the genitive ("Fachtag des Vereins X")
and from cue phrases (`_ORGANISER_CUES`) in the event's sentences, the place from "in/im <Ort>" there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from . import lexicon
from .dates import DateMention
from .lexicon.events import NOT_VENUES, VENUE_ROOMS
from .mentions import Mention, of_a_body_named_before
from .morphology import gender, genitive_with_article, nominative, noun_nominative

_NOUN_SUFFIXES = "|".join(
    n.lower() for n in sorted(lexicon.EVENT_NOUNS + lexicon.MORE_EVENT_NOUNS, key=len, reverse=True)
)
EVENT_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>(?=[A-ZÄÖÜ])[\w\-]*?(?P<head>(?i:{_NOUN_SUFFIXES})))(?P<infl>es|s|e|en|n)?(?![\w-])"
)
# What a label keeps before the noun: an ordinal ("4.", "ersten") and the programme's "IQ" with the words of a
# hyphenated name ("IQ Good Practice-Ausstellung").
_ORDINAL = r"(?P<ordinal>\d{1,2}\.|(?i:" + "|".join(lexicon.ORDINAL_STEMS) + r")(?:e|er|es|en|em))"
_LABEL_PREFIX = re.compile(rf"(?:{_ORDINAL}\s+)?(?P<iq>IQ(?:\s+[A-Z][a-z]+){{0,2}}[\s-])?$")
_LABEL_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d\d)\b")
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
_GENITIVE_LINK = re.compile(r"\s+(?:des|der)\s+")
_GENITIVE_NOUN = re.compile(r"(?:[a-zäöü]+(?:en|er)\s+){0,2}[A-ZÄÖÜ][\w\-]*")
_GENITIVE_LINKS = 2  # "des Integrationspreises der Staatsregierung": at most two genitives in a row
_ORG_TYPES = frozenset(
    {"StateNetwork", "Ministry", "Agency", "Organisation", "CoordinationOffice", "Subproject"}
)

# Dates that are no event's day: deadlines, states, law dates ("bis zum 3. Mai", "seit dem 1. April").
_NOT_EVENT_BEFORE = re.compile(
    r"\b(?:bis(?:\s+zum)?|spätestens(?:\s+am|\s+bis)?|seit(?:\s+dem)?|Stand|Stichtag|Frist"
    r"|[A-Za-zäöü]*schluss|gültig|Gesetz(?:es)?(?:\s+vom)?|Beschluss\s+vom)"
    r"(?:\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?(?:\s+den)?)?\s*\(?$",
    re.IGNORECASE,
)
_SINGLE_DAY_VOM = re.compile(r"\bvom\s*$")  # "Schreiben vom 3. Mai"; "vom 3. bis 5. Mai" is a range
_EVENT_VOM = re.compile(EVENT_NOUN.pattern + r"\s+vom\s*$")  # "auf der Fachtagung vom 3. Mai": its day
_LAW_CLAUSE = re.compile(r"\bin\s+Kraft\b")
_CONTEXT = 48  # characters before a date that tell what kind of date it is

# Sentences that report an event by their verb, and what the event is then called.
_EVENT_VERBS = (
    (re.compile(r"\b(?:eröffnet|eröffnete|eröffnen|eröffneten)\b"), "Eröffnung"),
    (re.compile(r"\b(?:trafen|treffen|traf|trifft)\s+sich\b"), "Treffen"),
    (re.compile(r"\b(?:tagte|tagten|tagt)\b"), "Tagung"),
    (re.compile(r"\b(?:ausgezeichnet|verliehen|überreicht)\b"), "Preisverleihung"),
    (re.compile(r"\b(?:gründet|gründen)\s+sich\b"), "Gründung"),
    (re.compile("|".join(lexicon.EVENT_START_CUES)), "Start"),
    (re.compile("|".join(lexicon.EVENT_SIGNING_CUES)), "Unterzeichnung"),
)
# A start told by its date alone ("seit dem 3. Mai wird das Projekt gefördert") where the lead of the release
# reports the start ("… startet"); the lead is its title and first sentences.
_START_CUE = re.compile("|".join(lexicon.EVENT_START_LEAD_CUES))
_SINCE = re.compile(r"\b(?:seit|ab)(?:\s+dem)?\s*$", re.IGNORECASE)
_LEAD_SENTENCES = 3
# "Die Beratung in X startete am 3. Mai": the place is where the service is, not an event's place.
_PLACE_OF_WHAT_STARTS = frozenset({"Start"})

# Organisers: (cue, where the organiser stands: "after" the cue or "before" it).
_ORGANISER_CUES = (
    (re.compile(r"\b(?:veranstaltet|organisiert|ausgerichtet)\s+(?:von|vom|durch)\b"), "after"),
    (re.compile(r"\b(?:[Aa]uf|[Nn]ach)\s+Einladung\s+(?:von|des|der|vom)\b"), "after"),
    (re.compile(r"\bEinladung\s+(?:des|der)\b"), "after"),
    (
        re.compile(
            r"\b(?:Gastgeber(?:in)?|Veranstalter(?:in)?|Ausrichter(?:in)?)\s+(?:war|ist|waren|sind)\b"
        ),
        "after",
    ),
    (
        re.compile(r"\b(?:Organisiert|Veranstaltet|Ausgerichtet|Eingeladen)\s+(?:hat|haben|hatte|hatten)\b"),
        "after",
    ),
    (
        re.compile(
            r"\b(?:veranstaltete|veranstalteten|veranstaltet|organisierte|organisierten|organisiert"
            r"|empfing|empfängt|lädt|laden|lud|luden|richtete|richteten)\b"
            r"(?!\s+(?:von|vom|durch|sich)\b)"  # "richtete sich an": whom it was for, not who held it
            r"|\b(?:hatte|hatten|hat|haben)\b[^\n]{0,80}?\beingeladen\b"
        ),
        "before",
    ),
    # An award ceremony is held by the award's giver: "mit dem Preis der Stadt X ausgezeichnet", "Verleihung des
    # Integrationspreises des Vereins X".
    (
        re.compile(
            r"\b\w*[Pp]reis(?:es|s)?\s+(?:der|des)\b(?=[^;\n]{0,160}?\b(?:ausgezeichnet|verliehen)\b)"
        ),
        "after",
    ),
    (re.compile(r"\bVerleihung\s+(?:des|der)\s+\w*[Pp]reis(?:es|s)?\s+(?:der|des)\b"), "after"),
    # An exhibition is held by whoever shows it: "Der Verein X zeigt ab dem 3. Mai die Ausstellung".
    (
        re.compile(
            r"\b(?:präsentiert|präsentierte|zeigt|zeigte)\b(?!\s+sich)"  # "zeigt sich erfreut": no showing
            r"(?=[^;\n]{0,100}?\b(?:die|eine)\s+[^.;\n]{0,30}?[Aa]usstellung)"
        ),
        "before",
    ),
)
_ORGANISER_TYPES = _ORG_TYPES | {"Programme"}  # "auf Einladung des Förderprogramms IQ"
_INVITED = re.compile(
    r"[Ee]ingeladen|\blud|\bluden|\blädt|\bladen"
)  # persons host by inviting ("X hatte eingeladen")
# "X hatte dazu eingeladen", "lud hierzu ein": an invitation to the event in scope, named by a pronominal adverb.
_INVITED_TO_IT = re.compile(
    r"\b(?:[Dd]azu|[Hh]ierzu)\b[^.;]{0,80}?\beingeladen\b|\b(?:lud|luden|lädt|laden)\b[^.;]{0,80}?\b(?:dazu|hierzu)\b"
)
# A sentence opening with its host, the event left implicit: "Eingeladen hatte X", "Gastgeber war X".
_HOST_OPENING = re.compile(
    r"\s*(?:(?:Eingeladen|Organisiert|Veranstaltet|Ausgerichtet)\s+(?:hat|haben|hatte|hatten)"
    r"|(?:Gastgeber|Veranstalter|Ausrichter)(?:in|innen)?\s+(?:war|ist|waren|sind))\b"
)
_OF_PERSON = re.compile(
    r"\s*,?\s*(?:vom|von\s+der|von\s+dem|beim|bei\s+der)\s+"
)  # "Petra Beispiel vom Verein X"
_ORGANISER_REACH = 60  # characters after a cue in which its organiser starts
_MAX_ORGANISERS = 3

_SPEAKER_CUE = re.compile(
    "|".join(re.escape(c) for c in lexicon.SPEAKER_CUES + lexicon.MORE_SPEAKER_CUES), re.IGNORECASE
)
# Reports of speech ("sagte", "betonte"): speech at an event that has taken place, not a statement announcing
# one. A bare attribution ("„…“, so X") is a press statement as often as speech at the event: not a cue.
_REPORTED_SPEECH = re.compile("|".join(re.escape(c) for c in lexicon.EVENT_SPEECH_CUES), re.IGNORECASE)
# A person named again by the title of a role ("durch den Oberbürgermeister", "Die Ministerin sprach"): the
# article, at most one adjective, the title's head noun in any case, and no name after it.
_TITLE_REFERENCE = (
    r"\b(?:[Dd](?:er|ie|en|em|es)|vom|beim|zum)\s+(?:[a-zäöü]+\s+)?{head}(?:s|en|n)?\b(?!\s+[A-ZÄÖÜ])"
)
# Speech placed at an event named after it ("sagte X bei der Tagung „…“", "während des Fachtags").
_AT_OCCASION = re.compile(
    r"\b(?:bei|auf|während|im\s+Rahmen)\s+(?:der|des|dem|einer|eines)\s+(?:[a-zäöü]+\s+)?$"
)
_SO_ATTRIBUTION = re.compile(r"[“\"”],?\s*so\s+(?=[A-ZÄÖÜ])")  # "„…“, so Petra Beispiel"
_AT_EVENT = re.compile(r"\b(?:während|bei|auf|im\s+Rahmen)\s+(?:der|des|dem|einer|eines)\s+(?:[a-zäöü]+\s+)?")
_TITLE_HEAD = re.compile(r"^[^,]*?(?P<head>[A-ZÄÖÜ][\w\-]+)(?:\s+(?:für|des|der|im|in|von|vom)\b.*)?$")
_NOT_SPEAKING = re.compile(r"\bim\s+Gespräch\s+mit\b")
# "im Beisein von X", "in Anwesenheit der Ministerin X": present, not speaking.
_ONLY_PRESENT = re.compile(
    r"\b(?:[Ii]m\s+Beisein|[Ii]n\s+Anwesenheit|[Ii]n\s+Begleitung)\s+(?:von|des|der)\b"
)
_PRESENT_REACH = 80  # characters after "im Beisein von" in which the persons named are only present
# "X und Ministerin Y", "X gemeinsam mit dem Verein Y"
_JOINED = re.compile(r"(?:\s*\([^)]*\))?\s*(?:,|und|sowie|gemeinsam\s+mit)\s+(?:[\w.-]+\s+){0,3}")
_PLACE_BEFORE = re.compile(r"\b(?:in|im|nach|Zentrum)\s+(?:der\s+|dem\s+|den\s+)?$")
_PLACE_CUE_REACH = 16  # characters before a place in which its preposition stands ("in der Nähe des ")
# "im Collegium Maius in Erfurt", "in das Haus der Begegnung in Oldenburg": up to three capitalised words (or a
# noun with its genitive name) after "im"/"in der"/"ins", then "in" and the town.
_BUILDING_BEFORE_TOWN = re.compile(
    r"\b(?:[Ii]m|[Ii]ns|[Ii]n\s+(?:der|dem|das|die))\s+"
    r"(?P<venue>(?:[A-ZÄÖÜ][\w\-]*\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w\-]*)?)\s+in\s+$"
)
_BUILDING_REACH = 80  # characters before the town in which the building's name and its preposition stand
_ROOM = re.compile(
    r"\b(?:[Ii]m|[Ii]n\s+der|[Ii]n\s+dem)\s+(?P<venue>(?:"
    + "|".join(VENUE_ROOMS)
    + r")\s+(?:der|des)\s+(?P<owner>[A-ZÄÖÜ][\w\-]*))"
)
# A town named by its adjective after a preposition of place: "im Kieler Rathaus", "nahe dem Dortmunder Hafen".
_ADJECTIVE_PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]m|am|beim|nahe)|\b[Ii]n\s+(?:der|dem|den)|\bNähe\s+(?:des|der|von))\s+(?:dem\s+|der\s+)?$"
)
# What is opened is where it is opened: "eröffnete die neue Kieler Beratungsstelle".
_OPENED_BEFORE = re.compile(r"\beröffne(?:t|te|ten|n)\b[^;\n]{0,60}?\b(?:die|das|den)\s+(?:[a-zäöü]+\s+)?$")
_HOUSE_TYPES = _ORG_TYPES - {"StateNetwork"}  # "ein Treffen im IQ Netzwerk X" is within the network, no house
_AT_HOUSE = re.compile(r"\s+(?:in\s+der|im|in\s+dem)\s+")  # between an event noun and the house it is in
_TOOK_PLACE = re.compile(r"\b(?:fand|findet|fanden|finden)\b[^.]{0,200}\bstatt\b")


@dataclass(frozen=True)
class EventFinding:
    label: str
    noun: str
    date: dt.date | None
    month_day: tuple[int, int] | None
    sentence: tuple[int, int]
    organisers: tuple[Mention, ...]
    place: Mention | None
    speakers: tuple[Mention, ...]
    town: Mention | None = None  # the town of a venue the text names with it


@dataclass(frozen=True)
class _Noun:
    """An event noun in the text: where, its nominative form, its head ("kongress") and the label it gives."""

    start: int
    end: int
    noun: str
    head: str
    label: str
    generic: bool


@dataclass
class _Event:
    noun: _Noun | None
    verb_noun: str
    date: DateMention | None
    sentence: tuple[int, int]
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def head(self) -> str:
        return self.noun.head if self.noun else self.verb_noun.lower()


def find_events(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
    holders: Sequence[tuple[Mention, str]] = (),
    published: dt.date | None = None,
) -> list[EventFinding]:
    """The events of a release; `holders` are the (person, role title) pairs found, for "der Minister sprach";
    `published` the release's date: speech reported at an event after it was announced, not given."""
    nouns = _event_nouns(text, mentions)
    events = _dated_events(text, sentences, nouns, dates)
    if not events:
        undated = _undated_event(text, nouns, sentences)
        events = [undated] if undated else []
    if not events:
        return []
    if all(e.date is None for e in events):  # known by its name only: its speakers where it is named
        sentences = [s for s in sentences if _names_undated(text, s, events[0], nouns)]
    scope = _scopes(text, sentences, nouns, events, dates)
    held = [
        i
        for i, e in enumerate(events)
        if not (published and e.date and e.date.date and e.date.date > published)
    ]
    speakers = _speakers(text, sentences, mentions + _title_references(text, holders), scope, held)
    return [_finding(text, mentions, nouns, e, speakers.get(i, ())) for i, e in enumerate(events)]


def _between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    return text[min(a[1], b[1]) : max(a[0], b[0])]


def _names_undated(text: str, sentence: tuple[int, int], event: _Event, nouns: list[_Noun]) -> bool:
    """A sentence in the paragraph of an event known by its name only, or, where that name is more than a bare
    noun ("Tagung „…“", "Eröffnung des Hauses X"), a sentence naming it again ("bei der Eröffnung")."""
    same_paragraph = "\n" not in _between(text, sentence, event.sentence)
    named = [n for n in nouns if n.head == event.head and sentence[0] <= n.start < sentence[1]]
    return same_paragraph or (event.noun is not None and event.noun.label != event.noun.noun and bool(named))


def _title_references(text: str, holders: Sequence[tuple[Mention, str]]) -> list[Mention]:
    """Where a person is named again by the head of their title, that title being theirs alone."""
    heads: dict[str, list[Mention]] = {}
    for person, title in holders:
        match = _TITLE_HEAD.match(title)
        if match:
            known = heads.setdefault(match.group("head"), [])
            if all(p.key != person.key for p in known):
                known.append(person)
    out = []
    for head, persons in sorted(heads.items()):
        if len(persons) == 1:
            pattern = re.compile(_TITLE_REFERENCE.format(head=re.escape(head)))
            out += [replace(persons[0], start=m.start(), end=m.end()) for m in pattern.finditer(text)]
    return out


# ---------------------------------------------------------------- nouns and dates


def _event_nouns(text: str, mentions: list[Mention]) -> list[_Noun]:
    """Event nouns outside names; "IQ-Partnerforum" counts though "IQ" is a name of its own."""
    out = []
    for match in EVENT_NOUN.finditer(text):
        if any(m.start <= match.start("head") < m.end for m in mentions):
            continue
        if _NAMES_A_THING.search(text, max(0, match.start() - _NAMED_THING_REACH), match.start()):
            continue
        word = match.group("noun")
        noun = _singular(word, noun_nominative(word + (match.group("infl") or "")))
        prefix = _prefix(text, match.start(), noun)
        iq_named = "IQ" in prefix or noun.startswith("IQ")
        label = prefix + noun + _attribute(text, match.end(), mentions, iq_named)
        generic = word in lexicon.GENERIC_EVENT_NOUNS
        head = match.group("head").lower()
        out.append(_Noun(match.start(), match.end(), noun, head, label, generic))
    return out


_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}  # "Erster Kongress", "Erste Tagung", "Erstes Treffen"


def _prefix(text: str, start: int, noun: str) -> str:
    """The ordinal and "IQ" words before an event noun, the ordinal in the nominative."""
    prefix = _LABEL_PREFIX.search(text, max(0, start - 32), start)
    if prefix is None or not prefix.group(0):
        return ""
    ordinal = prefix.group("ordinal") or ""
    if ordinal and not ordinal[0].isdigit():
        stem = re.sub(r"(?:e|er|es|en|em)$", "", ordinal)
        ordinal = stem[:1].upper() + stem[1:] + _STRONG_ENDING[gender(noun.split("-")[-1])]
    return "".join(f"{part.strip()} " for part in (ordinal, prefix.group("iq") or "") if part)


def _attribute(text: str, end: int, mentions: list[Mention], iq_named: bool) -> str:
    """What names the event after its noun: a year, a quoted title, or (unless "IQ" names it already) a genitive
    attribute as written, an organisation in it by its name ("des IQ Landesnetzwerks Berlin")."""
    year = _LABEL_YEAR.match(text, end)
    if year:
        return f" {year.group('year')}"
    title = _QUOTED_TITLE.match(text, end)
    if title:
        return " " + title.group("title")
    words, pos = [], end
    for _ in range(0 if iq_named else _GENITIVE_LINKS):
        link = _GENITIVE_LINK.match(text, pos)
        if link is None:
            break
        named = next((m for m in mentions if m.start == link.end()), None)
        noun = _GENITIVE_NOUN.match(text, link.end())
        if named is not None and named.type in _ORG_TYPES | {"Programme"}:
            words.append(genitive_with_article(named.label))  # the organisation by its name
            break
        if noun is None or named is not None:
            break
        words.append(" ".join(text[link.start() : noun.end()].split()))
        pos = noun.end()
    return "".join(f" {w}" for w in words)


def _singular(stem: str, nominative_form: str) -> str:
    return (
        stem
        if nominative_form.lower().endswith(("en", "n")) and not stem.lower().endswith("en")
        else nominative_form
    )


def _is_event_date(text: str, date: DateMention, sentence: tuple[int, int]) -> bool:
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if _NOT_EVENT_BEFORE.search(before) or _LAW_CLAUSE.search(text, *sentence):
        return False
    return date.range or not _SINGLE_DAY_VOM.search(before) or bool(_EVENT_VOM.search(before))


def _starts_since(text: str, date: DateMention, sentence: tuple[int, int], lead_starts: bool) -> bool:
    """ "Seit dem 3. Mai wird das Projekt gefördert" in a release whose lead reports the start, or "ab heute
    bietet die Stelle … an": the day something started, no law's date."""
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if not _SINCE.search(before) or _LAW_CLAUSE.search(text, *sentence):
        return False
    return lead_starts or bool(_START_CUE.search(text, *sentence))


def _dated_events(
    text: str, sentences: list[tuple[int, int]], nouns: list[_Noun], dates: list[DateMention]
) -> list[_Event]:
    """Each sentence's event dates paired with the nearest event noun there, else with its event verb."""
    events: dict[tuple[int, int] | dt.date, _Event] = {}
    latest_specific: _Noun | None = None
    lead = sentences[: _LEAD_SENTENCES + 1]  # the title and the lead's first sentences
    lead_starts = any(_START_CUE.search(text, *s) for s in lead)
    for sentence in sentences:
        here = [n for n in nouns if sentence[0] <= n.start < sentence[1]]
        for date in (d for d in dates if sentence[0] <= d.start < sentence[1]):
            if _starts_since(text, date, sentence, lead_starts):
                event: _Event | None = _Event(None, "Start", date, sentence)
            elif not _is_event_date(text, date, sentence):
                continue
            else:
                event = _event_at(text, sentence, date, here, latest_specific, bool(events))
            key = date.date or date.month_day
            if event is not None and key not in events:
                events[key] = event
        specific = [n for n in here if not n.generic]
        latest_specific = specific[-1] if specific else latest_specific
    return list(events.values())


def _event_at(
    text: str,
    sentence: tuple[int, int],
    date: DateMention,
    here: list[_Noun],
    latest_specific: _Noun | None,
    have_events: bool,
) -> _Event | None:
    specific = [n for n in here if not n.generic]
    if specific:
        noun = min(specific, key=lambda n: abs(n.start - date.start))
        return _Event(noun, "", date, sentence)
    if here:  # "Die Veranstaltung fand am 3. Mai statt": the event named before, or one that refers back
        return None if have_events else _Event(latest_specific or here[0], "", date, sentence)
    for pattern, verb_noun in _EVENT_VERBS:
        if pattern.search(text, *sentence):
            return _Event(None, verb_noun, date, sentence)
    return None


def _undated_event(text: str, nouns: list[_Noun], sentences: list[tuple[int, int]]) -> _Event | None:
    """An event the release reports without a date we can read: "Heute fand die Auftaktveranstaltung statt"."""
    for noun in nouns:
        if noun.generic:
            continue
        sentence = _sentence_of(noun.start, sentences)
        spoken_at = _REPORTED_SPEECH.search(text, *sentence) and _AT_OCCASION.search(
            text, sentence[0], noun.start
        )
        if spoken_at or _TOOK_PLACE.search(text, *sentence) or _SPEAKER_CUE.search(text, *sentence):
            return _Event(noun, "", None, sentence)
    return None


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos)


# ---------------------------------------------------------------- scope


def _refers_to(noun: _Noun, events: list[_Event]) -> int | None:
    """The event a later noun names: the latest event with the same head defined before it."""
    found = None
    for i, event in enumerate(events):
        if event.head == noun.head and (found is None or event.sentence[0] <= noun.start):
            found = i
    return found


def _mentions_in(
    sentence: tuple[int, int], nouns: list[_Noun], events: list[_Event], dates: list[DateMention]
) -> list[tuple[int, int]]:
    """(position, event index) of every mention of an event in the sentence, in text order: its noun, or its
    day named again ("Zunächst trafen sich alle am 3. Mai in …")."""
    out = [(e.sentence[0], i) for i, e in enumerate(events) if e.sentence == sentence and e.noun is None]
    for noun in nouns:
        if sentence[0] <= noun.start < sentence[1] and not noun.generic:
            i = _refers_to(noun, events)
            if i is not None:
                out.append((noun.start, i))
    days = {e.date.date or e.date.month_day: i for i, e in enumerate(events) if e.date}
    here = (d for d in dates if sentence[0] <= d.start < sentence[1])
    out += [(d.start, days[d.date or d.month_day]) for d in here if (d.date or d.month_day) in days]
    return sorted(out)


def _scopes(
    text: str,
    sentences: list[tuple[int, int]],
    nouns: list[_Noun],
    events: list[_Event],
    dates: list[DateMention],
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Per sentence, the event mentions that decide its scope: those in it, else the last one before it. A
    sentence referring back ("die Veranstaltung", "dazu eingeladen") is one of the event's sentences."""
    scope: dict[tuple[int, int], list[tuple[int, int]]] = {}
    current: list[tuple[int, int]] = []  # before any mention no event is in scope
    for sentence in sentences:
        here = _mentions_in(sentence, nouns, events, dates)
        scope[sentence] = here or current
        if here:
            current = [(-1, here[-1][1])]
        generic = any(n.generic and sentence[0] <= n.start < sentence[1] for n in nouns)
        generic = generic or _hosts_of_the_event_in_scope(text, sentence)
        for _, i in here or (current if generic else []):  # "die Veranstaltung" names the event in scope
            if sentence not in events[i].sentences:
                events[i].sentences.append(sentence)
    return scope


def _hosts_of_the_event_in_scope(text: str, sentence: tuple[int, int]) -> bool:
    """ "X hatte dazu eingeladen", "Eingeladen hatte X", "Gastgeber war X": who held the event in scope."""
    return bool(_INVITED_TO_IT.search(text, *sentence) or _HOST_OPENING.match(text, *sentence))


def _event_for(pos: int, mentions: list[tuple[int, int]]) -> int | None:
    """The event mentioned nearest before a position, else the first mentioned after it."""
    before = [i for p, i in mentions if p <= pos]
    return before[-1] if before else (mentions[0][1] if mentions else None)


# ---------------------------------------------------------------- attributes


_NAMED_BY_TITLE = re.compile(r"[“\"”‘«]$")


def _naming_weight(label: str) -> tuple[bool, bool, int]:
    """The fullest way the text names an event: by a year, then by a quoted title, then the longest."""
    return bool(_LABEL_YEAR.search(label)), bool(_NAMED_BY_TITLE.search(label)), len(label)


def _finding(
    text: str, mentions: list[Mention], nouns: list[_Noun], event: _Event, speakers: tuple[Mention, ...]
) -> EventFinding:
    sentences = [event.sentence, *(s for s in event.sentences if s != event.sentence)]
    noun = event.noun.noun if event.noun else event.verb_noun
    same = [n for n in nouns if event.noun and n.head == event.noun.head]
    label = max((n.label for n in same), key=_naming_weight) if event.noun else event.verb_noun
    genitive = _genitive(text, same, mentions)
    organisers = _organisers(text, mentions, sentences)
    if genitive is not None:
        organisers = [genitive, *(o for o in organisers if o.key != genitive.key)]
    hosts = [o for o in organisers if o.type != "Person"]  # an event is named after a body, not a person
    named_after = genitive or (hosts[0] if hosts else None)
    if label == noun and not noun.startswith("IQ"):  # a bare noun: named by its organiser, else its topic
        label += (
            f" {genitive_with_article(named_after.label)}"
            if named_after is not None
            else next(filter(None, (_subject(text, n, mentions) for n in same)), "")
        )
    date = event.date
    place, town = (
        (None, None) if event.verb_noun in _PLACE_OF_WHAT_STARTS else _place(text, mentions, nouns, sentences)
    )
    return EventFinding(
        label,
        noun,
        date.date if date else None,
        date.month_day if date else None,
        event.sentence,
        tuple(organisers[:_MAX_ORGANISERS]),
        place,
        speakers,
        town,
    )


def _genitive(text: str, occurrences: list[_Noun], mentions: list[Mention]) -> Mention | None:
    """ "Empfang des IQ Landesnetzwerks" and "Fachtag der Stiftung X" name the organiser."""
    starts = {m.start: m for m in mentions if m.type in _ORG_TYPES}
    for occurrence in occurrences:
        link = re.match(r"\s+(?:des|der)\s+", text[occurrence.end :])
        if link and occurrence.end + link.end() in starts:
            return starts[occurrence.end + link.end()]
    return None


def _subject(text: str, noun: _Noun, mentions: list[Mention]) -> str:
    """ "Auftaktveranstaltung zum Netzwerk X": what the event is about, as written."""
    link = re.match(r"\s+(zum|zur)\s+", text[noun.end :])
    start = noun.end + link.end() if link else -1
    about = next((m for m in mentions if m.start == start and m.type in _ORG_TYPES | {"Programme"}), None)
    return f" {link.group(1)} {' '.join(about.surface.split())}" if link and about else ""


def _organisers(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    out: dict[str, Mention] = {}
    for s, e in sentences:
        orgs = [m for m in mentions if m.type in _ORGANISER_TYPES and s <= m.start < e]
        for pattern, side in _ORGANISER_CUES:
            for cue in pattern.finditer(text, s, e):
                hosts = orgs + [
                    m for m in mentions if m.type == "Person" and s <= m.start < e and _invites(cue)
                ]
                for org in _organisers_at(text, cue, side, sorted(hosts, key=lambda m: m.start)):
                    out.setdefault(org.key, org)
    return list(out.values())


def _invites(cue: re.Match[str]) -> bool:
    return bool(_INVITED.search(cue.group(0)))


def _of_person_before(text: str, org: Mention, hosts: list[Mention]) -> bool:
    """ "Petra Beispiel vom Verein X": the organisation says where the person comes from; she is the host."""
    return any(p.type == "Person" and _OF_PERSON.fullmatch(text, p.end, org.start) for p in hosts)


def _organisers_at(text: str, cue: re.Match[str], side: str, orgs: list[Mention]) -> list[Mention]:
    hosts = [m for m in orgs if not _of_person_before(text, m, orgs)]
    after = [m for m in hosts if cue.end() <= m.start < cue.end() + _ORGANISER_REACH]
    if side == "after" or after:  # V2: "Am 3. Mai lud der Verein X ein" puts the subject after the verb
        return _joined_from(text, after[0], hosts) if after else []
    before = [m for m in hosts if m.start < cue.start()]
    listed = before[-1:]  # "X und Y hatten eingeladen": both
    for m in reversed(before[:-1]):
        if not _JOINED.fullmatch(text, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed


def _joined_from(text: str, first: Mention, hosts: list[Mention]) -> list[Mention]:
    """ "Einladung des BMAS und der Stiftung X", "lud Petra Beispiel und Karl Muster ein": all of them."""
    joined = [first]
    for m in hosts:
        if m.start > joined[-1].end and _JOINED.fullmatch(text, joined[-1].end, m.start):
            joined.append(m)
    return joined


def _place(
    text: str, mentions: list[Mention], nouns: list[_Noun], sentences: list[tuple[int, int]]
) -> tuple[Mention | None, Mention | None]:
    """Where the event is held, and the town of that venue where the text names both: in the first of its
    sentences that says where, the place named first."""
    for s, e in sentences:
        found = [
            *_rooms(text, mentions, s, e),
            *_buildings_of_organisations(text, mentions, nouns, s, e),
            *((m, None) for m in mentions if m.type == "Place" and s <= m.start < e and _placed(text, s, m)),
        ]
        if found:
            place, town = min(found, key=lambda found: found[0].start)
            return _building_before(text, place, mentions, s) if town is None else (place, town)
    return None, None


def _placed(text: str, sentence_start: int, place: Mention) -> bool:
    before = text[max(sentence_start, place.start - _PLACE_CUE_REACH) : place.start]
    if not (place.surface.endswith("er") and place.surface != place.label):
        return bool(_PLACE_BEFORE.search(before))
    opened = _OPENED_BEFORE.search(text, sentence_start, place.start)
    return bool(_ADJECTIVE_PLACE_BEFORE.search(before) or opened)


def _building_before(
    text: str, town: Mention, mentions: list[Mention], sentence_start: int
) -> tuple[Mention, Mention | None]:
    """ "im Collegium Maius in Erfurt": a building named by its own name before its town is the venue."""
    match = _BUILDING_BEFORE_TOWN.search(text, max(sentence_start, town.start - _BUILDING_REACH), town.start)
    if match is None:
        return town, None
    venue = match.group("venue")
    start, end = match.start("venue"), match.end("venue")
    named = any(m.start < end and start < m.end for m in mentions)
    words = venue.split()
    owner = words[-1] if len(words) > 2 and words[-2] in ("der", "des") else None
    if named or EVENT_NOUN.search(venue) or any(w in NOT_VENUES for w in words):
        return town, None
    if owner is not None and of_a_body_named_before(owner, mentions, start):
        return town, None
    return Mention.named(start, end, "Place", nominative(venue), venue), town


def _rooms(text: str, mentions: list[Mention], start: int, end: int) -> list[tuple[Mention, Mention | None]]:
    """ "im Saal der Landespressekonferenz": a room named with the institution it belongs to. A room of a body
    named before ("im Foyer des Ministeriums" after "das Arbeitsministerium") names no venue of its own."""
    out: list[tuple[Mention, Mention | None]] = []
    for match in _ROOM.finditer(text, start, end):
        if of_a_body_named_before(match.group("owner"), mentions, match.start()):
            continue
        venue = match.group("venue")
        out.append((Mention.named(match.start("venue"), match.end("venue"), "Place", venue, venue), None))
    return out


def _buildings_of_organisations(
    text: str, mentions: list[Mention], nouns: list[_Noun], start: int, end: int
) -> list[tuple[Mention, Mention | None]]:
    """ "das Partnerforum in der Handwerkskammer Beispielstadt": an organisation's house, attribute of the
    event noun."""
    houses = {m.start: m for m in mentions if m.type in _HOUSE_TYPES and not m.generic}
    out: list[tuple[Mention, Mention | None]] = []
    for noun in (n for n in nouns if start <= n.start < end):
        link = _AT_HOUSE.match(text, noun.end)
        if link and link.end() in houses:
            out.append((houses[link.end()], None))
    return out


# ---------------------------------------------------------------- speakers


def _speakers(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    scope: dict[tuple[int, int], list[tuple[int, int]]],
    held: list[int],
) -> dict[int, tuple[Mention, ...]]:
    """Persons of a sentence with a speech act, at the event in scope; reported speech only at one held."""
    out: dict[int, dict[str, Mention]] = {}
    for sentence in sentences:
        acts = bool(_SPEAKER_CUE.search(text, *sentence))
        if not (acts or _REPORTED_SPEECH.search(text, *sentence) or _attributed_at_event(text, sentence)):
            continue
        for person in _speaking(text, sentence, mentions):
            i = _event_for(person.start, scope[sentence])
            if i is not None and (acts or i in held):
                out.setdefault(i, {}).setdefault(person.key, person)
    return {i: tuple(found.values()) for i, found in out.items()}


def _attributed_at_event(text: str, sentence: tuple[int, int]) -> bool:
    """ "„…“, so Petra Beispiel während der Tagung": a bare attribution placed at an event is speech there."""
    attribution = _SO_ATTRIBUTION.search(text, *sentence)
    if attribution is None:
        return False
    places = _AT_EVENT.finditer(text, attribution.end(), sentence[1])
    return any(EVENT_NOUN.match(text, at.end()) for at in places)


def _speaking(text: str, sentence: tuple[int, int], mentions: list[Mention]) -> Iterable[Mention]:
    s, e = sentence
    persons = [m for m in mentions if m.type == "Person" and s <= m.start < e]
    present = {
        m.key for c in _ONLY_PRESENT.finditer(text, s, e) for m in _listed_after(text, c.end(), persons)
    }
    for m in persons:
        if m.key not in present and not _NOT_SPEAKING.search(text, s, m.start):
            yield m


def _listed_after(text: str, pos: int, persons: list[Mention]) -> list[Mention]:
    """The persons an "im Beisein von" governs: the first after it and those joined to it by "und" or commas."""
    after = [m for m in persons if pos <= m.start < pos + _PRESENT_REACH]
    listed = after[:1]
    for m in after[1:]:
        if not _JOINED.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed
