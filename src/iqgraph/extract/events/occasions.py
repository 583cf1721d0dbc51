"""Speech and guests at an event, which tell that it was held: speech placed at it ("sagte X beim Fachtag",
"„…“, so X auf der Tagung"), a sentence opening at it with a speech act right after ("Beim Netzwerktreffen
tauschten sich 40 Fachleute aus. Landrat X hieß die Gäste willkommen."), a sentence telling of it in the past
followed by speech in the past ("Der Fachtag stieß auf großes Interesse. In ihrem Grußwort betonte X …"), or
guests who came to it ("Rund 100 Gäste kamen zum Fachtag").
"""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon.events import EVENT_SPEECH_WORDS, SPEAKING_WORDS
from ..text.alternation import any_of
from ..text.dates import FUTURE, PAST
from .noun_labels import EventNoun

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
AT_OCCASION = re.compile(
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
_SPEECH_AFTER_REPORT = 2  # sentences after a report placed at an event in which a speech act makes it one


def reported_at(
    text: str, noun: EventNoun, sentence: tuple[int, int], sentences: list[tuple[int, int]]
) -> bool:
    """A sentence opening at the event ("Beim Fachtag …", "Auf der Tagung …") and a speech act in the same
    paragraph right after it."""
    if not _OPENS_AT_OCCASION.fullmatch(text, sentence[0], noun.start):
        return False
    after = [s for s in sentences if s[0] >= sentence[1]][:_SPEECH_AFTER_REPORT]
    same_paragraph = [s for s in after if "\n" not in text[sentence[1] : s[0]]]
    return any(SPEAKER_CUE.search(text, *s) for s in same_paragraph)


def spoken_at_next(text: str, sentence: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
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


def attended(text: str, noun: EventNoun, sentence: tuple[int, int]) -> bool:
    """ "Rund 100 Gäste kamen zum Fachtag", "An der Tagung nahmen 80 Fachleute teil": guests came to it, so it was
    held."""
    to_it = _TO_OCCASION.search(text, max(sentence[0], noun.start - _OCCASION_REACH), noun.start)
    return bool(to_it and _ATTENDANCE.search(text, *sentence))
