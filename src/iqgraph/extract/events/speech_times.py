"""When a sentence's speech was told: a year ("2029 hatte sie den Fachtag eröffnet"), a month ("Schon im April hatte X
die Studie vorgestellt") or a distance ("eine Woche zuvor") other than its event's tells of another occasion; a
time quoted or of a person's story in a relative clause does not."""

from __future__ import annotations

import re

from ..lexicon.events import MONTH_NAMES
from ..lexicon.projects import TIME_WORDS

# A year standing as a sentence's time ("2029 hatte sie den Fachtag eröffnet", "Beim Fachtag im März 2030 sprach
# …"), not one of a span or a goal ("seit 2015", "bis 2030", "ab 2032"), nor a name's ("Agenda 2030").
_YEAR = re.compile(r"(?<![\w./-])(?:19|20)\d\d(?![\w/-])")
_WORD_BEFORE_YEAR = re.compile(r"(?P<word>[\w-]+)\s+$")
_SPAN_WORDS = frozenset(
    {"seit", "Seit", "bis", "Bis", "ab", "Ab", "zum", "zur", "von", "vom", "zwischen", "und"}
)
# Capitalised words a year of a sentence's time follows: a month, "Ende", "im Jahr", a season, an adverb opening the
# sentence ("Bereits 2029 hatte …").
_TIME_BEFORE_A_YEAR = TIME_WORDS | frozenset(
    {"Frühjahr", "Sommer", "Herbst", "Winter", "Bereits", "Schon", "Erst", "Noch", "Auch", "Jahre"}
)
_SPAN_TIMES = frozenset({"Ende", "Anfang", "Mitte", "Beginn"})  # the part of a year a span's bound may name
QUOTED = re.compile(r"[„“\"][^„“”\"\n]*[“”\"]")
_WORD_BEFORE = 24  # characters before a year in which the word governing it stands


def another_year(text: str, sentence: tuple[int, int], year: int | None) -> bool:
    """ "Er hatte 2015 die erste Fachtagung eröffnet": a sentence whose time is a year other than its event's
    speaks of another occasion (years inside a quote are what was said, not when)."""
    if year is None:
        return False
    other_years = (m.start() for m in _YEAR.finditer(text, *sentence) if int(m.group(0)) != year)
    return _as_the_sentence_s_time(
        text, sentence, [at for at in other_years if not _names_a_span(text, sentence, at)]
    )


def another_month(text: str, sentence: tuple[int, int], month: int | None) -> bool:
    """ "Schon im April hatte X die Studie vorgestellt": the sentence's time is another month than the event's (not
    one quoted or of a person's story in a relative clause)."""
    if month is None:
        return False
    months = _MONTH_AS_TIME.finditer(text, *sentence)
    return _as_the_sentence_s_time(
        text, sentence, [m.start() for m in months if MONTH_NAMES.index(m.group("month")) + 1 != month]
    )


# A month named as a sentence's time, without a day ("im April", "Schon Anfang März", "Ende Juni"); not a date's month
# ("am 4. April": a day's number before it).
_MONTH_AS_TIME = re.compile(
    r"\b(?:[Ii]m|[Aa]nfang|[Mm]itte|[Ee]nde)\s+(?P<month>" + "|".join(MONTH_NAMES) + r")\b(?!\s*\d)"
)


# A time told apart from the event's by its distance: "eine Woche zuvor", "drei Tage später", "am Vortag", "im
# Vorjahr", "vor einem Jahr" (not a bare "zuvor": earlier at the same event).
_ANOTHER_TIME = re.compile(
    r"\b(?:(?i:ein(?:e[nr]?)?|zwei|drei|vier|fünf|einige[n]?|wenige[n]?|\d{1,2})\s+(?:Wochen?|Tagen?|Tage|Monate?n?|Jahre?n?)"
    r"\s+(?:zuvor|vorher|davor|früher|später|danach)|[Aa]m\s+Vortag|[Tt]ags\s+(?:zuvor|darauf)|[Ii]m\s+Vorjahr"
    r"|[Ii]m\s+(?:vergangenen|letzten|vorigen)\s+Jahr|[Vv]or\s+(?:einem|einer|zwei|drei|wenigen)\s+(?:Wochen?|Monate?n?|Jahre?n?))\b"
)


def at_another_time(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence's time is a distance from the event's ("Eine Woche zuvor …"), not inside a quote or a relative
    clause of a person's story ("X, die vor einem Jahr kam, …")."""
    return _as_the_sentence_s_time(
        text, sentence, [m.start() for m in _ANOTHER_TIME.finditer(text, *sentence)]
    )


def _as_the_sentence_s_time(text: str, sentence: tuple[int, int], positions: list[int]) -> bool:
    """Whether a time at any of `positions` is the sentence's: not inside a quote (what was said, not when) nor in a
    relative clause of a person's story."""
    if not positions:
        return False
    quoted = [q.span() for q in QUOTED.finditer(text, *sentence)]
    return any(
        not any(a <= at < b for a, b in quoted) and not in_a_relative_clause(text, sentence, at)
        for at in positions
    )


_RELATIVE_CLAUSE = re.compile(r",\s*(?:der|die|das|dem|den|deren|dessen)\s+[^,]*$")


def in_a_relative_clause(text: str, sentence: tuple[int, int], at: int) -> bool:
    """ "Anna Probe, die 2019 aus Syrien kam, berichtete": the year of a person's story, not the sentence's time."""
    return bool(_RELATIVE_CLAUSE.search(text, sentence[0], at))


def _names_a_span(text: str, sentence: tuple[int, int], at: int) -> bool:
    """A year after "seit", "bis", "ab" or the like, or after a capitalised word that is neither a month nor the
    sentence's first (a name's: "Agenda 2030", "Kongress 2016")."""
    word = _WORD_BEFORE_YEAR.search(text, max(sentence[0], at - _WORD_BEFORE), at)
    if word is None:
        return False
    w = word.group("word")
    first = not text[sentence[0] : word.start()].strip()
    if w in _SPAN_TIMES:  # "bis Ende 2025", "seit Anfang 2020": a span's bound, told by its part of the year
        before = _WORD_BEFORE_YEAR.search(text, max(sentence[0], word.start() - _WORD_BEFORE), word.start())
        return before is not None and before.group("word") in _SPAN_WORDS
    return w in _SPAN_WORDS or (w[0].isupper() and w not in _TIME_BEFORE_A_YEAR and not first)
