"""The event a release reports: its noun, date, place, organiser and speakers.

The main event is the first specific event noun ("Empfang", "Fachtag", "Auftaktveranstaltung", …) in a
sentence that also gives a date (the title first); later generic nouns ("die Veranstaltung") refer back
to it. Its label is the noun with its organiser in the genitive ("Empfang des IQ Landesnetzwerks Berlin").
Speakers are the people named in sentences with a speech act ("eröffnen mit Grußworten den Empfang",
"Grußwort von …", "Eröffnung durch …", "Rednerin", "in seiner Begrüßung").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import lexicon
from .dates import DateMention
from .mentions import Mention
from .morphology import genitive_with_article, noun_nominative

_NOUN_SUFFIXES = "|".join(n.lower() for n in sorted(lexicon.EVENT_NOUNS, key=len, reverse=True))
EVENT_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>(?=[A-ZÄÖÜ])[\w\-]*?(?i:{_NOUN_SUFFIXES}))(?P<infl>es|s|e|en|n)?(?![\w-])"
)
_ORGANISER_CUES = (
    re.compile(
        r"\b(?:veranstaltete|veranstaltet|organisierte|organisiert|empfing|empfängt|präsentiert|präsentierte|lädt|lud)\b"
    ),
    re.compile(r"\b(?:Gastgeber(?:in)?|Veranstalter(?:in)?)\s+(?:war|ist|waren|sind)\b"),
)
_SPEAKER_CUE = re.compile("|".join(re.escape(c) for c in lexicon.SPEAKER_CUES), re.IGNORECASE)
_NOT_SPEAKING = re.compile(r"\bim\s+Gespräch\s+mit\b")
_ORG_TYPES = frozenset(
    {"StateNetwork", "Ministry", "Agency", "Organisation", "CoordinationOffice", "Subproject"}
)


@dataclass(frozen=True)
class EventFinding:
    label: str
    noun: str
    date: dt.date | None
    month_day: tuple[int, int] | None
    sentence: tuple[int, int]
    organiser: Mention | None
    place: Mention | None
    speakers: tuple[Mention, ...]


def find_event(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], dates: list[DateMention]
) -> EventFinding | None:
    nouns = [m for m in EVENT_NOUN.finditer(text) if not _inside_entity(m, mentions)]
    main = _main_noun(nouns, sentences, dates) or _undated_noun(text, nouns, sentences)
    if main is None:
        return _verb_event(text, sentences, mentions, dates)
    noun_match, sentence, date = main
    noun = noun_nominative(noun_match.group("noun") + (noun_match.group("infl") or ""))
    noun = _singular(noun_match.group("noun"), noun)
    event_sentences = _sentences_with(nouns, sentences, noun_match.group("noun"))
    same_noun = [n for n in nouns if n.group("noun") == noun_match.group("noun")]
    label, organiser = _attribute(text, noun, same_noun, mentions)
    if organiser is None:
        organiser = _organiser(text, mentions, sentence, event_sentences)
        if organiser is not None and label == noun:
            label = f"{noun} {genitive_with_article(organiser.label)}"
    place = _place(text, mentions, [sentence, *event_sentences])
    speakers = _speakers(text, sentences, mentions, event_sentences + [sentence])
    return EventFinding(
        label,
        noun,
        date.date if date else None,
        date.month_day if date else None,
        sentence,
        organiser,
        place,
        speakers,
    )


# Sentences that report an event by their verb, with a date and no event noun: what the event is called.
_EVENT_VERBS = (
    (re.compile(r"\b(?:eröffnet|eröffnete|eröffnen|eröffneten)\b"), "Eröffnung"),
    (re.compile(r"\b(?:trafen|treffen|traf|trifft)\s+sich\b"), "Treffen"),
    (re.compile(r"\b(?:tagte|tagten|tagt)\b"), "Tagung"),
)


def _verb_event(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], dates: list[DateMention]
) -> EventFinding | None:
    """ "Senatorin X eröffnet am heutigen Mittwoch die Anlaufstelle": an opening on the release date."""
    for date in dates:
        sentence = _sentence_of(date.start, sentences)
        for pattern, noun in _EVENT_VERBS:
            if not pattern.search(text, *sentence):
                continue
            here = [m for m in mentions if sentence[0] <= m.start < sentence[1]]
            organiser = _organiser(text, mentions, sentence, [])
            network = next((m for m in here if m.type == "StateNetwork"), None)
            named_after = organiser or network
            label = f"{noun} {genitive_with_article(named_after.label)}" if named_after else noun
            place = _place(text, mentions, [sentence])
            speakers = _speakers(text, [sentence], mentions, [sentence])
            return EventFinding(label, noun, date.date, date.month_day, sentence, organiser, place, speakers)
    return None


def _singular(stem: str, nominative_form: str) -> str:
    return (
        stem
        if nominative_form.lower().endswith(("en", "n")) and not stem.lower().endswith("en")
        else nominative_form
    )


def _inside_entity(match: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.start <= match.start() < m.end for m in mentions)


def _main_noun(
    nouns: list[re.Match[str]], sentences: list[tuple[int, int]], dates: list[DateMention]
) -> tuple[re.Match[str], tuple[int, int], DateMention | None] | None:
    for noun in nouns:
        sentence = _sentence_of(noun.start(), sentences)
        in_sentence = [d for d in dates if sentence[0] <= d.start < sentence[1]]
        if in_sentence:
            return noun, sentence, min(in_sentence, key=lambda d: abs(d.start - noun.start()))
    return None


_TOOK_PLACE = re.compile(r"\b(?:fand|findet|fanden|finden)\b[^.]{0,200}\bstatt\b")


def _undated_noun(
    text: str, nouns: list[re.Match[str]], sentences: list[tuple[int, int]]
) -> tuple[re.Match[str], tuple[int, int], DateMention | None] | None:
    """An event the release reports without a date we can read: "Heute fand die Auftaktveranstaltung statt"."""
    for noun in nouns:
        if noun.group("noun") in lexicon.GENERIC_EVENT_NOUNS:
            continue
        sentence = _sentence_of(noun.start(), sentences)
        if _TOOK_PLACE.search(text, *sentence) or _SPEAKER_CUE.search(text, *sentence):
            return noun, sentence, None
    return None


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos)


def _sentences_with(
    nouns: list[re.Match[str]], sentences: list[tuple[int, int]], main: str
) -> list[tuple[int, int]]:
    out = []
    for noun in nouns:
        word = noun.group("noun")
        if word == main or word in lexicon.GENERIC_EVENT_NOUNS:
            s = _sentence_of(noun.start(), sentences)
            if s not in out:
                out.append(s)
    return out


def _attribute(
    text: str, noun: str, occurrences: list[re.Match[str]], mentions: list[Mention]
) -> tuple[str, Mention | None]:
    """ "Empfang des IQ Landesnetzwerks" names the organiser; "Auftaktveranstaltung zum Netzwerk X" the subject."""
    for occurrence in occurrences:
        for m in mentions:
            link = (
                re.fullmatch(r"\s+(des|der|zum|zur)\s+", text[occurrence.end() : m.start])
                if m.start > occurrence.end()
                else None
            )
            if link and m.type in _ORG_TYPES | {"Programme"}:
                if link.group(1) in ("des", "der") and m.type in _ORG_TYPES:
                    return f"{noun} {genitive_with_article(m.label)}", m
                return f"{noun} {link.group(1)} {' '.join(m.surface.split())}", None
    return noun, None


def _organiser(
    text: str, mentions: list[Mention], sentence: tuple[int, int], others: list[tuple[int, int]]
) -> Mention | None:
    for s, e in [sentence, *others]:
        for cue in (c for pattern in _ORGANISER_CUES for c in pattern.finditer(text, s, e)):
            after = [
                m for m in mentions if m.type in _ORG_TYPES and cue.end() <= m.start < min(e, cue.end() + 40)
            ]
            before = [m for m in mentions if m.type in _ORG_TYPES and s <= m.start < cue.start()]
            if after or before:
                return after[0] if after else before[-1]
    return None


def _place(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> Mention | None:
    for s, e in sentences:
        for m in mentions:
            if (
                m.type == "Place"
                and s <= m.start < e
                and re.search(
                    r"\b(?:in|im|nach|Zentrum)\s+(?:der\s+|dem\s+)?$", text[max(s, m.start - 12) : m.start]
                )
            ):
                return m
    return None


def _speakers(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    event_sentences: list[tuple[int, int]],
) -> tuple[Mention, ...]:
    out: dict[str, Mention] = {}
    for s, e in sentences:
        if not _SPEAKER_CUE.search(text, s, e):
            continue
        for m in mentions:
            if m.type == "Person" and s <= m.start < e and not _NOT_SPEAKING.search(text, s, m.start):
                out.setdefault(m.key, m)
    return tuple(out.values())
