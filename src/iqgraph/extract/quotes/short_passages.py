"""Short quoted passages that are quotes all the same: a name or term set off in marks ("„gleichberechtigter
Teilhabe“") is none, but a short passage is one when its attribution says so. A speech verb and a name follow
it ("„Die Beratung wirkt“, betonte X"), a speech verb and a colon announce it ("Sie ergänzte: „Jeder Monat
zählt.“"), its speaker interrupts it ("„Das Geld“, kündigte Petra Beispiel an, „fließt …“"), or the next
sentence refers back to it ("„Wir sind bereit.“ Mit diesen Worten eröffnete …").
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.persons.persons import ACADEMIC
from .speakers import BACK_REFERENCE, SPEAKER_AFTER_REACH, VERBS, WORDS_BEFORE_WINDOW

# A shorter passage is a quote when a speech verb and a name follow it: "„Die Beratung wirkt“, betonte X".
SHORT_QUOTE_MIN_WORDS = 3
_SAID_BY_NAME = re.compile(
    rf"[ \xa0]*,?[ \xa0]*(?:{VERBS})[ \xa0]+(?:{ACADEMIC}[A-ZÄÖÜ]|(?:er|sie)(?![\w-]))"
)
# "Sie ergänzte: „Jeder Monat zählt.“": a speech verb and a colon announce it.
_SAID_BEFORE = re.compile(rf"(?<![\w-])(?:{VERBS})[ \xa0]*:[ \xa0]*$", re.IGNORECASE)
_SAID_BEFORE_WINDOW = 30  # characters back over the verb ("gab zu bedenken") and the colon
# "„Das Geld“, kündigte Petra Beispiel an, „fließt …“": a quote of any length, interrupted by a speech verb
# and its speaker between commas, goes on at the next opening mark (marks read '"' in the shadow).
_SPEECH_OR_SPLIT_VERBS = "|".join(
    sorted({*lexicon.QUOTE_VERBS, *lexicon.SPLIT_SPEECH_VERBS}, key=len, reverse=True)
)
_INTERRUPTED_BY_ITS_SPEAKER = re.compile(
    rf'[ \xa0]*,[ \xa0]*(?:{_SPEECH_OR_SPLIT_VERBS})[ \xa0]+[^"\n]{{1,80}}?,[ \xa0]*"'
)


def short_but_attributed(text: str, shadow: str, start: int, end: int, body: str) -> bool:
    """A quote shorter than _MIN_WORDS is one when its attribution says so: a speech verb and a name after it,
    its speaker interrupting it, or a sentence referring back to it ("„Wir sind bereit.“ Mit diesen Worten
    eröffnete …")."""
    return (
        _said_by_the_name_after(text, end, body)
        or _announced_by_a_speech_verb(text, start, body)
        or (_INTERRUPTED_BY_ITS_SPEAKER.match(shadow, end + 1) is not None and opens_a_sentence(text, start))
        or (
            body.rstrip().endswith((".", "!"))
            and BACK_REFERENCE.match(text[end + 1 : end + 1 + SPEAKER_AFTER_REACH]) is not None
        )
    )


def opens_a_sentence(text: str, start: int) -> bool:
    """The quote opening at `start` (its mark just before) opens a sentence or line, or follows a colon: not
    a name quoted inside a clause ("das Projekt „Brücke“, sagte X, …")."""
    before = text[max(0, start - 1 - WORDS_BEFORE_WINDOW) : max(0, start - 1)].rstrip(" \t\xa0")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _announced_by_a_speech_verb(text: str, start: int, body: str) -> bool:
    """A whole short sentence after "… betonte:" ("Er fügte hinzu: „Jeder Monat zählt.“")."""
    mark = start - 1
    return (
        len(body.split()) >= SHORT_QUOTE_MIN_WORDS
        and body.rstrip().endswith((".", "!", "?"))
        and _SAID_BEFORE.search(text, max(0, mark - _SAID_BEFORE_WINDOW), mark) is not None
    )


def _said_by_the_name_after(text: str, end: int, body: str) -> bool:
    return len(body.split()) >= SHORT_QUOTE_MIN_WORDS and bool(_SAID_BY_NAME.match(text, end + 1))
