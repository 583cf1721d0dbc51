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
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import lexicon
from .alternation import any_of
from .mentions import Mention
from .persons import ACADEMIC
from .spans import ByStart, IndexedMentions
from .text import normalise_quote_marks

_VERBS = "|".join(sorted({re.escape(v) for v in lexicon.QUOTE_VERBS}, key=len, reverse=True))
_AFTER_CUE = re.compile(rf"^[\s,.]*(?:[–-]\s*|(?:{_VERBS})\b)", re.IGNORECASE)
_MIN_WORDS = 4
# A shorter passage is a quote when a speech verb and a name follow it: "„Die Beratung wirkt“, betonte X".
_SHORT_QUOTE_MIN_WORDS = 3
_SAID_BY_NAME = re.compile(
    rf"[ \xa0]*,?[ \xa0]*(?:{_VERBS})[ \xa0]+(?:{ACADEMIC}[A-ZÄÖÜ]|(?:er|sie)(?![\w-]))"
)
# "Sie ergänzte: „Jeder Monat zählt.“": a speech verb and a colon announce it.
_SAID_BEFORE = re.compile(rf"(?<![\w-])(?:{_VERBS})[ \xa0]*:[ \xa0]*$", re.IGNORECASE)
_NEXT_SENTENCE_GAP = (
    80  # characters between a quote and a short quoted sentence right after it (its attribution)
)
_SAID_BEFORE_WINDOW = 30  # characters back over the verb ("gab zu bedenken") and the colon
_BACK_REFERENCE = re.compile(
    r"^[.!?]?\s*(?:"
    + "|".join(lexicon.QUOTE_BACK_REFERENCES)
    + r")\s+(?:hat\s+|haben\s+)?(?:"
    + "|".join((*lexicon.QUOTE_VERBS, *lexicon.QUOTE_ACT_VERBS))
    + r")(?![\w-])"
)
# "„Das Geld“, kündigte Petra Beispiel an, „fließt …“": a quote of any length, interrupted by a speech verb
# and its speaker between commas, goes on at the next opening mark (marks read '"' in the shadow).
_SPEECH_OR_SPLIT_VERBS = "|".join(
    sorted({*lexicon.QUOTE_VERBS, *lexicon.SPLIT_SPEECH_VERBS}, key=len, reverse=True)
)
_INTERRUPTED_BY_ITS_SPEAKER = re.compile(
    rf'[ \xa0]*,[ \xa0]*(?:{_SPEECH_OR_SPLIT_VERBS})[ \xa0]+[^"\n]{{1,80}}?,[ \xa0]*"'
)
_FRAGMENT_MIN_WORDS = 2
_WORDS_BEFORE = re.compile(r"(?:(?P<previous>\w+)\s+)?(?P<last>\w+)[ \xa0]*$")
_WORDS_BEFORE_WINDOW = 60
# Words before a quoted name or title, not a clause running into a quote: "das Projekt „…“", "über „…“".
_FRAGMENT_CLAUSE_WORDS = lexicon.DETERMINERS | lexicon.PREPOSITIONS | {"und", "oder", "sowie", "bzw"}
_SENTENCE_OR_LINE = re.compile(r"[.!?][\"“”«»‘’]?\s|\n")
SENTENCE_WINDOW = 400  # characters looked back for a sentence's start
QUOTE_MAX_CHARS = 2500  # a quote longer than this lost its closing mark
_SPEECH_VERB = re.compile(
    rf"(?<![\w-])(?:{_VERBS}|" + "|".join(lexicon.SPEECH_CUES) + r")(?![\w-])", re.IGNORECASE
)
# Not after "Dr", "Prof", "St" or a single letter ("e. V.", "z. B.", "Karl J. Muster").
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bProf)(?<!\bSt)(?<!\b\w)[.!?](?=\s)")
# A line ending in one of these ends a paragraph; any other line break is a wrapped line.
_PARAGRAPH_END = re.compile(r"[.!?:\"]\s*\n|\n[ \t]*\n")
# Printed interviews: "Petra Beispiel: answer", "Petra Beispiel (Verein X): answer" lines.
_ANSWER = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]+(?P<answer>[^\s\"].*)")
_INTERVIEW_MIN_WORDS = 6
_SINGLE_QUOTE = re.compile(r"(?<!\w)['‚‘](?=\w)[^'‚‘’\n\"]{2,400}?(?<=\S)['‘’](?!\w)")
_ROLE_WORD = re.compile(any_of(lexicon.ROLE_STEMS), re.IGNORECASE)
_ROLE_REFERENCE = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]ie)\s+(?P<noun>(?=[A-ZÄÖÜ])\w*(?i:"
    + any_of(lexicon.ROLE_STEMS)
    + r")\w*)(?![\w-])"
)
# A line ending in a colon, then (after blank lines) a paragraph without quotation marks.
_INTRODUCED = re.compile(r":[ \t]*\n(?:[ \t]*\n)*(?P<para>[^\n\"]+)\"?(?=\n|$)")
# A closing mark whose paragraph has no other mark before it: the paragraph is the quote.
_LOST_OPENING = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?=[^\n\"]*\Z)")
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:ich|wir|uns|unser\w*|mir|mich|mein\w*)(?![\w-])", re.IGNORECASE)


# A letter: a salutation line, the body, a closing line and the signature's line.
_LETTER = re.compile(
    r"^[ \t]*(?:" + "|".join(lexicon.LETTER_SALUTATIONS) + r")\b[^\n]{0,80},?[ \t]*\n"
    r"(?P<body>(?:(?![ \t]*(?:" + "|".join(lexicon.LETTER_SALUTATIONS) + r")\b)[^\n]*\n){1,40}?)"
    r"[ \t]*(?:" + "|".join(lexicon.LETTER_CLOSINGS) + r")[ \t]*,?[ \t]*\n(?:[ \t]*\n)*(?P<sign>[ \t]*)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class QuoteFinding:
    speaker: Mention
    text: str
    start: int
    end: int


def find_quotes(
    text: str, mentions: list[Mention], roles: Sequence[tuple[Mention, str]] = ()
) -> list[QuoteFinding]:
    """Quotes and their speakers; `roles` (holder, title) let "so die Ministerin" name its holder."""
    shadow = _single_marks(normalise_quote_marks(text))
    people = [m for m in mentions if m.type == "Person"]
    people = sorted(people + _role_references(text, people, roles), key=lambda m: (m.start, m.end))
    persons = IndexedMentions(people)  # each quote looks its speaker up near it, not among all persons
    found: list[QuoteFinding] = []
    for start, end, body in _continued(text, shadow, quote_spans(shadow)) if people else []:
        reporter = _reporter(text, start, body, persons)
        previous = found[-1] if found else None
        if (
            len(body.split()) < _MIN_WORDS
            and reporter is None
            and not _short_but_attributed(text, shadow, start, end, body)
            and not _next_sentence_of_a_quote(text, previous, start, body)
        ):
            continue
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        start += lead
        speaker = (
            _speaker_after(text, shadow, (start, end), persons)
            or _speaker_before(text, start - lead, persons)
            or _signature(text, end, persons)
        )
        if speaker is None and previous is not None and _goes_on(text, previous, start - lead):
            speaker = previous.speaker  # "„A“, sagte X. Und weiter: „B“"
        if speaker is None and previous is not None and _continues(text, previous, start - lead):
            # "„A“, sagte X, „B“": one quote interrupted by its attribution
            found[-1] = QuoteFinding(
                previous.speaker, f"{previous.text} {body}", previous.start, start + len(body)
            )
            continue
        speaker = speaker or _speaker_of_previous_sentence(text, start - lead, persons) or reporter
        if speaker is not None:
            found.append(QuoteFinding(speaker, body, start, start + len(body)))
    found += _interview_answers(text, shadow, people)
    found += _introduced_paragraphs(text, shadow, persons)
    found += _letters(text, persons)
    return _drop_repeats(sorted(found, key=lambda q: q.start))


def _short_but_attributed(text: str, shadow: str, start: int, end: int, body: str) -> bool:
    """A quote shorter than _MIN_WORDS is one when its attribution says so: a speech verb and a name after it,
    its speaker interrupting it, or a sentence referring back to it ("„Wir sind bereit.“ Mit diesen Worten
    eröffnete …")."""
    return (
        _said_by_the_name_after(text, end, body)
        or _announced_by_a_speech_verb(text, start, body)
        or (_INTERRUPTED_BY_ITS_SPEAKER.match(shadow, end + 1) is not None and _opens_a_sentence(text, start))
        or (
            body.rstrip().endswith((".", "!"))
            and _BACK_REFERENCE.match(text[end + 1 : end + 1 + _SPEAKER_AFTER_REACH]) is not None
        )
    )


def _next_sentence_of_a_quote(text: str, previous: QuoteFinding | None, start: int, body: str) -> bool:
    """ "„A“, sagte X. „Jeder kann kommen.“": a short whole sentence quoted in the same paragraph right after a
    quote goes on with it."""
    if (
        previous is None
        or len(body.split()) < _SHORT_QUOTE_MIN_WORDS
        or not body.rstrip().endswith((".", "!"))
    ):
        return False
    gap = text[previous.end : max(previous.end, start - 1)]
    return len(gap) <= _NEXT_SENTENCE_GAP and "\n" not in gap and _opens_a_sentence(text, start)


def _opens_a_sentence(text: str, start: int) -> bool:
    """The quote opening at `start` (its mark just before) opens a sentence or line, or follows a colon: not
    a name quoted inside a clause ("das Projekt „Brücke“, sagte X, …")."""
    before = text[max(0, start - 1 - _WORDS_BEFORE_WINDOW) : max(0, start - 1)].rstrip(" \t\xa0")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _announced_by_a_speech_verb(text: str, start: int, body: str) -> bool:
    """A whole short sentence after "… betonte:" ("Er fügte hinzu: „Jeder Monat zählt.“")."""
    mark = start - 1
    return (
        len(body.split()) >= _SHORT_QUOTE_MIN_WORDS
        and body.rstrip().endswith((".", "!", "?"))
        and _SAID_BEFORE.search(text, max(0, mark - _SAID_BEFORE_WINDOW), mark) is not None
    )


def _said_by_the_name_after(text: str, end: int, body: str) -> bool:
    return len(body.split()) >= _SHORT_QUOTE_MIN_WORDS and bool(_SAID_BY_NAME.match(text, end + 1))


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
        if len(named) != 1 or len(body.split()) < _INTERVIEW_MIN_WORDS or not _FIRST_PERSON.search(body):
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
        if signer is None or len(body.split()) < _INTERVIEW_MIN_WORDS:
            continue
        start = match.start("body") + (len(match.group("body")) - len(match.group("body").lstrip()))
        out.append(QuoteFinding(signer, " ".join(body.split()), start, start + len(body)))
    return out


def _single_marks(shadow: str) -> str:
    """'…', ‚…‘, ‘…’ as '"' where they pair on one line around words (not an apostrophe: "geht's")."""
    if not _SINGLE_QUOTE.search(shadow):
        return shadow
    chars = list(shadow)
    for match in _SINGLE_QUOTE.finditer(shadow):
        chars[match.start()] = chars[match.end() - 1] = '"'
    return "".join(chars)


def quote_spans(shadow: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage (marks excluded). A mark after a letter closes, one before a
    letter opens; a closing mark with nothing open is a stray one. A quote may run over wrapped lines but
    not over a paragraph's end; left open there, the excerpt cut it off and it runs to that end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in re.finditer('"', shadow):
        i = match.start()
        if open_at is not None and (_paragraph_end(shadow, open_at, i) or i - open_at > QUOTE_MAX_CHARS):
            spans.append((open_at + 1, _paragraph_end(shadow, open_at, len(shadow)) or len(shadow)))
            open_at = None
        before = shadow[i - 1] if i else " "
        after = shadow[i + 1] if i + 1 < len(shadow) else " "
        if open_at is not None and not before.isspace():
            spans.append((open_at + 1, i))
            open_at = None
        elif not after.isspace() and not before.isalnum():
            open_at = i
        elif _LOST_OPENING.search(shadow, max(0, i - QUOTE_MAX_CHARS), i):  # "Text…“, so X": opening lost
            spans.append((_LOST_OPENING.search(shadow, max(0, i - QUOTE_MAX_CHARS), i).end(), i))  # type: ignore[union-attr]
    if open_at is not None:
        spans.append((open_at + 1, _paragraph_end(shadow, open_at, len(shadow)) or len(shadow)))
    return [(a, b) for a, b in spans if shadow[a:b].strip()]


def _continued(text: str, shadow: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, body) of each quote; a quote left open at a paragraph's end whose next paragraph opens
    with a mark runs on into it (German prints no closing mark before a quote's next paragraph)."""
    out: list[tuple[int, int, str]] = []
    for start, end in spans:
        body = text[start:end].strip()
        if out and _runs_on(shadow, out[-1][1], start):
            first_start, _, first_body = out[-1]
            out[-1] = (first_start, end, f"{first_body} {body}")
        else:
            out.append((start, end, body))
    return out


def _runs_on(shadow: str, previous_end: int, start: int) -> bool:
    """The previous quote was cut at its paragraph's end (no closing mark) and this one starts the next
    paragraph, with its opening mark or without (a writer who left it out)."""
    gap = shadow[previous_end:start].removesuffix('"')
    return not shadow.startswith('"', previous_end) and "\n" in gap and not gap.strip()


def _paragraph_end(shadow: str, start: int, end: int) -> int | None:
    match = _PARAGRAPH_END.search(shadow, start + 1, end)
    return match.start() + 1 if match else None


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding `pos` starts, looked for in a bounded window."""
    window = max(0, pos - SENTENCE_WINDOW)
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, window, pos)), default=window)
    return max(sentence, text.rfind("\n", window, pos) + 1)


def _reporter(text: str, start: int, body: str, people: IndexedMentions) -> Mention | None:
    """ "X unterstrich die Notwendigkeit eines „langen Atems“": a fragment quoted in reported speech,
    lower case (a quoted name or title starts upper case), a speech verb between the speaker and it."""
    if len(body.split()) < _FRAGMENT_MIN_WORDS:
        return None  # a single word in marks is a term set off, not a quote
    if not body[:1].islower() and not (_ends_lower(body) and _continues_a_clause(text, start)):
        return None  # a quoted name or title starts upper case and ends on a noun
    sentence_start = _clause_start(text, start)
    named = [p for p in people.by_start.within(sentence_start, start) if p.end < start]
    if len({p.key for p in named}) != 1 or not _SPEECH_VERB.search(text, sentence_start, start):
        return None
    return named[-1]


def _ends_lower(body: str) -> bool:
    """ "Vielfalt als Stärke sehen" ends on its verb; a name ("Neue Wege in Arbeit") ends on a noun."""
    words = re.findall(r"\w+", body)
    return bool(words) and words[-1][:1].islower()


def _continues_a_clause(text: str, start: int) -> bool:
    """ "betonte sie, man solle „Vielfalt als Stärke sehen“": a capitalised fragment the reported clause runs
    into (a verb or pronoun before its mark), not a name after its noun, article or preposition."""
    words = _WORDS_BEFORE.search(text, max(0, start - _WORDS_BEFORE_WINDOW), max(0, start - 1))
    if words is None:
        return False
    last, previous = words.group("last"), (words.group("previous") or "").lower()
    return last[:1].islower() and last not in _FRAGMENT_CLAUSE_WORDS and previous not in lexicon.DETERMINERS


_NON_SPACE = re.compile(r"\S")


def _interview_answers(text: str, shadow: str, people: list[Mention]) -> list[QuoteFinding]:
    """ "Petra Beispiel: Wir beraten …" lines of a printed interview: a name opening a line, a colon,
    the answer without quotation marks. An interview has two such lines, or a question before one."""
    answers = []
    for p in people:
        line_start = text.rfind("\n", max(0, p.start - SENTENCE_WINDOW), p.start) + 1
        # searched, not sliced and stripped: without a line break the line starts at the text's start
        if _NON_SPACE.search(text, line_start, p.start):
            continue
        # matched only for a name opening its line: the answer runs to the line's end, in a text without
        # line breaks to the text's end
        match = _ANSWER.match(text, p.end)
        if match is None:
            continue
        answer = match.group("answer").rstrip()
        if len(answer.split()) >= _INTERVIEW_MIN_WORDS:
            answers.append(
                (
                    QuoteFinding(p, answer, match.start("answer"), match.start("answer") + len(answer)),
                    line_start,
                )
            )
    if len(answers) >= 2:
        return [a for a, _ in answers]
    return [a for a, line_start in answers if text[:line_start].rstrip().endswith("?")]


# A testimonial: the quote ends its line, the next line (after a dash, perhaps) is the name alone or with
# its role or organisation: "„…“" / "– Petra Beispiel, Teilnehmerin".
_SIGNATURE_GAP = re.compile(r"[ \t.]*\n(?:[ \t]*\n)*[ \t]*(?:[–—-][ \t]*)?")
_SIGNATURE_END = re.compile(r"[ \t]*(?:$|[,(]|[–—-][ \t])", re.MULTILINE)
SIGNATURE_LINE_MAX = 150


def _signature(text: str, end: int, people: IndexedMentions) -> Mention | None:
    gap = _SIGNATURE_GAP.match(text, end + 1)
    if gap is None:
        return None
    line_end = text.find("\n", gap.end())
    line_end = len(text) if line_end < 0 else line_end
    for p in people.by_start.at(gap.end()):
        if line_end - p.start <= SIGNATURE_LINE_MAX and _SIGNATURE_END.match(text, p.end):
            return p
    return None


# "„…“, sagte sie": a pronoun after the speech verb; the speaker is the last person of its gender named.
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?:{_VERBS})\s+|so\s+)(?P<pronoun>sie|er)(?![\w-])")
_PRONOUN_GENDER = {"sie": "f", "er": "m"}
PRONOUN_WINDOW = 600  # characters looked back for the person a pronoun stands for


_PARENTHESIS_OPEN = re.compile(r"[ \t\xa0]*\([ \t\xa0]*")
_SPEAKER_AFTER_REACH = 160  # characters after a quote where its speaker is named: "…“, sagte die Leiterin X"


def _speaker_after(text: str, shadow: str, quote: tuple[int, int], people: IndexedMentions) -> Mention | None:
    start, end = quote
    close = end + 1
    # the line's end looked for within the reach only: a text without line breaks was read to its end per quote
    line_end = text.find("\n", close, close + _SPEAKER_AFTER_REACH)
    window_end = min(len(text), close + _SPEAKER_AFTER_REACH) if line_end < 0 else line_end
    pronoun = _PRONOUN_AFTER.match(text[close:window_end])
    if pronoun is not None:
        # before the quote: a person named inside it is not who "sie" or "er" stands for
        return _last_of_gender(start, people, _PRONOUN_GENDER[pronoun.group("pronoun")])
    parenthesis = _PARENTHESIS_OPEN.match(text, close, window_end)
    if parenthesis is not None:  # "„…“ (Petra Beispiel, Leiterin)"
        return next(iter(people.by_start.at(parenthesis.end())), None)
    split = _SPLIT_VERB.match(text, close, window_end)
    if split is not None:
        return _speaker_before_particle(text, split, people, window_end)
    convinced = _convinced_speaker(text, close, window_end, people)
    if convinced is not None:  # "„…“, ist Petra Beispiel überzeugt."
        return convinced
    if not (_AFTER_CUE.match(text[close:window_end]) or _BACK_REFERENCE.match(text[close:window_end])):
        return None
    for p in people.by_start.within(close, window_end):
        if '"' not in shadow[close : p.start]:
            return p
    return None


def _convinced_speaker(text: str, close: int, window_end: int, people: IndexedMentions) -> Mention | None:
    if not _COPULA_AFTER.match(text, close, window_end):
        return None
    return next((p for p in people.by_start.within(close, window_end) if _CONVINCED.match(text, p.end)), None)


_SPLIT_VERB = re.compile(r"[\s,]*(?P<verb>" + "|".join(lexicon.SPLIT_SPEECH_VERBS) + r")\s+")
# A copula, the speaker and a word of conviction: "„…“, ist Petra Beispiel überzeugt", "„…“, sind sich A und B
# sicher".
_COPULA_AFTER = re.compile(r"[ \xa0]*,[ \xa0]*(?:ist|war|sind|waren|zeigt|zeigte)[ \xa0]+(?:sich[ \xa0]+)?")
_CONVINCED = re.compile(
    r"[ \xa0]+(?:[a-zäöü]\w*[ \xa0]+)?(?:überzeugt|sicher|zuversichtlich|gewiss|optimistisch)(?![\w-])"
)


def _speaker_before_particle(
    text: str, split: re.Match[str], people: IndexedMentions, window_end: int
) -> Mention | None:
    """ "„…“, kündigte Staatssekretärin Petra Beispiel an": the first person after the verb, when the verb's
    particle closes the clause right after the name."""
    particle = re.compile(
        r"\s+(?:" + "|".join(lexicon.SPLIT_SPEECH_VERBS[split.group("verb")]) + r")(?=[\s.,;!?]|$)"
    )
    person = next(iter(people.starting_in(split.end(), window_end)), None)
    return person if person is not None and particle.match(text, person.end) else None


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


def _last_of_gender(end: int, people: IndexedMentions, gender: str) -> Mention | None:
    """The person of `gender` named last before `end`: the one a pronoun there stands for ("Petra X kam,
    dann Anna Y. Sie sagte: …" is Anna Y)."""
    near = people.by_start.within(end - PRONOUN_WINDOW, end + 1)
    return max((p for p in near if p.end <= end and p.gender == gender), key=lambda p: p.start, default=None)


def _speaker_before(text: str, start: int, people: IndexedMentions) -> Mention | None:
    """ "X sagte: „…“", and the colon closing the line before the quote's paragraph ("Petra Beispiel,
    Leiterin des Vereins …:" then, on a line of its own, "„…“")."""
    opening = start - 1
    window = max(0, opening - SENTENCE_WINDOW)
    colon = window + len(text[window:opening].rstrip()) - 1
    if colon < window or text[colon] != ":":
        return None
    clause_start = _clause_start(text, colon)
    speaker = next(iter(people.overlapping(clause_start, colon)), None)
    if speaker is not None:
        return speaker
    pronoun = _PRONOUN_SUBJECT.match(text, clause_start, colon) or _PRONOUN_AFTER_VERB.search(
        text, clause_start, colon
    )
    if pronoun is None:
        return None
    return _last_of_gender(clause_start, people, _PRONOUN_GENDER[pronoun.group("pronoun").lower()])


# "Sie würdigte die Beratung: „…“", "Dazu sagte er: „…“": a pronoun the subject of the clause before the colon
# (not "Sie betonten", plural or formal, a verb in -en).
_PRONOUN_SUBJECT = re.compile(r"\s*(?P<pronoun>Sie|Er)\s+(?![a-zäöü]+en\b)[a-zäöü]")
_PRONOUN_AFTER_VERB = re.compile(rf"\b(?:{_VERBS})\s+(?P<pronoun>sie|er)\b")


def _speaker_of_previous_sentence(text: str, start: int, people: IndexedMentions) -> Mention | None:
    """ "Für Doris X ist das Netzwerk unverzichtbar. „…“": a quote opening a sentence, after one naming one person."""
    window = max(0, start - 1 - SENTENCE_WINDOW)
    end = window + len(text[window : start - 1].rstrip())
    if not text[window:end].endswith((".", "!", ":")) or "\n" in text[end:start]:
        return None
    sentence_start = max((m.end() for m in _SENTENCE_OR_LINE.finditer(text, window, end - 1)), default=window)
    named = {p.key: p for p in people.by_start.within(sentence_start, end)}
    if not named:  # "„A“, sagt X. Er lacht. „B“": a pronoun subject stands for the last person of its gender
        pronoun = _PRONOUN_SUBJECT.match(text, sentence_start, end)
        gender = _PRONOUN_GENDER[pronoun.group("pronoun").lower()] if pronoun else None
        return _last_of_gender(sentence_start, people, gender) if gender else None
    return next(iter(named.values())) if len(named) == 1 else None


def _continues(text: str, previous: QuoteFinding, start: int) -> bool:
    """ "„A“, sagte X, „B“": one quote; not "„A“, sagte X. „B“", where B opens a sentence of its own."""
    gap = text[previous.end + 1 : start - 1]
    ends_a_sentence = gap.rstrip().endswith((".", "!", "?"))
    attributed = previous.speaker.surface in gap or _PRONOUN_AFTER.match(gap) is not None  # "sagte sie"
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
            if text != own or self._count[text] > 1:
                return True
        return False
