"""Direct quotes and who said them.

Quoted passages are found on a same-length copy of the text in which every quotation mark, and a '?'
standing for a mark lost in conversion, reads '"' (text.normalise_quote_marks), so offsets stay exact.
A passage is a quote when a person is named with it: before it with a colon ("Elke Breitenbach, Senatorin
…: „…“", "Grimm-Benne: ?…?"), or after it with "so", a speech verb or a dash ("„…“, so Schweitzer",
"„…“ sagte der Koordinator …, Hüseyin Ertunç", "„…“ – Senatorin Elke Breitenbach"). A passage right
after an attributed one, joined only by the attribution, continues it ("„…“, so Güller-Frey, „denn …“").
Short quoted names and terms ("„gleichberechtigter Teilhabe“") are not quotes.

The passages are read in passages.py, their speakers in speakers.py, short passages that their attribution
makes quotes in short_passages.py. This module pairs passages with speakers, joins a quote its attribution
interrupts, reads statements printed without marks (interview answers, a paragraph introduced by a colon, a
letter) and drops a quote a headline repeats.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicon
from ..events.speakers import epithet_references
from ..names.mentions import Mention
from ..text.alternation import any_of
from ..text.spans import ByStart, IndexedMentions
from ..text.text import normalise_quote_marks
from .findings import QuoteFinding
from .interviews import FIRST_PERSON, INTERVIEW_MIN_WORDS, interview_answers
from .passages import continued, quote_spans, single_marks
from .short_passages import SHORT_QUOTE_MIN_WORDS, opens_a_sentence, short_but_attributed
from .speakers import (
    PRONOUN_AFTER,
    SENTENCE_WINDOW,
    VERBS,
    reporter_of,
    signature,
    speaker_after,
    speaker_before,
    speaker_of_previous_sentence,
)

_MIN_WORDS = 4
# "„…“, sagt eine Ratsuchende", "„…“, erzählt ein junger Syrer", "„…“, habe eine Kundin gesagt": a speech verb after
# the quote whose subject is an indefinite noun phrase (at most two adjectives, a noun): someone the text does not name
# (a definite one, "sagt die gebürtige Kasselerin", may describe the person named before)
# Or the next sentence refers back to it ("„…“ Das sagt eine Ratsuchende.", "„…“ So beschreibt es ein Teilnehmer."),
# or a name the text changed stands after the verb ("„…“, berichtet Amal (Name geändert)").
_SAID_BY_SOMEONE_UNNAMED = re.compile(
    rf"[“”\"»«']?[ \xa0]*(?:,[ \xa0]*(?:{VERBS}|habe|hatte|hat)|[.!?]?[ \xa0]+(?:Das|Dies|So)[ \xa0]+[a-zäöü]+(?:[ \xa0]+es)?)"
    r"[ \xa0]+(?:(?:eine|ein|einer)[ \xa0]+(?:[a-zäöü\d][\w-]*[ \xa0]+){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?![ \xa0]+(?:(?:Dr|Prof)\.[ \xa0]*)*[A-ZÄÖÜ])|[A-ZÄÖÜ][\w-]*[ \xa0]*\(Name[^()\n]{0,30}geändert\))"
)
_NEXT_SENTENCE_GAP = (
    80  # characters between a quote and a short quoted sentence right after it (its attribution)
)
_ROLE_WORD = re.compile(any_of(lexicon.ROLE_STEMS), re.IGNORECASE)
_ROLE_REFERENCE = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]ie)\s+(?P<noun>(?=[A-ZÄÖÜ])\w*(?i:"
    + any_of(lexicon.ROLE_STEMS)
    + r")\w*)(?![\w-])"
)
# A line ending in a colon, then (after blank lines) a paragraph without quotation marks.
_INTRODUCED = re.compile(r":[ \t]*\n(?:[ \t]*\n)*(?P<para>[^\n\"]+)\"?(?=\n|$)")
# A letter: a salutation line, the body, a closing line and the signature's line.
_LETTER = re.compile(
    r"^[ \t]*(?:" + "|".join(lexicon.LETTER_SALUTATIONS) + r")\b[^\n]{0,80},?[ \t]*\n"
    r"(?P<body>(?:(?![ \t]*(?:" + "|".join(lexicon.LETTER_SALUTATIONS) + r")\b)[^\n]*\n){1,40}?)"
    r"[ \t]*(?:" + "|".join(lexicon.LETTER_CLOSINGS) + r")[ \t]*,?[ \t]*\n(?:[ \t]*\n)*(?P<sign>[ \t]*)",
    re.MULTILINE,
)


def find_quotes(
    text: str, mentions: list[Mention], roles: Sequence[tuple[Mention, str]] = ()
) -> list[QuoteFinding]:
    """Quotes and their speakers; `roles` (holder, title) let "so die Ministerin" name its holder."""
    shadow = single_marks(normalise_quote_marks(text))
    people = [m for m in mentions if m.type == "Person"]
    again = _role_references(text, people, roles) + epithet_references(text, people)
    people = sorted(people + again, key=lambda m: (m.start, m.end))
    persons = IndexedMentions(people)  # each quote looks its speaker up near it, not among all persons
    found: list[QuoteFinding] = []
    for start, end, body in continued(text, shadow, quote_spans(shadow)) if people else []:
        reporter = reporter_of(text, start, body, persons)
        previous = found[-1] if found else None
        if (
            len(body.split()) < _MIN_WORDS
            and reporter is None
            and not short_but_attributed(text, shadow, start, end, body)
            and not _next_sentence_of_a_quote(text, previous, start, body)
        ):
            continue
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        if _titled(text, start) or _PIECE_AFTER.match(text, end) or _named_as_title(text, start):
            continue  # "Impulsvortrag von X: „Wege nach Deutschland“": the talk's title, not what X said
        start += lead
        speaker = speaker_after(text, shadow, (start, end), persons)
        if speaker is None and _SAID_BY_SOMEONE_UNNAMED.match(text, end):
            continue  # "„…“, sagt eine Ratsuchende": no one the text names said it
        speaker = speaker or speaker_before(text, start - lead, persons) or signature(text, end, persons)
        if speaker is None and previous is not None and _goes_on(text, previous, start - lead):
            speaker = previous.speaker  # "„A“, sagte X. Und weiter: „B“"
        if speaker is None and previous is not None and _continues(text, previous, start - lead):
            # "„A“, sagte X, „B“": one quote interrupted by its attribution
            found[-1] = QuoteFinding(
                previous.speaker, f"{previous.text} {body}", previous.start, start + len(body)
            )
            continue
        speaker = speaker or speaker_of_previous_sentence(text, start - lead, persons) or reporter
        if (
            speaker is None
            and previous is not None
            and _same_voice_goes_on(text, previous, start - lead, body, persons)
        ):
            # "„A“, sagt sie. „B.“": no one else named since A, B is A's speaker's too
            speaker = previous.speaker
        if speaker is not None:
            found.append(QuoteFinding(speaker, body, start, start + len(body)))
    found += interview_answers(text, people)
    found += _introduced_paragraphs(text, shadow, persons)
    found += _letters(text, persons)
    return _drop_repeats(sorted(found, key=lambda q: q.start))


# A talk or topic named before the colon that opens a passage: "Vortrag von X: „…“", "Thema: „…“" (not "In ihrem
# Vortrag sagte sie: „…“", where a speech verb stands between).
_TALK_BEFORE_COLON = re.compile(
    # ... or an item of a programme named by its kind ("Grußwort: „…“", "Begrüßung: „…“", "Festrede: „…“")
    r"(?<![\w-])(?:[\w-]*[Vv]ortrag|Keynote|Workshop|Thema|Titel|Motto|Grußwort|Begrüßung|[\w-]*[Rr]ede|Impuls\w*"
    r"|Podium\w*|Panel)(?P<rest>[^:\n]{0,120}):[ \t]*[„\"“”»«‚‘'?]?$"
)
# A passage that titles the piece it heads, the piece named after a dash or colon: "„…“ – ein Gespräch mit X", "„…“:
# Interview mit X", "„…“ – Porträt einer Beraterin".
_PIECE_AFTER = re.compile(
    r"[“”\"«»‘’']?[ \t]*[–—:-][ \t]*(?:(?:ein|das|im|unser)\s+)?(?:Gespräch|Interview|Porträt|Portrait|Werkstattbericht)\b"
)
# A passage named as a title right before its mark: "ein Vortrag zum Thema „…“", "ein Workshop mit dem Titel „…“",
# "unter dem Motto „…“" (what a talk is called, not what anyone said).
_NAMED_AS_TITLE = re.compile(
    r"(?<![\w-])(?:zum|zu\s+dem|mit\s+dem|unter\s+dem|über\s+das)\s+(?:Thema|Titel|Motto|Leitthema)[ \t]*[„\"“”»«‚‘'?]?[ \t]*\Z"
)
_TITLE_REACH = 160


def _named_as_title(text: str, start: int) -> bool:
    return _NAMED_AS_TITLE.search(text, max(0, start - _NAMED_AS_TITLE_REACH), start) is not None


_NAMED_AS_TITLE_REACH = 30  # characters before a passage over "zu dem Thema" and its mark  # characters before a passage's mark in which its talk noun stands


def _titled(text: str, start: int) -> bool:
    """Whether the passage opening at `start` is a talk's or a topic's title, named before a colon."""
    talk = _TALK_BEFORE_COLON.search(text, max(0, start - _TITLE_REACH), start)
    return talk is not None and _SAYING.search(talk.group("rest")) is None


_SAYING = re.compile(rf"(?<![\w-])(?:{VERBS})(?![\w-])", re.IGNORECASE)


def _next_sentence_of_a_quote(text: str, previous: QuoteFinding | None, start: int, body: str) -> bool:
    """ "„A“, sagte X. „Jeder kann kommen.“": a short whole sentence quoted in the same paragraph right after a
    quote goes on with it."""
    if (
        previous is None
        or len(body.split()) < SHORT_QUOTE_MIN_WORDS
        or not body.rstrip().endswith((".", "!"))
    ):
        return False
    gap = text[previous.end : max(previous.end, start - 1)]
    return len(gap) <= _NEXT_SENTENCE_GAP and "\n" not in gap and opens_a_sentence(text, start)


def _role_references(text: str, people: list[Mention], roles: Sequence[tuple[Mention, str]]) -> list[Mention]:
    """ "so die Ministerin", "betonte der Koordinator": a role noun with its article standing for the one
    person the release gave that role (not when a name follows: "die Ministerin Petra Beispiel")."""
    holders: dict[str, dict[str, Mention]] = {}
    for person, title in roles:
        head = next((w for w in title.split() if _ROLE_WORD.search(w)), None)
        if head is not None:
            holders.setdefault(head.lower(), {})[person.key] = person
    out = []
    by_start = ByStart(people)
    for match in _ROLE_REFERENCE.finditer(text) if holders else []:
        noun = match.group("noun").lower()
        named = {k: p for head, found in holders.items() if head.endswith(noun) for k, p in found.items()}
        if len(named) != 1 or by_start.within(match.end(), match.end() + 3):
            continue
        person = next(iter(named.values()))
        out.append(replace(person, start=match.start("noun"), end=match.end(), surface=match.group("noun")))
    return out


def _introduced_paragraphs(text: str, shadow: str, people: IndexedMentions) -> list[QuoteFinding]:
    """ "Ministerin Petra Beispiel erklärt dazu:" and the next paragraph, in the first person and without
    quotation marks: a statement the release prints as it was given."""
    out = []
    for match in _INTRODUCED.finditer(shadow):
        line_start = shadow.rfind("\n", max(0, match.start() - SENTENCE_WINDOW), match.start()) + 1
        named = {p.key: p for p in people.by_start.within(line_start, match.start())}
        body = match.group("para").strip()
        if len(named) != 1 or len(body.split()) < INTERVIEW_MIN_WORDS or not FIRST_PERSON.search(body):
            continue
        start = match.start("para") + (len(match.group("para")) - len(match.group("para").lstrip()))
        out.append(QuoteFinding(next(iter(named.values())), body, start, start + len(body)))
    return out


def _letters(text: str, people: IndexedMentions) -> list[QuoteFinding]:
    """A letter printed whole ("Sehr geehrter Herr …, <body> Mit freundlichen Grüßen <name>"): its body is
    what the person who signs it wrote, as an interview's answers are."""
    out = []
    for match in _LETTER.finditer(text):
        signer = next(iter(people.by_start.at(match.end("sign"))), None)
        body = match.group("body").strip()
        if signer is None or len(body.split()) < INTERVIEW_MIN_WORDS:
            continue
        start = match.start("body") + (len(match.group("body")) - len(match.group("body").lstrip()))
        out.append(QuoteFinding(signer, " ".join(body.split()), start, start + len(body)))
    return out


_CONTINUATION = re.compile(
    r"(?:^|[.!?])[\"“”»«'‘’]?\s+(?:"
    + "|".join(lexicon.QUOTE_CONTINUATION_CUES)
    + r")\s*:\s*[„\"“»«‚‘'?]?\s*$",
    re.IGNORECASE,
)


def _goes_on(text: str, previous: QuoteFinding, start: int) -> bool:
    """ "„A“, sagte X. Und weiter: „B“": a colon after a sentence-opening cue, with no name of its own."""
    gap = text[previous.end : start]
    return len(gap) <= SENTENCE_WINDOW and _CONTINUATION.search(gap) is not None


_SENTENCE_END = re.compile(r"(?:^|[a-zäöüß]{2})[.!?]\s+[A-ZÄÖÜ][a-zäöü]|[.!?]\s*$")  # not "e. V."

# A sentence's end right before a quote's opening mark (perhaps a closing mark after it): the quote opens a sentence.
_OPENS_A_SENTENCE = re.compile(r"[.!?][\"“”»«'‘’]?[ \t\xa0]*[„\"“»«‚‘'?]?[ \t\xa0]*\Z")
# An unnamed speaker introduced before the quote ("Eine Teilnehmerin ist froh.", "Ein Vater erzählt."): the quote is
# theirs, not the last named speaker's
_SOMEONE_UNNAMED = re.compile(r"(?<![\w-])(?:Ein|Eine|Einer|Eines)\s+(?:[a-zäöü][\w-]*\s+){0,2}[A-ZÄÖÜ]")
# characters between two quotes of one paragraph where the second is still the first's speaker's
SAME_VOICE_GAP = 400


def _same_voice_goes_on(
    text: str, previous: QuoteFinding, start: int, body: str, people: IndexedMentions
) -> bool:
    """ "„A“, sagt sie. „B.“", "„A“, sagte X bei der Vorstellung. Viele zögerten noch. „B.“": a quote opening a
    sentence in the paragraph of the one before, no other person named between them, is what its speaker said
    next (not after a colon, which introduces a speaker of its own, nor after someone unnamed comes in)."""
    gap = text[previous.end : start]
    if len(gap) > SAME_VOICE_GAP or "\n" in gap or not _OPENS_A_SENTENCE.search(gap):
        return False
    if not body.rstrip(" \"“”»«'‘’").endswith((".", "!", "?", "…")) and not re.match(
        r"\s*[\"“”»«'‘’]?[.!?]", text[start + len(body) :]
    ):
        return False
    others = [p for p in people.by_start.within(previous.end, start) if p.key != previous.speaker.key]
    return not others and _SOMEONE_UNNAMED.search(gap) is None


def _continues(text: str, previous: QuoteFinding, start: int) -> bool:
    """ "„A“, sagte X, „B“": one quote; not "„A“, sagte X. „B“", where B opens a sentence of its own."""
    gap = text[previous.end + 1 : start - 1]
    pronoun = PRONOUN_AFTER.match(gap)  # "sagte sie"
    named = gap.find(previous.speaker.surface)
    attributed = named >= 0 or pronoun is not None
    # after the attribution, a sentence's end: "…“, sagte X. Ein Leitfaden mit dem Titel „B“" (a title of its own)
    after = (
        gap[named + len(previous.speaker.surface) :]
        if named >= 0
        else gap[pronoun.end() :]
        if pronoun
        else gap
    )
    ends_a_sentence = _SENTENCE_END.search(after) is not None
    return len(gap) <= 60 and "\n" not in gap and attributed and not ends_a_sentence


def _drop_repeats(found: list[QuoteFinding]) -> list[QuoteFinding]:
    """A headline often repeats the start of a quote in the body: keep the longer one. A passage two
    rules found is kept once."""
    found = list({(q.speaker.key, q.start): q for q in found}.values())
    by_speaker: dict[str, list[str]] = {}  # each quote compared with its speaker's, not with all
    for q in found:
        by_speaker.setdefault(q.speaker.key, []).append(_as_repeated(q.text))
    # looked up in each speaker's sorted texts, not compared with each: a speaker quoted throughout a long
    # text made comparing every pair quadratic
    longer = {key: _Prefixes(texts) for key, texts in by_speaker.items()}
    return [
        q for q in found if not longer[q.speaker.key].extended(_as_repeating(q.text), _as_repeated(q.text))
    ]


def _as_repeating(text: str) -> str:
    """A quote as compared with the start of another: spaces made one, closing punctuation left out."""
    return " ".join(text.split()).rstrip(" .!?…").lower()


def _as_repeated(text: str) -> str:
    return " ".join(text.split()).lower()


class _Prefixes:
    """A speaker's quotes (as `_as_repeated` writes them), asked whether another quote than one's own
    begins with a text and is longer."""

    def __init__(self, texts: list[str]) -> None:
        self._count = Counter(texts)
        self._sorted = sorted(self._count)

    def extended(self, start: str, own: str) -> bool:
        """Whether a quote other than the one written `own` is longer than `start` and begins with it: those
        that begin with it stand together in sorted order, from `start` itself on."""
        at = bisect_left(self._sorted, start)
        if at < len(self._sorted) and self._sorted[at] == start:
            at += 1  # `start` itself is not longer
        for text in self._sorted[at : at + 2]:  # the own quote once, then another
            if not text.startswith(start):
                return False
            if text != own:  # the same words quoted again are no longer quote
                return True
        return False
