"""Which event each sentence speaks of: the one it mentions (by its noun, by the verb that reports it, by its day
named again), else the one mentioned last. A later noun names the latest event of its noun before it, not an earlier
one told in the pluperfect beside a later one; a sentence referring back ("die Veranstaltung", "Eingeladen hatte X",
"Veranstaltungsort war Kassel") is one of the event's sentences, where its hosts and place are read.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon.events import VENUE_NOUN_PREFIXES
from ..names.places import VENUE_FIELD_KEY
from ..text.dates import DateMention
from ..text.spans import ByStart
from .nouns import HOST_NOUN, Event, EventNoun
from .organisers import IN_CHARGE_OF_ORGANISING, ORGANISATION_LAY_WITH

# "X hatte dazu eingeladen", "lud hierzu ein": an invitation to the event in scope, named by a pronominal adverb.
_INVITED_TO_IT = re.compile(
    r"\b(?:[Dd]azu|[Hh]ierzu)\b[^.;]{0,80}?\beingeladen\b|\b(?:lud|luden|lädt|laden)\b[^.;]{0,80}?\b(?:dazu|hierzu)\b"
    # ... or left implicit, told back in the pluperfect that closes the sentence: "Die Stiftung X hatte gemeinsam mit
    # dem Verein Y eingeladen."
    r"|\b(?:hatte|hatten)\b(?:[^.;,]|\.(?=\s\w)){0,80}?\beingeladen\s*(?:[.;]|$)"  # (the dots of "e. V." between)
)
# A sentence opening with its host, the event left implicit: "Eingeladen hatte X", "Gastgeber war X",
# "Organisiert wird es von X", an invitation's field "Veranstalter: X".
_HOST_OPENING = re.compile(
    r"\s*(?:(?:Eingeladen|Organisiert|Veranstaltet|Ausgerichtet|Durchgeführt)\s+(?:hat|haben|hatte|hatten|wurde|wurden|wird|werden)"
    rf"|{HOST_NOUN}(?:\s+(?:war|ist|waren|sind)|\s*:)"
    r"|(?:Auf|Nach)\s+Einladung\s+(?:von|vom|des|der))(?:\b|(?<=:))"
)
# A passive that says who held the event in scope without naming it: "Sie wurde gemeinsam mit X veranstaltet" (the
# agent may be a ministry's full name of over a hundred characters).
_HELD_BY_PASSIVE = re.compile(
    r"\b(?:wurde|wurden|wird|werden)\b[^.;\n]{0,160}?\b(?:organisiert|veranstaltet|ausgerichtet|durchgeführt)\b"
)
# The host named before its predicate, the event left implicit: "Die Stiftung X war Gastgeberin".
_HOST_PREDICATE = re.compile(rf"\b(?:war|ist|waren|sind)\s+(?:der\s+|die\s+)?{HOST_NOUN}\s*[.;]")


class _Known:
    """The events looked up by what names them, built once (looked up for every sentence, the events made a
    long release quadratic): by the sentence reporting them by a verb, by their head noun, by their day."""

    def __init__(self, text: str, events: list[Event]) -> None:
        self.by_verb_sentence: dict[tuple[int, int], list[int]] = {}
        self.by_head: dict[str, list[tuple[int, Event]]] = {}
        latest = max((e.date.date for e in events if e.date and e.date.date), default=None)
        for i, e in enumerate(events):
            if e.noun is None:
                self.by_verb_sentence.setdefault(e.sentence, []).append(i)
            if not _told_as_background(text, e, latest):
                self.by_head.setdefault(e.head, []).append((i, e))
        self.days: dict[object, list[tuple[int, tuple[int, int]]]] = {}
        for i, e in enumerate(events):
            if e.date:
                self.days.setdefault(e.date.date or e.date.month_day, []).append((i, e.sentence))
        # an event told by its verb is named again by the last part of its noun: "ausgezeichnet" (a
        # "Preisverleihung") by "Die Verleihung fand im Saal X statt"
        self.by_verb_head = [(e.head, (i, e)) for i, e in enumerate(events) if e.noun is None]

    def event_of_day(self, date: DateMention) -> int | None:
        """The event a day names: the one event of that day, or of two events on one day the one it dates (a day
        named again elsewhere names neither)."""
        on_it = self.days.get(date.date or date.month_day, [])
        if len(on_it) == 1:
            return on_it[0][0]
        return next((i for i, (start, end) in on_it if start <= date.start < end), None)

    def named_by(self, head: str) -> list[tuple[int, Event]]:
        same = self.by_head.get(head, [])
        # "die Tagung" after "die Fachtagung X": the last part of the compound names it again
        compound = [ie for h, events in self.by_head.items() if h.endswith(head) for ie in events]
        return (
            same
            or sorted(compound)
            or [ie for verb_head, ie in self.by_verb_head if verb_head.endswith(head)]
        )


# The pluperfect: "hatte … gesprochen", "stattgefunden hatte", and in the passive "war … eröffnet worden".
_PLUPERFECT = re.compile(
    r"\b(?:hatte|hatten)\b[^.;]{0,120}?\b(?:ge[a-zäöü]+(?:t|en)|[a-zäöü]+iert|[a-zäöü]+ge[a-zäöü]+(?:t|en))\b"
    r"|\b(?:ge[a-zäöü]+(?:t|en)|[a-zäöü]+ge[a-zäöü]+(?:t|en))\s+(?:hatte|hatten)\b"
    r"|\b(?:war|waren)\b[^.;]{0,120}?\bworden\b"
)


def _told_as_background(text: str, event: Event, latest: dt.date | None) -> bool:
    """ "Schon beim ersten Fachtag am 3. März hatte X gesprochen": an earlier event told in the pluperfect beside a
    later one is background; a noun after it ("den Fachtag") names the later one (its own sentence still names it,
    by its day)."""
    day = event.date.date if event.date else None
    return (
        day is not None
        and latest is not None
        and day < latest
        and bool(_PLUPERFECT.search(text, *event.sentence))
    )


def _refers_to(noun: EventNoun, same_head: list[tuple[int, Event]], in_scope: bool) -> int | None:
    """The event a later noun names: the latest event with the same head defined before it. Where none is, the
    first one defined after it, unless another event is in scope: "Am 4. Juni diskutierten 200 Gäste. X eröffnete
    den Fachtag. … Der nächste Fachtag findet am 3. Juni 2032 statt" (the noun names the event in scope). Events
    named by the same noun come first: "die Konferenz" is not the "Pressekonferenz" of another day."""
    same_noun = [(i, e) for i, e in same_head if e.noun is not None and e.noun.noun == noun.noun]
    candidates = _same_name(noun, same_noun) or same_noun or same_head
    before = [i for i, event in candidates if event.sentence[0] <= noun.start]
    if before:
        return before[-1]
    return candidates[0][0] if candidates and not in_scope else None


def _same_name(noun: EventNoun, same_noun: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """ "Beim 5. Fachtag sprach X" after "Der 5. Fachtag fand … statt. Der 6. Fachtag ist geplant": a noun named beyond
    itself (an ordinal, a year, a title) names the event of that name, not the latest of its noun."""
    if noun.label == noun.noun:
        return []
    return [(i, e) for i, e in same_noun if e.noun is not None and e.noun.label == noun.label]


def _mentions_in(
    sentence: tuple[int, int],
    nouns: list[EventNoun],
    known: _Known,
    dates: list[DateMention],
    in_scope: bool,
) -> list[tuple[int, int]]:
    """(position, event index) of every mention of an event in the sentence, in text order: its noun, or its
    day named again ("Zunächst trafen sich alle am 3. Mai in …"). `nouns` and `dates`: the sentence's own;
    `in_scope`: whether an event is in scope before it."""
    out = [(sentence[0], i) for i in known.by_verb_sentence.get(sentence, [])]
    in_scope = in_scope or bool(out)
    for noun in nouns:
        if not noun.generic:
            i = _refers_to(noun, known.named_by(noun.head), in_scope)
            if i is not None:
                out.append((noun.start, i))
    out += [(d.start, i) for d in dates if (i := known.event_of_day(d)) is not None]
    return sorted(out)


def scopes(
    text: str,
    sentences: list[tuple[int, int]],
    nouns: list[EventNoun],
    events: list[Event],
    dates: list[DateMention],
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Per sentence, the event mentions that decide its scope: those in it, else the last one before it. A
    sentence referring back ("die Veranstaltung", "dazu eingeladen") is one of the event's sentences."""
    scope: dict[tuple[int, int], list[tuple[int, int]]] = {}
    current: list[tuple[int, int]] = []  # before any mention no event is in scope
    # each sentence's nouns and dates taken by position: filtering all of them per sentence was quadratic
    nouns_by_start, dates_by_start, known = ByStart(nouns), ByStart(dates), _Known(text, events)
    for sentence in sentences:
        nouns_here = nouns_by_start.within(*sentence)
        here = _mentions_in(sentence, nouns_here, known, dates_by_start.within(*sentence), bool(current))
        scope[sentence] = here or current
        if here:
            current = [(-1, here[-1][1])]
        generic = (
            any(n.generic for n in nouns_here)
            or _hosts_of_the_event_in_scope(text, sentence)
            or bool(_PLACE_OF_THE_EVENT_IN_SCOPE.search(text, *sentence))
        )
        for _, i in here or (current if generic else []):  # "die Veranstaltung" names the event in scope
            if sentence not in events[i].sentences:
                events[i].sentences.append(sentence)
    return scope


# "Veranstaltungsort war Kassel", "Ort der Tagung ist …": where the event in scope was held, said in a sentence of
# its own.
_PLACE_OF_THE_EVENT_IN_SCOPE = re.compile(
    rf"\b(?:{'|'.join(VENUE_NOUN_PREFIXES)})ort\b|\bOrt\s+der\s+(?:Veranstaltung|Tagung|Konferenz|Feier)\b"
    rf"|(?m:^)[ \t]*{VENUE_FIELD_KEY}[ \t]*:"  # the venue field of an invitation: "Ort des Fachtags: Haus X"
)


def _hosts_of_the_event_in_scope(text: str, sentence: tuple[int, int]) -> bool:
    """ "X hatte dazu eingeladen", "Eingeladen hatte X", "Gastgeber war X", "Auf Einladung der X kamen …", "Sie wurde
    von X veranstaltet": who held the event in scope."""
    return bool(
        _INVITED_TO_IT.search(text, *sentence)
        or _HOST_OPENING.match(text, *sentence)
        or _HELD_BY_PASSIVE.search(text, *sentence)
        or _HOST_PREDICATE.search(text, *sentence)
        or ORGANISATION_LAY_WITH.search(text, *sentence)  # "Die Organisation lag beim Verein X"
        or IN_CHARGE_OF_ORGANISING.search(text, *sentence)
    )
