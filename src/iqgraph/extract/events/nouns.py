"""Event nouns and the dates that make them events: "Der 4. IQ-Fachtag „Vielfalt“ findet am 3. Mai 2024
statt" gives the noun "Fachtag" with its label and the day; "bis zum 3. Mai" (a deadline) or "seit dem
1. April" (a start) gives none, and a sentence with a date and an event verb ("eröffnete am 5. Mai")
reports one by its verb. A day may stand apart from its event's noun: in the sentence before it ("Am 3. Mai
war es so weit. Der Verein X lud zum Fachtag"), after it ("Er fand am 3. Mai statt"), or in an invitation's
field ("Termin: 3. Mai").

The nouns and the labels they give are read in noun_labels.py, which dates are an event's day in days.py,
speech and guests that tell an event was held in occasions.py; this module pairs each day with the event noun
or verb that reports it, and finds an event the release reports without a day.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lexicon
from ..lexicon.events import (
    EVENT_DATE_FIELDS,
    EVENT_GATHERING_CUES,
    EVENT_HANDOVER_CUES,
    EVENT_INFO_FIELDS,
    EVENT_PRIZE_CUES,
    EVENT_VISIT_CUES,
    FUNDING_HANDED_OVER_CUES,
    HELD_IN_THE_PAST_CUES,
    MONTH_NAMES,
)
from ..lexicon.names import WEEKDAYS
from ..text.dates import FUTURE, DateMention
from ..text.spans import ByStart
from .days import (
    START_CUE,
    Event,
    announced_past_the_dateline,
    is_event_date,
    one_day_each,
    starts_since,
    without_dateline,
)
from .noun_labels import (
    EVENT_NOUN,
    LABEL_YEAR,
    ORG_TYPES,
    EventNoun,
    after_name,
    attribute_after,
    find_event_nouns,
    keys_named_in_full,
    named_in_full,
)
from .occasions import (
    AT_OCCASION,
    REPORTED_SPEECH,
    SO_ATTRIBUTION,
    SPEAKER_CUE,
    attended,
    reported_at,
    spoken_at_next,
)

__all__ = [
    "EVENT_NOUN",
    "HOST_NOUN",
    "LABEL_YEAR",
    "ORG_TYPES",
    "REPORTED_SPEECH",
    "SO_ATTRIBUTION",
    "SPEAKER_CUE",
    "Event",
    "EventNoun",
    "after_name",
    "attribute_after",
    "dated_events",
    "find_event_nouns",
    "is_event_date",
    "keys_named_in_full",
    "named_in_full",
    "speech_act_not_naming_an_event",
    "undated_event",
    "undated_events_of_another_time",
]

# An event's host by its noun, for the readers of organisers and of an event's scope: "Gastgeberin", "Organisatoren".
HOST_NOUN = "(?:" + "|".join(lexicon.HOST_NOUNS) + ")(?:in|innen|en)?"

# "Der Fachtag fand in Kassel statt"; verb-final in a subordinate clause: "der Kongress, der in Kassel stattfand".
# Searched within one sentence, so a date's dot may stand between ("fand am 3. Mai statt").
# The particle may also close a sentence after a long middle field (a list of hosts and guests): "Letzte Woche fand
# die Eröffnung für … durch Bürgermeisterin X, Minister Y und … statt."
_TOOK_PLACE = re.compile(
    r"\b(?:fand|findet|fanden|finden)\b[^;\n]{0,200}?\bstatt\b|\bstatt(?:fand|fanden|findet|finden|gefunden)\b"
    r"|\b(?:fand|findet|fanden|finden)\b[^;\n]*\sstatt[.!]?\s*$"
)
# The event named before, as a pronoun, began, ended, lasted or is set for a day: "Er begann am 3. Mai mit einem Grußwort",
# "Am 4. Mai endete sie" (a pronoun, not "Die Beratung begann am 3. Mai": a service named by a noun).
_IT_RAN = re.compile(
    r"\b(?:[Ee]r|[Ss]ie|[Ee]s)\s+(?:begann|endete|dauerte)\b|\b(?:begann|endete|dauerte)\s+(?:er|sie|es)\b"
    # ... or is set for a day: "Er ist für den 3. Juli geplant", "Sie wurde auf den 9. Juli verschoben"
    r"|\b(?:[Ee]r|[Ss]ie|[Ee]s)\s+(?:ist|wird|war|wurde|soll)\b(?:[^.;\n]|(?<=\d)\.){0,60}?"
    r"\b(?:geplant|terminiert|angesetzt|vorgesehen|verschoben|verlegt)\b"
)
# A gathering told by its host's or guests' verbs ("begrüßte 100 Gäste", "lud zum Austausch"): the event named
# before it, else one called by its verb.
_GATHERED = re.compile("|".join(EVENT_GATHERING_CUES))
_HELD_IN_THE_PAST = re.compile("|".join(HELD_IN_THE_PAST_CUES))
# A presentation in a council's or committee's session ("stellte das Angebot im Sozialausschuss vor") is an item of
# its agenda, no occasion of its own.
_PRESENTING = "Vorstellung"
_ON_A_BODY_S_AGENDA = re.compile(
    r"\b(?:im|in\s+der|vor\s+dem|vor\s+der|in\s+einer\s+Sitzung\s+des)\s+(?:[\w-]+\s+)?"
    r"\w*(?:[Aa]usschuss|[Ss]tadtrat|[Gg]emeinderat|[Kk]reistag|[Ll]andtag|[Bb]undestag|[Pp]lenum|[Kk]abinett"
    r"|[Ss]tadtrats|[Gg]emeinderats|[Aa]usschusses)\b"
)
# ... and one is an occasion only where the press or the public was there ("stellten sich der Presse vor") or the text
# names it as an occasion ("sagte X bei der Vorstellung"); "Drei Angebote stellten sich am Dienstag vor" tells a fact.
_TO_THE_PUBLIC = re.compile(r"\b(?:Presse|Medien|Öffentlichkeit|Journalist\w*)\b")
_AT_THE_PRESENTATION = re.compile(
    r"\b(?:[Bb]ei|[Nn]ach|[Aa]nlässlich|[Ww]ährend|[Zz]u)\s+(?:der|dem)\s+(?:[a-zäöü]+en\s+)?$"
)
_PRESENTATION_NOUNS = ("Vorstellung", "Präsentation")


def _presented_as_an_occasion(text: str, sentence: tuple[int, int]) -> bool:
    if _ON_A_BODY_S_AGENDA.search(text, *sentence):
        return False
    if _TO_THE_PUBLIC.search(text, *sentence):
        return True
    for noun in _PRESENTATION_NOUNS:
        at = text.find(noun, sentence[1])
        while at >= 0:
            if _AT_THE_PRESENTATION.search(text, max(0, at - _CONTEXT_OF_ITS_NOUN), at):
                return True
            at = text.find(noun, at + len(noun))
    return False


_CONTEXT_OF_ITS_NOUN = 24  # characters before "Vorstellung" for "bei der offiziellen"


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
            r"\b(?:ausgezeichnet|verliehen|verlieh)\b|\bzeichnete[n]?\b[^.;\n]{0,80}?\baus\b|"
            + "|".join(EVENT_PRIZE_CUES)
        ),
        "Preisverleihung",
    ),
    (re.compile("|".join(FUNDING_HANDED_OVER_CUES)), ""),  # a grant handed over: no prize, no occasion named
    (re.compile(r"\büberreicht(?:e|en)?\b"), "Preisverleihung"),
    (re.compile(r"\b(?:kamen|kommen|kam)\b[^.;\n]{0,120}?\bzusammen\b"), "Treffen"),
    (re.compile("|".join(EVENT_VISIT_CUES)), "Besuch"),
    (re.compile(r"\b(?:feierte|feierten|beging|begingen)\b"), "Feier"),
    # something presented on a day, to the press or the public: "Die Studie ist gestern in der Stadthalle vorgestellt worden",
    # "stellten am 3. Mai ihre Studie vor", "präsentierte am 3. Mai die Zahlen" (after the gatherings and prizes above)
    (
        re.compile(
            r"\b(?:wurde|wurden|ist|sind|hat|haben|hatte|hatten)\b(?:[^.;\n]|(?<=\d)\.){0,120}?\b(?:vorgestellt|präsentiert)\b"
            r"|\b(?:stellte|stellten)\b(?:[^.;\n]|(?<=\d)\.){0,120}?\bvor\b(?=\s*[.;,]|\s*$)"
            r"|\b(?:präsentierte|präsentierten)\b"
        ),
        "Vorstellung",
    ),
    # "Am 6. Mai ehrte die Stiftung zehn Absolventinnen"
    (re.compile(r"\b(?:ehrte|ehrten|geehrt)\b"), "Ehrung"),
    # a body founded on a day, by itself or in the passive: "gründete sich am 3. Mai", "wurde am 3. Mai gegründet"
    (
        re.compile(
            r"\b(?:gründet|gründen|gründete|gründeten)\s+sich\b|\b(?:wurde|wurden)\b[^;\n]{0,80}?\bgegründet\b"
        ),
        "Gründung",
    ),
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
# The fields of an invitation's block after its day: its hours and its place.
_NEXT_INFO_FIELD = re.compile(rf"[ \t]*(?:{'|'.join(EVENT_INFO_FIELDS)})\s*:")
# A line giving a day and its hours under an event's name, no field word before: "Donnerstag, 26. September 2031,
# 9:30 bis 16:00 Uhr", "26.09.2031 | 10 Uhr".
_DAY_LINE_WITH_ITS_HOURS = re.compile(rf"[ \t]*(?:(?:{'|'.join(WEEKDAYS)}),?\s*(?:den\s+)?)?$")
_HOURS = re.compile(
    r"[^\n]{0,12}?\b\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr\b|(?:bis|–|-)\s*\d{1,2}(?:[.:]\d\d)?\s*Uhr\b)"
)
_LEAD_SENTENCES = 3
# "Heute leben in Kassel …": a bare "heute" means nowadays as often as the release's day.
_NOWADAYS = re.compile(r"[Hh]eute")
# A time the sentence after a day names of its own ("im Juni", "2019"): its event is not that day's.
_OTHER_TIME = re.compile(
    rf"\b(?:{'|'.join(MONTH_NAMES)}|(?:19|20)\d\d|Frühjahr|Frühling|Sommer|Herbst|Winter)\b"
)
# A number before the noun counts several events ("35 Runde Tische und 3 Fachtage"), none of them one held.
_COUNTED = re.compile(
    rf"\b(?:\d{{1,3}}|{'|'.join(lexicon.GERMAN_NUMBER_WORDS)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


def dated_events(
    text: str, sentences: list[tuple[int, int]], nouns: list[EventNoun], dates: list[DateMention]
) -> list[Event]:
    """Each sentence's event dates paired with the nearest event noun there, else with its event verb."""
    events: dict[object, Event] = {}
    latest_specific: EventNoun | None = None
    lead = sentences[: _LEAD_SENTENCES + 1]  # the title and the lead's first sentences
    lead_starts = any(START_CUE.search(text, *s) for s in lead)
    nouns_by_start, dates_by_start = ByStart(nouns), ByStart(dates)  # each sentence's own, by position
    # the day told in the sentence before, where no event of that sentence took it
    unclaimed: tuple[DateMention, tuple[int, int]] | None = None
    for sentence in sentences:
        here = nouns_by_start.within(*sentence)
        own: list[tuple[DateMention, Event | None]] = []
        day_before, unclaimed = unclaimed, None
        days = without_dateline(text, dates_by_start.within(*sentence), sentence)
        for date in days:
            if starts_since(text, date, sentence, lead_starts):
                event: Event | None = Event(None, "Start", date, sentence)
            elif not is_event_date(text, date, sentence, days):
                continue
            else:
                event = _event_at(text, sentence, date, here, latest_specific, bool(events))
            own.append((date, event))
            told_alone = event is None and not here and not _NOWADAYS.fullmatch(text, date.start, date.end)
            unclaimed = (date, sentence) if told_alone else unclaimed
        if day_before is not None and not own:
            own.append((day_before[0], _held_after_its_day(text, sentence, here, *day_before)))
        for date, event in one_day_each(text, sentence, own):
            if event is not None:
                _with_the_sentence_naming_it(event, sentences)
                day: tuple[int, int] | dt.date = date.date or date.month_day
                events.setdefault(_own_key(day, event, events.get(day)), event)
        specific = [n for n in here if not n.generic]
        latest_specific = specific[-1] if specific else latest_specific
    return announced_past_the_dateline(text, list(events.values()))


# A quoted title closing an event's label: "Workshop „Bewerben“".
_TITLED = re.compile(r"[„\"“‚»][^\n]{3,120}[“\"”‘«]$")


def _own_key(day: tuple[int, int] | dt.date, event: Event, same_day: Event | None) -> object:
    """One event per day, unless two of its events carry names of their own ("Am 6. Mai findet der Workshop „A“
    statt. … Am 6. Mai folgt das Forum „B“"): two events on one day, each by its name; names not quoted ("Fachtag
    Pflege", "Infoabend 2031") part two events of different kinds only."""
    if same_day is None or event.noun is None or same_day.noun is None:
        return day
    nouns = (event.noun, same_day.noun)
    if nouns[0].label == nouns[1].label or not all(_named_after_its_noun(n) for n in nouns):
        return day
    if not all(_TITLED.search(n.label) for n in nouns) and nouns[0].head == nouns[1].head:
        return day
    return (day, event.noun.label)


def _named_after_its_noun(noun: EventNoun) -> bool:
    """ "Workshop „A“", "Fachtag Pflege", "Jahrestagung 2031": a name after the noun, not only an ordinal before it."""
    return not noun.label.endswith(noun.noun)


def _with_the_sentence_naming_it(event: Event, sentences: list[tuple[int, int]]) -> None:
    """ "Die Stiftung X lädt zu ihrem Fachtag ein. Termin: 3. Mai": an event dated in a later sentence than the one
    naming it has that one among its sentences too, where its host may be named."""
    if event.noun is not None and not event.sentence[0] <= event.noun.start < event.sentence[1]:
        naming = _sentence_of(event.noun.start, sentences)
        if naming not in event.sentences:
            event.sentences.append(naming)


# A line holding a day and nothing else but its weekday and hours: "Mittwoch, 12. März 2031", "12.03.2031, 18 Uhr".
_DAY_ALONE_BEFORE = re.compile(rf"[ \t]*(?:(?:{'|'.join(WEEKDAYS)}),?[ \t]*(?:den[ \t]+)?)?$")
_DAY_ALONE_AFTER = re.compile(
    r"(?:,?[ \t]*(?:ab[ \t]+|von[ \t]+)?\d{1,2}(?:[.:]\d\d)?[^\n]{0,16}?Uhr)?[ \t]*$", re.M
)


def _a_calendar_entry(text: str, day: DateMention, day_sentence: tuple[int, int], noun: EventNoun) -> bool:
    """A calendar's entry: a line with the day alone ("Mittwoch, 12. März 2031"), the next line opening with the
    event's noun ("Infoabend „Anerkennung“"), so the day is that event's."""
    line_start = text.rfind("\n", 0, day.start) + 1
    if not _DAY_ALONE_BEFORE.match(text, line_start, day.start) or not _DAY_ALONE_AFTER.match(text, day.end):
        return False
    between = text[day_sentence[1] : noun.start]
    return between.count("\n") == 1 and not between.replace("\n", "").strip()


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
    if specific and _a_calendar_entry(text, day, day_sentence, specific[0]):
        return Event(specific[0], "", day, sentence, [day_sentence])
    if not specific or "\n" in text[day_sentence[1] : sentence[0]] or _OTHER_TIME.search(text, *sentence):
        return None
    noun = specific[0]
    held = (
        _TOOK_PLACE.search(text, *sentence)
        or _GATHERED.search(text, *sentence)
        or SPEAKER_CUE.search(text, *sentence)
        or attended(text, noun, sentence)
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
        or _with_its_hours(text, date, sentence)
    ):
        return Event(latest_specific, "", date, sentence)  # "Er fand am 3. Mai statt": the event named before
    for pattern, verb_noun in _EVENT_VERBS:
        if pattern.search(text, *sentence):
            if not verb_noun or (verb_noun == _PRESENTING and not _presented_as_an_occasion(text, sentence)):
                return None
            if latest_specific is not None and latest_specific.noun.lower().endswith(verb_noun.lower()):
                return Event(
                    latest_specific, "", date, sentence
                )  # "Netzwerktreffen" named before "trafen sich"
            return Event(None, verb_noun, date, sentence)
    return None


def _with_its_hours(text: str, date: DateMention, sentence: tuple[int, int]) -> bool:
    """ "Am Donnerstag, 19. Februar, von 10 bis 12 Uhr erklären …": a day given with its hours is the time of the
    event named before, in an announcement's next sentence (not a deadline: "Anmeldung bis 15. Mai, 12 Uhr")."""
    return bool(_HOURS.match(text, date.end)) and not _NO_EVENT_S_TIME.search(text, sentence[0], date.start)


# A day and hour that end a period rather than hold an event ("Anmeldung bis", "Frist:", "spätestens am"), or a
# page's own time stamp ("zuletzt aktualisiert: Montag, 3. Mai, 8:56 Uhr", "veröffentlicht am").
_NO_EVENT_S_TIME = re.compile(
    r"\b(?:[Aa]nmeld\w*|[Ff]rist\w*|[Bb]ewerb\w*|bis|spätestens|[Ee]insendeschluss|aktualisiert|veröffentlicht"
    r"|[Ss]tand|erstellt|geändert)\b"
)


def _under_its_name(text: str, date: DateMention, noun: EventNoun) -> bool:
    """ "Fachtag „Vielfalt“" on one line, "Datum: 5. Juni 2031" on the next; not under the release's headline (its
    first line), where the date is the release's own."""
    line_start = text.rfind("\n", 0, date.start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if not above <= noun.start < line_start:
        return False
    if _DAY_LINE_WITH_ITS_HOURS.match(text, line_start, date.start) and _HOURS.match(text, date.end):
        return True  # "Donnerstag, 26. September 2031, 9:30 bis 16 Uhr": a day with its hours is an event's, also
        # under the headline
    field = _DAY_FIELD_UNDER_A_NAME.match(text, line_start, date.start) is not None
    return field and (above > 0 or _opens_an_info_block(text, date))


def _opens_an_info_block(text: str, date: DateMention) -> bool:
    """ "Datum: 12. März" under the headline, its hours or place on the next line ("Uhrzeit: 13 Uhr", "Ort: …"): an
    invitation's block of fields, so the event's day, not the page's own."""
    line_end = text.find("\n", date.end)
    return line_end >= 0 and _NEXT_INFO_FIELD.match(text, line_end + 1) is not None


def undated_event(text: str, nouns: list[EventNoun], sentences: list[tuple[int, int]]) -> Event | None:
    """An event the release reports without a date we can read: "Heute fand die Auftaktveranstaltung statt",
    "Beim Netzwerktreffen tauschten sich 40 Fachleute aus. Landrat X hieß die Gäste willkommen." (a report placed
    at it, a speech act right after)."""
    for noun in nouns:
        sentence = _sentence_of(noun.start, sentences)
        if noun.generic or _COUNTED.search(
            text, sentence[0], noun.start
        ):  # "drei Fachtage": several, none held
            continue
        speech = REPORTED_SPEECH.search(text, *sentence) or SO_ATTRIBUTION.search(text, *sentence)
        spoken_at = speech and AT_OCCASION.search(text, sentence[0], noun.start)
        if (
            spoken_at
            or _TOOK_PLACE.search(text, *sentence)
            or _held_in_the_past(text, sentence, noun)
            or speech_act_not_naming_an_event(text, sentence)
            or reported_at(text, noun, sentence, sentences)
            or attended(text, noun, sentence)
            or spoken_at_next(text, sentence, sentences)
        ):
            return Event(noun, "", None, sentence)
    return None


_WORD_START = re.compile(r"[\w\-]*$")  # the start of the word a cue stands in


def speech_act_not_naming_an_event(text: str, sentence: tuple[int, int]) -> bool:
    """A speech act ("hielt einen Vortrag", "moderierte"), not an event noun that holds a cue ("bei der
    Eröffnung")."""
    for cue in SPEAKER_CUE.finditer(text, *sentence):
        word = _WORD_START.search(text, sentence[0], cue.start() + 1)
        if not (word and EVENT_NOUN.match(text, word.start())):
            return True
    return False


def undated_events_of_another_time(
    text: str,
    nouns: list[EventNoun],
    sentences: list[tuple[int, int]],
    dated: list[Event],
    dates: list[DateMention],
) -> list[Event]:
    """Beside the dated events, one told without a day in a time of its own and in the past: "Bereits im Januar
    hatte der Verein X zum Neujahrsempfang eingeladen" in a release announcing a Fachtag in May (a noun of another
    kind than the dated events', in a sentence with no date, held by an invitation or taking place)."""
    heads = {e.head for e in dated}
    dated_sentences = {(d.start, d.end) for d in dates}
    out: dict[str, Event] = {}
    for noun in nouns:
        sentence = _sentence_of(noun.start, sentences)
        if noun.generic or noun.head in heads or noun.head in out:
            continue
        if any(sentence[0] <= start < sentence[1] for start, _ in dated_sentences):
            continue
        if _COUNTED.search(text, sentence[0], noun.start) or not _OTHER_TIME.search(text, *sentence):
            continue
        held = _held_in_the_past(text, sentence, noun) or (
            _TOOK_PLACE.search(text, *sentence) and not FUTURE.search(text, *sentence)
        )
        if held:
            out[noun.head] = Event(noun, "", None, sentence)
    return list(out.values())


def _held_in_the_past(text: str, sentence: tuple[int, int], noun: EventNoun) -> bool:
    """ "Zum Neujahrsempfang hatte die Stadt X eingeladen", "Die Stiftung Y lud zum Sommerfest ein", "Der Verein Z
    hat sein Sommerfest gefeiert": a host's invitation or celebration in the past tells that an event without a day
    was held (not "wird … einladen": an announcement), one event, not a plural ("organisierte Workshops")."""
    return bool(
        _HELD_IN_THE_PAST.search(text, *sentence) and not FUTURE.search(text, *sentence)
    ) and not _plural(text, noun)


_PLURAL_DAYS = ("tage", "abende")  # "Fachtage", "Infoabende": the plurals the noun keeps as written
_GENITIVE_ARTICLE = re.compile(r"\b(?:des|eines|seines|ihres|dieses)\s+(?:[\w.\-]+\s+){0,2}$")
_GENITIVE_REACH = 40  # characters before a noun for its genitive article and two adjectives


def _plural(text: str, noun: EventNoun) -> bool:
    """The noun written in the plural: "Workshops", "Messen" (their singular differs), "Fachtage"; not a singular
    genitive ("des Kongresses")."""
    if noun.noun.endswith(_PLURAL_DAYS):
        return True
    return text[noun.start : noun.end] != noun.noun and not _GENITIVE_ARTICLE.search(
        text, max(0, noun.start - _GENITIVE_REACH), noun.start
    )


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos)
