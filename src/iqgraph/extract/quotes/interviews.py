"""Answers of a printed interview, quotes without quotation marks: a name opening a line and a colon ("Petra
Beispiel: Wir beraten …", "Beispiel: …"), the person's initials ("PB: …", "P. B.: …"), or an "Antwort:" label after
"Frage:" lines in a piece that introduces one person."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.spans import Mention, end_of_the_text_before
from .findings import QuoteFinding
from .speakers import SENTENCE_WINDOW

# "Petra Beispiel: answer", "Petra Beispiel (Verein X): answer" lines.
_ANSWER = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]+(?P<answer>[^\s\"].*)")
INTERVIEW_MIN_WORDS = 6
# an answer in the first person: the speaker's own words
FIRST_PERSON = re.compile(r"(?<![\w-])(?:ich|wir|uns|unser\w*|mir|mich|mein\w*)(?![\w-])", re.IGNORECASE)
_NON_SPACE = re.compile(r"\S")


def interview_answers(text: str, people: list[Mention]) -> list[QuoteFinding]:
    """ "Petra Beispiel: Wir beraten …" lines of a printed interview: a name opening a line, a colon,
    the answer without quotation marks. An interview has two such lines, or a question before one."""
    answers: list[tuple[QuoteFinding, int]] = []
    short: list[tuple[QuoteFinding, int]] = []
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
        finding = QuoteFinding(p, answer, match.start("answer"), match.start("answer") + len(answer))
        (answers if len(answer.split()) >= INTERVIEW_MIN_WORDS else short).append((finding, line_start))
    answers += _answers_by_initials(text, people)
    if len(answers) < 2:
        answers = [(a, line_start) for a, line_start in answers if _after_a_question(text, line_start)]
    return [a for a, _ in answers] + _short_answers(text, short, answers) + _labelled_answers(text, people)


def _after_a_question(text: str, line_start: int) -> bool:
    end = end_of_the_text_before(text, line_start)
    return end > 0 and text[end - 1] == "?"


def _short_answers(
    text: str, short: list[tuple[QuoteFinding, int]], answers: list[tuple[QuoteFinding, int]]
) -> list[QuoteFinding]:
    """In an interview, a short answer ("Feldmann: Zeit.") of a person who answers at length elsewhere is one too,
    right after a question: a label line ("Petra Beispiel: Koordinatorin") follows none."""
    interviewees = {a.speaker.key for a, _ in answers}
    return [
        a for a, line_start in short if a.speaker.key in interviewees and _after_a_question(text, line_start)
    ]


# "L. F.: Dann vermitteln wir …": an interview's answer labelled by the initials of a person the text names.
_INITIALS_ANSWER = re.compile(
    r"(?m)^[ \t]*(?P<initials>(?:[A-ZÄÖÜ]\.[ \t]?){2,3}|[A-ZÄÖÜ]{2,3}):[ \t]+(?P<answer>[^\s\"].*)"
)


def _answers_by_initials(text: str, people: list[Mention]) -> list[tuple[QuoteFinding, int]]:
    """Answers opened by initials, each the one named person's whose given and family names they abbreviate."""
    out = []
    for match in _INITIALS_ANSWER.finditer(text) if people else []:
        letters = match.group("initials").replace(".", "").split()
        letters = letters if len(letters) > 1 else list(letters[0]) if letters else []
        whose = {p.key: p for p in people if [w[:1] for w in p.label.split()] == letters}
        answer = match.group("answer").rstrip()
        if len(whose) == 1 and len(answer.split()) >= INTERVIEW_MIN_WORDS:
            start = match.start("answer")
            out.append(
                (QuoteFinding(next(iter(whose.values())), answer, start, start + len(answer)), match.start())
            )
    return out


# "Frage: Wer kommt zu Ihnen?" / "Antwort: Vor allem …": the questions and answers labelled as such ("F:" / "A:").
_QUESTION_LABEL = re.compile(r"(?m)^[ \t]*(?:Frage|F)[ \t]*:[ \t]*\S")
_ANSWER_LABEL = re.compile(r"(?m)^[ \t]*(?:Antwort|A)[ \t]*:[ \t]+(?P<answer>[^\s\"].*)")


_TITLE_REACH = 40  # characters before a name for a journalist's title
_JOURNALIST_BEFORE = re.compile(rf"(?i:{'|'.join(lexicon.JOURNALIST_STEMS)})\w*\s+(?:(?:Dr|Prof)\.\s*)*$")


def _labelled_answers(text: str, people: list[Mention]) -> list[QuoteFinding]:
    """ "Antwort: …" lines after the first "Frage: …": the answers of the one person the piece names before its first
    question (the interviewee its lead introduces); none where it names two or more."""
    question = _QUESTION_LABEL.search(text) if people else None
    if question is None:
        return []
    # the journalist asking is no interviewee: "Redakteurin X sprach mit Y"
    introduced = [
        p
        for p in people
        if p.end <= question.start()
        and not _JOURNALIST_BEFORE.search(text, max(0, p.start - _TITLE_REACH), p.start)
    ]
    if len({p.key for p in introduced}) != 1:
        return []
    out = []
    for match in _ANSWER_LABEL.finditer(text, question.end()):
        answer = match.group("answer").rstrip()
        out.append(
            QuoteFinding(introduced[-1], answer, match.start("answer"), match.start("answer") + len(answer))
        )
    # a person answers for herself somewhere ("wir beraten …"); a page of frequent questions addresses the reader
    return out if any(FIRST_PERSON.search(a.text) for a in out) else []
