"""The speaker named with a quote: after it ("„…“, so Schweitzer", "„…“ sagte der Koordinator …, Hüseyin
Ertunç", "„…“ – Senatorin Elke Breitenbach", "„…“ (Petra Beispiel, Leiterin)", "„…“, kündigte Petra Beispiel
an", "„…“, ist Petra Beispiel überzeugt"), before it with a colon ("Elke Breitenbach, Senatorin …: „…“"), in
the sentence before it ("Für Doris X ist das Netzwerk unverzichtbar. „…“"), on the line after it as a
testimonial's signature, or as a pronoun ("„…“, sagte sie") standing for the last person of its gender named.
A fragment quoted in reported speech ("X unterstrich die Notwendigkeit eines „langen Atems“") has the person
named before it as its speaker.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..text.spans import IndexedMentions

VERBS = "|".join(sorted({re.escape(v) for v in lexicon.QUOTE_VERBS}, key=len, reverse=True))
_AFTER_CUE = re.compile(rf"^[\s,.]*(?:[–-]\s*|(?:{VERBS})\b)", re.IGNORECASE)
BACK_REFERENCE = re.compile(
    r"^[.!?]?\s*(?:"
    + "|".join(lexicon.QUOTE_BACK_REFERENCES)
    + r")\s+(?:hat\s+|haben\s+)?(?:"
    + "|".join((*lexicon.QUOTE_VERBS, *lexicon.QUOTE_ACT_VERBS))
    + r")(?![\w-])"
)
_FRAGMENT_MIN_WORDS = 2
_WORDS_BEFORE = re.compile(r"(?:(?P<previous>\w+)\s+)?(?P<last>\w+)[ \xa0]*$")
WORDS_BEFORE_WINDOW = 60
# Words before a quoted name or title, not a clause running into a quote: "das Projekt „…“", "über „…“".
_FRAGMENT_CLAUSE_WORDS = lexicon.DETERMINERS | lexicon.PREPOSITIONS | {"und", "oder", "sowie", "bzw"}
_SENTENCE_OR_LINE = re.compile(r"[.!?][\"“”«»‘’]?\s|\n")
SENTENCE_WINDOW = 400  # characters looked back for a sentence's start
_SPEECH_VERB = re.compile(
    rf"(?<![\w-])(?:{VERBS}|" + "|".join(lexicon.SPEECH_CUES) + r")(?![\w-])", re.IGNORECASE
)
# Not after "Dr", "Prof", "St" or a single letter ("e. V.", "z. B.", "Karl J. Muster").
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bProf)(?<!\bSt)(?<!\b\w)[.!?](?=\s)")


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding `pos` starts, looked for in a bounded window."""
    window = max(0, pos - SENTENCE_WINDOW)
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, window, pos)), default=window)
    return max(sentence, text.rfind("\n", window, pos) + 1)


def reporter_of(text: str, start: int, body: str, people: IndexedMentions) -> Mention | None:
    """ "X unterstrich die Notwendigkeit eines „langen Atems“": a fragment quoted in reported speech,
    lower case (a quoted name or title starts upper case), a speech verb between the speaker and it."""
    if len(body.split()) < _FRAGMENT_MIN_WORDS:
        return None  # a single word in marks is a term set off, not a quote
    if not body[:1].islower() and not (_ends_lower(body) and _continues_a_clause(text, start)):
        return None  # a quoted name or title starts upper case and ends on a noun
    sentence_start = _clause_start(text, start)
    named = [p for p in people.by_start.within(sentence_start, start) if p.end < start]
    if not named:  # "Man solle „Vielfalt als Stärke sehen“, betonte die Ministerin": the attribution follows
        return _attributed_after_the_clause(text, start + len(body), people)
    said = _SPEECH_VERB.search(text, sentence_start, start) or _SPLIT_SPEECH_VERB.search(
        text, sentence_start, start
    )
    if len({p.key for p in named}) != 1 or not said:
        return None
    return named[-1]


# A separable speech verb with its particle before the fragment: "machte X deutlich, dass es „langen Atem“ brauche".
_SPLIT_SPEECH_VERB = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(lexicon.SPLIT_SPEECH_VERBS)
    + r")(?![\w-])[^\n\"]{0,80}?(?<![\w-])(?:"
    + "|".join({p for ps in lexicon.SPLIT_SPEECH_VERBS.values() for p in ps})
    + r")(?![\w-])"
)
# The rest of the reported clause after the fragment, then a comma, a speech verb and the speaker (an article before a
# title that names them again): "…, unterstrich die Ministerin in ihrer Rede."
_CLAUSE_THEN_ATTRIBUTION = re.compile(
    rf"[^\n.!?\"]{{0,200}}?,[ \xa0]*(?:{VERBS})[ \xa0]+(?:(?:der|die)[ \xa0]+)?", re.IGNORECASE
)
_ATTRIBUTED_NAME_REACH = 3  # characters after the verb (and article) where the speaker's mention starts


def _attributed_after_the_clause(text: str, end: int, people: IndexedMentions) -> Mention | None:
    attribution = _CLAUSE_THEN_ATTRIBUTION.match(text, end + 1)
    if attribution is None:
        return None
    at = attribution.end()
    return next(iter(people.by_start.within(at, at + _ATTRIBUTED_NAME_REACH)), None)


def _ends_lower(body: str) -> bool:
    """ "Vielfalt als Stärke sehen" ends on its verb; a name ("Neue Wege in Arbeit") ends on a noun."""
    words = re.findall(r"\w+", body)
    return bool(words) and words[-1][:1].islower()


def _continues_a_clause(text: str, start: int) -> bool:
    """ "betonte sie, man solle „Vielfalt als Stärke sehen“": a capitalised fragment the reported clause runs
    into (a verb or pronoun before its mark), not a name after its noun, article or preposition."""
    words = _WORDS_BEFORE.search(text, max(0, start - WORDS_BEFORE_WINDOW), max(0, start - 1))
    if words is None:
        return False
    last, previous = words.group("last"), (words.group("previous") or "").lower()
    return last[:1].islower() and last not in _FRAGMENT_CLAUSE_WORDS and previous not in lexicon.DETERMINERS


# A testimonial: the quote ends its line, the next line (after a dash, perhaps) is the name alone or with
# its role or organisation: "„…“" / "– Petra Beispiel, Teilnehmerin".
_SIGNATURE_GAP = re.compile(r"[ \t.]*\n(?:[ \t]*\n)*[ \t]*(?:[–—-][ \t]*)?")
_SIGNATURE_END = re.compile(r"[ \t]*(?:$|[,(]|[–—-][ \t])", re.MULTILINE)
SIGNATURE_LINE_MAX = 150


def signature(text: str, end: int, people: IndexedMentions) -> Mention | None:
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
PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?:{VERBS})\s+|so\s+)(?P<pronoun>sie|er)(?![\w-])")
_PRONOUN_GENDER = {"sie": "f", "er": "m", "ihr": "f", "sein": "m"}
PRONOUN_WINDOW = 600  # characters looked back for the person a pronoun stands for
_PARENTHESIS_OPEN = re.compile(r"[ \t\xa0]*\([ \t\xa0]*")
SPEAKER_AFTER_REACH = 160  # characters after a quote where its speaker is named: "…“, sagte die Leiterin X"


def speaker_after(text: str, shadow: str, quote: tuple[int, int], people: IndexedMentions) -> Mention | None:
    start, end = quote
    close = end + 1
    # the line's end looked for within the reach only: a text without line breaks was read to its end per quote
    line_end = text.find("\n", close, close + SPEAKER_AFTER_REACH)
    window_end = min(len(text), close + SPEAKER_AFTER_REACH) if line_end < 0 else line_end
    pronoun = PRONOUN_AFTER.match(text[close:window_end])
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
    cited = _cited_speaker(text, close, window_end, people)
    if cited is not None:  # "„…“, wird Petra Beispiel in der Mitteilung zitiert."
        return cited
    if not (_AFTER_CUE.match(text[close:window_end]) or BACK_REFERENCE.match(text[close:window_end])):
        return None
    for p in people.by_start.within(close, window_end):
        if '"' not in shadow[close : p.start]:
            return p
    return None


def _convinced_speaker(text: str, close: int, window_end: int, people: IndexedMentions) -> Mention | None:
    if not _COPULA_AFTER.match(text, close, window_end):
        return None
    return next((p for p in people.by_start.within(close, window_end) if _CONVINCED.match(text, p.end)), None)


# A quote's speaker in the passive of "zitieren": "„…“, wird Petra Beispiel (in der Mitteilung) zitiert".
_CITED_AUXILIARY = re.compile(r"[ \xa0]*,[ \xa0]*(?:wird|wurde)[ \xa0]+")
_CITED = re.compile(r"(?:[ \xa0]+[\w.-]+){0,5}?[ \xa0]+zitiert(?![\w-])")


def _cited_speaker(text: str, close: int, window_end: int, people: IndexedMentions) -> Mention | None:
    auxiliary = _CITED_AUXILIARY.match(text, close, window_end)
    if auxiliary is None:
        return None
    person = next(iter(people.by_start.at(auxiliary.end())), None)
    return person if person is not None and _CITED.match(text, person.end, window_end) else None


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


def _last_of_gender(end: int, people: IndexedMentions, gender: str) -> Mention | None:
    """The person of `gender` named last before `end`: the one a pronoun there stands for ("Petra X kam,
    dann Anna Y. Sie sagte: …" is Anna Y)."""
    near = people.by_start.within(end - PRONOUN_WINDOW, end + 1)
    return max((p for p in near if p.end <= end and p.gender == gender), key=lambda p: p.start, default=None)


def speaker_before(text: str, start: int, people: IndexedMentions) -> Mention | None:
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
    pronoun = (
        _PRONOUN_SUBJECT.match(text, clause_start, colon)
        or _PRONOUN_AFTER_VERB.search(text, clause_start, colon)
        or _POSSESSIVE_HEADING.fullmatch(text, clause_start, colon)
    )
    if pronoun is None:
        return None
    return _last_of_gender(clause_start, people, _PRONOUN_GENDER[pronoun.group("pronoun").lower()])


# "Sie würdigte die Beratung: „…“", "Dazu sagte er: „…“": a pronoun the subject of the clause before the colon
# (not "Sie betonten", plural or formal, a verb in -en).
_PRONOUN_SUBJECT = re.compile(r"\s*(?P<pronoun>Sie|Er)\s+(?![a-zäöü]+en\b)[a-zäöü]")
# "Ihr Fazit: „…“", "Seine Bitte an die Betriebe: „…“": a possessive and what was said, a colon, the quote.
_POSSESSIVE_HEADING = re.compile(
    r"\s*(?P<pronoun>Ihr|Sein)(?:e|en)?\s+[A-ZÄÖÜ][\w-]*(?:\s+an\s+[\w\s-]{1,40}?)?\s*"
)
_PRONOUN_AFTER_VERB = re.compile(rf"\b(?:{VERBS})\s+(?P<pronoun>sie|er)\b")


def speaker_of_previous_sentence(text: str, start: int, people: IndexedMentions) -> Mention | None:
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
