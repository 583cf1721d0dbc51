"""What the words right around a number say of the figure: one of a programme's networks ("eines von 16
Landesnetzwerken"), a part of a whole ("zwei von acht Projekten", "3 von 4"), a survey's sample ("eine Umfrage
unter 3.000 Betrieben"), a rate ("600 Euro pro Person"), a nationwide figure, or a genitive attribute after the
counted noun that is no owner ("300 Mitglieder der Kammer").

Apart from counts.py because these read a short window before or after the number phrase, not its clause's
constructions.
"""

from __future__ import annotations

import re

from .. import lexicon
from .numbers import TOKEN, NumberPhrase
from .owners import OTHER_OF


def other_attribute(text: str, number: NumberPhrase) -> bool:
    """A genitive attribute after the counted noun that is no owner ("die 12 Jobcenter des Landes", "300
    Mitglieder der Kammer"): the count is about that."""
    return OTHER_OF.match(text, number.end) is not None


# A survey noun and the preposition of whom it asked, right before the number: "eine Umfrage unter 3.000 Betrieben",
# "eine Befragung von 400 Beschäftigten"
_SURVEY_BEFORE = re.compile(
    r"(?<![\w-])(?=[A-ZÄÖÜ])[\w-]*?(?i:"
    + "|".join(lexicon.SURVEY_NOUN_ENDINGS)
    + r")\s+(?:unter|von|bei|mit)\s+"
    r"(?:(?:rund|über|mehr\s+als|knapp|fast|etwa|ca\.|insgesamt)\s+)?$"
)
RATE_AFTER = re.compile(
    r"\s+(?:[A-ZÄÖÜ][\w-]*\s+)?(?:pro|je)\s+(?:" + "|".join(lexicon.PER_UNIT_NOUNS) + r")(?![\w-])"
)
_SURVEY_WINDOW = 50  # characters back over the survey noun, its preposition and a qualifier


def surveyed(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    """ "Das Netzwerk X verweist auf eine Umfrage unter 3.000 Betrieben": those a survey asked are its sample,
    no one's tally."""
    start = max(sentence[0], number.start - _SURVEY_WINDOW)
    return _SURVEY_BEFORE.search(text, start, number.start) is not None


def nationwide(text: str, clause: tuple[int, int]) -> bool:
    return any(w.lower() in lexicon.NATIONWIDE_WORDS for w in TOKEN.findall(text, clause[0], clause[1]))


def one_of(text: str, number: NumberPhrase) -> bool:
    words = TOKEN.findall(text, max(0, number.start - 20), number.start)
    return len(words) >= 2 and words[-1] == "von" and words[-2].lower() in lexicon.ONE_OF


def part_of(text: str, number: NumberPhrase) -> bool:
    """ "eines von zwölf", "zwei der acht", "3 von 20", "gehört zu den zwölf": the number is a whole that a part
    is taken from."""
    words = [w.lower() for w in TOKEN.findall(text, max(0, number.start - _PART_WINDOW), number.start)]
    if len(words) < 2:
        return False
    if words[-2:] == ["zu", "den"]:
        return len(words) > 2 and words[-3] in lexicon.WHOLE_OF_PARTS_VERBS
    part = words[-2]
    return words[-1] in lexicon.PARTITIVE_LINKS and (
        part in lexicon.ONE_OF or part in lexicon.GERMAN_NUMBER_WORDS or part.isdigit()
    )


def a_ratio(text: str, number: NumberPhrase) -> bool:
    """ "drei von vier", "3 von 4": a number part of a whole, no "eines von" (one item of an event's)."""
    words = [w.lower() for w in TOKEN.findall(text, max(0, number.start - _PART_WINDOW), number.start)]
    return len(words) >= 2 and words[-2] not in lexicon.ONE_OF


_PART_WINDOW = 30  # characters before a number holding "zwei von", "gehört zu den"
