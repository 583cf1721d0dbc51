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
and from cue phrases (`organisers._ORGANISER_CUES`) in the event's sentences, the place from
"in/im <Ort>" there.

Event nouns and their dates are read in nouns.py; organisers, places and speakers in organisers.py, places.py
and speakers.py (the organisers an event's genitive names in genitives.py); what the release's title says of its
event (what a bare "Eröffnung" opened, the day the text does not give) in headlines.py; each sentence's event in
scope in scope.py; the names of events told by a verb beyond its noun (the prize given, a body's session) in
names.py. This module composes the findings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..names.mentions import Mention
from ..text.dates import DateMention
from ..text.morphology import genitive_with_article
from ..text.spans import ByStart, IndexedMentions
from .genitives import genitive_organiser, of_the_organiser, with_genitives
from .headlines import Headline, headline_complements, headline_day
from .names import kicked_off, prize_given, session_of_a_body
from .nouns import (
    LABEL_YEAR,
    ORG_TYPES,
    Event,
    EventNoun,
    dated_events,
    find_event_nouns,
    keys_named_in_full,
    speech_act_not_naming_an_event,
    undated_event,
    undated_events_of_another_time,
)
from .organisers import MAX_ORGANISERS, find_organisers
from .places import find_place
from .scope import scopes
from .speakers import epithet_references, find_speakers, title_references
from .speech_times import another_year

# "Die Beratung in X startete am 3. Mai": the place is where the service is, not an event's place.
_PLACE_OF_WHAT_STARTS = frozenset({"Start"})
_NO_GATHERING = frozenset({"Start"})  # events told by a verb that are no occasion with speakers
# An opening reported by its verb is named by what it opened: an office or a project, not who opened it; a visit so
# by what was visited ("hat die Beratungsstelle X besucht": "Besuch der Beratungsstelle X"), a start by what started
# ("Die Beratungsstelle X startete am 3. Mai": "Start der Beratungsstelle X", not a bare "Start").
_OPENING_VERB_NOUNS = frozenset({"Eröffnung"})
_NAMED_BY_ITS_OBJECT = _OPENING_VERB_NOUNS | {"Besuch", "Start"}
_OPENED_TYPES = frozenset({"Subproject"})
_PRESENTED = frozenset({"Vorstellung"})  # an event told by the verb of presenting (nouns.py)

_PARAGRAPH_BREAK = re.compile(r"\n+")  # one or more line breaks part two paragraphs


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


def find_events(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
    holders: Sequence[tuple[Mention, str]] = (),
    published: dt.date | None = None,
    headline: Headline | None = None,
) -> list[EventFinding]:
    """The events of a release; `holders` are the (person, role title) pairs found, for "der Minister sprach";
    `published` the release's date: speech reported at an event after it was announced, not given; `headline` its
    title, which may say what a bare "Eröffnung" opened or the day of an event the text gives none."""
    nouns = find_event_nouns(text, mentions)
    events = _dated_or_one_undated(text, sentences, nouns, dates, headline)
    if not events:
        return []
    from_headline = headline_complements(headline.text if headline else None)
    every_sentence = sentences
    if all(e.date is None for e in events):  # known by its name only: its speakers where it is named
        named_more = _named_beyond_its_noun(events[0], from_headline)
        sentences = [s for s in sentences if _names_undated(text, s, events[0], nouns, named_more)]
    scope = scopes(text, sentences, nouns, events, dates)
    if all(e.date is None for e in events):
        scope.update(_openings_told_before_their_noun(text, sentences, scope, events[0]))
    speakers = _speakers(text, sentences, mentions, holders, events, scope, published)
    # once: an event's lookups cost its sentences
    indexed, named = IndexedMentions(mentions), _Nouns(nouns, events, every_sentence)
    keys_in_full = keys_named_in_full(mentions)
    found = [
        _finding(
            text,
            indexed,
            named,
            (keys_in_full, from_headline),
            e,
            () if _no_gathering(e) else speakers.get(i, ()),
            _sentence_before(text, every_sentence, e.sentence),
        )
        for i, e in enumerate(events)
    ]
    return [f for f in found if not _unnamed_and_undated(f)]


def _dated_or_one_undated(
    text: str,
    sentences: list[tuple[int, int]],
    nouns: list[EventNoun],
    dates: list[DateMention],
    headline: Headline | None,
) -> list[Event]:
    """The events the text dates; failing any, the one it names without a day (its day from the headline)."""
    events = dated_events(text, sentences, nouns, dates)
    if events:
        return events + undated_events_of_another_time(text, nouns, sentences, events, dates)
    if not events:
        undated = undated_event(text, nouns, sentences)
        if undated is not None:
            undated.date = headline_day(headline, undated)
        events = [undated] if undated else []
    return events


def _speakers(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    holders: Sequence[tuple[Mention, str]],
    events: list[Event],
    scope: dict[tuple[int, int], list[tuple[int, int]]],
    published: dt.date | None,
) -> dict[int, tuple[Mention, ...]]:
    """Who spoke at each event held (not one announced after the release's day), by the event's index."""
    held = [
        i
        for i, e in enumerate(events)
        if not (published and e.date and e.date.date and e.date.date > published)
    ]
    years = {i: e.date.date.year for i, e in enumerate(events) if e.date and e.date.date}
    months = {i: e.date.month_day[0] for i, e in enumerate(events) if e.date}
    # persons named again: "die Ministerin", "die SPD-Politikerin"
    again = title_references(text, holders) + epithet_references(text, mentions)
    # one act, no programme: a handover or signing told by its verb or its bare noun (not a presentation to the press
    # told by its verb, where several speak in turn: "Die Studie wurde gestern vorgestellt. … sagte X")
    single_acts = frozenset(
        i
        for i, e in enumerate(events)
        if (e.noun is None and e.verb_noun not in _PRESENTED)
        or (e.noun and e.noun.noun in lexicon.ACT_EVENT_NOUNS)
    )
    return find_speakers(text, sentences, mentions + again, scope, held, years, single_acts, months)


def _unnamed_and_undated(event: EventFinding) -> bool:
    """ "sagte X bei der Unterzeichnung im Sitzungssaal": a bare signing or handover with no day and no host tells of
    no occasion a reader could name (a bare "Fachtag" or "Eröffnung" is one all the same)."""
    bare = event.label == event.noun and event.noun in lexicon.ACT_EVENT_NOUNS
    return bare and event.date is None and event.month_day is None and not event.organisers


def _no_gathering(event: Event) -> bool:
    """ "Das Projekt startete am 3. Mai": a service that started is no occasion anyone spoke at (a "Projektstart"
    named by its noun may be)."""
    return event.noun is None and event.verb_noun in _NO_GATHERING


def _between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    return text[min(a[1], b[1]) : max(a[0], b[0])]


def _named_beyond_its_noun(event: Event, from_headline: dict[str, str]) -> bool:
    """ "Tagung „…“", "Eröffnung des Hauses X", or a bare "Eröffnung" the headline says the house's: a name that
    the same noun later in the text refers back to."""
    return event.noun is not None and (
        event.noun.label != event.noun.noun or event.noun.noun in from_headline
    )


def _names_undated(
    text: str, sentence: tuple[int, int], event: Event, nouns: list[EventNoun], named_more: bool
) -> bool:
    """A sentence in the paragraph of an event known by its name only, a speech act in the paragraph after it
    (a report goes on to its speakers), or, where that name is more than a bare noun (`named_more`), a sentence
    naming it again ("bei der Eröffnung")."""
    breaks = len(_PARAGRAPH_BREAK.findall(_between(text, sentence, event.sentence)))
    next_paragraph = breaks == 1 and sentence[0] > event.sentence[0]
    named = [n for n in nouns if n.head == event.head and sentence[0] <= n.start < sentence[1]]
    return (
        breaks == 0
        or (next_paragraph and speech_act_not_naming_an_event(text, sentence))
        or (named_more and bool(named))
        or _opened_it(text, sentence, event)
    )


# An opening told by its verb in the past, naming no time of its own: "X eröffnete die Räume gemeinsam mit Y",
# "Die Stelle wurde von X eröffnet".
_OPENED_IN_THE_PAST = re.compile(
    r"\b(?:eröffnete|eröffneten)\b|\b(?:wurde|wurden|hat|haben)\b[^.;\n]{0,80}\beröffnet\b"
)
_TIME_OF_ITS_OWN = re.compile(r"\b(?:19|20)\d\d\b|\b[Vv]or\s+\w+\s+(?:Jahr|Jahren|Monat|Monaten|Wochen)\b")


def _openings_told_before_their_noun(
    text: str,
    sentences: list[tuple[int, int]],
    scope: dict[tuple[int, int], list[tuple[int, int]]],
    event: Event,
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """ "X eröffnete die Räume. … sagte Y bei der Eröffnung": a sentence before any event is named, telling the
    opening by its verb, speaks of the opening the text names later."""
    return {s: [(s[0], 0)] for s in sentences if not scope[s] and _opened_it(text, s, event)}


def _opened_it(text: str, sentence: tuple[int, int], event: Event) -> bool:
    """An opening known by its name only ("bei der Eröffnung") is the one a sentence tells by its verb, anywhere in
    the report, unless that sentence names a time of its own (a year, "vor zwei Jahren")."""
    opening = event.noun is not None and event.noun.noun in _OPENING_VERB_NOUNS
    return (
        opening
        and _OPENED_IN_THE_PAST.search(text, *sentence) is not None
        and not _TIME_OF_ITS_OWN.search(text, *sentence)
    )


# ---------------------------------------------------------------- attributes


class _Nouns:
    """The event nouns by position and by head, built once for all the events, and the heads two events share."""

    def __init__(self, nouns: list[EventNoun], events: list[Event], sentences: list[tuple[int, int]]) -> None:
        self.by_start = ByStart(nouns)
        self.by_head: dict[str, list[EventNoun]] = {}
        for noun in nouns:
            self.by_head.setdefault(noun.head, []).append(noun)
        heads = [e.head for e in events if e.noun is not None]
        # "Konferenz" and "Pressekonferenz"
        self.shared_heads = frozenset(h for h in heads if heads.count(h) > 1)
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.event_starts = sorted({e.sentence[0] for e in events})

    def next_event_after(self, event: Event, end: int) -> int:
        """Where the next event's sentence begins after `event`'s (else `end`): a sentence of another event
        tells nothing of where this one was held."""
        later = bisect.bisect_right(self.event_starts, event.sentence[0])
        return self.event_starts[later] if later < len(self.event_starts) else end

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return self.sentences[max(0, bisect.bisect_right(self.starts, pos) - 1)]


_NAMED_BY_TITLE = re.compile(r"[“\"”‘«]$")


def _naming_weight(label: str) -> tuple[bool, bool, int]:
    """The fullest way the text names an event: by a year, then by a quoted title, then the longest."""
    return bool(LABEL_YEAR.search(label)), bool(_NAMED_BY_TITLE.search(label)), len(label)


def _finding(
    text: str,
    mentions: IndexedMentions,
    nouns: _Nouns,
    naming: tuple[frozenset[str], dict[str, str]],
    event: Event,
    speakers: tuple[Mention, ...],
    before: tuple[int, int] | None,
) -> EventFinding:
    """`naming`: the bodies the text names in full, and the complements the headline gives event nouns; `before`:
    the sentence before the event's in its paragraph."""
    keys_in_full, from_headline = naming
    sentences = [event.sentence, *(s for s in event.sentences if s != event.sentence)]
    by_start = mentions.by_start
    noun = event.noun.noun if event.noun else event.verb_noun
    same = _its_nouns(text, nouns, event)
    label = max((n.label for n in same), key=_naming_weight) if event.noun else event.verb_noun
    genitive = genitive_organiser(text, same, by_start, keys_in_full)
    organisers = _in_full(
        with_genitives(text, genitive, find_organisers(text, by_start, sentences), by_start, keys_in_full)
    )
    hosts = [o for o in organisers if o.type != "Person"]  # an event is named after a body, not a person
    named_after = genitive or (hosts[0] if hosts else None)
    if event.noun is None and named_after is not None:
        noun = label = session_of_a_body(event.verb_noun)  # "tagte der Landesbeirat": its session
    opened = _opened(text, event, by_start, before) if label == noun else None
    prize = None if opened or event.noun else _prize(text, event, by_start, keys_in_full)
    named_in = nouns.sentence_of(event.noun.start) if event.noun else event.sentence
    told_in = [named_in, *([before] if before and before != named_in else [])]
    found = (opened, prize, named_after)
    label = _full_label(text, told_in, (label, noun), found, from_headline, same, by_start)
    date = event.date
    place, town = _place(text, mentions, nouns, event, sentences)
    return EventFinding(
        label,
        noun,
        (date.date or _in_the_year_of_its_name(label, date.month_day)) if date else None,
        date.month_day if date else None,
        event.sentence,
        tuple(organisers[:MAX_ORGANISERS]),
        place,
        speakers,
        town,
    )


def _in_full(organisers: list[Mention]) -> list[Mention]:
    """ "eine Veranstaltung des Caritasverbandes" in the headline, "des Caritasverbandes Paderborn e. V." in the text:
    one organiser named short and in full is the one named in full."""
    labels = [o.label for o in organisers]
    return [o for o in organisers if not any(other.startswith(o.label + " ") for other in labels)]


def _full_label(
    text: str,
    told_in: list[tuple[int, int]],
    written: tuple[str, str],
    found: tuple[Mention | None, str | None, Mention | None],
    from_headline: dict[str, str],
    same: list[EventNoun],
    by_start: ByStart[Mention],
) -> str:
    """The event's name beyond its noun phrase (`told_in`: the sentence of its noun and the one before the event's;
    `written`: the label and noun;
    `found`: what was opened, the prize given and the body the event is named after)."""
    (label, noun), (opened, prize, named_after) = written, found
    if prize:  # "verlieh den Integrationspreis der Stadt X": the giving of that prize
        return prize
    if opened is not None:  # "eröffnete die Beratungsstelle X": the opening of what it opened
        return f"{label} {genitive_with_article(opened.label)}"
    if label == noun and noun in from_headline:  # "Haus X eröffnet" over "bei der Eröffnung"
        return f"{label} {from_headline[noun]}"
    if _numbered(label, noun) and named_after is not None:  # "sein fünftes Netzwerktreffen": its organiser's
        return f"{label} {of_the_organiser(named_after)}"
    if label != noun or noun.startswith("IQ"):
        return label
    started = kicked_off(text, told_in, noun)
    if started:  # "startete die Reihe „X“ mit einem Online-Auftakt": the kickoff of what started
        return f"{label} {started}"
    if named_after is not None:  # a bare noun: named by its organiser, else its topic
        return f"{label} {of_the_organiser(named_after)}"
    return label + next(filter(None, (_subject(text, n, by_start) for n in same)), "")


_ORDINAL_WORD = re.compile(r"\d{1,2}\.|(?i:" + "|".join(lexicon.ORDINAL_STEMS) + r")\w*")


def _numbered(label: str, noun: str) -> bool:
    """ "Fünftes Netzwerktreffen", "3. Fachtag": an ordinal and the noun, nothing else naming the event (the
    programme's "IQ" names it: "4. IQ-Partnerforum")."""
    words = label.split()
    numbered = len(words) == 2 and words[1] == noun and _ORDINAL_WORD.fullmatch(words[0]) is not None
    return numbered and not noun.startswith("IQ")


def _prize(text: str, event: Event, by_start: ByStart[Mention], keys_in_full: frozenset[str]) -> str | None:
    return prize_given(text, event.verb_noun, event.sentence, by_start, keys_in_full)


def _place(
    text: str, mentions: IndexedMentions, nouns: _Nouns, event: Event, sentences: list[tuple[int, int]]
) -> tuple[Mention | None, Mention | None]:
    """Where the event was held and the venue's town; none for a service that started ("startete in X")."""
    if event.verb_noun in _PLACE_OF_WHAT_STARTS:
        return None, None
    return find_place(text, mentions, nouns.by_start, sentences, nouns.next_event_after(event, len(text)))


def _its_nouns(text: str, nouns: _Nouns, event: Event) -> list[EventNoun]:
    """The nouns that name the event: those of its head; where two events share the head, those of its own noun;
    none in a sentence told in another year ("Er hatte 2015 die erste Fachtagung eröffnet")."""
    if event.noun is None:
        return []
    same = nouns.by_head.get(event.noun.head, [])
    if event.head in nouns.shared_heads:
        same = [n for n in same if n.noun == event.noun.noun] or same
        if event.noun.label != event.noun.noun:  # "der erste Fachtag … der zweite Fachtag": each its own name
            same = [n for n in same if n.label == event.noun.label]
    year = event.date.date.year if event.date and event.date.date else None
    if year is not None:
        same = [n for n in same if _of_its_time(text, nouns.sentence_of(n.start), event, year)] or same
    return same


def _of_its_time(text: str, sentence: tuple[int, int], event: Event, year: int) -> bool:
    return sentence == event.sentence or not another_year(text, sentence, year)


def _in_the_year_of_its_name(label: str, month_day: tuple[int, int]) -> dt.date | None:
    """ "Die Jahrestagung 2019 fand am 12. März statt": a day without a year (and no release date to read it by)
    is in the year the event's name gives."""
    year = LABEL_YEAR.search(label)
    try:
        return dt.date(int(year.group("year")), *month_day) if year else None
    except ValueError:  # 29 February of a year without it
        return None


def _opened(
    text: str, event: Event, by_start: ByStart[Mention], before: tuple[int, int] | None
) -> Mention | None:
    """What an opening opened: reported by its verb, the office or project its sentence names ("Mit dem
    Fachinformationszentrum X eröffnete …", "Ministerin Y eröffnete die Beratungsstelle Z"); named by a bare
    noun, the one office or project the sentence before names ("Die Beratungsstelle X hat ihre Türen geöffnet.
    Zur Eröffnung sprach …")."""
    if event.noun is None and event.verb_noun in _NAMED_BY_ITS_OBJECT:
        # the sentence telling it, or where that names none (a headline "Lotsenhaus startet" whose name is read only
        # in the text), the one unit the event's other sentences name
        told = [m for m in by_start.within(*event.sentence) if m.type in _OPENED_TYPES]
        elsewhere = [
            m
            for s in event.sentences
            for m in by_start.within(*s)
            if m.type in _OPENED_TYPES and not m.generic
        ]
        return told[0] if told else elsewhere[0] if len({m.key for m in elsewhere}) == 1 else None
    if event.noun is None or event.noun.noun not in _OPENING_VERB_NOUNS or before is None:
        return None
    if not _TELLS_AN_OPENING.search(
        text, *before
    ):  # "Das Netzwerk X stellte sich vor. Zur Eröffnung …": not X's
        return None
    units = [m for m in by_start.within(*before) if m.type in _OPENED_TYPES and not m.generic]
    return units[0] if len({m.key for m in units}) == 1 else None


# The sentence before a bare "Eröffnung" tells of something new: its opening or start ("ist eröffnet", "hat ihre
# Türen geöffnet", "startet"), or that it is there now ("gibt es jetzt", "seit dieser Woche", "ab sofort").
_TELLS_AN_OPENING = re.compile(
    r"\b(?:eröffne\w*|öffnet\w*|geöffnet|eingeweiht|Türen|startet\w*|gestartet|jetzt|neue[nrs]?|ab\s+sofort"
    r"|[Ss]eit\s+(?:heute|dieser\s+Woche|wenigen\s+Tagen))\b"
)


def _sentence_before(
    text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]
) -> tuple[int, int] | None:
    earlier = [s for s in sentences if s[1] <= sentence[0]]
    return earlier[-1] if earlier and "\n" not in text[earlier[-1][1] : sentence[0]] else None


_ABOUT = re.compile(r"\s+(zum|zur)\s+")


def _subject(text: str, noun: EventNoun, by_start: ByStart[Mention]) -> str:
    """ "Auftaktveranstaltung zum Netzwerk X": what the event is about, as written."""
    link = _ABOUT.match(text, noun.end)
    start = link.end() if link else -1
    about = next((m for m in by_start.at(start) if m.type in ORG_TYPES | {"Programme"}), None)
    return f" {link.group(1)} {' '.join(about.surface.split())}" if link and about else ""
