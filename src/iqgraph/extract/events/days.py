"""The dates that are an event's day: "Der Fachtag findet am 3. Mai statt" gives the day; a deadline ("bis zum
3. Mai"), a state ("Stand: 1. April"), a law's date ("Das Gesetz vom 1. März tritt in Kraft"), an end ("Die
Frist endet am 3. Mai"), a single day after "vom" ("Schreiben vom 3. Mai", not "die Fachtagung vom 3. Mai")
and a period give none. "Seit dem 3. Mai wird das Projekt gefördert" is the day something started where the
release's lead reports the start. A release's dateline before another date ("Musterstadt, 05.06.2019 – Am
gestrigen Dienstag …") is no event's day, and of the days that would each be an event's, a point of comparison
("nach dem Start der Stelle am 2. Mai") is not its own. An Event pairs a day with the noun or verb that
reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..text.dates import ANNOUNCING, DATELINE, DateMention
from .noun_labels import EVENT_NOUN, EventNoun

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
# A start told by its date alone ("seit dem 3. Mai wird das Projekt gefördert") where the lead of the release
# reports the start ("… startet"); the lead is its title and first sentences.
START_CUE = re.compile("|".join(lexicon.EVENT_START_LEAD_CUES))
# ... also a day in brackets after "ab heute" ("ab heute (13. Januar) beraten"), which is that day.
_SINCE = re.compile(r"\b(?:seit|ab)(?:\s+dem|\s+heute\s*\()?\s*$", re.IGNORECASE)
# "Zum 1. Oktober starten die Stellen": a day after "zum" is a start's only where its own sentence tells the start
# ("Anträge sind zum 1. Oktober einzureichen" is a deadline).
_BY_THE_DAY = re.compile(r"\bzum\s*$", re.IGNORECASE)


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


# A deadline noun as the subject the day is predicated of, the clause between: "Anmeldeschluss für den Workshop ist
# der 30. April", "Die Anmeldefrist zum Fachtag endet am 2. Mai" (the event noun inside names what the deadline is for).
_DEADLINE_SUBJECT = re.compile(
    r"(?:[Ss]chluss|[Ff]rist|Stichtag|Abgabetermin)\b[^.;:!?\n]{0,60}?\b(?:ist|war|sind|endet|endete|läuft|lief)"
    r"(?:\s+(?:der|den|am|ab|aus|bereits|schon))*"
    r"(?:\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?(?:\s+de[rn])?)?\s*$"
)
_DEADLINE_REACH = 96  # characters before a date in which its deadline noun and the clause after it stand
# A postponed event: its new day follows a cue ("auf den", "nun am", "sondern am", "neuer Termin"), and the other
# days of its sentence are the dropped ones ("Statt am 7. Mai findet der Fachtag nun am 14. Mai statt", "Das Treffen
# am 20. Mai wird auf den 3. Juni verschoben").
_POSTPONED = re.compile(
    r"\b(?:verschob\w*|verschieb\w*|verlegt\w*|verleg(?:en|t)|[Ss]tatt\s+am|nicht\s+(?:wie\s+\w+\s+)?am|ursprünglich)\b"
)
_NEW_DAY_BEFORE = re.compile(
    r"\b(?:auf\s+den|nun\s+am|nun|jetzt\s+am|sondern\s+am|sondern|neue[rn]?\s+Termin(?:\s+ist)?:?(?:\s+der)?)"
    r"(?:\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?(?:\s+de[rn])?)?\s*$"
)


def _dropped_day(text: str, date: DateMention, sentence: tuple[int, int], dates: list[DateMention]) -> bool:
    """A day of a postponed event's sentence other than its new one."""
    if not _POSTPONED.search(text, *sentence):
        return False
    new_days = [
        d for d in dates if _NEW_DAY_BEFORE.search(text, max(sentence[0], d.start - _CONTEXT), d.start)
    ]
    return bool(new_days) and date not in new_days


def is_event_date(
    text: str, date: DateMention, sentence: tuple[int, int], dates: list[DateMention] | None = None
) -> bool:
    """`dates`: the sentence's dates, where a postponement may drop all but the new day."""
    if date.period:  # "im Förderzeitraum vom 1. Januar 2019 bis 31. Dezember 2022"
        return False
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if _NOT_EVENT_BEFORE.search(before) or _LAW_CLAUSE.search(text, *sentence):
        return False
    if _DEADLINE_SUBJECT.search(text, max(sentence[0], date.start - _DEADLINE_REACH), date.start):
        return False
    if dates and _dropped_day(text, date, sentence, dates):
        return False
    return date.range or not _SINGLE_DAY_VOM.search(before) or bool(_EVENT_VOM.search(before))


# A sentence saying its event is today ("lädt heute … ein"), where it announces one (ANNOUNCING: "lädt … ein").
_TODAY = re.compile(r"\b(?:[Hh]eute|heutigen|an\s+diesem\s+Tag)\b")


def without_dateline(text: str, dates: list[DateMention], sentence: tuple[int, int]) -> list[DateMention]:
    """A sentence's dates without that of a dateline opening it where another date follows ("Musterstadt,
    05.06.2019 – Am gestrigen Dienstag …"): the release's day, not the reported one. Alone it may be both, but not
    in a sentence announcing the event ("Musterstadt, 3. Mai 2031. – Der Verein lädt zum Fachtag ein"), unless it
    says the event is today."""
    if not dates or not DATELINE.search(text, max(0, dates[0].start - _CONTEXT), dates[0].start):
        return dates
    if len(dates) == 1 and (_TODAY.search(text, *sentence) or not ANNOUNCING.search(text, *sentence)):
        return dates
    return dates[1:]


def announced_past_the_dateline(text: str, events: list[Event]) -> list[Event]:
    """ "Musterstadt, 3. Mai 2031. – Der Verein lädt zum Fachtag „X“ ein. Der Fachtag findet am 5. Juni statt": the
    dateline's day stood alone in the sentence naming the event, but the release gives that event another day;
    the dateline's is the release's day, not a second event's."""
    other_days = {
        (e.head, e.date.date) for e in events if e.date is not None and not _a_datelines(text, e.date)
    }
    return [
        e
        for e in events
        if e.date is None
        or not _a_datelines(text, e.date)
        or not any(head == e.head and day != e.date.date for head, day in other_days)
    ]


def _a_datelines(text: str, date: DateMention) -> bool:
    return DATELINE.search(text, max(0, date.start - _CONTEXT), date.start) is not None


def starts_since(text: str, date: DateMention, sentence: tuple[int, int], lead_starts: bool) -> bool:
    """ "Seit dem 3. Mai wird das Projekt gefördert" in a release whose lead reports the start, or "ab heute
    bietet die Stelle … an": the day something started, no law's date."""
    before = text[max(sentence[0], date.start - _CONTEXT) : date.start]
    if _LAW_CLAUSE.search(text, *sentence):
        return False
    if _BY_THE_DAY.search(before):
        return bool(START_CUE.search(text, *sentence))
    if not _SINCE.search(before):
        return False
    return lead_starts or bool(START_CUE.search(text, *sentence))


def one_day_each(
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
