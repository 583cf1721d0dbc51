"""Persons a speech verb in the singular takes as its object, not as its subject: "Ministerin X begrüßte Landrat Y"
(Y greeted), "Zur Eröffnung lobte X die Gründerin Y", "X stellte Y als neue Leiterin vor", "X betonte, dass Minister
Y das Vorhaben unterstütze". A verb in the singular past has one subject: the person right before it (an apposition
between: "X, Leiterin des Vereins Z, begrüßte"), else a pronoun or the first person right after it. The others in its
clause, up to a part of the sentence with a speech act of its own ("…, bevor Y sprach", "…, anschließend referierte
Y"), were spoken to or of. Those after "mit" spoke along ("X moderierte das Gespräch mit Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..names.mentions import Mention
from .nouns import REPORTED_SPEECH, SPEAKER_CUE

# The finite verb in the singular past a cue stands in ("begrüßte", "vorstellte" in "stellte … vor" reads as
# "stellte"), and the strong ones ("hieß X willkommen", "sprach"); not "begrüßten" (plural: "Es begrüßten X und Y"),
# not a noun ("Grußworte"), not an auxiliary a cue in the perfect stands on ("hatte … betont").
_SINGULAR_PAST = re.compile(
    r"(?!(?:hatte|wurde|sollte|wollte|konnte|musste|durfte|mochte)$)[a-zäöüß]+te|hieß|sprach|hielt"
)
_WORD = re.compile(r"[\wäöüÄÖÜß]*")
_WORD_START = re.compile(r"[\wäöüÄÖÜß]*$")
# Between the subject and its verb: nothing, a bracket, an apposition or a relative clause between commas ("X (Verein
# Z) begrüßte", "X, die den Tag eröffnete, lobte"), an adverb.
_SUBJECT_TO_VERB = re.compile(
    r"\s*(?:\([^()]{0,80}\))?\s*(?:,[^,;:]{1,120},)?\s*(?:(?:auch|zunächst|dann|zudem|anschließend)\s+)?"
)
# A person governed by a preposition is no subject: "Nach der Begrüßung durch X erläuterte Y …" (not the adverb "zum
# Beispiel").
_GOVERNED = re.compile(
    r"\b(?:durch|von|vom|[Mm]it|[Bb]ei|[Bb]eim|[Nn]ach|[Ff]ür|[Aa]n|[Aa]uf|[Üü]ber|[Nn]eben|[Zz]u|[Zz]ur|[Zz]um)\s+(?!Beispiel\b)"
    r"(?:(?:der|die|dem|den)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}$"
)
# A preposition anywhere in the clause before a name makes it no subject: "In Vertretung der erkrankten Ministerin X
# sprach Y".
_PREPOSITION = re.compile(
    r"\b(?i:in|im|an|am|auf|aus|bei|beim|durch|für|gegen|mit|nach|neben|ohne|seit|über|unter|von|vom|vor|zu|zum|zur"
    r"|anstelle|statt|wegen|während|laut|gemeinsam)\b"
)
_CLAUSE_OPENING = re.compile(r"[,;:“”\"„]")
# ... or a subject left out, the verb joined to one before it: "X eröffnete den Tag und lobte Y".
_JOINED_VERB = re.compile(r"\bund\s+(?:(?:anschließend|dann|danach|auch|zudem)\s+)?$")
# A pronoun subject right after the verb: "In ihrem Grußwort lobte sie Y".
_PRONOUN_SUBJECT = re.compile(r"\s+(?:sie|er)\b")
# An article of the accusative or dative before a name after the verb: the object ("begrüßte den Landrat X").
_OBJECT_ARTICLE = re.compile(r"\b(?:den|dem)\s+(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}$")
# The parts of the clause after the verb: cut at commas, semicolons and "und"/"sowie" (a part with a speech act of
# its own has its own speaker).
_PART_BOUNDARY = re.compile(r"\s*[,;]\s*|\s+(?:und|sowie)\s+")
# A part opening with the next in a sequence of speakers, the verb left out: "Es sprach zunächst X, danach Y",
# "…, gefolgt von Y", "…, ebenso Landrat Y".
_NEXT_SPEAKER = re.compile(
    r"(?:danach|anschließend|dann|später|zuletzt|gefolgt\s+von|ebenso|ebenfalls|außerdem)\b"
)
# Who spoke along with the subject, after "mit" anywhere behind the verb: "sprach mit X", "moderierte das Gespräch
# mit den Gästen X und Y".
_ALONG_WITH = re.compile(r"\bmit\b")
_NAME_REACH = 60  # characters before a name for a preposition or an article and titles


def objects_of_speech_verbs(text: str, sentence: tuple[int, int], persons: Sequence[Mention]) -> set[int]:
    """The starts of the persons a singular speech verb of the sentence takes as its object."""
    out: set[int] = set()
    cues = list(_cue_words(text, sentence))
    for i, (start, end, word) in enumerate(cues):
        if not _SINGULAR_PAST.fullmatch(word):
            continue
        after = [p for p in persons if end <= p.start < sentence[1]]
        if not _has_subject_before(text, sentence, start, persons) and not _PRONOUN_SUBJECT.match(text, end):
            subject = _subject_after(text, sentence, end, after)
            after = [p for p in after if p is not subject]
        later_cues = [s for s, _, _ in cues[i + 1 :]]
        out |= {p.start for p in _in_the_verbs_clause(text, sentence, end, after, later_cues)}
    return out


def _subject_after(
    text: str, sentence: tuple[int, int], verb_end: int, after: list[Mention]
) -> Mention | None:
    """The first person in the verb's own part (up to a comma) that no preposition governs and no article makes an
    object: "Zur Eröffnung begrüßte Landrätin X den Bürgermeister Y" (X)."""
    part_end = _PART_END.search(text, verb_end, sentence[1])
    for p in after:
        if part_end is not None and p.start >= part_end.start():
            return None
        reach = max(verb_end, p.start - _NAME_REACH)
        if not _GOVERNED.search(text, reach, p.start) and not _OBJECT_ARTICLE.search(text, reach, p.start):
            return p
    return None


_PART_END = re.compile(r"[,;]")
# The verb of "hieß X willkommen", whose cue is the particle at the clause's end.
_WELCOMED = re.compile(r"\bhieß\b(?=[^.;:!?\n]*\bwillkommen\b)")


def _cue_words(text: str, sentence: tuple[int, int]) -> Iterator[tuple[int, int, str]]:
    """Each word a speech cue stands in, once, in order."""
    seen: set[int] = set()
    matches = [
        *SPEAKER_CUE.finditer(text, *sentence),
        *REPORTED_SPEECH.finditer(text, *sentence),
        *_WELCOMED.finditer(text, *sentence),
    ]
    for cue in sorted(matches, key=lambda m: m.start()):
        word_start = _WORD_START.search(text, sentence[0], cue.start() + 1)
        start = word_start.start() if word_start else cue.start()
        if start in seen:
            continue
        seen.add(start)
        word = _WORD.match(text, start)
        end = word.end() if word else cue.end()
        yield start, end, text[start:end]


def _has_subject_before(text: str, sentence: tuple[int, int], verb: int, persons: Sequence[Mention]) -> bool:
    if _JOINED_VERB.search(text, sentence[0], verb):
        return True
    return any(
        p.end <= verb
        and _SUBJECT_TO_VERB.fullmatch(text, p.end, verb) is not None
        and not _PREPOSITION.search(text, _clause_start(text, sentence, p.start), p.start)
        for p in persons
    )


def _clause_start(text: str, sentence: tuple[int, int], pos: int) -> int:
    """Where the clause holding `pos` opens: after the last comma, colon or quote mark before it."""
    starts = [m.end() for m in _CLAUSE_OPENING.finditer(text, sentence[0], pos)]
    return starts[-1] if starts else sentence[0]


def _in_the_verbs_clause(
    text: str, sentence: tuple[int, int], verb_end: int, after: list[Mention], later_cues: list[int]
) -> Iterator[Mention]:
    """The persons after the verb up to the first part of the clause holding another speech cue, not those after
    "mit"."""
    stop = _first_part_with_a_cue(text, sentence, verb_end, later_cues)
    for p in after:
        if p.start >= stop:
            return
        if not _ALONG_WITH.search(text, verb_end, p.start):
            yield p


def _first_part_with_a_cue(text: str, sentence: tuple[int, int], verb_end: int, cues: list[int]) -> int:
    """Where the part of the sentence after the verb begins that holds the next speech cue or names the next speaker
    ("…, danach Y"); in the verb's own part, the cue itself ("begrüßte Y vor dem Vortrag von Z"); the sentence's end
    where none does."""
    end = cues[0] if cues else sentence[1]
    part_start = end
    for boundary in _PART_BOUNDARY.finditer(text, verb_end, end):
        if _NEXT_SPEAKER.match(text, boundary.end()):
            return boundary.end()
        part_start = boundary.end() if cues else end
    return part_start
