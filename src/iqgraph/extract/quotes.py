"""Direct quotes and who said them.

Quoted passages are found on a same-length copy of the text in which every quotation mark, and a '?'
standing for a mark lost in conversion, reads '"' (text.normalise_quote_marks), so offsets stay exact.
A passage is a quote when a person is named with it: before it with a colon ("Elke Breitenbach, Senatorin
…: „…“", "Grimm-Benne: ?…?"), or after it with "so", a speech verb or a dash ("„…“, so Schweitzer",
"„…“ sagte der Koordinator …, Hüseyin Ertunç", "„…“ – Senatorin Elke Breitenbach"). A passage right
after an attributed one, joined only by the attribution, continues it ("„…“, so Güller-Frey, „denn …“").
Short quoted names and terms ("„gleichberechtigter Teilhabe“") are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .mentions import Mention
from .text import normalise_quote_marks, quote_spans

_VERBS = "|".join(sorted({re.escape(v) for v in lexicon.SPEECH_VERBS}, key=len, reverse=True))
_AFTER_CUE = re.compile(rf"^[\s,.]*(?:[–-]\s*|(?:{_VERBS})\b)", re.IGNORECASE)
_MIN_WORDS = 4


@dataclass(frozen=True)
class QuoteFinding:
    speaker: Mention
    text: str
    start: int
    end: int


def find_quotes(text: str, mentions: list[Mention]) -> list[QuoteFinding]:
    shadow = normalise_quote_marks(text)
    people = [m for m in mentions if m.type == "Person"]
    found: list[QuoteFinding] = []
    previous: QuoteFinding | None = None
    for start, end in quote_spans(shadow):
        body = text[start:end].strip()
        if len(body.split()) < _MIN_WORDS or not people:
            continue
        speaker = _speaker_after(text, shadow, end, people) or _speaker_before(text, start, people)
        if speaker is None and previous is not None and _continues(text, previous, start):
            speaker = previous.speaker
        speaker = speaker or _speaker_of_previous_sentence(text, start, people)
        if speaker is not None:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            previous = QuoteFinding(speaker, body, start + lead, start + lead + len(body))
            found.append(previous)
    return _drop_repeats(found)


def _speaker_after(text: str, shadow: str, end: int, people: list[Mention]) -> Mention | None:
    close = end + 1
    line_end = text.find("\n", close)
    window_end = min(len(text) if line_end < 0 else line_end, close + 160)
    if not _AFTER_CUE.match(text[close:window_end]):
        return None
    for p in people:
        if close <= p.start < window_end and '"' not in shadow[close : p.start]:
            return p
    return None


def _speaker_before(text: str, start: int, people: list[Mention]) -> Mention | None:
    opening = start - 1
    before = text[:opening].rstrip()
    if not before.endswith(":"):
        return None
    line_start = text.rfind("\n", 0, opening) + 1
    clause_start = max(line_start, max((m.end() for m in re.finditer(r"[.!?]\s", text[:opening])), default=0))
    for p in people:
        if clause_start <= p.start < opening:
            return p
    return None


def _speaker_of_previous_sentence(text: str, start: int, people: list[Mention]) -> Mention | None:
    """ "Für Doris X ist das Netzwerk unverzichtbar. „…“": a quote opening a sentence, after one naming one person."""
    before = text[: start - 1].rstrip()
    if not before.endswith((".", "!", ":")) or "\n" in text[len(before) : start]:
        return None
    sentence_start = max((m.end() for m in re.finditer(r"[.!?]\s|\n", before[:-1])), default=0)
    named = {p.key: p for p in people if sentence_start <= p.start < len(before)}
    return next(iter(named.values())) if len(named) == 1 else None


def _continues(text: str, previous: QuoteFinding, start: int) -> bool:
    gap = text[previous.end + 1 : start - 1]
    return len(gap) <= 60 and "\n" not in gap and previous.speaker.surface in gap


def _drop_repeats(found: list[QuoteFinding]) -> list[QuoteFinding]:
    """A headline often repeats the start of a quote in the body: keep the longer one."""
    out = []
    for q in found:
        if not any(o is not q and o.speaker.key == q.speaker.key and _repeats(q.text, o.text) for o in found):
            out.append(q)
    return out


def _repeats(short: str, long: str) -> bool:
    a, b = " ".join(short.split()).rstrip(" .!?…").lower(), " ".join(long.split()).lower()
    return len(a) < len(b) and b.startswith(a)
